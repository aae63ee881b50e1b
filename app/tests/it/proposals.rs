//! From need to decision: an assessment, a proposal drafted and submitted, sent to review,
//! revised, recommended and approved, with every refusal the workflow promises, on SQLite and
//! PostgreSQL.
#![cfg(feature = "ssr")]

mod board_checks;
use crate::common;
mod dashboard_checks;
mod meeting_checks;
mod photo_checks;

use app::api::AppError;
use app::domain::assessment_rules::AssessmentText;
use app::domain::board_rules::Column;
use app::domain::permissions::Actor;
use app::domain::proposal_flow::ProposalStatus;
use app::domain::proposal_rules::ProposalText;
use app::domain::roles::Role;
use app::domain::validation::FieldIssue;
use app::server::db::test_support::fresh_databases;
use app::server::db::Db;
use app::server::directory::committees::{self, CommitteeInput};
use app::server::directory::neighbourhood_forms::{self as places, NeighbourhoodInput};
use app::server::directory::people_forms::{self, PersonInput};
use app::server::directory::{memberships, organisations};
use app::server::proposals::comments::add_comment;
use app::server::proposals::detail::detail;
use app::server::proposals::documents;
use app::server::proposals::forms::{self, Target};
use app::server::proposals::listing::{list, ListQuery};
use app::server::proposals::workflow::{move_proposal, MoveInput};
use app::server::{assessments, notifications};
use common::{account, actor, issue, org, seat};

#[tokio::test]
async fn proposals_on_every_database() {
    for (backend, db) in fresh_databases().await {
        story(&db).await;
        eprintln!("proposals passed on {backend}");
        db.close().await;
    }
}

struct Cast {
    official: Actor,
    chair: Actor,
    member: Actor,
    ngo: Actor,
    other_ngo: Actor,
    outsider: Actor,
    ngo_org: i64,
    other_org: i64,
    place: i64,
    agency: Actor,
    agency_org: i64,
    committee: i64,
}

/// An official, a social committee with a chair and a member (people with accounts), two
/// verified NGOs with their representatives, and a neighbourhood.
async fn cast(db: &Db) -> Cast {
    let official = actor(db, &account(db, "official", Role::Official).await).await;
    let ngo_user = account(db, "ngo", Role::Member).await;
    let other_user = account(db, "other", Role::Member).await;
    account(db, "chair", Role::Member).await;
    account(db, "member", Role::Member).await;
    let outsider = actor(db, &account(db, "outsider", Role::Member).await).await;
    let ngo_org = organisations::register(
        db,
        &actor(db, &ngo_user).await,
        org("ngo", "انجمن امید", "۱۱"),
    )
    .await
    .unwrap();
    let other_org = organisations::register(
        db,
        &actor(db, &other_user).await,
        org("ngo", "انجمن دیگر", "۲۲"),
    )
    .await
    .unwrap();
    let agency_user = account(db, "agency", Role::Member).await;
    let agency_org = organisations::register(
        db,
        &actor(db, &agency_user).await,
        org("agency", "شهرداری سپیدشهر", "۳۳"),
    )
    .await
    .unwrap();
    for o in [ngo_org, other_org, agency_org] {
        organisations::decide(db, &official, o, true, "")
            .await
            .unwrap();
    }
    let committee = committees::create(
        db,
        &official,
        CommitteeInput {
            name: "کمیته اجتماعی".into(),
            dimension: "social".into(),
            mandate: String::new(),
        },
    )
    .await
    .unwrap();
    for (username, role) in [("chair", "chair"), ("member", "member")] {
        let person = people_forms::create(
            db,
            &official,
            PersonInput {
                name: format!("{username} person"),
                username: username.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        memberships::add_membership(
            db,
            &official,
            seat(committee, None, Some(person), role, "1402/07/01", ""),
        )
        .await
        .unwrap();
    }
    let place = places::create(
        db,
        &official,
        NeighbourhoodInput {
            name: "شیرآباد".into(),
            city: "سپیدشهر".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let by_name = |name: &'static str| async move {
        let user = app::server::db::users::find_by_username(db.read(), name)
            .await
            .unwrap()
            .unwrap();
        actor(db, &user).await
    };
    Cast {
        official,
        chair: by_name("chair").await,
        member: by_name("member").await,
        ngo: by_name("ngo").await,
        other_ngo: by_name("other").await,
        outsider,
        ngo_org,
        other_org,
        place,
        agency: by_name("agency").await,
        agency_org,
        committee,
    }
}

fn complete(place: i64, assessment: Option<i64>) -> ProposalText {
    ProposalText {
        title: "کلاس سوادآموزی کودکان".into(),
        summary: "دو کلاس در هفته برای کودکان بازمانده از تحصیل.".into(),
        dimension: "social".into(),
        objectives: "هر کودک بخواند و بنویسد.".into(),
        beneficiaries: "۱۲۰".into(),
        groups: vec!["children".into()],
        activities: "آموزش، کتاب، پیگیری خانواده‌ها.".into(),
        duration_months: "۶".into(),
        budget_rials: "۱۲٬۵۰۰٬۰۰۰٬۰۰۰".into(),
        neighbourhood_ids: vec![place],
        partner_ids: vec![],
        assessment_id: assessment,
    }
}

fn go(action: &str, reason: &str) -> MoveInput {
    MoveInput {
        action: action.into(),
        reason: reason.into(),
        committee_id: None,
    }
}

async fn status(db: &Db, who: &Actor, id: i64) -> ProposalStatus {
    detail(db, Some(who), id).await.unwrap().card.status
}

async fn story(db: &Db) {
    let c = cast(db).await;

    // An assessment: only a verified organisation's representative records one.
    let assessment_text = AssessmentText {
        assessed_on: "۱۴۰۵/۰۱/۱۰".into(),
        method: "survey".into(),
        households: "۸۵".into(),
        findings: "کودکان زیادی به مدرسه نمی‌روند.".into(),
        needs: vec!["سوادآموزی".into(), "روشنایی معابر".into()],
        need_dimensions: vec!["social".into(), "physical".into()],
    };
    assert_eq!(
        assessments::record(db, &c.outsider, c.ngo_org, c.place, assessment_text.clone()).await,
        Err(AppError::Forbidden)
    );
    let assessment = assessments::record(db, &c.ngo, c.ngo_org, c.place, assessment_text)
        .await
        .unwrap();
    let listed = assessments::of_neighbourhood(db, c.place).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].needs.len(), 2);
    assert_eq!(listed[0].needs[0].need, "سوادآموزی");

    // A draft with only a title; bad input is refused per field with nothing saved.
    let new = Target::New {
        organisation_id: c.ngo_org,
    };
    let mut bad = complete(c.place, None);
    bad.budget_rials = "دوازده میلیون".into();
    assert_eq!(
        issue(
            forms::save(db, &c.ngo, new, bad, false).await,
            "budget_rials"
        ),
        FieldIssue::NotANumber
    );
    assert_eq!(
        forms::save(db, &c.outsider, new, complete(c.place, None), false).await,
        Err(AppError::Forbidden)
    );
    let draft_only = ProposalText {
        title: "پیش‌نویس طرح".into(),
        ..Default::default()
    };
    let id = forms::save(db, &c.ngo, new, draft_only, false)
        .await
        .unwrap();
    assert_eq!(status(db, &c.ngo, id).await, ProposalStatus::Draft);
    let document = documents_of_a_draft(db, &c, id).await;

    // Nobody else sees or edits the draft, and guessing its id finds nothing.
    for other in [&c.other_ngo, &c.official, &c.chair] {
        assert_eq!(detail(db, Some(other), id).await, Err(AppError::NotFound));
    }
    assert_eq!(detail(db, None, id).await, Err(AppError::SignInRequired));
    assert_eq!(
        forms::form(db, &c.other_ngo, Some(id)).await,
        Err(AppError::NotFound)
    );
    let others = list(db, Some(&c.other_ngo), ListQuery::default())
        .await
        .unwrap();
    assert!(others.rows.iter().all(|p| p.id != id));

    // Submitting an incomplete draft is refused; completing it (with the assessment cited)
    // and submitting works.
    assert_eq!(
        issue(
            move_proposal(db, &c.ngo, id, go("submit", "")).await,
            "action"
        ),
        FieldIssue::Incomplete
    );
    let version = forms::form(db, &c.ngo, Some(id))
        .await
        .unwrap()
        .values
        .unwrap()
        .version;
    let edit = Target::Existing { id, version };
    let mut partnered = complete(c.place, Some(assessment));
    partnered.partner_ids = vec![c.ngo_org];
    assert_eq!(
        issue(
            forms::save(db, &c.ngo, edit, partnered, true).await,
            "partners"
        ),
        FieldIssue::InvalidChoice
    );
    let mut with_partner = complete(c.place, Some(assessment));
    with_partner.partner_ids = vec![c.other_org];
    forms::save(db, &c.ngo, edit, with_partner.clone(), true)
        .await
        .unwrap();
    // Saved complete, it waits for its documents; the proposer then sends it.
    assert_eq!(status(db, &c.ngo, id).await, ProposalStatus::Draft);
    move_proposal(db, &c.ngo, id, go("submit", ""))
        .await
        .unwrap();
    assert_eq!(status(db, &c.ngo, id).await, ProposalStatus::Submitted);
    // A second save from the old version is refused, and the proposal can no longer be
    // edited anyway once submitted.
    assert_eq!(
        forms::save(db, &c.ngo, edit, with_partner, false).await,
        Err(AppError::Forbidden)
    );
    // Once submitted, the committee may read the document; nobody may add or remove one.
    let files = files_dir();
    assert!(documents::open(db, &files, Some(&c.chair), document)
        .await
        .is_ok());
    assert_eq!(
        documents::attach(db, &files, &c.ngo, id, "b.pdf", PDF).await,
        Err(AppError::Forbidden)
    );
    let page = detail(db, Some(&c.ngo), id).await.unwrap();
    assert_eq!(page.card.budget_rials, Some(12_500_000_000));
    assert_eq!(page.partners.len(), 1);
    assert!(page.assessment.is_some());
    assert!(!page.may_edit);

    // Submitted: the committee, officials and the partner see it; outsiders do not.
    for viewer in [&c.chair, &c.member, &c.official, &c.other_ngo] {
        assert!(detail(db, Some(viewer), id).await.is_ok());
    }
    assert_eq!(
        detail(db, Some(&c.outsider), id).await,
        Err(AppError::NotFound)
    );

    // The NGO cannot move its proposal past submitted; a plain member cannot either.
    assert_eq!(
        move_proposal(db, &c.ngo, id, go("send_to_committee", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        move_proposal(db, &c.member, id, go("send_to_committee", "")).await,
        Err(AppError::Forbidden)
    );
    move_proposal(db, &c.chair, id, go("send_to_committee", ""))
        .await
        .unwrap();
    assert_eq!(status(db, &c.chair, id).await, ProposalStatus::InReview);

    // Review: a reason is required; the official cannot recommend (committee's call).
    assert_eq!(
        issue(
            move_proposal(db, &c.chair, id, go("request_revision", " ")).await,
            "reason"
        ),
        FieldIssue::Required
    );
    assert_eq!(
        move_proposal(db, &c.official, id, go("recommend", "خوب است")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            move_proposal(db, &c.chair, id, go("approve", "x")).await,
            "action"
        ),
        FieldIssue::NotAllowedNow
    );
    move_proposal(
        db,
        &c.chair,
        id,
        go("request_revision", "بودجه را تفکیک کنید."),
    )
    .await
    .unwrap();
    assert!(forms::form(db, &c.ngo, Some(id))
        .await
        .unwrap()
        .values
        .is_some());

    // The NGO revises and resubmits; it goes back to review and is recommended.
    let version = forms::form(db, &c.ngo, Some(id))
        .await
        .unwrap()
        .values
        .unwrap()
        .version;
    let mut revised = complete(c.place, Some(assessment));
    revised.budget_rials = "11,000,000,000".into();
    revised.partner_ids = vec![c.other_org];
    forms::save(db, &c.ngo, Target::Existing { id, version }, revised, true)
        .await
        .unwrap();
    move_proposal(db, &c.ngo, id, go("submit", ""))
        .await
        .unwrap();
    assert_eq!(status(db, &c.ngo, id).await, ProposalStatus::Submitted);
    move_proposal(db, &c.official, id, go("send_to_committee", ""))
        .await
        .unwrap();
    move_proposal(db, &c.chair, id, go("recommend", "ضروری و شدنی."))
        .await
        .unwrap();

    // Only an official decides, with a reason.
    assert_eq!(
        move_proposal(db, &c.chair, id, go("approve", "تصویب")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            move_proposal(db, &c.official, id, go("approve", "")).await,
            "reason"
        ),
        FieldIssue::Required
    );
    move_proposal(db, &c.official, id, go("approve", "در سقف اعتبار."))
        .await
        .unwrap();
    let page = detail(db, Some(&c.official), id).await.unwrap();
    assert_eq!(page.card.status, ProposalStatus::Approved);
    assert_eq!(page.card.budget_rials, Some(11_000_000_000));
    let steps: Vec<_> = page.journey.iter().filter_map(|m| m.to).collect();
    assert_eq!(
        steps,
        vec![
            ProposalStatus::Submitted,
            ProposalStatus::InReview,
            ProposalStatus::RevisionRequested,
            ProposalStatus::Submitted,
            ProposalStatus::InReview,
            ProposalStatus::Recommended,
            ProposalStatus::Approved,
        ]
    );
    assert!(page.moves.is_empty());

    // Comments: the committee discusses; empty is refused; outsiders cannot.
    assert_eq!(
        issue(add_comment(db, &c.member, id, "  ").await, "body"),
        FieldIssue::Required
    );
    assert_eq!(
        add_comment(db, &c.outsider, id, "سلام").await,
        Err(AppError::NotFound)
    );
    add_comment(db, &c.member, id, "محل کلاس را مدرسه محله پیشنهاد می‌کنم.")
        .await
        .unwrap();
    assert_eq!(
        detail(db, Some(&c.ngo), id).await.unwrap().comments.len(),
        1
    );

    // Mentions tell those named who may read the proposal; an outsider named hears nothing.
    add_comment(
        db,
        &c.member,
        id,
        "@Chair و @official لطفاً ببینید؛ @outsider و @nobody هم.",
    )
    .await
    .unwrap();
    let mentions = |rows: Vec<app::model::notifications::NotificationEntry>| {
        rows.iter().filter(|n| n.kind == "mention").count()
    };
    for (who, expected) in [(&c.chair, 1), (&c.official, 1), (&c.outsider, 0)] {
        let inbox = notifications::page(db, who, 1).await.unwrap();
        assert_eq!(mentions(inbox.rows), expected, "user {}", who.user_id);
    }

    // The proposer heard about every move and the comment, and reads them.
    let inbox = notifications::page(db, &c.ngo, 1).await.unwrap();
    assert_eq!(
        inbox
            .rows
            .iter()
            .filter(|n| n.kind == "proposal_moved")
            .count(),
        5,
        "the seven moves but its own two submissions"
    );
    assert!(inbox.rows.iter().any(|n| n.kind == "proposal_comment"));
    assert_eq!(inbox.unread, inbox.total);
    notifications::mark_read(db, &c.other_ngo, Some(inbox.rows[0].id))
        .await
        .unwrap();
    assert_eq!(
        notifications::unread(db, &c.ngo).await.unwrap(),
        inbox.total
    );
    notifications::mark_read(db, &c.ngo, None).await.unwrap();
    assert_eq!(notifications::unread(db, &c.ngo).await.unwrap(), 0);
    // The chair heard about the submissions before their committee.
    assert!(notifications::unread(db, &c.chair).await.unwrap() >= 2);

    // The list: filters by status and waiting, and officials see all but drafts.
    let approved = ListQuery {
        status: "approved".into(),
        ..Default::default()
    };
    let found = list(db, Some(&c.official), approved).await.unwrap();
    assert_eq!(found.total, 1);
    assert!(found.rows[0].waiting_days.is_none());
    let waiting = ListQuery {
        waiting: "30".into(),
        ..Default::default()
    };
    assert_eq!(list(db, Some(&c.official), waiting).await.unwrap().total, 0);
    assert_eq!(
        list(db, None, ListQuery::default()).await,
        Err(AppError::SignInRequired)
    );
    let mine = list(db, Some(&c.outsider), ListQuery::default())
        .await
        .unwrap();
    assert_eq!(mine.total, 0);
    assert!(!mine.may_propose);

    projects_story(db, &c, id).await;
    dashboard_checks::after_the_story(db, &c.official, &c.ngo, c.place).await;
    let another = submitted_proposal(db, &c).await;
    let people = board_checks::People {
        official: &c.official,
        chair: &c.chair,
        member: &c.member,
        outsider: &c.outsider,
    };
    let group = board_checks::story(db, people, c.committee, another).await;

    // Taken up by its committee, a proposal goes on the committee's board by itself, once:
    // back from a revision and taken up again, it is not put there twice.
    let third = submitted_proposal(db, &c).await;
    let on_board = |id| board_checks::cards_of_proposal(db, &c.member, group, id);
    assert_eq!(
        on_board(third).await,
        (0, None),
        "submitted, not yet taken up"
    );
    move_proposal(db, &c.chair, third, go("send_to_committee", ""))
        .await
        .unwrap();
    assert_eq!(on_board(third).await, (1, Some(Column::InReview)));
    move_proposal(
        db,
        &c.chair,
        third,
        go("request_revision", "بودجه را بشکنید."),
    )
    .await
    .unwrap();
    move_proposal(db, &c.ngo, third, go("submit", ""))
        .await
        .unwrap();
    move_proposal(db, &c.chair, third, go("send_to_committee", ""))
        .await
        .unwrap();
    assert_eq!(on_board(third).await, (1, Some(Column::InReview)));
    let people = meeting_checks::People {
        official: &c.official,
        chair: &c.chair,
        member: &c.member,
        outsider: &c.outsider,
    };
    meeting_checks::story(db, people, c.committee).await;
}

/// A complete proposal of the NGO's, submitted.
async fn submitted_proposal(db: &Db, c: &Cast) -> i64 {
    let new = Target::New {
        organisation_id: c.ngo_org,
    };
    let id = forms::save(db, &c.ngo, new, complete(c.place, None), true)
        .await
        .unwrap();
    move_proposal(db, &c.ngo, id, go("submit", ""))
        .await
        .unwrap();
    id
}

/// The approved proposal's project: assignment, progress, stalling, follow-up.
async fn projects_story(db: &Db, c: &Cast, proposal: i64) {
    use app::domain::project_rules::{MilestoneText, ProjectStatus, Stalled, StalledRule};
    use app::server::db::projects as project_store;
    use app::server::projects::assignment::{assign, AssignmentInput};
    use app::server::projects::progress::{
        change_status, post_update, tick_milestone, UpdateInput,
    };
    use app::server::projects::{creation, detail as project_detail, follow_up, listing};

    let rule = StalledRule::default();
    let id = project_store::of_proposal(db.read(), proposal)
        .await
        .unwrap()
        .expect("approving created the project");
    let page = project_detail::detail(db, None, rule, id).await.unwrap();
    assert_eq!(page.card.status, ProjectStatus::Planned);
    assert_eq!(
        page.partners.len(),
        1,
        "the proposal's partner carries over"
    );
    assert!(page.card.lead.is_none());
    // Visitors see the journey but not the review's reasons.
    assert!(page.journey.iter().all(|e| match &e.event {
        app::model::projects::JourneyEvent::Proposal { reason, .. } => reason.is_empty(),
        _ => true,
    }));

    // Only officials assign; the lead must be an executive agency; milestones stay in the plan.
    let milestone = |title: &str, due: &str| MilestoneText {
        title: title.into(),
        due_on: due.into(),
        weight: "۵۰".into(),
    };
    let input = |lead: i64, end: &str| AssignmentInput {
        lead: lead.to_string(),
        budget_rials: "11,000,000,000".into(),
        planned_start: "1405/01/01".into(),
        planned_end: end.into(),
        partners: vec![c.other_org],
        partner_roles: vec!["آموزش".into()],
        people: vec![],
        neighbourhoods: vec![c.place],
        milestones: vec![
            milestone("خرید کتاب", "1405/03/01"),
            milestone("کلاس‌ها", "1405/08/01"),
        ],
    };
    let version = page.version;
    assert_eq!(
        assign(db, &c.chair, id, version, input(c.agency_org, "1405/12/29")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            assign(db, &c.official, id, version, input(c.ngo_org, "1405/12/29")).await,
            "lead"
        ),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        issue(
            assign(
                db,
                &c.official,
                id,
                version,
                input(c.agency_org, "1405/06/01")
            )
            .await,
            "milestones"
        ),
        FieldIssue::OutOfRange
    );
    assert_eq!(
        issue(
            assign(
                db,
                &c.official,
                id,
                version,
                input(c.agency_org, "1404/12/01")
            )
            .await,
            "planned_end"
        ),
        FieldIssue::EndsBeforeStart
    );
    assign(
        db,
        &c.official,
        id,
        version,
        input(c.agency_org, "1405/12/29"),
    )
    .await
    .unwrap();
    assert_eq!(
        issue(
            assign(
                db,
                &c.official,
                id,
                version,
                input(c.agency_org, "1405/12/29")
            )
            .await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );

    // The lead starts it; only the lead and partners report; a partner ticks a milestone.
    let update = |percent: &str, on: &str| UpdateInput {
        reported_on: on.into(),
        percent: percent.into(),
        body: "کتاب‌ها خریده شد.".into(),
    };
    assert_eq!(
        post_update(db, &c.ngo, id, update("10", "1405/02/01")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        change_status(db, &c.other_ngo, id, "start", "").await,
        Err(AppError::Forbidden)
    );
    change_status(db, &c.agency, id, "start", "").await.unwrap();
    assert_eq!(
        issue(
            post_update(db, &c.agency, id, update("۱۲۰", "1405/02/01")).await,
            "percent"
        ),
        FieldIssue::OutOfRange
    );
    post_update(db, &c.agency, id, update("۲۰", "1405/02/01"))
        .await
        .unwrap();
    photo_checks::attach_and_refuse(db, &c.agency, &c.outsider, id).await;
    let first = project_detail::detail(db, Some(&c.agency), rule, id)
        .await
        .unwrap();
    tick_milestone(db, &c.other_ngo, first.milestones[0].id, true)
        .await
        .unwrap();
    assert_eq!(
        tick_milestone(db, &c.outsider, first.milestones[1].id, true).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        change_status(db, &c.agency, id, "cancel", "بی‌پول").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            change_status(db, &c.agency, id, "suspend", "").await,
            "reason"
        ),
        FieldIssue::Required
    );

    // The last update (1405/02/01) is months old and a milestone is overdue: it is stalled.
    let page = project_detail::detail(db, Some(&c.official), rule, id)
        .await
        .unwrap();
    assert!(matches!(
        page.card.stalled,
        Some(Stalled::NoUpdate(_) | Stalled::MilestoneOverdue(_))
    ));
    assert_eq!(page.card.percent, Some(20));
    assert_eq!(page.card.lead.as_ref().map(|l| l.id), Some(c.agency_org));
    let listed = follow_up::list(db, Some(&c.official), rule).await.unwrap();
    assert!(listed.iter().any(|i| i.card.id == id));
    dashboard_checks::counts_stalled(db, &c.official, rule, 1).await;
    assert_eq!(
        follow_up::list(db, Some(&c.agency), rule).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        follow_up::list(db, None, rule).await,
        Err(AppError::SignInRequired)
    );
    // A lenient rule does not count it (the limits are configurable).
    let lenient = StalledRule {
        no_update_days: 3650,
        overdue_days: 3650,
    };
    assert!(follow_up::list(db, Some(&c.official), lenient)
        .await
        .unwrap()
        .iter()
        .all(|i| i.card.id != id));

    // An official records a follow-up; the agency is told; only officials may.
    assert_eq!(
        follow_up::record(db, &c.agency, id, "called", "x").await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            follow_up::record(db, &c.official, id, "emailed", "x").await,
            "action"
        ),
        FieldIssue::InvalidChoice
    );
    follow_up::record(
        db,
        &c.official,
        id,
        "called",
        "با مدیر پروژه تماس گرفته شد.",
    )
    .await
    .unwrap();
    let inbox = notifications::page(db, &c.agency, 1).await.unwrap();
    for kind in ["project_assigned", "project_follow_up"] {
        assert!(inbox.rows.iter().any(|n| n.kind == kind), "{kind}");
    }
    // A fresh update today takes it off the list.
    let today = app::domain::jalali::JalaliDate::from_unix_ms(app::server::now_ms())
        .unwrap()
        .to_numeric();
    post_update(db, &c.agency, id, update("60", &today))
        .await
        .unwrap();
    tick_milestone(db, &c.agency, first.milestones[1].id, true)
        .await
        .unwrap();
    assert!(follow_up::list(db, Some(&c.official), rule)
        .await
        .unwrap()
        .iter()
        .all(|i| i.card.id != id));

    // The public list and the journey: assessment to follow-up, in order.
    let public = listing::list(db, rule, "active", None, 1).await.unwrap();
    assert!(public
        .rows
        .iter()
        .any(|p| p.id == id && p.percent == Some(60)));
    let page = project_detail::detail(db, Some(&c.official), rule, id)
        .await
        .unwrap();
    use app::model::projects::JourneyEvent as E;
    let kinds: Vec<&str> = page
        .journey
        .iter()
        .map(|e| match e.event {
            E::Assessment { .. } => "assessment",
            E::Proposal { .. } => "proposal",
            E::Assigned { .. } => "assigned",
            E::Status { .. } => "status",
            E::Update { .. } => "update",
            E::MilestoneDone { .. } => "milestone",
            E::FollowUp { .. } => "follow_up",
        })
        .collect();
    for kind in [
        "assessment",
        "proposal",
        "assigned",
        "status",
        "update",
        "milestone",
        "follow_up",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    assert_eq!(kinds[0], "assessment");
    // Visitors do not see the follow-ups.
    let public_page = project_detail::detail(db, None, rule, id).await.unwrap();
    assert!(public_page
        .journey
        .iter()
        .all(|e| !matches!(e.event, E::FollowUp { .. })));
    // The lead completes it.
    change_status(db, &c.agency, id, "complete", "")
        .await
        .unwrap();
    assert_eq!(
        issue(
            post_update(db, &c.agency, id, update("100", &today)).await,
            "percent"
        ),
        FieldIssue::NotAllowedNow
    );

    // Officials may also define a project straight from a committee decision.
    let committee = page.committee.as_ref().map(|c| c.id).unwrap();
    assert_eq!(
        creation::from_decision(db, &c.chair, committee, "پروژه مصوب کمیته", "مصوبه جلسه").await,
        Err(AppError::Forbidden)
    );
    let direct = creation::from_decision(
        db,
        &c.official,
        committee,
        "پروژه مصوب کمیته",
        "مصوبه جلسه ۱۲",
    )
    .await
    .unwrap();
    let direct = project_detail::detail(db, None, rule, direct)
        .await
        .unwrap();
    assert_eq!(direct.decision, "مصوبه جلسه ۱۲");
    assert!(direct.proposal_id.is_none());
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n";

fn files_dir() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("tavana-test-files-{}", std::process::id()))
}

/// Documents of a draft: content-checked, limited in number, and hidden with the draft.
async fn documents_of_a_draft(db: &Db, c: &Cast, id: i64) -> i64 {
    let files = files_dir();
    assert_eq!(
        issue(
            documents::attach(db, &files, &c.ngo, id, "plan.pdf", b"not a pdf at all").await,
            "document"
        ),
        FieldIssue::NotADocument
    );
    assert_eq!(
        documents::attach(db, &files, &c.other_ngo, id, "x.pdf", PDF).await,
        Err(AppError::NotFound)
    );
    let doc = documents::attach(db, &files, &c.ngo, id, "../../plan.pdf", PDF)
        .await
        .unwrap();
    let (row, bytes) = documents::open(db, &files, Some(&c.ngo), doc)
        .await
        .unwrap();
    assert_eq!(row.file_name, "plan.pdf");
    assert_eq!(bytes, PDF);
    // Another NGO, an official and a visitor cannot fetch a draft's document by its id.
    for other in [Some(&c.other_ngo), Some(&c.official)] {
        assert_eq!(
            documents::open(db, &files, other, doc).await.map(|_| ()),
            Err(AppError::NotFound)
        );
    }
    assert_eq!(
        documents::open(db, &files, None, doc).await.map(|_| ()),
        Err(AppError::SignInRequired)
    );
    for _ in 1..documents::DOCUMENTS_MAX {
        documents::attach(db, &files, &c.ngo, id, "more.pdf", PDF)
            .await
            .unwrap();
    }
    assert_eq!(
        issue(
            documents::attach(db, &files, &c.ngo, id, "one-too-many.pdf", PDF).await,
            "document"
        ),
        FieldIssue::TooManyFiles(documents::DOCUMENTS_MAX as u32)
    );
    let last = detail(db, Some(&c.ngo), id)
        .await
        .unwrap()
        .documents
        .last()
        .unwrap()
        .id;
    documents::remove(db, &files, &c.ngo, last).await.unwrap();
    doc
}
