//! A task's checklist on its card page: each item ticks and unticks with one button, and a
//! new item is added with a short form (a plain form without JavaScript).
use crate::api::boards::{AddCardCheck, TickCardCheck};
use crate::i18n::*;
use crate::model::boards::CheckItem;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::id_scope::scoped_id;
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

#[component]
pub fn Checklist(board: i64, card: i64, items: Vec<CheckItem>, may_work: bool) -> impl IntoView {
    let i18n = use_i18n();
    let tick = ServerAction::<TickCardCheck>::new();
    let add = ServerAction::<AddCardCheck>::new();
    let errors = form_errors(add.value());
    let failure = form_failure(add.value());
    let tick_failure = form_failure(tick.value());
    refresh_on_success(form_succeeded(tick.value()));
    refresh_on_success(form_succeeded(add.value()));
    let done = items.iter().filter(|c| c.done).count() as i64;
    let total = items.len() as i64;
    let heading = scoped_id("checklist-h");
    let labelled_by = heading.clone();
    view! {
        <section aria-labelledby=labelled_by>
            <h2 id=heading>{t!(i18n, boards.checklist)}</h2>
            <FailureAlert failure=tick_failure />
            {if items.is_empty() {
                view! { <p class="muted">{t!(i18n, boards.no_checklist)}</p> }.into_any()
            } else {
                view! {
                    <p class="muted">{t!(i18n, boards.checklist_progress, done = move || crate::ui::components::format::number(done), total = move || crate::ui::components::format::number(total))}</p>
                    <ul class="checklist">{items.into_iter().map(|c| view! {
                        <li class:done=c.done>
                            <span aria-hidden="true">{if c.done { "☑ " } else { "☐ " }}</span>
                            <span>{c.text.clone()}</span>
                            <span class="visually-hidden">" · "{move || if c.done { t_string!(i18n, boards.check_done) } else { t_string!(i18n, boards.check_open) }}</span>
                            {c.may_tick.then(|| view! {
                                <ActionForm action=tick attr:class="inline-form">
                                    <input type="hidden" name="board" value=board />
                                    <input type="hidden" name="card" value=card />
                                    <input type="hidden" name="item" value=c.id />
                                    <input type="hidden" name="done" value=if c.done { "" } else { "1" } />
                                    <button type="submit" class="link-button">
                                        {move || if c.done { t_string!(i18n, boards.untick) } else { t_string!(i18n, boards.tick) }}
                                        <span class="visually-hidden">" "{c.text.clone()}</span>
                                    </button>
                                </ActionForm>
                            })}
                        </li>
                    }).collect_view()}</ul>
                }.into_any()
            }}
            {may_work.then(|| view! {
                <FailureAlert failure />
                <ActionForm action=add attr:novalidate=true attr:class="check-add">
                    <input type="hidden" name="board" value=board />
                    <input type="hidden" name="card" value=card />
                    <Field name="item" required=true errors>{t!(i18n, boards.check_item)}</Field>
                    <button type="submit" class="button secondary" disabled=move || add.pending().get()>{t!(i18n, boards.add_check)}</button>
                </ActionForm>
            })}
        </section>
    }
}
