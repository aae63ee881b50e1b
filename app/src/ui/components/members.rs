//! A committee's or working group's members, grouped as executive agencies, NGOs and other
//! organisations, and experts, each with their role and period.
use crate::domain::codes::OrgKind;
use crate::i18n::*;
use crate::model::directory::{Member, MemberKind};
use crate::ui::components::{format, labels};
use leptos::prelude::*;

fn href(m: &Member) -> String {
    match m.kind {
        MemberKind::Person => format!("/people/{}", m.member_id),
        MemberKind::Organisation(_) => format!("/organisations/{}", m.member_id),
    }
}

#[component]
fn MemberItem(member: Member) -> impl IntoView {
    let i18n = use_i18n();
    let period = match &member.until {
        Some(until) => format!("{} – {}", format::day(&member.since), format::day(until)),
        None => format!(
            "{} {}",
            t_string!(i18n, directory.since),
            format::day(&member.since)
        ),
    };
    view! {
        <li class="member">
            <a href=href(&member)>{member.name.clone()}</a>
            <span class="badge role">{labels::committee_role(member.role)}</span>
            {(!member.detail.is_empty()).then(|| view! { <span class="muted">{member.detail.clone()}</span> })}
            <span class="muted small">{period}</span>
        </li>
    }
}

/// Members in three groups; a group with nobody is left out.
#[component]
pub fn MemberGroups(members: Vec<Member>) -> impl IntoView {
    let i18n = use_i18n();
    let pick = |f: &dyn Fn(&MemberKind) -> bool| -> Vec<Member> {
        members.iter().filter(|m| f(&m.kind)).cloned().collect()
    };
    let agencies = pick(&|k| matches!(k, MemberKind::Organisation(OrgKind::Agency)));
    let organisations =
        pick(&|k| matches!(k, MemberKind::Organisation(k) if *k != OrgKind::Agency));
    let experts = pick(&|k| matches!(k, MemberKind::Person));
    let group = move |title: String, list: Vec<Member>| {
        (!list.is_empty()).then(|| view! {
            <div class="member-group">
                <h3>{title}</h3>
                <ul class="plain">
                    {list.into_iter().map(|member| view! { <MemberItem member /> }).collect_view()}
                </ul>
            </div>
        })
    };
    view! {
        <div class="member-groups">
            {group(t_string!(i18n, directory.agencies).to_string(), agencies)}
            {group(t_string!(i18n, directory.ngos).to_string(), organisations)}
            {group(t_string!(i18n, directory.experts).to_string(), experts)}
        </div>
    }
}
