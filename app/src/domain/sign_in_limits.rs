//! How failed sign-ins slow guessing down without locking the owner out. Three counts over
//! the recent window decide:
//! - one client address trying many accounts: refused after `per_client` failures;
//! - one client trying one account: refused after `per_pair` failures;
//! - many clients trying one account: nobody is refused for it (that would let anyone lock an
//!   official out on the morning of a meeting); instead every answer about that account comes
//!   later and later, so guessing from many addresses gets slow while the owner, from any
//!   address, still gets in.
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub per_pair: i64,
    pub per_client: i64,
    pub window_ms: i64,
}

/// Failures within the window, each with its oldest time (Unix ms).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Failures {
    pub pair: i64,
    pub pair_oldest: Option<i64>,
    pub client: i64,
    pub client_oldest: Option<i64>,
    pub account: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Check the password, answering no sooner than after `delay`.
    Try { delay: Duration },
    /// Refuse without checking; the caller may try again after this many seconds.
    Wait { seconds: u32 },
}

/// The longest an answer is held back.
pub const MAX_DELAY: Duration = Duration::from_secs(10);

/// Half a second after as many failures on the account as one client may make, doubling with
/// each further failure, at most [`MAX_DELAY`].
pub fn account_delay(account_failures: i64, per_pair: i64) -> Duration {
    let beyond = account_failures - per_pair;
    if beyond < 0 {
        return Duration::ZERO;
    }
    let millis = 500u64.saturating_mul(1u64 << beyond.min(16));
    Duration::from_millis(millis).min(MAX_DELAY)
}

pub fn verdict(failures: Failures, limits: Limits, now: i64) -> Verdict {
    let wait_from = |oldest: Option<i64>| {
        let free_at = oldest.unwrap_or(now) + limits.window_ms;
        let seconds = ((free_at - now).max(0) + 999) / 1000;
        Verdict::Wait {
            seconds: seconds.clamp(1, u32::MAX as i64) as u32,
        }
    };
    if failures.client >= limits.per_client {
        return wait_from(failures.client_oldest);
    }
    if failures.pair >= limits.per_pair {
        return wait_from(failures.pair_oldest);
    }
    Verdict::Try {
        delay: account_delay(failures.account, limits.per_pair),
    }
}

/// Whole minutes to tell a person, at least one.
pub fn minutes(seconds: u32) -> u32 {
    seconds.div_ceil(60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        per_pair: 5,
        per_client: 20,
        window_ms: 15 * 60_000,
    };
    const NOW: i64 = 1_000_000_000;

    #[test]
    fn a_fresh_account_is_checked_at_once() {
        assert_eq!(
            verdict(Failures::default(), LIMITS, NOW),
            Verdict::Try {
                delay: Duration::ZERO
            }
        );
    }

    #[test]
    fn one_client_many_accounts_is_refused() {
        let failures = Failures {
            client: 20,
            client_oldest: Some(NOW - 60_000),
            ..Default::default()
        };
        assert_eq!(
            verdict(failures, LIMITS, NOW),
            Verdict::Wait { seconds: 14 * 60 }
        );
    }

    #[test]
    fn one_client_one_account_is_refused() {
        let failures = Failures {
            pair: 5,
            pair_oldest: Some(NOW - 14 * 60_000 - 59_500),
            client: 5,
            account: 5,
            ..Default::default()
        };
        assert_eq!(verdict(failures, LIMITS, NOW), Verdict::Wait { seconds: 1 });
    }

    #[test]
    fn many_clients_one_account_slow_down_but_never_lock_out() {
        // The owner comes from a clean address while others have failed hundreds of times.
        let failures = Failures {
            account: 500,
            ..Default::default()
        };
        assert_eq!(
            verdict(failures, LIMITS, NOW),
            Verdict::Try { delay: MAX_DELAY }
        );
        assert_eq!(account_delay(4, 5), Duration::ZERO);
        assert_eq!(account_delay(5, 5), Duration::from_millis(500));
        assert_eq!(account_delay(6, 5), Duration::from_secs(1));
        assert_eq!(account_delay(8, 5), Duration::from_secs(4));
        assert_eq!(account_delay(i64::MAX, 5), MAX_DELAY);
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes(1), 1);
        assert_eq!(minutes(60), 1);
        assert_eq!(minutes(61), 2);
    }
}
