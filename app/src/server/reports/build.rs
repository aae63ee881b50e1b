//! A report made from the records as they are now: what the actions in its days (and its
//! campaign) add up to, the campaign's ranking, volunteers honoured and the selected accounts.
use super::Scope;
use crate::api::AppError;
use crate::domain::report_rules::{ScopeKind, ACCOUNTS_MAX};
use crate::domain::volunteer_rules::masked_name;
use crate::model::directory::Named;
use crate::model::reports::{
    AccountLine, HonourLine, KindLine, PairingLine, PlaceLine, RankLine, ReportBody, ReportTotals,
};
use crate::server::actions::scores::compute;
use crate::server::db::report_figures::{self as figures, Within};
use crate::server::db::{action_photos, campaign_scores, campaigns, pairings, Db};
use std::collections::BTreeMap;
use tracing::instrument;

#[instrument(skip(db))]
pub(crate) async fn build(db: &Db, scope: Scope) -> Result<ReportBody, AppError> {
    let mut body = ReportBody::default();
    match scope {
        Scope::Campaign(id) => {
            let c = campaigns::find(db.read(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            body.scope = Some(ScopeKind::Campaign);
            body.campaign = Some(Named {
                id: c.id,
                name: c.name,
            });
            (body.starts_on, body.ends_on) = (c.starts_on, c.ends_on);
        }
        Scope::Period(period) => {
            let (starts, ends) = period.days().ok_or(AppError::NotFound)?;
            body.scope = Some(period.kind());
            body.year = Some(period.year());
            body.part = period.number();
            body.starts_on = starts.format("%Y-%m-%d").to_string();
            body.ends_on = ends.format("%Y-%m-%d").to_string();
        }
    }
    let within = Within {
        campaign: body.campaign.as_ref().map(|c| c.id),
        starts_on: &body.starts_on,
        ends_on: &body.ends_on,
    };
    let pool = db.read();
    body.by_kind = figures::by_kind(pool, within)
        .await?
        .into_iter()
        .map(|k| KindLine {
            kind: k.kind,
            actions: k.actions,
            closed: k.closed,
            reached: k.reached,
        })
        .collect();
    let targets: BTreeMap<i64, (i64, i64)> = figures::targets(pool, within)
        .await?
        .into_iter()
        .map(|(place, met, recorded)| (place, (met, recorded)))
        .collect();
    body.by_neighbourhood = figures::by_neighbourhood(pool, within)
        .await?
        .into_iter()
        .map(|p| {
            let (targets_met, targets_recorded) = targets.get(&p.id).copied().unwrap_or_default();
            PlaceLine {
                neighbourhood: Named {
                    id: p.id,
                    name: p.name,
                },
                actions: p.actions,
                closed: p.closed,
                reached: p.reached,
                targets_met,
                targets_recorded,
            }
        })
        .collect();
    let (volunteers, volunteer_minutes) = figures::volunteering(pool, within).await?;
    body.totals = ReportTotals {
        centres: figures::centres(pool, within).await?,
        volunteers,
        volunteer_minutes,
        ..totals(&body.by_neighbourhood)
    };
    body.honoured = figures::honoured(pool, within)
        .await?
        .into_iter()
        .map(|(name, occasion, honoured_on)| HonourLine {
            initials: masked_name(&name),
            occasion,
            honoured_on,
        })
        .collect();
    let accounts = figures::accounts(pool, within, ACCOUNTS_MAX).await?;
    let ids: Vec<i64> = accounts.iter().map(|a| a.id).collect();
    let mut photos: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for (action, photo) in action_photos::of_actions(pool, &ids).await? {
        photos.entry(action).or_default().push(photo);
    }
    body.accounts = accounts
        .into_iter()
        .map(|a| AccountLine {
            photos: photos.remove(&a.id).unwrap_or_default(),
            action: Named {
                id: a.id,
                name: a.title,
            },
            held_by: a.held_by,
            neighbourhood: a.neighbourhood,
            held_on: a.held_on,
            attendance: a.attendance,
            account: a.account,
        })
        .collect();
    body.pairings = pairings::during(pool, &body.starts_on, &body.ends_on)
        .await?
        .into_iter()
        .map(|p| PairingLine {
            mentor: Named {
                id: p.mentor_id,
                name: p.mentor,
            },
            mentee: Named {
                id: p.mentee_id,
                name: p.mentee,
            },
            offered: p.offered,
            state: p.state,
            starts_on: p.starts_on,
            ended_on: p.ended_on,
        })
        .collect();
    if let Some(campaign) = &body.campaign {
        body.ranking = ranking(db, campaign.id).await?;
    }
    Ok(body)
}

/// What the neighbourhoods' lines add up to (every action is in one neighbourhood).
fn totals(places: &[PlaceLine]) -> ReportTotals {
    places.iter().fold(
        ReportTotals {
            neighbourhoods: places.len() as i64,
            ..ReportTotals::default()
        },
        |t, p| ReportTotals {
            actions: t.actions + p.actions,
            closed: t.closed + p.closed,
            reached: t.reached + p.reached,
            targets_met: t.targets_met + p.targets_met,
            targets_recorded: t.targets_recorded + p.targets_recorded,
            ..t
        },
    )
}

/// Every centre taking part by its score now, with the recognised ones' citations (none
/// without indicators: there is nothing to rank by).
async fn ranking(db: &Db, campaign_id: i64) -> Result<Vec<RankLine>, AppError> {
    let computed = compute(db, campaign_id).await?;
    if computed.indicators.is_empty() {
        return Ok(Vec::new());
    }
    let recognised: BTreeMap<i64, String> = campaign_scores::recognitions(db.read(), campaign_id)
        .await?
        .into_iter()
        .collect();
    let centres: BTreeMap<i64, _> = computed.centres.iter().map(|c| (c.id, c)).collect();
    let mut lines: Vec<RankLine> = computed
        .scores
        .iter()
        .map(|s| {
            let centre = centres.get(&s.centre_id);
            RankLine {
                rank: s.rank,
                centre: Named {
                    id: s.centre_id,
                    name: centre.map(|c| c.name.clone()).unwrap_or_default(),
                },
                neighbourhood: centre.map(|c| c.neighbourhood.clone()).unwrap_or_default(),
                tenths: s.tenths,
                recognised: recognised.get(&s.centre_id).cloned(),
            }
        })
        .collect();
    lines.sort_by_key(|l| (l.rank, l.centre.id));
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(
        id: i64,
        actions: i64,
        closed: i64,
        reached: i64,
        met: i64,
        recorded: i64,
    ) -> PlaceLine {
        PlaceLine {
            neighbourhood: Named {
                id,
                name: String::new(),
            },
            actions,
            closed,
            reached,
            targets_met: met,
            targets_recorded: recorded,
        }
    }

    #[test]
    fn totals_add_the_neighbourhoods_up() {
        let t = totals(&[place(1, 3, 2, 40, 2, 3), place(2, 5, 5, 100, 4, 6)]);
        assert_eq!(
            (
                t.neighbourhoods,
                t.actions,
                t.closed,
                t.reached,
                t.targets_met,
                t.targets_recorded
            ),
            (2, 8, 7, 140, 6, 9)
        );
        assert_eq!(totals(&[]), ReportTotals::default());
    }
}
