//! The fixed vocabularies of the directory. Each is stored as its code (lower-case text) and
//! shown through the locale files; `parse` refuses anything else.
use serde::{Deserialize, Serialize};

macro_rules! codes {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(value: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == value)
            }
        }
    };
}
pub(crate) use codes;

codes!(
    /// The dimension of empowerment a committee, organisation or need belongs to.
    Dimension { Social => "social", Economic => "economic", Physical => "physical", Environmental => "environmental", Other => "other" }
);
codes!(
    OrgKind { Ngo => "ngo", Agency => "agency", Facilitation => "facilitation", Other => "other" }
);
codes!(
    /// An organisation is `pending` until an official verifies or rejects it.
    OrgStatus { Pending => "pending", Verified => "verified", Rejected => "rejected" }
);
codes!(
    CommitteeStatus { Active => "active", Dissolved => "dissolved" }
);
codes!(
    WorkingGroupKind { Thematic => "thematic", Regional => "regional" }
);
codes!(
    CapacityKind { Staff => "staff", Volunteers => "volunteers", Vehicle => "vehicle", Space => "space", Equipment => "equipment", Expertise => "expertise", Funds => "funds", Other => "other" }
);

/// Dimensions stored together as `social,economic`; unknown codes are dropped.
pub fn parse_dimensions(stored: &str) -> Vec<Dimension> {
    let mut list: Vec<Dimension> = stored.split(',').filter_map(Dimension::parse).collect();
    list.sort();
    list.dedup();
    list
}

pub fn join_dimensions(list: &[Dimension]) -> String {
    let mut codes: Vec<&str> = list.iter().map(|d| d.as_str()).collect();
    codes.sort();
    codes.dedup();
    codes.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for d in Dimension::ALL {
            assert_eq!(Dimension::parse(d.as_str()), Some(*d));
        }
        for k in CapacityKind::ALL {
            assert_eq!(CapacityKind::parse(k.as_str()), Some(*k));
        }
        assert_eq!(OrgKind::parse("NGO"), None);
        assert_eq!(OrgStatus::parse(""), None);
    }

    #[test]
    fn dimension_lists_are_clean() {
        assert_eq!(
            parse_dimensions("social,bogus,economic,social"),
            vec![Dimension::Social, Dimension::Economic]
        );
        assert_eq!(
            join_dimensions(&[Dimension::Social, Dimension::Physical, Dimension::Social]),
            "physical,social"
        );
        assert_eq!(parse_dimensions(""), vec![]);
    }
}
