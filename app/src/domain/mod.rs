//! Domain rules: plain functions with no UI and no SQL, compiled into both the server and the WASM.
pub mod assessment_rules;
pub mod board_rules;
pub mod codes;
pub mod digits;
pub mod directory_rules;
pub mod jalali;
pub mod mentions;
pub mod money;
pub mod normalize;
pub mod notices;
pub mod permissions;
pub mod project_rules;
pub mod proposal_flow;
pub mod proposal_rules;
pub mod roles;
pub mod stats;
pub mod validation;
