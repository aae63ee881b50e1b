//! A meeting as its page shows it, and a committee's meetings and decisions.
use super::open;
use crate::api::AppError;
use crate::domain::board_rules::Column;
use crate::domain::meeting_rules::{
    decision_status, has_quorum, may_manage, may_read, quorum_needed, repeated_decisions,
    Attendance, Responsible,
};
use crate::domain::permissions::Actor;
use crate::model::meetings::{
    AgendaItem, CommitteeMeetings, Decision, Invitee, Meeting, MeetingSummary,
};
use crate::server::boards::tasks::card_link;
use crate::server::db::boards::{self as cards, committee_accounts};
use crate::server::db::meetings::{self as store, DecisionRow};
use crate::server::db::Db;
use crate::server::today_iso;
use tracing::instrument;

#[instrument(skip_all)]
pub async fn meeting(db: &Db, actor: Option<&Actor>, id: i64) -> Result<Meeting, AppError> {
    let opened = open(db, actor, id).await?;
    let row = opened.row;
    let today = today_iso();
    let pool = db.read();
    let (invited, agenda, decided) = tokio::try_join!(
        store::invitees(pool, id),
        store::agenda(pool, id),
        store::decisions(pool, id),
    )?;
    let may_record = opened.manage && row.published_at.is_none();
    // The choices for the recording forms, only for those who record.
    let (board_cards, responsibles) = if may_record {
        let (board_cards, people, organisations) = tokio::try_join!(
            cards::cards(pool, row.working_group_id),
            committee_accounts(pool, row.committee_id, &today),
            store::seated_organisations(pool, row.committee_id, &today),
        )?;
        let board_cards = board_cards.into_iter().map(|c| (c.id, c.title)).collect();
        let responsibles = organisations
            .into_iter()
            .map(|(id, name)| (Responsible::Organisation(id).code(), name))
            .chain(
                people
                    .into_iter()
                    .map(|(id, name)| (Responsible::Person(id).code(), name)),
            )
            .collect();
        (board_cards, responsibles)
    } else {
        (Vec::new(), Vec::new())
    };
    let invitees: Vec<Invitee> = invited
        .into_iter()
        .map(|(user_id, name, attendance)| Invitee {
            user_id,
            name,
            attendance: Attendance::parse(&attendance).unwrap_or(Attendance::Unknown),
        })
        .collect();
    let present = invitees
        .iter()
        .filter(|i| i.attendance == Attendance::Present)
        .count();
    let board = row.working_group_id;
    Ok(Meeting {
        id: row.id,
        committee_id: row.committee_id,
        committee: row.committee,
        working_group_id: board,
        working_group: row.working_group,
        title: row.title,
        held_on: row.held_on,
        starts_at: row.starts_at,
        place: row.place,
        online_link: row.online_link,
        quorum_percent: row.quorum_percent,
        minutes: row.minutes,
        published: row.published_at.is_some(),
        number: row.number,
        version: row.version,
        repeated: repeated_decisions(decided.iter().map(|d| d.text.as_str())),
        may_record,
        present,
        quorum_needed: quorum_needed(invitees.len(), row.quorum_percent),
        has_quorum: has_quorum(present, invitees.len(), row.quorum_percent),
        invitees,
        agenda: agenda
            .into_iter()
            .map(|a| AgendaItem {
                id: a.id,
                text: a.text,
                card: a
                    .card_id
                    .zip(a.card_title)
                    .map(|(card, title)| (card_link(board, card), title)),
            })
            .collect(),
        decisions: decided.into_iter().map(|d| decision(d, &today)).collect(),
        cards: board_cards,
        responsibles,
    })
}

/// A decision with where it stands: done once its task reached "done".
pub(crate) fn decision(d: DecisionRow, today: &str) -> Decision {
    let done = d.card_lane.as_deref() == Some(Column::Done.as_str());
    Decision {
        status: decision_status(done, Some(&d.due_on), today),
        card_link: d.card_id.map(|card| card_link(d.working_group_id, card)),
        id: d.id,
        meeting_id: d.meeting_id,
        meeting_title: d.meeting_title,
        held_on: d.held_on,
        text: d.text,
        responsible: d.responsible,
        due_on: d.due_on,
    }
}

/// A committee's meetings and published decisions, for those holding a seat on it and
/// staff; `None` for anyone else (the committee's page is public, its meetings are not).
#[instrument(skip_all)]
pub async fn committee_meetings(
    db: &Db,
    actor: Option<&Actor>,
    committee_id: i64,
) -> Result<Option<CommitteeMeetings>, AppError> {
    let Some(actor) = actor else {
        return Ok(None);
    };
    let seat = actor.committee_role(committee_id);
    if !may_read(actor.is_staff(), seat) {
        return Ok(None);
    }
    let today = today_iso();
    let pool = db.read();
    let (meetings, decisions) = tokio::try_join!(
        store::of_committee(pool, committee_id),
        store::committee_decisions(pool, committee_id),
    )?;
    Ok(Some(CommitteeMeetings {
        may_schedule: may_manage(actor.is_staff(), seat),
        meetings: meetings
            .into_iter()
            .map(|m| MeetingSummary {
                id: m.id,
                title: m.title,
                held_on: m.held_on,
                starts_at: m.starts_at,
                working_group: m.working_group,
                published: m.published_at.is_some(),
            })
            .collect(),
        decisions: decisions.into_iter().map(|d| decision(d, &today)).collect(),
    }))
}
