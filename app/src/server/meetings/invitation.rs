//! A meeting's calendar invitation (`.ics`, RFC 5545, built by the icalendar crate): the time
//! typed in Iran's clock given in UTC (Iran keeps +03:30 all year), so every calendar shows it
//! at the right hour wherever the reader is; the place, the online link and the page.
use super::open;
use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::permissions::Actor;
use crate::domain::reminders::utc_ms_of_iran;
use crate::server::db::meetings::MeetingRow;
use crate::server::db::Db;
use chrono::{DateTime, Duration, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

/// A meeting is put in calendars as two hours long (meetings have no set end).
const LENGTH_HOURS: i64 = 2;

/// The calendar file for a meeting the caller may read.
pub async fn for_caller(
    db: &Db,
    actor: Option<&Actor>,
    id: i64,
    origin: &str,
) -> Result<String, AppError> {
    let opened = open(db, actor, id).await?;
    calendar(&opened.row, origin, crate::server::now_ms()).ok_or(AppError::NotFound)
}

/// The calendar file for a meeting (for its invitation email), or `None` if its day or time
/// cannot be read.
pub fn calendar(row: &MeetingRow, origin: &str, now: i64) -> Option<String> {
    let day = parse_iso(&row.held_on)?;
    let time = NaiveTime::parse_from_str(&row.starts_at, "%H:%M").ok()?;
    let start_ms = utc_ms_of_iran(day.and_time(time));
    let start = DateTime::<Utc>::from_timestamp_millis(start_ms)?;
    let stamp = DateTime::<Utc>::from_timestamp_millis(now)?;
    let page = format!("{origin}/meetings/{}", row.id);
    let mut description = format!("{} — {}\n{page}", row.committee, row.working_group);
    if !row.online_link.is_empty() {
        description.push_str(&format!("\n{}", row.online_link));
    }
    let location = if row.place.is_empty() {
        row.online_link.as_str()
    } else {
        row.place.as_str()
    };
    let host = origin
        .split("://")
        .nth(1)
        .filter(|h| !h.is_empty())
        .unwrap_or("tavana.local");
    let event = Event::new()
        .uid(&format!("meeting-{}@{host}", row.id))
        .timestamp(stamp)
        .summary(&row.title)
        .description(&description)
        .location(location)
        .url(&page)
        .starts(start)
        .ends(start + Duration::hours(LENGTH_HOURS))
        .add_property("SEQUENCE", row.version.to_string())
        .done();
    let calendar = Calendar::new()
        .name(&row.committee)
        .timezone("Asia/Tehran")
        .push(event)
        .done();
    Some(calendar.to_string())
}
