use super::missing_sections::MissingSections;
use crate::api::proposals::MoveProposal;
use crate::domain::proposal_flow::{needs_reason, ProposalMove};
use crate::i18n::*;
use crate::model::directory::Named;
use crate::ui::components::choice_field::{RadioChoice, SelectField, TextAreaField};
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
    // The proposer's only step is sending it: one button that says so, no choice to make.
    let only_submit = moves == [ProposalMove::Submit];
    let any_reason = moves.iter().any(|m| needs_reason(*m));
    let choices = moves
        .iter()
        .map(|m| (m.as_str(), proposal_labels::action(*m)))
        .collect::<Vec<_>>();
    let committee_options = committees
        .into_iter()
        .map(|c| (c.id.to_string(), c.name))
        .collect::<Vec<_>>();
    view! {
        <section class="panel" aria-labelledby="move-h">
            <h2 id="move-h">{t!(i18n, proposals.next_step)}</h2>
            <FailureAlert failure />
            {only_submit.then(|| view! { <MissingSections errors edit=format!("/proposals/{id}/edit") /> })}
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="id" value=id />
                {if only_submit {
                    let issue = move || errors.get().get("action");
                    view! {
                        <input type="hidden" name="action" value=ProposalMove::Submit.as_str() />
                        <p class="error" id="field-action-error" role="alert" hidden=move || issue().is_none()>
                            {move || issue().map(|issue| view! { <IssueText issue /> })}
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <RadioChoice name="action" id_prefix="move" options=choices errors>
                            {t!(i18n, proposals.choose_step)}
                        </RadioChoice>
                    }.into_any()
                }}
                {sends.then(|| view! {
                    <SelectField name="committee_id" options=committee_options.clone() errors>
                        {t!(i18n, proposals.send_to)}
                    </SelectField>
                })}
                {any_reason.then(|| view! {
                    <TextAreaField name="reason" rows=3 errors>{t!(i18n, proposals.reason)}</TextAreaField>
                    <p class="hint">{t!(i18n, proposals.reason_hint)}</p>
                })}
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {if only_submit { t_string!(i18n, proposals.send_submit) } else { t_string!(i18n, proposals.do_step) }}
                </button>
            </ActionForm>
        </section>
    }
}
