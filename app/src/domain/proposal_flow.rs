//! The life of a proposal as one state machine: which move takes it from which status to
//! which, and who may make it. Pages, server functions and the boards all ask here.
//!
//! `draft → submitted → in_review → (revision_requested → submitted)* → recommended | declined
//! → approved | rejected`
use crate::domain::codes::codes;
use serde::{Deserialize, Serialize};

codes!(
    /// Where a proposal stands.
    ProposalStatus {
        Draft => "draft",
        Submitted => "submitted",
        InReview => "in_review",
        RevisionRequested => "revision_requested",
        Recommended => "recommended",
        Declined => "declined",
        Approved => "approved",
        Rejected => "rejected",
    }
);

codes!(
    /// A move from one status to the next.
    ProposalMove {
        Submit => "submit",
        SendToCommittee => "send_to_committee",
        RequestRevision => "request_revision",
        Recommend => "recommend",
        Decline => "decline",
        Approve => "approve",
        Reject => "reject",
    }
);

/// How the caller stands towards one proposal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    /// Represents the proposing organisation.
    pub proposer: bool,
    /// An official or admin.
    pub staff: bool,
    /// Chair or secretary of the committee the proposal is (or is being sent) before.
    pub committee_lead: bool,
}

/// Why a move was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The move does not start from the proposal's current status.
    NotFromHere,
    /// The move exists from here, but not for this caller.
    NotYours,
    /// The move needs a reason and none was given.
    ReasonRequired,
}

/// The status a move leads to from `from`, if the move starts there.
pub fn target(from: ProposalStatus, action: ProposalMove) -> Option<ProposalStatus> {
    use ProposalMove as M;
    use ProposalStatus as S;
    match (from, action) {
        (S::Draft | S::RevisionRequested, M::Submit) => Some(S::Submitted),
        (S::Submitted, M::SendToCommittee) => Some(S::InReview),
        (S::InReview, M::RequestRevision) => Some(S::RevisionRequested),
        (S::InReview, M::Recommend) => Some(S::Recommended),
        (S::InReview, M::Decline) => Some(S::Declined),
        (S::Recommended, M::Approve) => Some(S::Approved),
        (S::Recommended, M::Reject) => Some(S::Rejected),
        _ => None,
    }
}

/// Whether the caller's standing allows the move (wherever it starts).
pub fn allowed(who: Standing, action: ProposalMove) -> bool {
    use ProposalMove as M;
    match action {
        M::Submit => who.proposer,
        M::SendToCommittee => who.staff || who.committee_lead,
        M::RequestRevision | M::Recommend | M::Decline => who.committee_lead,
        M::Approve | M::Reject => who.staff,
    }
}

/// Moves that must say why (the proposer is told).
pub fn needs_reason(action: ProposalMove) -> bool {
    !matches!(action, ProposalMove::Submit | ProposalMove::SendToCommittee)
}

/// Checks one move: the status it leads to, or why not.
pub fn check(
    who: Standing,
    from: ProposalStatus,
    action: ProposalMove,
    reason: &str,
) -> Result<ProposalStatus, Refusal> {
    let to = target(from, action).ok_or(Refusal::NotFromHere)?;
    if !allowed(who, action) {
        return Err(Refusal::NotYours);
    }
    if needs_reason(action) && reason.trim().is_empty() {
        return Err(Refusal::ReasonRequired);
    }
    Ok(to)
}

/// The moves this caller can make from `from` (for menus and "Move to…" lists).
pub fn moves(who: Standing, from: ProposalStatus) -> Vec<ProposalMove> {
    ProposalMove::ALL
        .iter()
        .copied()
        .filter(|m| target(from, *m).is_some() && allowed(who, *m))
        .collect()
}

/// Whether the proposal still waits for someone's decision (for "waiting for N days").
pub fn is_waiting(status: ProposalStatus) -> bool {
    matches!(
        status,
        ProposalStatus::Submitted | ProposalStatus::InReview | ProposalStatus::Recommended
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProposalMove as M;
    use ProposalStatus as S;

    const PROPOSER: Standing = Standing {
        proposer: true,
        staff: false,
        committee_lead: false,
    };
    const OFFICIAL: Standing = Standing {
        proposer: false,
        staff: true,
        committee_lead: false,
    };
    const LEAD: Standing = Standing {
        proposer: false,
        staff: false,
        committee_lead: true,
    };
    const MEMBER: Standing = Standing {
        proposer: false,
        staff: false,
        committee_lead: false,
    };

    /// Every (status, move) pair: where it leads, and who among proposer, official, committee
    /// lead and plain member may make it.
    #[test]
    fn the_whole_table() {
        let table: &[(S, M, Option<S>, [bool; 4])] = &[
            (
                S::Draft,
                M::Submit,
                Some(S::Submitted),
                [true, false, false, false],
            ),
            (
                S::RevisionRequested,
                M::Submit,
                Some(S::Submitted),
                [true, false, false, false],
            ),
            (
                S::Submitted,
                M::SendToCommittee,
                Some(S::InReview),
                [false, true, true, false],
            ),
            (
                S::InReview,
                M::RequestRevision,
                Some(S::RevisionRequested),
                [false, false, true, false],
            ),
            (
                S::InReview,
                M::Recommend,
                Some(S::Recommended),
                [false, false, true, false],
            ),
            (
                S::InReview,
                M::Decline,
                Some(S::Declined),
                [false, false, true, false],
            ),
            (
                S::Recommended,
                M::Approve,
                Some(S::Approved),
                [false, true, false, false],
            ),
            (
                S::Recommended,
                M::Reject,
                Some(S::Rejected),
                [false, true, false, false],
            ),
        ];
        let who = [PROPOSER, OFFICIAL, LEAD, MEMBER];
        for (from, action, to, may) in table {
            assert_eq!(target(*from, *action), *to, "{from:?} {action:?}");
            for (standing, expected) in who.iter().zip(may) {
                let result = check(*standing, *from, *action, "because");
                assert_eq!(
                    result.is_ok(),
                    *expected,
                    "{standing:?} {from:?} {action:?}"
                );
            }
        }
        // Every other pair leads nowhere.
        let listed = |s: S, m: M| table.iter().any(|(f, a, _, _)| *f == s && *a == m);
        for s in S::ALL {
            for m in M::ALL {
                if !listed(*s, *m) {
                    assert_eq!(target(*s, *m), None, "{s:?} {m:?}");
                    assert_eq!(check(OFFICIAL, *s, *m, "x"), Err(Refusal::NotFromHere));
                }
            }
        }
    }

    #[test]
    fn final_statuses_allow_nothing() {
        let all = Standing {
            proposer: true,
            staff: true,
            committee_lead: true,
        };
        for s in [S::Declined, S::Approved, S::Rejected] {
            assert!(moves(all, s).is_empty(), "{s:?}");
        }
    }

    #[test]
    fn decisions_need_a_reason_and_say_why_not() {
        assert_eq!(
            check(LEAD, S::InReview, M::Decline, "  "),
            Err(Refusal::ReasonRequired)
        );
        assert_eq!(check(PROPOSER, S::Draft, M::Submit, ""), Ok(S::Submitted));
        assert_eq!(
            check(MEMBER, S::Recommended, M::Approve, "ok"),
            Err(Refusal::NotYours)
        );
        assert_eq!(
            check(OFFICIAL, S::InReview, M::Recommend, "ok"),
            Err(Refusal::NotYours),
            "recommending is the committee's call"
        );
    }

    #[test]
    fn menus_offer_only_what_the_caller_may_do() {
        assert_eq!(
            moves(LEAD, S::InReview),
            vec![M::RequestRevision, M::Recommend, M::Decline]
        );
        assert_eq!(moves(PROPOSER, S::RevisionRequested), vec![M::Submit]);
        assert_eq!(moves(MEMBER, S::Submitted), vec![]);
        assert!(is_waiting(S::Recommended) && !is_waiting(S::Draft));
    }

    #[test]
    fn codes_round_trip() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(*s));
        }
        assert_eq!(S::parse("approved "), None);
    }
}
