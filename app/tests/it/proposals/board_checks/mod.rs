//! A working group's board on top of the proposals story's committee: who may open it, moves
//! by role (and the refusals with their reasons), stale versions refused, tasks moving
//! freely and keeping their order, comments that tell the mentioned, and the event log a
//! live view replays.
use app::api::AppError;
use app::domain::board_rules::{Column, TaskText};
use app::domain::permissions::Actor;
use app::domain::validation::FieldIssue;
use app::model::boards::{Board, BoardFilter};
use app::server::boards::linking::add_proposal;
use app::server::boards::moves::{move_card, nudge_card, CardMove, Nudge};
use app::server::boards::tasks::{add_check, comment, create_task, edit_card, tick};
use app::server::boards::view::board;
use app::server::db::{board_events, Db};
use app::server::directory::working_group_forms::{self, WorkingGroupInput};
use app::server::notifications;

pub struct People<'a> {
    pub official: &'a Actor,
    pub chair: &'a Actor,
    pub member: &'a Actor,
    pub outsider: &'a Actor,
}

async fn look(db: &Db, who: &Actor, group: i64) -> Board {
    board(
        db,
        Some(who),
        group,
        BoardFilter::default(),
        Default::default(),
    )
    .await
    .unwrap()
}

/// The column a card stands in, with its version.
fn where_is(b: &Board, card: i64) -> (Column, i64) {
    b.columns
        .iter()
        .flat_map(|c| c.cards.iter())
        .find(|c| c.id == card)
        .map(|c| (c.column, c.version))
        .expect("the card is on the board")
}

fn to<'a>(card: i64, version: i64, column: &'a str, reason: &'a str) -> CardMove<'a> {
    CardMove {
        card_id: card,
        version,
        to: column,
        reason,
    }
}

fn task(title: &str) -> TaskText {
    TaskText {
        title: title.into(),
        description: String::new(),
        due_on: "۱۴۰۴/۰۱/۱۵".into(),
    }
}

/// `submitted`: a proposal of the committee past draft, not yet on any board. Returns the
/// working group it creates.
pub async fn story(db: &Db, p: People<'_>, committee: i64, submitted: i64) -> i64 {
    let group = working_group_forms::create(
        db,
        p.official,
        WorkingGroupInput {
            committee_id: committee,
            name: "کارگروه آموزش".into(),
            kind: "thematic".into(),
            description: String::new(),
            neighbourhood_ids: vec![],
            membership_ids: vec![],
        },
    )
    .await
    .unwrap();

    // Only the committee's members and staff open it.
    let nobody = BoardFilter::default();
    assert_eq!(
        board(db, None, group, nobody.clone(), Default::default()).await,
        Err(AppError::SignInRequired)
    );
    assert_eq!(
        board(db, Some(p.outsider), group, nobody, Default::default()).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        add_proposal(db, p.outsider, group, submitted).await,
        Err(AppError::Forbidden)
    );

    // A proposal on the board stands in its status's column.
    let card = add_proposal(db, p.member, group, submitted).await.unwrap();
    let (column, v) = where_is(&look(db, p.member, group).await, card);
    assert_eq!(column, Column::Submitted);

    // Moves by role: a plain member may not send it to review; an illegal drop says why.
    let refused = move_card(db, p.member, to(card, v, "in_review", "")).await;
    assert_eq!(common_issue(refused), FieldIssue::OnlyCommitteeLeads);
    let refused = move_card(db, p.chair, to(card, v, "approved", "")).await;
    assert_eq!(common_issue(refused), FieldIssue::NoSuchMove);
    let refused = move_card(db, p.chair, to(card, v, "todo", "")).await;
    assert_eq!(common_issue(refused), FieldIssue::WrongLane);
    let first = move_card(db, p.chair, to(card, v, "in_review", ""))
        .await
        .unwrap();
    // The same version again is stale: nothing is silently overwritten.
    assert_eq!(
        move_card(db, p.chair, to(card, v, "recommended", "خوب")).await,
        Err(AppError::Conflict)
    );
    let (column, v) = where_is(&look(db, p.chair, group).await, card);
    assert_eq!(column, Column::InReview);
    let refused = move_card(db, p.chair, to(card, v, "recommended", "")).await;
    assert_eq!(common_issue(refused), FieldIssue::Required);
    move_card(db, p.chair, to(card, v, "recommended", "هدف‌ها روشن است."))
        .await
        .unwrap();
    let (column, v) = where_is(&look(db, p.official, group).await, card);
    assert_eq!(column, Column::Recommended);
    // Only an official approves; the member's menu does not even offer it.
    let b = look(db, p.member, group).await;
    let offered = &b.columns[Column::Recommended as usize].cards[0].moves;
    assert!(offered.is_empty(), "{offered:?}");
    let refused = move_card(db, p.chair, to(card, v, "approved", "")).await;
    assert_eq!(common_issue(refused), FieldIssue::OnlyOfficials);

    // Tasks move freely among members, in their own lane, and keep their order.
    let a = create_task(db, p.member, group, task("فهرست خانوارها"))
        .await
        .unwrap();
    let b = create_task(db, p.chair, group, task("هماهنگی با مدرسه"))
        .await
        .unwrap();
    assert!(matches!(
        create_task(db, p.member, group, task(" ")).await,
        Err(AppError::Invalid(_))
    ));
    let order = |board: &Board| -> Vec<i64> {
        board.columns[Column::Todo as usize]
            .cards
            .iter()
            .map(|c| c.id)
            .collect()
    };
    let seen = look(db, p.member, group).await;
    assert_eq!(order(&seen), vec![a, b]);
    assert!(seen.columns[Column::Todo as usize].cards[0].overdue);
    let (_, vb) = where_is(&seen, b);
    nudge_card(db, p.member, b, vb, Nudge::Up).await.unwrap();
    assert_eq!(order(&look(db, p.chair, group).await), vec![b, a]);
    let (_, va) = where_is(&look(db, p.chair, group).await, a);
    move_card(db, p.member, to(a, va, "doing", ""))
        .await
        .unwrap();
    assert_eq!(
        move_card(db, p.chair, to(a, va, "done", "")).await,
        Err(AppError::Conflict),
        "a move on a stale version"
    );

    // A task's checklist: members add and tick items; an empty item, a proposal's card, an
    // outsider and another card's item are refused.
    add_check(db, p.member, a, "گرفتن فهرست از شورایاری")
        .await
        .unwrap();
    assert!(matches!(
        add_check(db, p.member, a, "  ").await,
        Err(AppError::Invalid(_))
    ));
    assert_eq!(
        add_check(db, p.member, card, "برای پیشنهاد").await,
        Err(AppError::BadRequest)
    );
    assert_eq!(
        add_check(db, p.outsider, a, "از بیرون").await,
        Err(AppError::Forbidden)
    );
    let item = board_events::checklist(db.read(), a).await.unwrap()[0].id;
    assert_eq!(
        tick(db, p.chair, b, item, true).await,
        Err(AppError::NotFound),
        "an item of another card"
    );
    tick(db, p.chair, a, item, true).await.unwrap();
    let items = board_events::checklist(db.read(), a).await.unwrap();
    assert!(items[0].done_at.is_some());
    tick(db, p.member, a, item, false).await.unwrap();
    let items = board_events::checklist(db.read(), a).await.unwrap();
    assert!(items[0].done_at.is_none());

    // Two edits of one card from the same version: the second is refused, not merged.
    let (_, va) = where_is(&look(db, p.chair, group).await, a);
    let mut mine = task("فهرست خانوارهای محله");
    mine.description = "از شورایاری بگیریم.".into();
    edit_card(db, p.member, a, va, mine).await.unwrap();
    let refused = edit_card(db, p.chair, a, va, task("فهرست")).await;
    let Err(AppError::Invalid(e)) = refused else {
        panic!("a stale edit is refused: {refused:?}");
    };
    assert_eq!(e.get("version"), Some(FieldIssue::ChangedMeanwhile));
    assert_eq!(e.kept("title"), Some("فهرست"), "what was typed is kept");
    assert_eq!(e.kept("current_title"), Some("فهرست خانوارهای محله"));
    assert_eq!(e.kept("version"), Some((va + 1).to_string().as_str()));

    // A comment tells the mentioned member; an outsider cannot comment.
    comment(db, p.member, a, "@chair لطفاً نگاه کنید")
        .await
        .unwrap();
    assert_eq!(
        comment(db, p.outsider, a, "سلام").await,
        Err(AppError::Forbidden)
    );
    let inbox = notifications::page(db, p.chair, 1).await.unwrap();
    assert!(inbox
        .rows
        .iter()
        .any(|n| n.kind == "mention" && n.link.contains("/board/cards/")));

    // The log replays everything after a given event, in order.
    let after = board_events::since(db.read(), group, first, 100)
        .await
        .unwrap();
    let kinds: Vec<&str> = after.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(
        kinds,
        vec![
            "moved",
            "created",
            "created",
            "reordered",
            "moved",
            "checked",
            "checked",
            "checked",
            "edited",
            "commented"
        ]
    );
    assert_eq!(
        look(db, p.member, group).await.latest_event,
        after.last().unwrap().id
    );
    group
}

fn common_issue<T: std::fmt::Debug>(result: Result<T, AppError>) -> FieldIssue {
    match result {
        Err(AppError::Invalid(e)) => e.issues[0].issue,
        other => panic!("expected a refusal beside a field, got {other:?}"),
    }
}

/// How many cards of `proposal` the board shows, and in which column the first stands.
pub async fn cards_of_proposal(
    db: &Db,
    who: &Actor,
    group: i64,
    proposal: i64,
) -> (usize, Option<Column>) {
    let link = format!("/proposals/{proposal}");
    let b = look(db, who, group).await;
    let cards: Vec<Column> = b
        .columns
        .iter()
        .flat_map(|c| c.cards.iter())
        .filter(|c| c.link.as_deref() == Some(link.as_str()))
        .map(|c| c.column)
        .collect();
    (cards.len(), cards.first().copied())
}
