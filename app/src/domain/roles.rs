//! Roles: a global role per account; per-committee roles arrive with the directory.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Admin,
    Official,
    Member,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Official, Role::Member];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Official => "official",
            Role::Member => "member",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// A role held on one committee. Ordered from the most to the least responsibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CommitteeRole {
    Chair,
    Secretary,
    Member,
    Observer,
}

impl CommitteeRole {
    pub const ALL: [CommitteeRole; 4] = [
        CommitteeRole::Chair,
        CommitteeRole::Secretary,
        CommitteeRole::Member,
        CommitteeRole::Observer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CommitteeRole::Chair => "chair",
            CommitteeRole::Secretary => "secretary",
            CommitteeRole::Member => "member",
            CommitteeRole::Observer => "observer",
        }
    }

    pub fn parse(value: &str) -> Option<CommitteeRole> {
        CommitteeRole::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// Only one person or organisation holds this role on a committee at a time.
    pub fn is_single_seat(self) -> bool {
        matches!(self, CommitteeRole::Chair | CommitteeRole::Secretary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
        assert_eq!(Role::parse("Admin"), None);
    }
}
