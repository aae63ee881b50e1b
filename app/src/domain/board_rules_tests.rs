use super::*;
use crate::domain::project_rules::ProjectStatus;
use crate::domain::proposal_flow::ProposalStatus;

#[test]
fn every_status_has_its_column_and_drafts_none() {
    assert_eq!(proposal_column(ProposalStatus::Draft), None);
    assert_eq!(
        proposal_column(ProposalStatus::Rejected),
        Some(Column::Closed)
    );
    assert_eq!(project_column(ProjectStatus::Planned), Column::Approved);
    assert_eq!(project_column(ProjectStatus::Cancelled), Column::Closed);
}

#[test]
fn a_drop_reads_as_the_one_transition_between_the_columns() {
    use Column as C;
    let p = |from, to| transition(CardKind::Proposal, from, to);
    assert_eq!(
        p(C::InReview, C::Recommended),
        Ok(Transition::Proposal(ProposalMove::Recommend))
    );
    assert_eq!(
        p(C::InReview, C::Closed),
        Ok(Transition::Proposal(ProposalMove::Decline))
    );
    assert_eq!(
        p(C::Recommended, C::Closed),
        Ok(Transition::Proposal(ProposalMove::Reject))
    );
    assert_eq!(p(C::Submitted, C::Approved), Err(MoveRefusal::NoWay));
    assert_eq!(p(C::Submitted, C::Todo), Err(MoveRefusal::WrongLane));
    assert_eq!(p(C::Submitted, C::Submitted), Err(MoveRefusal::SameColumn));
    let j = |from, to| transition(CardKind::Project, from, to);
    assert_eq!(
        j(C::Active, C::Closed),
        Ok(Transition::Project(ProjectMove::Suspend))
    );
    assert_eq!(
        j(C::Approved, C::Closed),
        Ok(Transition::Project(ProjectMove::Cancel))
    );
    assert_eq!(j(C::Completed, C::Active), Err(MoveRefusal::NoWay));
}

#[test]
fn every_proposal_transition_the_board_offers_is_one_the_workflow_knows() {
    for from in Column::ALL {
        for to in destinations(CardKind::Proposal, *from) {
            let Ok(Transition::Proposal(action)) = transition(CardKind::Proposal, *from, to) else {
                panic!("{from:?} → {to:?}");
            };
            let status = ProposalStatus::ALL
                .iter()
                .copied()
                .find(|s| proposal_column(*s) == Some(*from) && s.as_str() != "rejected")
                .expect("a status in the column");
            let landed =
                crate::domain::proposal_flow::target(status, action).and_then(proposal_column);
            assert_eq!(landed, Some(to), "{from:?} → {to:?}");
        }
    }
}

#[test]
fn tasks_move_freely_within_their_lane_only() {
    use Column as C;
    assert_eq!(
        destinations(CardKind::Task, C::Todo),
        vec![C::Doing, C::Done]
    );
    assert_eq!(
        transition(CardKind::Task, C::Done, C::Todo),
        Ok(Transition::Task(C::Todo))
    );
    assert_eq!(
        transition(CardKind::Task, C::Todo, C::Active),
        Err(MoveRefusal::WrongLane)
    );
}

#[test]
fn a_suspended_project_resumes_rather_than_starts() {
    assert_eq!(
        project_move_from(ProjectStatus::Suspended, ProjectMove::Start),
        ProjectMove::Resume
    );
    assert_eq!(
        project_move_from(ProjectStatus::Planned, ProjectMove::Start),
        ProjectMove::Start
    );
}

#[test]
fn a_dropped_card_lands_between_its_neighbours() {
    assert_eq!(position_between(None, None), 1.0);
    assert_eq!(position_between(Some(3.0), None), 4.0);
    assert_eq!(position_between(Some(3.5), None), 4.0);
    assert_eq!(position_between(None, Some(1.0)), 0.0);
    assert_eq!(position_between(Some(1.0), Some(2.0)), 1.5);
    let (mut low, high) = (1.0_f64, 2.0_f64);
    let mut halvings = 0;
    while !too_close(low, high) {
        low = position_between(Some(low), Some(high));
        halvings += 1;
    }
    assert!(
        halvings > 25,
        "room for many drops in one place: {halvings}"
    );
}

#[test]
fn a_board_is_for_its_committee_and_staff() {
    use crate::domain::roles::CommitteeRole as R;
    assert_eq!(board_access(false, None), None);
    assert_eq!(
        board_access(false, Some(R::Observer)),
        Some(BoardAccess::View)
    );
    assert_eq!(
        board_access(false, Some(R::Member)),
        Some(BoardAccess::Work)
    );
    assert_eq!(board_access(true, None), Some(BoardAccess::Work));
}

#[test]
fn a_task_needs_a_title_and_a_real_day() {
    let ok = check_task(&TaskText {
        title: " تهیه فهرست خانوارها ".into(),
        description: String::new(),
        due_on: "۱۴۰۵/۰۹/۱۵".into(),
    })
    .unwrap();
    assert_eq!(ok.title, "تهیه فهرست خانوارها");
    assert!(ok.due_on.is_some());
    let bad = check_task(&TaskText {
        title: "  ".into(),
        description: String::new(),
        due_on: "1405/13/40".into(),
    })
    .unwrap_err();
    assert!(bad.get("title").is_some());
    assert!(bad.get("due_on").is_some());
}

#[test]
fn only_an_open_card_past_its_day_is_overdue() {
    assert!(is_overdue(Some("2026-11-01"), Column::Doing, "2026-11-23"));
    assert!(!is_overdue(Some("2026-11-01"), Column::Done, "2026-11-23"));
    assert!(!is_overdue(Some("2026-11-23"), Column::Todo, "2026-11-23"));
    assert!(!is_overdue(None, Column::Todo, "2026-11-23"));
}

#[test]
fn checklist_items_are_ticked_by_those_responsible() {
    let member = Some(CommitteeRole::Member);
    // The author, an assignee, the chair, the secretary, an official.
    assert!(may_tick(7, false, member, Some(7), &[]));
    assert!(may_tick(8, false, member, Some(7), &[8]));
    assert!(may_tick(9, false, Some(CommitteeRole::Chair), Some(7), &[]));
    assert!(may_tick(
        9,
        false,
        Some(CommitteeRole::Secretary),
        None,
        &[]
    ));
    assert!(may_tick(1, true, None, Some(7), &[]));
    // Another member of the board, and anyone on an item written before authors were kept.
    assert!(!may_tick(9, false, member, Some(7), &[8]));
    assert!(!may_tick(9, false, member, None, &[]));
}
