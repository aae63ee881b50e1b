//! Routing: which open request of which centre suits which active volunteer, best first, and
//! why. A request is suggested only when the role fits, some of its times are free in the
//! volunteer's week and it still has places; among those, the share of its times covered and the
//! distance from the volunteer's home neighbourhood to the centre decide the order.
use super::availability::Week;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A point on the map, in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

impl Point {
    /// Metres between two points. The flat-earth approximation is within a fraction of a
    /// percent over a province and far cheaper than the great-circle formula.
    pub fn metres_to(self, other: Point) -> f64 {
        const EARTH_M: f64 = 6_371_000.0;
        let mean_lat = ((self.lat + other.lat) / 2.0).to_radians();
        let x = (other.lon - self.lon).to_radians() * mean_lat.cos();
        let y = (other.lat - self.lat).to_radians();
        EARTH_M * (x * x + y * y).sqrt()
    }
}

/// An active volunteer as routing sees them.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub volunteer: i64,
    /// The roles they offer (reference list ids).
    pub roles: Vec<i64>,
    pub free: Week,
    /// Their home neighbourhood's location, when it is on the map.
    pub home: Option<Point>,
}

/// An open request of a centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    pub request: i64,
    pub role: i64,
    /// When the centre needs someone; an empty week means "any time".
    pub needed: Week,
    pub centre: Option<Point>,
    /// How many are asked for, less those already placed.
    pub places_left: i64,
}

/// One suggested match and the facts that place it: the page turns each into a sentence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub volunteer: i64,
    pub request: i64,
    /// 0–100: 60 for covering all the needed times, 40 for living next door.
    pub score: u32,
    /// Needed times the volunteer is free for, of `needed_cells` (both 0 for "any time").
    pub shared_cells: u32,
    pub needed_cells: u32,
    /// Metres from home to the centre, when both are on the map.
    pub metres: Option<u32>,
    pub places_left: i64,
}

/// Half the proximity weight is lost at this distance.
const HALF_WEIGHT_METRES: f64 = 3_000.0;
/// An unknown distance earns nothing: a centre known to be far still ranks above it.
const UNKNOWN_PROXIMITY: f64 = 0.0;

/// The match of one volunteer with one request, if there is one.
pub fn suggest(candidate: &Candidate, opening: &Opening) -> Option<Suggestion> {
    if opening.places_left <= 0 || !candidate.roles.contains(&opening.role) {
        return None;
    }
    let needed_cells = opening.needed.cells();
    let shared_cells = candidate.free.overlap(opening.needed).cells();
    let share = if needed_cells == 0 {
        1.0
    } else if shared_cells == 0 {
        return None;
    } else {
        f64::from(shared_cells) / f64::from(needed_cells)
    };
    let metres = match (candidate.home, opening.centre) {
        (Some(home), Some(centre)) => Some(home.metres_to(centre)),
        _ => None,
    };
    let proximity = metres.map_or(UNKNOWN_PROXIMITY, |m| {
        HALF_WEIGHT_METRES / (HALF_WEIGHT_METRES + m)
    });
    Some(Suggestion {
        volunteer: candidate.volunteer,
        request: opening.request,
        score: (60.0 * share + 40.0 * proximity).round() as u32,
        shared_cells,
        needed_cells,
        metres: metres.map(|m| m.round().min(f64::from(u32::MAX)) as u32),
        places_left: opening.places_left,
    })
}

/// Best first: the higher score, then the nearer, then the request or volunteer added first, so
/// the same data always gives the same list.
fn best_first(a: &Suggestion, b: &Suggestion) -> std::cmp::Ordering {
    b.score
        .cmp(&a.score)
        .then(
            a.metres
                .unwrap_or(u32::MAX)
                .cmp(&b.metres.unwrap_or(u32::MAX)),
        )
        .then(a.request.cmp(&b.request))
        .then(a.volunteer.cmp(&b.volunteer))
}

fn ranked(mut found: Vec<Suggestion>, limit: usize) -> Vec<Suggestion> {
    found.sort_by(best_first);
    found.truncate(limit);
    found
}

/// The requests that suit one volunteer, best first.
pub fn for_volunteer(candidate: &Candidate, openings: &[Opening], limit: usize) -> Vec<Suggestion> {
    ranked(
        openings
            .iter()
            .filter_map(|o| suggest(candidate, o))
            .collect(),
        limit,
    )
}

/// The volunteers who suit one request, best first.
pub fn for_request(opening: &Opening, candidates: &[Candidate], limit: usize) -> Vec<Suggestion> {
    ranked(
        candidates
            .iter()
            .filter_map(|c| suggest(c, opening))
            .collect(),
        limit,
    )
}

/// Every open request with its best volunteers. Candidates are indexed by role first, so a
/// request only looks at those who offer its role.
pub fn for_every_request(
    openings: &[Opening],
    candidates: &[Candidate],
    limit: usize,
) -> Vec<(i64, Vec<Suggestion>)> {
    let mut by_role: HashMap<i64, Vec<&Candidate>> = HashMap::new();
    for candidate in candidates {
        for (i, role) in candidate.roles.iter().enumerate() {
            // A role listed twice must not list its volunteer twice.
            if !candidate.roles[..i].contains(role) {
                by_role.entry(*role).or_default().push(candidate);
            }
        }
    }
    openings
        .iter()
        .map(|opening| {
            let found = by_role
                .get(&opening.role)
                .map(|list| list.iter().filter_map(|c| suggest(c, opening)).collect())
                .unwrap_or_default();
            (opening.request, ranked(found, limit))
        })
        .collect()
}

/// Every volunteer with their best requests; requests are indexed by role, so a volunteer only
/// looks at those asking for a role they offer.
pub fn for_every_volunteer(
    candidates: &[Candidate],
    openings: &[Opening],
    limit: usize,
) -> Vec<(i64, Vec<Suggestion>)> {
    let mut by_role: HashMap<i64, Vec<&Opening>> = HashMap::new();
    for opening in openings {
        by_role.entry(opening.role).or_default().push(opening);
    }
    candidates
        .iter()
        .map(|candidate| {
            let mut found = Vec::new();
            for (i, role) in candidate.roles.iter().enumerate() {
                if candidate.roles[..i].contains(role) {
                    continue;
                }
                for opening in by_role.get(role).into_iter().flatten() {
                    found.extend(suggest(candidate, opening));
                }
            }
            (candidate.volunteer, ranked(found, limit))
        })
        .collect()
}

#[cfg(test)]
#[path = "volunteer_routing_tests.rs"]
mod tests;
