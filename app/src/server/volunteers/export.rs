//! Volunteers as a table for the CSV and Excel exports. An intermediary's representatives get
//! their own volunteers in full (they are the ones who contact them); officials get every
//! volunteer with the identity masked (initials, the national code's last two digits, no
//! mobile), as on the pages; anyone else gets nothing.
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::volunteer_rules::{masked_code, masked_name, VolunteerState};
use crate::i18n::*;
use crate::server::db::volunteers::{self as store, VolunteerRow};
use crate::server::db::{service, Db};
use crate::server::export_table::{date_of, number, text, Kind, Table, Value};
use crate::ui::components::volunteer_labels;
use std::collections::HashMap;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn table(db: &Db, actor: &Actor, locale: Locale) -> Result<Table, AppError> {
    let intermediaries = store::intermediaries(db.read()).await?;
    let own: Vec<i64> = intermediaries
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| actor.organisations.contains(id))
        .collect();
    let listed: Vec<i64> = if actor.is_staff() {
        intermediaries.iter().map(|(id, _)| *id).collect()
    } else {
        own.clone()
    };
    if listed.is_empty() {
        return Err(AppError::Forbidden);
    }
    let names: HashMap<i64, String> = store::all_roles(db.read())
        .await?
        .iter()
        .map(|r| {
            let role = crate::model::volunteers::RoleName {
                id: r.id,
                code: r.code.clone(),
                name: r.name.clone(),
            };
            (r.id, volunteer_labels::role_in(locale, &role))
        })
        .collect();
    let separator = td_string!(locale, directory.list_separator);
    let mut rows = Vec::new();
    for intermediary in listed {
        let mut offers: HashMap<i64, Vec<String>> = HashMap::new();
        for (volunteer, role) in store::offers_of_intermediary(db.read(), intermediary).await? {
            if let Some(name) = names.get(&role) {
                offers.entry(volunteer).or_default().push(name.clone());
            }
        }
        let minutes: HashMap<i64, i64> = service::approved_totals(db.read(), Some(intermediary))
            .await?
            .into_iter()
            .map(|(volunteer, m, _)| (volunteer, m))
            .collect();
        let contact = own.contains(&intermediary);
        for v in store::all_of_intermediary(db.read(), intermediary).await? {
            let roles = offers.remove(&v.id).unwrap_or_default().join(separator);
            let approved = minutes.get(&v.id).copied().unwrap_or_default();
            rows.push(row(v, contact, roles, approved, locale));
        }
    }
    let columns = [
        (td_string!(locale, dashboard.number), Kind::Integer),
        (td_string!(locale, volunteers.full_name), Kind::Text),
        (td_string!(locale, volunteers.national_code), Kind::Text),
        (td_string!(locale, volunteers.mobile), Kind::Text),
        (td_string!(locale, volunteers.birth_year), Kind::Integer),
        (td_string!(locale, volunteers.neighbourhood), Kind::Text),
        (td_string!(locale, volunteers.intermediary), Kind::Text),
        (td_string!(locale, volunteers.roles), Kind::Text),
        (td_string!(locale, volunteers.state), Kind::Text),
        (td_string!(locale, volunteers.applied_on), Kind::Date),
        (td_string!(locale, volunteers.export_hours), Kind::Integer),
    ];
    Ok(Table::new("volunteers", &columns).with_rows(rows))
}

/// One volunteer's row; the identity in full only with `contact`.
fn row(v: VolunteerRow, contact: bool, roles: String, minutes: i64, locale: Locale) -> Vec<Value> {
    let state = VolunteerState::parse(&v.state).unwrap_or(VolunteerState::Applied);
    let (name, code, mobile) = if contact {
        (v.full_name, v.national_code, text(v.mobile))
    } else {
        (
            masked_name(&v.full_name),
            masked_code(&v.national_code),
            Value::Empty,
        )
    };
    vec![
        number(Some(v.id)),
        text(name),
        text(code),
        mobile,
        number(Some(v.birth_year)),
        v.neighbourhood.map_or(Value::Empty, text),
        text(v.intermediary),
        text(roles),
        text(volunteer_labels::state_in(locale, state)),
        date_of(Some(v.applied_at)),
        // Whole hours: a spreadsheet sums them.
        number(Some((minutes + 30) / 60)),
    ]
}
