use crate::api::AppError;
use leptos::prelude::*;

/// Creates a working group (`id` empty) on `committee_id`, or saves group `id`; the chosen
/// neighbourhoods and committee seats come as repeated `neighbourhoods[]` and `members[]`.
#[server(endpoint = "save_working_group")]
pub async fn save_working_group(
    #[server(default)] id: Option<i64>,
    #[server(default)] version: i64,
    committee_id: i64,
    name: String,
    kind: String,
    description: String,
    #[server(default)] neighbourhoods: Vec<i64>,
    #[server(default)] members: Vec<i64>,
) -> Result<(), AppError> {
    use crate::server::auth::caller::{app_state, signed_in};
    use crate::server::directory::working_group_forms::{create, update, WorkingGroupInput};

    let state = app_state()?;
    let me = signed_in().await?;
    let input = WorkingGroupInput {
        committee_id,
        name: name.clone(),
        kind: kind.clone(),
        description: description.clone(),
        neighbourhood_ids: neighbourhoods.clone(),
        membership_ids: members.clone(),
    };
    let joined = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let (places, seats) = (joined(&neighbourhoods), joined(&members));
    let saved = match id {
        Some(id) => update(&state.db, &me.actor, id, version, input)
            .await
            .map(|_| id),
        None => create(&state.db, &me.actor, input).await,
    };
    let id = saved.map_err(|e| {
        e.keeping(&[
            ("name", &name),
            ("kind", &kind),
            ("description", &description),
            ("neighbourhoods", &places),
            ("members", &seats),
        ])
    })?;
    leptos_axum::redirect(&format!("/working-groups/{id}"));
    Ok(())
}
