//! An action's photos, and for those who run it a plain multipart form to add one (files do
//! not go through server functions) and a button to remove each; a problem comes back in the
//! address as `photo_error`.
use crate::domain::action_rules::PHOTOS_MAX;
use crate::domain::upload_issues;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use crate::ui::components::format;
use crate::ui::pages::directory::query_param;
use leptos::prelude::*;

#[component]
pub fn Photos(action_id: i64, title: String, photos: Vec<i64>, manage: bool) -> impl IntoView {
    let i18n = use_i18n();
    let problem = query_param("photo_error");
    let issue = move || upload_issues::issue(&problem(), 5 * 1024, PHOTOS_MAX as u32);
    let room = (photos.len() as i64) < PHOTOS_MAX;
    let count = photos.len();
    if photos.is_empty() && !manage {
        return ().into_any();
    }
    view! {
        <section class="panel" aria-labelledby="photos-h">
            <h2 id="photos-h">{t!(i18n, actions.photos)}</h2>
            {if photos.is_empty() {
                view! { <p class="muted">{t!(i18n, actions.no_photos)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain photo-grid">
                        {photos.into_iter().enumerate().map(|(i, photo)| {
                            let alt = t_string!(i18n, actions.photo_alt, n = format::number(i as i64 + 1), total = format::number(count as i64), title = title.clone()).to_string();
                            view! {
                                <li>
                                    <a href=format!("/action-photos/{photo}")>
                                        <img src=format!("/action-photos/{photo}") loading="lazy" decoding="async" alt=alt.clone() />
                                    </a>
                                    {manage.then(|| view! {
                                        <form method="post" action=format!("/action-photos/{photo}/remove") class="no-print">
                                            <button type="submit" class="button small secondary" aria-label=t_string!(i18n, actions.remove_photo_of, photo = alt.clone()).to_string()>
                                                {t!(i18n, actions.remove_photo)}
                                            </button>
                                        </form>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(manage && room).then(|| view! {
                <form method="post" enctype="multipart/form-data" novalidate=true class="no-print"
                    action=format!("/actions/{action_id}/photos")>
                    <div class="field" class:invalid=move || issue().is_some()>
                        <label for="action-photo">{t!(i18n, actions.add_photo)}</label>
                        <p class="hint" id="action-photo-hint">{t!(i18n, actions.photo_hint, max = format::number(PHOTOS_MAX))}</p>
                        <input id="action-photo" type="file" name="photo" required=true
                            accept="image/png,image/jpeg,image/webp"
                            aria-invalid=move || issue().is_some().then_some("true")
                            aria-describedby="action-photo-hint action-photo-error" />
                        <p class="error" id="action-photo-error" hidden=move || issue().is_none()>
                            {move || issue().map(|issue| view! { <IssueText issue /> })}
                        </p>
                    </div>
                    <button type="submit" class="button secondary">{t!(i18n, actions.add_photo)}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}
