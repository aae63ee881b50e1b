//! "My work": one query per group, each answering the first few items in priority order and
//! (through a window count) how many there are in all.
use super::DbError;
use crate::domain::directory_rules::iso;
use chrono::NaiveDate;
use sqlx::AnyPool;

/// One waiting item as a group's query answers it; which columns mean what depends on the
/// group (`parent_id` is the board or meeting an item lives on, `state` a code).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct WorkRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub title: String,
    pub note: String,
    pub state: String,
    pub link: String,
    pub since_ms: Option<i64>,
    pub since_day: Option<String>,
    pub due_on: Option<String>,
    pub total: i64,
}

/// The columns every group selects after its own; keeps the row shape in one place.
pub(super) const TOTAL: &str = "COUNT(*) OVER () AS total";

pub(super) async fn rows(
    pool: &AnyPool,
    sql: &str,
    ids: &[i64],
    texts: &[&str],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let mut query = sqlx::query_as::<_, WorkRow>(sql);
    for id in ids {
        query = query.bind(*id);
    }
    for text in texts {
        query = query.bind(*text);
    }
    Ok(query.bind(limit).fetch_all(pool).await?)
}

/// Organisations waiting for an official's verification, oldest first.
pub async fn organisations_to_verify(pool: &AnyPool, limit: i64) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT id, CAST(NULL AS BIGINT) AS parent_id, name AS title, '' AS note, '' AS state, \
           '' AS link, created_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM organisations WHERE status = 'pending' ORDER BY created_at, id LIMIT $1"
    );
    rows(pool, &sql, &[], &[], limit).await
}

/// "Or the centre is run by one of these organisations", their ids bound from `$first` on.
fn run_by(first: usize, count: usize) -> String {
    if count == 0 {
        return String::new();
    }
    let places: Vec<String> = (first..first + count).map(|i| format!("${i}")).collect();
    format!("OR c.organisation_id IN ({})", places.join(", "))
}

/// Work rows at centres the caller manages (as its manager account or for the organisation
/// running it): `select` ends where the centre's condition goes (`... AND`).
async fn at_managed_centres(
    pool: &AnyPool,
    select: &str,
    order: &str,
    user_id: i64,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let runner = run_by(2, organisations.len());
    let sql = format!(
        "{select} (c.manager_id = $1 {runner}) ORDER BY {order} LIMIT ${}",
        organisations.len() + 2
    );
    let mut ids = vec![user_id];
    ids.extend_from_slice(organisations);
    rows(pool, &sql, &ids, &[], limit).await
}

/// Volunteers proposed to centres the caller manages, the soonest due first; the note is the
/// centre's name.
pub async fn placements_to_answer(
    pool: &AnyPool,
    user_id: i64,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let select = format!(
        "SELECT p.id, c.id AS parent_id, v.full_name AS title, c.name AS note, p.state, \
           '' AS link, p.proposed_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM placements p JOIN volunteers v ON v.id = p.volunteer_id \
         JOIN centre_requests r ON r.id = p.request_id JOIN centres c ON c.id = r.centre_id \
         WHERE p.state = 'proposed' AND"
    );
    let order = "p.answer_by, p.id";
    at_managed_centres(pool, &select, order, user_id, organisations, limit).await
}

/// Days of service volunteers reported at centres the caller manages, oldest first.
pub async fn hours_to_approve(
    pool: &AnyPool,
    user_id: i64,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let select = format!(
        "SELECT h.id, c.id AS parent_id, v.full_name AS title, c.name AS note, h.state, \
           '' AS link, h.reported_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM service_hours h JOIN volunteers v ON v.id = h.volunteer_id \
         JOIN centres c ON c.id = h.centre_id WHERE h.state = 'pending' AND"
    );
    let order = "h.reported_at, h.id";
    at_managed_centres(pool, &select, order, user_id, organisations, limit).await
}

/// Shifts of opportunities the caller runs (at centres they manage, or published by an
/// organisation they represent) that took place (before today, within the year
/// attendance may still be recorded) with someone booked and attendance not recorded; the
/// oldest first. The note is the centre's name; the parent the opportunity.
pub async fn attendance_to_record(
    pool: &AnyPool,
    user_id: i64,
    organisations: &[i64],
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let runner = run_by(4, organisations.len());
    // An opportunity an organisation published is its representatives' to record, not the
    // centre's where it took place.
    let publisher = runner.replace("c.organisation_id", "o.organisation_id");
    let sql = format!(
        "SELECT s.id, o.id AS parent_id, o.title, c.name AS note, '' AS state, '' AS link, \
           CAST(NULL AS BIGINT) AS since_ms, s.day AS since_day, CAST(NULL AS TEXT) AS due_on, \
           {TOTAL} \
         FROM shifts s JOIN opportunities o ON o.id = s.opportunity_id \
         JOIN centres c ON c.id = o.centre_id \
         WHERE s.cancelled_at IS NULL AND s.attendance_at IS NULL AND s.day < $2 AND s.day >= $3 \
           AND EXISTS (SELECT 1 FROM shift_signups g WHERE g.shift_id = s.id AND g.state = 'booked') \
           AND ((o.organisation_id IS NULL AND (c.manager_id = $1 {runner})) {publisher}) \
         ORDER BY s.day, s.starts_at, s.id LIMIT ${}",
        organisations.len() + 4
    );
    let year_ago = iso(today - chrono::Duration::days(365));
    let mut query = sqlx::query_as::<_, WorkRow>(&sql)
        .bind(user_id)
        .bind(iso(today))
        .bind(year_ago);
    for id in organisations {
        query = query.bind(*id);
    }
    Ok(query.bind(limit).fetch_all(pool).await?)
}

/// Local actions past their day and not closed that the caller runs (as the centre's manager
/// or for the organisation holding it), the oldest day first; the note is the centre's name,
/// or the organisation's for its own action.
pub async fn actions_to_close(
    pool: &AnyPool,
    user_id: i64,
    organisations: &[i64],
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let runner = if organisations.is_empty() {
        String::new()
    } else {
        let places: Vec<String> = (3..3 + organisations.len())
            .map(|i| format!("${i}"))
            .collect();
        format!("OR a.organisation_id IN ({})", places.join(", "))
    };
    let sql = format!(
        "SELECT a.id, a.centre_id AS parent_id, a.title, COALESCE(c.name, o.name) AS note, \
           '' AS state, '' AS link, CAST(NULL AS BIGINT) AS since_ms, a.held_on AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM local_actions a JOIN organisations o ON o.id = a.organisation_id \
         LEFT JOIN centres c ON c.id = a.centre_id \
         WHERE a.state = 'published' AND a.held_on < $2 AND (c.manager_id = $1 {runner}) \
         ORDER BY a.held_on, a.id LIMIT ${}",
        organisations.len() + 3
    );
    let mut query = sqlx::query_as::<_, WorkRow>(&sql)
        .bind(user_id)
        .bind(iso(today));
    for id in organisations {
        query = query.bind(*id);
    }
    Ok(query.bind(limit).fetch_all(pool).await?)
}

/// The caller's seats in tomorrow's shifts still to confirm (by 20:00 today); the note is the
/// centre's name; the parent the opportunity.
pub async fn seats_to_confirm(
    pool: &AnyPool,
    user_id: i64,
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT s.id, o.id AS parent_id, o.title, c.name AS note, g.state, '' AS link, \
           CAST(NULL AS BIGINT) AS since_ms, CAST(NULL AS TEXT) AS since_day, $2 AS due_on, \
           {TOTAL} \
         FROM shift_signups g JOIN volunteers v ON v.id = g.volunteer_id \
         JOIN shifts s ON s.id = g.shift_id JOIN opportunities o ON o.id = s.opportunity_id \
         JOIN centres c ON c.id = o.centre_id \
         WHERE v.user_id = $1 AND g.state = 'booked' AND g.confirmed_at IS NULL \
           AND s.cancelled_at IS NULL AND s.day = $3 \
         ORDER BY s.starts_at, s.id LIMIT $4"
    );
    let tomorrow = iso(today + chrono::Duration::days(1));
    Ok(sqlx::query_as(&sql)
        .bind(user_id)
        .bind(iso(today))
        .bind(tomorrow)
        .bind(limit)
        .fetch_all(pool)
        .await?)
}

/// Volunteers waiting for one of `organisations` (as their intermediary) to verify or activate
/// them, the longest waiting first; the note is their intermediary's name.
pub async fn volunteers_waiting(
    pool: &AnyPool,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let select = format!(
        "SELECT v.id, v.intermediary_id AS parent_id, v.full_name AS title, o.name AS note, \
           v.state, '' AS link, v.state_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM volunteers v JOIN organisations o ON o.id = v.intermediary_id \
         WHERE v.state IN ('applied', 'verified') AND"
    );
    of_intermediaries(pool, &select, "v.state_at, v.id", organisations, limit).await
}

/// Work rows about volunteers whose intermediary is one of `organisations`: `select` ends
/// where that condition goes (`... AND`; the volunteers' alias is `v`).
async fn of_intermediaries(
    pool: &AnyPool,
    select: &str,
    order: &str,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    if organisations.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "{select} v.intermediary_id IN ({}) ORDER BY {order} LIMIT ${}",
        super::placeholders(organisations.len()),
        organisations.len() + 1
    );
    rows(pool, &sql, organisations, &[], limit).await
}

/// Proposals of volunteers of `organisations` (as their intermediary) that a centre declined
/// or left unanswered, while the volunteer is active and nothing was proposed for them since:
/// the intermediary finds them another place. The longest waiting first; the note is the
/// centre's name, the parent the volunteer.
pub async fn placements_back(
    pool: &AnyPool,
    organisations: &[i64],
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let select = format!(
        "SELECT p.id, v.id AS parent_id, v.full_name AS title, c.name AS note, p.state, \
           '' AS link, COALESCE(p.decided_at, p.proposed_at) AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM placements p JOIN volunteers v ON v.id = p.volunteer_id \
         JOIN centre_requests r ON r.id = p.request_id JOIN centres c ON c.id = r.centre_id \
         WHERE p.state IN ('declined', 'returned') AND v.state = 'active' \
           AND NOT EXISTS (SELECT 1 FROM placements q \
                           WHERE q.volunteer_id = p.volunteer_id AND q.id > p.id) AND"
    );
    let order = "COALESCE(p.decided_at, p.proposed_at), p.id";
    of_intermediaries(pool, &select, order, organisations, limit).await
}

/// Proposals in `status`, optionally only those before one of `committees`, oldest first.
pub async fn proposals_in(
    pool: &AnyPool,
    status: &str,
    committees: Option<&[i64]>,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let (filter, ids) = match committees {
        Some(ids) => (
            format!("AND committee_id IN ({})", super::placeholders(ids.len())),
            ids,
        ),
        None => (String::new(), &[][..]),
    };
    let at = ids.len() + 1;
    let sql = format!(
        "SELECT id, committee_id AS parent_id, title, '' AS note, status AS state, '' AS link, \
           status_since AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM proposals WHERE status = ${at} {filter} \
         ORDER BY status_since, id LIMIT ${}",
        at + 1
    );
    rows(pool, &sql, ids, &[status], limit).await
}

/// The proposals of the caller's organisations in `status`, oldest first; a revision request
/// carries its reason.
pub async fn own_proposals_in(
    pool: &AnyPool,
    user_id: i64,
    status: &str,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT p.id, CAST(NULL AS BIGINT) AS parent_id, p.title, \
           COALESCE((SELECT mv.reason FROM proposal_moves mv WHERE mv.proposal_id = p.id \
             AND mv.action = 'request_revision' ORDER BY mv.at DESC, mv.id DESC LIMIT 1), '') \
             AS note, p.status AS state, '' AS link, p.status_since AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM proposals p WHERE p.status = $2 AND p.organisation_id IN \
           (SELECT organisation_id FROM organisation_representatives WHERE user_id = $1) \
         ORDER BY p.status_since, p.id LIMIT $3"
    );
    rows(pool, &sql, &[user_id], &[status], limit).await
}

/// Emails that failed at least once and are not sent yet, oldest first.
pub async fn failed_emails(pool: &AnyPool, limit: i64) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT o.id, CAST(NULL AS BIGINT) AS parent_id, n.subject AS title, \
           o.last_error AS note, '' AS state, '' AS link, o.created_at AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM outbox o JOIN notifications n ON n.id = o.notification_id \
         WHERE o.sent_at IS NULL AND o.attempts > 0 ORDER BY o.created_at, o.id LIMIT $1"
    );
    rows(pool, &sql, &[], &[], limit).await
}

/// Meetings of `committees` without published minutes: those held before `today` (minutes to
/// publish) or, with `upcoming`, those from `today` to `until` (to prepare).
pub async fn meetings_of(
    pool: &AnyPool,
    committees: &[i64],
    upcoming: bool,
    today: &str,
    until: &str,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let n = committees.len();
    let (when, days) = if upcoming {
        let when = format!("held_on >= ${} AND held_on <= ${}", n + 1, n + 2);
        (when, vec![today, until])
    } else {
        (format!("held_on < ${}", n + 1), vec![today])
    };
    let sql = format!(
        "SELECT id, committee_id AS parent_id, title, place AS note, '' AS state, '' AS link, \
           CAST(NULL AS BIGINT) AS since_ms, held_on AS since_day, held_on AS due_on, {TOTAL} \
         FROM meetings WHERE published_at IS NULL AND committee_id IN ({}) AND {when} \
         ORDER BY held_on, id LIMIT ${}",
        super::placeholders(n),
        n + days.len() + 1
    );
    rows(pool, &sql, committees, &days, limit).await
}

/// Decisions of published minutes not done by their due day: those of `committees` overdue
/// before `today`, or (with `committees` empty) those assigned to `user_id`, whatever their day.
pub async fn open_decisions(
    pool: &AnyPool,
    committees: &[i64],
    user_id: i64,
    today: &str,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let n = committees.len();
    let (whose, ids, days) = if n == 0 {
        let whose = "d.responsible_user_id = $1".to_string();
        (whose, vec![user_id], vec![])
    } else {
        let whose = format!(
            "m.committee_id IN ({}) AND d.due_on < ${}",
            super::placeholders(n),
            n + 1
        );
        (whose, committees.to_vec(), vec![today])
    };
    let sql = format!(
        "SELECT d.id, d.meeting_id AS parent_id, d.text AS title, m.title AS note, \
           '' AS state, '' AS link, m.published_at AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, d.due_on AS due_on, {TOTAL} \
         FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id \
         WHERE m.published_at IS NOT NULL AND {whose} \
           AND NOT EXISTS (SELECT 1 FROM board_cards c WHERE c.id = d.card_id AND c.lane = 'done') \
         ORDER BY d.due_on, d.id LIMIT ${}",
        ids.len() + days.len() + 1
    );
    rows(pool, &sql, &ids, &days, limit).await
}

/// Milestones not done of running projects the caller's organisations lead, due by `until`.
pub async fn milestones_due(
    pool: &AnyPool,
    user_id: i64,
    until: &str,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT ms.id, p.id AS parent_id, ms.title, p.title AS note, '' AS state, '' AS link, \
           CAST(NULL AS BIGINT) AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           ms.due_on AS due_on, {TOTAL} \
         FROM milestones ms JOIN projects p ON p.id = ms.project_id \
         WHERE ms.done_on IS NULL AND p.status = 'active' AND ms.due_on <= $2 \
           AND p.lead_organisation_id IN \
             (SELECT organisation_id FROM organisation_representatives WHERE user_id = $1) \
         ORDER BY ms.due_on, ms.id LIMIT $3"
    );
    rows(pool, &sql, &[user_id], &[until], limit).await
}

/// Running projects the caller's organisations lead, with the day of the last report (the
/// report rule decides which are due; a lead has few projects).
pub async fn led_projects(pool: &AnyPool, user_id: i64) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT p.id, CAST(NULL AS BIGINT) AS parent_id, p.title, '' AS note, '' AS state, \
           '' AS link, p.status_since AS since_ms, \
           (SELECT MAX(u.reported_on) FROM progress_updates u WHERE u.project_id = p.id \
             AND u.organisation_id = p.lead_organisation_id) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM projects p WHERE p.status = 'active' AND p.lead_organisation_id IN \
           (SELECT organisation_id FROM organisation_representatives WHERE user_id = $1) \
         ORDER BY p.id LIMIT $2"
    );
    rows(pool, &sql, &[user_id], &[], 1000).await
}

/// The caller's organisations that are not verified (pending or rejected, with the reason).
pub async fn unverified_own(
    pool: &AnyPool,
    user_id: i64,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT o.id, CAST(NULL AS BIGINT) AS parent_id, o.name AS title, \
           o.rejection_reason AS note, o.status AS state, '' AS link, o.created_at AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM organisations o WHERE o.status <> 'verified' AND o.id IN \
           (SELECT organisation_id FROM organisation_representatives WHERE user_id = $1) \
         ORDER BY o.created_at, o.id LIMIT $2"
    );
    rows(pool, &sql, &[user_id], &[], limit).await
}

/// Board cards assigned to the caller and not done: those with a due day first, soonest first.
pub async fn my_tasks(pool: &AnyPool, user_id: i64, limit: i64) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT c.id, c.working_group_id AS parent_id, c.title, w.name AS note, \
           c.lane AS state, '' AS link, c.created_at AS since_ms, \
           CAST(NULL AS TEXT) AS since_day, c.due_on AS due_on, {TOTAL} \
         FROM board_cards c JOIN board_card_assignees a ON a.card_id = c.id \
           JOIN working_groups w ON w.id = c.working_group_id \
         WHERE a.user_id = $1 AND c.lane IN ('todo', 'doing') \
         ORDER BY CASE WHEN c.due_on IS NULL THEN 1 ELSE 0 END, c.due_on, c.created_at, c.id \
         LIMIT $2"
    );
    rows(pool, &sql, &[user_id], &[], limit).await
}

/// Mentions of the caller not yet read, oldest first.
pub async fn unread_mentions(
    pool: &AnyPool,
    user_id: i64,
    limit: i64,
) -> Result<Vec<WorkRow>, DbError> {
    let sql = format!(
        "SELECT id, CAST(NULL AS BIGINT) AS parent_id, subject AS title, detail AS note, \
           '' AS state, link, created_at AS since_ms, CAST(NULL AS TEXT) AS since_day, \
           CAST(NULL AS TEXT) AS due_on, {TOTAL} \
         FROM notifications WHERE user_id = $1 AND kind = 'mention' AND read_at IS NULL \
         ORDER BY created_at, id LIMIT $2"
    );
    rows(pool, &sql, &[user_id], &[], limit).await
}
