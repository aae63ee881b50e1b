use crate::api::directory::{list_capacities, list_neighbourhoods};
use crate::domain::codes::CapacityKind;
use crate::i18n::*;
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
        <Title text=move || t_string!(i18n, directory.capacities).to_string() />
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
    let places = Resource::new(|| (), |_| list_neighbourhoods(String::new()));
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
            <div class="field">
                <label for="f-kind">{t!(i18n, directory.kind)}</label>
                <select id="f-kind" name="kind">
                    <option value="">{t!(i18n, directory.all)}</option>
                    {CapacityKind::ALL.iter().map(|k| view! {
                        <option value=k.as_str() selected=move || kind() == k.as_str()>{labels::capacity_kind(*k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-place">{t!(i18n, directory.neighbourhood)}</label>
                <select id="f-place" name="neighbourhood">
                    <option value="">{t!(i18n, directory.all)}</option>
                    <Transition fallback=|| ()>
                        {move || places.get().and_then(Result::ok).map(|list| list.into_iter().map(|n| {
                            let value = n.id.to_string();
                            let selected = place() == value;
                            view! { <option value=value selected=selected>{n.name}</option> }
                        }).collect_view())}
                    </Transition>
                </select>
            </div>
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
