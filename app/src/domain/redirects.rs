//! The one rule for every redirect target taken from a request (`next` after signing in, the
//! language switch, a board form's `back`, where a form without JavaScript returns): only a
//! path on this site. Browsers are lenient with what follows a `Location:` header (they drop
//! TABs and newlines, read `\` as `/`, decode some escapes), so anything that could be read as
//! another host falls back to a safe default instead of being repaired.
use percent_encoding::percent_decode_str;

/// Where a refused target leads.
pub const HOME: &str = "/";

/// The longest target followed; a longer one is no address of ours.
pub const TARGET_MAX: usize = 2000;

/// `target` when it is a same-site path, else `None`.
pub fn same_site_path(target: &str) -> Option<&str> {
    if target.len() > TARGET_MAX {
        return None;
    }
    // Only printable ASCII: no TAB, CR, LF, space or other control characters, and no
    // look-alikes of the solidus (the full-width `／` and friends) that some parsers fold.
    if !target.bytes().all(|b| b.is_ascii_graphic()) {
        return None;
    }
    if !is_plain_path(target) {
        return None;
    }
    // What an intermediary or a browser might decode of the path must be as plain as what was
    // written (the query may hold any encoded text: a search for two words).
    let path = &target[..target.find(['?', '#']).unwrap_or(target.len())];
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    if decoded.chars().any(|c| c.is_control() || c.is_whitespace()) || !is_plain_path(&decoded) {
        return None;
    }
    Some(target)
}

/// A path that starts with exactly one `/` and holds no backslash.
fn is_plain_path(path: &str) -> bool {
    path.starts_with('/') && !path.starts_with("//") && !path.contains('\\')
}

/// `target` if it is a same-site path, else the home page.
pub fn safe_target(target: &str) -> String {
    same_site_path(target).unwrap_or(HOME).to_string()
}

/// `target` if it is a same-site path that starts with `prefix`, else `prefix` itself.
pub fn safe_target_within(target: &str, prefix: &str) -> String {
    match same_site_path(target) {
        Some(path) if path.starts_with(prefix) => path.to_string(),
        _ => prefix.to_string(),
    }
}

/// The path (with query and fragment) of an absolute `http(s)` URL on `host`, or of a path;
/// `None` for another host or anything unparsable. For redirects that name our own pages by
/// their full address (a browser's `Referer`).
pub fn local_part<'a>(target: &'a str, host: &str) -> Option<&'a str> {
    let rest = target
        .strip_prefix("http://")
        .or_else(|| target.strip_prefix("https://"));
    let Some(rest) = rest else {
        return same_site_path(target);
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(end);
    if !authority.eq_ignore_ascii_case(host) || authority.contains('@') {
        return None;
    }
    match path {
        "" => Some(HOME),
        path => same_site_path(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_paths_pass() {
        for ok in [
            "/",
            "/account",
            "/admin/users?q=a",
            "/proposals/4#journey-h",
            "/search?q=%D8%B3%D9%84%D8%A7%D9%85",
            "/@handle",
            "/search?q=a%20b%0A",
        ] {
            assert_eq!(safe_target(ok), ok, "{ok}");
        }
    }

    /// Known ways to turn a "local" redirect into one to another host.
    #[test]
    fn bypasses_fall_back_home() {
        for bad in [
            "",
            "account",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example/phish",
            "/\r\n/evil.example",
            "\t//evil.example",
            " /x",
            "/x y",
            "/a%20b",
            "/%09/evil.example",
            "/%2F/evil.example",
            "/%2fevil.example",
            "/%5Cevil.example",
            "/%5cevil.example",
            "/x%0d%0aSet-Cookie:a=b",
            "/%00",
            "/%ff",
            "https://evil.example",
            "http:/evil.example",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "\u{FF0F}\u{FF0F}evil.example",
            "/\u{FF0F}evil.example",
            "/\u{2215}evil.example",
            "//user@evil.example",
            "https://ours.example@evil.example/",
        ] {
            assert_eq!(safe_target(bad), HOME, "{bad:?}");
        }
        let long = format!("/{}", "a".repeat(TARGET_MAX));
        assert_eq!(safe_target(&long), HOME, "too long");
    }

    #[test]
    fn within_a_prefix() {
        let board = "/working-groups/3/board";
        assert_eq!(
            safe_target_within("/working-groups/3/board?kind=task", board),
            "/working-groups/3/board?kind=task"
        );
        assert_eq!(safe_target_within("/account", board), board);
        assert_eq!(safe_target_within("//evil.example", board), board);
    }

    #[test]
    fn full_addresses_of_our_own_host_only() {
        let host = "127.0.0.1:3000";
        assert_eq!(
            local_part("http://127.0.0.1:3000/register?x=1", host),
            Some("/register?x=1")
        );
        assert_eq!(local_part("https://127.0.0.1:3000", host), Some("/"));
        assert_eq!(local_part("/register", host), Some("/register"));
        assert_eq!(local_part("http://evil.example/register", host), None);
        assert_eq!(
            local_part("http://127.0.0.1:3000@evil.example/", host),
            None
        );
        assert_eq!(
            local_part("http://127.0.0.1:3000//evil.example", host),
            None
        );
        assert_eq!(local_part("ftp://127.0.0.1:3000/", host), None);
    }
}
