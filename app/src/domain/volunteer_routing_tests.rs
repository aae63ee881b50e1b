use super::*;
use std::time::Instant;

const NURSERY: i64 = 1;
const TUTOR: i64 = 2;
// Two points in Tabriz about 1.1 km apart, and one about 11 km away.
const HOME: Point = Point {
    lat: 38.0800,
    lon: 46.2900,
};
const NEAR: Point = Point {
    lat: 38.0900,
    lon: 46.2900,
};
const FAR: Point = Point {
    lat: 38.1800,
    lon: 46.2900,
};

fn week(cells: &[(u32, u32)]) -> Week {
    cells.iter().fold(Week::EMPTY, |w, &(d, p)| w.with(d, p))
}

fn volunteer(id: i64, roles: &[i64], free: Week, home: Option<Point>) -> Candidate {
    Candidate {
        volunteer: id,
        roles: roles.to_vec(),
        free,
        home,
    }
}

fn request(id: i64, role: i64, needed: Week, centre: Option<Point>, left: i64) -> Opening {
    Opening {
        request: id,
        role,
        needed,
        centre,
        places_left: left,
    }
}

#[test]
fn distances_are_right_within_a_province() {
    let m = HOME.metres_to(NEAR);
    assert!((1_100.0..1_125.0).contains(&m), "{m}");
    let m = HOME.metres_to(FAR);
    assert!((11_050.0..11_150.0).contains(&m), "{m}");
    assert_eq!(HOME.metres_to(HOME), 0.0);
}

#[test]
fn only_a_fitting_role_with_free_time_and_places_left_matches() {
    let mornings = week(&[(0, 0), (1, 0)]);
    let v = volunteer(1, &[NURSERY], mornings, Some(HOME));
    assert!(suggest(&v, &request(1, NURSERY, mornings, Some(NEAR), 2)).is_some());
    assert!(suggest(&v, &request(2, TUTOR, mornings, Some(NEAR), 2)).is_none());
    assert!(suggest(&v, &request(3, NURSERY, week(&[(0, 2)]), Some(NEAR), 2)).is_none());
    assert!(suggest(&v, &request(4, NURSERY, mornings, Some(NEAR), 0)).is_none());
    assert!(suggest(&v, &request(5, NURSERY, mornings, Some(NEAR), -1)).is_none());
}

#[test]
fn a_suggestion_carries_its_reasons() {
    let v = volunteer(7, &[TUTOR, NURSERY], week(&[(0, 0), (2, 1)]), Some(HOME));
    let needed = week(&[(0, 0), (2, 1), (4, 2), (5, 0)]);
    let s = suggest(&v, &request(9, NURSERY, needed, Some(NEAR), 3)).unwrap();
    assert_eq!((s.volunteer, s.request), (7, 9));
    assert_eq!((s.shared_cells, s.needed_cells), (2, 4));
    assert_eq!(s.places_left, 3);
    let metres = s.metres.unwrap();
    assert!((1_100..1_125).contains(&metres), "{metres}");
    // 60 × 2/4 + 40 × 3000/(3000 + 1112) = 30 + 29.2 → 59.
    assert_eq!(s.score, 59);
}

#[test]
fn any_time_requests_and_unknown_places_still_match() {
    let v = volunteer(1, &[NURSERY], Week::EMPTY, None);
    let s = suggest(&v, &request(1, NURSERY, Week::EMPTY, Some(NEAR), 1)).unwrap();
    assert_eq!((s.shared_cells, s.needed_cells, s.metres), (0, 0, None));
    assert_eq!(s.score, 60);
}

#[test]
fn nearer_and_better_covered_requests_rank_first() {
    let free = week(&[(0, 0), (1, 0), (2, 0)]);
    let v = volunteer(1, &[NURSERY], free, Some(HOME));
    let openings = [
        request(10, NURSERY, free, Some(FAR), 1),
        request(11, NURSERY, free, Some(NEAR), 1),
        request(12, NURSERY, week(&[(0, 0), (5, 1)]), Some(NEAR), 1),
        request(13, NURSERY, free, None, 1),
        request(14, TUTOR, free, Some(HOME), 1),
    ];
    let order: Vec<i64> = for_volunteer(&v, &openings, 10)
        .iter()
        .map(|s| s.request)
        .collect();
    assert_eq!(order, vec![11, 10, 13, 12]);
    assert_eq!(for_volunteer(&v, &openings, 2).len(), 2);
}

#[test]
fn ties_are_broken_the_same_way_every_time() {
    let free = week(&[(3, 1)]);
    let twins = [
        volunteer(5, &[TUTOR], free, Some(HOME)),
        volunteer(2, &[TUTOR], free, Some(HOME)),
        volunteer(8, &[TUTOR], free, Some(HOME)),
    ];
    let order: Vec<i64> = for_request(&request(1, TUTOR, free, Some(NEAR), 1), &twins, 10)
        .iter()
        .map(|s| s.volunteer)
        .collect();
    assert_eq!(order, vec![2, 5, 8]);
}

#[test]
fn the_indexed_lists_give_the_same_answer_as_one_at_a_time() {
    let (candidates, openings) = province(300, 40);
    let all = for_every_request(&openings, &candidates, 5);
    assert_eq!(all.len(), openings.len());
    for (opening, (id, list)) in openings.iter().zip(&all) {
        assert_eq!(*id, opening.request);
        assert_eq!(*list, for_request(opening, &candidates, 5));
    }
    assert!(all.iter().any(|(_, list)| !list.is_empty()));
    let mine = for_every_volunteer(&candidates, &openings, 5);
    assert_eq!(mine.len(), candidates.len());
    for (candidate, (id, list)) in candidates.iter().zip(&mine) {
        assert_eq!(*id, candidate.volunteer);
        assert_eq!(*list, for_volunteer(candidate, &openings, 5));
    }
    assert!(mine.iter().any(|(_, list)| !list.is_empty()));
}

/// A made-up province: volunteers and requests spread over a 30 km square, 12 roles, varied
/// weeks; deterministic so the benchmark measures the same work every run.
fn province(volunteers: i64, requests: i64) -> (Vec<Candidate>, Vec<Opening>) {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let point = |n: u64| Point {
        lat: 38.0 + (n % 2_700) as f64 / 10_000.0,
        lon: 46.2 + (n / 2_700 % 3_400) as f64 / 10_000.0,
    };
    let mut candidates = Vec::new();
    for id in 0..volunteers {
        let roles = vec![(next() % 12) as i64, (next() % 12) as i64];
        let free = Week::from_bits((next() & next()) as i64);
        let home = (id % 10 != 0).then(|| point(next()));
        candidates.push(volunteer(id, &roles, free, home));
    }
    let mut openings = Vec::new();
    for id in 0..requests {
        let needed = Week::from_bits((next() & next() & next()) as i64);
        let centre = Some(point(next()));
        openings.push(request(
            id,
            (next() % 12) as i64,
            needed,
            centre,
            (next() % 4) as i64,
        ));
    }
    (candidates, openings)
}

/// The figure: 10,000 volunteers and 500 requests ranked in under 100 ms (release
/// build, as `make test` runs it), for the requests' lists and for every volunteer's own list.
/// The best of three runs is judged, so a busy moment on a shared machine does not fail it.
#[test]
fn ten_thousand_volunteers_and_five_hundred_requests_in_under_100_ms() {
    let (candidates, openings) = province(10_000, 500);
    let mut best = std::time::Duration::MAX;
    for _ in 0..3 {
        let started = Instant::now();
        let per_request = for_every_request(&openings, &candidates, 20);
        let per_volunteer = for_every_volunteer(&candidates, &openings, 5);
        best = best.min(started.elapsed());
        let found: usize = per_request.iter().map(|(_, l)| l.len()).sum();
        let suggested: usize = per_volunteer.iter().map(|(_, l)| l.len()).sum();
        assert!(found > 1_000 && suggested > 1_000, "{found} {suggested}");
    }
    println!("routing 10,000 volunteers x 500 requests, both ways: {best:?}");
    if !cfg!(debug_assertions) {
        assert!(best.as_millis() < 100, "took {best:?}");
    }
}
