//! The time the server's operations see: the wall clock, unless a task runs them "as of" an
//! earlier moment. The demo loader uses that to replay months of volunteering through the real
//! operations (their validation, audit, notifications and certificates), each at the moment it
//! happened; nothing a request carries can set it.
use std::future::Future;

tokio::task_local! {
    static AS_OF: i64;
}

/// Now, as Unix milliseconds.
pub fn now_ms() -> i64 {
    AS_OF
        .try_with(|at| *at)
        .unwrap_or_else(|_| chrono::Utc::now().timestamp_millis())
}

/// Runs `work` with the clock reading `at` (Unix milliseconds) throughout.
pub async fn as_of<F: Future>(at: i64, work: F) -> F::Output {
    AS_OF.scope(at, work).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_clock_reads_the_wall_time_unless_set_for_a_task() {
        let before = chrono::Utc::now().timestamp_millis();
        assert!(now_ms() >= before);
        let past = before - 90 * 24 * 3600 * 1000;
        assert_eq!(as_of(past, async { now_ms() }).await, past);
        assert_eq!(as_of(past, async { crate::server::today_iso() }).await, {
            let tehran =
                chrono::FixedOffset::east_opt(crate::domain::jalali::IRAN_OFFSET_SECONDS).unwrap();
            chrono::DateTime::from_timestamp_millis(past)
                .unwrap()
                .with_timezone(&tehran)
                .format("%Y-%m-%d")
                .to_string()
        });
        // Outside the scope the wall clock is back.
        assert!(now_ms() >= before);
    }
}
