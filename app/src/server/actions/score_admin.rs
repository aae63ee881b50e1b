//! Officials keep a campaign's indicators, score self-assessments, record the scores (each
//! recording kept, so a later correction shows) and recognise centres; a centre's manager
//! writes its self-assessment with evidence.
use super::scores::compute;
use crate::api::AppError;
use crate::domain::directory_rules::{
    self as rules, count, LONG_TEXT_MAX, SHORT_TEXT_MAX, TITLE_MAX,
};
use crate::domain::permissions::Actor;
use crate::domain::scoring::{Source, SCALE_MAX, WEIGHT_MAX};
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::server::auth::caller::officials_only;
use crate::server::centres::forms::one_of;
use crate::server::db::campaign_scores::{self as store, RecordedScore};
use crate::server::db::{audit, campaigns, centres, Db, DbError};
use crate::server::now_ms;
use serde_json::json;
use tracing::instrument;

/// Whether the centre holds an action in the campaign.
async fn taking_part(db: &Db, campaign_id: i64, centre_id: i64) -> Result<bool, AppError> {
    let centres = store::centres(db.read(), campaign_id).await?;
    Ok(centres.iter().any(|c| c.id == centre_id))
}

/// A whole number from 1 to `max`.
fn within(input: &str, max: i64) -> Result<i64, FieldIssue> {
    match count(input)? {
        n if (1..=max).contains(&n) => Ok(n),
        _ => Err(FieldIssue::OutOfRange),
    }
}

#[derive(Clone, Debug, Default)]
pub struct IndicatorInput {
    pub name: String,
    pub source: String,
    pub weight: String,
    pub scale: String,
}

#[instrument(skip_all)]
pub async fn add_indicator(
    db: &Db,
    actor: &Actor,
    campaign_id: i64,
    input: &IndicatorInput,
) -> Result<i64, AppError> {
    officials_only(actor)?;
    campaigns::find(db.read(), campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = FormErrors::default();
    let name = errors.check("indicator_name", rules::title(&input.name, 2, TITLE_MAX));
    let source = errors.check("source", rules::choice(&input.source, Source::parse));
    let weight = errors.check("weight", within(&input.weight, WEIGHT_MAX));
    let scale = match source {
        Some(Source::Assessed) => errors.check("scale", within(&input.scale, SCALE_MAX)),
        _ => Some(1),
    };
    let (Some(name), Some(source), Some(weight), Some(scale)) = (name, source, weight, scale)
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert_indicator(
        &mut tx,
        campaign_id,
        &name,
        source.as_str(),
        weight,
        scale,
        now,
    )
    .await?;
    let after = json!({ "campaign": campaign_id, "name": name, "source": source.as_str(), "weight": weight });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "indicator.add",
        "campaign_indicator",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}

#[instrument(skip_all)]
pub async fn remove_indicator(
    db: &Db,
    actor: &Actor,
    campaign_id: i64,
    id: i64,
) -> Result<(), AppError> {
    officials_only(actor)?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    if !store::delete_indicator(&mut tx, campaign_id, id).await? {
        return Err(AppError::NotFound);
    }
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "indicator.remove",
        "campaign_indicator",
        id,
        json!({}),
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

#[derive(Clone, Debug, Default)]
pub struct AssessmentInput {
    pub indicator: String,
    pub statement: String,
    pub evidence: String,
}

/// A centre's manager (its runner, an official) writes its self-assessment on an assessed
/// indicator; writing it again sends it back for review.
#[instrument(skip_all)]
pub async fn submit_assessment(
    db: &Db,
    actor: &Actor,
    campaign_id: i64,
    centre_id: i64,
    input: &AssessmentInput,
) -> Result<(), AppError> {
    let centre = centres::find(db.read(), centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !crate::server::centres::standing(Some(actor), &centre).manages() {
        return Err(AppError::Forbidden);
    }
    // Only a centre taking part (it holds an action in the campaign) assesses itself in it.
    if !taking_part(db, campaign_id, centre_id).await? {
        return Err(AppError::NotNow);
    }
    let indicators = store::indicators(db.read(), campaign_id).await?;
    let assessed = indicators
        .iter()
        .filter(|i| i.source == Source::Assessed.as_str())
        .map(|i| i.id);
    let mut errors = FormErrors::default();
    let indicator = errors.check("indicator", one_of(&input.indicator, assessed));
    let statement = errors.check(
        "statement",
        rules::required_text(&input.statement, LONG_TEXT_MAX),
    );
    let evidence = errors.check(
        "evidence",
        rules::optional_text(&input.evidence, LONG_TEXT_MAX),
    );
    let (Some(indicator), Some(statement), Some(evidence)) = (indicator, statement, evidence)
    else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::submit(
        &mut tx,
        indicator,
        centre_id,
        &statement,
        &evidence,
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "indicator": indicator, "centre": centre_id });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "assessment.submit",
        "centre",
        centre_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// An official scores a self-assessment on its indicator's scale.
#[instrument(skip_all)]
pub async fn review(
    db: &Db,
    actor: &Actor,
    campaign_id: i64,
    id: i64,
    score: &str,
    note: &str,
) -> Result<(), AppError> {
    officials_only(actor)?;
    // Only what the review needs: the assessment (of this campaign) and its indicator's scale.
    let assessments = store::assessments(db.read(), campaign_id).await?;
    let assessment = assessments
        .iter()
        .find(|a| a.id == id)
        .ok_or(AppError::NotFound)?;
    let scale = store::indicators(db.read(), campaign_id)
        .await?
        .iter()
        .find(|i| i.id == assessment.indicator_id)
        .map_or(1, |i| i.scale);
    let mut errors = FormErrors::default();
    let value = errors.check(
        "score",
        count(score).and_then(|n| {
            if n <= scale {
                Ok(n)
            } else {
                Err(FieldIssue::OutOfRange)
            }
        }),
    );
    let note = errors.check("review_note", rules::optional_text(note, SHORT_TEXT_MAX));
    let (Some(value), Some(note)) = (value, note) else {
        return Err(errors.into());
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::review(&mut tx, id, value, &note, actor.user_id, now).await?;
    let after = json!({ "score": value });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "assessment.review",
        "centre_assessment",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Records every centre's score and place as they stand now, with a note.
#[instrument(skip_all)]
pub async fn record(db: &Db, actor: &Actor, campaign_id: i64, note: &str) -> Result<(), AppError> {
    officials_only(actor)?;
    let note =
        rules::optional_text(note, SHORT_TEXT_MAX).map_err(|i| AppError::invalid("note", i))?;
    let computed = compute(db, campaign_id).await?;
    if computed.indicators.is_empty() {
        return Err(AppError::invalid("note", FieldIssue::NotAllowedNow));
    }
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    for s in &computed.scores {
        let line = RecordedScore {
            centre_id: s.centre_id,
            recorded_at: now,
            tenths: s.tenths,
            place: s.rank,
            note: note.clone(),
        };
        store::insert_score(&mut tx, campaign_id, &line, actor.user_id).await?;
    }
    let after = json!({ "centres": computed.scores.len() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "scores.record",
        "campaign",
        campaign_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}

/// Recognises a centre taking part (with a citation), or withdraws the recognition.
#[instrument(skip_all)]
pub async fn recognise(
    db: &Db,
    actor: &Actor,
    campaign_id: i64,
    centre_id: i64,
    citation: Option<&str>,
) -> Result<(), AppError> {
    officials_only(actor)?;
    if !taking_part(db, campaign_id, centre_id).await? {
        return Err(AppError::NotFound);
    }
    let citation = match citation {
        Some(text) => Some(
            rules::optional_text(text, SHORT_TEXT_MAX)
                .map_err(|i| AppError::invalid("citation", i))?,
        ),
        None => None,
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::set_recognised(
        &mut tx,
        campaign_id,
        centre_id,
        citation.as_deref(),
        actor.user_id,
        now,
    )
    .await?;
    let after = json!({ "campaign": campaign_id, "recognised": citation.is_some() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "centre.recognise",
        "centre",
        centre_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
