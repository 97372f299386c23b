//! Retry policy: exponential backoff with full jitter, bounded waits, `Retry-After`.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use futures::future::BoxFuture;
use reqwest::header::HeaderMap;

/// Something that waits. Tests inject one that records instead of sleeping.
pub trait Sleeper: Send + Sync {
    /// Wait for `d`.
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()>;
}

/// Waits with `tokio::time::sleep`.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(d))
    }
}

/// When and how long to retry.
///
/// Only idempotent operations are retried after an answer or a broken connection; a request that
/// provably never left the machine (connect error) or that the provider refused unprocessed
/// (throttling) may be retried whatever its method. Every attempt is signed afresh.
#[derive(Clone)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 disables retries).
    pub max_attempts: u32,
    /// First backoff ceiling; doubles each attempt.
    pub base_delay: Duration,
    /// Ceiling of one computed backoff.
    pub max_delay: Duration,
    /// Longest wait deploykit accepts when the provider asks for one (`Retry-After`, rate-limit
    /// reset). A longer demand ends the call with `ErrorKind::RateLimited` instead of sleeping.
    pub max_wait: Duration,
    /// Longest time one call spends waiting between its attempts, all waits together. When the
    /// next wait would go past it, the call ends with the error it has.
    pub max_total_wait: Duration,
    sleeper: Arc<dyn Sleeper>,
    rng: Arc<Mutex<fastrand::Rng>>,
}

impl fmt::Debug for RetryPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryPolicy")
            .field("max_attempts", &self.max_attempts)
            .field("base_delay", &self.base_delay)
            .field("max_delay", &self.max_delay)
            .field("max_wait", &self.max_wait)
            .field("max_total_wait", &self.max_total_wait)
            .finish()
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(20),
            max_wait: Duration::from_secs(120),
            max_total_wait: Duration::from_secs(120),
            sleeper: Arc::new(TokioSleeper),
            rng: Arc::new(Mutex::new(fastrand::Rng::new())),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Set the number of attempts (at least 1).
    pub fn with_max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Set the backoff base and ceiling.
    pub fn with_delays(mut self, base: Duration, max: Duration) -> Self {
        self.base_delay = base;
        self.max_delay = max.max(base);
        self
    }

    /// Set the longest provider-requested wait that is honoured.
    pub fn with_max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = max_wait;
        self
    }

    /// Set the longest time one call may spend waiting between attempts, all waits together.
    pub fn with_max_total_wait(mut self, budget: Duration) -> Self {
        self.max_total_wait = budget;
        self
    }

    /// Use another sleeper (tests: a recording one).
    pub fn with_sleeper(mut self, sleeper: Arc<dyn Sleeper>) -> Self {
        self.sleeper = sleeper;
        self
    }

    /// Seed the jitter, for reproducible runs.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.rng = Arc::new(Mutex::new(fastrand::Rng::with_seed(seed)));
        self
    }

    /// Full-jitter backoff after failed attempt number `attempt` (1-based): uniform in
    /// `[0, min(max_delay, base * 2^(attempt-1))]`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = attempt.saturating_sub(1).min(30);
        let ceiling = self
            .base_delay
            .checked_mul(1u32 << exp)
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        let nanos = ceiling.as_nanos().min(u128::from(u64::MAX)) as u64;
        let pick = match self.rng.lock() {
            Ok(mut rng) => rng.u64(0..=nanos),
            Err(_) => nanos / 2,
        };
        Duration::from_nanos(pick)
    }

    /// Wait `d` with the configured sleeper.
    pub async fn sleep(&self, d: Duration) {
        self.sleeper.sleep(d).await;
    }
}

/// `Retry-After` as seconds or an HTTP date, or Alibaba's `x-acs-retry-after` (milliseconds).
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    if let Some(v) = headers.get("retry-after").and_then(|v| v.to_str().ok()) {
        let v = v.trim();
        if let Ok(secs) = v.parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        if let Ok(t) = httpdate::parse_http_date(v) {
            return Some(t.duration_since(now).unwrap_or_default());
        }
    }
    headers
        .get("x-acs-retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_millis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_is_bounded_by_the_exponential_ceiling() {
        let p = RetryPolicy::default()
            .with_delays(Duration::from_millis(100), Duration::from_secs(1))
            .with_seed(7);
        for attempt in 1..10u32 {
            let ceiling =
                Duration::from_millis(100 * (1u64 << (attempt - 1))).min(Duration::from_secs(1));
            for _ in 0..50 {
                assert!(p.backoff(attempt) <= ceiling);
            }
        }
        // Full jitter spreads the waits: not all the same.
        let waits: std::collections::BTreeSet<_> = (0..20).map(|_| p.backoff(5)).collect();
        assert!(waits.len() > 10);
    }

    #[test]
    fn retry_after_reads_seconds_dates_and_acs_milliseconds() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        h.insert("retry-after", HeaderValue::from_str(&later).unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(30)));
        let mut h = HeaderMap::new();
        h.insert("x-acs-retry-after", HeaderValue::from_static("1500"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_millis(1500)));
    }
}
