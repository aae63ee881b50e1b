//! A demo request to join a volunteer profile to another account: `volunteer81` (a new phone)
//! registered again with the national code of the first demo volunteer, whose intermediary
//! (the `ngo` account's) has it waiting in its work.
use super::proposals::user_id;
use super::DemoError;
use app::domain::normalize::fold_for_search;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::server::db::volunteers as store;
use app::server::db::{users, Db, DbError};
use app::server::now_ms;
use app::server::volunteers::merges;

pub const ACCOUNT: &str = "volunteer81";

pub async fn seed(db: &Db, hash: &str) -> Result<(), DemoError> {
    let holder = user_id(db, "volunteer1").await?;
    let profile = store::of_user(db.read(), holder)
        .await?
        .ok_or(DemoError::Invalid("volunteer1"))?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let user = users::insert(
        &mut tx,
        users::NewUser {
            username: ACCOUNT,
            display_name: &profile.full_name,
            search_text: &fold_for_search(&profile.full_name),
            email: None,
            password_hash: hash,
            role: "member",
            now,
        },
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    let actor = Actor::new(user, Role::Member);
    merges::request(db, &actor, profile.id, &profile.full_name, "09301234567")
        .await
        .map_err(|_| DemoError::Invalid(ACCOUNT))?;
    Ok(())
}
