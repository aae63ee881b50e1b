//! The officials' and editors' form pages, and the signed-in pages of proposals and
//! notifications, whose browser code is split from the main WASM
//! (`cargo leptos build --split`) and fetched when such a page is opened: most visitors never
//! download them. Each page still renders complete on the server and works without the WASM.
use crate::ui::pages::admin_outbox::AdminOutboxPage;
use crate::ui::pages::admin_users::AdminUsersPage;
use crate::ui::pages::boards::card_page::CardPage;
use crate::ui::pages::boards::mine::MyBoardsPage;
use crate::ui::pages::boards::BoardPage;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::pages::directory::capacity_form::{EditCapacityPage, NewCapacityPage};
use crate::ui::pages::directory::committee_form::{EditCommitteePage, NewCommitteePage};
use crate::ui::pages::directory::neighbourhood_form::{
    EditNeighbourhoodPage, NewNeighbourhoodPage,
};
use crate::ui::pages::directory::organisation_edit::EditOrganisationPage;
use crate::ui::pages::directory::person_form::{EditPersonPage, NewPersonPage};
use crate::ui::pages::directory::working_group_form::{EditWorkingGroupPage, NewWorkingGroupPage};
use crate::ui::pages::meetings::{EditMeetingPage, MeetingPage, MeetingsPage, NewMeetingPage};
use crate::ui::pages::projects::assign::AssignProjectPage;
use crate::ui::pages::projects::detail::ProjectPage;
use crate::ui::pages::projects::follow_up::FollowUpPage;
use crate::ui::pages::projects::list::ProjectsPage;
use crate::ui::pages::projects::new::NewProjectPage;
use crate::ui::pages::proposals::assessment_form::NewAssessmentPage;
use crate::ui::pages::proposals::detail::ProposalPage;
use crate::ui::pages::proposals::form::{EditProposalPage, NewProposalPage};
use crate::ui::pages::proposals::list::ProposalsPage;
use crate::ui::pages::proposals::notifications::NotificationsPage;
use leptos::prelude::*;
use leptos_router::{lazy_route, LazyRoute};

macro_rules! lazy_page {
    ($route:ident, $page:ident) => {
        pub struct $route;
        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            fn view(_this: Self) -> AnyView {
                view! { <$page /> }.into_any()
            }
        }
    };
}

lazy_page!(NewCapacityRoute, NewCapacityPage);
lazy_page!(EditCapacityRoute, EditCapacityPage);
lazy_page!(NewCommitteeRoute, NewCommitteePage);
lazy_page!(EditCommitteeRoute, EditCommitteePage);
lazy_page!(NewNeighbourhoodRoute, NewNeighbourhoodPage);
lazy_page!(EditNeighbourhoodRoute, EditNeighbourhoodPage);
lazy_page!(EditOrganisationRoute, EditOrganisationPage);
lazy_page!(NewPersonRoute, NewPersonPage);
lazy_page!(EditPersonRoute, EditPersonPage);
lazy_page!(NewWorkingGroupRoute, NewWorkingGroupPage);
lazy_page!(EditWorkingGroupRoute, EditWorkingGroupPage);
lazy_page!(AdminUsersRoute, AdminUsersPage);
lazy_page!(AdminOutboxRoute, AdminOutboxPage);
lazy_page!(ProposalsRoute, ProposalsPage);
lazy_page!(ProposalRoute, ProposalPage);
lazy_page!(NewProposalRoute, NewProposalPage);
lazy_page!(EditProposalRoute, EditProposalPage);
lazy_page!(NewAssessmentRoute, NewAssessmentPage);
lazy_page!(NotificationsRoute, NotificationsPage);
lazy_page!(ProjectsRoute, ProjectsPage);
lazy_page!(NewProjectRoute, NewProjectPage);
lazy_page!(ProjectRoute, ProjectPage);
lazy_page!(AssignProjectRoute, AssignProjectPage);
lazy_page!(FollowUpRoute, FollowUpPage);
lazy_page!(DashboardRoute, DashboardPage);
lazy_page!(BoardRoute, BoardPage);
lazy_page!(BoardCardRoute, CardPage);
lazy_page!(MyBoardsRoute, MyBoardsPage);
lazy_page!(MeetingsRoute, MeetingsPage);
lazy_page!(NewMeetingRoute, NewMeetingPage);
lazy_page!(MeetingRoute, MeetingPage);
lazy_page!(EditMeetingRoute, EditMeetingPage);
