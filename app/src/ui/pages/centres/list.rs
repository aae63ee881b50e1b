use super::requests::RequestLine;
use crate::api::centres::list_centres;
use crate::i18n::*;
use crate::model::centres::CentreCard;
use crate::ui::components::{format, volunteer_labels};
use crate::ui::layout::user::use_session_user;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/centres`: every centre that takes volunteers, with its open requests: public.
#[component]
pub fn CentresPage() -> impl IntoView {
    let i18n = use_i18n();
    let centres = Resource::new(|| (), |_| list_centres(None, None));
    let session = use_session_user();
    view! {
        <Title text=t_string!(i18n, centres.title).to_string() />
        <h1>{t!(i18n, centres.title)}</h1>
        <p class="hint">{t!(i18n, centres.intro)}</p>
        <Transition fallback=|| ()>
            {move || session.user.get().flatten().map(|_| view! {
                <p class="actions"><a class="button secondary" href="/centres/new">{t!(i18n, centres.open_new)}</a></p>
            })}
            {move || centres.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) => view! { <CentreCards list /> }.into_any(),
            })}
        </Transition>
    }
}

/// Centres as cards (the list page, a neighbourhood's page), or a sentence when there is none.
#[component]
pub fn CentreCards(
    list: Vec<CentreCard>,
    /// Inside a panel with its own heading: the names are third-level headings.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    if list.is_empty() {
        return view! { <div class="panel empty-state"><p>{t!(i18n, centres.none)}</p></div> }
            .into_any();
    }
    view! {
        <ul class="cards plain">
            {list.into_iter().map(|c| view! {
                <li class="card">
                    {if nested {
                        view! { <h3 dir="auto"><a href=format!("/centres/{}", c.id)>{c.name.clone()}</a></h3> }.into_any()
                    } else {
                        view! { <h2 dir="auto"><a href=format!("/centres/{}", c.id)>{c.name.clone()}</a></h2> }.into_any()
                    }}
                    <p class="small">
                        <span class="badge">{volunteer_labels::centre_kind(c.kind)}</span> " "
                        <a href=format!("/neighbourhoods/{}", c.neighbourhood.id)>{c.neighbourhood.name.clone()}</a>
                        " · "
                        <a href=format!("/organisations/{}", c.organisation.id)>{c.organisation.name.clone()}</a>
                    </p>
                    <p class="small">{t!(i18n, centres.open_requests)} ": " {format::number(c.requests.len() as i64)}</p>
                    {(!c.requests.is_empty()).then(|| view! {
                        <ul class="plain requests">
                            {c.requests.clone().into_iter().map(|request| view! {
                                <li><RequestLine request /></li>
                            }).collect_view()}
                        </ul>
                    })}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A neighbourhood's centres on its page, or an organisation's on its own.
#[component]
pub fn CentresOfPanel(
    #[prop(optional)] neighbourhood: Option<i64>,
    #[prop(optional)] organisation: Option<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let centres = Resource::new(
        move || (neighbourhood, organisation),
        |(n, o)| list_centres(n, o),
    );
    let heading = move || {
        if organisation.is_some() {
            t_string!(i18n, centres.run_by_it)
        } else {
            t_string!(i18n, centres.in_neighbourhood)
        }
    };
    // An organisation that runs no centre shows nothing; a neighbourhood says it has none.
    view! {
        <Transition fallback=|| ()>
            {move || centres.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(list) if list.is_empty() && organisation.is_some() => ().into_any(),
                Ok(list) => view! {
                    <section class="panel" aria-labelledby="centres-h">
                        <h2 id="centres-h">{heading}</h2>
                        <CentreCards list nested=true />
                    </section>
                }.into_any(),
            })}
        </Transition>
    }
}
