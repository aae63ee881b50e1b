//! Volunteers sign up to shifts themselves: a seat while there are seats, else the waiting
//! list, which moves up by itself when a seat frees. The day before, the booked are reminded
//! (in the portal, by email and text message, as each chose) and must confirm by the evening,
//! or their seat goes to the first person waiting.
use super::moment;
use super::publish::shift_subject;
use crate::api::AppError;
use crate::domain::directory_rules::{iso, parse_iso};
use crate::domain::notices::NoticeKind;
use crate::domain::permissions::Actor;
use crate::domain::reminders::iran_time;
use crate::domain::shift_rules::{self as rules, ShiftMoment, SignupState};
use crate::domain::validation::FieldIssue;
use crate::domain::volunteer_rules::VolunteerState;
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::shifts::{self as store, ShiftRow, SignupRow};
use crate::server::db::{audit, volunteers, Db, DbError};
use crate::server::now_ms;
use chrono::Duration;
use serde_json::json;
use sqlx::AnyConnection;
use tracing::instrument;

/// Where a notice about a shift leads.
fn shift_link(opportunity_id: i64, shift_id: i64) -> String {
    format!("/opportunities/{opportunity_id}#shift-{shift_id}")
}

/// Tells one volunteer about their seat (`detail`: booked, freed, reminder).
async fn tell(
    conn: &mut AnyConnection,
    g: &SignupRow,
    kind: NoticeKind,
    detail: &str,
    now: i64,
) -> Result<(), DbError> {
    let subject = shift_subject(&g.title, &g.day, &g.starts_at);
    let link = shift_link(g.opportunity_id, g.shift_id);
    let notice = NewNotification {
        kind: kind.as_str(),
        subject: &subject,
        detail,
        note: "",
        link: &link,
        actor_id: None,
        now,
    };
    notifications::notify(conn, &[g.user_id], &notice).await
}

/// Gives the freed seat of the shift on `day` to the first person waiting, and tells them.
async fn move_up(
    conn: &mut AnyConnection,
    shift_id: i64,
    day: &str,
    now: i64,
) -> Result<(), DbError> {
    let day = parse_iso(day).unwrap_or_default();
    let confirmed = rules::confirmed_on_booking(now, day).then_some(now);
    if let Some(id) = store::move_up_first(conn, shift_id, confirmed, now).await? {
        if let Some(g) = store::signup(conn, id).await? {
            tell(conn, &g, NoticeKind::ShiftSeat, "booked", now).await?;
        }
    }
    Ok(())
}

/// When the shift of a sign-up starts, and whether it was cancelled.
fn moment_of(g: &SignupRow) -> ShiftMoment {
    super::moment_at(&g.day, &g.starts_at, g.shift_cancelled_at.is_some())
}

/// The caller signs up to a shift: a seat, or a place on the waiting list. Answers the
/// opportunity's id.
#[instrument(skip_all)]
pub async fn sign_up(db: &Db, actor: &Actor, shift_id: i64) -> Result<i64, AppError> {
    let me = volunteers::of_user(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::Forbidden)?;
    if me.state != VolunteerState::Active.as_str() {
        return Err(AppError::Forbidden);
    }
    let shift = store::shift(db.read(), shift_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now_ms();
    rules::open_for_signup(moment(&shift), now).map_err(|i| AppError::invalid("shift", i))?;
    let mine = store::signups_of_volunteer(db.read(), me.id).await?;
    let clash = mine.iter().any(|g| {
        g.shift_id != shift_id
            && g.day == shift.day
            && g.shift_cancelled_at.is_none()
            && matches!(g.state.as_str(), "booked" | "waiting")
            && rules::overlap(
                (&g.starts_at, &g.ends_at),
                (&shift.starts_at, &shift.ends_at),
            )
    });
    if clash {
        return Err(AppError::invalid("shift", FieldIssue::Overlaps));
    }
    let day = parse_iso(&shift.day).unwrap_or_default();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::lock_shift(&mut tx, shift_id).await? {
        return Err(AppError::NotFound);
    }
    let booked = store::booked_count(&mut tx, shift_id).await?;
    let state = rules::seat(booked, shift.slots);
    let confirmed =
        (state == SignupState::Booked && rules::confirmed_on_booking(now, day)).then_some(now);
    let Some(id) = store::sign_up(&mut tx, shift_id, me.id, state.as_str(), confirmed, now).await?
    else {
        return Err(AppError::invalid("shift", FieldIssue::AlreadyListed));
    };
    let after = json!({ "shift": shift_id, "state": state.as_str() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "shift.sign_up",
        "shift_signup",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(shift.opportunity_id)
}

/// The caller's own sign-up to this shift, with the shift.
async fn own(db: &Db, actor: &Actor, shift_id: i64) -> Result<(SignupRow, ShiftRow), AppError> {
    let me = volunteers::of_user(db.read(), actor.user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let g = store::signups_of_shifts(db.read(), &[shift_id])
        .await?
        .into_iter()
        .find(|g| g.volunteer_id == me.id)
        .ok_or(AppError::NotFound)?;
    let shift = store::shift(db.read(), shift_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((g, shift))
}

/// The caller gives up their seat or place on the list; a freed seat goes to the first
/// person waiting. Answers the opportunity's id.
#[instrument(skip_all)]
pub async fn cancel(db: &Db, actor: &Actor, shift_id: i64) -> Result<i64, AppError> {
    let (g, shift) = own(db, actor, shift_id).await?;
    let now = now_ms();
    rules::open_for_signup(moment(&shift), now).map_err(|i| AppError::invalid("shift", i))?;
    let state = SignupState::parse(&g.state).unwrap_or(SignupState::Cancelled);
    if !matches!(state, SignupState::Booked | SignupState::Waiting) {
        return Err(AppError::NotNow);
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::lock_shift(&mut tx, shift_id).await?;
    let cancelled = SignupState::Cancelled.as_str();
    if !store::move_signup(&mut tx, g.id, state.as_str(), cancelled, now).await? {
        return Err(AppError::Conflict);
    }
    if state == SignupState::Booked {
        move_up(&mut tx, shift_id, &shift.day, now).await?;
    }
    let after = json!({ "state": cancelled });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "shift.cancel_seat",
        "shift_signup",
        g.id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(shift.opportunity_id)
}

/// The caller confirms they are coming. Answers the opportunity's id.
#[instrument(skip_all)]
pub async fn confirm(db: &Db, actor: &Actor, shift_id: i64) -> Result<i64, AppError> {
    let (g, shift) = own(db, actor, shift_id).await?;
    let now = now_ms();
    let state = SignupState::parse(&g.state).unwrap_or(SignupState::Cancelled);
    let day = parse_iso(&shift.day).unwrap_or_default();
    if shift.cancelled_at.is_some()
        || !rules::may_confirm(state, g.confirmed_at.is_some(), now, day)
    {
        return Err(AppError::invalid("shift", FieldIssue::NotAllowedNow));
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::confirm(&mut tx, g.id, now).await? {
        return Err(AppError::Conflict);
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(shift.opportunity_id)
}

/// Gives up every seat and place on a waiting list a volunteer holds in shifts not started
/// (they died, or stopped): each freed seat goes to the first person waiting. Runs inside the
/// caller's transaction; answers how many were given up.
pub async fn withdraw_all(
    conn: &mut AnyConnection,
    volunteer_id: i64,
    now: i64,
) -> Result<usize, DbError> {
    let held: Vec<SignupRow> = store::held_by(&mut *conn, volunteer_id).await?;
    let mut given_up = 0;
    for g in held {
        if rules::open_for_signup(moment_of(&g), now).is_err() {
            continue;
        }
        store::lock_shift(conn, g.shift_id).await?;
        let cancelled = SignupState::Cancelled.as_str();
        if store::move_signup(conn, g.id, &g.state, cancelled, now).await? {
            given_up += 1;
            if g.state == SignupState::Booked.as_str() {
                move_up(conn, g.shift_id, &g.day, now).await?;
            }
        }
    }
    Ok(given_up)
}

/// What one round of the periodic task did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    pub reminded: usize,
    pub freed: usize,
}

/// Reminds the booked of tomorrow's shifts, and frees the seats not confirmed in time (the
/// first person waiting moves up). Each sign-up is reminded once and freed once, whichever
/// instance runs first.
#[instrument(skip_all)]
pub async fn run_due(db: &Db, now: i64) -> Result<Round, AppError> {
    let today = iran_time(now).date();
    let rows =
        store::unconfirmed_on(db.read(), &iso(today), &iso(today + Duration::days(1))).await?;
    let mut round = Round::default();
    for g in rows {
        let Some(day) = parse_iso(&g.day) else {
            continue;
        };
        let state = SignupState::parse(&g.state).unwrap_or(SignupState::Cancelled);
        let mut tx = db.write().begin().await.map_err(DbError::from)?;
        if rules::to_free(state, false, now, moment_of(&g), day) {
            store::lock_shift(&mut tx, g.shift_id).await?;
            if store::move_signup(&mut tx, g.id, "booked", SignupState::Freed.as_str(), now).await?
            {
                tell(&mut tx, &g, NoticeKind::ShiftSeat, "freed", now).await?;
                move_up(&mut tx, g.shift_id, &g.day, now).await?;
                round.freed += 1;
            }
        } else if g.reminded_at.is_none()
            && now >= rules::remind_from(day)
            && rules::may_confirm(state, false, now, day)
            && store::mark_reminded(&mut tx, g.id, now).await?
        {
            tell(&mut tx, &g, NoticeKind::ShiftReminder, "reminder", now).await?;
            round.reminded += 1;
        }
        tx.commit().await.map_err(DbError::from)?;
    }
    Ok(round)
}
