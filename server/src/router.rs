//! The HTTP application: Leptos pages and server functions inside sessions, the cross-site
//! check, security and cache headers, and compression.
use crate::config::Config;
use crate::http::{
    action_photos, assets, board_events, cache, documents, error_status, export, form_echo,
    form_text, headers, health, lang, logo, meeting_invitation, origin, photos, preloads,
    report_files,
};
use app::server::boards::live::Live;
use app::server::db::{sessions::DbSessionStore, Db};
use app::server::state::AppState;
use app::{shell, App};
use axum::routing::{get, post};
use axum::{middleware, Router};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, render_app_to_stream_with_context, LeptosRoutes};
use std::sync::Arc;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

pub const SESSION_COOKIE: &str = "tavana_session";

pub fn leptos_options(config: &Config) -> LeptosOptions {
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("tavana")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(hashed)
        .build()
}

pub fn build(config: &Config, db: Db, live: Live) -> Router {
    let options = leptos_options(config);
    let state = AppState {
        live: live.clone(),
        db: db.clone(),
        settings: config.settings.clone(),
    };
    let export_state = state.clone();
    let live_state = state.clone();
    let logo_state = state.clone();
    let document_state = state.clone();
    let context = move || provide_context(state.clone());
    let routes = generate_route_list(App);

    let sessions = SessionManagerLayer::new(DbSessionStore::new(db.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_secure(config.settings.secure_cookies)
        .with_expiry(Expiry::OnInactivity(
            time::Duration::try_from(config.settings.session_idle)
                .unwrap_or(time::Duration::hours(2)),
        ));
    let allowed = Arc::new(origin::AllowedOrigin(config.public_origin.clone()));
    let https = config.settings.secure_cookies;

    let pages = Router::new()
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        // Any other address is a page of its own (the router's "not found", with its 404);
        // static files never come here (see http::assets).
        .fallback(render_app_to_stream_with_context(context, {
            let options = options.clone();
            move || shell(options.clone())
        }))
        .with_state(options);

    let mut router = Router::new()
        .route("/healthz", get(health::healthz).with_state(db))
        .route("/lang", post(lang::set_language))
        .route(
            "/working-groups/{id}/board/events",
            get(board_events::stream).with_state(live_state),
        )
        .route(
            "/export/{file}",
            get(export::download).with_state(export_state),
        )
        .route(
            "/actions/{id}/photos",
            post(action_photos::attach)
                .layer(axum::extract::DefaultBodyLimit::max(6 * 1024 * 1024))
                .with_state(document_state.clone()),
        )
        .route(
            "/action-photos/{id}",
            get(action_photos::show).with_state(document_state.clone()),
        )
        .route(
            "/action-photos/{id}/remove",
            post(action_photos::remove).with_state(document_state.clone()),
        )
        .route(
            "/reports/{id}/{file}",
            get(report_files::download).with_state(document_state.clone()),
        )
        .route(
            "/organisations/{id}/logo",
            get(logo::show)
                .post(logo::change)
                .layer(axum::extract::DefaultBodyLimit::max(2 * 1024 * 1024))
                .with_state(logo_state),
        )
        .route(
            "/proposals/{id}/documents",
            post(documents::attach)
                .layer(axum::extract::DefaultBodyLimit::max(6 * 1024 * 1024))
                .with_state(document_state.clone()),
        )
        .route(
            "/meetings/{id}/invitation.ics",
            get(meeting_invitation::download).with_state(document_state.clone()),
        )
        .route(
            "/documents/{id}",
            get(documents::download).with_state(document_state.clone()),
        )
        .route(
            "/projects/{id}/updates/{update}/photo",
            post(photos::attach)
                .layer(axum::extract::DefaultBodyLimit::max(6 * 1024 * 1024))
                .with_state(document_state.clone()),
        )
        .route(
            "/photos/{update}",
            get(photos::show).with_state(document_state),
        )
        .merge(assets::routes(&config.site_root))
        .merge(pages)
        .layer(middleware::from_fn(form_text::clean_text))
        .layer(middleware::from_fn_with_state(
            allowed.clone(),
            form_echo::keep_out_of_the_address,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(error_status::real_error_status))
        .layer(middleware::from_fn_with_state(
            allowed,
            origin::refuse_cross_site,
        ))
        .layer(middleware::from_fn(cache::set_cache_control))
        .layer(middleware::from_fn(preloads::anonymous_preloads));
    for layer in headers::layers(https) {
        router = router.layer(layer);
    }
    router
        // Pages are compressed as they go out, at a level that costs little time; the large
        // assets already have their brotli copy (see http::assets).
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(5)),
        )
        .layer(TraceLayer::new_for_http())
}
