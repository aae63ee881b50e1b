use crate::i18n::*;
use crate::model::actions::ActionFigures;
use crate::ui::components::format;
use leptos::prelude::*;

/// What a campaign's actions add up to, as the dashboard's row of figures.
#[component]
pub fn Figures(figures: ActionFigures) -> impl IntoView {
    let i18n = use_i18n();
    let f = figures;
    let met = t_string!(
        i18n,
        actions.of_total,
        part = format::number(f.targets_met),
        total = format::number(f.targets_recorded)
    )
    .to_string();
    view! {
        <ul class="figures plain">
            <li class="figure panel">
                <span class="figure-value">{format::number(f.actions)}</span>
                <span class="figure-label">{t!(i18n, actions.fig_actions, closed = format::number(f.closed))}</span>
            </li>
            <li class="figure panel">
                <span class="figure-value">{format::number(f.centres)}</span>
                <span class="figure-label">{t!(i18n, actions.fig_centres, n = format::number(f.neighbourhoods))}</span>
            </li>
            <li class="figure panel">
                <span class="figure-value">{format::number(f.reached)}</span>
                <span class="figure-label">{t!(i18n, actions.fig_reached)}</span>
            </li>
            <li class="figure panel">
                <span class="figure-value">{met}</span>
                <span class="figure-label">{t!(i18n, actions.fig_targets_met)}</span>
            </li>
        </ul>
    }
}
