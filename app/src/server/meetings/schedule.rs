//! Scheduling a meeting: the form's choices, a new meeting with its invitations (the
//! committee's members, who are told), and changing the details while it is unpublished.
use super::{meeting_link, open};
use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::JalaliDate;
use crate::domain::meeting_rules::{check_meeting, may_manage, MeetingFields, MeetingText};
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::meetings::{MeetingDraft, MeetingForm};
use crate::server::db::boards::committee_accounts;
use crate::server::db::meetings::{self as store, NewMeeting};
use crate::server::db::notifications::{self, NewNotification};
use crate::server::db::working_groups::{self, Scope};
use crate::server::db::{committees, Db, DbError};
use crate::server::{now_ms, today_iso};
use tracing::instrument;

/// Refuses all but the committee's chair, secretary and staff.
async fn managed_committee(
    db: &Db,
    actor: &Actor,
    committee_id: i64,
) -> Result<committees::CommitteeRow, AppError> {
    let committee = committees::find(db.read(), committee_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_manage(actor.is_staff(), actor.committee_role(committee_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(committee)
}

/// The form for a new meeting of a committee (`meeting: None`) or for changing one.
#[instrument(skip_all)]
pub async fn form(
    db: &Db,
    actor: Option<&Actor>,
    committee_id: Option<i64>,
    meeting: Option<i64>,
    group: Option<i64>,
) -> Result<MeetingForm, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let (committee_id, draft, chosen) = match meeting {
        Some(id) => {
            // A published meeting's page says so with 409, not a field's message.
            let opened = open(db, Some(actor), id)
                .await?
                .for_record()
                .map_err(|e| match e {
                    AppError::Invalid(_) => AppError::NotNow,
                    other => other,
                })?;
            let row = opened.row;
            let day = parse_iso(&row.held_on)
                .and_then(JalaliDate::from_gregorian)
                .map(JalaliDate::to_numeric)
                .unwrap_or_default();
            let draft = MeetingDraft {
                id: row.id,
                version: row.version,
                title: row.title,
                held_on: day,
                starts_at: row.starts_at,
                place: row.place,
                online_link: row.online_link,
                quorum_percent: row.quorum_percent.to_string(),
            };
            (row.committee_id, Some(draft), Some(row.working_group_id))
        }
        None => (committee_id.ok_or(AppError::BadRequest)?, None, group),
    };
    let committee = managed_committee(db, actor, committee_id).await?;
    let groups = working_groups::list(db.read(), Scope::Committee(committee_id))
        .await?
        .into_iter()
        .map(|g| (g.id, g.name))
        .collect();
    Ok(MeetingForm {
        committee_id,
        committee: committee.name,
        groups,
        chosen_group: chosen,
        meeting: draft,
    })
}

/// What the caller asked for: a meeting of this committee in this working group.
pub struct Scheduling {
    pub committee_id: i64,
    pub working_group_id: i64,
    /// The meeting being changed, and the version the form showed.
    pub id: Option<i64>,
    pub version: i64,
    pub text: MeetingText,
}

/// Schedules a meeting (inviting the committee's members, who are told) or changes one;
/// returns its id.
#[instrument(skip_all)]
pub async fn save(db: &Db, actor: &Actor, s: Scheduling) -> Result<i64, AppError> {
    let keep = |e: FormErrors| typed(&s.text, e);
    // Changing a meeting: opening it for the record checks the caller; a new one: the committee.
    let committee_id = match s.id {
        Some(id) => {
            open(db, Some(actor), id)
                .await?
                .for_record()?
                .row
                .committee_id
        }
        None => managed_committee(db, actor, s.committee_id).await?.id,
    };
    let groups = working_groups::list(db.read(), Scope::Committee(committee_id)).await?;
    let fields = check_meeting(&s.text).map_err(|e| AppError::Invalid(keep(e)))?;
    if !groups.iter().any(|g| g.id == s.working_group_id) {
        let mut e = keep(FormErrors::default());
        e.push("working_group_id", FieldIssue::InvalidChoice);
        return Err(AppError::Invalid(e));
    }
    let now = now_ms();
    let meeting = new_meeting(&fields, committee_id, s.working_group_id, actor, now);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = match s.id {
        Some(id) => {
            if !store::update(&mut tx, id, s.version, meeting).await? {
                let mut e = keep(FormErrors::default());
                e.push("version", FieldIssue::ChangedMeanwhile);
                return Err(AppError::Invalid(e));
            }
            id
        }
        None => {
            let id = store::insert(&mut tx, meeting).await?;
            let members = committee_accounts(db.read(), committee_id, &today_iso()).await?;
            let invited: Vec<i64> = members.into_iter().map(|(id, _)| id).collect();
            store::invite(&mut tx, id, &invited).await?;
            let link = meeting_link(id);
            // The meeting's id rides along: the email attaches its calendar invitation.
            let meeting = id.to_string();
            let told = NewNotification {
                kind: "meeting_invited",
                subject: &fields.title,
                detail: &meeting,
                note: "",
                link: &link,
                actor_id: Some(actor.user_id),
                now,
            };
            notifications::notify(&mut tx, &invited, &told).await?;
            id
        }
    };
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

fn new_meeting<'a>(
    f: &'a MeetingFields,
    committee_id: i64,
    working_group_id: i64,
    actor: &Actor,
    now: i64,
) -> NewMeeting<'a> {
    NewMeeting {
        committee_id,
        working_group_id,
        title: &f.title,
        held_on: &f.held_on,
        starts_at: &f.starts_at,
        place: &f.place,
        online_link: &f.online_link,
        quorum_percent: f.quorum_percent,
        created_by: actor.user_id,
        now,
    }
}

/// The issues, with what was typed kept so the form comes back filled.
fn typed(text: &MeetingText, mut e: FormErrors) -> FormErrors {
    e.keep("title", &text.title);
    e.keep("held_on", &text.held_on);
    e.keep("starts_at", &text.starts_at);
    e.keep("place", &text.place);
    e.keep("online_link", &text.online_link);
    e.keep("quorum_percent", &text.quorum_percent);
    e
}
