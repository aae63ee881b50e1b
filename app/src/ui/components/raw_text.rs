//! Text for the elements whose content the server writes as it is: tachys does not escape the
//! children of `<textarea>` (nor `<script>`, `<style>`, `<noscript>`), and leptos_meta writes
//! the `<title>` unescaped. User text goes into those only through [`inert`], so a name like
//! `</title><meta http-equiv=refresh …>` stays text. In the browser the same text is set as a
//! DOM value, which is never parsed, so it passes unchanged there.
//! (`tests/raw_text_elements.rs` keeps every such element going through here.)

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
        assert_eq!(inert("سلام \"x\"".into()), "سلام \"x\"");
    }
}
