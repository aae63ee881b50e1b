//! Adding to a board: a new task (title, what to do, due day), or one of the committee's
//! proposals.
use super::here;
use crate::api::boards::{board_candidates, AddBoardProposal, CreateBoardTask};
use crate::i18n::*;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

#[component]
pub fn NewTask(board: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<CreateBoardTask>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let back = here();
    view! {
        <details class="panel add-card" open=move || !errors.get().is_empty()>
            <summary>{t!(i18n, boards.new_task)}</summary>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="board" value=board />
                <input type="hidden" name="back" value=back />
                <Field name="title" required=true errors>{t!(i18n, boards.task_title)}</Field>
                <TextAreaField name="description" rows=2 errors>{t!(i18n, boards.description)}</TextAreaField>
                <Field name="due_on" dir="ltr" hint=t!(i18n, directory.date_hint).into_any() errors>{t!(i18n, boards.due_on)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, boards.add_task)}</button>
            </ActionForm>
        </details>
    }
}

#[component]
pub fn AddProposal(board: i64) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddBoardProposal>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let back = here();
    let offered = Resource::new(|| (), move |_| board_candidates(board));
    view! {
        <Transition fallback=|| ()>
            {move || offered.get().and_then(Result::ok).filter(|list| !list.is_empty()).map(|list| {
                let options = list.into_iter().map(|n| (n.id.to_string(), n.name)).collect::<Vec<_>>();
                view! {
                    <details class="panel add-card">
                        <summary>{t!(i18n, boards.add_proposal)}</summary>
                        <FailureAlert failure />
                        <ActionForm action attr:novalidate=true>
                            <input type="hidden" name="board" value=board />
                            <input type="hidden" name="back" value=back />
                            <SelectField name="proposal_id" options errors>{t!(i18n, boards.proposal)}</SelectField>
                            <button type="submit" class="button secondary">{t!(i18n, boards.put_on_board)}</button>
                        </ActionForm>
                    </details>
                }
            })}
        </Transition>
    }
}
