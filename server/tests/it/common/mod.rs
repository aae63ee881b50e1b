//! What the black-box tests share: the real router on port 0 over a fresh database.
#![allow(dead_code)]
use app::server::boards::live::Live;
use app::server::db::{prepare_sqlite_url, Backend, Db};
use reqwest::Client;
use server::config::Config;
use std::net::SocketAddr;

pub struct TestApp {
    pub base: String,
    pub db: Db,
}

/// A site root holding the files served from `/` (the favicon), so they are really served.
fn site_root() -> String {
    let dir = std::env::temp_dir().join(format!("tavana-http-site-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let favicon = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/public/favicon.svg");
    std::fs::copy(favicon, dir.join("favicon.svg")).unwrap();
    // A content-hashed asset, to see it served as immutable.
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    std::fs::write(dir.join("fonts/test.0a1b2c3d4e.woff2"), b"wOF2").unwrap();
    dir.to_string_lossy().into_owned()
}

impl TestApp {
    pub async fn spawn(url: &str) -> TestApp {
        Self::spawn_with(url, |_| {}).await
    }

    /// The app with its configuration changed first (limits, a trusted proxy).
    pub async fn spawn_with(url: &str, configure: impl FnOnce(&mut Config)) -> TestApp {
        let url = prepare_sqlite_url(url).unwrap();
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        let mut config = Config::from_env().unwrap();
        config.database_url = url;
        config.site_root = site_root();
        config.settings.files_dir =
            std::env::temp_dir().join(format!("tavana-http-files-{}", std::process::id()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        config.addr = addr;
        configure(&mut config);
        let live = Live::new(&db);
        if db.backend() == Backend::Postgres {
            server::live::spawn_listener(config.database_url.clone(), live.clone());
        }
        let router = server::router::build(&config, db.clone(), live);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        TestApp {
            base: format!("http://{addr}"),
            db,
        }
    }

    pub fn browser(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// A same-origin form POST, ready to send or to be given more headers.
    pub fn form_post(
        &self,
        client: &Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::RequestBuilder {
        client
            .post(format!("{}{path}", self.base))
            .header("Origin", &self.base)
            .form(form)
    }

    /// A form POST as a browser without JavaScript sends it, from the page at `referer`.
    pub fn no_js_post(
        &self,
        client: &Client,
        path: &str,
        referer: &str,
        form: &[(&str, &str)],
    ) -> reqwest::RequestBuilder {
        self.form_post(client, path, form)
            .header("Accept", "text/html")
            .header("Referer", referer)
    }

    pub async fn post(
        &self,
        client: &Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        self.form_post(client, path, form).send().await.unwrap()
    }

    /// A page's status and HTML (a page that never finishes fails, naming itself).
    pub async fn page(&self, client: &Client, path: &str) -> (reqwest::StatusCode, String) {
        let response = client
            .get(format!("{}{path}", self.base))
            .timeout(std::time::Duration::from_secs(30))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        (response.status(), response.text().await.unwrap())
    }

    /// A browser signed in as one of the demo accounts.
    #[allow(dead_code)] // Not every test crate signs in demo accounts.
    pub async fn signed_in_demo(&self, username: &str) -> Client {
        let client = self.browser();
        self.login(&client, username, server::demo::DEMO_PASSWORD)
            .await;
        client
    }

    pub async fn current_user(&self, client: &Client) -> serde_json::Value {
        self.post(client, "/api/current_user", &[])
            .await
            .json()
            .await
            .unwrap()
    }

    pub async fn register(&self, client: &Client, username: &str) -> reqwest::Response {
        let form = [
            ("username", username),
            ("display_name", "Sara Ahmadi"),
            ("email", ""),
            ("password", "a long password"),
            ("password_confirm", "a long password"),
        ];
        self.post(client, "/api/register", &form).await
    }

    pub async fn login(
        &self,
        client: &Client,
        username: &str,
        password: &str,
    ) -> serde_json::Value {
        let form = [
            ("username", username),
            ("password", password),
            ("next", "/"),
        ];
        self.post(client, "/api/login", &form)
            .await
            .json()
            .await
            .unwrap()
    }
}
