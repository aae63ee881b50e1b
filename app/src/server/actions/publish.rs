//! Publishing a local action: held by a centre the caller manages or an organisation they
//! represent, in a neighbourhood, within a campaign or not, and never without goals.
use crate::api::AppError;
use crate::domain::action_rules::{goals, ActionKind, Goal};
use crate::domain::directory_rules::{
    self as rules, iso, parse_iso, LONG_TEXT_MAX, SHORT_TEXT_MAX, TITLE_MAX,
};
use crate::domain::normalize::fold_for_search;
use crate::domain::permissions::Actor;
use crate::domain::validation::{FieldIssue, FormErrors};
use crate::model::actions::ActionFormOptions;
use crate::model::directory::Named;
use crate::server::centres::forms::one_of;
use crate::server::centres::standing;
use crate::server::db::centres::{self, CentresOf};
use crate::server::db::local_actions::{self as store, NewAction};
use crate::server::db::{audit, campaigns, organisations, Db, DbError};
use crate::server::{now_ms, today_iso};
use serde_json::json;
use tracing::instrument;

/// What the new-action form offers: the centres the caller manages, the organisations they
/// represent (every verified one for officials), neighbourhoods, and campaigns not yet ended.
pub async fn form_options(db: &Db, actor: &Actor) -> Result<ActionFormOptions, AppError> {
    let centres = centres::list(db.read(), CentresOf::All)
        .await?
        .into_iter()
        .filter(|c| standing(Some(actor), c).manages())
        .map(|c| {
            (
                Named {
                    id: c.id,
                    name: c.name,
                },
                c.neighbourhood_id,
            )
        })
        .collect::<Vec<_>>();
    let organisations = organisations::verified_of_kind(db.read(), "")
        .await?
        .into_iter()
        .filter(|(id, _)| actor.is_staff() || actor.organisations.contains(id))
        .map(|(id, name)| Named { id, name })
        .collect::<Vec<_>>();
    if centres.is_empty() && organisations.is_empty() {
        return Err(AppError::Forbidden);
    }
    let campaigns = campaigns::open(db.read(), &today_iso())
        .await?
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect();
    Ok(ActionFormOptions {
        centres,
        organisations,
        neighbourhoods: crate::server::directory::neighbourhood_choices(db).await?,
        campaigns,
    })
}

/// The action as typed on its form. `host` is `centre:ID` or `organisation:ID`.
#[derive(Clone, Debug, Default)]
pub struct ActionInput {
    pub title: String,
    pub kind: String,
    pub host: String,
    pub neighbourhood: String,
    pub campaign: String,
    pub held_on: String,
    pub place: String,
    pub summary: String,
    pub goal_measures: Vec<String>,
    pub goal_targets: Vec<String>,
    pub goal_labels: Vec<String>,
}

/// Who holds the action: a centre (with its neighbourhood) or an organisation.
enum Host {
    Centre { id: i64, neighbourhood: i64 },
    Organisation(i64),
}

fn host(input: &str, options: &ActionFormOptions) -> Result<Host, FieldIssue> {
    let (kind, id) = input
        .trim()
        .split_once(':')
        .ok_or(if input.trim().is_empty() {
            FieldIssue::Required
        } else {
            FieldIssue::InvalidChoice
        })?;
    let id: i64 = id.parse().map_err(|_| FieldIssue::InvalidChoice)?;
    match kind {
        "centre" => options
            .centres
            .iter()
            .find(|(c, _)| c.id == id)
            .map(|(c, n)| Host::Centre {
                id: c.id,
                neighbourhood: *n,
            })
            .ok_or(FieldIssue::InvalidChoice),
        "organisation" if options.organisations.iter().any(|o| o.id == id) => {
            Ok(Host::Organisation(id))
        }
        _ => Err(FieldIssue::InvalidChoice),
    }
}

/// Publishes an action with its goals; answers its id.
#[instrument(skip_all)]
pub async fn publish(db: &Db, actor: &Actor, input: &ActionInput) -> Result<i64, AppError> {
    let options = form_options(db, actor).await?;
    let mut errors = FormErrors::default();
    let title = errors.check("title", rules::title(&input.title, 3, TITLE_MAX));
    let kind = errors.check("kind", rules::choice(&input.kind, ActionKind::parse));
    let host = errors.check("host", host(&input.host, &options));
    // A centre's action is in its own neighbourhood unless another is chosen.
    let neighbourhood = match (&host, input.neighbourhood.trim()) {
        (Some(Host::Centre { neighbourhood, .. }), "") => Some(*neighbourhood),
        (_, typed) => errors.check(
            "neighbourhood",
            one_of(typed, options.neighbourhoods.iter().map(|n| n.id)),
        ),
    };
    let held_on = errors.check("held_on", rules::day(&input.held_on));
    let campaign = match input.campaign.trim() {
        "" => Some(None),
        typed => errors
            .check(
                "campaign",
                one_of(typed, options.campaigns.iter().map(|c| c.id)),
            )
            .map(Some),
    };
    if let (Some(Some(campaign)), Some(day)) = (campaign, held_on) {
        if let Some((starts, ends)) = campaigns::period(db.read(), campaign).await? {
            let inside = parse_iso(&starts).is_some_and(|s| s <= day)
                && parse_iso(&ends).is_some_and(|e| day <= e);
            if !inside {
                errors.push("held_on", FieldIssue::OutsideCampaign);
            }
        }
    }
    let place = errors.check("place", rules::optional_text(&input.place, SHORT_TEXT_MAX));
    let summary = errors.check(
        "summary",
        rules::optional_text(&input.summary, LONG_TEXT_MAX),
    );
    let goals = errors.check(
        "goals",
        goals(
            &input.goal_measures,
            &input.goal_targets,
            &input.goal_labels,
        ),
    );
    let (
        Some(title),
        Some(kind),
        Some(host),
        Some(neighbourhood),
        Some(held_on),
        Some(campaign),
        Some(place),
        Some(summary),
        Some(goals),
    ) = (
        title,
        kind,
        host,
        neighbourhood,
        held_on,
        campaign,
        place,
        summary,
        goals,
    )
    else {
        return Err(errors.into());
    };
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let (centre_id, organisation_id) = match host {
        Host::Centre { id, .. } => {
            let centre = centres::find(db.read(), id)
                .await?
                .ok_or(AppError::NotFound)?;
            (Some(id), centre.organisation_id)
        }
        Host::Organisation(id) => (None, id),
    };
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let id = store::insert(
        &mut tx,
        NewAction {
            title: &title,
            kind: kind.as_str(),
            centre_id,
            organisation_id,
            neighbourhood_id: neighbourhood,
            campaign_id: campaign,
            held_on: &iso(held_on),
            place: &place,
            summary: &summary,
            search_text: &fold_for_search(&title),
            created_by: actor.user_id,
            now,
        },
    )
    .await?;
    for (
        position,
        Goal {
            measure,
            label,
            target,
        },
    ) in goals.iter().enumerate()
    {
        store::insert_target(
            &mut tx,
            id,
            position as i64,
            measure.as_str(),
            label,
            *target,
        )
        .await?;
    }
    let after = json!({ "title": title, "held_on": iso(held_on), "goals": goals.len() });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "action.publish",
        "local_action",
        id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(id)
}
