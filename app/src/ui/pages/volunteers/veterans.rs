use super::veteran_actions::VeteranActions;
use crate::api::veterans::get_veterans;
use crate::domain::veteran_rules::YEAR_CHOICES;
use crate::i18n::*;
use crate::model::veterans::{VeteranPage, VeteranView};
use crate::ui::components::format;
use crate::ui::components::pager::Pager;
use crate::ui::pages::directory::LoadFailed;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The list's filters as the address carries them.
#[derive(Clone, Debug, PartialEq)]
struct Asked {
    years: Option<i64>,
    hours: Option<i64>,
    centre: Option<i64>,
    county: Option<String>,
    not_honoured: bool,
    page: Option<i64>,
}

/// `/volunteers/veterans`: veterans for recognition events, by years of service and approved
/// hours, at a centre or everywhere, those not yet honoured; who has died, and the honours
/// given (officials and intermediaries' representatives).
#[component]
pub fn VeteransPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| {
            let n = |k: &str| {
                q.get(k)
                    .and_then(|v| crate::domain::digits::parse_number(&v))
            };
            Asked {
                years: n("years"),
                hours: n("hours"),
                centre: n("centre"),
                county: q.get("county").filter(|c| !c.trim().is_empty()),
                not_honoured: q.get("not_honoured").is_some(),
                page: n("page"),
            }
        })
    };
    let list = Resource::new(asked, |a| {
        get_veterans(a.years, a.hours, a.centre, a.county, a.not_honoured, a.page)
    });
    view! {
        <Title text=t_string!(i18n, veterans.title).to_string() />
        <nav class="crumbs" aria-label=move || t_string!(i18n, directory.breadcrumbs)>
            <a href="/volunteers">{t!(i18n, volunteers.title)}</a>
        </nav>
        <h1>{t!(i18n, veterans.title)}</h1>
        <p class="hint">{t!(i18n, veterans.intro)}</p>
        <Transition fallback=|| ()>
            {move || list.get().map(|result| match result {
                Err(error) => view! { <LoadFailed error /> }.into_any(),
                Ok(page) => view! { <Veterans page asked=asked() /> }.into_any(),
            })}
        </Transition>
    }
}

#[component]
fn Veterans(page: VeteranPage, asked: Asked) -> impl IntoView {
    let i18n = use_i18n();
    let years = asked
        .years
        .filter(|y| YEAR_CHOICES.contains(y))
        .unwrap_or(1);
    let href = {
        let a = asked.clone();
        move |p: i64| {
            let mut q = format!("/volunteers/veterans?years={years}&page={p}");
            if let Some(h) = a.hours {
                q.push_str(&format!("&hours={h}"));
            }
            if let Some(c) = a.centre {
                q.push_str(&format!("&centre={c}"));
            }
            if let Some(c) = &a.county {
                let c =
                    percent_encoding::utf8_percent_encode(c, percent_encoding::NON_ALPHANUMERIC);
                q.push_str(&format!("&county={c}"));
            }
            if a.not_honoured {
                q.push_str("&not_honoured=1");
            }
            q
        }
    };
    view! {
        <form method="get" action="/volunteers/veterans" class="panel filters" role="search" aria-label=move || t_string!(i18n, veterans.filters)>
            <div class="row-fields">
                <div class="field">
                    <label for="veterans-years">{t!(i18n, veterans.min_years)}</label>
                    <select id="veterans-years" name="years">
                        {YEAR_CHOICES.into_iter().map(|y| view! {
                            <option value=y selected=y == years>
                                {if y == 0 { t_string!(i18n, veterans.any_years).to_string() } else { t_string!(i18n, veterans.years_at_least, n = format::number(y)).to_string() }}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="veterans-hours">{t!(i18n, veterans.min_hours)}</label>
                    <input id="veterans-hours" name="hours" inputmode="numeric" dir="ltr" value=asked.hours.map(|h| h.to_string()) />
                </div>
                <div class="field">
                    <label for="veterans-centre">{t!(i18n, veterans.centre)}</label>
                    <select id="veterans-centre" name="centre">
                        <option value="">{t!(i18n, veterans.every_centre)}</option>
                        {page.centres.iter().map(|c| view! { <option value=c.id selected=asked.centre == Some(c.id)>{c.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="veterans-county">{t!(i18n, veterans.county)}</label>
                    <select id="veterans-county" name="county">
                        <option value="">{t!(i18n, veterans.every_county)}</option>
                        {page.counties.iter().map(|c| {
                            let chosen = asked.county.as_deref() == Some(c.as_str());
                            view! { <option value=c.clone() selected=chosen>{c.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="check">
                <input type="checkbox" id="veterans-not-honoured" name="not_honoured" value="1" checked=asked.not_honoured />
                <label for="veterans-not-honoured">{t!(i18n, veterans.not_honoured)}</label>
            </div>
            <button type="submit" class="button secondary">{t!(i18n, veterans.show)}</button>
        </form>
        <p role="status">{t!(i18n, veterans.count, n = format::number(page.total))}</p>
        {if page.items.is_empty() {
            view! { <div class="panel empty-state"><p>{t!(i18n, veterans.none)}</p></div> }.into_any()
        } else {
            view! {
                <ul class="cards plain">
                    {page.items.into_iter().map(|v| view! { <Veteran v /> }).collect_view()}
                </ul>
                <Pager page=page.page pages=page.pages href />
            }.into_any()
        }}
    }
}

#[component]
fn Veteran(v: VeteranView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="card" id=format!("veteran-{}", v.id)>
            <h2 class="h3" dir="auto">
                {v.name.clone()}
                {v.died_on.clone().map(|d| view! { " " <span class="badge">{t!(i18n, veterans.died, day = format::day(&d))}</span> })}
            </h2>
            <p class="small">
                {t!(i18n, veterans.years, n = format::number(v.years))} " · "
                {t!(i18n, service.hours_count, hours = format::hours(v.minutes))} " · "
                {t!(i18n, veterans.since, day = format::day(&v.first_on))}
            </p>
            <p class="small">
                <a href=format!("/organisations/{}", v.intermediary.id) dir="auto">{v.intermediary.name.clone()}</a>
                {v.neighbourhood.clone().map(|n| view! { " · " <span dir="auto">{n}</span> })}
                {v.county.clone().map(|c| view! { " · " <span dir="auto" class="county">{c}</span> })}
            </p>
            {v.family_contact.clone().map(|c| view! { <p class="small">{t!(i18n, veterans.family_contact)} ": " <span dir="auto">{c}</span></p> })}
            <p class="small">
                {match v.honoured_on.clone() {
                    Some(day) => view! { {t!(i18n, veterans.honoured, day = format::day(&day), n = format::number(v.honours))} }.into_any(),
                    None => view! { <span class="muted">{t!(i18n, veterans.never_honoured)}</span> }.into_any(),
                }}
            </p>
            <VeteranActions id=v.id may_record_death=v.may_record_death && v.died_on.is_none() />
        </li>
    }
}
