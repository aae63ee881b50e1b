use crate::api::veterans::{RecordDeath, RecordHonour};
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::form_errors;
use crate::ui::components::reason_field::echoed_for;
use leptos::prelude::*;

/// Recording an honour, and (for the intermediary) a death, for one veteran of the list.
#[component]
pub fn VeteranActions(id: i64, may_record_death: bool) -> impl IntoView {
    let i18n = use_i18n();
    let honour = ServerAction::<RecordHonour>::new();
    let death = ServerAction::<RecordDeath>::new();
    let honour_errors = form_errors(honour.value());
    let death_errors = form_errors(death.value());
    view! {
        <div class="actions">
            <details open=echoed_for(honour_errors, id)>
                <summary>{t!(i18n, veterans.record_honour)}</summary>
                <ActionForm action=honour attr:novalidate=true>
                    <input type="hidden" name="volunteer_id" value=id />
                    <RowField prefix="honour" id name="day" errors=honour_errors required=true hint=t_string!(i18n, centres.date_hint).to_string()>{t!(i18n, veterans.honoured_on)}</RowField>
                    <RowField prefix="honour" id name="occasion" errors=honour_errors>{t!(i18n, veterans.occasion)}</RowField>
                    <button type="submit" class="button small">{t!(i18n, veterans.record_honour)}</button>
                </ActionForm>
            </details>
            {may_record_death.then(|| view! {
                <details open=echoed_for(death_errors, id)>
                    <summary>{t!(i18n, veterans.record_death)}</summary>
                    <p class="hint">{t!(i18n, veterans.record_death_hint)}</p>
                    <ActionForm action=death attr:novalidate=true>
                        <input type="hidden" name="volunteer_id" value=id />
                        <RowField prefix="death" id name="day" errors=death_errors required=true hint=t_string!(i18n, centres.date_hint).to_string()>{t!(i18n, veterans.died_on)}</RowField>
                        <RowField prefix="death" id name="family_contact" errors=death_errors required=true>{t!(i18n, veterans.family_contact)}</RowField>
                        <button type="submit" class="button danger small">{t!(i18n, veterans.record_death)}</button>
                    </ActionForm>
                </details>
            })}
        </div>
    }
}

/// A text input of one row's form: ids carry the row's, its error and echoed value show only
/// on the row the failed submission was about.
#[component]
fn RowField(
    prefix: &'static str,
    id: i64,
    name: &'static str,
    errors: Signal<FormErrors>,
    #[prop(optional)] required: bool,
    #[prop(optional)] hint: Option<String>,
    children: Children,
) -> impl IntoView {
    let mine = echoed_for(errors, id);
    let issue = move || if mine { errors.get().get(name) } else { None };
    let kept = mine
        .then(|| errors.with_untracked(|e| e.kept(name).map(str::to_string)))
        .flatten();
    let input_id = format!("{prefix}-{name}-{id}");
    let error_id = format!("{input_id}-error");
    let hint_id = format!("{input_id}-hint");
    let described = {
        let (error_id, hint_id, has_hint) = (error_id.clone(), hint_id.clone(), hint.is_some());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if issue().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:invalid=move || issue().is_some()>
            <label for=input_id.clone()>{children()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                type="text"
                id=input_id
                name=name
                required=required
                value=kept
                aria-invalid=move || issue().is_some().then_some("true")
                aria-describedby=described
            />
            <p class="error" id=error_id hidden=move || issue().is_none()>
                {move || issue().map(|issue| view! { <IssueText issue /> })}
            </p>
        </div>
    }
}
