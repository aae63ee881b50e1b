//! The list pages' filters: a `<select>` that starts with "all", and the neighbourhood filter
//! every list offers. Plain GET forms, so they work without JavaScript.
use crate::api::directory::list_neighbourhoods;
use crate::i18n::*;
use leptos::prelude::*;

/// A filter whose first option, "all", sends an empty value; `selected` is the query's value.
#[component]
pub fn FilterSelect<F>(
    id: &'static str,
    name: &'static str,
    options: Vec<(String, String)>,
    selected: F,
    children: Children,
) -> impl IntoView
where
    F: Fn() -> String + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for=id>{children()}</label>
            <select id=id name=name>
                <option value="">{t!(i18n, directory.all)}</option>
                {options.into_iter().map(|(value, label)| {
                    let this = value.clone();
                    view! { <option value=value selected=move || selected() == this>{label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The neighbourhood filter (`neighbourhood`), with every neighbourhood by name.
#[component]
pub fn NeighbourhoodFilter<F>(selected: F) -> impl IntoView
where
    F: Fn() -> String + Copy + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let places = Resource::new(|| (), |_| list_neighbourhoods(String::new()));
    view! {
        <div class="field">
            <label for="f-place">{t!(i18n, directory.neighbourhood)}</label>
            <select id="f-place" name="neighbourhood">
                <option value="">{t!(i18n, directory.all)}</option>
                <Transition fallback=|| ()>
                    {move || places.get().and_then(Result::ok).map(|list| list.into_iter().map(|n| {
                        let value = n.id.to_string();
                        let chosen = selected() == value;
                        view! { <option value=value selected=chosen>{n.name}</option> }
                    }).collect_view())}
                </Transition>
            </select>
        </div>
    }
}
