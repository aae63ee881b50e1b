//! `@username` mentions in a comment: who is named, so they can be told.
use super::validation::username;

/// At most this many people are told about one comment; a comment naming more is not a
/// conversation but a broadcast.
pub const MENTIONS_MAX: usize = 10;

/// The usernames mentioned in `text`, lower-case, each once, in order of first mention.
/// A mention starts with `@` that does not follow a letter or digit (so `a@b.org` is an
/// address, not a mention) and ends at the first character a username may not hold.
pub fn mentioned(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts = c == '@' && !previous.is_some_and(char::is_alphanumeric);
        previous = Some(c);
        if !starts {
            continue;
        }
        let rest = &text[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || "._-".contains(c)))
            .unwrap_or(rest.len());
        // A sentence may end right after the name: "… @chair."
        let name = rest[..end].trim_end_matches(['.', '-', '_']);
        if let Ok(name) = username(name) {
            if !found.contains(&name) && found.len() < MENTIONS_MAX {
                found.push(name);
            }
        }
    }
    found
}

#[cfg(test)]
#[path = "mentions_tests.rs"]
mod tests;
