//! The kinds of event a person chose not to receive, per channel (everything is sent unless
//! they opt out).
use super::DbError;
use sqlx::{AnyConnection, AnyPool};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    /// The channel's table (a constant, never input).
    fn table(self) -> &'static str {
        match self {
            Channel::Email => "email_opt_outs",
            Channel::Sms => "sms_opt_outs",
        }
    }
}

/// The kinds this person does not want on `channel`.
pub async fn of(pool: &AnyPool, channel: Channel, user_id: i64) -> Result<Vec<String>, DbError> {
    let sql = format!(
        "SELECT kind FROM {} WHERE user_id = $1 ORDER BY kind",
        channel.table()
    );
    Ok(sqlx::query_scalar(&sql)
        .bind(user_id)
        .fetch_all(pool)
        .await?)
}

/// Replaces this person's opt-outs on `channel`.
pub async fn set(
    conn: &mut AnyConnection,
    channel: Channel,
    user_id: i64,
    kinds: &[&str],
) -> Result<(), DbError> {
    let table = channel.table();
    sqlx::query(&format!("DELETE FROM {table} WHERE user_id = $1"))
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    let insert = format!("INSERT INTO {table} (user_id, kind) VALUES ($1, $2)");
    for kind in kinds {
        sqlx::query(&insert)
            .bind(user_id)
            .bind(kind)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
