//! Neighbourhoods: the list with its plot, one neighbourhood's page, creating one.
use super::check;
use super::organisations::card as organisation_card;
use crate::api::AppError;
use crate::domain::codes::Dimension;
use crate::domain::directory_rules as rules;
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::FormErrors;
use crate::model::directory::{Named, NeighbourhoodCard, NeighbourhoodDetail};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::neighbourhoods::{self as store, NeighbourhoodRow, NewNeighbourhood};
use crate::server::db::{organisations, working_groups::Scope, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
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
    })
}

/// A neighbourhood as typed in its form (numbers in any digits).
#[derive(Clone, Debug, Default)]
pub struct NeighbourhoodInput {
    pub name: String,
    pub city: String,
    pub county: String,
    pub district: String,
    pub population: String,
    pub households: String,
    pub area_hectares: String,
    pub latitude: String,
    pub longitude: String,
    pub facilitation_office_id: Option<i64>,
    /// Social, economic, physical, environmental.
    pub problems: [String; 4],
}

#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: NeighbourhoodInput) -> Result<i64, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let mut e = FormErrors::default();
    let name = e.check("name", rules::title(&input.name, 2, rules::TITLE_MAX));
    let city = e.check("city", rules::title(&input.city, 2, rules::TITLE_MAX));
    let county = e.check(
        "county",
        rules::optional_text(&input.county, rules::TITLE_MAX),
    );
    let district = e.check(
        "district",
        rules::optional_text(&input.district, rules::TITLE_MAX),
    );
    let population = e.check("population", rules::optional_count(&input.population));
    let households = e.check("households", rules::optional_count(&input.households));
    let area = e.check(
        "area_hectares",
        rules::optional_decimal(&input.area_hectares, 0.0, 1e6),
    );
    let latitude = e.check(
        "latitude",
        rules::optional_decimal(&input.latitude, -90.0, 90.0),
    );
    let longitude = e.check(
        "longitude",
        rules::optional_decimal(&input.longitude, -180.0, 180.0),
    );
    let fields = [
        "problems_social",
        "problems_economic",
        "problems_physical",
        "problems_environmental",
    ];
    let problems: Vec<Option<String>> = fields
        .iter()
        .zip(&input.problems)
        .map(|(f, text)| e.check(f, rules::optional_text(text, rules::LONG_TEXT_MAX)))
        .collect();
    if !e.is_empty() {
        return Err(e.into());
    }
    let (
        Some(name),
        Some(city),
        Some(county),
        Some(district),
        Some(population),
        Some(households),
        Some(area),
        Some(latitude),
        Some(longitude),
    ) = (
        name, city, county, district, population, households, area, latitude, longitude,
    )
    else {
        return Err(e.into());
    };
    let problems: Vec<String> = problems
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewNeighbourhood {
            name: &name,
            city: &city,
            county: &county,
            district: &district,
            population,
            households,
            area_hectares: area,
            latitude,
            longitude,
            facilitation_office_id: input.facilitation_office_id,
            problems: [&problems[0], &problems[1], &problems[2], &problems[3]],
            search_text: &fold_for_search(&format!("{name} {city} {county}")),
            now,
        },
    )
    .await?;
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: "neighbourhood.create",
        object_kind: "neighbourhood",
        object_id: id.to_string(),
        before: None,
        after: Some(json!({ "name": name, "city": city })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
