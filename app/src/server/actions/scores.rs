//! A campaign's scores: every centre taking part scored by the campaign's indicators (the pure
//! `domain::scoring`), its rank and the evidence behind each number; officials keep the
//! indicators, review self-assessments, record the scores and recognise centres.
use crate::api::AppError;
use crate::domain::directory_rules::parse_iso;
use crate::domain::jalali::IRAN_OFFSET_SECONDS;
use crate::domain::permissions::Actor;
use crate::domain::scoring::{score, Indicator, Record, Score, Source, ON_TIME_DAYS};
use crate::model::directory::Named;
use crate::model::scores::{
    AssessmentView, CentreRecord, CentreScoreView, HistoryLine, IndicatorView, PartView, ScoresPage,
};
use crate::server::db::campaign_scores::{
    self as store, AssessmentRow, IndicatorRow, RecordedScore, TakingPart,
};
use crate::server::db::campaigns::{self, CampaignRow};
use crate::server::db::local_actions as actions;
use crate::server::db::{centres, Db};
use std::collections::BTreeMap;
use tracing::instrument;

pub(crate) fn indicator_view(row: &IndicatorRow) -> IndicatorView {
    IndicatorView {
        id: row.id,
        name: row.name.clone(),
        source: Source::parse(&row.source).unwrap_or(Source::Assessed),
        weight: row.weight,
        scale: row.scale,
    }
}

/// The day, in Iran, of a moment in Unix ms.
fn iran_day(ms: i64) -> Option<chrono::NaiveDate> {
    let offset = chrono::FixedOffset::east_opt(IRAN_OFFSET_SECONDS)?;
    chrono::DateTime::from_timestamp_millis(ms).map(|t| t.with_timezone(&offset).date_naive())
}

/// Everything the scores are computed from.
pub(crate) struct Computed {
    pub campaign: CampaignRow,
    pub indicators: Vec<IndicatorRow>,
    pub centres: Vec<TakingPart>,
    pub assessments: Vec<AssessmentRow>,
    pub scores: Vec<Score>,
}

/// Sums each centre's record up (a few grouped queries, whatever the number of centres) and
/// scores it.
pub(crate) async fn compute(db: &Db, campaign_id: i64) -> Result<Computed, AppError> {
    let campaign = campaigns::find(db.read(), campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let indicators = store::indicators(db.read(), campaign_id).await?;
    let centres = store::centres(db.read(), campaign_id).await?;
    let assessments = store::assessments(db.read(), campaign_id).await?;
    let mut records: BTreeMap<i64, Record> = centres
        .iter()
        .map(|c| {
            (
                c.id,
                Record {
                    centre_id: c.id,
                    ..Record::default()
                },
            )
        })
        .collect();
    for a in store::closed_actions(db.read(), campaign_id).await? {
        let Some(r) = records.get_mut(&a.centre_id) else {
            continue;
        };
        r.actions_held += 1;
        r.people_reached += a.attendance;
        let on_time = parse_iso(&a.held_on)
            .zip(iran_day(a.closed_at))
            .is_some_and(|(held, closed)| (closed - held).num_days() <= ON_TIME_DAYS);
        if on_time {
            r.closed_on_time += 1;
        }
    }
    for (centre, met, recorded) in store::targets(db.read(), campaign_id).await? {
        if let Some(r) = records.get_mut(&centre) {
            (r.targets_met, r.targets_recorded) = (met, recorded);
        }
    }
    let volunteering = store::volunteering(
        db.read(),
        campaign_id,
        &campaign.starts_on,
        &campaign.ends_on,
    )
    .await?;
    for (centre, volunteers, minutes) in volunteering {
        if let Some(r) = records.get_mut(&centre) {
            (r.active_volunteers, r.volunteer_minutes) = (volunteers, minutes);
        }
    }
    for a in &assessments {
        if let (Some(r), Some(score)) = (records.get_mut(&a.centre_id), a.score) {
            r.assessed.insert(a.indicator_id, score);
        }
    }
    let domain: Vec<Indicator> = indicators
        .iter()
        .map(|i| Indicator {
            id: i.id,
            source: Source::parse(&i.source).unwrap_or(Source::Assessed),
            weight: i.weight,
            scale: i.scale,
        })
        .collect();
    let records: Vec<Record> = records.into_values().collect();
    let scores = score(&domain, &records);
    Ok(Computed {
        campaign,
        indicators,
        centres,
        assessments,
        scores,
    })
}

fn score_view(
    s: &Score,
    centres: &[TakingPart],
    recognised: &[(i64, String)],
    last: &BTreeMap<i64, i64>,
) -> CentreScoreView {
    let centre = centres.iter().find(|c| c.id == s.centre_id);
    CentreScoreView {
        centre: Named {
            id: s.centre_id,
            name: centre.map(|c| c.name.clone()).unwrap_or_default(),
        },
        neighbourhood: centre.map(|c| c.neighbourhood.clone()).unwrap_or_default(),
        tenths: s.tenths,
        rank: s.rank,
        parts: s
            .parts
            .iter()
            .map(|p| PartView {
                indicator_id: p.indicator_id,
                raw: p.raw,
                tenths: (p.points * 10.0).round() as i64,
            })
            .collect(),
        recognised: recognised
            .iter()
            .find(|(c, _)| *c == s.centre_id)
            .map(|(_, citation)| citation.clone()),
        recorded_tenths: last.get(&s.centre_id).copied().filter(|t| *t != s.tenths),
    }
}

fn assessment_view(a: &AssessmentRow, c: &Computed) -> AssessmentView {
    let indicator = c.indicators.iter().find(|i| i.id == a.indicator_id);
    AssessmentView {
        id: a.id,
        indicator: Named {
            id: a.indicator_id,
            name: indicator.map(|i| i.name.clone()).unwrap_or_default(),
        },
        scale: indicator.map_or(1, |i| i.scale),
        centre: Named {
            id: a.centre_id,
            name: c
                .centres
                .iter()
                .find(|x| x.id == a.centre_id)
                .map(|x| x.name.clone())
                .unwrap_or_default(),
        },
        statement: a.statement.clone(),
        evidence: a.evidence.clone(),
        submitted_at: a.submitted_at,
        score: a.score,
        review_note: a.review_note.clone(),
    }
}

/// The last recorded score of each centre, and when the scores were last recorded.
fn last_recorded(history: &[RecordedScore]) -> (BTreeMap<i64, i64>, Option<i64>) {
    let at = history.last().map(|h| h.recorded_at);
    let last = history.iter().map(|h| (h.centre_id, h.tenths)).collect();
    (last, at)
}

/// The public ranking; officials also get the assessments waiting for a score.
#[instrument(skip_all)]
pub async fn page(
    db: &Db,
    actor: Option<&Actor>,
    campaign_id: i64,
) -> Result<ScoresPage, AppError> {
    let c = compute(db, campaign_id).await?;
    let recognised = store::recognitions(db.read(), campaign_id).await?;
    let (last, recorded_at) = last_recorded(&store::history(db.read(), campaign_id).await?);
    let may_manage = actor.is_some_and(Actor::is_staff);
    let waiting = if may_manage {
        c.assessments
            .iter()
            .filter(|a| a.score.is_none())
            .map(|a| assessment_view(a, &c))
            .collect()
    } else {
        Vec::new()
    };
    Ok(ScoresPage {
        campaign: Named {
            id: c.campaign.id,
            name: c.campaign.name.clone(),
        },
        indicators: c.indicators.iter().map(indicator_view).collect(),
        ranking: c
            .scores
            .iter()
            .map(|s| score_view(s, &c.centres, &recognised, &last))
            .collect(),
        recorded_at,
        may_manage,
        waiting,
    })
}

/// A centre's record in the campaign: its score with each part, the actions it counts, its
/// self-assessments and the history of its recorded score.
#[instrument(skip_all)]
pub async fn centre_record(
    db: &Db,
    actor: Option<&Actor>,
    campaign_id: i64,
    centre_id: i64,
) -> Result<CentreRecord, AppError> {
    let centre = centres::find(db.read(), centre_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = compute(db, campaign_id).await?;
    let recognised = store::recognitions(db.read(), campaign_id).await?;
    let recorded = store::history(db.read(), campaign_id).await?;
    let (last, _) = last_recorded(&recorded);
    let score = c
        .scores
        .iter()
        .find(|s| s.centre_id == centre_id)
        .map(|s| score_view(s, &c.centres, &recognised, &last));
    let rows = actions::list_in_campaign(db.read(), campaign_id, centre_id).await?;
    let history = recorded
        .into_iter()
        .filter(|h| h.centre_id == centre_id)
        .map(|h| HistoryLine {
            recorded_at: h.recorded_at,
            tenths: h.tenths,
            place: h.place,
            note: h.note,
        })
        .collect();
    let may_assess = score.is_some() && crate::server::centres::standing(actor, &centre).manages();
    Ok(CentreRecord {
        campaign: Named {
            id: c.campaign.id,
            name: c.campaign.name.clone(),
        },
        centre: Named {
            id: centre.id,
            name: centre.name.clone(),
        },
        indicators: c.indicators.iter().map(indicator_view).collect(),
        score,
        taking_part: c.centres.len() as i64,
        actions: rows.iter().map(super::card).collect(),
        assessments: c
            .assessments
            .iter()
            .filter(|a| a.centre_id == centre_id)
            .map(|a| assessment_view(a, &c))
            .collect(),
        history,
        may_assess,
    })
}
