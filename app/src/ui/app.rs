//! The HTML shell and the router.
use crate::i18n::*;
use crate::ui::layout::{footer::Footer, header::Header, user::provide_session_user};
use crate::ui::lazy_pages::*;
use crate::ui::pages::directory::{
    capacities::CapacitiesPage, committee::CommitteePage, committees::CommitteesPage,
    neighbourhood::NeighbourhoodPage, neighbourhoods::NeighbourhoodsPage,
    organisation::OrganisationPage, organisation_new::NewOrganisationPage,
    organisations::OrganisationsPage, person::PersonPage, search::SearchPage,
    working_group::WorkingGroupPage,
};
use crate::ui::pages::{
    account::AccountPage, home::HomePage, login::LoginPage, not_found::NotFound,
    register::RegisterPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::Lazy;
use leptos_router::{path, SsrMode};

/// The page around the app; rendered only on the server.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};
    crate::server::csp::provide_nonce_and_header();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options />
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
    crate::ui::components::form_state::provide_form_echo();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <I18nContextProvider
            // Persian first: the Accept-Language header is ignored; the language switch decides.
            ssr_lang_header_getter=leptos_i18n::context::UseLocalesOptions::default()
                .ssr_lang_header_getter(|| None)
        >
            <AppTitle />
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
                <Route path=path!("/admin/users") view={Lazy::<AdminUsersRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/outbox") view={Lazy::<AdminOutboxRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/capacities") view=CapacitiesPage ssr=SsrMode::Async />
                <Route path=path!("/capacities/:id/edit") view={Lazy::<EditCapacityRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/committees") view=CommitteesPage ssr=SsrMode::Async />
                <Route path=path!("/committees/new") view={Lazy::<NewCommitteeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/committees/:id") view=CommitteePage ssr=SsrMode::Async />
                <Route path=path!("/committees/:id/edit") view={Lazy::<EditCommitteeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/committees/:id/working-groups/new") view={Lazy::<NewWorkingGroupRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id") view=WorkingGroupPage ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/board") view={Lazy::<BoardRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/board/cards/:card") view={Lazy::<BoardCardRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/working-groups/:id/edit") view={Lazy::<EditWorkingGroupRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organisations") view=OrganisationsPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/new") view=NewOrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id") view=OrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id/edit") view={Lazy::<EditOrganisationRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organisations/:id/capacities/new") view={Lazy::<NewCapacityRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods") view=NeighbourhoodsPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/new") view={Lazy::<NewNeighbourhoodRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id") view=NeighbourhoodPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id/edit") view={Lazy::<EditNeighbourhoodRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/people/new") view={Lazy::<NewPersonRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/people/:id") view=PersonPage ssr=SsrMode::Async />
                <Route path=path!("/people/:id/edit") view={Lazy::<EditPersonRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/search") view=SearchPage ssr=SsrMode::Async />
                <Route path=path!("/neighbourhoods/:id/assessments/new") view={Lazy::<NewAssessmentRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/notifications") view={Lazy::<NotificationsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/proposals") view={Lazy::<ProposalsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/proposals/new") view={Lazy::<NewProposalRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id") view={Lazy::<ProposalRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/proposals/:id/edit") view={Lazy::<EditProposalRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/projects") view={Lazy::<ProjectsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/projects/new") view={Lazy::<NewProjectRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/projects/:id") view={Lazy::<ProjectRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/projects/:id/assign") view={Lazy::<AssignProjectRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/meetings") view={Lazy::<MeetingsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/meetings/new") view={Lazy::<NewMeetingRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/meetings/:id") view={Lazy::<MeetingRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/meetings/:id/edit") view={Lazy::<EditMeetingRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/follow-up") view={Lazy::<FollowUpRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/boards") view={Lazy::<MyBoardsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view={Lazy::<DashboardRoute>::new()} ssr=SsrMode::Async />
            </Routes>
        </main>
        <Footer />
    }
}
