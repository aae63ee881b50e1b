//! Hashed static assets (`/pkg`, `/fonts`, `/scripts`): served from files, with a brotli copy made once
//! at the highest quality so no request pays for compressing them (on-the-fly compression
//! stays for pages, at a fast level).
use axum::http::{header::VARY, HeaderValue};
use axum::Router;
use std::io::Write;
use std::path::{Path, PathBuf};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

/// Folders under the site root that hold content-hashed, immutable files.
pub const ASSET_DIRS: [&str; 3] = ["pkg", "fonts", "scripts"];

/// Files at the site root, served here rather than by leptos_axum's file handler: that handler
/// answers inside an owner that inherits whatever page is rendering on the thread, and takes
/// that page's pending headers (its Content-Security-Policy and cookies) for itself.
pub const ROOT_FILES: [&str; 1] = ["favicon.svg"];

const COMPRESSIBLE: [&str; 4] = ["js", "css", "wasm", "svg"];

/// Routes serving the asset folders, preferring a `.br` copy when the browser accepts it.
pub fn routes<S: Clone + Send + Sync + 'static>(site_root: &str) -> Router<S> {
    let files = ROOT_FILES.iter().fold(Router::new(), |router, file| {
        let service = ServeFile::new(Path::new(site_root).join(file));
        router.route_service(&format!("/{file}"), service)
    });
    ASSET_DIRS
        .iter()
        .fold(files, |router, dir| {
            let service = ServeDir::new(Path::new(site_root).join(dir)).precompressed_br();
            router.nest_service(&format!("/{dir}"), service)
        })
        // The answer depends on Accept-Encoding: shared caches must keep the variants apart.
        .layer(SetResponseHeaderLayer::overriding(
            VARY,
            HeaderValue::from_static("accept-encoding"),
        ))
}

/// Writes `<file>.br` next to every compressible asset that lacks an up-to-date one.
pub fn precompress(site_root: &str) -> std::io::Result<usize> {
    let mut written = 0;
    for dir in ASSET_DIRS {
        let Ok(entries) = std::fs::read_dir(Path::new(site_root).join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if needs_copy(&path) {
                write_brotli(&path)?;
                written += 1;
            }
        }
    }
    Ok(written)
}

fn brotli_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".br");
    PathBuf::from(name)
}

fn needs_copy(path: &Path) -> bool {
    let compressible = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e));
    if !compressible {
        return false;
    }
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(path), modified(&brotli_path(path))) {
        (Some(source), Some(copy)) => copy < source,
        _ => true,
    }
}

fn write_brotli(path: &Path) -> std::io::Result<()> {
    let source = std::fs::read(path)?;
    let target = brotli_path(path);
    // Written aside and renamed, so a concurrent request never sees half a file.
    let partial = target.with_extension("br.partial");
    {
        let file = std::fs::File::create(&partial)?;
        let mut writer = brotli::CompressorWriter::new(file, 64 * 1024, 11, 22);
        writer.write_all(&source)?;
        writer.flush()?;
    }
    std::fs::rename(partial, target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_text_assets_once_and_leaves_fonts_alone() {
        let root = std::env::temp_dir().join(format!("tavana-assets-{}", std::process::id()));
        let pkg = root.join("pkg");
        let fonts = root.join("fonts");
        std::fs::create_dir_all(&pkg).unwrap();
        std::fs::create_dir_all(&fonts).unwrap();
        std::fs::write(pkg.join("app.abc.css"), "body { margin: 0 }\n".repeat(200)).unwrap();
        std::fs::write(fonts.join("v.abc.woff2"), b"already compressed").unwrap();
        let root_str = root.to_str().unwrap();
        assert_eq!(precompress(root_str).unwrap(), 1);
        let copy = std::fs::read(pkg.join("app.abc.css.br")).unwrap();
        assert!(copy.len() < 200, "{} bytes", copy.len());
        assert_eq!(precompress(root_str).unwrap(), 0, "already up to date");
        std::fs::remove_dir_all(root).unwrap();
    }

    #[test]
    fn the_print_script_the_pages_name_is_shipped() {
        let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../style/public");
        let script = app::ui::components::print_button::PRINT_SCRIPT;
        assert!(script.starts_with("/scripts/"), "{script}");
        assert!(
            public.join(&script[1..]).is_file(),
            "{script} is not in style/public"
        );
    }
}
