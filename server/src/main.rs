//! `server serve | migrate | seed-demo | create-admin | backup`.
use app::domain::roles::Role;
use app::server::accounts::{create_account, Registration};
use app::server::boards::live::Live;
use app::server::db::{prepare_sqlite_url, Backend, Db};
use axum::serve::ListenerExt;
use clap::{Parser, Subcommand};
use secrecy::SecretString;
use server::{config::Config, demo, http, live, mail, router, sms, tasks};
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "server", about = "Tavana web portal")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the portal (the default).
    Serve {
        /// Load the demo data set into a database that has no accounts yet.
        #[arg(long, env = "TAVANA_DEMO")]
        demo: bool,
    },
    /// Apply the database migrations and exit.
    Migrate,
    /// Load the demo data set into a database that has no accounts yet.
    SeedDemo,
    /// Add COUNT synthetic verified organisations (for load tests; never on production data).
    SeedLoad {
        #[arg(long, default_value_t = 10_000)]
        count: usize,
    },
    /// Create an administrator account (the password is read from TAVANA_ADMIN_PASSWORD).
    CreateAdmin {
        #[arg(long)]
        username: String,
        #[arg(long)]
        name: String,
    },
    /// Write a consistent copy of the SQLite database to FILE.
    Backup {
        #[arg(long)]
        to: String,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_sessions=warn".into()),
        )
        .init();
    match run(Cli::parse()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let config = Config::from_env()?;
    let url =
        prepare_sqlite_url(&config.database_url).map_err(|e| format!("database folder: {e}"))?;
    let db = Db::connect(&url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let command = cli.command.unwrap_or(Command::Serve { demo: false });
    if !matches!(command, Command::Backup { .. }) {
        db.migrate().await.map_err(|e| e.to_string())?;
    }
    match command {
        Command::Migrate => {
            println!("migrations applied");
            Ok(())
        }
        Command::SeedDemo => seed(&db).await,
        Command::SeedLoad { count } => {
            demo::load::seed_organisations(&db, count)
                .await
                .map_err(|e| e.to_string())?;
            println!("{count} organisations added");
            Ok(())
        }
        Command::CreateAdmin { username, name } => create_admin(&db, username, name).await,
        Command::Backup { to } => backup(&db, &to).await,
        Command::Serve { demo } => {
            if demo {
                seed(&db).await?;
            }
            serve(config, db).await
        }
    }
}

async fn seed(db: &Db) -> Result<(), String> {
    if demo::seed_if_empty(db).await.map_err(|e| e.to_string())? {
        println!(
            "demo data loaded; accounts (password {}):",
            demo::DEMO_PASSWORD
        );
    } else {
        println!("the database already has accounts; demo data not loaded. Demo accounts:");
    }
    for (username, _, role) in demo::DEMO_ACCOUNTS {
        println!("  {username:<9} {}", role.as_str());
    }
    Ok(())
}

async fn create_admin(db: &Db, username: String, name: String) -> Result<(), String> {
    let password = std::env::var("TAVANA_ADMIN_PASSWORD")
        .map_err(|_| "set TAVANA_ADMIN_PASSWORD to the new admin's password".to_string())?;
    let input = Registration {
        username,
        display_name: name,
        email: String::new(),
        password: SecretString::from(password.clone()),
        password_confirm: SecretString::from(password),
    };
    match create_account(db, input, Role::Admin, None)
        .await
        .map_err(|e| e.to_string())?
    {
        Ok(user) => {
            println!("admin {} created", user.username);
            Ok(())
        }
        Err(errors) => Err(format!("invalid input: {:?}", errors.issues)),
    }
}

async fn backup(db: &Db, to: &str) -> Result<(), String> {
    if db.backend() != Backend::Sqlite {
        return Err("on PostgreSQL use pg_dump".into());
    }
    if std::path::Path::new(to).exists() {
        return Err(format!("{to} exists; choose a new file"));
    }
    sqlx::query("VACUUM INTO $1")
        .bind(to)
        .execute(db.write())
        .await
        .map_err(|e| e.to_string())?;
    println!("backup written to {to}");
    Ok(())
}

async fn serve(config: Config, db: Db) -> Result<(), String> {
    let cleanup = tasks::spawn_cleanup(db.clone());
    let delivery = match &config.mail {
        Some(mail) => Some(mail::spawn_delivery(
            db.clone(),
            mail,
            config.public_origin.clone(),
        )?),
        None => {
            tracing::info!("no SMTP server configured: emails wait in the outbox");
            None
        }
    };
    let sms = match &config.sms {
        Some(gateway) => Some(sms::spawn_delivery(
            db.clone(),
            gateway.clone(),
            config.public_origin.clone(),
        )?),
        None => {
            tracing::info!("no SMS gateway configured: text messages wait in the outbox");
            None
        }
    };
    let reminders = tasks::spawn_reminders(db.clone(), config.settings.clone());
    let site_root = config.site_root.clone();
    tokio::task::spawn_blocking(move || match http::assets::precompress(&site_root) {
        Ok(written) => tracing::info!(written, "precompressed static assets"),
        Err(error) => tracing::warn!(%error, "could not precompress static assets"),
    });
    let live = Live::new(&db);
    let _listener = (db.backend() == Backend::Postgres)
        .then(|| live::spawn_listener(config.database_url.clone(), live.clone()));
    let app = router::build(&config, db.clone(), live);
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    // Without TCP_NODELAY a keep-alive response sent as headers then body waits for the
    // client's delayed ACK (about 40 ms per request).
    let listener = listener.tap_io(|tcp| {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::warn!(%error, "could not set TCP_NODELAY");
        }
    });
    println!("Tavana is listening on http://{addr}");
    tracing::info!(%addr, "listening");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|e| e.to_string())?;
    cleanup.abort();
    reminders.abort();
    if let Some(sms) = sms {
        sms.abort();
    }
    if let Some(delivery) = delivery {
        delivery.abort();
    }
    db.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
