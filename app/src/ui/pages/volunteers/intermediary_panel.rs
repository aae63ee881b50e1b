use crate::api::volunteers::MarkIntermediary;
use crate::domain::volunteer_rules::VolunteerState;
use crate::i18n::*;
use crate::ui::components::form_state::{form_failure, FailureAlert};
use crate::ui::components::{format, volunteer_labels};
use leptos::prelude::*;

/// On an organisation's page: an intermediary's volunteer figures (counts only, for anyone),
/// and for officials the switch that marks or unmarks it as an intermediary institution.
#[component]
pub fn IntermediaryPanel(
    organisation_id: i64,
    is_intermediary: bool,
    by_state: Vec<(String, i64)>,
    may_mark: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if !is_intermediary && !may_mark {
        return ().into_any();
    }
    let action = ServerAction::<MarkIntermediary>::new();
    let failure = form_failure(action.value());
    view! {
        <section class="panel" aria-labelledby="intermediary-h">
            <h2 id="intermediary-h">{t!(i18n, volunteers.title)}</h2>
            <p class="hint">{t!(i18n, volunteers.intermediary_explained)}</p>
            {is_intermediary.then(|| view! {
                <dl class="facts">
                    {VolunteerState::ALL.iter().map(|s| {
                        let n = by_state.iter().find(|(code, _)| code == s.as_str()).map_or(0, |(_, n)| *n);
                        view! { <dt>{volunteer_labels::state(*s)}</dt><dd>{format::number(n)}</dd> }
                    }).collect_view()}
                </dl>
            })}
            {may_mark.then(|| view! {
                <FailureAlert failure />
                <ActionForm action>
                    <input type="hidden" name="id" value=organisation_id />
                    <input type="hidden" name="on" value=if is_intermediary { "0" } else { "1" } />
                    <button type="submit" class="button secondary">
                        {if is_intermediary { t!(i18n, volunteers.unmark_intermediary).into_any() } else { t!(i18n, volunteers.mark_intermediary).into_any() }}
                    </button>
                </ActionForm>
            })}
        </section>
    }
    .into_any()
}
