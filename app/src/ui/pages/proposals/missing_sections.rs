//! The sections a proposal still lacks, listed above its form (or its "send" step), each a
//! link to its field, so a long form's refusal says where to go instead of "fix the errors".
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use leptos::prelude::*;

/// The proposal's fields in the form's order, with their labels.
fn sections() -> Vec<(&'static str, &'static str)> {
    let l = use_i18n().get_locale();
    vec![
        ("title", td_string!(l, proposals.title)),
        ("summary", td_string!(l, proposals.summary)),
        ("dimension", td_string!(l, directory.dimension)),
        ("neighbourhoods", td_string!(l, proposals.neighbourhoods)),
        ("objectives", td_string!(l, proposals.objectives)),
        ("beneficiaries", td_string!(l, proposals.beneficiaries)),
        ("groups", td_string!(l, proposals.groups)),
        ("activities", td_string!(l, proposals.activities)),
        ("duration_months", td_string!(l, proposals.duration)),
        ("budget_rials", td_string!(l, proposals.budget)),
        ("partners", td_string!(l, proposals.partners)),
        ("assessment_id", td_string!(l, proposals.assessment)),
    ]
}

/// `edit` is the form's address when the list is shown elsewhere (empty: this page's form).
#[component]
pub fn MissingSections(
    errors: Signal<FormErrors>,
    #[prop(optional)] edit: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let listed = move || {
        let errors = errors.get();
        sections()
            .into_iter()
            .filter(|(field, _)| errors.get(field).is_some())
            .collect::<Vec<_>>()
    };
    view! {
        <Show when=move || !listed().is_empty()>
            <div class="callout" role="alert">
                <p><strong>{t!(i18n, proposals.missing_heading)}</strong></p>
                <ul>
                    {
                        let edit = edit.clone();
                        move || listed().into_iter().map(|(field, label)| {
                            view! { <li><a href=format!("{edit}#field-{field}")>{label}</a></li> }
                        }).collect_view()
                    }
                </ul>
            </div>
        </Show>
    }
}
