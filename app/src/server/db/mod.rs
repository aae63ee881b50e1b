//! The data layer: one set of portable SQL (`$1` placeholders) over sqlx's `Any` driver, so the
//! same queries run on SQLite (the embedded default) and PostgreSQL. Only migrations differ.
pub mod action_guests;
pub mod action_photos;
pub mod action_volunteers;
pub mod assessments;
pub mod audit;
pub mod board_events;
pub mod boards;
pub mod campaign_scores;
pub mod campaigns;
pub mod capacities;
pub mod centres;
pub mod committees;
pub mod dashboard;
pub mod documents;
pub mod frozen_reports;
pub mod local_actions;
pub mod login_attempts;
pub mod meetings;
pub mod mentions;
pub mod mobile_codes;
pub mod my_work;
pub mod neighbourhoods;
pub mod notifications;
pub mod opt_outs;
pub mod organisations;
pub mod outbox;
pub mod pairings;
pub mod people;
pub mod project_progress;
pub mod projects;
pub mod proposal_moves;
pub mod proposals;
pub mod reminders;
pub mod report_figures;
pub mod search;
pub mod service;
pub mod sessions;
pub mod shift_signups;
pub mod shifts;
pub mod sms_outbox;
pub mod test_support;
pub mod users;
pub mod veterans;
pub mod volunteer_merges;
pub mod volunteer_reference;
pub mod volunteers;
pub mod working_groups;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};
use std::str::FromStr;
use std::time::Duration;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

/// `$1, $2, …, $n`: the placeholders of an `IN (…)` list of `n` values.
pub(crate) fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Replaces the rows linking `owner` to others in a two-column link table (e.g. a proposal's
/// neighbourhoods). Table and column names are this crate's constants, never input.
pub(crate) async fn replace_links(
    conn: &mut sqlx::AnyConnection,
    table: &str,
    owner_column: &str,
    owner: i64,
    other_column: &str,
    others: &[i64],
) -> Result<(), DbError> {
    sqlx::query(&format!("DELETE FROM {table} WHERE {owner_column} = $1"))
        .bind(owner)
        .execute(&mut *conn)
        .await?;
    let insert = format!("INSERT INTO {table} ({owner_column}, {other_column}) VALUES ($1, $2)");
    for other in others {
        sqlx::query(&insert)
            .bind(owner)
            .bind(other)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("no such row")]
    NotFound,
    #[error("a row with the same unique key exists")]
    Conflict,
    #[error("unsupported database URL (use sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error("database error: {0}")]
    Sqlx(#[source] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl From<sqlx::Error> for DbError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::RowNotFound => DbError::NotFound,
            sqlx::Error::Database(e) if e.is_unique_violation() => DbError::Conflict,
            _ => DbError::Sqlx(error),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Two pools: on SQLite all writes go through one connection, so concurrent writers queue in
/// the pool instead of failing with "database is locked"; reads use several connections (WAL).
/// On PostgreSQL both are the same pool.
#[derive(Clone, Debug)]
pub struct Db {
    reader: AnyPool,
    writer: AnyPool,
    backend: Backend,
}

impl Db {
    pub async fn connect(url: &str) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Backend::Postgres
        } else {
            return Err(DbError::UnsupportedUrl);
        };
        let options = AnyConnectOptions::from_str(url)?.disable_statement_logging();
        match backend {
            Backend::Sqlite => {
                let reader = sqlite_pool(4).connect_with(options.clone()).await?;
                let writer = sqlite_pool(1).connect_with(options).await?;
                Ok(Self {
                    reader,
                    writer,
                    backend,
                })
            }
            Backend::Postgres => {
                let pool = AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?;
                Ok(Self {
                    reader: pool.clone(),
                    writer: pool,
                    backend,
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool for reads.
    pub fn read(&self) -> &AnyPool {
        &self.reader
    }

    /// The pool for writes and write transactions.
    pub fn write(&self) -> &AnyPool {
        &self.writer
    }

    pub async fn migrate(&self) -> Result<(), DbError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATIONS.run(&self.writer).await?,
            Backend::Postgres => POSTGRES_MIGRATIONS.run(&self.writer).await?,
        }
        // Opportunities published before they were searchable get their folded text once.
        shifts::fill_search_text(&self.writer).await?;
        Ok(())
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.reader).await.is_ok()
    }

    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

fn sqlite_pool(max: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(Duration::from_secs(30))
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                for pragma in [
                    "PRAGMA journal_mode = WAL",
                    "PRAGMA synchronous = NORMAL",
                    "PRAGMA foreign_keys = ON",
                    "PRAGMA busy_timeout = 5000",
                ] {
                    conn.execute(pragma).await?;
                }
                Ok(())
            })
        })
}

/// Makes a SQLite URL create its file (and folder) when missing.
pub fn prepare_sqlite_url(url: &str) -> std::io::Result<String> {
    let Some(rest) = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))
    else {
        return Ok(url.to_string());
    };
    let path = rest.split('?').next().unwrap_or_default();
    if let Some(parent) = std::path::Path::new(path).parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)?;
        }
    }
    Ok(if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}
