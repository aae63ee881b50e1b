//! Committee meetings: scheduling (with invitations), recording (agenda, attendance,
//! minutes, decisions) and publishing, which turns decisions into tasks on the board. Every
//! operation opens the meeting for the caller first.
pub mod invitation;
pub mod listing;
pub mod publish;
pub mod record;
pub mod schedule;
pub mod view;

use crate::api::AppError;
use crate::domain::meeting_rules::{may_manage, may_read};
use crate::domain::permissions::Actor;
use crate::domain::validation::FieldIssue;
use crate::server::db::meetings::{self as store, MeetingRow};
use crate::server::db::Db;

/// A meeting opened by someone allowed to read it.
pub struct OpenedMeeting {
    pub row: MeetingRow,
    /// The caller may schedule and record this committee's meetings.
    pub manage: bool,
}

impl OpenedMeeting {
    /// For recording: refuses those who only read, and a meeting already published (its
    /// minutes are then the record and stay as they were).
    pub fn for_record(self) -> Result<Self, AppError> {
        if !self.manage {
            return Err(AppError::Forbidden);
        }
        if self.row.published_at.is_some() {
            return Err(AppError::invalid("version", FieldIssue::NotAllowedNow));
        }
        Ok(self)
    }
}

/// Opens a meeting for the caller: members of its committee read it; its chair, secretary
/// and staff also record it. Visitors must sign in; anyone else is refused.
pub async fn open(db: &Db, actor: Option<&Actor>, id: i64) -> Result<OpenedMeeting, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let row = store::get(db.read(), id).await?.ok_or(AppError::NotFound)?;
    let seat = actor.committee_role(row.committee_id);
    if !may_read(actor.is_staff(), seat) {
        return Err(AppError::Forbidden);
    }
    Ok(OpenedMeeting {
        manage: may_manage(actor.is_staff(), seat),
        row,
    })
}

/// A meeting's own page.
pub(crate) fn meeting_link(id: i64) -> String {
    format!("/meetings/{id}")
}
