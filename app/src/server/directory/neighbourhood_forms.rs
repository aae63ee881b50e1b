//! Adding and editing neighbourhoods (officials and admins): facts in any digits, the
//! facilitation office, and the main problems per dimension.
use super::{changed_meanwhile, check, named};
use crate::api::AppError;
use crate::domain::codes::OrgKind;
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::directory::{NeighbourhoodEdit, NeighbourhoodForm};
use crate::server::db::audit;
use crate::server::db::neighbourhoods::{self as store, NewNeighbourhood};
use crate::server::db::{organisations, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

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
    /// The chosen facilitation office's id as sent by the form; empty for none.
    pub facilitation_office: String,
    /// Social, economic, physical, environmental.
    pub problems: [String; 4],
}

/// What the form offers (the verified facilitation offices) and, for an edit, the values.
#[instrument(skip_all)]
pub async fn form(db: &Db, actor: &Actor, id: Option<i64>) -> Result<NeighbourhoodForm, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let values = match id {
        None => None,
        Some(id) => {
            let r = store::find(db.read(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            Some(NeighbourhoodEdit {
                id,
                version: r.version,
                name: r.name,
                city: r.city,
                county: r.county,
                district: r.district,
                population: r.population,
                households: r.households,
                area_hectares: r.area_hectares,
                latitude: r.latitude,
                longitude: r.longitude,
                facilitation_office_id: r.facilitation_office_id,
                problems: [
                    r.problems_social,
                    r.problems_economic,
                    r.problems_physical,
                    r.problems_environmental,
                ],
            })
        }
    };
    let offices = organisations::verified_of_kind(db.read(), OrgKind::Facilitation.as_str())
        .await?
        .into_iter()
        .map(named)
        .collect();
    Ok(NeighbourhoodForm { offices, values })
}

/// The checked values of a neighbourhood form.
struct Checked {
    name: String,
    city: String,
    county: String,
    district: String,
    population: Option<i64>,
    households: Option<i64>,
    area: Option<f64>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    office: Option<i64>,
    problems: Vec<String>,
}

impl Checked {
    fn row(&self, now: i64) -> NewNeighbourhood<'_> {
        NewNeighbourhood {
            name: &self.name,
            city: &self.city,
            county: &self.county,
            district: &self.district,
            population: self.population,
            households: self.households,
            area_hectares: self.area,
            latitude: self.latitude,
            longitude: self.longitude,
            facilitation_office_id: self.office,
            problems: [
                &self.problems[0],
                &self.problems[1],
                &self.problems[2],
                &self.problems[3],
            ],
            search_text: "",
            now,
        }
    }
}

async fn checked(db: &Db, input: &NeighbourhoodInput) -> Result<Checked, AppError> {
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
    let office = e.check(
        "facilitation_office",
        rules::optional_count(&input.facilitation_office),
    );
    if let Some(Some(office)) = office {
        let offices =
            organisations::verified_of_kind(db.read(), OrgKind::Facilitation.as_str()).await?;
        if !offices.iter().any(|(id, _)| *id == office) {
            e.push("facilitation_office", FieldIssue::InvalidChoice);
        }
    }
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
    match (
        name, city, county, district, population, households, area, latitude, longitude, office,
    ) {
        (
            Some(name),
            Some(city),
            Some(county),
            Some(district),
            Some(population),
            Some(households),
            Some(area),
            Some(latitude),
            Some(longitude),
            Some(office),
        ) if e.is_empty() => Ok(Checked {
            name,
            city,
            county,
            district,
            population,
            households,
            area,
            latitude,
            longitude,
            office,
            problems: problems
                .into_iter()
                .map(Option::unwrap_or_default)
                .collect(),
        }),
        _ => Err(e.into()),
    }
}

#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: NeighbourhoodInput) -> Result<i64, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let fields = checked(db, &input).await?;
    let search = fold_for_search(&format!(
        "{} {} {}",
        fields.name, fields.city, fields.county
    ));
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let row = NewNeighbourhood {
        search_text: &search,
        ..fields.row(now)
    };
    let id = store::insert(&mut tx, row).await?;
    let after = json!({ "name": fields.name, "city": fields.city });
    record(&mut tx, actor, "neighbourhood.create", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    input: NeighbourhoodInput,
) -> Result<(), AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let fields = checked(db, &input).await?;
    if before.version != version {
        return Err(changed_meanwhile(before.version));
    }
    let search = fold_for_search(&format!(
        "{} {} {}",
        fields.name, fields.city, fields.county
    ));
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let row = NewNeighbourhood {
        search_text: &search,
        ..fields.row(now)
    };
    match store::update(&mut tx, id, version, row).await {
        Err(DbError::Conflict) => return Err(changed_meanwhile(before.version + 1)),
        other => other?,
    }
    let after = json!({
        "name": fields.name,
        "population": fields.population,
        "facilitation_office": fields.office,
        "before": {
            "name": before.name,
            "population": before.population,
            "facilitation_office": before.facilitation_office_id,
        },
    });
    record(&mut tx, actor, "neighbourhood.update", id, after, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    action: &str,
    id: i64,
    after: serde_json::Value,
    now: i64,
) -> Result<(), DbError> {
    audit::change(
        conn,
        Some(actor.user_id),
        action,
        "neighbourhood",
        id,
        after,
        now,
    )
    .await
}
