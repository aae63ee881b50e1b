//! People's public profiles; contact details only for those who share a committee with them,
//! and officials.
use super::named;
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::roles::CommitteeRole;
use crate::model::directory::{Named, PersonDetail, SeatHeld};
use crate::server::db::{committees, people, Db};
use crate::server::today_iso;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn detail(db: &Db, actor: Option<&Actor>, id: i64) -> Result<PersonDetail, AppError> {
    let p = people::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let may_contact = match actor {
        None => false,
        Some(a) if a.is_staff() || p.user_id == Some(a.user_id) => true,
        Some(a) => people::shares_committee(db.read(), a.user_id, id, &today_iso()).await?,
    };
    let seats = committees::seats_of(db.read(), None, Some(id)).await?;
    Ok(PersonDetail {
        id,
        name: p.name,
        organisation: p.organisation_id.zip(p.organisation).map(named),
        affiliation: p.affiliation,
        expertise: p.expertise,
        committees: seats
            .into_iter()
            .map(|s| SeatHeld {
                committee: Named {
                    id: s.committee_id,
                    name: s.name,
                },
                role: CommitteeRole::parse(&s.role).unwrap_or(CommitteeRole::Member),
            })
            .collect(),
        contact: may_contact.then_some((p.phone, p.email)),
    })
}
