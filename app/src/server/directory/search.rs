//! Search across committees, working groups, organisations, people, neighbourhoods, the
//! centres that take volunteers, campaigns, local actions and volunteer opportunities.
use crate::api::AppError;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::Actor;
use crate::model::directory::{MemberOption, SearchGroup, SearchHit, SearchKind, SEARCH_PER_KIND};
use crate::server::db::search::{hits, Kind};
use crate::server::db::Db;
use tracing::instrument;

const KINDS: [(SearchKind, Kind, &str); 9] = [
    (SearchKind::Committees, Kind::Committees, "/committees/"),
    (
        SearchKind::WorkingGroups,
        Kind::WorkingGroups,
        "/working-groups/",
    ),
    (
        SearchKind::Organisations,
        Kind::Organisations,
        "/organisations/",
    ),
    (SearchKind::People, Kind::People, "/people/"),
    (
        SearchKind::Neighbourhoods,
        Kind::Neighbourhoods,
        "/neighbourhoods/",
    ),
    (SearchKind::Centres, Kind::Centres, "/centres/"),
    (SearchKind::Campaigns, Kind::Campaigns, "/campaigns/"),
    (SearchKind::Actions, Kind::Actions, "/actions/"),
    (
        SearchKind::Opportunities,
        Kind::Opportunities,
        "/opportunities/",
    ),
];

/// Up to `SEARCH_PER_KIND` hits per kind on page `page`; an empty query finds nothing.
#[instrument(skip_all)]
pub async fn search(
    db: &Db,
    actor: Option<&Actor>,
    query: &str,
    page: i64,
) -> Result<Vec<SearchGroup>, AppError> {
    let folded = fold_for_search(crate::domain::text::search_term(query));
    if folded.is_empty() {
        return Ok(Vec::new());
    }
    let like = like_pattern(&folded);
    let staff = actor.is_some_and(Actor::is_staff);
    let offset = (crate::domain::paging::page_number(page) - 1) * SEARCH_PER_KIND;
    let mut groups = Vec::new();
    for (kind, store_kind, prefix) in KINDS {
        let (rows, total) =
            hits(db.read(), store_kind, &like, staff, SEARCH_PER_KIND, offset).await?;
        groups.push(SearchGroup {
            kind,
            hits: rows
                .into_iter()
                .map(|r| SearchHit {
                    href: format!("{prefix}{}", r.id),
                    title: r.title,
                    subtitle: r.subtitle,
                })
                .collect(),
            total,
        });
    }
    Ok(groups)
}

/// Verified organisations and people matching a query, as choices for a committee seat.
#[instrument(skip_all)]
pub async fn member_options(db: &Db, query: &str) -> Result<Vec<MemberOption>, AppError> {
    let like = like_pattern(&fold_for_search(query));
    let (orgs, _) = hits(db.read(), Kind::Organisations, &like, false, 15, 0).await?;
    let (people, _) = hits(db.read(), Kind::People, &like, false, 15, 0).await?;
    let orgs = orgs.into_iter().map(|r| MemberOption {
        value: format!("org:{}", r.id),
        label: r.title,
        detail: r.subtitle,
    });
    let people = people.into_iter().map(|r| MemberOption {
        value: format!("person:{}", r.id),
        label: r.title,
        detail: r.subtitle,
    });
    Ok(orgs.chain(people).collect())
}
