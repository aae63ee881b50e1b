//! Server functions of campaigns, local actions, their guests, and the campaigns' scores.
mod add_campaign;
mod add_indicator;
mod close_action;
mod get_action;
mod get_action_options;
mod get_campaign;
mod get_campaign_scores;
mod get_centre_record;
mod invite_guest;
mod list_actions;
mod list_campaigns;
mod mark_guest;
mod raise_problem;
mod recognise_centre;
mod record_scores;
mod remove_indicator;
mod review_assessment;
mod submit_assessment;
// One server-function argument per form field keeps the plain HTML form working without
// JavaScript; the macro's generated client function repeats them all.
#[allow(clippy::too_many_arguments)]
mod publish_action;

pub use add_campaign::*;
pub use add_indicator::*;
pub use close_action::*;
pub use get_action::*;
pub use get_action_options::*;
pub use get_campaign::*;
pub use get_campaign_scores::*;
pub use get_centre_record::*;
pub use invite_guest::*;
pub use list_actions::*;
pub use list_campaigns::*;
pub use mark_guest::*;
pub use publish_action::*;
pub use raise_problem::*;
pub use recognise_centre::*;
pub use record_scores::*;
pub use remove_indicator::*;
pub use review_assessment::*;
pub use submit_assessment::*;
