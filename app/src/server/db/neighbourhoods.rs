//! Neighbourhoods.
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NeighbourhoodRow {
    pub id: i64,
    pub name: String,
    pub city: String,
    pub county: String,
    pub district: String,
    pub population: Option<i64>,
    pub households: Option<i64>,
    pub area_hectares: Option<f64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub facilitation_office_id: Option<i64>,
    pub facilitation_office: Option<String>,
    pub problems_social: String,
    pub problems_economic: String,
    pub problems_physical: String,
    pub problems_environmental: String,
    pub version: i64,
}

pub struct NewNeighbourhood<'a> {
    pub name: &'a str,
    pub city: &'a str,
    pub county: &'a str,
    pub district: &'a str,
    pub population: Option<i64>,
    pub households: Option<i64>,
    pub area_hectares: Option<f64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub facilitation_office_id: Option<i64>,
    /// Social, economic, physical, environmental.
    pub problems: [&'a str; 4],
    pub search_text: &'a str,
    pub now: i64,
}

const SELECT: &str = "SELECT n.id, n.name, n.city, n.county, n.district, n.population, \
       n.households, n.area_hectares, n.latitude, n.longitude, n.facilitation_office_id, \
       o.name AS facilitation_office, n.problems_social, n.problems_economic, \
       n.problems_physical, n.problems_environmental, n.version \
     FROM neighbourhoods n LEFT JOIN organisations o ON o.id = n.facilitation_office_id";

/// The columns an insert or update writes, in bind order from `$1`.
const COLUMNS: [&str; 15] = [
    "name",
    "city",
    "county",
    "district",
    "population",
    "households",
    "area_hectares",
    "latitude",
    "longitude",
    "facilitation_office_id",
    "problems_social",
    "problems_economic",
    "problems_physical",
    "problems_environmental",
    "search_text",
];

fn bind_all<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    n: &NewNeighbourhood<'q>,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    query
        .bind(n.name)
        .bind(n.city)
        .bind(n.county)
        .bind(n.district)
        .bind(n.population)
        .bind(n.households)
        .bind(n.area_hectares)
        .bind(n.latitude)
        .bind(n.longitude)
        .bind(n.facilitation_office_id)
        .bind(n.problems[0])
        .bind(n.problems[1])
        .bind(n.problems[2])
        .bind(n.problems[3])
        .bind(n.search_text)
        .bind(n.now)
}

pub async fn insert(conn: &mut AnyConnection, n: NewNeighbourhood<'_>) -> Result<i64, DbError> {
    let places: Vec<String> = (1..=COLUMNS.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "INSERT INTO neighbourhoods ({}, created_at, updated_at) VALUES ({}, $16, $16) \
         RETURNING id",
        COLUMNS.join(", "),
        places.join(", ")
    );
    let row = bind_all(sqlx::query(&sql), &n).fetch_one(conn).await?;
    Ok(sqlx::Row::try_get(&row, 0)?)
}

/// Saves a neighbourhood if nobody saved it since `version` (otherwise `Conflict`).
pub async fn update(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
    n: NewNeighbourhood<'_>,
) -> Result<(), DbError> {
    let sets: Vec<String> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ${}", i + 1))
        .collect();
    let sql = format!(
        "UPDATE neighbourhoods SET {}, updated_at = $16, version = version + 1 \
         WHERE id = $17 AND version = $18",
        sets.join(", ")
    );
    let done = bind_all(sqlx::query(&sql), &n)
        .bind(id)
        .bind(version)
        .execute(conn)
        .await?;
    match done.rows_affected() {
        0 => Err(DbError::Conflict),
        _ => Ok(()),
    }
}

pub async fn find(pool: &AnyPool, id: i64) -> Result<Option<NeighbourhoodRow>, DbError> {
    let sql = format!("{SELECT} WHERE n.id = $1");
    Ok(sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?)
}

/// All neighbourhoods matching a search pattern, by city then name (a province has tens to a
/// few hundred; the list page shows them all, with their plot).
pub async fn all(pool: &AnyPool, like: &str) -> Result<Vec<NeighbourhoodRow>, DbError> {
    let sql =
        format!("{SELECT} WHERE n.search_text LIKE $1 ESCAPE '\\' ORDER BY n.city, n.name, n.id");
    Ok(sqlx::query_as(&sql).bind(like).fetch_all(pool).await?)
}
