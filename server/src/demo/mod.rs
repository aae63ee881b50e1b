//! The demo data set, loaded only by `server serve --demo` (what `make run` does) or
//! `server seed-demo`, and only into a database with no accounts yet.
use app::domain::roles::Role;
use app::server::accounts::{create_account, AccountError, Registration};
use app::server::db::{users, Db};
use secrecy::SecretString;

mod actions;
mod actions_data;
mod boards;
mod data;
mod directory;
pub mod load;
mod meetings;
mod merges;
mod placements;
mod projects;
mod projects_data;
mod proposals;
mod proposals_data;
mod replay;
mod service;
mod shifts;
mod veterans;
mod volunteers;
mod volunteers_data;

/// The one password of every demo account (written in the README).
pub const DEMO_PASSWORD: &str = "tavana-demo-1404";

pub const DEMO_ACCOUNTS: [(&str, &str, Role); 6] = [
    ("admin", "مدیر سامانه", Role::Admin),
    ("official", "مریم احمدی", Role::Official),
    ("chair", "علی رضایی", Role::Member),
    ("member", "زهرا کریمی", Role::Member),
    ("ngo", "حسین موسوی", Role::Member),
    ("agency", "فاطمه حسینی", Role::Member),
];

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error(transparent)]
    Db(#[from] app::server::db::DbError),
    #[error("demo account {0} is invalid")]
    Invalid(&'static str),
    #[error("demo step {0} was refused: {1}")]
    Refused(&'static str, String),
}

/// Loads the demo set when the database has no accounts; returns whether it did.
pub async fn seed_if_empty(db: &Db) -> Result<bool, DemoError> {
    if users::count(db.read()).await? > 0 {
        return Ok(false);
    }
    for (username, name, role) in DEMO_ACCOUNTS {
        let input = Registration {
            username: username.into(),
            display_name: name.into(),
            email: format!("{username}@demo.tavana.ir"),
            password: SecretString::from(DEMO_PASSWORD),
            password_confirm: SecretString::from(DEMO_PASSWORD),
        };
        create_account(db, input, role, None)
            .await?
            .map_err(|_| DemoError::Invalid(username))?;
    }
    let seeded = directory::seed(db).await?;
    let reps = proposals::representatives(db, &seeded).await?;
    proposals::seed(db, &seeded, &reps).await?;
    projects::seed(db, &seeded, &reps).await?;
    boards::seed(db, &seeded.committees).await?;
    meetings::seed(db, &seeded.committees).await?;
    volunteers::seed(db, &seeded).await?;
    actions::seed(db).await?;
    Ok(true)
}
