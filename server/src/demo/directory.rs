//! Loads the fictional province of `data.rs`: neighbourhoods, organisations with capacities,
//! experts, committees with their seats, working groups, and the demo accounts' places in them.
use super::data::*;
use super::DemoError;
use app::domain::codes::OrgStatus;
use app::domain::normalize::fold_for_search;
use app::domain::permissions::Actor;
use app::domain::roles::Role;
use app::server::db::{
    capacities, neighbourhoods, organisations as org_store, people, users, Db, DbError,
};
use app::server::directory::committees::{self, CommitteeInput};
use app::server::directory::memberships::{self, MembershipInput};
use app::server::directory::organisations::{self, OrganisationInput};
use app::server::directory::working_group_forms::{self as working_groups, WorkingGroupInput};
use app::server::now_ms;

/// The ids the later parts of the demo set refer to, in the order of `data.rs`.
pub struct Seeded {
    pub organisations: Vec<i64>,
    pub neighbourhoods: Vec<i64>,
    pub committees: Vec<i64>,
}

pub async fn seed(db: &Db) -> Result<Seeded, DemoError> {
    let admin = users::find_by_username(db.read(), "admin")
        .await?
        .ok_or(DemoError::Invalid("admin"))?;
    let actor = Actor::new(admin.id, Role::Admin);
    let now = now_ms();

    let mut organisation_ids = Vec::new();
    for (i, (kind, name, reg, dims, _, description)) in ORGANISATIONS.iter().enumerate() {
        let input = OrganisationInput {
            kind: kind.to_string(),
            name: name.to_string(),
            registration_no: reg.to_string(),
            dimensions: dims.split(',').map(str::to_string).collect(),
            phone: format!("۰۲۶-۳۴{:06}", 120_000 + i * 37),
            email: format!("info{i}@example.org"),
            description: description.to_string(),
            ..Default::default()
        };
        let status = if i == ORGANISATIONS.len() - 1 {
            OrgStatus::Pending
        } else {
            OrgStatus::Verified
        };
        let id = organisations::create(db, None, input, status)
            .await
            .map_err(|_| DemoError::Invalid(name))?;
        organisation_ids.push(id);
    }

    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    let mut neighbourhood_ids = Vec::new();
    for (i, (name, city, county, pop, hh, area, lat, lon, problems)) in
        NEIGHBOURHOODS.iter().enumerate()
    {
        let id = neighbourhoods::insert(
            &mut tx,
            neighbourhoods::NewNeighbourhood {
                name,
                city,
                county,
                district: "",
                population: Some(*pop),
                households: Some(*hh),
                area_hectares: Some(*area),
                latitude: Some(*lat),
                longitude: Some(*lon),
                facilitation_office_id: Some(organisation_ids[FACILITATION_OFFICE_OF[i]]),
                problems: *problems,
                search_text: &fold_for_search(&format!("{name} {city} {county}")),
                now,
            },
        )
        .await?;
        neighbourhood_ids.push(id);
    }
    for (i, org) in ORGANISATIONS.iter().enumerate() {
        for n in org.4 {
            org_store::add_neighbourhood(&mut tx, organisation_ids[i], neighbourhood_ids[*n])
                .await?;
        }
    }
    for (org, kind, quantity, unit, description, places) in CAPACITIES {
        let id = capacities::insert(
            &mut tx,
            capacities::NewCapacity {
                organisation_id: organisation_ids[org],
                kind,
                quantity,
                unit,
                description,
                available_from: Some("2024-03-20"),
                available_until: None,
                now,
            },
        )
        .await?;
        for n in places {
            capacities::add_neighbourhood(&mut tx, id, neighbourhood_ids[*n]).await?;
        }
    }
    let mut expert_ids = Vec::new();
    for (i, (name, expertise, org, affiliation)) in EXPERTS.iter().enumerate() {
        let id = people::insert(
            &mut tx,
            people::NewPerson {
                user_id: None,
                name,
                organisation_id: org.map(|o| organisation_ids[o]),
                affiliation,
                expertise,
                phone: &format!("۰۹۱۲{:07}", 3_400_000 + i * 4_111),
                email: &format!("expert{i}@example.org"),
                search_text: &fold_for_search(&format!("{name} {expertise}")),
                now,
            },
        )
        .await?;
        expert_ids.push(id);
    }
    let mut account_people = Vec::new();
    for username in ["chair", "member", "ngo", "agency"] {
        let user = users::find_by_username(db.read(), username)
            .await?
            .ok_or(DemoError::Invalid("account"))?;
        let org = REPRESENTATIVES
            .iter()
            .find(|(u, _)| *u == username)
            .map(|(_, o)| organisation_ids[*o]);
        if let Some(org) = org {
            org_store::add_representative(&mut tx, org, user.id, true, now).await?;
        }
        let id = people::insert(
            &mut tx,
            people::NewPerson {
                user_id: Some(user.id),
                name: &user.display_name,
                organisation_id: org,
                affiliation: "",
                expertise: if username == "chair" {
                    "توسعه اجتماعی محله"
                } else {
                    ""
                },
                phone: "۰۹۱۲۰۰۰۰۰۰۰",
                email: user.email.as_deref().unwrap_or_default(),
                search_text: &fold_for_search(&user.display_name),
                now,
            },
        )
        .await?;
        account_people.push((username, id));
    }
    tx.commit().await.map_err(DbError::from)?;

    let mut committee_ids = Vec::new();
    for (name, dimension, mandate) in COMMITTEES {
        let input = CommitteeInput {
            name: name.into(),
            dimension: dimension.into(),
            mandate: mandate.into(),
        };
        committee_ids.push(
            committees::create(db, &actor, input)
                .await
                .map_err(|_| DemoError::Invalid(name))?,
        );
    }
    let mut seat_ids = Vec::new();
    for (committee, seat, role, since, until) in SEATS {
        let (organisation_id, person_id) = match seat {
            Seat::Org(i) => (Some(organisation_ids[i]), None),
            Seat::Expert(i) => (None, Some(expert_ids[i])),
            Seat::Account(name) => (
                None,
                account_people
                    .iter()
                    .find(|(u, _)| *u == name)
                    .map(|(_, id)| *id),
            ),
        };
        let input = MembershipInput {
            committee_id: committee_ids[committee],
            organisation_id,
            person_id,
            role: role.into(),
            since: since.into(),
            until: until.into(),
        };
        let id = memberships::add_membership(db, &actor, input)
            .await
            .map_err(|_| DemoError::Invalid("seat"))?;
        seat_ids.push((committee, id, until.is_empty()));
    }
    for (committee, name, kind, description, places) in WORKING_GROUPS {
        // Every other current member of the committee joins the group.
        let members = seat_ids
            .iter()
            .filter(|(c, _, current)| *c == committee && *current)
            .map(|(_, id, _)| *id)
            .step_by(2)
            .collect();
        let input = WorkingGroupInput {
            committee_id: committee_ids[committee],
            name: name.into(),
            kind: kind.into(),
            description: description.into(),
            neighbourhood_ids: places.iter().map(|n| neighbourhood_ids[*n]).collect(),
            membership_ids: members,
        };
        working_groups::create(db, &actor, input)
            .await
            .map_err(|_| DemoError::Invalid(name))?;
    }
    Ok(Seeded {
        organisations: organisation_ids,
        neighbourhoods: neighbourhood_ids,
        committees: committee_ids,
    })
}
