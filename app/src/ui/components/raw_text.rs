//! Text for the elements whose content the server writes as it is: tachys does not escape the
//! children of `<textarea>` (nor `<script>`, `<style>`, `<noscript>`), and leptos_meta writes
//! the `<title>` unescaped. User text goes into those only through [`inert`], so a name like
//! `</title><meta http-equiv=refresh …>` stays text. In the browser the same text is set as a
//! DOM value, which is never parsed, so it passes unchanged there.
//! (`tests/it/raw_text_elements.rs` keeps every such element going through here.)

/// `text`, escaped for a raw-text element's content when rendered on the server.
pub fn inert(text: String) -> String {
    #[cfg(feature = "ssr")]
    {
        html_escape::encode_text(&text).into_owned()
    }
    #[cfg(not(feature = "ssr"))]
    {
        text
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn markup_stays_text() {
        assert_eq!(
            inert("a </textarea></title><b id=x>&amp;".into()),
            "a &lt;/textarea&gt;&lt;/title&gt;&lt;b id=x&gt;&amp;amp;"
        );
        // Persian test words as escapes (Persian that people read lives in the locale files).
        assert_eq!(
            inert("\u{0633}\u{0644}\u{0627}\u{0645} \"x\"".into()),
            "\u{0633}\u{0644}\u{0627}\u{0645} \"x\""
        );
    }
}
