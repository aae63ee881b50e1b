use crate::api::directory::{find_members, AddMembership};
use crate::domain::roles::CommitteeRole;
use crate::i18n::*;
use crate::ui::components::choice_field::SelectField;
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{
    form_echo, form_errors, form_failure, provide_form_echo, FailureAlert,
};
use crate::ui::components::labels;
use crate::ui::islands::loader::IslandScripts;
use crate::ui::islands::{hydrated_marker, page_locale, provide_island_i18n};
use crate::ui::pages::directory::query_param;
use leptos::prelude::*;

/// The official's panel on a committee page, with the page's island loader.
#[component]
pub fn AddMember(committee_id: i64) -> impl IntoView {
    let initial = query_param("member_q")();
    view! {
        <IslandScripts />
        <MemberFinder committee_id initial locale=page_locale() echo=form_echo() />
    }
}

/// Find an organisation or person as you type (or, without JavaScript, with the Find button),
/// then seat them with a role and period; the saved seat reloads the committee's page.
#[island(lazy)]
fn MemberFinder(
    committee_id: i64,
    initial: String,
    locale: Locale,
    echo: Option<(String, String)>,
) -> impl IntoView {
    let i18n = provide_island_i18n(locale);
    provide_form_echo(echo);
    let typed = RwSignal::new(initial.clone());
    let candidates = Resource::new(
        move || typed.get(),
        |q| async move {
            if q.trim().chars().count() < 2 {
                Ok(Vec::new())
            } else {
                find_members(q).await
            }
        },
    );
    let action = ServerAction::<AddMembership>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    let roles: Vec<(String, String)> = CommitteeRole::ALL
        .iter()
        .map(|r| (r.as_str().to_string(), labels::committee_role(*r)))
        .collect();
    let page = format!("/committees/{committee_id}");
    view! {
        <section class="panel" aria-labelledby="add-member-h" data-hydrated=hydrated_marker()>
            <h2 id="add-member-h">{t!(i18n, directory.add_member)}</h2>
            <form method="get" action=format!("{page}#add-member-h") class="filters" role="search">
                <div class="field">
                    <label for="member-q">{t!(i18n, directory.find_member)}</label>
                    <input
                        id="member-q"
                        type="search"
                        name="member_q"
                        autocomplete="off"
                        value=initial.clone()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </div>
                <button type="submit" class="button secondary">{t!(i18n, directory.find)}</button>
            </form>
            <FailureAlert failure />
            <ActionForm action attr:novalidate=true>
                <input type="hidden" name="committee_id" value=committee_id />
                <Transition fallback=|| ()>
                    {move || candidates.get().map(|result| {
                        let list = result.unwrap_or_default();
                        let mut options = vec![(String::new(), if list.is_empty() {
                            t_string!(i18n, directory.type_to_find).to_string()
                        } else {
                            t_string!(i18n, directory.choose).to_string()
                        })];
                        options.extend(list.into_iter().map(|m| {
                            // An organisation's detail is its kind's code; a person's, their affiliation.
                            let detail = crate::domain::codes::OrgKind::parse(&m.detail).map(labels::org_kind).unwrap_or(m.detail);
                            let label = if detail.is_empty() { m.label } else { format!("{} — {detail}", m.label) };
                            (m.value, label)
                        }));
                        view! { <SelectField name="member" options required=true errors>{t!(i18n, directory.member)}</SelectField> }
                    })}
                </Transition>
                <SelectField name="role" options=roles.clone() selected="member" errors>{t!(i18n, directory.role)}</SelectField>
                <Field name="since" required=true dir="ltr" hint=t!(i18n, directory.date_hint).into_any() errors>{t!(i18n, directory.since_date)}</Field>
                <Field name="until" dir="ltr" errors>{t!(i18n, directory.until_date)}</Field>
                <button type="submit" class="button" disabled=move || action.pending().get()>{t!(i18n, directory.add)}</button>
            </ActionForm>
        </section>
    }
}
