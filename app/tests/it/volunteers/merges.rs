//! A second registration with a registered national code asks to join that profile to its
//! account; only the profile's intermediary decides. And the reference lists officials keep.
use super::{common, form};
use app::api::AppError;
use app::domain::permissions::Actor;
use app::domain::validation::FieldIssue;
use app::server::db::Db;
use app::server::volunteers::merges::{decide, mine as my_merge, waiting};
use app::server::volunteers::mine;
use app::server::volunteers::reference::{add_drive, add_role, lists, retire_role, DriveInput};
use app::server::volunteers::registration::register;

pub struct Cast<'a> {
    pub intermediary: &'a Actor,
    pub other: &'a Actor,
    pub official: &'a Actor,
    /// Holds the profile registered with `form`'s code.
    pub holder: &'a Actor,
    /// Registers again with that code.
    pub newcomer: &'a Actor,
    pub bridge: i64,
    pub role: i64,
}

pub async fn story(db: &Db, c: Cast<'_>) {
    let profile = mine(db, c.holder).await.unwrap().unwrap().id;
    // Asked to, the second registration becomes a request; it learns nothing of the profile.
    let mut asked = form(c.bridge, c.role);
    asked.full_name = "Zahra K.".into();
    asked.offer.mobile = "09351112233".into();
    asked.merge = true;
    assert_eq!(register(db, c.newcomer, asked.clone()).await.unwrap(), None);
    assert!(mine(db, c.newcomer).await.unwrap().is_none());
    let sent = my_merge(db, c.newcomer).await.unwrap().unwrap();
    assert_eq!(sent.state, "pending");
    assert!(sent.volunteer.is_none() && sent.mobile.is_none() && sent.full_name.is_none());
    // One waiting request per account.
    assert!(matches!(
        register(db, c.newcomer, asked).await,
        Err(AppError::NotNow)
    ));
    // Only the profile's intermediary sees and decides it.
    assert!(waiting(db, c.other).await.unwrap().is_empty());
    assert!(waiting(db, c.official).await.unwrap().is_empty());
    let list = waiting(db, c.intermediary).await.unwrap();
    assert_eq!(list.len(), 1);
    let m = &list[0];
    assert_eq!(m.volunteer.as_ref().map(|v| v.0), Some(profile));
    assert_eq!(m.mobile.as_deref(), Some("09351112233"));
    assert_eq!(m.full_name.as_deref(), Some("Zahra K."));
    for stranger in [c.other, c.official, c.newcomer, c.holder] {
        assert!(matches!(
            decide(db, stranger, m.id, true, "").await,
            Err(AppError::NotFound)
        ));
    }
    // Refusing needs a reason.
    assert_eq!(
        common::issue(
            decide(db, c.intermediary, m.id, false, "  ").await,
            "reason"
        ),
        FieldIssue::Required
    );
    // Joined: the profile (with its history) is the new account's, with the number it gave.
    decide(db, c.intermediary, m.id, true, "").await.unwrap();
    let moved = mine(db, c.newcomer).await.unwrap().unwrap();
    assert_eq!(moved.id, profile);
    assert_eq!(moved.mobile.as_deref(), Some("09351112233"));
    assert!(mine(db, c.holder).await.unwrap().is_none());
    assert_eq!(
        my_merge(db, c.newcomer).await.unwrap().unwrap().state,
        "merged"
    );
    assert!(waiting(db, c.intermediary).await.unwrap().is_empty());
    assert!(matches!(
        decide(db, c.intermediary, m.id, false, "late").await,
        Err(AppError::NotNow)
    ));
    // The old account asks back, and is refused with a reason it reads.
    let mut back = form(c.bridge, c.role);
    back.merge = true;
    assert_eq!(register(db, c.holder, back).await.unwrap(), None);
    let m = waiting(db, c.intermediary).await.unwrap()[0].id;
    decide(db, c.intermediary, m, false, "Called: not her")
        .await
        .unwrap();
    let refused = my_merge(db, c.holder).await.unwrap().unwrap();
    assert_eq!(
        (refused.state.as_str(), refused.reason.as_str()),
        ("refused", "Called: not her")
    );
    assert_eq!(mine(db, c.newcomer).await.unwrap().unwrap().id, profile);

    reference(db, &c).await;
}

async fn reference(db: &Db, c: &Cast<'_>) {
    // Officials only.
    assert!(matches!(
        lists(db, c.intermediary).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        add_role(db, c.intermediary, "Driver").await,
        Err(AppError::Forbidden)
    ));
    let id = add_role(db, c.official, " Driver <i>help</i> ")
        .await
        .unwrap();
    assert_eq!(
        common::issue(
            add_role(db, c.official, "driver  <I>HELP</I>").await,
            "name"
        ),
        FieldIssue::AlreadyListed
    );
    let found = lists(db, c.official).await.unwrap();
    let added = found.roles.iter().find(|r| r.role.id == id).unwrap();
    assert_eq!(
        (added.role.name.as_str(), added.retired, added.volunteers),
        ("Driver <i>help</i>", false, 0)
    );
    let offered = found.roles.iter().find(|r| r.role.id == c.role).unwrap();
    assert_eq!(offered.volunteers, 1);
    // Retired, it is no longer offered on the forms; restored, it is again.
    retire_role(db, c.official, id, true).await.unwrap();
    let on_forms = app::server::volunteers::form_options(db).await.unwrap();
    assert!(on_forms.roles.iter().all(|r| r.id != id));
    assert!(matches!(
        retire_role(db, c.official, 9_999_999, true).await,
        Err(AppError::NotFound)
    ));
    retire_role(db, c.official, id, false).await.unwrap();
    let on_forms = app::server::volunteers::form_options(db).await.unwrap();
    assert!(on_forms.roles.iter().any(|r| r.id == id));

    // Drives: the code as typed with Persian digits, unique; the period in order.
    let drive = DriveInput {
        code: " nowruz-\u{6f1}\u{6f4}\u{6f0}\u{6f5} ".into(),
        name: "Nowruz <script>".into(),
        starts_on: "1405/01/01".into(),
        ends_on: "1405/01/13".into(),
    };
    assert!(matches!(
        add_drive(db, c.intermediary, &drive).await,
        Err(AppError::Forbidden)
    ));
    let bad = DriveInput {
        ends_on: "1404/12/01".into(),
        ..drive.clone()
    };
    assert_eq!(
        common::issue(add_drive(db, c.official, &bad).await, "ends_on"),
        FieldIssue::EndsBeforeStart
    );
    let id = add_drive(db, c.official, &drive).await.unwrap();
    assert_eq!(
        common::issue(add_drive(db, c.official, &drive).await, "code"),
        FieldIssue::AlreadyListed
    );
    let found = lists(db, c.official).await.unwrap();
    let d = found.drives.iter().find(|d| d.id == id).unwrap();
    assert_eq!(
        (
            d.code.as_str(),
            d.starts_on.as_str(),
            d.ends_on.as_deref(),
            d.volunteers
        ),
        ("NOWRUZ-1405", "2026-03-21", Some("2026-04-02"), 0)
    );
    // Its code now brings registrations.
    let by_code = app::server::db::volunteers::drive_by_code(db.read(), "NOWRUZ-1405")
        .await
        .unwrap();
    assert_eq!(by_code, Some(id));
}
