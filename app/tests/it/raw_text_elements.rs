//! Keeps the elements whose content is written unescaped out of reach of user text: every
//! `<textarea>` with content and the one `<Title formatter>` go through `raw_text::inert`, no
//! view writes `<style>`, `<noscript>` or `inner_html` at all, and a `<script>` only empty,
//! with a constant of ours as its source. (The rendered
//! pages are checked with hostile strings in `server/tests/it/hostile_text.rs`; this finds a new
//! place of the kind before any data reaches it.)
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without `//` comments, so documentation may name the elements.
fn code_of(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|line| match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An empty `<script>` whose source is a constant of ours (`src=PRINT_SCRIPT`): it holds no
/// text, so nothing typed can reach it.
fn static_script(element: &str) -> bool {
    let Some(rest) = element.strip_prefix("<script src=") else {
        return false;
    };
    let constant: String = rest
        .chars()
        .take_while(|c| c.is_ascii_uppercase() || *c == '_')
        .collect();
    let after = &rest[constant.len()..];
    !constant.is_empty()
        && (after.starts_with(" defer></script>") || after.starts_with("></script>"))
}

#[test]
fn the_guard_tells_a_static_script_from_one_with_content() {
    assert!(static_script("<script src=PRINT_SCRIPT defer></script>"));
    assert!(!static_script(
        "<script src=PRINT_SCRIPT defer>{text}</script>"
    ));
    assert!(!static_script("<script src=url defer></script>"));
    assert!(!static_script("<script>{text}</script>"));
}

#[test]
fn raw_text_elements_only_hold_inert_text() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 100, "the sources were found");
    let mut faults = Vec::new();
    for file in &files {
        let code = code_of(file);
        let name = file.display();
        for forbidden in ["<script", "<style", "<noscript", "inner_html"] {
            let mut rest = code.as_str();
            while let Some(at) = rest.find(forbidden) {
                if !(forbidden == "<script" && static_script(&rest[at..])) {
                    faults.push(format!("{name}: {forbidden}"));
                }
                rest = &rest[at + forbidden.len()..];
            }
        }
        let mut rest = code.as_str();
        while let Some(at) = rest.find("<textarea") {
            let element = &rest[at..];
            let open_end = element.find('>').unwrap_or(element.len());
            let close = element.find("</textarea>").unwrap_or(element.len());
            let content = element[open_end + 1..close].trim();
            if !content.is_empty() && !content.contains("inert(") {
                faults.push(format!("{name}: <textarea> holds {content}"));
            }
            rest = &element[close.min(element.len())..];
            if close == element.len() {
                break;
            }
        }
        if code.contains("formatter=") && !file.ends_with("ui/app.rs") {
            faults.push(format!("{name}: a second <Title formatter>"));
        }
        // leptos_meta writes the head after the page rendered, when the page's reactive owner
        // may be gone: a title read from a signal then panics. Titles are plain strings.
        if code.contains("<Title text=move") {
            faults.push(format!("{name}: a <Title> read from a signal"));
        }
    }
    let app = code_of(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/app.rs"));
    let formatter = &app[app.find("formatter=").expect("the title's formatter")..];
    assert!(
        formatter[..formatter.find("/>").unwrap()].contains("inert("),
        "the title's formatter makes the title inert"
    );
    assert!(faults.is_empty(), "{faults:#?}");
}
