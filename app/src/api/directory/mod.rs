//! Server functions of the directory: committees, working groups, organisations, people,
//! neighbourhoods and search.
mod add_membership;
mod add_representative;
mod capacity_options;
mod create_committee;
mod decide_organisation;
mod end_membership;
mod find_members;
mod get_committee;
mod get_neighbourhood;
mod get_organisation;
mod get_person;
mod get_working_group;
mod list_capacities;
mod list_committees;
mod list_neighbourhoods;
mod list_organisations;
mod neighbourhood_options;
mod organisation_options;
mod person_options;
// One server-function argument per form field keeps the plain HTML form working without
// JavaScript; the macro's generated client function repeats them all.
#[allow(clippy::too_many_arguments)]
mod register_organisation;
mod remove_capacity;
mod remove_representative;
#[allow(clippy::too_many_arguments)]
mod save_capacity;
#[allow(clippy::too_many_arguments)]
mod save_neighbourhood;
#[allow(clippy::too_many_arguments)]
mod save_person;
#[allow(clippy::too_many_arguments)]
mod save_working_group;
mod search_directory;
#[allow(clippy::too_many_arguments)]
mod update_committee;
#[allow(clippy::too_many_arguments)]
mod update_organisation;
mod working_group_options;

pub use add_membership::*;
pub use add_representative::*;
pub use capacity_options::*;
pub use create_committee::*;
pub use decide_organisation::*;
pub use end_membership::*;
pub use find_members::*;
pub use get_committee::*;
pub use get_neighbourhood::*;
pub use get_organisation::*;
pub use get_person::*;
pub use get_working_group::*;
pub use list_capacities::*;
pub use list_committees::*;
pub use list_neighbourhoods::*;
pub use list_organisations::*;
pub use neighbourhood_options::*;
pub use organisation_options::*;
pub use person_options::*;
pub use register_organisation::*;
pub use remove_capacity::*;
pub use remove_representative::*;
pub use save_capacity::*;
pub use save_neighbourhood::*;
pub use save_person::*;
pub use save_working_group::*;
pub use search_directory::*;
pub use update_committee::*;
pub use update_organisation::*;
pub use working_group_options::*;

/// The dimension codes whose checkbox (social, economic, physical, environmental) was ticked.
#[cfg(feature = "ssr")]
fn ticked_dimensions(ticked: [Option<String>; 4]) -> Vec<String> {
    ["social", "economic", "physical", "environmental"]
        .into_iter()
        .zip(ticked)
        .filter(|(_, on)| on.is_some())
        .map(|(code, _)| code.to_string())
        .collect()
}
