//! A horizontal bar chart drawn as SVG on the server (no chart library reaches the browser),
//! with its numbers also in a table. Bars grow from the reading side: right in Persian, left in
//! English.
use crate::i18n::*;
use crate::ui::components::format;
use leptos::prelude::*;

/// Row height in pixels; the widths are percentages, so the text keeps its size on a phone.
const ROW: i64 = 30;
/// The label column and the room left for the value, in percent of the width.
const LABEL: f64 = 36.0;
const VALUE: f64 = 10.0;
const LABEL_CHARS: usize = 22;

/// One bar: its label, its count, and where the label links to (if anywhere).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    pub href: Option<String>,
}

/// Where one bar and its texts sit, in percent of the width: (bar x, bar width, label x within
/// the label's own box, value x).
fn geometry(value: i64, max: i64, rtl: bool) -> (f64, f64, f64, f64) {
    let room = 100.0 - LABEL - VALUE;
    let width = if max > 0 {
        value as f64 * room / max as f64
    } else {
        0.0
    };
    if rtl {
        let bar_x = 100.0 - LABEL - width;
        (bar_x, width, 97.0, bar_x - 1.0)
    } else {
        (LABEL, width, 3.0, LABEL + width + 1.0)
    }
}

fn pct(value: f64) -> String {
    format!("{value:.2}%")
}

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        label.chars().take(LABEL_CHARS - 1).chain(['…']).collect()
    }
}

#[component]
pub fn BarChart(
    /// Unique on the page: the caption's id is made from it.
    id: &'static str,
    caption: String,
    /// The heading of the label column in the table.
    label_heading: String,
    bars: Vec<Bar>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rtl = format::is_persian();
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let height = ROW * bars.len() as i64 + 6;
    let caption_id = format!("{id}-caption");
    let rows = bars.clone();
    view! {
        <figure class="chart panel" id=id>
            <figcaption id=caption_id.clone()>{caption}</figcaption>
            <svg width="100%" height=height role="img" aria-labelledby=caption_id
                direction=if rtl { "rtl" } else { "ltr" }>
                {bars.into_iter().enumerate().map(|(i, bar)| {
                    let y = ROW * i as i64;
                    let (bar_x, bar_w, label_x, value_x) = geometry(bar.value, max, rtl);
                    view! {
                        // A nested viewport clips a label too long for a phone's width.
                        <svg x=pct(if rtl { 100.0 - LABEL + 1.0 } else { 0.0 }) y=y width=pct(LABEL - 1.0) height=ROW>
                            <text x=pct(label_x) y="20" text-anchor="start" class="chart-label">{short(&bar.label)}</text>
                        </svg>
                        <rect x=pct(bar_x) y=y + 6 width=pct(bar_w) height=ROW - 10 rx="3" class="chart-bar" />
                        <text x=pct(value_x) y=y + 20 text-anchor="start" class="chart-value">{format::number(bar.value)}</text>
                    }
                }).collect_view()}
            </svg>
            <table class="chart-table">
                <thead><tr>
                    <th scope="col">{label_heading}</th>
                    <th scope="col">{t!(i18n, dashboard.count)}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|bar| view! {
                        <tr>
                            <th scope="row" dir="auto">{match bar.href {
                                Some(href) => view! { <a href=href>{bar.label}</a> }.into_any(),
                                None => bar.label.into_any(),
                            }}</th>
                            <td>{format::number(bar.value)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_bar_fills_the_room_and_grows_from_the_reading_side() {
        let room = 100.0 - LABEL - VALUE;
        assert_eq!(
            geometry(10, 10, false),
            (LABEL, room, 3.0, LABEL + room + 1.0)
        );
        let (x, w, label_x, value_x) = geometry(10, 10, true);
        assert_eq!(
            (x + w, w),
            (100.0 - LABEL, room),
            "ends where the labels begin"
        );
        assert!(
            label_x > 50.0 && value_x < x,
            "labels sit at the start of their own box"
        );
        assert_eq!(geometry(5, 10, true).1, room / 2.0);
        assert_eq!(geometry(0, 0, false).1, 0.0, "an empty chart draws no bars");
        assert_eq!(pct(12.5), "12.50%");
    }

    #[test]
    fn long_labels_are_shortened_with_an_ellipsis() {
        assert_eq!(short("abc"), "abc");
        let long = "x".repeat(40);
        assert_eq!(short(&long).chars().count(), LABEL_CHARS);
        assert!(short(&long).ends_with('…'));
    }
}
