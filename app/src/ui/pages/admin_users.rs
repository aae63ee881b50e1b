use crate::api::AppError;
use crate::api::{list_accounts, SetAccountDisabled, SetAccountRole};
use crate::domain::digits::parse_number;
use crate::domain::permissions::{may, Action, Actor, Section, Target};
use crate::domain::roles::Role;
use crate::i18n::*;
use crate::model::{AccountPage, AccountSummary};
use crate::ui::components::refusal::Refusal;
use crate::ui::components::{format, sign_in_required::SignInRequired};
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::account::role_name;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, admin.title).to_string() />
        <Transition fallback=|| ()>
            // Still loading: nothing yet (a refusal now would set the page's status too early).
            {move || session.user.get().map(|user| {
                let actor = user.as_ref().map(|u| Actor::new(u.id, u.role));
                match actor {
                    None => view! { <SignInRequired /> }.into_any(),
                    Some(a) if !may(Some(&a), Action::Open(Section::Admin), Target::Portal) => view! {
                        <Refusal error=AppError::Forbidden />
                    }.into_any(),
                    Some(a) => view! { <AccountAdmin me=a.user_id /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn AccountAdmin(me: i64) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default();
    let page = move || {
        query
            .read()
            .get("page")
            .and_then(|p| parse_number(&p))
            .unwrap_or(1)
            .max(1)
    };
    let set_role = ServerAction::<SetAccountRole>::new();
    let set_disabled = ServerAction::<SetAccountDisabled>::new();
    let accounts = Resource::new(
        move || {
            (
                search(),
                page(),
                set_role.version().get(),
                set_disabled.version().get(),
            )
        },
        |(q, p, _, _)| async move { list_accounts(q, p).await },
    );
    let href = move |p: i64| format!("/admin/users?q={}&page={p}", urlencode(&search()));
    view! {
        <h1>{t!(i18n, admin.title)}</h1>
        <p class="actions"><a href="/admin/outbox">{t!(i18n, admin.outbox_link)}</a></p>
        <form method="get" action="/admin/users" class="search-form" role="search">
            <label for="account-search">{t!(i18n, admin.search_label)}</label>
            <div class="search-row">
                <input id="account-search" type="search" name="q" value=search />
                <button type="submit" class="button">{t!(i18n, admin.search)}</button>
            </div>
        </form>
        <Transition fallback=|| ()>
            {move || accounts.get().map(|result| match result {
                Err(error) => view! { <Refusal error /> }.into_any(),
                Ok(AccountPage { rows, total, page, pages }) => view! {
                    <p class="muted">{t!(i18n, admin.total, count = move || format::number(total))}</p>
                    {if rows.is_empty() {
                        view! { <div class="panel empty-state"><p>{t!(i18n, admin.empty)}</p></div> }.into_any()
                    } else {
                        view! { <AccountTable rows me set_role set_disabled /> }.into_any()
                    }}
                    <nav class="pager" aria-label=move || t_string!(i18n, admin.page_of, page = format::number(page), pages = format::number(pages)).to_string()>
                        {(page > 1).then(|| view! { <a rel="prev" href=href(page - 1)>{t!(i18n, admin.previous)}</a> })}
                        <span>{t!(i18n, admin.page_of, page = move || format::number(page), pages = move || format::number(pages))}</span>
                        {(page < pages).then(|| view! { <a rel="next" href=href(page + 1)>{t!(i18n, admin.next)}</a> })}
                    </nav>
                }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn AccountTable(
    rows: Vec<AccountSummary>,
    me: i64,
    set_role: ServerAction<SetAccountRole>,
    set_disabled: ServerAction<SetAccountDisabled>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap">
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, admin.col_name)}</th>
                        <th scope="col">{t!(i18n, admin.col_username)}</th>
                        <th scope="col">{t!(i18n, admin.col_role)}</th>
                        <th scope="col">{t!(i18n, admin.col_status)}</th>
                        <th scope="col">{t!(i18n, admin.col_actions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <AccountRow row me set_role set_disabled /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn AccountRow(
    row: AccountSummary,
    me: i64,
    set_role: ServerAction<SetAccountRole>,
    set_disabled: ServerAction<SetAccountDisabled>,
) -> impl IntoView {
    let i18n = use_i18n();
    let is_me = row.id == me;
    let select_id = format!("role-{}", row.id);
    let current = row.role;
    view! {
        <tr>
            <th scope="row">{row.display_name.clone()} {is_me.then(|| view! { " " <span class="muted">{t!(i18n, admin.yourself)}</span> })}</th>
            <td dir="ltr">{row.username.clone()}</td>
            <td>{role_name(row.role)}</td>
            <td>
                {if row.disabled {
                    view! { <span class="badge danger">{t!(i18n, admin.disabled)}</span> }.into_any()
                } else {
                    view! { <span class="badge ok">{t!(i18n, admin.active)}</span> }.into_any()
                }}
            </td>
            <td class="row-actions">
                {(!is_me).then(|| view! {
                    <ActionForm action=set_role attr:novalidate=true attr:class="inline-form">
                        <input type="hidden" name="user_id" value=row.id />
                        <label class="visually-hidden" for=select_id.clone()>{t!(i18n, admin.change_role)}</label>
                        <select id=select_id name="role">
                            {Role::ALL.into_iter().map(|r| view! {
                                <option value=r.as_str() selected=r == current>{role_name(r)}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button small secondary">{t!(i18n, admin.save_role)}</button>
                    </ActionForm>
                    {if row.disabled {
                        view! {
                            <ActionForm action=set_disabled attr:novalidate=true attr:class="inline-form">
                                <input type="hidden" name="user_id" value=row.id />
                                <input type="hidden" name="disabled" value="false" />
                                <button type="submit" class="button small secondary">{t!(i18n, admin.enable)}</button>
                            </ActionForm>
                        }.into_any()
                    } else {
                        view! {
                            <details class="confirm">
                                <summary class="button small danger">{t!(i18n, admin.disable)}</summary>
                                <div class="confirm-body">
                                    <p>{t!(i18n, admin.disable_warning)}</p>
                                    <ActionForm action=set_disabled attr:novalidate=true>
                                        <input type="hidden" name="user_id" value=row.id />
                                        <input type="hidden" name="disabled" value="true" />
                                        <button type="submit" class="button small danger">{t!(i18n, admin.disable_confirm)}</button>
                                    </ActionForm>
                                </div>
                            </details>
                        }.into_any()
                    }}
                })}
            </td>
        </tr>
    }
}

/// Percent-encodes a query value for the pager links.
fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
