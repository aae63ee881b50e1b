//! Who is calling a server function, established from the database-backed session on every
//! call, and the refusals server functions answer with.
use crate::api::AppError;
use crate::domain::permissions::{may, Action, Actor, Target};
use crate::domain::roles::CommitteeRole;
use crate::domain::roles::Role;
use crate::server::db::{committees, organisations, Db, DbError};
use crate::server::db::{sessions::USER_ID_KEY, users, users::UserRow};
use crate::server::internal;
use crate::server::{now_ms, state::AppState};
use leptos::prelude::*;
use tower_sessions::Session;

const AUTH_VERSION_KEY: &str = "av";
const SIGNED_IN_AT_KEY: &str = "at";

/// The signed-in account behind a request, with what it may do.
#[derive(Clone, Debug)]
pub struct Caller {
    pub user: UserRow,
    pub actor: Actor,
}

pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| internal("application state is missing"))
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(internal)
}

fn store_error(e: tower_sessions::session::Error) -> AppError {
    internal(format!("session store: {e}"))
}

/// The caller, or `None` for a visitor. A session past its absolute lifetime, of a disabled
/// account, or from before a password change is ended here.
pub async fn caller() -> Result<Option<Caller>, AppError> {
    let state = app_state()?;
    let session = session().await?;
    resolve(&state, &session).await
}

pub async fn resolve(state: &AppState, session: &Session) -> Result<Option<Caller>, AppError> {
    let Some(user_id) = session.get::<i64>(USER_ID_KEY).await.map_err(store_error)? else {
        return Ok(None);
    };
    let version = session
        .get::<i64>(AUTH_VERSION_KEY)
        .await
        .map_err(store_error)?;
    let signed_in_at = session
        .get::<i64>(SIGNED_IN_AT_KEY)
        .await
        .map_err(store_error)?
        .unwrap_or(0);
    let expired = now_ms() - signed_in_at > state.settings.session_absolute.as_millis() as i64;
    let user = if expired {
        None
    } else {
        users::find(state.db.read(), user_id).await?
    };
    match user {
        Some(user) if user.disabled_at.is_none() && Some(user.auth_version) == version => {
            let actor = load_actor(&state.db, &user).await?;
            Ok(Some(Caller { user, actor }))
        }
        _ => {
            session.flush().await.map_err(store_error)?;
            Ok(None)
        }
    }
}

/// Starts a signed-in session with a fresh id (no session fixation).
pub async fn sign_in(session: &Session, user: &UserRow) -> Result<(), AppError> {
    session.cycle_id().await.map_err(store_error)?;
    session
        .insert(USER_ID_KEY, user.id)
        .await
        .map_err(store_error)?;
    session
        .insert(AUTH_VERSION_KEY, user.auth_version)
        .await
        .map_err(store_error)?;
    session
        .insert(SIGNED_IN_AT_KEY, now_ms())
        .await
        .map_err(store_error)?;
    Ok(())
}

/// Keeps the current session valid after the account's auth version moved (password change).
pub async fn refresh_version(session: &Session, version: i64) -> Result<(), AppError> {
    session
        .insert(AUTH_VERSION_KEY, version)
        .await
        .map_err(store_error)
}

pub fn forbidden() -> AppError {
    AppError::Forbidden
}

pub fn unauthorized() -> AppError {
    AppError::SignInRequired
}

/// The signed-in caller, or 401 for a visitor.
pub async fn signed_in() -> Result<Caller, AppError> {
    caller().await?.ok_or(AppError::SignInRequired)
}

/// The caller, if they may do `action` on `target`; otherwise 401 (visitor) or 403.
pub async fn require(action: Action, target: Target) -> Result<Caller, AppError> {
    match caller().await? {
        None => Err(AppError::SignInRequired),
        Some(c) if may(Some(&c.actor), action, target) => Ok(c),
        Some(_) => Err(forbidden()),
    }
}

/// The client's address, for sign-in throttling.
pub async fn client_address(state: &AppState) -> String {
    if state.settings.trust_forwarded_for {
        if let Ok(headers) = leptos_axum::extract::<http::HeaderMap>().await {
            if let Some(first) = headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
            {
                return first.trim().to_string();
            }
        }
    }
    leptos_axum::extract::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .await
        .map(|info| info.0.ip().to_string())
        .unwrap_or_else(|_| "unknown".to_string())
}

/// What an account may do: its global role, today's committee seats (in person or through a
/// represented organisation) and the organisations it represents.
pub async fn load_actor(db: &Db, user: &UserRow) -> Result<Actor, DbError> {
    let role = Role::parse(&user.role).unwrap_or(Role::Member);
    let mut actor = Actor::new(user.id, role);
    let today = crate::server::today_iso();
    let seats = committees::roles_of_user(db.read(), user.id, &today).await?;
    actor.committee_roles = strongest_roles(seats);
    let represented = organisations::represented_by(db.read(), user.id).await?;
    actor.managed_organisations = represented
        .iter()
        .filter(|(_, manager)| *manager)
        .map(|(id, _)| *id)
        .collect();
    actor.organisations = represented.into_iter().map(|(id, _)| id).collect();
    Ok(actor)
}

/// One role per committee: the one with the most responsibility when someone holds several
/// (in person and through an organisation).
fn strongest_roles(seats: Vec<(i64, String)>) -> Vec<(i64, CommitteeRole)> {
    let mut roles: Vec<(i64, CommitteeRole)> = seats
        .into_iter()
        .filter_map(|(id, role)| CommitteeRole::parse(&role).map(|r| (id, r)))
        .collect();
    roles.sort();
    roles.dedup_by_key(|(id, _)| *id);
    roles
}

/// Refuses anyone but officials (and administrators).
pub fn officials_only(actor: &Actor) -> Result<(), AppError> {
    if actor.is_staff() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
