use crate::api::directory::get_working_group;
use crate::i18n::*;
use crate::model::directory::WorkingGroupDetail;
use crate::ui::components::{labels, members::MemberGroups};
use crate::ui::pages::directory::committee::History;
use crate::ui::pages::directory::{id_param, LoadFailed};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/working-groups/{id}`: its committee, kind, neighbourhoods and members. (Its board
/// comes with the boards work.)
#[component]
pub fn WorkingGroupPage() -> impl IntoView {
    let id = id_param();
    let detail = Resource::new(id, get_working_group);
    view! {
        <Transition fallback=|| ()>
            {move || detail.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(group) => view! { <WorkingGroup group /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn WorkingGroup(group: WorkingGroupDetail) -> impl IntoView {
    let i18n = use_i18n();
    let WorkingGroupDetail {
        card,
        dimension,
        description,
        members,
        may_edit,
        history,
    } = group;
    let id = card.id;
    view! {
        <Title text=card.name.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/committees">{t!(i18n, nav.committees)}</a>
            <a href=format!("/committees/{}", card.committee.id)>{card.committee.name.clone()}</a>
        </nav>
        <h1>{card.name.clone()}</h1>
        <p>
            <span class=format!("badge dim-{}", dimension.as_str())>{labels::dimension(dimension)}</span>
            " "
            <span class="badge">{labels::working_group_kind(card.kind)}</span>
        </p>
        <p class="actions">
            <a class="button" href=format!("/working-groups/{id}/board")>{t!(i18n, boards.open_board)}</a>
            {may_edit.then(|| view! {
                " "<a class="button secondary" href=format!("/working-groups/{id}/edit")>{t!(i18n, directory.edit)}</a>
            })}
        </p>
        {(!description.is_empty()).then(|| view! { <p class="prose">{description}</p> })}
        <section class="panel" aria-labelledby="places-h">
            <h2 id="places-h">{t!(i18n, nav.neighbourhoods)}</h2>
            {if card.neighbourhoods.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_neighbourhoods)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain inline-list">
                        {card.neighbourhoods.into_iter().map(|n| view! {
                            <li><a href=format!("/neighbourhoods/{}", n.id)>{n.name}</a></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="members-h">
            <h2 id="members-h">{t!(i18n, directory.members)}</h2>
            {if members.is_empty() {
                view! { <p class="muted">{t!(i18n, directory.no_members)}</p> }.into_any()
            } else {
                view! { <MemberGroups members /> }.into_any()
            }}
        </section>
        {history.map(|entries| view! { <History entries /> })}
    }
}
