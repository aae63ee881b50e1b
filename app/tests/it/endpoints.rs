//! Every server function has its own endpoint: two with the same name would silently send one
//! form's posts to the other's code (it happened: a shift's attendance and a meeting's).
use std::collections::HashMap;
use std::path::Path;

fn visit(dir: &Path, found: &mut HashMap<String, Vec<String>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (_, rest) in text
                .match_indices("endpoint = \"")
                .map(|(i, _)| ((), &text[i + 12..]))
            {
                if let Some(name) = rest.split('"').next() {
                    found
                        .entry(name.to_string())
                        .or_default()
                        .push(path.display().to_string());
                }
            }
        }
    }
}

#[test]
fn no_two_server_functions_share_an_endpoint() {
    let mut found = HashMap::new();
    visit(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(found.len() > 50, "the scan finds the server functions");
    let shared: Vec<_> = found.iter().filter(|(_, files)| files.len() > 1).collect();
    assert!(shared.is_empty(), "{shared:?}");
}
