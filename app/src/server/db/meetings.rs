//! Meetings: the meeting itself (versioned), its invitees and their attendance, its agenda
//! and its decisions, and a committee's meetings and decisions at a glance.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MeetingRow {
    pub id: i64,
    pub committee_id: i64,
    pub committee: String,
    pub working_group_id: i64,
    pub working_group: String,
    pub title: String,
    pub held_on: String,
    pub starts_at: String,
    pub place: String,
    pub online_link: String,
    pub quorum_percent: i64,
    pub minutes: String,
    pub published_at: Option<i64>,
    pub version: i64,
    /// The minutes' number in its committee, given when they are published.
    pub number: Option<i64>,
}

const SELECT: &str = "SELECT m.id, m.committee_id, c.name AS committee, m.working_group_id, \
       g.name AS working_group, m.title, m.held_on, m.starts_at, m.place, m.online_link, \
       m.quorum_percent, m.minutes, m.published_at, m.version, m.number \
     FROM meetings m \
       JOIN committees c ON c.id = m.committee_id \
       JOIN working_groups g ON g.id = m.working_group_id";

pub struct NewMeeting<'a> {
    pub committee_id: i64,
    pub working_group_id: i64,
    pub title: &'a str,
    pub held_on: &'a str,
    pub starts_at: &'a str,
    pub place: &'a str,
    pub online_link: &'a str,
    pub quorum_percent: i64,
    pub created_by: i64,
    pub now: i64,
}

pub async fn get(pool: &AnyPool, id: i64) -> Result<Option<MeetingRow>, DbError> {
    let sql = format!("{SELECT} WHERE m.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// A committee's meetings, the latest first.
pub async fn of_committee(pool: &AnyPool, committee_id: i64) -> Result<Vec<MeetingRow>, DbError> {
    let sql = format!(
        "{SELECT} WHERE m.committee_id = $1 ORDER BY m.held_on DESC, m.starts_at DESC, m.id DESC"
    );
    Ok(sqlx::query_as(&sql)
        .bind(committee_id)
        .fetch_all(pool)
        .await?)
}

pub async fn insert(conn: &mut AnyConnection, m: NewMeeting<'_>) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO meetings (committee_id, working_group_id, title, held_on, starts_at, place, \
           online_link, quorum_percent, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(m.committee_id)
    .bind(m.working_group_id)
    .bind(m.title)
    .bind(m.held_on)
    .bind(m.starts_at)
    .bind(m.place)
    .bind(m.online_link)
    .bind(m.quorum_percent)
    .bind(m.created_by)
    .bind(m.now)
    .fetch_one(conn)
    .await?)
}

/// Changes a meeting's details if it is still at `version` and not published.
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    m: NewMeeting<'_>,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE meetings SET working_group_id = $3, title = $4, held_on = $5, starts_at = $6, \
           place = $7, online_link = $8, quorum_percent = $9, updated_at = $10, \
           version = version + 1 \
         WHERE id = $1 AND version = $2 AND published_at IS NULL",
    )
    .bind(id)
    .bind(version)
    .bind(m.working_group_id)
    .bind(m.title)
    .bind(m.held_on)
    .bind(m.starts_at)
    .bind(m.place)
    .bind(m.online_link)
    .bind(m.quorum_percent)
    .bind(m.now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Saves the minutes if the meeting is still at `version` and not published.
pub async fn set_minutes(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    minutes: &str,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE meetings SET minutes = $3, updated_at = $4, version = version + 1 \
         WHERE id = $1 AND version = $2 AND published_at IS NULL",
    )
    .bind(id)
    .bind(version)
    .bind(minutes)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks the meeting published if it is still at `version`; `false` if it changed or was
/// published already.
pub async fn publish(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    now: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "UPDATE meetings SET published_at = $3, updated_at = $3, version = version + 1, \
           number = (SELECT COALESCE(MAX(m.number), 0) + 1 FROM meetings m \
                     WHERE m.committee_id = meetings.committee_id) \
         WHERE id = $1 AND version = $2 AND published_at IS NULL",
    )
    .bind(id)
    .bind(version)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Invites these accounts (those already invited stay as they are).
pub async fn invite(conn: &mut AnyConnection, meeting: i64, users: &[i64]) -> Result<(), DbError> {
    for user in users {
        sqlx::query(
            "INSERT INTO meeting_invitees (meeting_id, user_id) VALUES ($1, $2) \
             ON CONFLICT (meeting_id, user_id) DO NOTHING",
        )
        .bind(meeting)
        .bind(user)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// (user id, name, attendance) of everyone invited, by name.
pub async fn invitees(pool: &AnyPool, meeting: i64) -> Result<Vec<(i64, String, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.display_name, i.attendance FROM meeting_invitees i \
           JOIN users u ON u.id = i.user_id \
         WHERE i.meeting_id = $1 ORDER BY u.display_name, u.id",
    )
    .bind(meeting)
    .fetch_all(pool)
    .await?)
}

pub async fn set_attendance(
    conn: &mut AnyConnection,
    meeting: i64,
    user: i64,
    attendance: &str,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE meeting_invitees SET attendance = $3 WHERE meeting_id = $1 AND user_id = $2",
    )
    .bind(meeting)
    .bind(user)
    .bind(attendance)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AgendaRow {
    pub id: i64,
    pub text: String,
    pub card_id: Option<i64>,
    pub card_title: Option<String>,
}

/// The agenda in order, with the title of the card an item points at.
pub async fn agenda(pool: &AnyPool, meeting: i64) -> Result<Vec<AgendaRow>, DbError> {
    Ok(sqlx::query_as(
        "SELECT a.id, a.text, a.card_id, \
           COALESCE(j.title, p.title, b.title) AS card_title \
         FROM meeting_agenda_items a \
           LEFT JOIN board_cards b ON b.id = a.card_id \
           LEFT JOIN proposals p ON p.id = b.proposal_id \
           LEFT JOIN projects j ON j.id = b.project_id \
         WHERE a.meeting_id = $1 ORDER BY a.ordinal, a.id",
    )
    .bind(meeting)
    .fetch_all(pool)
    .await?)
}

pub async fn add_agenda_item(
    conn: &mut AnyConnection,
    meeting: i64,
    text: &str,
    card: Option<i64>,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO meeting_agenda_items (meeting_id, ordinal, text, card_id) \
         VALUES ($1, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM meeting_agenda_items \
                      WHERE meeting_id = $1), $2, $3)",
    )
    .bind(meeting)
    .bind(text)
    .bind(card)
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes one item of this meeting's agenda; whether there was one.
pub async fn remove_agenda_item(
    conn: &mut AnyConnection,
    meeting: i64,
    item: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query("DELETE FROM meeting_agenda_items WHERE id = $1 AND meeting_id = $2")
        .bind(item)
        .bind(meeting)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DecisionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub meeting_title: String,
    pub held_on: String,
    pub working_group_id: i64,
    pub text: String,
    pub responsible_user_id: Option<i64>,
    pub responsible_organisation_id: Option<i64>,
    pub responsible: String,
    pub due_on: String,
    pub card_id: Option<i64>,
    pub card_lane: Option<String>,
}

const DECISIONS: &str = "SELECT d.id, d.meeting_id, m.title AS meeting_title, m.held_on, \
       m.working_group_id, d.text, d.responsible_user_id, d.responsible_organisation_id, \
       COALESCE(u.display_name, o.name, '') AS responsible, d.due_on, d.card_id, \
       b.lane AS card_lane \
     FROM meeting_decisions d \
       JOIN meetings m ON m.id = d.meeting_id \
       LEFT JOIN users u ON u.id = d.responsible_user_id \
       LEFT JOIN organisations o ON o.id = d.responsible_organisation_id \
       LEFT JOIN board_cards b ON b.id = d.card_id";

pub async fn decisions(pool: &AnyPool, meeting: i64) -> Result<Vec<DecisionRow>, DbError> {
    let sql = format!("{DECISIONS} WHERE d.meeting_id = $1 ORDER BY d.ordinal, d.id");
    Ok(sqlx::query_as(&sql).bind(meeting).fetch_all(pool).await?)
}

/// The published decisions of a committee's meetings, the soonest due first.
pub async fn committee_decisions(
    pool: &AnyPool,
    committee_id: i64,
) -> Result<Vec<DecisionRow>, DbError> {
    let sql = format!(
        "{DECISIONS} WHERE m.committee_id = $1 AND m.published_at IS NOT NULL \
         ORDER BY d.due_on, d.id"
    );
    Ok(sqlx::query_as(&sql)
        .bind(committee_id)
        .fetch_all(pool)
        .await?)
}

/// The decision a task card came from, if it came from one.
pub async fn decision_of_card(pool: &AnyPool, card: i64) -> Result<Option<DecisionRow>, DbError> {
    let sql = format!("{DECISIONS} WHERE d.card_id = $1");
    Ok(sqlx::query_as(&sql).bind(card).fetch_optional(pool).await?)
}

pub struct NewDecision<'a> {
    pub meeting: i64,
    pub text: &'a str,
    pub user: Option<i64>,
    pub organisation: Option<i64>,
    pub due_on: &'a str,
}

pub async fn add_decision(conn: &mut AnyConnection, d: NewDecision<'_>) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO meeting_decisions (meeting_id, ordinal, text, responsible_user_id, \
           responsible_organisation_id, due_on) \
         VALUES ($1, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM meeting_decisions \
                      WHERE meeting_id = $1), $2, $3, $4, $5)",
    )
    .bind(d.meeting)
    .bind(d.text)
    .bind(d.user)
    .bind(d.organisation)
    .bind(d.due_on)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn remove_decision(
    conn: &mut AnyConnection,
    meeting: i64,
    decision: i64,
) -> Result<bool, DbError> {
    let done = sqlx::query(
        "DELETE FROM meeting_decisions WHERE id = $1 AND meeting_id = $2 AND card_id IS NULL",
    )
    .bind(decision)
    .bind(meeting)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Links a decision to the task card it became.
pub async fn link_card(conn: &mut AnyConnection, decision: i64, card: i64) -> Result<(), DbError> {
    sqlx::query("UPDATE meeting_decisions SET card_id = $2 WHERE id = $1")
        .bind(decision)
        .bind(card)
        .execute(conn)
        .await?;
    Ok(())
}

/// (organisation id, name) of the organisations seated on the committee today.
pub async fn seated_organisations(
    pool: &AnyPool,
    committee_id: i64,
    today: &str,
) -> Result<Vec<(i64, String)>, DbError> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT o.id, o.name FROM memberships m \
           JOIN organisations o ON o.id = m.organisation_id \
         WHERE m.committee_id = $1 AND m.since <= $2 AND (m.until IS NULL OR m.until >= $2) \
         ORDER BY o.name, o.id",
    )
    .bind(committee_id)
    .bind(today)
    .fetch_all(pool)
    .await?)
}

/// The accounts representing an organisation.
pub async fn representatives(
    conn: &mut AnyConnection,
    organisation: i64,
) -> Result<Vec<i64>, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT user_id FROM organisation_representatives WHERE organisation_id = $1 \
         ORDER BY user_id",
    )
    .bind(organisation)
    .fetch_all(conn)
    .await?)
}

/// Which meetings a listing holds.
pub struct Listing<'a> {
    /// Only these committees' meetings (already limited to those the caller may read), or
    /// every committee's when `None` (staff).
    pub committees: Option<&'a [i64]>,
    /// Only meetings this account is invited to.
    pub invited: Option<i64>,
    /// Upcoming (from `today`, soonest first) or past (before it, latest first).
    pub upcoming: bool,
    pub today: &'a str,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ListedRow {
    pub id: i64,
    pub committee_id: i64,
    pub committee: String,
    pub working_group: String,
    pub title: String,
    pub held_on: String,
    pub starts_at: String,
    pub published_at: Option<i64>,
    pub total: i64,
}

/// One page of meetings and how many there are in all.
pub async fn listing(pool: &AnyPool, l: Listing<'_>) -> Result<Vec<ListedRow>, DbError> {
    let ids = l.committees.unwrap_or(&[]);
    let n = ids.len();
    let mut filter = match l.committees {
        Some(_) if n == 0 => return Ok(Vec::new()),
        Some(_) => format!(" AND m.committee_id IN ({})", super::placeholders(n)),
        None => String::new(),
    };
    let (when, order) = if l.upcoming {
        (">=", "m.held_on, m.starts_at, m.id")
    } else {
        ("<", "m.held_on DESC, m.starts_at DESC, m.id DESC")
    };
    filter.push_str(&format!(" AND m.held_on {when} ${}", n + 1));
    if l.invited.is_some() {
        filter.push_str(&format!(
            " AND m.id IN (SELECT meeting_id FROM meeting_invitees WHERE user_id = ${})",
            n + 2
        ));
    }
    let at = n + 2 + usize::from(l.invited.is_some());
    let sql = format!(
        "SELECT m.id, m.committee_id, c.name AS committee, g.name AS working_group, m.title, \
           m.held_on, m.starts_at, m.published_at, COUNT(*) OVER () AS total \
         FROM meetings m JOIN committees c ON c.id = m.committee_id \
           JOIN working_groups g ON g.id = m.working_group_id \
         WHERE 1 = 1{filter} ORDER BY {order} LIMIT ${at} OFFSET ${}",
        at + 1
    );
    let mut query = sqlx::query_as::<_, ListedRow>(&sql);
    for id in ids {
        query = query.bind(*id);
    }
    query = query.bind(l.today);
    if let Some(user) = l.invited {
        query = query.bind(user);
    }
    Ok(query.bind(l.limit).bind(l.offset).fetch_all(pool).await?)
}
