//! Pairings of large charities with smaller ones: the list (officials introduce and end them
//! there) and the panel on an organisation's page.
mod forms;
mod list;

pub use list::{PairingsOfPanel, PairingsPage};

use crate::domain::pairing_rules::PairingState;
use crate::i18n::*;

pub fn state_label(s: PairingState) -> String {
    let i18n = use_i18n();
    match s {
        PairingState::Active => t_string!(i18n, pairings.state_active),
        PairingState::Completed => t_string!(i18n, pairings.state_completed),
        PairingState::Ended => t_string!(i18n, pairings.state_ended),
    }
    .to_string()
}
