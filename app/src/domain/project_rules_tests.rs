use super::*;
use ProjectMove as M;
use ProjectStatus as S;

const LEAD: ProjectStanding = ProjectStanding {
    lead: true,
    partner: false,
    staff: false,
};
const PARTNER: ProjectStanding = ProjectStanding {
    lead: false,
    partner: true,
    staff: false,
};
const OFFICIAL: ProjectStanding = ProjectStanding {
    lead: false,
    partner: false,
    staff: true,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a day")
}

#[test]
fn the_table_of_moves() {
    // (who, from, move, expected)
    let table = [
        (LEAD, S::Planned, M::Start, Ok(S::Active)),
        (LEAD, S::Active, M::Complete, Ok(S::Completed)),
        (LEAD, S::Active, M::Suspend, Ok(S::Suspended)),
        (LEAD, S::Suspended, M::Resume, Ok(S::Active)),
        (LEAD, S::Active, M::Cancel, Err(ProjectRefusal::NotYours)),
        (PARTNER, S::Planned, M::Start, Err(ProjectRefusal::NotYours)),
        (OFFICIAL, S::Active, M::Cancel, Ok(S::Cancelled)),
        (
            OFFICIAL,
            S::Completed,
            M::Resume,
            Err(ProjectRefusal::NotFromHere),
        ),
        (
            OFFICIAL,
            S::Cancelled,
            M::Start,
            Err(ProjectRefusal::NotFromHere),
        ),
    ];
    for (who, from, action, expected) in table {
        assert_eq!(
            check(who, from, action, "why"),
            expected,
            "{from:?} {action:?}"
        );
    }
    assert_eq!(
        check(LEAD, S::Active, M::Suspend, " "),
        Err(ProjectRefusal::ReasonRequired)
    );
    assert_eq!(moves(PARTNER, S::Active), vec![]);
    assert_eq!(moves(LEAD, S::Active), vec![M::Complete, M::Suspend]);
    assert!(PARTNER.may_report() && LEAD.may_report() && !OFFICIAL.may_report());
}

#[test]
fn stalled_is_derived_from_updates_and_milestones() {
    let rule = StalledRule::default();
    let today = d(2026, 11, 23);
    let mut h = Health {
        status: Some(S::Active),
        since: Some(d(2026, 9, 1)),
        last_update: Some(d(2026, 11, 1)),
        open_milestones: vec![d(2026, 11, 15)],
    };
    assert_eq!(
        rule.judge(&h, today),
        None,
        "recent update, milestone 8 days late"
    );
    h.open_milestones = vec![d(2026, 11, 1), d(2026, 12, 30)];
    assert_eq!(rule.judge(&h, today), Some(Stalled::MilestoneOverdue(22)));
    h.open_milestones.clear();
    h.last_update = Some(d(2026, 10, 1));
    assert_eq!(rule.judge(&h, today), Some(Stalled::NoUpdate(53)));
    // Never reported: the clock runs from the start.
    h.last_update = None;
    assert_eq!(rule.judge(&h, today), Some(Stalled::NoUpdate(83)));
    // Exactly at the limit is not yet stalled; the limits are configurable.
    h.since = Some(d(2026, 10, 24));
    assert_eq!(rule.judge(&h, today), None);
    let strict = StalledRule {
        no_update_days: 7,
        overdue_days: 0,
    };
    assert_eq!(strict.judge(&h, today), Some(Stalled::NoUpdate(30)));
    // Only running projects stall.
    for status in [S::Planned, S::Completed, S::Suspended, S::Cancelled] {
        h.status = Some(status);
        assert_eq!(strict.judge(&h, today), None);
    }
}

#[test]
fn the_plan_and_its_milestones() {
    let m = |title: &str, due: &str, weight: &str| MilestoneText {
        title: title.into(),
        due_on: due.into(),
        weight: weight.into(),
    };
    let Plan {
        start,
        end,
        milestones,
    } = check_plan(
        "\u{6F1}\u{6F4}\u{6F0}\u{6F5}/\u{6F0}\u{6F1}/\u{6F0}\u{6F1}", // 1405/01/01
        "1405/06/31",
        &[
            m(
                "Buy equipment",
                "1405/02/01",
                "\u{6F3}\u{6F0}", // 30 in Persian digits
            ), // Persian words, 30
            m("", "", ""),
            m("Opening", "1405/06/30", ""), // Persian words
        ],
    )
    .expect("valid");
    assert!(start < end);
    assert_eq!(milestones.len(), 2);
    assert_eq!(milestones[1].weight, 1);
    let late = check_plan(
        "1405/01/01",
        "1405/06/31",
        &[m("Opening", "1405/07/10", "1")], // Persian words
    );
    assert_eq!(
        late.expect_err("outside").get("milestones"),
        Some(FieldIssue::OutOfRange)
    );
    let backwards = check_plan("1405/06/01", "1405/01/01", &[]);
    assert_eq!(
        backwards.expect_err("ends first").get("planned_end"),
        Some(FieldIssue::EndsBeforeStart)
    );
    let heavy = check_plan("", "", &[m("Work", "1405/02/01", "500")]);
    assert_eq!(
        heavy.expect_err("weight").get("milestones"),
        Some(FieldIssue::OutOfRange)
    );
    assert_eq!(percent("\u{6F7}\u{6F5}"), Ok(75)); // 75
    assert_eq!(percent("120"), Err(FieldIssue::OutOfRange));
    assert_eq!(percent("half"), Err(FieldIssue::NotANumber));
}
