//! Centres' pages: the public list, a centre's page (its requests; for those who manage it,
//! the request form and the proposals to answer), and opening a centre.
mod detail;
mod hours;
mod list;
mod new;
mod opportunities;
mod placements;
mod requests;

pub use detail::CentrePage;
pub use list::{CentreCards, CentresOfPanel, CentresPage};
pub use new::NewCentrePage;
pub use requests::RequestLine;
