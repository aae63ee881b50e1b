//! Opportunities' pages: the public list of what is ahead, and an opportunity's page with its
//! shifts (sign up, the waiting list, confirm; for those who run the centre, who signed up,
//! new shifts, cancelling and attendance). Published from the centre's page, or an
//! organisation's (an NGO's, a project agency's) for a centre where it takes place.
mod card;
mod detail;
mod list;
mod publish_fields;
mod published;
mod roster;
mod seat;
mod shift;
mod shift_form;

pub use card::OpportunityCards;
pub use detail::OpportunityPage;
pub use list::OpportunitiesPage;
pub use publish_fields::OpportunityFields;
pub use published::PublishedOpportunitiesPanel;
