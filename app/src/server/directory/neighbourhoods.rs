//! Neighbourhoods: the list with its plot, and one neighbourhood's page.
use super::history_for;
use super::organisations::card as organisation_card;
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::Actor;
use crate::domain::project_rules::StalledRule;
use crate::model::directory::{Named, NeighbourhoodCard, NeighbourhoodDetail};
use crate::server::db::neighbourhoods::{self as store, NeighbourhoodRow};
use crate::server::db::{organisations, working_groups::Scope, Db};
use tracing::instrument;

fn card(r: &NeighbourhoodRow) -> NeighbourhoodCard {
    NeighbourhoodCard {
        id: r.id,
        name: r.name.clone(),
        city: r.city.clone(),
        county: r.county.clone(),
        population: r.population,
        households: r.households,
        latitude: r.latitude,
        longitude: r.longitude,
    }
}

#[instrument(skip_all)]
pub async fn list(db: &Db, query: &str) -> Result<Vec<NeighbourhoodCard>, AppError> {
    let like = like_pattern(&fold_for_search(query));
    Ok(store::all(db.read(), &like)
        .await?
        .iter()
        .map(card)
        .collect())
}

#[instrument(skip_all)]
pub async fn detail(
    db: &Db,
    actor: Option<&Actor>,
    rule: StalledRule,
    id: i64,
) -> Result<NeighbourhoodDetail, AppError> {
    let r = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let staff = actor.is_some_and(Actor::is_staff);
    let organisations = organisations::in_neighbourhood(db.read(), id, staff)
        .await?
        .iter()
        .map(organisation_card)
        .collect();
    let working_groups = super::working_groups::cards(db, Scope::Neighbourhood(id)).await?;
    let problems = [
        (Dimension::Social, &r.problems_social),
        (Dimension::Economic, &r.problems_economic),
        (Dimension::Physical, &r.problems_physical),
        (Dimension::Environmental, &r.problems_environmental),
    ]
    .into_iter()
    .filter(|(_, text)| !text.is_empty())
    .map(|(d, text)| (d, text.clone()))
    .collect();
    let projects = crate::server::projects::listing::list(db, rule, "", Some(id), 1).await?;
    Ok(NeighbourhoodDetail {
        card: card(&r),
        district: r.district,
        area_hectares: r.area_hectares,
        facilitation_office: r
            .facilitation_office_id
            .zip(r.facilitation_office)
            .map(|(id, name)| Named { id, name }),
        problems,
        organisations,
        working_groups,
        assessments: crate::server::assessments::of_neighbourhood(db, id).await?,
        may_record_assessment: match actor {
            Some(a) => !crate::server::assessments::represented_verified(db, a)
                .await?
                .is_empty(),
            None => false,
        },
        proposals: crate::server::proposals::listing::in_neighbourhood(db, actor, id).await?,
        projects: projects.rows,
        project_count: projects.total,
        history: history_for(db, actor, "neighbourhood", id).await?,
    })
}
