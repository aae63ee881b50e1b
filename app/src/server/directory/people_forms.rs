//! Adding and editing people (experts and members' profiles): officials and admins. A
//! profile may be linked to an account, so its holder sees their seats and contacts.
use super::{changed_meanwhile, check, named};
use crate::api::AppError;
use crate::domain::codes::OrgStatus;
use crate::domain::directory_rules as rules;
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::{Action, Actor, Target};
use crate::domain::validation::{optional_email, username, FieldIssue, FormErrors};
use crate::model::directory::{PersonEdit, PersonForm};
use crate::server::db::audit;
use crate::server::db::organisations;
use crate::server::db::people::{self as store, NewPerson};
use crate::server::db::{users, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// A person as typed in the form.
#[derive(Clone, Debug, Default)]
pub struct PersonInput {
    pub name: String,
    /// The chosen organisation's id as sent by the form; empty for none.
    pub organisation: String,
    pub affiliation: String,
    pub expertise: String,
    pub phone: String,
    pub email: String,
    /// The username of the account to link; empty for none.
    pub username: String,
}

/// What the form offers (verified organisations) and, for an edit, the saved profile.
#[instrument(skip_all)]
pub async fn form(db: &Db, actor: &Actor, id: Option<i64>) -> Result<PersonForm, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let values = match id {
        None => None,
        Some(id) => {
            let p = store::find(db.read(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            let account = match p.user_id {
                Some(user) => users::find(db.read(), user).await?.map(|u| u.username),
                None => None,
            };
            Some(PersonEdit {
                id,
                version: p.updated_at,
                name: p.name,
                organisation_id: p.organisation_id,
                affiliation: p.affiliation,
                expertise: p.expertise,
                phone: p.phone,
                email: p.email,
                username: account.unwrap_or_default(),
            })
        }
    };
    Ok(PersonForm {
        organisations: verified(db).await?.into_iter().map(named).collect(),
        values,
    })
}

async fn verified(db: &Db) -> Result<Vec<(i64, String)>, AppError> {
    Ok(organisations::verified_of_kind(db.read(), "").await?)
}

struct Checked {
    name: String,
    organisation: Option<i64>,
    affiliation: String,
    expertise: String,
    phone: String,
    email: String,
    user: Option<i64>,
}

async fn checked(db: &Db, input: &PersonInput) -> Result<Checked, AppError> {
    let mut e = FormErrors::default();
    let name = e.check("name", rules::title(&input.name, 2, rules::TITLE_MAX));
    let organisation = e.check("organisation", rules::optional_count(&input.organisation));
    if let Some(Some(id)) = organisation {
        let ok = organisations::find(db.read(), id)
            .await?
            .is_some_and(|o| o.status == OrgStatus::Verified.as_str());
        if !ok {
            e.push("organisation", FieldIssue::InvalidChoice);
        }
    }
    let affiliation = e.check(
        "affiliation",
        rules::optional_text(&input.affiliation, rules::SHORT_TEXT_MAX),
    );
    let expertise = e.check(
        "expertise",
        rules::optional_text(&input.expertise, rules::SHORT_TEXT_MAX),
    );
    let phone = e.check("phone", rules::optional_phone(&input.phone));
    let email = e.check("email", optional_email(&input.email));
    let mut user = Some(None);
    if !input.username.trim().is_empty() {
        user = None;
        match username(&input.username) {
            Err(issue) => e.push("username", issue),
            Ok(name) => match users::find_by_username(db.read(), &name).await? {
                Some(u) => user = Some(Some(u.id)),
                None => e.push("username", FieldIssue::NoSuchAccount),
            },
        }
    }
    match (
        name,
        organisation,
        affiliation,
        expertise,
        phone,
        email,
        user,
    ) {
        (
            Some(name),
            Some(organisation),
            Some(affiliation),
            Some(expertise),
            Some(phone),
            Some(email),
            Some(user),
        ) if e.is_empty() => Ok(Checked {
            name,
            organisation,
            affiliation,
            expertise,
            phone,
            email: email.unwrap_or_default(),
            user,
        }),
        _ => Err(e.into()),
    }
}

impl Checked {
    fn row<'a>(&'a self, search: &'a str, now: i64) -> NewPerson<'a> {
        NewPerson {
            user_id: self.user,
            name: &self.name,
            organisation_id: self.organisation,
            affiliation: &self.affiliation,
            expertise: &self.expertise,
            phone: &self.phone,
            email: &self.email,
            search_text: search,
            now,
        }
    }
}

fn account_taken() -> AppError {
    let mut errors = FormErrors::default();
    errors.push("username", FieldIssue::AlreadyListed);
    errors.into()
}

#[instrument(skip_all)]
pub async fn create(db: &Db, actor: &Actor, input: PersonInput) -> Result<i64, AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let c = checked(db, &input).await?;
    let search = fold_for_search(&format!("{} {}", c.name, c.expertise));
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = match store::insert(&mut tx, c.row(&search, now)).await {
        Err(DbError::Conflict) => return Err(account_taken()),
        other => other?,
    };
    record(
        &mut tx,
        actor,
        "person.create",
        id,
        json!({ "name": c.name }),
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

#[instrument(skip_all)]
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    version: i64,
    input: PersonInput,
) -> Result<(), AppError> {
    check(Some(actor), Action::ManageDirectory, Target::Portal)?;
    let before = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = checked(db, &input).await?;
    if before.updated_at != version {
        return Err(changed_meanwhile(before.updated_at));
    }
    let search = fold_for_search(&format!("{} {}", c.name, c.expertise));
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    match store::update(&mut tx, id, version, c.row(&search, now)).await {
        Err(DbError::Conflict) => {
            drop(tx);
            let current = store::find(db.read(), id).await?.map(|p| p.updated_at);
            return Err(match current {
                Some(v) if v != version => changed_meanwhile(v),
                _ => account_taken(),
            });
        }
        other => other?,
    }
    let after = json!({ "name": c.name, "before": { "name": before.name } });
    record(&mut tx, actor, "person.update", id, after, now).await?;
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
    audit::change(conn, Some(actor.user_id), action, "person", id, after, now).await
}
