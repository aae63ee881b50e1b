//! Campaigns and local actions: the campaigns, a campaign's page with its figures, publishing
//! an action with its goals, and an action's page where it is closed with what was achieved.
mod action;
mod action_list;
mod campaign;
mod campaigns;
mod centre_record;
mod close_form;
pub mod figures;
mod goal_rows;
mod guests;
mod new;
mod photos;
mod score_forms;
mod scores;

pub use action::ActionPage;
pub use action_list::{ActionList, ActionsOfPlace};
pub use campaign::CampaignPage;
pub use campaigns::{Campaigns, CampaignsPage};
pub use centre_record::CentreRecordPage;
pub use new::NewActionPage;
pub use scores::ScoresPage;
