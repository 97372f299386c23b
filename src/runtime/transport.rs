//! The inner value of every generated client: the provider's signing and error rules plus the
//! retry policy, clock and nonce source that the hooks use.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::error::Error;
use super::retry::{RetryPolicy, retry_after};

/// Time and nonce of one attempt: what a pure signer needs besides the request and credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptContext {
    /// 1-based attempt number.
    pub attempt: u32,
    /// The time to sign with (the transport's clock; providers may add a measured skew).
    pub now: SystemTime,
    /// A fresh random nonce for this attempt.
    pub nonce: String,
}

/// An error answer as the runtime saw it: status, headers and the whole (small) body.
#[derive(Clone, Debug)]
pub struct ResponseSnapshot {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// Response body.
    pub body: Bytes,
    /// Which attempt produced it.
    pub attempt: u32,
    /// The transport clock's time when it arrived.
    pub received_at: SystemTime,
}

impl ResponseSnapshot {
    /// The body parsed as JSON, if it is JSON.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// What to do with an error answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// The provider refused the request without processing it (rate limit, throttling): safe to
    /// repeat whatever the method, after `wait` if given.
    Throttled {
        /// The wait the provider asked for.
        wait: Option<Duration>,
    },
    /// A server-side failure that an idempotent request may repeat.
    Transient,
    /// Final: hand the answer to the caller.
    Final,
}

/// What is special about one provider: how a request is authenticated and how its answers are
/// read. Everything else (transport, retries, errors, tracing) is shared.
#[async_trait]
pub trait Provider: Send + Sync + fmt::Debug + 'static {
    /// Short name used in errors and traces (`github`, `ncloud`, `alibaba`, `nhn`).
    fn name(&self) -> &'static str;

    /// Runs once per call before the first attempt: resolve credentials, obtain a token. An error
    /// here ends the call before any request is sent.
    async fn prepare(&self) -> Result<(), Error> {
        Ok(())
    }

    /// Authenticate one attempt: add headers (and rewrite the URL if the scheme needs a canonical
    /// form). Must be deterministic given `ctx`.
    fn sign(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<(), Error>;

    /// Sign for display (`--dry-run`): like [`Provider::sign`] but with no network access.
    /// Providers whose credentials need a round trip (a token) put a placeholder in instead.
    fn sign_offline(
        &self,
        request: &mut reqwest::Request,
        ctx: &AttemptContext,
    ) -> Result<(), Error> {
        self.sign(request, ctx)
    }

    /// Every answer's headers pass here (e.g. to measure clock skew from `Date`).
    fn observe(&self, _headers: &HeaderMap, _received_at: SystemTime) {}

    /// An error answer the provider layer may be able to fix (stale timestamp, expired token).
    /// Returning `true` repeats the request once, signed again.
    async fn recover(&self, _answer: &ResponseSnapshot) -> bool {
        false
    }

    /// Classify an error answer. The default: 429 is throttling (honouring `Retry-After`); 408,
    /// 500, 502, 503 and 504 are transient; the rest is final.
    fn classify(&self, answer: &ResponseSnapshot) -> Disposition {
        default_classify(answer)
    }

    /// The request id of an answer.
    fn request_id(&self, headers: &HeaderMap, body: &[u8]) -> Option<String> {
        super::error::request_id_from_headers(headers).or_else(|| {
            serde_json::from_slice::<serde_json::Value>(body)
                .ok()?
                .get("RequestId")?
                .as_str()
                .map(str::to_string)
        })
    }
}

/// The default classification (see [`Provider::classify`]).
pub fn default_classify(answer: &ResponseSnapshot) -> Disposition {
    match answer.status.as_u16() {
        429 => Disposition::Throttled {
            wait: retry_after(&answer.headers, answer.received_at),
        },
        408 | 500 | 502 | 503 | 504 => Disposition::Transient,
        _ => Disposition::Final,
    }
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;
type Nonce = Arc<dyn Fn() -> String + Send + Sync>;

/// Shared runtime state of a generated client (progenitor's "inner" value).
#[derive(Clone)]
pub struct Transport {
    pub(crate) provider: Arc<dyn Provider>,
    pub(crate) retry: RetryPolicy,
    clock: Clock,
    nonce: Nonce,
    signing_checked: Arc<std::sync::atomic::AtomicBool>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("provider", &self.provider)
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// A transport for `provider` with the default retry policy, the system clock and random
    /// nonces.
    pub fn new(provider: Arc<dyn Provider>) -> Self {
        Self {
            provider,
            retry: RetryPolicy::default(),
            clock: Arc::new(SystemTime::now),
            nonce: Arc::new(random_nonce),
            signing_checked: Arc::new(std::sync::atomic::AtomicBool::new(false)),
        }
    }

    /// Replace the retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Replace the clock (tests, `--dry-run` golden files).
    pub fn with_clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Replace the nonce source (tests, golden files).
    pub fn with_nonce(mut self, nonce: impl Fn() -> String + Send + Sync + 'static) -> Self {
        self.nonce = Arc::new(nonce);
        self
    }

    /// The provider rules in use.
    pub fn provider(&self) -> &Arc<dyn Provider> {
        &self.provider
    }

    /// The retry policy in use.
    pub fn retry(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The transport clock's current time.
    pub fn now(&self) -> SystemTime {
        (self.clock)()
    }

    /// A fresh nonce.
    pub fn nonce(&self) -> String {
        (self.nonce)()
    }

    /// Whether a request of this transport was signed successfully once (see `hooks::pre`).
    pub(crate) fn signing_checked(&self) -> bool {
        self.signing_checked
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(crate) fn mark_signing_checked(&self) {
        self.signing_checked
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// 128 random bits as 32 hex digits, from a per-thread generator seeded once from the OS.
///
/// A signature nonce must be unique, not secret (the signature already needs the secret key), so
/// a fast non-cryptographic generator will do; it spares a `getrandom` system call per request.
fn random_nonce() -> String {
    thread_local! {
        static RNG: std::cell::RefCell<fastrand::Rng> = std::cell::RefCell::new(seeded_rng());
    }
    let (a, b) = RNG.with(|r| {
        let mut r = r.borrow_mut();
        (r.u64(..), r.u64(..))
    });
    format!("{a:016x}{b:016x}")
}

fn seeded_rng() -> fastrand::Rng {
    let seed = uuid::Uuid::new_v4().as_u64_pair();
    fastrand::Rng::with_seed(seed.0 ^ seed.1.rotate_left(17))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_are_32_hex_digits_and_do_not_repeat() {
        let nonces: std::collections::HashSet<String> =
            (0..10_000).map(|_| random_nonce()).collect();
        assert_eq!(nonces.len(), 10_000);
        assert!(
            nonces
                .iter()
                .all(|n| n.len() == 32 && n.chars().all(|c| c.is_ascii_hexdigit()))
        );
    }
}
