use super::shift::ShiftCard;
use super::shift_form::ShiftForm;
use crate::api::shifts::get_opportunity;
use crate::i18n::*;
use crate::model::shifts::{OpportunityDetail, SignupStanding};
use crate::ui::components::{format, volunteer_labels};
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/opportunities/{id}`: an opportunity and its shifts: public; volunteers sign up here.
#[component]
pub fn OpportunityPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let opportunity = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_opportunity(id).await,
            None => Err(crate::api::AppError::NotFound),
        }
    });
    view! {
        <Transition fallback=|| ()>
            {move || opportunity.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(o) => view! { <Opportunity o /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Opportunity(o: OpportunityDetail) -> impl IntoView {
    let i18n = use_i18n();
    let OpportunityDetail {
        card,
        description,
        shifts,
        may_manage,
        standing,
    } = o;
    let attended =
        use_query_map().with_untracked(|q| q.get("attended").and_then(|n| n.parse::<i64>().ok()));
    let (ahead, past): (Vec<_>, Vec<_>) = shifts.into_iter().partition(|s| !s.past);
    view! {
        <Title text=card.title.clone() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/opportunities">{t!(i18n, shifts.title)}</a>
        </nav>
        <h1 dir="auto">{card.title.clone()}</h1>
        <dl class="facts">
            <dt>{t!(i18n, shifts.role)}</dt><dd>{volunteer_labels::role(&card.role)}</dd>
            <dt>{t!(i18n, shifts.where_label)}</dt>
            <dd>
                <a href=format!("/centres/{}", card.centre.id) dir="auto">{card.centre.name.clone()}</a> " · "
                <a href=format!("/neighbourhoods/{}", card.neighbourhood.id) dir="auto">{card.neighbourhood.name.clone()}</a>
            </dd>
            {card.publisher.clone().map(|p| view! {
                <dt>{t!(i18n, shifts.publisher)}</dt>
                <dd><a href=format!("/organisations/{}", p.id) dir="auto">{p.name}</a></dd>
            })}
            {card.project.clone().map(|p| view! {
                <dt>{t!(i18n, shifts.for_project)}</dt>
                <dd><a href=format!("/projects/{}", p.id) dir="auto">{p.name}</a></dd>
            })}
        </dl>
        {(!description.is_empty()).then(|| view! { <p class="prose" dir="auto">{description.clone()}</p> })}
        {(standing == SignupStanding::Active).then(|| view! { <p class="hint">{t!(i18n, shifts.how_it_works)}</p> })}
        {attended.map(|n| view! { <p class="notice" role="status">{t!(i18n, shifts.attendance_recorded, n = format::number(n))}</p> })}
        <section class="panel" aria-labelledby="shifts-h">
            <h2 id="shifts-h">{t!(i18n, shifts.ahead)}</h2>
            {if ahead.is_empty() {
                view! { <p class="muted">{t!(i18n, shifts.no_shifts_ahead)}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards plain">
                        {ahead.into_iter().map(|shift| view! { <ShiftCard shift standing manage=may_manage /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {may_manage.then(|| view! { <ShiftForm opportunity_id=card.id /> })}
        {(!past.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="past-h">
                <h2 id="past-h">{t!(i18n, shifts.past_shifts)}</h2>
                <ul class="cards plain">
                    {past.into_iter().rev().map(|shift| view! { <ShiftCard shift standing manage=may_manage /> }).collect_view()}
                </ul>
            </section>
        })}
    }
}
