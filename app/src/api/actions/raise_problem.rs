use crate::api::AppError;
use leptos::prelude::*;

/// Those who run an action record a problem raised there, optionally as a board task.
#[server(endpoint = "raise_problem")]
pub async fn raise_problem(
    id: i64,
    #[server(default)] problem: String,
    #[server(default)] problem_guest: String,
    #[server(default)] board: String,
) -> Result<(), AppError> {
    use crate::server::actions::guests::{raise, ProblemInput};
    use crate::server::auth::caller::{app_state, signed_in};
    let state = app_state()?;
    let me = signed_in().await?;
    let input = ProblemInput {
        problem,
        guest: problem_guest,
        board,
    };
    match raise(&state.db, &me.actor, id, &input).await {
        Ok(problem) => {
            leptos_axum::redirect(&format!("/actions/{id}#problem-{problem}"));
            Ok(())
        }
        Err(e) => Err(e.keeping(&[
            ("problem", &input.problem),
            ("problem_guest", &input.guest),
            ("board", &input.board),
        ])),
    }
}
