use crate::i18n::*;
use crate::ui::components::format;
use leptos::prelude::*;

/// Previous / next links with "page x of y"; plain links, so they work without JavaScript.
#[component]
pub fn Pager<F>(page: i64, pages: i64, href: F) -> impl IntoView
where
    F: Fn(i64) -> String + 'static,
{
    let i18n = use_i18n();
    (pages > 1).then(|| {
        let previous = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! {
            <nav class="pager" aria-label=move || t_string!(i18n, directory.pages)>
                {previous.map(|h| view! { <a href=h rel="prev">{t!(i18n, directory.previous)}</a> })}
                <span>{t!(i18n, directory.page_of, page = move || format::number(page), pages = move || format::number(pages))}</span>
                {next.map(|h| view! { <a href=h rel="next">{t!(i18n, directory.next)}</a> })}
            </nav>
        }
    })
}

/// Percent-encodes a query value for links.
pub fn urlencode(value: &str) -> String {
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
