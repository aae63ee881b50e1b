//! Where forms go back to, and what travels with them (see `app::server::form_echo`):
//! - a server function's redirect goes only to a same-site path (leptos sends a form sent
//!   without JavaScript back to its `Referer`);
//! - a failed form's answer leaves the address and waits in the session under a one-time key;
//! - a page asked for with that key gets the answer; a page asked for with leptos's own
//!   `__path`/`__err` parameters (a crafted link) is sent to its plain address instead.
use super::origin::AllowedOrigin;
use app::domain::redirects::{local_part, HOME};
use app::server::form_echo::{self, FormEcho, PARAM};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;
use tower_sessions::Session;

const LEPTOS_PATH: &str = "__path";
const LEPTOS_ERROR: &str = "__err";

/// A redirect target split into its path, query pairs and fragment.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    path: String,
    pairs: Vec<(String, String)>,
    fragment: Option<String>,
}

impl Target {
    /// The local part of `location` (a path, or a full address on one of `hosts`), or home.
    pub fn parse(location: &str, hosts: &[&str]) -> Target {
        let local = hosts
            .iter()
            .find_map(|host| local_part(location, host))
            .unwrap_or(HOME);
        let (rest, fragment) = match local.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment.to_string())),
            None => (local, None),
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        Target {
            path: path.to_string(),
            pairs: form_urlencoded::parse(query.as_bytes())
                .into_owned()
                .collect(),
            fragment,
        }
    }

    pub fn with(mut self, name: &str, value: &str) -> Target {
        self.pairs.push((name.to_string(), value.to_string()));
        self
    }

    pub fn to_location(&self) -> String {
        let mut out = self.path.clone();
        if !self.pairs.is_empty() {
            out.push('?');
            out.push_str(
                &form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(&self.pairs)
                    .finish(),
            );
        }
        if let Some(fragment) = &self.fragment {
            out.push('#');
            out.push_str(fragment);
        }
        out
    }
}

/// The names this site answers to: the request's `Host`, and the configured public origin's.
fn hosts(request: &Request, allowed: &AllowedOrigin) -> Vec<String> {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok());
    let public = allowed
        .0
        .as_deref()
        .and_then(|o| o.split_once("://").map(|(_, h)| h));
    host.into_iter().chain(public).map(str::to_string).collect()
}

pub async fn keep_out_of_the_address(
    State(allowed): State<Arc<AllowedOrigin>>,
    session: Session,
    mut request: Request,
    next: Next,
) -> Response {
    let hosts = hosts(&request, &allowed);
    let hosts: Vec<&str> = hosts.iter().map(String::as_str).collect();
    if request.uri().path().starts_with("/api/") {
        let response = next.run(request).await;
        return settle_redirect(response, &session, &hosts).await;
    }
    // Only a page asked for with a query can carry an echo.
    if request.method() != Method::GET || request.uri().query().is_none() {
        return next.run(request).await;
    }
    let uri = request.uri().to_string();
    let (mut crafted, mut key) = (false, None);
    for (name, value) in
        form_urlencoded::parse(request.uri().query().unwrap_or_default().as_bytes())
    {
        match name.as_ref() {
            LEPTOS_PATH | LEPTOS_ERROR => crafted = true,
            PARAM => key = Some(value.into_owned()),
            _ => {}
        }
    }
    // leptos's own echo parameters come only from a crafted link: show the plain page.
    if crafted {
        let (rest, _) = split_echo(&uri);
        return redirect(
            StatusCode::SEE_OTHER,
            &Target::parse(&rest, &hosts).to_location(),
        );
    }
    if let Some(key) = key {
        match form_echo::take(&session, &key).await {
            Ok(Some(echo)) => {
                request.extensions_mut().insert(echo);
            }
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "form echo could not be read"),
        }
    }
    next.run(request).await
}

/// A server function's redirect, made safe; a failed form's echo moved into the session.
async fn settle_redirect(mut response: Response, session: &Session, hosts: &[&str]) -> Response {
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return response;
    };
    // The echo leaves the address before the address is judged (an echo may be long).
    let (location, echo) = split_echo(location);
    let mut target = Target::parse(&location, hosts);
    if let Some(echo) = echo {
        match form_echo::keep(session, echo).await {
            Ok(key) => target = target.with(PARAM, &key),
            Err(error) => tracing::warn!(%error, "form echo could not be kept"),
        }
    }
    if let Ok(value) = HeaderValue::from_str(&target.to_location()) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// `location` without leptos's echo parameters (and any earlier one-time key), and the echo
/// they held, whatever the address.
pub fn split_echo(location: &str) -> (String, Option<FormEcho>) {
    let (rest, fragment) = match location.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (location, None),
    };
    let Some((base, query)) = rest.split_once('?') else {
        return (location.to_string(), None);
    };
    let (mut path, mut error) = (None, None);
    let mut kept = form_urlencoded::Serializer::new(String::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            LEPTOS_PATH => path = Some(value.into_owned()),
            LEPTOS_ERROR => error = Some(value.into_owned()),
            PARAM => {}
            _ => {
                kept.append_pair(&key, &value);
            }
        }
    }
    let kept = kept.finish();
    let mut out = base.to_string();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept);
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    let echo = path
        .zip(error)
        .map(|(path, error)| FormEcho { path, error });
    (out, echo)
}

fn redirect(status: StatusCode, location: &str) -> Response {
    let value = HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static(HOME));
    (status, [(header::LOCATION, value)]).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTS: &[&str] = &["127.0.0.1:3000"];

    #[test]
    fn the_echo_leaves_the_address() {
        let (rest, echo) = split_echo(
            "http://127.0.0.1:3000/register?x=1&__path=%2Fapi%2Fregister&__err=eyJ9&form=old#f",
        );
        assert_eq!(
            echo,
            Some(FormEcho {
                path: "/api/register".into(),
                error: "eyJ9".into()
            })
        );
        assert_eq!(
            Target::parse(&rest, HOSTS).with(PARAM, "k1").to_location(),
            "/register?x=1&form=k1#f"
        );
    }

    #[test]
    fn other_hosts_and_odd_paths_go_home() {
        for bad in [
            "http://evil.example/register",
            "//evil.example",
            "/\t/evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(Target::parse(bad, HOSTS).to_location(), "/", "{bad:?}");
        }
        assert_eq!(
            Target::parse("/projects/3#journey-h", HOSTS).to_location(),
            "/projects/3#journey-h"
        );
    }

    #[test]
    fn a_long_echo_leaves_before_the_address_is_judged() {
        let long = "A".repeat(30_000);
        let location = format!("http://evil.example/x?a=1&__path=%2Fapi%2Fsave&__err={long}#h");
        let (rest, echo) = split_echo(&location);
        assert_eq!(rest, "http://evil.example/x?a=1#h");
        assert_eq!(echo.unwrap().error.len(), 30_000);
        let (rest, _) = split_echo(&format!("/minutes/3?__path=%2Fapi%2Fs&__err={long}"));
        assert_eq!(Target::parse(&rest, HOSTS).to_location(), "/minutes/3");
    }

    #[test]
    fn a_half_echo_is_dropped_not_kept() {
        let (rest, echo) = split_echo("/login?__err=eyJ9");
        assert_eq!((rest.as_str(), echo), ("/login", None));
    }
}
