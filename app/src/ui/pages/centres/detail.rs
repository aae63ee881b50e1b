use super::hours::CentreHours;
use super::opportunities::CentreOpportunities;
use super::placements::Placements;
use super::requests::{RequestForm, RequestLine};
use crate::api::centres::get_centre;
use crate::i18n::*;
use crate::model::centres::CentreDetail;
use crate::ui::components::volunteer_labels;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/centres/{id}`: a centre, its requests for volunteers; for those who manage it, the form
/// to ask for more and the volunteers proposed to it.
#[component]
pub fn CentrePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let centre = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_centre(id).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || centre.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(centre) => view! { <Centre centre /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Centre(centre: CentreDetail) -> impl IntoView {
    let i18n = use_i18n();
    let CentreDetail {
        card,
        address,
        manager,
        requests,
        may_manage,
        may_decide,
        placements,
        roles,
        hours,
        opportunities,
        projects,
    } = centre;
    view! {
        <Title text=card.name.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/centres">{t!(i18n, centres.title)}</a>
        </nav>
        <h1 dir="auto">{card.name.clone()}</h1>
        <p>
            <span class="badge">{volunteer_labels::centre_kind(card.kind)}</span> " "
            <a href=format!("/neighbourhoods/{}", card.neighbourhood.id)>{card.neighbourhood.name.clone()}</a>
        </p>
        <dl class="facts">
            <dt>{t!(i18n, centres.organisation)}</dt>
            <dd><a href=format!("/organisations/{}", card.organisation.id)>{card.organisation.name.clone()}</a></dd>
            {(!address.is_empty()).then(|| view! { <dt>{t!(i18n, centres.address)}</dt><dd dir="auto">{address.clone()}</dd> })}
            {manager.map(|m| view! { <dt>{t!(i18n, centres.manager_label)}</dt><dd dir="auto">{m}</dd> })}
        </dl>
        <section class="panel" aria-labelledby="requests-h">
            <h2 id="requests-h">{t!(i18n, centres.requests)}</h2>
            {if requests.is_empty() {
                view! { <p class="muted">{t!(i18n, centres.no_requests)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {requests.into_iter().map(|r| view! { <li><RequestLine request=r manage=may_manage /></li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <CentreOpportunities centre_id=card.id list=opportunities manage=may_manage roles=roles.clone() projects />
        <crate::ui::pages::actions::ActionsOfPlace of="centre" id=card.id may_publish=may_manage />
        {may_manage.then(|| view! {
            <RequestForm centre_id=card.id roles=roles.clone() />
            {(!may_decide).then(|| view! { <p class="notice">{t!(i18n, centres.centre_decides)}</p> })}
            <Placements list=placements.clone() decide=may_decide />
            <CentreHours centre_id=card.id entries=hours.clone() placements=placements.clone() decide=may_decide />
        })}
    }
}
