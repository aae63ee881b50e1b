use app::server::db::Db;
use axum::extract::State;
use axum::http::StatusCode;

/// 200 when the database answers, 503 otherwise.
pub async fn healthz(State(db): State<Db>) -> (StatusCode, &'static str) {
    if db.ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
