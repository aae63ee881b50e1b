//! Pairings of mentor and mentee organisations as their pages show them.
use super::directory::Named;
use crate::domain::pairing_rules::PairingState;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairingView {
    pub id: i64,
    pub mentor: Named,
    pub mentee: Named,
    pub offered: String,
    pub goals: String,
    pub state: PairingState,
    /// ISO days.
    pub starts_on: String,
    pub ended_on: Option<String>,
    /// How it went, written when it ended.
    pub outcome: String,
}

/// `/pairings`: a page of pairings; officials introduce and end them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairingsPage {
    pub pairings: Vec<PairingView>,
    pub page: u32,
    pub total: i64,
    pub may_manage: bool,
    /// Verified organisations to choose from (officials only).
    pub organisations: Vec<Named>,
}
