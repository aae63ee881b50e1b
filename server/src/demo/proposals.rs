//! Loads the demo's needs assessments and thirty proposals in every status, each taken along
//! its path through the real workflow (so journeys, audit and notifications are genuine), then
//! spread over the past months.
use super::directory::Seeded;
use super::proposals_data::{reason, ASSESSMENTS, IN, PROPOSALS, REPRESENTATIVE, TEMPLATES};
use super::{DemoError, DEMO_PASSWORD};
use app::domain::assessment_rules::AssessmentText;
use app::domain::permissions::Actor;
use app::domain::proposal_rules::ProposalText;
use app::domain::roles::{CommitteeRole, Role};
use app::server::accounts::{create_account, Registration};
use app::server::db::{organisations, proposal_moves, proposals, users, Db, DbError};
use app::server::proposals::forms::{save, Target};
use app::server::proposals::workflow::{move_proposal, MoveInput};
use app::server::{assessments, now_ms};
use secrecy::SecretString;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The moves that take a new proposal to `status`.
fn path(status: &str) -> &'static [&'static str] {
    match status {
        "submitted" => &["submit"],
        "in_review" => &["submit", "send_to_committee"],
        "revision_requested" => &["submit", "send_to_committee", "request_revision"],
        "recommended" => &["submit", "send_to_committee", "recommend"],
        "declined" => &["submit", "send_to_committee", "decline"],
        "approved" => &["submit", "send_to_committee", "recommend", "approve"],
        "rejected" => &["submit", "send_to_committee", "recommend", "reject"],
        _ => &[],
    }
}

fn committee_of(dimension: &str) -> usize {
    match dimension {
        "economic" => 1,
        "physical" => 2,
        "environmental" => 3,
        _ => 0,
    }
}

pub async fn user_id(db: &Db, username: &str) -> Result<i64, DemoError> {
    Ok(users::find_by_username(db.read(), username)
        .await?
        .ok_or(DemoError::Invalid("account"))?
        .id)
}

/// A representative for each demo NGO and executive agency (organisations 0 to 19): the
/// `ngo` account speaks for the first NGO, `agency` for the first agency, `ngo1`… and
/// `agency1`… for the others.
pub async fn representatives(db: &Db, seeded: &Seeded) -> Result<Vec<Actor>, DemoError> {
    let ngo = user_id(db, "ngo").await?;
    let agency = user_id(db, "agency").await?;
    let mut reps = Vec::new();
    for (i, org) in seeded.organisations.iter().enumerate().take(20) {
        let user = if i == 0 {
            ngo
        } else if i == 12 {
            agency
        } else {
            let username = if i < 12 {
                format!("ngo{i}")
            } else {
                format!("agency{}", i - 12)
            };
            let input = Registration {
                username,
                display_name: format!("{REPRESENTATIVE} {}", i + 1),
                email: String::new(),
                password: SecretString::from(DEMO_PASSWORD),
                password_confirm: SecretString::from(DEMO_PASSWORD),
            };
            let user = create_account(db, input, Role::Member, None)
                .await?
                .map_err(|_| DemoError::Invalid("representative"))?;
            let mut tx = db.write().begin().await.map_err(DbError::from)?;
            organisations::add_representative(&mut tx, *org, user.id, true, now_ms()).await?;
            tx.commit().await.map_err(DbError::from)?;
            user.id
        };
        let mut actor = Actor::new(user, Role::Member);
        actor.organisations = vec![*org];
        reps.push(actor);
    }
    Ok(reps)
}

pub async fn seed(db: &Db, seeded: &Seeded, reps: &[Actor]) -> Result<(), DemoError> {
    let official = Actor::new(user_id(db, "official").await?, Role::Official);
    let chair = user_id(db, "chair").await?;
    // Committee 0's chair is the demo account; the others' chairs have no account, so the
    // secretariat records their decisions.
    let lead = |committee: usize| {
        let mut actor = if committee == 0 {
            Actor::new(chair, Role::Member)
        } else {
            Actor::new(official.user_id, Role::Official)
        };
        actor.committee_roles = vec![(seeded.committees[committee], CommitteeRole::Chair)];
        actor
    };

    let mut assessment_ids = Vec::new();
    for (org, place, day, method, households, findings, needs) in ASSESSMENTS {
        let input = AssessmentText {
            assessed_on: day.into(),
            method: method.into(),
            households: households.to_string(),
            findings: findings.into(),
            needs: needs.iter().map(|(_, n)| n.to_string()).collect(),
            need_dimensions: needs.iter().map(|(d, _)| d.to_string()).collect(),
        };
        let id = assessments::record(
            db,
            &reps[org],
            seeded.organisations[org],
            seeded.neighbourhoods[place],
            input,
        )
        .await
        .map_err(|_| DemoError::Invalid("assessment"))?;
        assessment_ids.push((org, place, id));
    }

    let now = now_ms();
    for (template, org, place, status, age_days) in PROPOSALS {
        let (title, dimension, objectives, activities, groups, people, months, budget) =
            TEMPLATES[template];
        let cited = assessment_ids
            .iter()
            .find(|(o, p, _)| *o == org && *p == place)
            .map(|(_, _, id)| *id);
        let place_name = super::data::NEIGHBOURHOODS[place].0;
        let text = ProposalText {
            title: format!("{title} {IN} {place_name}"),
            summary: format!("{objectives} {activities}"),
            dimension: dimension.into(),
            objectives: objectives.into(),
            beneficiaries: people.to_string(),
            groups: groups.iter().map(|g| g.to_string()).collect(),
            activities: activities.into(),
            duration_months: months.to_string(),
            budget_rials: budget.to_string(),
            neighbourhood_ids: vec![seeded.neighbourhoods[place]],
            partner_ids: Vec::new(),
            assessment_id: cited,
        };
        let target = Target::New {
            organisation_id: seeded.organisations[org],
        };
        let id = save(db, &reps[org], target, text, false)
            .await
            .map_err(|_| DemoError::Invalid("proposal"))?;
        let committee = committee_of(dimension);
        for action in path(status) {
            let who = match *action {
                "submit" => reps[org].clone(),
                "approve" | "reject" => official.clone(),
                _ => lead(committee),
            };
            let input = MoveInput {
                action: action.to_string(),
                reason: reason(action).into(),
                committee_id: None,
            };
            move_proposal(db, &who, id, input)
                .await
                .map_err(|_| DemoError::Invalid("proposal move"))?;
        }
        spread(db, id, now - age_days * DAY_MS, now).await?;
    }
    Ok(())
}

/// Spreads a proposal's history from `start` to a few days before `now`.
async fn spread(db: &Db, id: i64, start: i64, now: i64) -> Result<(), DemoError> {
    let moves = proposal_moves::ids_of(db.read(), id).await?;
    let span = (now - start).max(DAY_MS);
    let gap = span / (moves.len() as i64 + 1);
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let mut last = start;
    let mut submitted = None;
    for (j, move_id) in moves.iter().enumerate() {
        last = start + gap * (j as i64 + 1);
        submitted.get_or_insert(last);
        proposal_moves::set_time(&mut tx, *move_id, last).await?;
    }
    proposals::set_times(&mut tx, id, start, last, submitted).await?;
    tx.commit().await.map_err(DbError::from)?;
    Ok(())
}
