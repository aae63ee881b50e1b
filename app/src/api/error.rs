//! The one error type every server function returns. It crosses the wire as JSON, so the page
//! can tell "fix these fields" from "not allowed" from "try again", also without JavaScript
//! (leptos puts it in the redirect URL and the server-rendered page shows it).
use crate::domain::validation::{FieldIssue, FormErrors};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Bad input: the issues per field, and what was typed so the form can be refilled.
    #[error("invalid input")]
    Invalid(FormErrors),
    #[error("sign-in required")]
    SignInRequired,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// Someone else changed the object since the caller loaded it.
    #[error("changed meanwhile")]
    Conflict,
    /// The object's state does not allow this now (a published meeting is not edited).
    #[error("not allowed in this state")]
    NotNow,
    /// The request itself is malformed (missing or unparsable arguments).
    #[error("bad request")]
    BadRequest,
    /// The browser could not reach the server.
    #[error("server unreachable")]
    Unreachable,
    /// Anything unexpected; details are only in the server log.
    #[error("internal error")]
    Internal,
}

impl AppError {
    /// A refusal with one issue beside one field.
    pub fn invalid(field: &str, issue: FieldIssue) -> Self {
        let mut errors = FormErrors::default();
        errors.push(field, issue);
        AppError::Invalid(errors)
    }

    /// The HTTP status a server function answers with for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) if self.retry_after().is_some() => 429,
            AppError::Invalid(_) => 422,
            AppError::SignInRequired => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Conflict | AppError::NotNow => 409,
            AppError::BadRequest => 400,
            AppError::Unreachable => 503,
            AppError::Internal => 500,
        }
    }

    /// Seconds to wait before trying again, when the refusal is a rate limit.
    pub fn retry_after(&self) -> Option<u32> {
        self.form()?.issues.iter().find_map(|e| match e.issue {
            FieldIssue::RateLimited(minutes) => Some(minutes.saturating_mul(60)),
            _ => None,
        })
    }

    /// For a validation failure, echoes what was typed so a page rendered without JavaScript
    /// can refill the form; values already echoed (such as a newer version) win.
    pub fn keeping(self, fields: &[(&str, &str)]) -> Self {
        match self {
            AppError::Invalid(mut errors) => {
                for (field, value) in fields {
                    if errors.kept(field).is_none() {
                        errors.keep(field, value);
                    }
                }
                AppError::Invalid(errors)
            }
            other => other,
        }
    }

    /// The field issues, when this is a validation failure.
    pub fn form(&self) -> Option<&FormErrors> {
        match self {
            AppError::Invalid(errors) => Some(errors),
            _ => None,
        }
    }
}

impl From<FormErrors> for AppError {
    fn from(errors: FormErrors) -> Self {
        AppError::Invalid(errors)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_)
            | ServerFnErrorErr::UnsupportedRequestMethod(_) => AppError::BadRequest,
            ServerFnErrorErr::Request(_) => AppError::Unreachable,
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::FieldIssue;

    #[test]
    fn round_trips_through_the_wire_encoding() {
        let mut errors = FormErrors::default();
        errors.push("username", FieldIssue::Required);
        // Non-ASCII text must survive the encoding (a Persian name, written as escapes).
        errors.keep("display_name", "\u{633}\u{627}\u{631}\u{627}");
        let error = AppError::Invalid(errors);
        assert_eq!(AppError::de(error.ser()), error);
    }

    #[test]
    fn malformed_requests_are_the_callers_fault() {
        let error = AppError::from_server_fn_error(ServerFnErrorErr::Args("x".into()));
        assert_eq!(error.status(), 400);
        let error = AppError::from_server_fn_error(ServerFnErrorErr::ServerError("x".into()));
        assert_eq!(error.status(), 500);
    }
}
