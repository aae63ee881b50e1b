use crate::domain::permissions::{may, Action, Actor, Section, Target};
use crate::i18n::*;
use crate::ui::layout::user::use_session_user;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

const SECTIONS: [(Section, &str); 11] = [
    (Section::Committees, "/committees"),
    (Section::Organisations, "/organisations"),
    (Section::Neighbourhoods, "/neighbourhoods"),
    (Section::Proposals, "/proposals"),
    (Section::Projects, "/projects"),
    (Section::Boards, "/boards"),
    (Section::Meetings, "/meetings"),
    (Section::Volunteers, "/volunteers"),
    (Section::Campaigns, "/campaigns"),
    (Section::Dashboard, "/dashboard"),
    (Section::Admin, "/admin/users"),
];

/// The sections this person may open; the server refuses the others anyway.
#[component]
pub fn Nav() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    let path = use_location().pathname;
    view! {
        <nav id="site-nav" class="site-nav" aria-label=move || t_string!(i18n, nav.label)>
            <Transition fallback=|| ()>
                <ul>
                    {move || {
                        let actor = session.user.get().flatten().map(|u| Actor::new(u.id, u.role));
                        SECTIONS
                            .iter()
                            .filter(|(section, _)| may(actor.as_ref(), Action::Open(*section), Target::Portal))
                            .map(|(section, href)| {
                                let href = *href;
                                let current = move || path.get().starts_with(href).then_some("page");
                                view! {
                                    <li><a href=href aria-current=current>{section_name(*section)}</a></li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Transition>
        </nav>
    }
}

/// The localised name of a section.
pub fn section_name(section: Section) -> String {
    let i18n = use_i18n();
    match section {
        Section::Committees => t_string!(i18n, nav.committees),
        Section::Organisations => t_string!(i18n, nav.organisations),
        Section::Neighbourhoods => t_string!(i18n, nav.neighbourhoods),
        Section::Proposals => t_string!(i18n, nav.proposals),
        Section::Projects => t_string!(i18n, nav.projects),
        Section::Boards => t_string!(i18n, nav.boards),
        Section::Meetings => t_string!(i18n, nav.meetings),
        Section::Volunteers => t_string!(i18n, nav.volunteers),
        Section::Campaigns => t_string!(i18n, nav.campaigns),
        Section::Dashboard => t_string!(i18n, nav.dashboard),
        Section::Admin => t_string!(i18n, nav.admin),
    }
    .to_string()
}
