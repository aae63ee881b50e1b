//! The one question every server function asks: may this caller do this action on this object?
//! The UI asks it too, only to hide what the server would refuse anyway.

use super::roles::{CommitteeRole, Role};
use serde::{Deserialize, Serialize};

/// Who is calling: their account, global role and the roles they hold per committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user_id: i64,
    pub role: Role,
    pub committee_roles: Vec<(i64, CommitteeRole)>,
    /// The organisations this account represents.
    pub organisations: Vec<i64>,
    /// Those of them whose representatives this account manages (their first representative).
    pub managed_organisations: Vec<i64>,
}

impl Actor {
    pub fn new(user_id: i64, role: Role) -> Self {
        Self {
            user_id,
            role,
            committee_roles: Vec::new(),
            organisations: Vec::new(),
            managed_organisations: Vec::new(),
        }
    }
    pub fn is_staff(&self) -> bool {
        matches!(self.role, Role::Admin | Role::Official)
    }
    pub fn committee_role(&self, committee_id: i64) -> Option<CommitteeRole> {
        self.committee_roles
            .iter()
            .find(|(id, _)| *id == committee_id)
            .map(|(_, r)| *r)
    }
}

/// The portal's sections, as they appear in the navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    Committees,
    Organisations,
    Neighbourhoods,
    Projects,
    Proposals,
    Boards,
    Meetings,
    Volunteers,
    Campaigns,
    Dashboard,
    Admin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a section of the portal.
    Open(Section),
    /// List and search accounts.
    ListAccounts,
    /// Change another account's global role.
    ChangeRole,
    /// Disable or re-enable an account.
    DisableAccount,
    /// Change one's own password or profile.
    EditOwnAccount,
    /// See a working-group board of a committee.
    ViewBoard,
    /// Create or edit a committee's working groups.
    EditWorkingGroups,
    /// Create and edit committees, memberships, neighbourhoods; verify organisations.
    ManageDirectory,
    /// See the change history of directory objects, export the directory.
    SeeRecords,
    /// Register a new organisation (becoming its first representative).
    RegisterOrganisation,
    /// Edit an organisation's profile and capacities.
    EditOrganisation,
    /// Add and remove an organisation's representatives.
    ManageRepresentatives,
    /// See an organisation that is not (yet) verified.
    ViewUnverified,
    /// Change (replace, tick, remove) a child object someone wrote: a progress report, its
    /// photo, a checklist item.
    ChangeChild,
}

/// Who wrote a child object: the person, and the organisation they wrote it for (if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authorship {
    pub author_id: Option<i64>,
    pub organisation_id: Option<i64>,
}

/// The object an action is aimed at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Portal,
    Account(i64),
    Committee(i64),
    Organisation(i64),
    Child(Authorship),
}

pub fn may(actor: Option<&Actor>, action: Action, target: Target) -> bool {
    use Action::*;
    let Some(actor) = actor else {
        // Visitors see the public directory, the public list of projects and the invitation
        // to volunteer, nothing else.
        return matches!(
            action,
            Open(
                Section::Committees
                    | Section::Organisations
                    | Section::Neighbourhoods
                    | Section::Projects
                    | Section::Volunteers
                    | Section::Campaigns
            )
        );
    };
    match (action, target) {
        (Open(Section::Dashboard), _) => actor.is_staff(),
        (Open(Section::Admin), _) | (ListAccounts, _) => actor.role == Role::Admin,
        (Open(_), _) => true,
        // An admin never demotes or disables themselves: the portal must keep one admin.
        (ChangeRole | DisableAccount, Target::Account(id)) => {
            actor.role == Role::Admin && id != actor.user_id
        }
        (EditOwnAccount, Target::Account(id)) => id == actor.user_id,
        (ViewBoard, Target::Committee(id)) => {
            actor.is_staff() || actor.committee_role(id).is_some()
        }
        (EditWorkingGroups, Target::Committee(id)) => {
            actor.is_staff()
                || matches!(
                    actor.committee_role(id),
                    Some(CommitteeRole::Chair | CommitteeRole::Secretary)
                )
        }
        (ManageDirectory | SeeRecords, _) => actor.is_staff(),
        (RegisterOrganisation, _) => true,
        (EditOrganisation | ViewUnverified, Target::Organisation(id)) => {
            actor.is_staff() || actor.organisations.contains(&id)
        }
        (ManageRepresentatives, Target::Organisation(id)) => {
            actor.role == Role::Admin || actor.managed_organisations.contains(&id)
        }
        // Its author's organisation, or (written for none) its author; and officials. A
        // partner of a project never replaces the lead's report or photo.
        (ChangeChild, Target::Child(by)) => {
            actor.is_staff()
                || match by.organisation_id {
                    Some(org) => actor.organisations.contains(&org),
                    None => by.author_id == Some(actor.user_id),
                }
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn actor(id: i64, role: Role, committees: &[(i64, CommitteeRole)]) -> Actor {
        Actor {
            user_id: id,
            role,
            committee_roles: committees.to_vec(),
            // "member" (4) is organisation 20's first representative; "chair" (3) another.
            organisations: if id == 3 || id == 4 { vec![20] } else { vec![] },
            managed_organisations: if id == 4 { vec![20] } else { vec![] },
        }
    }

    #[test]
    fn permission_table() {
        let admin = actor(1, Role::Admin, &[]);
        let official = actor(2, Role::Official, &[]);
        let chair = actor(3, Role::Member, &[(10, CommitteeRole::Chair)]);
        let member = actor(
            4,
            Role::Member,
            &[(10, CommitteeRole::Member), (11, CommitteeRole::Observer)],
        );
        let outsider = actor(5, Role::Member, &[]);
        let who: [(&str, Option<&Actor>); 6] = [
            ("visitor", None),
            ("admin", Some(&admin)),
            ("official", Some(&official)),
            ("chair", Some(&chair)),
            ("member", Some(&member)),
            ("outsider", Some(&outsider)),
        ];
        // action, target, expected for: visitor, admin, official, chair, member, outsider
        let table: &[(Action, Target, [bool; 6])] = &[
            (
                Open(Section::Committees),
                Target::Portal,
                [true, true, true, true, true, true],
            ),
            (
                Open(Section::Projects),
                Target::Portal,
                [true, true, true, true, true, true],
            ),
            (
                Open(Section::Proposals),
                Target::Portal,
                [false, true, true, true, true, true],
            ),
            (
                Open(Section::Boards),
                Target::Portal,
                [false, true, true, true, true, true],
            ),
            (
                Open(Section::Meetings),
                Target::Portal,
                [false, true, true, true, true, true],
            ),
            (
                Open(Section::Volunteers),
                Target::Portal,
                [true, true, true, true, true, true],
            ),
            (
                Open(Section::Campaigns),
                Target::Portal,
                [true, true, true, true, true, true],
            ),
            (
                Open(Section::Dashboard),
                Target::Portal,
                [false, true, true, false, false, false],
            ),
            (
                Open(Section::Admin),
                Target::Portal,
                [false, true, false, false, false, false],
            ),
            (
                ListAccounts,
                Target::Portal,
                [false, true, false, false, false, false],
            ),
            (
                ChangeRole,
                Target::Account(4),
                [false, true, false, false, false, false],
            ),
            (
                ChangeRole,
                Target::Account(1),
                [false, false, false, false, false, false],
            ),
            (
                DisableAccount,
                Target::Account(2),
                [false, true, false, false, false, false],
            ),
            (
                DisableAccount,
                Target::Account(1),
                [false, false, false, false, false, false],
            ),
            (
                EditOwnAccount,
                Target::Account(4),
                [false, false, false, false, true, false],
            ),
            (
                ViewBoard,
                Target::Committee(10),
                [false, true, true, true, true, false],
            ),
            (
                ViewBoard,
                Target::Committee(11),
                [false, true, true, false, true, false],
            ),
            (
                ViewBoard,
                Target::Committee(12),
                [false, true, true, false, false, false],
            ),
            (
                EditWorkingGroups,
                Target::Committee(10),
                [false, true, true, true, false, false],
            ),
            (
                EditWorkingGroups,
                Target::Committee(11),
                [false, true, true, false, false, false],
            ),
            (
                ListAccounts,
                Target::Account(4),
                [false, true, false, false, false, false],
            ),
            (
                EditOwnAccount,
                Target::Portal,
                [false, false, false, false, false, false],
            ),
            (
                ManageDirectory,
                Target::Portal,
                [false, true, true, false, false, false],
            ),
            (
                SeeRecords,
                Target::Committee(10),
                [false, true, true, false, false, false],
            ),
            (
                RegisterOrganisation,
                Target::Portal,
                [false, true, true, true, true, true],
            ),
            // Actors "chair" and "member" represent organisation 20; "member" manages it.
            (
                EditOrganisation,
                Target::Organisation(20),
                [false, true, true, true, true, false],
            ),
            (
                ManageRepresentatives,
                Target::Organisation(20),
                [false, true, false, false, true, false],
            ),
            (
                ManageRepresentatives,
                Target::Organisation(21),
                [false, true, false, false, false, false],
            ),
            (
                EditOrganisation,
                Target::Organisation(21),
                [false, true, true, false, false, false],
            ),
            (
                ViewUnverified,
                Target::Organisation(20),
                [false, true, true, true, true, false],
            ),
            // Written by the chair for organisation 20, which the member represents too.
            (
                ChangeChild,
                Target::Child(Authorship {
                    author_id: Some(3),
                    organisation_id: Some(20),
                }),
                [false, true, true, true, true, false],
            ),
            // Written for another organisation (a lead agency's report, seen by a partner).
            (
                ChangeChild,
                Target::Child(Authorship {
                    author_id: Some(3),
                    organisation_id: Some(21),
                }),
                [false, true, true, false, false, false],
            ),
            // Written by the chair in person.
            (
                ChangeChild,
                Target::Child(Authorship {
                    author_id: Some(3),
                    organisation_id: None,
                }),
                [false, true, true, true, false, false],
            ),
        ];
        for (action, target, expected) in table {
            for ((name, caller), want) in who.iter().zip(expected) {
                assert_eq!(
                    may(*caller, *action, *target),
                    *want,
                    "{name} {action:?} {target:?}"
                );
            }
        }
    }
}
