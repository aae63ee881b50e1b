use crate::api::proposals::AddComment;
use crate::i18n::*;
use crate::model::proposals::CommentEntry;
use crate::ui::components::choice_field::TextAreaField;
use crate::ui::components::form_state::{form_errors, form_failure, form_succeeded, FailureAlert};
use crate::ui::components::format;
use crate::ui::components::refresh::refresh_on_success;
use leptos::prelude::*;

/// The discussion on a proposal, oldest first, and a box to add to it.
#[component]
pub fn Comments(id: i64, comments: Vec<CommentEntry>, may_comment: bool) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<AddComment>::new();
    let errors = form_errors(action.value());
    let failure = form_failure(action.value());
    refresh_on_success(form_succeeded(action.value()));
    view! {
        <section class="panel" aria-labelledby="comments-h">
            <h2 id="comments-h">{t!(i18n, proposals.comments)}</h2>
            {if comments.is_empty() {
                view! { <p class="muted">{t!(i18n, proposals.no_comments)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain list comments">
                        {comments.into_iter().map(|c| view! {
                            <li id=format!("comment-{}", c.id)>
                                <p class="small"><strong>{c.author}</strong> " " <span class="muted">{format::date(c.at_ms)}</span></p>
                                <p class="prose" dir="auto">{c.body}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {may_comment.then(|| view! {
                <FailureAlert failure />
                <ActionForm action attr:novalidate=true>
                    <input type="hidden" name="id" value=id />
                    <TextAreaField name="body" rows=3 errors hint=t!(i18n, proposals.mention_hint).into_any()>{t!(i18n, proposals.add_comment)}</TextAreaField>
                    <button type="submit" class="button secondary" disabled=move || action.pending().get()>{t!(i18n, proposals.post_comment)}</button>
                </ActionForm>
            })}
        </section>
    }
}
