//! Helpers the directory's integration tests share.
#![allow(dead_code)]

use app::api::AppError;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::accounts::{self, Registration};
use app::server::auth::caller::load_actor;
use app::server::db::{users, Db};
use app::server::directory::memberships::MembershipInput;
use app::server::directory::organisations::OrganisationInput;
use secrecy::SecretString;

pub async fn account(db: &Db, username: &str, role: Role) -> users::UserRow {
    let input = Registration {
        username: username.into(),
        display_name: format!("{username} name"),
        email: String::new(),
        password: SecretString::from("long enough password"),
        password_confirm: SecretString::from("long enough password"),
    };
    accounts::create_account(db, input, role, None)
        .await
        .unwrap()
        .unwrap()
}

pub async fn actor(db: &Db, user: &users::UserRow) -> Actor {
    load_actor(db, user).await.unwrap()
}

pub fn issue<T: std::fmt::Debug>(result: Result<T, AppError>, field: &str) -> FieldIssue {
    match result {
        Err(AppError::Invalid(errors)) => errors
            .get(field)
            .unwrap_or_else(|| panic!("no issue for {field}: {errors:?}")),
        other => panic!("expected a validation failure, got {other:?}"),
    }
}

pub fn org(kind: &str, name: &str, reg: &str) -> OrganisationInput {
    OrganisationInput {
        kind: kind.into(),
        name: name.into(),
        registration_no: reg.into(),
        dimensions: vec!["social".into()],
        ..Default::default()
    }
}

pub fn seat(
    committee_id: i64,
    org: Option<i64>,
    person: Option<i64>,
    role: &str,
    since: &str,
    until: &str,
) -> MembershipInput {
    MembershipInput {
        committee_id,
        organisation_id: org,
        person_id: person,
        role: role.into(),
        since: since.into(),
        until: until.into(),
    }
}

/// A neighbourhood with coordinates, inserted directly.
pub async fn neighbourhood(db: &Db, name: &str) -> i64 {
    let mut conn = db.write().acquire().await.unwrap();
    app::server::db::neighbourhoods::insert(
        &mut conn,
        app::server::db::neighbourhoods::NewNeighbourhood {
            name,
            city: "City",
            county: "",
            district: "",
            population: None,
            households: None,
            area_hectares: None,
            latitude: Some(35.85),
            longitude: Some(51.01),
            facilitation_office_id: None,
            problems: ["", "", "", ""],
            search_text: &name.to_lowercase(),
            now: 1,
        },
    )
    .await
    .unwrap()
}
