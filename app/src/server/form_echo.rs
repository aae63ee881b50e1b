//! A form sent without JavaScript that fails comes back to its page filled in, with its
//! messages. leptos carries that answer (what was typed, the issues) in the address it
//! redirects to (`?__path=…&__err=…`), where history, server logs and `Referer` keep it and
//! where a crafted link can hand a page any answer it likes. Tavana keeps it in the person's
//! session instead, under a one-time key; the address holds only that key.
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The query parameter naming a kept answer.
pub const PARAM: &str = "form";

const SESSION_KEY: &str = "form_echo";
/// Answers kept per session at most (several tabs); the oldest goes first.
const KEPT: usize = 4;

/// A failed form's answer waiting for its page: the server function's path and its error as
/// leptos encodes it for the address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormEcho {
    pub path: String,
    pub error: String,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Kept(Vec<(String, FormEcho)>);

async fn load(session: &Session) -> Result<Kept, tower_sessions::session::Error> {
    Ok(session.get::<Kept>(SESSION_KEY).await?.unwrap_or_default())
}

/// Keeps `echo` and returns its one-time key.
pub async fn keep(
    session: &Session,
    echo: FormEcho,
) -> Result<String, tower_sessions::session::Error> {
    let key = format!("{:016x}", rand::random::<u64>());
    let mut kept = load(session).await?;
    kept.0.push((key.clone(), echo));
    let excess = kept.0.len().saturating_sub(KEPT);
    kept.0.drain(..excess);
    session.insert(SESSION_KEY, kept).await?;
    Ok(key)
}

/// The answer kept under `key`, removed so it is shown once.
pub async fn take(
    session: &Session,
    key: &str,
) -> Result<Option<FormEcho>, tower_sessions::session::Error> {
    let mut kept = load(session).await?;
    let Some(at) = kept.0.iter().position(|(k, _)| k == key) else {
        return Ok(None);
    };
    let (_, echo) = kept.0.remove(at);
    if kept.0.is_empty() {
        session.remove::<Kept>(SESSION_KEY).await?;
    } else {
        session.insert(SESSION_KEY, kept).await?;
    }
    Ok(Some(echo))
}
