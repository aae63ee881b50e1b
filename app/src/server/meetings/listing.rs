//! `/meetings`: the meetings of the committees the caller sits on (every committee's for staff),
//! upcoming, the caller's own, or past with their minutes, filtered by committee.
use crate::api::AppError;
use crate::domain::meeting_rules::{may_manage, may_read};
use crate::domain::paging::page_number;
use crate::domain::permissions::Actor;
use crate::model::directory::Named;
use crate::model::meetings::{ListedMeeting, MeetingsOverview, MeetingsShown};
use crate::server::db::committees;
use crate::server::db::meetings::{self as store, Listing};
use crate::server::db::Db;
use crate::server::today_iso;
use tracing::instrument;

pub const PER_PAGE: i64 = 20;

#[instrument(skip_all)]
pub async fn overview(
    db: &Db,
    actor: Option<&Actor>,
    committee: Option<i64>,
    shown: MeetingsShown,
    page: i64,
) -> Result<MeetingsOverview, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let staff = actor.is_staff();
    let named = |(id, name): (i64, String)| Named { id, name };
    let active = committees::active_names(db.read()).await?;
    let readable: Vec<Named> = active
        .iter()
        .filter(|(id, _)| may_read(staff, actor.committee_role(*id)))
        .cloned()
        .map(named)
        .collect();
    let schedulable = active
        .into_iter()
        .filter(|(id, _)| may_manage(staff, actor.committee_role(*id)))
        .map(named)
        .collect();
    // A committee filter narrows; it never widens what the caller may read.
    let ids: Vec<i64> = readable
        .iter()
        .map(|c| c.id)
        .filter(|id| committee.is_none_or(|wanted| wanted == *id))
        .collect();
    let page = page_number(page);
    let today = today_iso();
    let rows = store::listing(
        db.read(),
        Listing {
            committees: (!staff || committee.is_some()).then_some(&ids[..]),
            invited: (shown == MeetingsShown::Mine).then_some(actor.user_id),
            upcoming: shown != MeetingsShown::Past,
            today: &today,
            limit: PER_PAGE,
            offset: (page - 1) * PER_PAGE,
        },
    )
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let meetings = rows
        .into_iter()
        .map(|r| ListedMeeting {
            id: r.id,
            title: r.title,
            committee: Named {
                id: r.committee_id,
                name: r.committee,
            },
            working_group: r.working_group,
            held_on: r.held_on,
            starts_at: r.starts_at,
            published: r.published_at.is_some(),
        })
        .collect();
    Ok(MeetingsOverview {
        committees: readable,
        schedulable,
        meetings,
        total,
        page,
        pages: (total + PER_PAGE - 1) / PER_PAGE,
    })
}
