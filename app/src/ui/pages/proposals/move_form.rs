use crate::api::proposals::MoveProposal;
use crate::domain::proposal_flow::{needs_reason, ProposalMove};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::proposal_labels;
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// The moves the caller may make now, as one choice with its reason (and, for sending to
/// review, the committee). The server checks the move again.
#[component]
pub fn MoveForm(id: i64, moves: Vec<ProposalMove>, committees: Vec<Named>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<MoveProposal>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let sends = moves.contains(&ProposalMove::SendToCommittee);
    let any_reason = moves.iter().any(|m| needs_reason(*m));
    let first = moves.first().copied();
    let action_issue = move || errors.get().get("action");
    let committee_options = committees
        .into_iter()
        .map(|c| (c.id.to_string(), c.name))
        .collect::<Vec<_>>();
    view! {
        <section class="panel" aria-labelledby="move-h">
            <h2 id="move-h">{t!(i18n, proposals.next_step)}</h2>
            <FailureAlert failure />
            <ActionForm action>
                <input type="hidden" name="id" value=id />
                <fieldset class="field" class:invalid=move || action_issue().is_some()>
                    <legend>{t!(i18n, proposals.choose_step)}</legend>
                    {moves.into_iter().map(|m| {
                        let input_id = format!("move-{}", m.as_str());
                        let label_for = input_id.clone();
                        view! {
                            <label class="check" for=label_for>
                                <input type="radio" id=input_id name="action" value=m.as_str() checked=Some(m) == first />
                                {proposal_labels::action(m)}
                            </label>
                        }
                    }).collect_view()}
                    <p class="error" id="field-action-error" hidden=move || action_issue().is_none()>
                        {move || action_issue().map(|issue| view! { <IssueText issue /> })}
                    </p>
                </fieldset>
                {sends.then(|| view! {
                    <SelectField name="committee_id" options=committee_options.clone() errors>
                        {t!(i18n, proposals.send_to)}
                    </SelectField>
                })}
                {any_reason.then(|| view! {
                    <TextAreaField name="reason" rows=3 errors>{t!(i18n, proposals.reason)}</TextAreaField>
                    <p class="hint">{t!(i18n, proposals.reason_hint)}</p>
                })}
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, proposals.do_step)}</button>
            </ActionForm>
        </section>
    }
}
