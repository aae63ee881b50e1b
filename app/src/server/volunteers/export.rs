//! Volunteers as a table for the CSV and Excel exports. An intermediary's representatives get
//! their own volunteers in full (they are the ones who contact them); a centre (its manager,
//! the organisation running it) the volunteers it accepted, with name and mobile (the national
//! code cut); officials get every volunteer with the identity masked (initials, the national
//! code's last two digits, no mobile), as on the pages; anyone else gets nothing.
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::volunteer_rules::{masked_code, masked_name, VolunteerState};
use crate::i18n::*;
use crate::server::centres::standing;
use crate::server::db::centres::{self as centre_store, CentresOf};
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
    let at_centres: Vec<i64> = centre_store::list(db.read(), CentresOf::All)
        .await?
        .iter()
        .filter(|c| standing(Some(actor), c).sees_identities())
        .map(|c| c.id)
        .collect();
    if listed.is_empty() && at_centres.is_empty() {
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
    let roles_of = |offers: Vec<(i64, i64)>| {
        let mut by_volunteer: HashMap<i64, Vec<String>> = HashMap::new();
        for (volunteer, role) in offers {
            if let Some(name) = names.get(&role) {
                by_volunteer
                    .entry(volunteer)
                    .or_default()
                    .push(name.clone());
            }
        }
        by_volunteer
    };
    let mut rows = Vec::new();
    let mut included = Vec::new();
    for intermediary in listed {
        let mut offers = roles_of(store::offers_of_intermediary(db.read(), intermediary).await?);
        let minutes: HashMap<i64, i64> = service::approved_totals(db.read(), Some(intermediary))
            .await?
            .into_iter()
            .map(|(volunteer, m, _)| (volunteer, m))
            .collect();
        let sees = if own.contains(&intermediary) {
            Sees::All
        } else {
            Sees::Masked
        };
        for v in store::all_of_intermediary(db.read(), intermediary).await? {
            let roles = offers.remove(&v.id).unwrap_or_default().join(separator);
            let approved = minutes.get(&v.id).copied().unwrap_or_default();
            included.push((v.id, sees));
            rows.push(row(v, sees, roles, approved, locale));
        }
    }
    // The centre's own volunteers, unless listed already at least as fully.
    let placed: Vec<VolunteerRow> = store::placed_at(db.read(), &at_centres)
        .await?
        .into_iter()
        .filter(|v| {
            !included
                .iter()
                .any(|(id, sees)| *id == v.id && *sees == Sees::All)
        })
        .collect();
    if !placed.is_empty() {
        let ids: Vec<i64> = placed.iter().map(|v| v.id).collect();
        let mut offers = roles_of(store::offers_of(db.read(), &ids).await?);
        let minutes: HashMap<i64, i64> = service::approved_totals(db.read(), None)
            .await?
            .into_iter()
            .map(|(volunteer, m, _)| (volunteer, m))
            .collect();
        for v in placed {
            let roles = offers.remove(&v.id).unwrap_or_default().join(separator);
            let approved = minutes.get(&v.id).copied().unwrap_or_default();
            // An official who also runs the centre sees it once, as the centre does.
            if let Some(at) = included.iter().position(|(id, _)| *id == v.id) {
                rows.remove(at);
                included.remove(at);
            }
            included.push((v.id, Sees::Centre));
            rows.push(row(v, Sees::Centre, roles, approved, locale));
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
        (td_string!(locale, volunteers.came_through), Kind::Text),
        (td_string!(locale, volunteers.roles), Kind::Text),
        (td_string!(locale, volunteers.state), Kind::Text),
        (td_string!(locale, volunteers.applied_on), Kind::Date),
        (td_string!(locale, volunteers.export_hours), Kind::Integer),
    ];
    Ok(Table::new("volunteers", &columns).with_rows(rows))
}

/// How much of a volunteer's identity a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sees {
    /// Their intermediary: everything.
    All,
    /// The centre that accepted them: name and mobile, the national code cut.
    Centre,
    /// Officials: initials and the code's last two digits.
    Masked,
}

/// One volunteer's row, as much of the identity as `sees` allows.
fn row(v: VolunteerRow, sees: Sees, roles: String, minutes: i64, locale: Locale) -> Vec<Value> {
    let state = VolunteerState::parse(&v.state).unwrap_or(VolunteerState::Applied);
    let (name, code, mobile) = match sees {
        Sees::All => (v.full_name, v.national_code, text(v.mobile)),
        Sees::Centre => (v.full_name, masked_code(&v.national_code), text(v.mobile)),
        Sees::Masked => (
            masked_name(&v.full_name),
            masked_code(&v.national_code),
            Value::Empty,
        ),
    };
    vec![
        number(Some(v.id)),
        text(name),
        text(code),
        mobile,
        number(Some(v.birth_year)),
        v.neighbourhood.map_or(Value::Empty, text),
        text(v.intermediary),
        v.drive.map_or(Value::Empty, text),
        text(roles),
        text(volunteer_labels::state_in(locale, state)),
        date_of(Some(v.applied_at)),
        // Whole hours: a spreadsheet sums them.
        number(Some((minutes + 30) / 60)),
    ]
}
