//! Replaying the past through the real operations: each step runs on the portal's clock set
//! to the moment it happened (`app::server::clock::as_of`), as the account that took it, so
//! its validation, audit, notifications and certificates are the ones a person would cause.
use super::DemoError;
use app::api::AppError;
use app::domain::permissions::Actor;
use app::server::auth::caller::load_actor;
use app::server::db::{organisations, users, Db};
use chrono::NaiveDate;

pub const DAY_MS: i64 = 24 * 3600 * 1000;
pub use app::server::clock::as_of;

/// The actor of account `user_id`, as a request of theirs would load it.
pub async fn actor_of(db: &Db, user_id: i64) -> Result<Actor, DemoError> {
    let user = users::find(db.read(), user_id)
        .await?
        .ok_or(DemoError::Invalid("account"))?;
    Ok(load_actor(db, &user).await?)
}

/// The actor of the account named `username`.
pub async fn actor(db: &Db, username: &str) -> Result<Actor, DemoError> {
    let id = super::proposals::user_id(db, username).await?;
    actor_of(db, id).await
}

/// The representative who speaks for intermediary `organisation_id`, as an actor.
pub async fn bridge_of(db: &Db, organisation_id: i64) -> Result<Actor, DemoError> {
    let rep = organisations::representatives_of(db.read(), organisation_id)
        .await?
        .first()
        .map(|r| r.0)
        .ok_or(DemoError::Invalid("intermediary"))?;
    actor_of(db, rep).await
}

/// A refused demo step, named, with the portal's answer (for whoever changes the data set).
pub fn refused(step: &'static str) -> impl Fn(AppError) -> DemoError {
    move |error| DemoError::Refused(step, format!("{error:?}"))
}

/// Unix milliseconds of `hour`:00 in Iran on `day`.
pub fn iran_moment(day: NaiveDate, hour: u32) -> i64 {
    let utc = day
        .and_hms_opt(hour, 0, 0)
        .map(|t| t.and_utc().timestamp_millis())
        .unwrap_or_default();
    utc - i64::from(app::domain::jalali::IRAN_OFFSET_SECONDS) * 1000
}

/// A day as a person types it into a form: the Jalali date (forms read Jalali days).
pub fn typed(day: NaiveDate) -> String {
    app::domain::jalali::JalaliDate::from_gregorian(day)
        .map(app::domain::jalali::JalaliDate::to_numeric)
        .unwrap_or_default()
}

/// An ISO day (as the data files write them) typed into a form.
pub fn typed_iso(day: &str) -> String {
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(typed)
        .unwrap_or_default()
}

/// The day in Iran at `ms`.
pub fn iran_day(ms: i64) -> NaiveDate {
    app::domain::reminders::iran_time(ms).date()
}
