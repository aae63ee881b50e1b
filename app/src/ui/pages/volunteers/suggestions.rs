use crate::api::centres::ProposePlacement;
use crate::i18n::*;
use crate::model::centres::{Fit, PlacementView, SuggestionView};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// The open requests that suit an active volunteer best, each saying why it ranks there, with
/// the intermediary's button to propose them.
#[component]
pub fn Suggestions(volunteer_id: i64, list: Vec<SuggestionView>) -> impl IntoView {
    let i18n = use_i18n();
    (!list.is_empty()).then(|| view! {
        <details>
            <summary>{t!(i18n, centres.suggested)} " " <span class="badge">{format::number(list.len() as i64)}</span></summary>
            <ol class="plain list">
                {list.into_iter().map(|s| view! { <li><Suggestion volunteer_id s /></li> }).collect_view()}
            </ol>
        </details>
    })
}

#[component]
fn Suggestion(volunteer_id: i64, s: SuggestionView) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ProposePlacement>::new();
    let why = why_text(Fit {
        shared_cells: s.shared_cells,
        needed_cells: s.needed_cells,
        metres: s.metres,
    });
    view! {
        <p>
            <a href=format!("/centres/{}", s.request.centre.id)>{s.request.centre.name.clone()}</a>
            " · " {volunteer_labels::role(&s.request.role)}
        </p>
        <p class="small muted">{why}</p>
        <ActionForm action attr:class="inline">
            <input type="hidden" name="volunteer_id" value=volunteer_id />
            <input type="hidden" name="request_id" value=s.request.id />
            <button type="submit" class="button small secondary">{t!(i18n, centres.propose)}</button>
        </ActionForm>
    }
}

/// Why a volunteer fits a request, as one sentence: the role, the shared times, the distance.
fn why_text(fit: Fit) -> String {
    let i18n = use_i18n();
    let mut why = vec![t_string!(i18n, centres.why_role).to_string()];
    why.push(if fit.needed_cells == 0 {
        t_string!(i18n, centres.why_any_time).to_string()
    } else {
        t_string!(
            i18n,
            centres.why_cells,
            shared = format::number(i64::from(fit.shared_cells)),
            needed = format::number(i64::from(fit.needed_cells))
        )
        .to_string()
    });
    why.push(match fit.metres {
        Some(m) => t_string!(
            i18n,
            centres.why_metres,
            km = format::decimal(f64::from(m) / 1000.0, 1)
        )
        .to_string(),
        None => t_string!(i18n, centres.why_far_unknown).to_string(),
    });
    format::list(why)
}

/// Where a volunteer was proposed or placed, what became of it and (on their own page) why.
#[component]
pub fn PlacementList(list: Vec<PlacementView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="plain list">
            {list.into_iter().map(|p| {
                let waiting = p.state == crate::domain::centre_rules::PlacementState::Proposed;
                view! {
                    <li>
                        <a href=format!("/centres/{}", p.centre.id)>{p.centre.name.clone()}</a>
                        " · " {volunteer_labels::role(&p.role)} " "
                        <span class="badge">{volunteer_labels::placement_state(p.state)}</span>
                        {waiting.then(|| view! { " " <span class="small muted">{t!(i18n, centres.answer_by, date = format::date(p.answer_by))}</span> })}
                        {(!p.reason.is_empty()).then(|| view! { " · " <span class="small" dir="auto">{p.reason.clone()}</span> })}
                        {p.why.map(|fit| view! { <br /><span class="small muted">{t!(i18n, centres.why_placed)} " " {why_text(fit)}</span> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
