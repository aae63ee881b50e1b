use crate::api::directory::EndMembership;
use crate::domain::validation::FormErrors;
use crate::i18n::*;
use crate::model::directory::Member;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::labels;
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// The official's list of current seats, each of which can be ended on a chosen day. Ending
/// sits behind a disclosure so it takes a deliberate second step.
#[component]
pub fn EndSeats(members: Vec<Member>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="seats-h">
            <h2 id="seats-h">{t!(i18n, directory.seats)}</h2>
            <ul class="plain list seats">
                {members.into_iter().map(|m| view! { <EndSeat member=m /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn EndSeat(member: Member) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<EndMembership>::new();
    let id = member.membership_id;
    // Without JavaScript every seat's form sees the one answer: show it only beside its own.
    let all = form_errors(action.value());
    let errors = Signal::derive(move || {
        all.with(|e| match e.kept("membership_id") {
            Some(other) if other != id.to_string() => FormErrors::default(),
            _ => e.clone(),
        })
    });
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let issue = move || errors.with(|e| e.get("until"));
    let input_id = format!("until-{id}");
    let error_id = format!("until-{id}-error");
    let typed = errors.with_untracked(|e| e.kept("until").map(str::to_string));
    view! {
        <li>
            <span>{member.name.clone()}</span> " "
            <span class="badge">{labels::committee_role(member.role)}</span>
            <details open=issue().is_some()>
                <summary>{t!(i18n, directory.end_seat)}</summary>
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true attr:class="seat-end">
                    <input type="hidden" name="membership_id" value=id />
                    <p class="hint">{t!(i18n, directory.end_confirm)}</p>
                    <div class="field" class:invalid=move || issue().is_some()>
                        <label for=input_id.clone()>{t!(i18n, directory.end_on)}</label>
                        <input
                            id=input_id
                            name="until"
                            dir="ltr"
                            value=typed
                            aria-invalid=move || issue().is_some().then_some("true")
                            aria-describedby=move || issue().is_some().then(|| error_id.clone())
                        />
                        <p class="error" id=format!("until-{id}-error") hidden=move || issue().is_none()>
                            {move || issue().map(|issue| view! { <IssueText issue /> })}
                        </p>
                    </div>
                    <button type="submit" class="button danger" disabled=move || action.pending().get()>
                        {t!(i18n, directory.end_seat)}
                    </button>
                </ActionForm>
            </details>
        </li>
    }
}
