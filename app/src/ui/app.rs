//! The HTML shell and the router.
use crate::i18n::*;
use crate::ui::layout::{footer::Footer, header::Header, user::provide_session_user};
use crate::ui::pages::actions::{
    ActionPage, CampaignPage, CampaignsPage, CentreRecordPage, NewActionPage, ScoresPage,
};
use crate::ui::pages::admin_outbox::AdminOutboxPage;
use crate::ui::pages::admin_users::AdminUsersPage;
use crate::ui::pages::boards::card_page::CardPage;
use crate::ui::pages::boards::mine::MyBoardsPage;
use crate::ui::pages::boards::BoardPage;
use crate::ui::pages::centres::{CentrePage, CentresPage, NewCentrePage};
use crate::ui::pages::certificates::CertificatePage;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::pages::directory::capacity_form::{EditCapacityPage, NewCapacityPage};
use crate::ui::pages::directory::committee_form::{EditCommitteePage, NewCommitteePage};
use crate::ui::pages::directory::neighbourhood_form::{
    EditNeighbourhoodPage, NewNeighbourhoodPage,
};
use crate::ui::pages::directory::organisation_edit::EditOrganisationPage;
use crate::ui::pages::directory::person_form::{EditPersonPage, NewPersonPage};
use crate::ui::pages::directory::working_group_form::{EditWorkingGroupPage, NewWorkingGroupPage};
use crate::ui::pages::directory::{
    capacities::CapacitiesPage, committee::CommitteePage, committees::CommitteesPage,
    neighbourhood::NeighbourhoodPage, neighbourhoods::NeighbourhoodsPage,
    organisation::OrganisationPage, organisation_new::NewOrganisationPage,
    organisations::OrganisationsPage, person::PersonPage, search::SearchPage,
    working_group::WorkingGroupPage,
};
use crate::ui::pages::meetings::{EditMeetingPage, MeetingPage, MeetingsPage, NewMeetingPage};
use crate::ui::pages::opportunities::{OpportunitiesPage, OpportunityPage};
use crate::ui::pages::pairings::PairingsPage;
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
use crate::ui::pages::reports::{DraftPage, ReportPage, ReportsPage};
use crate::ui::pages::volunteers::{
    MyOfferPage, MyRecordPage, MyVolunteerPage, VeteransPage, VolunteerReferencePage,
    VolunteerRegisterPage, VolunteersPage,
};
use crate::ui::pages::{
    account::AccountPage, home::HomePage, login::LoginPage, not_found::NotFound,
    register::RegisterPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The page around the app; rendered only on the server.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};
    crate::server::csp::provide_nonce_and_header();
    crate::ui::islands::loader::provide_island_loader(options.clone());
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <HashedStylesheet options id="leptos" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::ui::components::form_state::provide_form_echo(
        crate::ui::components::form_state::form_echo(),
    );
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <I18nContextProvider
            // Persian first: the Accept-Language header is ignored; the language switch decides.
            ssr_lang_header_getter=leptos_i18n::context::UseLocalesOptions::default()
                .ssr_lang_header_getter(|| None)
        >
            <AppTitle />
            <FontPreloads />
            <Router>
                <Shell />
            </Router>
        </I18nContextProvider>
    }
}

#[component]
fn AppTitle() -> impl IntoView {
    let i18n = use_i18n();
    // Read now, not when the head is written: by then the page's reactive owner may be gone.
    let app = t_string!(i18n, app_name).to_string();
    view! { <Title formatter=move |page: String| {
        let title = if page.is_empty() { app.clone() } else { format!("{page} · {app}") };
        crate::ui::components::raw_text::inert(title)
    } /> }
}

/// The page language's two font files (`style/main.css` names them), fetched at once: on a slow
/// line the islands' WASM would otherwise arrive first, the text would be drawn in a fallback
/// font and jump when Vazirmatn came.
#[component]
fn FontPreloads() -> impl IntoView {
    let fonts = match use_i18n().get_locale_untracked() {
        Locale::fa => [
            "vazirmatn-arabic-400.e31830d3a5",
            "vazirmatn-arabic-700.aa79f9419f",
        ],
        Locale::en => [
            "vazirmatn-latin-400.a650d62e37",
            "vazirmatn-latin-700.a1d13d1cf4",
        ],
    };
    fonts
        .into_iter()
        .map(|font| {
            view! {
                <Link rel="preload" href=format!("/fonts/{font}.woff2") as_="font" type_="font/woff2" crossorigin="anonymous" />
            }
        })
        .collect_view()
}

#[component]
fn Shell() -> impl IntoView {
    provide_session_user();
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{t!(i18n, skip_to_content)}</a>
        <Header />
        <main id="main" tabindex="-1">
            <Routes fallback=NotFound>
                <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async />
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/admin/users") view=AdminUsersPage ssr=SsrMode::Async />
                <Route path=path!("/admin/outbox") view=AdminOutboxPage ssr=SsrMode::Async />
                <Route path=path!("/capacities") view=CapacitiesPage ssr=SsrMode::Async />
                <Route path=path!("/capacities/:id/edit") view=EditCapacityPage ssr=SsrMode::Async />
                <Route path=path!("/committees") view=CommitteesPage ssr=SsrMode::Async />
                <Route path=path!("/committees/new") view=NewCommitteePage ssr=SsrMode::Async />
                <Route path=path!("/committees/:id") view=CommitteePage ssr=SsrMode::Async />
                <Route path=path!("/committees/:id/edit") view=EditCommitteePage ssr=SsrMode::Async />
                <Route path=path!("/committees/:id/working-groups/new") view=NewWorkingGroupPage ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id") view=WorkingGroupPage ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/board") view=BoardPage ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/board/cards/:card") view=CardPage ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/edit") view=EditWorkingGroupPage ssr=SsrMode::Async />
                <Route path=path!("/organisations") view=OrganisationsPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/new") view=NewOrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id") view=OrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id/edit") view=EditOrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id/capacities/new") view=NewCapacityPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods") view=NeighbourhoodsPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/new") view=NewNeighbourhoodPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id") view=NeighbourhoodPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id/edit") view=EditNeighbourhoodPage ssr=SsrMode::Async />
                <Route path=path!("/people/new") view=NewPersonPage ssr=SsrMode::Async />
                <Route path=path!("/people/:id") view=PersonPage ssr=SsrMode::Async />
                <Route path=path!("/people/:id/edit") view=EditPersonPage ssr=SsrMode::Async />
                <Route path=path!("/search") view=SearchPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id/assessments/new") view=NewAssessmentPage ssr=SsrMode::Async />
                <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async />
                <Route path=path!("/proposals") view=ProposalsPage ssr=SsrMode::Async />
                <Route path=path!("/proposals/new") view=NewProposalPage ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id") view=ProposalPage ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id/edit") view=EditProposalPage ssr=SsrMode::Async />
                <Route path=path!("/projects") view=ProjectsPage ssr=SsrMode::Async />
                <Route path=path!("/projects/new") view=NewProjectPage ssr=SsrMode::Async />
                <Route path=path!("/projects/:id") view=ProjectPage ssr=SsrMode::Async />
                <Route path=path!("/projects/:id/assign") view=AssignProjectPage ssr=SsrMode::Async />
                <Route path=path!("/meetings") view=MeetingsPage ssr=SsrMode::Async />
                <Route path=path!("/meetings/new") view=NewMeetingPage ssr=SsrMode::Async />
                <Route path=path!("/meetings/:id") view=MeetingPage ssr=SsrMode::Async />
                <Route path=path!("/meetings/:id/edit") view=EditMeetingPage ssr=SsrMode::Async />
                <Route path=path!("/follow-up") view=FollowUpPage ssr=SsrMode::Async />
                <Route path=path!("/boards") view=MyBoardsPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers") view=VolunteersPage ssr=SsrMode::Async />
                <Route path=path!("/centres") view=CentresPage ssr=SsrMode::Async />
                <Route path=path!("/centres/new") view=NewCentrePage ssr=SsrMode::Async />
                <Route path=path!("/centres/:id") view=CentrePage ssr=SsrMode::Async />
                <Route path=path!("/opportunities") view=OpportunitiesPage ssr=SsrMode::Async />
                <Route path=path!("/opportunities/:id") view=OpportunityPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/register") view=VolunteerRegisterPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/me") view=MyVolunteerPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/me/record") view=MyRecordPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/me/edit") view=MyOfferPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/veterans") view=VeteransPage ssr=SsrMode::Async />
                <Route path=path!("/volunteers/reference") view=VolunteerReferencePage ssr=SsrMode::Async />
                <Route path=path!("/certificates/:code") view=CertificatePage ssr=SsrMode::Async />
                <Route path=path!("/campaigns") view=CampaignsPage ssr=SsrMode::Async />
                <Route path=path!("/campaigns/:id") view=CampaignPage ssr=SsrMode::Async />
                <Route path=path!("/campaigns/:id/scores") view=ScoresPage ssr=SsrMode::Async />
                <Route path=path!("/campaigns/:id/centres/:centre") view=CentreRecordPage ssr=SsrMode::Async />
                <Route path=path!("/actions/new") view=NewActionPage ssr=SsrMode::Async />
                <Route path=path!("/actions/:id") view=ActionPage ssr=SsrMode::Async />
                <Route path=path!("/reports") view=ReportsPage ssr=SsrMode::Async />
                <Route path=path!("/pairings") view=PairingsPage ssr=SsrMode::Async />
                <Route path=path!("/reports/draft") view=DraftPage ssr=SsrMode::Async />
                <Route path=path!("/reports/:id") view=ReportPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <Footer />
    }
}
