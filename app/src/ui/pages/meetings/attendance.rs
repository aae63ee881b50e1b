//! Who was invited and who came, with the quorum: how many must be present and whether
//! they were. Those who record mark each invitee present, absent or excused.
use crate::api::meetings::RecordAttendance;
use crate::domain::meeting_rules;
use crate::i18n::*;
use crate::model::meetings::Meeting;
use crate::ui::components::form_state::{form_failure, form_succeeded, FailureAlert};
use crate::ui::components::refresh::refresh_on_success;
use crate::ui::components::{format, meeting_labels};
use leptos::prelude::*;

#[component]
pub fn Attendance(meeting: Meeting) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RecordAttendance>::new();
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    let (present, invited, needed) = (
        format::number(meeting.present as i64),
        format::number(meeting.invitees.len() as i64),
        format::number(meeting.quorum_needed as i64),
    );
    let quorum = if meeting.has_quorum {
        t_string!(i18n, meetings.quorum_reached)
    } else {
        t_string!(i18n, meetings.quorum_missing)
    };
    let may_record = meeting.may_record;
    let id = meeting.id;
    let rows = meeting
        .invitees
        .into_iter()
        .map(|person| {
            let cell = if may_record {
                let options = meeting_rules::Attendance::ALL.iter().map(|a| {
                    let value = format!("{}:{}", person.user_id, a.as_str());
                    let chosen = *a == person.attendance;
                    view! { <option value=value selected=chosen>{meeting_labels::attendance(*a)}</option> }
                }).collect_view();
                let label = t_string!(i18n, meetings.attendance_of, name = person.name.clone()).to_string();
                view! { <select name="marks[]" aria-label=label>{options}</select> }.into_any()
            } else {
                meeting_labels::attendance(person.attendance).into_any()
            };
            view! { <tr><td>{person.name}</td><td>{cell}</td></tr> }
        })
        .collect_view();
    let table = view! {
        <div class="table-wrap"><table class="data attendance">
            <thead><tr><th scope="col">{t!(i18n, meetings.member)}</th><th scope="col">{t!(i18n, meetings.attendance)}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    };
    view! {
        <section aria-labelledby="attendance-h">
            <h2 id="attendance-h">{t!(i18n, meetings.attendance)}</h2>
            <p class="quorum" class:ok=meeting.has_quorum>
                <strong>{quorum}</strong>" — "
                {t!(i18n, meetings.quorum_count, present = present, invited = invited, needed = needed)}
            </p>
            {if may_record {
                view! {
                    <FailureAlert failure />
                    <ActionForm action attr:novalidate=true>
                        <input type="hidden" name="meeting" value=id />
                        {table}
                        <button type="submit" class="button secondary no-print" disabled=move || action.pending().get()>
                            {t!(i18n, meetings.save_attendance)}
                        </button>
                    </ActionForm>
                }.into_any()
            } else {
                table.into_any()
            }}
        </section>
    }
}
