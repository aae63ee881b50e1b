//! The meeting's agenda: items in order, each perhaps pointing at a card of the board (a
//! proposal, a project or a task); those who record add and remove items.
use crate::api::meetings::{AddAgendaItem, RemoveAgendaItem};
use crate::i18n::*;
use crate::model::meetings::AgendaItem;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

#[component]
pub fn Agenda(
    meeting: i64,
    items: Vec<AgendaItem>,
    cards: Vec<(i64, String)>,
    may_record: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let remove = ServerAction::<RemoveAgendaItem>::new();
    refresh_on_success(form_succeeded(remove.value()));
    let empty = items.is_empty();
    view! {
        <section aria-labelledby="agenda-h">
            <h2 id="agenda-h">{t!(i18n, meetings.agenda)}</h2>
            {empty.then(|| view! { <p class="muted">{t!(i18n, meetings.no_agenda)}</p> })}
            <ol class="agenda">
                {items.into_iter().map(|item| view! {
                    <li>
                        <span>{item.text.clone()}</span>
                        {item.card.clone().map(|(href, title)| view! { " — "<a href=href>{title}</a> })}
                        {may_record.then(|| view! {
                            <ActionForm action=remove attr:class="inline no-print">
                                <input type="hidden" name="meeting" value=meeting />
                                <input type="hidden" name="item" value=item.id />
                                <button type="submit" class="link-button" aria-label=format!("{} {}", t_string!(i18n, meetings.remove), item.text)>
                                    {t!(i18n, meetings.remove)}
                                </button>
                            </ActionForm>
                        })}
                    </li>
                }).collect_view()}
            </ol>
            {may_record.then(|| view! { <AddItem meeting cards /> })}
        </section>
    }
}

#[component]
fn AddItem(meeting: i64, cards: Vec<(i64, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddAgendaItem>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let options = std::iter::once((String::new(), t_string!(i18n, meetings.no_card).to_string()))
        .chain(cards.into_iter().map(|(id, title)| (id.to_string(), title)))
        .collect::<Vec<_>>();
    view! {
        <details class="panel no-print" open=move || !errors.get().is_empty()>
            <summary>{t!(i18n, meetings.add_agenda_item)}</summary>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="meeting" value=meeting />
                <Field name="item" required=true errors>{t!(i18n, meetings.item_text)}</Field>
                <SelectField name="card" options errors>{t!(i18n, meetings.item_card)}</SelectField>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, meetings.add)}</button>
            </ActionForm>
        </details>
    }
}
