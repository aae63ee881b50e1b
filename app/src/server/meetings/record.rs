//! Recording a meeting, by its chair, secretary or staff until the minutes are published:
//! the agenda, who came, the minutes, the decisions.
use super::open;
use crate::api::AppError;
use crate::domain::directory_rules::{iso, optional_text, required_text};
use crate::domain::meeting_rules::{
    check_decision, Attendance, DecisionText, Responsible, AGENDA_TEXT_MAX, MINUTES_MAX,
};
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::db::boards::{self as cards, committee_accounts};
use crate::server::db::meetings::{self as store, NewDecision};
use crate::server::db::{Db, DbError};
use crate::server::{now_ms, today_iso};
use tracing::instrument;

/// Adds an agenda item, which may point at a card of the meeting's board.
#[instrument(skip_all)]
pub async fn add_agenda_item(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    text: &str,
    card: Option<i64>,
) -> Result<(), AppError> {
    let opened = open(db, Some(actor), meeting).await?.for_record()?;
    let keep = |issue: FieldIssue, field: &str| {
        let mut e = FormErrors::default();
        e.push(field, issue);
        e.keep("item", text);
        AppError::Invalid(e)
    };
    let text = required_text(text, AGENDA_TEXT_MAX).map_err(|i| keep(i, "item"))?;
    if let Some(card) = card {
        let on_board = cards::card(db.read(), card)
            .await?
            .is_some_and(|c| c.working_group_id == opened.row.working_group_id);
        if !on_board {
            return Err(keep(FieldIssue::InvalidChoice, "card"));
        }
    }
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    store::add_agenda_item(&mut conn, meeting, &text, card).await?;
    Ok(())
}

#[instrument(skip_all)]
pub async fn remove_agenda_item(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    item: i64,
) -> Result<(), AppError> {
    open(db, Some(actor), meeting).await?.for_record()?;
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    if !store::remove_agenda_item(&mut conn, meeting, item).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Records attendance from the form's marks, each `user:attendance`. Only the meeting's
/// invitees can be marked; anything else is refused whole.
#[instrument(skip_all)]
pub async fn record_attendance(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    marks: &[String],
) -> Result<(), AppError> {
    open(db, Some(actor), meeting).await?.for_record()?;
    let invited = store::invitees(db.read(), meeting).await?;
    let mut parsed = Vec::with_capacity(marks.len());
    for mark in marks {
        let read = mark.split_once(':').and_then(|(user, attendance)| {
            let user: i64 = user.parse().ok()?;
            let attendance = Attendance::parse(attendance)?;
            invited
                .iter()
                .any(|(id, _, _)| *id == user)
                .then_some((user, attendance))
        });
        parsed.push(read.ok_or_else(|| AppError::invalid("marks", FieldIssue::InvalidChoice))?);
    }
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for (user, attendance) in parsed {
        store::set_attendance(&mut tx, meeting, user, attendance.as_str()).await?;
    }
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Saves the minutes if nobody saved them since `version`; otherwise the form keeps what
/// was typed and says so.
#[instrument(skip_all)]
pub async fn save_minutes(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    version: i64,
    minutes: &str,
) -> Result<(), AppError> {
    open(db, Some(actor), meeting).await?.for_record()?;
    let refuse = |issue: FieldIssue, field: &str| {
        let mut e = FormErrors::default();
        e.push(field, issue);
        e.keep("minutes", minutes);
        AppError::Invalid(e)
    };
    let text = optional_text(minutes, MINUTES_MAX).map_err(|i| refuse(i, "minutes"))?;
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    if !store::set_minutes(&mut conn, meeting, version, &text, now_ms()).await? {
        // The form learns the current version: saving again applies the text knowingly.
        let current = store::get(db.read(), meeting).await?.map(|m| m.version);
        let mut refused = refuse(FieldIssue::ChangedMeanwhile, "version");
        if let (AppError::Invalid(e), Some(v)) = (&mut refused, current) {
            e.keep("version", &v.to_string());
        }
        return Err(refused);
    }
    Ok(())
}

/// Adds a decision: what, who carries it out (someone or an organisation seated on the
/// committee), by when.
#[instrument(skip_all)]
pub async fn add_decision(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    text: DecisionText,
) -> Result<(), AppError> {
    let opened = open(db, Some(actor), meeting).await?.for_record()?;
    let keep = |mut e: FormErrors| {
        e.keep("text", &text.text);
        e.keep("responsible", &text.responsible);
        e.keep("due_on", &text.due_on);
        AppError::Invalid(e)
    };
    let fields = check_decision(&text).map_err(keep)?;
    let today = today_iso();
    let committee = opened.row.committee_id;
    let seated = match fields.responsible {
        Responsible::Person(user) => committee_accounts(db.read(), committee, &today)
            .await?
            .iter()
            .any(|(id, _)| *id == user),
        Responsible::Organisation(org) => store::seated_organisations(db.read(), committee, &today)
            .await?
            .iter()
            .any(|(id, _)| *id == org),
    };
    if !seated {
        let mut e = FormErrors::default();
        e.push("responsible", FieldIssue::InvalidChoice);
        return Err(keep(e));
    }
    let (user, organisation) = match fields.responsible {
        Responsible::Person(id) => (Some(id), None),
        Responsible::Organisation(id) => (None, Some(id)),
    };
    let due = iso(fields.due_on);
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    store::add_decision(
        &mut conn,
        NewDecision {
            meeting,
            text: &fields.text,
            user,
            organisation,
            due_on: &due,
        },
    )
    .await?;
    Ok(())
}

#[instrument(skip_all)]
pub async fn remove_decision(
    db: &Db,
    actor: &Actor,
    meeting: i64,
    decision: i64,
) -> Result<(), AppError> {
    open(db, Some(actor), meeting).await?.for_record()?;
    let mut conn = db.write().acquire().await.map_err(DbError::from)?;
    if !store::remove_decision(&mut conn, meeting, decision).await? {
        return Err(AppError::NotFound);
    }
    Ok(())
}
