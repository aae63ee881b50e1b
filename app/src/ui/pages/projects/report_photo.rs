//! A progress report's photo, or for the lead and partners a plain multipart form to attach
//! one (files do not go through server functions); a problem comes back in the address as
//! `photo_error` with the report's id as `update`.
use crate::domain::upload_issues;
use crate::i18n::*;
use crate::ui::components::field_issue::IssueText;
use crate::ui::pages::directory::query_param;
use leptos::prelude::*;

#[component]
pub fn ReportPhoto(
    project_id: i64,
    update_id: i64,
    photo: bool,
    may_attach: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let (problem, update) = (query_param("photo_error"), query_param("update"));
    let issue = move || {
        if update() != update_id.to_string() {
            return None;
        }
        upload_issues::issue(&problem(), 5 * 1024, 1)
    };
    let input_id = format!("photo-{update_id}");
    let error_id = format!("photo-{update_id}-error");
    if photo {
        return view! {
            <a href=format!("/photos/{update_id}") class="report-photo">
                <img src=format!("/photos/{update_id}") loading="lazy" decoding="async"
                    alt=move || t_string!(i18n, projects.photo_alt).to_string() />
            </a>
        }
        .into_any();
    }
    may_attach
        .then(|| {
            view! {
                <details class="attach-photo" open=move || issue().is_some()>
                    <summary>{t!(i18n, projects.attach_photo)}</summary>
                    <form method="post" enctype="multipart/form-data" novalidate=true
                        action=format!("/projects/{project_id}/updates/{update_id}/photo")>
                        <div class="field" class:invalid=move || issue().is_some()>
                            <label for=input_id.clone()>{t!(i18n, projects.photo_label)}</label>
                            <input id=input_id type="file" name="photo" required=true
                                accept="image/png,image/jpeg,image/webp"
                                aria-invalid=move || issue().is_some().then_some("true")
                                aria-describedby=error_id.clone() />
                            <p class="error" id=error_id hidden=move || issue().is_none()>
                                {move || issue().map(|issue| view! { <IssueText issue /> })}
                            </p>
                        </div>
                        <button type="submit" class="button secondary small">{t!(i18n, projects.attach_photo)}</button>
                    </form>
                </details>
            }
        })
        .into_any()
}
