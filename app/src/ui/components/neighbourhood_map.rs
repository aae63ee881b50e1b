//! The neighbourhoods' locations as a labelled SVG plot of their coordinates (no map tiles
//! can be fetched here). North is up; east is right in both directions of text.
use crate::i18n::*;
use crate::model::directory::NeighbourhoodCard;
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 400.0;
const MARGIN: f64 = 48.0;

/// Projects (latitude, longitude) into the picture, keeping the aspect of the area shown.
pub fn project(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if points.is_empty() {
        return Vec::new();
    }
    let (mut min_lat, mut max_lat, mut min_lon, mut max_lon) =
        (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for (lat, lon) in points {
        min_lat = min_lat.min(*lat);
        max_lat = max_lat.max(*lat);
        min_lon = min_lon.min(*lon);
        max_lon = max_lon.max(*lon);
    }
    // A degree of longitude is shorter than one of latitude away from the equator.
    let shrink = ((min_lat + max_lat) / 2.0).to_radians().cos();
    let span_x = ((max_lon - min_lon) * shrink).max(1e-6);
    let span_y = (max_lat - min_lat).max(1e-6);
    let scale = ((WIDTH - 2.0 * MARGIN) / span_x).min((HEIGHT - 2.0 * MARGIN) / span_y);
    let offset_x = (WIDTH - span_x * scale) / 2.0;
    let offset_y = (HEIGHT - span_y * scale) / 2.0;
    points
        .iter()
        .map(|(lat, lon)| {
            let x = offset_x + (lon - min_lon) * shrink * scale;
            let y = HEIGHT - (offset_y + (lat - min_lat) * scale);
            (x, y)
        })
        .collect()
}

#[component]
pub fn NeighbourhoodMap(neighbourhoods: Vec<NeighbourhoodCard>) -> impl IntoView {
    let i18n = use_i18n();
    let placed: Vec<NeighbourhoodCard> = neighbourhoods
        .into_iter()
        .filter(|n| n.latitude.is_some() && n.longitude.is_some())
        .collect();
    let coords: Vec<(f64, f64)> = placed
        .iter()
        .map(|n| {
            (
                n.latitude.unwrap_or_default(),
                n.longitude.unwrap_or_default(),
            )
        })
        .collect();
    let points = project(&coords);
    (!placed.is_empty()).then(|| {
        let dots = placed
            .into_iter()
            .zip(points)
            .map(|(n, (x, y))| {
                let href = format!("/neighbourhoods/{}", n.id);
                view! {
                    <a href=href>
                        <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="7" class="map-dot" />
                        <text x=format!("{x:.1}") y=format!("{:.1}", y - 12.0) text-anchor="middle" class="map-label">{n.name.clone()}</text>
                    </a>
                }
            })
            .collect_view();
        view! {
            <figure class="map panel">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group" aria-labelledby="map-caption">
                    <rect x="0" y="0" width=WIDTH height=HEIGHT class="map-ground" />
                    <text x=WIDTH - 40.0 y="28" text-anchor="middle" class="map-north">{t!(i18n, directory.north)} " ↑"</text>
                    {dots}
                </svg>
                <figcaption id="map-caption" class="muted">{t!(i18n, directory.map_caption)}</figcaption>
            </figure>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn north_is_up_and_east_is_right() {
        let p = project(&[(35.0, 51.0), (35.1, 51.1), (35.0, 51.1)]);
        assert!(p[1].1 < p[0].1, "the northern point is higher");
        assert!(p[2].0 > p[0].0, "the eastern point is to the right");
        for (x, y) in p {
            assert!((0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y));
        }
    }

    #[test]
    fn a_single_point_lands_inside() {
        let p = project(&[(35.0, 51.0)]);
        assert!((0.0..=WIDTH).contains(&p[0].0));
    }
}
