//! Reports: an official drafts a campaign's or a period's report from the records, selects
//! accounts and freezes it; the frozen report keeps what it said when later records change,
//! numbers follow one another, the exports carry it, and every refusal on the way.
use super::People;
use crate::common;
use app::api::AppError;
use app::domain::report_rules::{Period, EXPORT_FORMAT};
use app::domain::validation::FieldIssue;
use app::i18n::Locale;
use app::model::directory::SearchKind;
use app::server::actions::campaigns;
use app::server::db::Db;
use app::server::directory::search::search;
use app::server::reports::freeze::{freeze, select_account};
use app::server::reports::{draft, export, frozen, of_campaign, page, scope_of, Scope};

pub async fn story(db: &Db, p: &People) {
    let c = Scope::Campaign(p.campaign);

    // Drafts and freezing are the officials'.
    for who in [&p.stranger, &p.manager, &p.runner] {
        assert!(matches!(draft(db, who, c).await, Err(AppError::Forbidden)));
        assert!(matches!(
            freeze(db, who, c, true).await,
            Err(AppError::Forbidden)
        ));
        assert!(matches!(
            select_account(db, who, p.past, true).await,
            Err(AppError::Forbidden)
        ));
    }
    assert_eq!(
        common::issue(freeze(db, &p.official, c, false).await, "confirm"),
        FieldIssue::Required
    );
    assert!(matches!(
        draft(db, &p.official, Scope::Campaign(999_999)).await,
        Err(AppError::NotFound)
    ));

    // The forms are read beside their fields.
    assert_eq!(
        common::issue(scope_of("", "abc", ""), "year"),
        FieldIssue::NotANumber
    );
    assert_eq!(
        common::issue(scope_of("", "", ""), "year"),
        FieldIssue::Required
    );
    assert_eq!(
        common::issue(scope_of("", "1405", "m13"), "part"),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(scope_of("x", "", ""), "campaign"),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        scope_of("", "1404", "s2").unwrap(),
        Scope::Period(Period::Season(1404, 2))
    );

    // Only a closed action's account is selected.
    assert!(matches!(
        select_account(db, &p.official, p.coming, true).await,
        Err(AppError::NotNow)
    ));
    assert!(matches!(
        select_account(db, &p.official, 999_999, true).await,
        Err(AppError::NotFound)
    ));
    select_account(db, &p.official, p.past, true).await.unwrap();

    // The campaign's draft agrees with the campaign's own figures.
    let body = draft(db, &p.official, c).await.unwrap();
    let figures = campaigns::detail(db, None, p.campaign, 1)
        .await
        .unwrap()
        .figures;
    let t = &body.totals;
    assert_eq!(
        (
            t.actions,
            t.closed,
            t.centres,
            t.neighbourhoods,
            t.reached,
            t.targets_met,
            t.targets_recorded
        ),
        (
            figures.actions,
            figures.closed,
            figures.centres,
            figures.neighbourhoods,
            figures.reached,
            figures.targets_met,
            figures.targets_recorded
        )
    );
    assert!(t.closed >= 2 && t.reached > 0);
    assert_eq!(
        body.by_kind.iter().map(|k| k.actions).sum::<i64>(),
        t.actions
    );
    assert_eq!(body.accounts.len(), 1, "the one selected account");
    assert_eq!(body.accounts[0].action.id, p.past);
    assert!(
        body.accounts[0].action.name.contains("<script>"),
        "kept as typed"
    );
    assert!(!body.ranking.is_empty(), "the campaign has indicators");
    assert_eq!(body.ranking[0].rank, 1);
    assert!(body.ranking.windows(2).all(|w| w[0].tenths >= w[1].tenths));

    // Frozen: numbered, and unchanged by what happens afterwards.
    let first = freeze(db, &p.official, c, true).await.unwrap();
    let kept = frozen(db, first).await.unwrap();
    assert_eq!(kept.body, body);
    assert!(kept.card.number.ends_with("-1"), "{}", kept.card.number);
    select_account(db, &p.official, p.past, false)
        .await
        .unwrap();
    assert!(draft(db, &p.official, c).await.unwrap().accounts.is_empty());
    assert_eq!(frozen(db, first).await.unwrap().body.accounts.len(), 1);
    let second = freeze(db, &p.official, c, true).await.unwrap();
    assert!(frozen(db, second)
        .await
        .unwrap()
        .card
        .number
        .ends_with("-2"));
    assert!(matches!(frozen(db, 999_999).await, Err(AppError::NotFound)));

    // Listed for everyone, latest first; officials also get the campaigns to report on.
    let public = page(db, None, 1).await.unwrap();
    assert_eq!(public.total, 2);
    assert_eq!(public.reports[0].id, second);
    assert!(!public.may_freeze && public.campaigns.is_empty());
    let theirs = page(db, Some(&p.official), 99).await.unwrap();
    assert!(theirs.may_freeze && !theirs.campaigns.is_empty());
    assert_eq!(theirs.page, 1, "a page past the end shows the last");
    assert_eq!(of_campaign(db, p.campaign).await.unwrap().len(), 2);

    // A period: the year holding both closed actions, and a year with none.
    let year = draft(db, &p.official, Scope::Period(Period::Year(1404)))
        .await
        .unwrap();
    assert!(year.totals.closed >= 2);
    assert!(year.ranking.is_empty(), "periods have no ranking");
    let empty = draft(db, &p.official, Scope::Period(Period::Year(1391)))
        .await
        .unwrap();
    assert_eq!(empty.totals.actions, 0);
    assert!(empty.by_kind.is_empty() && empty.by_neighbourhood.is_empty());
    let season = freeze(
        db,
        &p.official,
        Scope::Period(Period::Season(1404, 3)),
        true,
    )
    .await
    .unwrap();
    let season = frozen(db, season).await.unwrap();
    assert_eq!((season.card.year, season.card.part), (Some(1404), Some(3)));

    // The exports carry the frozen report.
    let tables = export::tables(&kept, Locale::en);
    assert_eq!(tables.len(), 7);
    assert_eq!(tables[1].rows.len(), kept.body.by_kind.len());
    assert_eq!(tables[3].rows.len(), kept.body.ranking.len());
    let json = serde_json::to_value(export::json(&kept, "Test province")).unwrap();
    assert_eq!(json["format"], EXPORT_FORMAT);
    assert_eq!(json["province"], "Test province");
    let back: app::model::reports::ReportBody =
        serde_json::from_value(json["report"].clone()).unwrap();
    assert_eq!(back, kept.body);

    // Campaigns and actions are found by search, each linking to its page.
    let found = |groups: &[app::model::directory::SearchGroup], kind, href: String| {
        groups
            .iter()
            .any(|g| g.kind == kind && g.hits.iter().any(|h| h.href == href))
    };
    let groups = search(db, None, "ramadan", 1).await.unwrap();
    assert!(found(
        &groups,
        SearchKind::Campaigns,
        format!("/campaigns/{}", p.campaign)
    ));
    let groups = search(db, None, "alert", 1).await.unwrap();
    assert!(found(
        &groups,
        SearchKind::Actions,
        format!("/actions/{}", p.past)
    ));

    // The officials' dashboard names the running campaign and counts actions left open.
    let dash = app::server::dashboard::overview(db, Some(&p.official), Default::default())
        .await
        .unwrap();
    assert!(dash.campaigns.iter().any(|c| c.id == p.campaign));
    let open: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM local_actions WHERE state = 'published' AND held_on < $1",
    )
    .bind(app::server::today_iso())
    .fetch_one(db.read())
    .await
    .unwrap();
    assert_eq!(dash.actions_unclosed, open);
}
