use crate::api::directory::list_capacities;
use crate::domain::codes::CapacityKind;
use crate::i18n::*;
use crate::ui::components::filter_select::{FilterSelect, NeighbourhoodFilter};
use crate::ui::components::labels;
use crate::ui::pages::directory::organisation::CapacityTable;
use crate::ui::pages::directory::{query_param, LoadFailed, StaffOnly};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/capacities`: officials answer "who has what, where" — filter by kind and neighbourhood,
/// largest first, and download the same list.
#[component]
pub fn CapacitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=t_string!(i18n, directory.capacities).to_string() />
        <StaffOnly>
            <Capacities />
        </StaffOnly>
    }
}

#[component]
fn Capacities() -> impl IntoView {
    let i18n = use_i18n();
    let kind = query_param("kind");
    let place = query_param("neighbourhood");
    let list = Resource::new(move || (kind(), place()), |(k, n)| list_capacities(k, n));
    let export = move |format: &str| {
        format!(
            "/export/capacities.{format}?kind={}&neighbourhood={}",
            kind(),
            place()
        )
    };
    view! {
        <h1>{t!(i18n, directory.capacities)}</h1>
        <p class="muted">{t!(i18n, directory.capacities_intro)}</p>
        <form method="get" action="/capacities" class="filters">
            <FilterSelect id="f-kind" name="kind" options=CapacityKind::ALL.iter().map(|c| (c.as_str().to_string(), labels::capacity_kind(*c))).collect() selected=kind>
                {t!(i18n, directory.kind)}
            </FilterSelect>
            <NeighbourhoodFilter selected=place />
            <button type="submit" class="button">{t!(i18n, directory.apply)}</button>
        </form>
        <p class="actions">
            <a class="button secondary" href=move || export("csv") download>{t!(i18n, directory.export_csv)}</a>
            " "
            <a class="button secondary" href=move || export("xlsx") download>{t!(i18n, directory.export_xlsx)}</a>
        </p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(capacities) => view! { <CapacityTable capacities show_organisation=true /> }.into_any(),
            })}
        </Transition>
    }
}
