//! Account operations: registration, sign-in, password change and the admin's changes. Server
//! functions call these after establishing the caller; the integration tests call them too.
use crate::domain::normalize::{fold_for_search, like_pattern};
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::roles::Role;
use crate::domain::sign_in_limits::{self, Verdict};
use crate::domain::validation::{self as rules, FieldIssue, FormErrors};
use crate::model::{AccountPage, AccountSummary, ACCOUNTS_PER_PAGE};
use crate::server::auth::{password, throttle};
use crate::server::db::audit::{self, AuditEntry};
use crate::server::db::{login_attempts, sessions, users, users::UserRow, Db, DbError};
use crate::server::now_ms;
use crate::server::state::Settings;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;
use tracing::instrument;

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("not allowed")]
    Forbidden,
    #[error("no such account")]
    NotFound,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Hash(#[from] password::HashError),
}

pub struct Registration {
    pub username: String,
    pub display_name: String,
    pub email: String,
    pub password: SecretString,
    pub password_confirm: SecretString,
}

pub(crate) fn search_text(username: &str, display_name: &str, email: Option<&str>) -> String {
    fold_for_search(&format!(
        "{display_name} {username} {}",
        email.unwrap_or_default()
    ))
}

fn account_json(user: &UserRow) -> serde_json::Value {
    json!({ "role": user.role, "disabled": user.disabled_at.is_some() })
}

/// Validates and creates a member account. `Err(FormErrors)` inside `Ok` means bad input.
#[instrument(skip_all)]
pub async fn register(
    db: &Db,
    input: Registration,
) -> Result<Result<UserRow, FormErrors>, AccountError> {
    create_account(db, input, Role::Member, None).await
}

/// Creates an account with a given role (registration, `create-admin`, demo data).
pub async fn create_account(
    db: &Db,
    input: Registration,
    role: Role,
    actor_id: Option<i64>,
) -> Result<Result<UserRow, FormErrors>, AccountError> {
    let mut errors = FormErrors::default();
    let username = errors.check("username", rules::username(&input.username));
    let display_name = errors.check("display_name", rules::display_name(&input.display_name));
    let email = errors.check("email", rules::optional_email(&input.email));
    let secret = input.password.expose_secret();
    errors.check(
        "password",
        rules::new_password(secret, username.as_deref().unwrap_or_default()),
    );
    errors.check(
        "password_confirm",
        rules::password_confirmation(secret, input.password_confirm.expose_secret()),
    );
    let (Some(username), Some(display_name), Some(email), true) =
        (username, display_name, email, errors.is_empty())
    else {
        return Ok(Err(errors));
    };
    if users::find_by_username(db.read(), &username)
        .await?
        .is_some()
    {
        errors.push("username", FieldIssue::UsernameTaken);
        return Ok(Err(errors));
    }
    let hash = password::hash(input.password).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let inserted = users::insert(
        &mut tx,
        users::NewUser {
            username: &username,
            display_name: &display_name,
            search_text: &search_text(&username, &display_name, email.as_deref()),
            email: email.as_deref(),
            password_hash: &hash,
            role: role.as_str(),
            now,
        },
    )
    .await;
    let id = match inserted {
        Ok(id) => id,
        // Someone took the name between our check and the insert.
        Err(DbError::Conflict) => {
            errors.push("username", FieldIssue::UsernameTaken);
            return Ok(Err(errors));
        }
        Err(e) => return Err(e.into()),
    };
    let entry = AuditEntry {
        actor_id: actor_id.or(Some(id)),
        action: "account.create",
        object_kind: "account",
        object_id: id.to_string(),
        before: None,
        after: Some(json!({ "username": username, "role": role.as_str() })),
    };
    audit::record(&mut tx, entry, now).await?;
    let user = users::find_for_update(&mut tx, id).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Ok(user))
}

/// Checks a sign-in: throttled per account and client, disabled accounts refused, every
/// attempt recorded.
#[instrument(skip_all)]
pub async fn authenticate(
    db: &Db,
    settings: &Settings,
    username: &str,
    password: SecretString,
    client: &str,
) -> Result<Result<UserRow, FormErrors>, AccountError> {
    let mut errors = FormErrors::default();
    let name = errors.check(
        "username",
        rules::username(username).or_else(|issue| match issue {
            // An oddly shaped name is simply an unknown one; keep the message generic. It is
            // recorded (for throttling) no longer than a real name can be.
            FieldIssue::Required => Err(FieldIssue::Required),
            _ => Ok(username
                .trim()
                .to_lowercase()
                .chars()
                .take(rules::USERNAME_MAX as usize + 1)
                .collect()),
        }),
    );
    errors.check(
        "password",
        rules::required(password.expose_secret(), rules::PASSWORD_MAX),
    );
    let (Some(name), true) = (name, errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let now = now_ms();
    match throttle::check(db, settings, &name, client, now).await? {
        Verdict::Wait { seconds } => {
            errors.push(
                "form",
                FieldIssue::RateLimited(sign_in_limits::minutes(seconds)),
            );
            return Ok(Err(errors));
        }
        // Guessing one account from many addresses: each answer comes later.
        Verdict::Try { delay } => tokio::time::sleep(delay).await,
    }
    let user = users::find_by_username(db.read(), &name).await?;
    let ok = password::verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;
    login_attempts::record(db.write(), &name, client, ok, now).await?;
    match user {
        Some(user) if ok && user.disabled_at.is_some() => {
            errors.push("form", FieldIssue::AccountDisabled);
            Ok(Err(errors))
        }
        Some(user) if ok => Ok(Ok(user)),
        _ => {
            errors.push("form", FieldIssue::WrongCredentials);
            Ok(Err(errors))
        }
    }
}

/// Changes the caller's own password; returns the new auth version (other sessions end).
#[instrument(skip_all)]
pub async fn change_password(
    db: &Db,
    actor: &Actor,
    user: &UserRow,
    current: SecretString,
    new: SecretString,
    confirm: SecretString,
) -> Result<Result<i64, FormErrors>, AccountError> {
    if !may(
        Some(actor),
        Action::EditOwnAccount,
        Target::Account(user.id),
    ) {
        return Err(AccountError::Forbidden);
    }
    let mut errors = FormErrors::default();
    errors.check(
        "current_password",
        rules::required(current.expose_secret(), rules::PASSWORD_MAX),
    );
    errors.check(
        "new_password",
        rules::new_password(new.expose_secret(), &user.username),
    );
    errors.check(
        "new_password_confirm",
        rules::password_confirmation(new.expose_secret(), confirm.expose_secret()),
    );
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    if !password::verify(current, Some(user.password_hash.clone())).await {
        errors.push("current_password", FieldIssue::WrongPassword);
        return Ok(Err(errors));
    }
    let hash = password::hash(new).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let version = users::set_password(&mut tx, user.id, &hash, now).await?;
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: "account.password",
        object_kind: "account",
        object_id: user.id.to_string(),
        before: None,
        after: None,
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(Ok(version))
}

/// One page of accounts for the admin, searched with the portal's folding.
#[instrument(skip_all)]
pub async fn list(
    db: &Db,
    actor: &Actor,
    query: &str,
    page: i64,
) -> Result<AccountPage, AccountError> {
    if !may(Some(actor), Action::ListAccounts, Target::Portal) {
        return Err(AccountError::Forbidden);
    }
    let folded = fold_for_search(query);
    let pattern = (!folded.is_empty()).then(|| like_pattern(&folded));
    let page = crate::domain::paging::page_number(page);
    let (rows, total) = users::page(
        db.read(),
        pattern.as_deref(),
        ACCOUNTS_PER_PAGE,
        (page - 1) * ACCOUNTS_PER_PAGE,
    )
    .await?;
    let rows = rows
        .into_iter()
        .map(|u| AccountSummary {
            id: u.id,
            role: Role::parse(&u.role).unwrap_or(Role::Member),
            disabled: u.disabled_at.is_some(),
            username: u.username,
            display_name: u.display_name,
        })
        .collect();
    let pages = crate::domain::paging::page_count(total, ACCOUNTS_PER_PAGE);
    Ok(AccountPage {
        rows,
        total,
        page,
        pages,
    })
}

/// Changes another account's global role.
#[instrument(skip_all)]
pub async fn set_role(
    db: &Db,
    actor: &Actor,
    target_id: i64,
    role: Role,
) -> Result<(), AccountError> {
    if !may(Some(actor), Action::ChangeRole, Target::Account(target_id)) {
        return Err(AccountError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let before = users::find_for_update(&mut tx, target_id)
        .await
        .map_err(not_found)?;
    users::set_role(&mut tx, target_id, role.as_str(), now).await?;
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: "account.role",
        object_kind: "account",
        object_id: target_id.to_string(),
        before: Some(account_json(&before)),
        after: Some(json!({ "role": role.as_str(), "disabled": before.disabled_at.is_some() })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Disables (ending every session of the account) or re-enables an account.
#[instrument(skip_all)]
pub async fn set_disabled(
    db: &Db,
    actor: &Actor,
    target_id: i64,
    disabled: bool,
) -> Result<(), AccountError> {
    if !may(
        Some(actor),
        Action::DisableAccount,
        Target::Account(target_id),
    ) {
        return Err(AccountError::Forbidden);
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let before = users::find_for_update(&mut tx, target_id)
        .await
        .map_err(not_found)?;
    users::set_disabled(&mut tx, target_id, disabled.then_some(now), now).await?;
    let entry = AuditEntry {
        actor_id: Some(actor.user_id),
        action: if disabled {
            "account.disable"
        } else {
            "account.enable"
        },
        object_kind: "account",
        object_id: target_id.to_string(),
        before: Some(account_json(&before)),
        after: Some(json!({ "role": before.role, "disabled": disabled })),
    };
    audit::record(&mut tx, entry, now).await?;
    tx.commit().await.map_err(DbError::from)?;
    if disabled {
        sessions::delete_for_user(db, target_id).await?;
    }
    Ok(())
}

fn not_found(e: DbError) -> AccountError {
    match e {
        DbError::NotFound => AccountError::NotFound,
        other => other.into(),
    }
}
