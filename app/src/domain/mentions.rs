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
mod tests {
    use super::*;

    #[test]
    fn finds_names_once_in_order() {
        assert_eq!(
            mentioned("@Chair لطفاً ببینید، @member و دوباره @chair."),
            vec!["chair", "member"]
        );
    }

    #[test]
    fn an_address_or_a_lone_sign_is_not_a_mention() {
        assert!(mentioned("write to info@tavana.ir or @ me").is_empty());
        assert!(mentioned("").is_empty());
        assert!(mentioned("@").is_empty());
    }

    #[test]
    fn a_name_ends_where_a_username_cannot_go_on() {
        assert_eq!(mentioned("(@ngo1)، @agency_2!"), vec!["ngo1", "agency_2"]);
        assert_eq!(mentioned("@a"), Vec::<String>::new(), "too short");
    }

    #[test]
    fn at_most_ten_are_told() {
        let text: String = (0..15).map(|i| format!("@user{i} ")).collect();
        assert_eq!(mentioned(&text).len(), MENTIONS_MAX);
    }
}
