//! Working-group boards: who may open one, where each card stands, what the caller may do
//! with it. Every operation opens the board for the caller first.
pub mod card_page;
pub mod linking;
pub mod live;
pub mod mine;
pub mod moves;
pub mod tasks;
pub mod view;

use crate::api::AppError;
use crate::domain::board_rules::{
    board_access, destinations, project_column, project_move_from, proposal_column, transition,
    BoardAccess, CardKind, Column, Transition,
};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::{self, ProjectStanding, ProjectStatus};
use crate::domain::proposal_flow::{self, ProposalStatus, Standing};
use crate::domain::roles::CommitteeRole;
use crate::server::db::boards::CardRow;
use crate::server::db::working_groups::{self, Scope, WorkingGroupRow};
use crate::server::db::Db;

/// A board opened by someone allowed to see it.
pub struct Opened {
    pub group: WorkingGroupRow,
    pub access: BoardAccess,
}

impl Opened {
    pub fn may_work(&self) -> bool {
        self.access == BoardAccess::Work
    }
    /// Refuses observers (who only look).
    pub fn for_work(self) -> Result<Self, AppError> {
        if self.may_work() {
            Ok(self)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// Opens a working group's board for the caller: its committee's members, officials and
/// admins. A visitor must sign in; anyone else is refused.
pub async fn open(
    db: &Db,
    actor: Option<&Actor>,
    working_group_id: i64,
) -> Result<Opened, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let group = working_groups::list(db.read(), Scope::One(working_group_id))
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let access = board_access(actor.is_staff(), actor.committee_role(group.committee_id))
        .ok_or(AppError::Forbidden)?;
    Ok(Opened { group, access })
}

/// What a card is and where it stands; `None` for a proposal still in draft (not shown).
pub(crate) fn placed(row: &CardRow) -> Option<(CardKind, Column)> {
    if row.kind == CardKind::Task.as_str() {
        let lane = row.lane.as_deref().and_then(Column::parse);
        return Some((CardKind::Task, lane.unwrap_or(Column::Todo)));
    }
    if let Some(status) = row.project_status.as_deref().and_then(ProjectStatus::parse) {
        return Some((CardKind::Project, project_column(status)));
    }
    let status = row
        .proposal_status
        .as_deref()
        .and_then(ProposalStatus::parse)?;
    proposal_column(status).map(|c| (CardKind::Proposal, c))
}

/// Whether the caller's role allows this transition of this card (the proposals' and
/// projects' own rules decide).
pub(crate) fn may_make(actor: &Actor, opened: &Opened, row: &CardRow, step: Transition) -> bool {
    if !opened.may_work() {
        return false;
    }
    let represents = row
        .organisation_id
        .is_some_and(|o| actor.organisations.contains(&o));
    match step {
        Transition::Task(_) => true,
        Transition::Proposal(action) => {
            let who = Standing {
                proposer: represents,
                staff: actor.is_staff(),
                committee_lead: matches!(
                    actor.committee_role(opened.group.committee_id),
                    Some(CommitteeRole::Chair | CommitteeRole::Secretary)
                ),
            };
            proposal_flow::allowed(who, action)
        }
        Transition::Project(action) => {
            let who = ProjectStanding {
                lead: represents,
                partner: false,
                staff: actor.is_staff(),
            };
            let status = row
                .project_status
                .as_deref()
                .and_then(ProjectStatus::parse)
                .unwrap_or(ProjectStatus::Planned);
            project_rules::allowed(who, project_move_from(status, action))
        }
    }
}

/// The columns the caller may move the card to, in board order.
pub(crate) fn moves_for(
    actor: &Actor,
    opened: &Opened,
    row: &CardRow,
    kind: CardKind,
    from: Column,
) -> Vec<Column> {
    destinations(kind, from)
        .into_iter()
        .filter(|to| {
            transition(kind, from, *to).is_ok_and(|step| may_make(actor, opened, row, step))
        })
        .collect()
}
