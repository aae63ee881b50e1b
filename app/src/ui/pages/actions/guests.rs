use crate::api::actions::{InviteGuest, MarkGuest, RaiseProblem};
use crate::domain::action_rules::GuestKind;
use crate::i18n::*;
use crate::model::actions::{GuestView, ProblemView};
use crate::model::directory::Named;
use crate::ui::components::action_labels;
use crate::ui::components::choice_field::{SelectField, TextAreaField};
use crate::ui::components::field::Field;
use crate::ui::components::form_state::{form_errors, form_failure, FailureAlert};
use crate::ui::components::id_scope::IdScope;
use leptos::context::Provider;
use leptos::prelude::*;

/// Who was invited and whether they came; those who run the action invite and mark them.
#[component]
pub fn Guests(
    action_id: i64,
    guests: Vec<GuestView>,
    organisations: Vec<Named>,
    manage: bool,
    open: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let invite = ServerAction::<InviteGuest>::new();
    let errors = form_errors(invite.value());
    let failure = form_failure(invite.value());
    let kinds: Vec<(String, String)> = GuestKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), action_labels::guest_kind(*k)))
        .collect();
    let orgs: Vec<(String, String)> = std::iter::once((
        String::new(),
        t_string!(i18n, actions.guest_no_organisation).to_string(),
    ))
    .chain(
        organisations
            .into_iter()
            .map(|o| (o.id.to_string(), o.name)),
    )
    .collect();
    view! {
        <section class="panel" aria-labelledby="guests-h" id="guests">
            <h2 id="guests-h">{t!(i18n, actions.guests)}</h2>
            {if guests.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.no_guests)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap"><table class="data">
                        <caption class="visually-hidden">{t!(i18n, actions.guests)}</caption>
                        <thead><tr>
                            <th scope="col">{t!(i18n, actions.guest_name)}</th>
                            <th scope="col">{t!(i18n, actions.guest_kind)}</th>
                            <th scope="col">{t!(i18n, actions.guest_came)}</th>
                            {manage.then(|| view! { <th scope="col"><span class="visually-hidden">{t!(i18n, actions.guest_mark)}</span></th> })}
                        </tr></thead>
                        <tbody>
                            {guests.into_iter().map(|g| view! { <GuestRow g manage /> }).collect_view()}
                        </tbody>
                    </table></div>
                }.into_any()
            }}
            {(manage && open).then(|| view! {
                <h3 id="invite-h">{t!(i18n, actions.invite)}</h3>
                <FailureAlert failure />
                <Provider value=IdScope("guest-")>
                    <ActionForm action=invite attr:novalidate=true attr:aria-labelledby="invite-h">
                        <input type="hidden" name="id" value=action_id />
                        <Field name="guest_name" required=true errors>{t!(i18n, actions.guest_name)}</Field>
                        <SelectField name="guest_kind" options=kinds.clone() selected="agency" errors>{t!(i18n, actions.guest_kind)}</SelectField>
                        <SelectField name="guest_organisation" options=orgs.clone() errors>{t!(i18n, actions.guest_organisation)}</SelectField>
                        <button type="submit" class="button">{t!(i18n, actions.invite)}</button>
                    </ActionForm>
                </Provider>
            })}
        </section>
    }
}

#[component]
fn GuestRow(g: GuestView, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let mark = ServerAction::<MarkGuest>::new();
    let came = match g.came {
        Some(true) => t_string!(i18n, actions.came_yes).to_string(),
        Some(false) => t_string!(i18n, actions.came_no).to_string(),
        None => t_string!(i18n, actions.came_unknown).to_string(),
    };
    let named = format!("guest-{}-name", g.id);
    let (came_by, absent_by) = (named.clone(), named.clone());
    view! {
        <tr id=format!("guest-{}", g.id)>
            <td dir="auto" id=named.clone()>
                {g.name.clone()}
                {g.organisation.clone().map(|o| view! { " " <a class="muted" href=format!("/organisations/{}", o.id) dir="auto">{o.name}</a> })}
            </td>
            <td>{action_labels::guest_kind(g.kind)}</td>
            <td>{came}</td>
            {manage.then(move || view! {
                <td>
                    <ActionForm action=mark attr:class="inline">
                        <input type="hidden" name="id" value=g.id />
                        <input type="hidden" name="came" value="1" />
                        <button type="submit" class="button small secondary" aria-describedby=came_by>{t!(i18n, actions.mark_came)}</button>
                    </ActionForm>
                    " "
                    <ActionForm action=mark attr:class="inline">
                        <input type="hidden" name="id" value=g.id />
                        <input type="hidden" name="came" value="0" />
                        <button type="submit" class="button small secondary" aria-describedby=absent_by>{t!(i18n, actions.mark_absent)}</button>
                    </ActionForm>
                </td>
            })}
        </tr>
    }
}

/// Problems raised with the guests, each with the board task that follows it up.
#[component]
pub fn Problems(
    action_id: i64,
    problems: Vec<ProblemView>,
    guests: Vec<GuestView>,
    boards: Vec<Named>,
    manage: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let raise = ServerAction::<RaiseProblem>::new();
    let errors = form_errors(raise.value());
    let failure = form_failure(raise.value());
    let guest_options: Vec<(String, String)> =
        std::iter::once((String::new(), t_string!(i18n, actions.no_guest).to_string()))
            .chain(guests.into_iter().map(|g| (g.id.to_string(), g.name)))
            .collect();
    let board_options: Vec<(String, String)> =
        std::iter::once((String::new(), t_string!(i18n, actions.no_task).to_string()))
            .chain(boards.into_iter().map(|b| (b.id.to_string(), b.name)))
            .collect();
    view! {
        <section class="panel" aria-labelledby="problems-h" id="problems">
            <h2 id="problems-h">{t!(i18n, actions.problems)}</h2>
            {if problems.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.no_problems)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list">
                        {problems.into_iter().map(|p| view! {
                            <li id=format!("problem-{}", p.id)>
                                <p class="prewrap" dir="auto">{p.problem.clone()}</p>
                                {p.guest.clone().map(|g| view! { <p class="muted">{t!(i18n, actions.raised_with, name = g)}</p> })}
                                {p.task.clone().map(|t| view! {
                                    <p>
                                        <a href=format!("/working-groups/{}/board/cards/{}", t.working_group.id, t.card_id)>{t!(i18n, actions.follow_up_task)}</a>
                                        " " <span class="muted" dir="auto">{t.working_group.name.clone()}</span>
                                        {t.done.then(|| view! { " " <span class="badge">{t!(i18n, actions.task_done)}</span> })}
                                    </p>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {manage.then(|| view! {
                <h3 id="raise-h">{t!(i18n, actions.raise)}</h3>
                <FailureAlert failure />
                <ActionForm action=raise attr:novalidate=true attr:aria-labelledby="raise-h">
                    <input type="hidden" name="id" value=action_id />
                    <TextAreaField name="problem" rows=3 errors>{t!(i18n, actions.problem)}</TextAreaField>
                    <SelectField name="problem_guest" options=guest_options.clone() errors>{t!(i18n, actions.problem_guest)}</SelectField>
                    <SelectField name="board" options=board_options.clone() errors>{t!(i18n, actions.problem_board)}</SelectField>
                    <button type="submit" class="button">{t!(i18n, actions.raise)}</button>
                </ActionForm>
            })}
        </section>
    }
}
