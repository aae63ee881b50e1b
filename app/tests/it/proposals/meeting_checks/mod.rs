//! Meetings of the proposals story's committee: who may schedule, read and record them,
//! invitations, attendance with the quorum, minutes that refuse a stale save, decisions
//! checked for who carries them out, and publishing, which turns each decision into a
//! task on the board, tells the responsible and freezes the record.
use app::api::AppError;
use app::domain::board_rules::Column;
use app::domain::meeting_rules::{DecisionStatus, DecisionText, MeetingText, Responsible};
use app::domain::permissions::Actor;
use app::domain::validation::FieldIssue;
use app::model::boards::BoardFilter;
use app::server::boards::moves::{move_card, CardMove};
use app::server::boards::view::board;
use app::server::db::working_groups::{self, Scope};
use app::server::db::Db;
use app::server::meetings::schedule::{save, Scheduling};
use app::server::meetings::view::{committee_meetings, meeting};
use app::server::meetings::{publish, record};
use app::server::notifications;

pub struct People<'a> {
    pub official: &'a Actor,
    pub chair: &'a Actor,
    pub member: &'a Actor,
    pub outsider: &'a Actor,
}

fn text(title: &str, day: &str) -> MeetingText {
    MeetingText {
        title: title.into(),
        held_on: day.into(),
        starts_at: "۱۰:۰۰".into(),
        place: "فرمانداری".into(),
        online_link: String::new(),
        quorum_percent: String::new(),
    }
}

fn decision(what: &str, who: Responsible, due: &str) -> DecisionText {
    DecisionText {
        text: what.into(),
        responsible: who.code(),
        due_on: due.into(),
    }
}

fn issue<T: std::fmt::Debug>(result: Result<T, AppError>, field: &str) -> FieldIssue {
    match result {
        Err(AppError::Invalid(e)) => e.get(field).unwrap_or_else(|| panic!("{field}: {e:?}")),
        other => panic!("expected a refusal beside {field}, got {other:?}"),
    }
}

pub async fn story(db: &Db, p: People<'_>, committee: i64) {
    let group = working_groups::list(db.read(), Scope::Committee(committee))
        .await
        .unwrap()[0]
        .id;
    let asked = |t: MeetingText| Scheduling {
        committee_id: committee,
        working_group_id: group,
        id: None,
        version: 0,
        text: t,
    };

    // Only the chair, secretary and staff schedule; bad input comes back field by field.
    for who in [p.member, p.outsider] {
        assert_eq!(
            save(db, who, asked(text("جلسه", "1405/09/10"))).await,
            Err(AppError::Forbidden)
        );
    }
    let nowhere = MeetingText {
        place: String::new(),
        starts_at: "25:00".into(),
        ..text("جلسه", "1405/09/10")
    };
    let refused = save(db, p.chair, asked(nowhere)).await;
    assert_eq!(issue(refused.clone(), "place"), FieldIssue::PlaceOrLink);
    assert_eq!(issue(refused, "starts_at"), FieldIssue::InvalidTime);
    let elsewhere = Scheduling {
        working_group_id: 999_999,
        ..asked(text("جلسه", "1405/09/10"))
    };
    assert_eq!(
        issue(save(db, p.chair, elsewhere).await, "working_group_id"),
        FieldIssue::InvalidChoice
    );
    let id = save(db, p.chair, asked(text("جلسهٔ آذر", "۱۴۰۵/۰۹/۱۰")))
        .await
        .unwrap();

    // The committee's members are invited and told; outsiders can neither read nor record.
    let inbox = notifications::page(db, p.member, 1).await.unwrap();
    assert!(inbox
        .rows
        .iter()
        .any(|n| n.kind == "meeting_invited" && n.link == format!("/meetings/{id}")));
    let seen = meeting(db, Some(p.member), id).await.unwrap();
    assert_eq!(seen.held_on, "2026-12-01");
    assert!(!seen.may_record, "a member reads, the chair records");
    assert!(seen.invitees.iter().any(|i| i.user_id == p.member.user_id));
    assert_eq!(
        meeting(db, Some(p.outsider), id).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(meeting(db, None, id).await, Err(AppError::SignInRequired));
    assert_eq!(
        committee_meetings(db, Some(p.outsider), committee).await,
        Ok(None)
    );
    assert_eq!(
        record::add_agenda_item(db, p.member, id, "موضوع", None).await,
        Err(AppError::Forbidden)
    );

    // The agenda may point at a card of this board only.
    let card = board(
        db,
        Some(p.chair),
        group,
        BoardFilter::default(),
        Default::default(),
    )
    .await
    .unwrap()
    .columns
    .iter()
    .flat_map(|c| c.cards.iter())
    .next()
    .expect("the board has cards")
    .id;
    record::add_agenda_item(db, p.chair, id, "مرور پیشنهادها", Some(card))
        .await
        .unwrap();
    assert_eq!(
        issue(
            record::add_agenda_item(db, p.chair, id, "دیگر", Some(999_999)).await,
            "card"
        ),
        FieldIssue::InvalidChoice
    );

    // Attendance: only invitees can be marked; the quorum is more than half.
    let seen = meeting(db, Some(p.chair), id).await.unwrap();
    let invited = seen.invitees.len();
    assert!(invited >= 2, "chair and member at least");
    let all_present: Vec<String> = seen
        .invitees
        .iter()
        .map(|i| format!("{}:present", i.user_id))
        .collect();
    assert_eq!(
        issue(
            record::record_attendance(
                db,
                p.chair,
                id,
                &[format!("{}:present", p.outsider.user_id)]
            )
            .await,
            "marks"
        ),
        FieldIssue::InvalidChoice
    );
    record::record_attendance(db, p.chair, id, &all_present[..1])
        .await
        .unwrap();
    let seen = meeting(db, Some(p.chair), id).await.unwrap();
    assert_eq!(seen.present, 1);
    assert_eq!(seen.has_quorum, invited == 1);
    record::record_attendance(db, p.chair, id, &all_present)
        .await
        .unwrap();
    let seen = meeting(db, Some(p.chair), id).await.unwrap();
    assert!(seen.has_quorum);
    assert_eq!(seen.present, invited);

    // Minutes: a save on a stale version is refused, what was typed stays.
    record::save_minutes(db, p.chair, id, seen.version, "متن نخست")
        .await
        .unwrap();
    match record::save_minutes(db, p.official, id, seen.version, "متن دوم").await {
        Err(AppError::Invalid(e)) => {
            assert_eq!(e.get("version"), Some(FieldIssue::ChangedMeanwhile));
            assert_eq!(e.kept("minutes"), Some("متن دوم"));
        }
        other => panic!("a stale save must be refused, got {other:?}"),
    }

    // Decisions: someone holding a seat, or an organisation seated; the outsider is neither.
    record::add_decision(
        db,
        p.chair,
        id,
        decision(
            "تهیهٔ فهرست داوطلبان",
            Responsible::Person(p.member.user_id),
            "1405/10/01",
        ),
    )
    .await
    .unwrap();
    record::add_decision(
        db,
        p.chair,
        id,
        decision(
            "گزارش بازدید",
            Responsible::Person(p.chair.user_id),
            "1404/01/10",
        ),
    )
    .await
    .unwrap();
    assert_eq!(
        issue(
            record::add_decision(
                db,
                p.chair,
                id,
                decision("نه", Responsible::Person(p.outsider.user_id), "1405/10/01"),
            )
            .await,
            "responsible"
        ),
        FieldIssue::InvalidChoice
    );

    // Publishing: only those who record, on the current version; each decision becomes a
    // task in "to do", assigned and announced; the record is then frozen.
    let seen = meeting(db, Some(p.chair), id).await.unwrap();
    assert_eq!(
        publish::publish(db, p.member, id, seen.version).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        issue(
            publish::publish(db, p.chair, id, seen.version - 1).await,
            "version"
        ),
        FieldIssue::ChangedMeanwhile
    );
    assert_eq!(
        publish::publish(db, p.chair, id, seen.version).await,
        Ok(group)
    );
    let done = meeting(db, Some(p.chair), id).await.unwrap();
    assert!(done.published && !done.may_record);
    assert_eq!(
        issue(
            record::save_minutes(db, p.chair, id, done.version, "دیرهنگام").await,
            "version"
        ),
        FieldIssue::NotAllowedNow
    );
    let tasks = board(
        db,
        Some(p.member),
        group,
        BoardFilter::default(),
        Default::default(),
    )
    .await
    .unwrap();
    let todo: Vec<_> = tasks
        .columns
        .iter()
        .filter(|c| c.column == Column::Todo)
        .flat_map(|c| c.cards.iter())
        .collect();
    let volunteers = todo
        .iter()
        .find(|c| c.title == "تهیهٔ فهرست داوطلبان")
        .expect("the decision is a task");
    assert_eq!(volunteers.assignees[0].id, p.member.user_id);
    assert_eq!(volunteers.due_on.as_deref(), Some("2026-12-22"));
    let inbox = notifications::page(db, p.member, 1).await.unwrap();
    assert!(inbox
        .rows
        .iter()
        .any(|n| n.kind == "decision_assigned" && n.link.contains("/board/cards/")));

    // The committee's page: the overdue decision shows as overdue; once its task is done, done.
    let listing = committee_meetings(db, Some(p.member), committee)
        .await
        .unwrap()
        .expect("a member reads the committee's meetings");
    assert!(!listing.may_schedule);
    let status = |l: &app::model::meetings::CommitteeMeetings, what: &str| {
        l.decisions.iter().find(|d| d.text == what).unwrap().status
    };
    assert_eq!(status(&listing, "گزارش بازدید"), DecisionStatus::Overdue);
    assert_eq!(
        status(&listing, "تهیهٔ فهرست داوطلبان"),
        DecisionStatus::Open
    );
    let move_done = CardMove {
        card_id: volunteers.id,
        version: volunteers.version,
        to: "done",
        reason: "",
    };
    move_card(db, p.member, move_done).await.unwrap();
    let listing = committee_meetings(db, Some(p.chair), committee)
        .await
        .unwrap()
        .unwrap();
    assert!(listing.may_schedule);
    assert_eq!(
        status(&listing, "تهیهٔ فهرست داوطلبان"),
        DecisionStatus::Done
    );
}
