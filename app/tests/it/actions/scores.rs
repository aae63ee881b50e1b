//! A campaign's scores: officials set indicators, a centre assesses itself, an official scores
//! it; the ranking follows the record, recordings keep the history of a late correction, and
//! every refusal on the way.
use super::People;
use crate::common;
use app::api::AppError;
use app::domain::validation::FieldIssue;
use app::server::actions::closing::{close, ClosingInput};
use app::server::actions::publish::publish;
use app::server::actions::score_admin::{
    add_indicator, recognise, record, remove_indicator, review, submit_assessment, AssessmentInput,
    IndicatorInput,
};
use app::server::actions::scores::{centre_record, page};
use app::server::actions::{campaigns, detail};
use app::server::centres::forms::{create, CentreInput};
use app::server::db::Db;

fn indicator(name: &str, source: &str, weight: &str, scale: &str) -> IndicatorInput {
    IndicatorInput {
        name: name.into(),
        source: source.into(),
        weight: weight.into(),
        scale: scale.into(),
    }
}

fn assessment(indicator: i64, statement: &str) -> AssessmentInput {
    AssessmentInput {
        indicator: indicator.to_string(),
        statement: statement.into(),
        evidence: "Letter 123, photos in the centre's file.".into(),
    }
}

pub async fn story(db: &Db, p: &People) {
    let c = p.campaign;
    // A second centre holds one action in the campaign, every target met.
    let neighbourhood = detail(db, None, p.past)
        .await
        .unwrap()
        .card
        .neighbourhood
        .id;
    let runner_org = detail(db, None, p.past).await.unwrap().card.organisation.id;
    let second = create(
        db,
        &p.runner,
        CentreInput {
            name: "Second centre".into(),
            kind: "nursery".into(),
            neighbourhood: neighbourhood.to_string(),
            organisation: runner_org.to_string(),
            ..CentreInput::default()
        },
    )
    .await
    .unwrap();
    let held = super::action(&format!("centre:{second}"), c, "1404/07/01", &["10"]);
    let theirs = publish(db, &p.runner, &held).await.unwrap();
    let target = detail(db, None, theirs).await.unwrap().targets[0].id;
    let report = ClosingInput {
        target_ids: vec![target.to_string()],
        achieved: vec!["12".into()],
        attendance: "12".into(),
        account: "Twelve children came to the nursery's open day.".into(),
    };
    close(db, &p.runner, theirs, &report).await.unwrap();

    // Indicators: officials only, each checked beside its field.
    let held_ind = indicator("Actions held", "actions_held", "50", "");
    assert!(matches!(
        add_indicator(db, &p.manager, c, &held_ind).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        add_indicator(db, &p.official, 999_999, &held_ind).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(
        common::issue(
            add_indicator(db, &p.official, c, &indicator("x", "actions_held", "0", "")).await,
            "weight"
        ),
        FieldIssue::OutOfRange
    );
    assert_eq!(
        common::issue(
            add_indicator(
                db,
                &p.official,
                c,
                &indicator("Cooperation", "assessed", "20", "")
            )
            .await,
            "scale"
        ),
        FieldIssue::Required
    );
    assert_eq!(
        common::issue(
            add_indicator(db, &p.official, c, &indicator("Luck", "luck", "20", "")).await,
            "source"
        ),
        FieldIssue::InvalidChoice
    );
    let before = page(db, None, c).await.unwrap();
    assert!(before.indicators.is_empty());
    assert!(campaigns::detail(db, None, c, 1)
        .await
        .unwrap()
        .leaders
        .is_empty());
    add_indicator(db, &p.official, c, &held_ind).await.unwrap();
    add_indicator(
        db,
        &p.official,
        c,
        &indicator("Targets met", "targets_met", "\u{6f3}\u{6f0}", ""),
    )
    .await
    .unwrap();
    let coop = add_indicator(
        db,
        &p.official,
        c,
        &indicator("Cooperation", "assessed", "20", "10"),
    )
    .await
    .unwrap();

    // The centre assesses itself on the assessed indicator only; an official scores it.
    let said = assessment(coop, "We worked with the municipality and two charities.");
    assert!(matches!(
        submit_assessment(db, &p.stranger, c, p.centre, &said).await,
        Err(AppError::Forbidden)
    ));
    let held_id = page(db, None, c).await.unwrap().indicators[0].id;
    assert_eq!(
        common::issue(
            submit_assessment(db, &p.manager, c, p.centre, &assessment(held_id, "x")).await,
            "indicator"
        ),
        FieldIssue::InvalidChoice
    );
    assert_eq!(
        common::issue(
            submit_assessment(db, &p.manager, c, p.centre, &assessment(coop, " ")).await,
            "statement"
        ),
        FieldIssue::Required
    );
    let elsewhere = app::server::actions::campaigns::create(
        db,
        &p.official,
        &app::server::actions::campaigns::CampaignInput {
            name: "Elsewhere".into(),
            starts_on: "1404/01/01".into(),
            ends_on: "1404/02/01".into(),
            goals: "Not this centre's.".into(),
            drive: String::new(),
        },
    )
    .await
    .unwrap();
    assert!(matches!(
        submit_assessment(db, &p.manager, elsewhere, p.centre, &said).await,
        Err(AppError::NotNow)
    ));
    let outside = centre_record(db, Some(&p.manager), elsewhere, p.centre)
        .await
        .unwrap();
    assert!(!outside.may_assess && outside.score.is_none());
    submit_assessment(db, &p.manager, c, p.centre, &said)
        .await
        .unwrap();
    assert!(
        page(db, None, c).await.unwrap().waiting.is_empty(),
        "visitors see no review queue"
    );
    let waiting = page(db, Some(&p.official), c).await.unwrap().waiting;
    assert_eq!(waiting.len(), 1);
    let id = waiting[0].id;
    assert!(matches!(
        review(db, &p.manager, c, id, "8", "").await,
        Err(AppError::Forbidden)
    ));
    assert_eq!(
        common::issue(review(db, &p.official, c, id, "11", "").await, "score"),
        FieldIssue::OutOfRange
    );
    review(db, &p.official, c, id, "\u{6f8}", "Good letters")
        .await
        .unwrap();

    // The ranking: 50 × 1 + 30 × 2/3 + 20 × 8/10 = 86 against 50 + 30 + 0 = 80.
    let ranked = page(db, None, c).await.unwrap();
    let scores: Vec<_> = ranked
        .ranking
        .iter()
        .map(|r| (r.centre.id, r.tenths, r.rank))
        .collect();
    assert_eq!(scores, vec![(p.centre, 860, 1), (second, 800, 2)]);
    assert_eq!(ranked.ranking[0].parts[1].raw, (2, 3));
    assert_eq!(
        page(db, None, c).await.unwrap(),
        ranked,
        "computing again gives the same"
    );
    assert!(ranked.recorded_at.is_none());

    // Recorded, then a late correction (the assessment rewritten waits for review again).
    assert!(matches!(
        record(db, &p.manager, c, "").await,
        Err(AppError::Forbidden)
    ));
    record(db, &p.official, c, "End of campaign").await.unwrap();
    let rewritten = assessment(coop, "We also worked with the health centre.");
    submit_assessment(db, &p.manager, c, p.centre, &rewritten)
        .await
        .unwrap();
    let corrected = page(db, None, c).await.unwrap();
    assert_eq!(
        corrected.ranking[0].centre.id, second,
        "the unreviewed assessment counts nothing"
    );
    let first = corrected
        .ranking
        .iter()
        .find(|r| r.centre.id == p.centre)
        .unwrap();
    assert_eq!((first.tenths, first.recorded_tenths), (700, Some(860)));
    assert!(corrected.recorded_at.is_some());
    record(db, &p.official, c, "Correction").await.unwrap();
    let evidence = centre_record(db, None, c, p.centre).await.unwrap();
    let history: Vec<_> = evidence
        .history
        .iter()
        .map(|h| (h.tenths, h.place))
        .collect();
    assert_eq!(history, vec![(860, 1), (700, 2)]);
    assert_eq!(evidence.actions.len(), 2);
    assert_eq!(evidence.assessments[0].score, None);
    assert_eq!(evidence.taking_part, 2);
    assert!(!evidence.may_assess);
    assert!(
        centre_record(db, Some(&p.manager), c, p.centre)
            .await
            .unwrap()
            .may_assess
    );
    assert!(matches!(
        centre_record(db, None, c, 999_999).await,
        Err(AppError::NotFound)
    ));

    // Recognition: officials, centres taking part.
    assert!(matches!(
        recognise(db, &p.manager, c, second, Some("Best")).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        recognise(db, &p.official, c, 999_999, Some("Best")).await,
        Err(AppError::NotFound)
    ));
    recognise(db, &p.official, c, second, Some("Most children reached"))
        .await
        .unwrap();
    let public = campaigns::detail(db, None, c, 1).await.unwrap();
    assert_eq!(public.recognised.len(), 1);
    assert_eq!(public.recognised[0].0.id, second);
    assert_eq!(public.leaders[0].0.id, second);
    recognise(db, &p.official, c, second, None).await.unwrap();
    assert!(campaigns::detail(db, None, c, 1)
        .await
        .unwrap()
        .recognised
        .is_empty());

    // Removing an indicator: officials, of this campaign; the ranking follows.
    assert!(matches!(
        remove_indicator(db, &p.manager, c, coop).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        remove_indicator(db, &p.official, c + 1000, coop).await,
        Err(AppError::NotFound)
    ));
    remove_indicator(db, &p.official, c, coop).await.unwrap();
    let after = page(db, None, c).await.unwrap();
    assert_eq!(after.indicators.len(), 2);
    let tenths: Vec<_> = after.ranking.iter().map(|r| r.tenths).collect();
    // 62.5 × 1 + 37.5 × 2/3 = 87.5 against 100.
    assert_eq!(tenths, vec![1000, 875]);
}
