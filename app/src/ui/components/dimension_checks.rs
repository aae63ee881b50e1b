use crate::domain::codes::Dimension;
use crate::i18n::*;
use crate::ui::components::labels;
use leptos::prelude::*;

/// One checkbox per dimension (named `dim_social`, …), ticked for those in `chosen`.
#[component]
pub fn DimensionChecks(chosen: Vec<Dimension>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field">
            <legend>{t!(i18n, directory.dimensions)}</legend>
            {Dimension::ALL.iter().filter(|d| **d != Dimension::Other).map(|d| {
                let name = format!("dim_{}", d.as_str());
                view! {
                    <label class="check">
                        <input type="checkbox" name=name value="on" checked=chosen.contains(d) />
                        {labels::dimension(*d)}
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
