use super::card::OpportunityCards;
use crate::api::shifts::list_opportunities;
use crate::i18n::*;
use crate::ui::components::pager::Pager;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/opportunities`: what centres ask volunteers to come for, with shifts ahead, the soonest
/// first: public; volunteers sign up on each opportunity's page.
#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let page = move || query.with(|q| q.get("page").and_then(|p| p.parse::<i64>().ok()));
    let list = Resource::new(page, list_opportunities);
    view! {
        <Title text=t_string!(i18n, shifts.title).to_string() />
        <h1>{t!(i18n, shifts.title)}</h1>
        <p class="hint">{t!(i18n, shifts.intro)}</p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(page) if page.items.is_empty() => view! {
                    <div class="panel empty-state"><p>{t!(i18n, shifts.none_ahead)}</p></div>
                }.into_any(),
                Ok(page) => view! {
                    <OpportunityCards list=page.items />
                    <Pager page=page.page pages=page.pages href=|p| format!("/opportunities?page={p}") />
                }.into_any(),
            })}
        </Transition>
    }
}
