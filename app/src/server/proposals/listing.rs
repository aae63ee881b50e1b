//! `/proposals`: an organisation's own, those before the caller's committees, or (officials)
//! all of them, filtered, sorted and paginated.
use super::Looking;
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::{is_waiting, ProposalStatus};
use crate::model::directory::Named;
use crate::model::proposals::{ProposalCard, ProposalListPage, PROPOSALS_PER_PAGE};
use crate::server::assessments::represented_verified;
use crate::server::db::proposals::{self as store, ProposalFilter, ProposalOrder, ProposalRow};
use crate::server::db::{committees, Db};
use crate::server::directory::named;
use crate::server::now_ms;
use tracing::instrument;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The list's query as the page's filter form sends it (all text: links carry it).
#[derive(Clone, Debug, Default)]
pub struct ListQuery {
    pub status: String,
    pub dimension: String,
    pub neighbourhood: String,
    pub committee: String,
    /// Waiting longer than this many days.
    pub waiting: String,
    pub sort: String,
    pub text: String,
    pub page: i64,
}

fn id_or_none(value: &str) -> Option<i64> {
    value.trim().parse().ok().filter(|n: &i64| *n > 0)
}

/// Cards for a set of rows, with their neighbourhoods fetched in one query.
pub(crate) async fn cards(db: &Db, rows: Vec<ProposalRow>) -> Result<Vec<ProposalCard>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let places = store::neighbourhoods_of(db.read(), &ids).await?;
    let now = now_ms();
    Ok(rows
        .into_iter()
        .map(|r| {
            let status = ProposalStatus::parse(&r.status).unwrap_or(ProposalStatus::Draft);
            ProposalCard {
                id: r.id,
                title: r.title,
                organisation: named((r.organisation_id, r.organisation)),
                dimension: Dimension::parse(&r.dimension),
                status,
                committee: r.committee_id.zip(r.committee).map(named),
                neighbourhoods: places
                    .iter()
                    .filter(|(p, _, _)| *p == r.id)
                    .map(|(_, id, name)| named((*id, name.clone())))
                    .collect(),
                budget_rials: r.budget_rials,
                waiting_days: is_waiting(status).then(|| (now - r.status_since).max(0) / DAY_MS),
                status_since_ms: r.status_since,
            }
        })
        .collect())
}

#[instrument(skip_all)]
pub async fn list(
    db: &Db,
    actor: Option<&Actor>,
    query: ListQuery,
) -> Result<ProposalListPage, AppError> {
    let actor = actor.ok_or(AppError::SignInRequired)?;
    let looking = Looking::of(actor);
    let status = ProposalStatus::parse(query.status.trim()).map_or("", |s| s.as_str());
    let dimension = Dimension::parse(query.dimension.trim()).map_or("", |d| d.as_str());
    let waiting_days = id_or_none(&query.waiting);
    let folded = fold_for_search(query.text.trim());
    let filter = ProposalFilter {
        status,
        dimension,
        neighbourhood_id: id_or_none(&query.neighbourhood),
        committee_id: id_or_none(&query.committee),
        organisation_id: None,
        // Any number of days is accepted; beyond a century it means "ever".
        waiting_since_before: waiting_days.map(|d| now_ms() - d.min(36_500) * DAY_MS),
        text: &folded,
    };
    let order = match query.sort.as_str() {
        "newest" => ProposalOrder::Newest,
        "title" => ProposalOrder::Title,
        _ => ProposalOrder::Waiting,
    };
    let page = crate::domain::paging::page_number(query.page);
    let (rows, total) = store::page(
        db.read(),
        &looking.viewer(),
        &filter,
        order,
        PROPOSALS_PER_PAGE,
        (page - 1) * PROPOSALS_PER_PAGE,
    )
    .await?;
    let committees = committees::active_names(db.read())
        .await?
        .into_iter()
        .map(named)
        .collect::<Vec<Named>>();
    let may_propose = !represented_verified(db, actor).await?.is_empty();
    Ok(ProposalListPage {
        rows: cards(db, rows).await?,
        total,
        page,
        pages: crate::domain::paging::page_count(total, PROPOSALS_PER_PAGE),
        committees,
        may_propose,
    })
}

/// The proposals for a neighbourhood the caller may see (none for visitors), most recent
/// first.
pub async fn in_neighbourhood(
    db: &Db,
    actor: Option<&Actor>,
    neighbourhood_id: i64,
) -> Result<Vec<ProposalCard>, AppError> {
    let Some(actor) = actor else {
        return Ok(Vec::new());
    };
    let looking = Looking::of(actor);
    let filter = ProposalFilter {
        neighbourhood_id: Some(neighbourhood_id),
        ..Default::default()
    };
    let (rows, _) = store::page(
        db.read(),
        &looking.viewer(),
        &filter,
        ProposalOrder::Newest,
        PROPOSALS_PER_PAGE,
        0,
    )
    .await?;
    cards(db, rows).await
}
