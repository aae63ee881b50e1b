//! The veterans list (officials and intermediaries' representatives), and recording an honour
//! (either) or a death (the volunteer's intermediary only: it is the one in touch with the
//! family). Identities are masked for officials, as everywhere.
use crate::api::AppError;
use crate::domain::directory_rules::{iso, parse_iso};
use crate::domain::paging::{page_count, page_number};
use crate::domain::permissions::Actor;
use crate::domain::validation::FormErrors;
use crate::domain::veteran_rules::{self as rules, Service, VeteranFilter};
use crate::domain::volunteer_rules::masked_name;
use crate::model::directory::Named;
use crate::model::veterans::{VeteranPage, VeteranView};
use crate::server::centres::all_named;
use crate::server::db::veterans::{self as store, VeteranRow};
use crate::server::db::{audit, volunteers, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

const PER_PAGE: i64 = 50;

/// The intermediaries the caller represents; officials see every one's veterans.
async fn own_intermediaries(db: &Db, actor: &Actor) -> Result<Vec<i64>, AppError> {
    Ok(volunteers::intermediaries(db.read())
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| actor.organisations.contains(id))
        .collect())
}

fn view(row: VeteranRow, years: i64, own: bool) -> VeteranView {
    VeteranView {
        id: row.id,
        name: if own {
            row.full_name
        } else {
            masked_name(&row.full_name)
        },
        intermediary: Named {
            id: row.intermediary_id,
            name: row.intermediary,
        },
        neighbourhood: row.neighbourhood,
        county: row.county,
        minutes: row.minutes,
        years,
        first_on: row.first_on,
        last_on: row.last_on,
        died_on: row.died_on,
        family_contact: own.then_some(row.family_contact).filter(|c| !c.is_empty()),
        honoured_on: row.honoured_on,
        honours: row.honours,
        may_record_death: own,
    }
}

#[instrument(skip_all)]
pub async fn list(
    db: &Db,
    actor: &Actor,
    filter: VeteranFilter,
    county: Option<&str>,
    page: i64,
) -> Result<VeteranPage, AppError> {
    let own = own_intermediaries(db, actor).await?;
    if !actor.is_staff() && own.is_empty() {
        return Err(AppError::Forbidden);
    }
    let today = parse_iso(&today_iso()).unwrap_or_default();
    let mut found: Vec<VeteranView> = store::all(db.read(), filter.centre)
        .await?
        .into_iter()
        .filter(|r| actor.is_staff() || own.contains(&r.intermediary_id))
        .filter(|r| county.is_none_or(|c| r.county.as_deref() == Some(c)))
        .filter_map(|r| {
            let first = parse_iso(&r.first_on)?;
            let died = r.died_on.as_deref().and_then(parse_iso);
            let years = rules::years(first, today, died);
            let service = Service {
                minutes: r.minutes,
                first_day: first,
                honoured: r.honours > 0,
            };
            let mine = own.contains(&r.intermediary_id);
            rules::listed(service, years, filter).then(|| view(r, years, mine))
        })
        .collect();
    found.sort_by(|a, b| {
        rules::order((a.years, a.minutes), (b.years, b.minutes)).then(a.id.cmp(&b.id))
    });
    let total = found.len() as i64;
    let page = page_number(page);
    let items = found
        .into_iter()
        .skip(((page - 1) * PER_PAGE) as usize)
        .take(PER_PAGE as usize)
        .collect();
    let centres = all_named(db).await?;
    Ok(VeteranPage {
        items,
        page,
        pages: page_count(total, PER_PAGE),
        total,
        centres,
        counties: store::counties(db.read()).await?,
    })
}

/// Records that a veteran was honoured (officials, or their intermediary).
#[instrument(skip_all)]
pub async fn honour(
    db: &Db,
    actor: &Actor,
    volunteer_id: i64,
    day: &str,
    occasion: &str,
) -> Result<(), AppError> {
    let v = volunteers::by_id(db.read(), volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = actor.organisations.contains(&v.intermediary_id);
    if !own && !actor.is_staff() {
        return Err(AppError::NotFound);
    }
    let today = parse_iso(&today_iso()).unwrap_or_default();
    let (day, occasion) = rules::honour(day, occasion, today);
    let mut errors = FormErrors::default();
    let (Some(day), Some(occasion)) =
        (errors.check("day", day), errors.check("occasion", occasion))
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_honour(
        &mut tx,
        volunteer_id,
        &iso(day),
        &occasion,
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "volunteer": volunteer_id, "day": iso(day), "occasion": occasion });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "veteran.honour",
        "volunteer_honour",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Records a volunteer's death with a family contact (their intermediary only).
#[instrument(skip_all)]
pub async fn death(
    db: &Db,
    actor: &Actor,
    volunteer_id: i64,
    day: &str,
    family_contact: &str,
) -> Result<(), AppError> {
    let v = volunteers::by_id(db.read(), volunteer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !actor.organisations.contains(&v.intermediary_id) {
        return Err(if actor.is_staff() {
            AppError::Forbidden
        } else {
            AppError::NotFound
        });
    }
    let today = parse_iso(&today_iso()).unwrap_or_default();
    let (day, contact) = rules::death(day, family_contact, today);
    let mut errors = FormErrors::default();
    let (Some(day), Some(contact)) = (
        errors.check("day", day),
        errors.check("family_contact", contact),
    ) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::record_death(&mut tx, volunteer_id, &iso(day), &contact, now).await?;
    crate::server::shifts::signups::withdraw_all(&mut tx, volunteer_id, now).await?;
    // The family contact is private: the audit keeps only that one was recorded.
    let after = json!({ "died_on": iso(day) });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "veteran.death",
        "volunteer",
        volunteer_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
