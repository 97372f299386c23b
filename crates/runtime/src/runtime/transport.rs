//! The inner value of every generated client: the provider's signing and error rules plus the
//! retry policy, clock and nonce source that the hooks use.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::OperationMeta;
use super::error::{Error, ErrorFields};
use super::retry::{RetryPolicy, retry_after};

/// Time and nonce of one attempt: what a pure signer needs besides the request and credentials.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptContext {
    /// 1-based attempt number.
    pub attempt: u32,
    /// The time to sign with (the transport's clock; providers may add a measured skew).
    pub now: SystemTime,
    /// A fresh random nonce for this attempt; empty for a provider that signs without one
    /// ([`Provider::uses_nonce`]).
    pub nonce: String,
    /// The marker of a query parameter, for a provider that applies it as it rewrites the query
    /// ([`Provider::applies_query_marker`]); `None` for the others.
    pub query_marker: Option<super::marker::QueryMarker>,
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

/// How the query parameters of a generated call are written into its URL
/// ([`Provider::query_style`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// Form encoding (space as `+`), in the spec's order, after the pairs the path already has:
    /// what `reqwest::RequestBuilder::query` writes.
    Form,
    /// The canonical form of signatures that sign the query as sent: RFC 3986 encoding (the
    /// unreserved `A-Za-z0-9-_.~` kept, every other UTF-8 byte as uppercase `%XX`, space as
    /// `%20`), pairs sorted by encoded key, then encoded value. The path's own pairs whose name
    /// `headers` lists leave the query for that header (Alibaba's `Action` and `Version`), so a
    /// provider whose signature needs exactly this query can sign the URL's query as it is.
    Canonical {
        /// Pair name, and the header its value goes to.
        headers: &'static [(&'static str, reqwest::header::HeaderName)],
    },
}

/// What is special about one provider: how a request is authenticated, how its answers are read
/// and what its error bodies say. Everything else (transport, retries, errors, tracing) is shared.
///
/// Every hook that can fail returns the [`Error`] it was born as; the runtime hands it to the
/// caller unchanged (adding the provider and operation names when they are missing).
#[async_trait]
pub trait Provider: Send + Sync + fmt::Debug + 'static {
    /// Short name used in errors and traces (`github`, `ncloud`, `alibaba`, `nhn`).
    fn name(&self) -> &'static str;

    /// Runs once per call before the first attempt: resolve credentials, obtain a token. An error
    /// here ends the call before any request of it is sent.
    async fn prepare(&self) -> Result<(), Error> {
        Ok(())
    }

    /// Whether [`Provider::prepare`] may have work to do for the next call. When it surely has
    /// none (credentials given once and for all), the runtime skips it, and with it the boxed
    /// future every call of an async trait method allocates. Default: `true` (always prepare).
    fn needs_prepare(&self) -> bool {
        true
    }

    /// Authenticate one attempt: add headers (and rewrite the URL if the scheme needs a canonical
    /// form). Must be deterministic given `ctx`. An error ends the call: a request is never sent
    /// unsigned.
    fn sign(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<(), Error>;

    /// Whether [`Provider::sign`] rewrites the whole query and applies the marker of a query
    /// parameter itself, from [`AttemptContext::query_marker`]: the runtime then leaves the URL
    /// alone, so the query is parsed once per attempt, not once more for the marker. Default:
    /// `false` (the runtime writes the marker into the URL).
    fn applies_query_marker(&self) -> bool {
        false
    }

    /// How generated calls write their query parameters into the URL. Default:
    /// [`QueryStyle::Form`].
    fn query_style(&self) -> QueryStyle {
        QueryStyle::Form
    }

    /// Whether [`Provider::sign`] reads [`AttemptContext::nonce`]. When it does not, the runtime
    /// hands it an empty nonce instead of drawing a fresh one for every attempt. Default: `true`.
    fn uses_nonce(&self) -> bool {
        true
    }

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

    /// Whether [`Provider::recover`] can ever return `true`. When it cannot, and the retry policy
    /// allows one attempt, the runtime keeps no copy of a request for a repeat. Default: `true`
    /// (a provider that overrides `recover` need not say more).
    fn may_recover(&self) -> bool {
        true
    }

    /// Classify an error answer. The default: 429 is throttling (honouring `Retry-After`); 408,
    /// 500, 502, 503 and 504 are transient; the rest is final.
    fn classify(&self, answer: &ResponseSnapshot) -> Disposition {
        default_classify(answer)
    }

    /// The request id of an answer (the provider's header, or its body).
    fn request_id(&self, headers: &HeaderMap, body: &[u8]) -> Option<String>;

    /// What an error answer's body says: code, message, details, advice. Bodies that are not the
    /// provider's error shape (an HTML page from a proxy …) give empty fields; the runtime then
    /// describes the answer itself.
    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields;

    /// Whether a `2xx` answer is a failure all the same (NHN's `isSuccessful: false`); checked
    /// before the answer is decoded, and then explained by [`Provider::error_fields`].
    fn failed_success(&self, _answer: &ResponseSnapshot) -> bool {
        false
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
/// Where a transport in dry-run mode hands the signed requests it does not send.
pub type DryRunSink = Arc<dyn Fn(&reqwest::Request) + Send + Sync>;

/// Shared runtime state of a generated client (progenitor's "inner" value): the provider's rules,
/// the spec's operation table, the retry policy, the clock and nonce source, and an optional
/// dry-run sink.
#[derive(Clone)]
pub struct Transport {
    pub(crate) provider: Arc<dyn Provider>,
    pub(crate) operations: &'static [OperationMeta],
    pub(crate) retry: RetryPolicy,
    clock: Clock,
    nonce: Nonce,
    dry_run: Option<DryRunSink>,
    pub(crate) limits: Limits,
    pub(crate) activity: Option<Arc<Activity>>,
    /// The client for transfers (an idle timeout instead of a deadline); the call's client
    /// otherwise.
    pub(crate) transfer_http: Option<reqwest::Client>,
    pub(crate) markers: bool,
    /// The client's base URL, parsed at the first call.
    base: Arc<std::sync::OnceLock<BaseUrl>>,
}

/// Which non-idempotent requests are on the wire, for a program that may be interrupted (the
/// command's Ctrl-C handling): a request of such an operation counts from the moment it is handed
/// to the HTTP client until its answer (or error) arrives. A call dropped in between (its task
/// cancelled) is recorded as cut, its outcome unknown.
#[derive(Debug, Default)]
pub struct Activity {
    cut: std::sync::Mutex<Vec<&'static str>>,
}

impl Activity {
    /// A new, empty record.
    pub fn new() -> Self {
        Self::default()
    }

    /// The operations whose request was sent and whose answer never came because the call was
    /// dropped.
    pub fn cut(&self) -> Vec<&'static str> {
        self.cut.lock().map(|c| c.clone()).unwrap_or_default()
    }

    pub(crate) fn begin(self: &Arc<Self>, operation: &'static str) -> InFlight {
        InFlight {
            activity: Some(self.clone()),
            operation,
        }
    }
}

/// A non-idempotent request on the wire (see [`Activity`]); settled when its answer arrives.
pub(crate) struct InFlight {
    activity: Option<Arc<Activity>>,
    operation: &'static str,
}

impl InFlight {
    pub(crate) fn settle(mut self) {
        self.activity = None;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(a) = self.activity.take()
            && let Ok(mut cut) = a.cut.lock()
        {
            cut.push(self.operation);
        }
    }
}

/// Bounds on one call: how long an attempt may take, how much of an answer is read into memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The longest one attempt of a JSON call may take, the whole answer included (default
    /// 2 min). An operation whose spec sets `x-deploykit-timeout` (seconds) gets that instead;
    /// transfers (binary bodies or answers) have no total deadline, only the HTTP client's idle
    /// timeout.
    pub request_timeout: std::time::Duration,
    /// The largest JSON answer decoded; a larger one is an
    /// [`ErrorKind::InvalidResponse`](super::ErrorKind) error (default 8 MiB).
    pub max_json_body: usize,
    /// How much of an error answer is kept to explain it (default 64 KiB; the rest is not read).
    pub max_error_body: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            request_timeout: std::time::Duration::from_secs(120),
            max_json_body: 8 << 20,
            max_error_body: 64 << 10,
        }
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("provider", &self.provider)
            .field("retry", &self.retry)
            .field("limits", &self.limits)
            .field("dry_run", &self.dry_run.is_some())
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// A transport for `provider` and the operations of its spec (the generated `OPERATIONS`),
    /// with the default retry policy, the system clock and random nonces.
    pub fn new(provider: Arc<dyn Provider>, operations: &'static [OperationMeta]) -> Self {
        Self {
            provider,
            operations,
            retry: RetryPolicy::default(),
            clock: Arc::new(SystemTime::now),
            nonce: Arc::new(random_nonce),
            dry_run: None,
            limits: Limits::default(),
            activity: None,
            transfer_http: None,
            markers: true,
            base: Arc::default(),
        }
    }

    /// Whether deploys carry a correlation marker (default: yes; see [`super::marker`]).
    pub fn with_markers(mut self, on: bool) -> Self {
        self.markers = on;
        self
    }

    /// Send transfers (binary bodies or answers) with this client, one with an idle read
    /// timeout (see [`super::http::transfer_client`]).
    pub fn with_transfer_client(mut self, client: reqwest::Client) -> Self {
        self.transfer_http = Some(client);
        self
    }

    /// Record which non-idempotent requests are on the wire in `activity`.
    pub fn with_activity(mut self, activity: Arc<Activity>) -> Self {
        self.activity = Some(activity);
        self
    }

    /// Replace the size limits of answers read into memory.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The size limits of answers read into memory.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Dry-run mode: every call is signed (offline: no token is fetched) and handed to `sink`
    /// instead of being sent, and ends with an [`ErrorKind::DryRun`](super::ErrorKind) error.
    pub fn with_dry_run(
        mut self,
        sink: impl Fn(&reqwest::Request) + Send + Sync + 'static,
    ) -> Self {
        self.dry_run = Some(Arc::new(sink));
        self
    }

    /// The dry-run sink, when the transport is in dry-run mode.
    pub fn dry_run(&self) -> Option<&DryRunSink> {
        self.dry_run.as_ref()
    }

    /// The operation table of the spec this transport serves.
    pub fn operations(&self) -> &'static [OperationMeta] {
        self.operations
    }

    /// The operation `id` of this transport's spec.
    pub fn operation(&self, id: &str) -> Option<&'static OperationMeta> {
        self.operations.iter().find(|o| o.id == id)
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

    /// `base_url` parsed: once for the base URL of the client, not at every call. (A transport
    /// used with another base URL than its first gets it parsed at each call, and its calls'
    /// URLs parsed whole.)
    pub(crate) fn base(&self, base_url: &str) -> std::borrow::Cow<'_, BaseUrl> {
        let base = self.base.get_or_init(|| BaseUrl::new(base_url, true));
        if base.text == base_url {
            std::borrow::Cow::Borrowed(base)
        } else {
            std::borrow::Cow::Owned(BaseUrl::new(base_url, false))
        }
    }
}

/// A client's base URL (`https://api.github.com`, `https://ghe.example/api/v3`), parsed. No
/// `Debug`: a base URL may carry a password.
#[derive(Clone)]
pub(crate) struct BaseUrl {
    /// As given.
    text: String,
    /// Its path without a trailing `/` (empty for a host alone), as the URL parser normalises it.
    pub(crate) path: String,
    /// The base for a call's URL parsed relative to it, with the text its path starts with, when
    /// that gives the URL parsing the base URL's text and the call's path together gives.
    relative: Option<(url::Url, String)>,
}

impl BaseUrl {
    /// `text` parsed, and made a base for relative parses when `relative` (and that is the same).
    fn new(text: &str, relative: bool) -> Self {
        let parsed = url::Url::parse(text).ok();
        let path = parsed
            .as_ref()
            .map(|u| u.path().trim_end_matches('/').to_string())
            .unwrap_or_default();
        let relative = parsed.filter(|_| relative).and_then(|url| {
            if url.cannot_be_a_base() || url.query().is_some() || url.fragment().is_some() {
                return None;
            }
            // A host alone (`https://h`) is normalised to the path `/`, which the text lacks.
            let prefix = if url.path() == "/" && !text.ends_with('/') {
                String::new()
            } else {
                url.path().to_string()
            };
            // Probes shaped like the paths calls have: if any is parsed differently, every
            // call parses its whole URL.
            let same = ["/p", "/a/b%2Fc/d", "/?Action=A&Version=1", "/p?q=a+b"]
                .iter()
                .all(|probe| {
                    let whole = url::Url::parse(&[text, probe].concat()).ok();
                    let relative = url::Url::options()
                        .base_url(Some(&url))
                        .parse(&[&*prefix, probe].concat())
                        .ok();
                    whole.is_some() && whole == relative
                });
            same.then_some((url, prefix))
        });
        Self {
            text: text.to_string(),
            path,
            relative,
        }
    }

    /// The URL of a call: this base URL's text followed by `pieces`, parsed. The scheme and host
    /// were parsed once, here: only the path and query are (a third to a half of a whole URL's
    /// parse, which runs host names through IDNA).
    pub(crate) fn join(&self, pieces: &[&str]) -> Result<url::Url, url::ParseError> {
        let joined = |first: &str| {
            let len = first.len() + pieces.iter().map(|p| p.len()).sum::<usize>();
            let mut s = String::with_capacity(len);
            s.push_str(first);
            pieces.iter().for_each(|p| s.push_str(p));
            s
        };
        if let Some((base, prefix)) = &self.relative {
            let path = joined(prefix);
            // Only what starts with one `/` is a path of the base's host (a second `/`, or `\`
            // which the parser reads as one, would start a host); tabs and newlines, which the
            // parser drops wherever they are, could make such a start.
            let mut start = path.bytes();
            let path_of_host = start.next() == Some(b'/')
                && !matches!(start.next(), Some(b'/' | b'\\'))
                && !path.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r'));
            if path_of_host {
                return url::Url::options().base_url(Some(base)).parse(&path);
            }
        }
        url::Url::parse(&joined(&self.text))
    }
}

/// 128 random bits as 32 hex digits, from a per-thread generator seeded once from the OS.
///
/// A signature nonce must be unique, not secret (the signature already needs the secret key), so
/// a fast non-cryptographic generator will do; it spares a `getrandom` system call per request.
/// Providers use it for other unique names too (NHN's temporary download files).
pub fn random_nonce() -> String {
    thread_local! {
        static RNG: std::cell::RefCell<fastrand::Rng> = std::cell::RefCell::new(seeded_rng());
    }
    let bits = RNG.with(|r| r.borrow_mut().u128(..));
    // 32 lowercase hex digits, most significant first, written on the stack, then copied once.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut digits = [0u8; 32];
    for (i, digit) in digits.iter_mut().enumerate() {
        *digit = HEX[(bits >> (4 * (31 - i))) as usize & 0xf];
    }
    // Hex digits are ASCII, so this always holds.
    std::str::from_utf8(&digits)
        .map(str::to_owned)
        .unwrap_or_default()
}

/// A generator for this thread, seeded from the operating system's random source through std's
/// hash keys (`RandomState` draws them from it once per thread), mixed with the time and the
/// thread: no second random-source crate is compiled for it. (`fastrand::Rng::new` would seed
/// from the time and thread alone.)
fn seeded_rng() -> fastrand::Rng {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    SystemTime::now().hash(&mut hasher);
    std::thread::current().id().hash(&mut hasher);
    fastrand::Rng::with_seed(hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Base URLs of every shape a client may be given: a host alone (name, address, port, case
    /// to normalise), a path with and without a trailing `/`, escapes, a query, no host.
    const BASES: &[&str] = &[
        "https://api.github.com",
        "http://127.0.0.1:8080",
        "HTTPS://Example.COM:443",
        "https://ghe.example/api/v3",
        "https://ghe.example/api/v3/",
        "https://h/",
        "https://h/a%20b/c d",
        "https://h/x?q=1",
        "https://user:secret@h:8443/p",
        "http://h:99999",
        "mailto:x@y",
        "not a url",
    ];

    fn whole(base: &str, pieces: &[&str]) -> Result<url::Url, url::ParseError> {
        url::Url::parse(&[&[base][..], pieces].concat().concat())
    }

    #[test]
    fn a_call_url_is_the_url_of_the_base_and_path_together() {
        let paths: &[&[&str]] = &[
            &["/repos/", "octo-org", "/", "octo%2Frepo", "/deployments"],
            &["/?Action=DeployApi&Version=2016-07-14"],
            &["/api/v2.1/projects/", "k%20ey", "/artifacts/7"],
            &["/a/", "%ED%95%9C", "/b"],
            &["/a/./b/../c"],
            &["/a\\b"],
            &["/\\", "x"],
            &["/\t/x"],
            &["/p#frag"],
            &["//other.host/p"],
            &["relative"],
            &[""],
        ];
        for base in BASES {
            for relative in [true, false] {
                let parsed = BaseUrl::new(base, relative);
                for pieces in paths {
                    assert_eq!(
                        parsed.join(pieces),
                        whole(base, pieces),
                        "{base} {pieces:?}"
                    );
                }
            }
        }
        // The relative parse serves the usual bases; a host with a trailing `/` (whose `//p`
        // would name a host) and a base with a query are parsed whole at every call.
        for (base, relative) in [
            ("https://api.github.com", true),
            ("https://ghe.example/api/v3", true),
            ("https://ghe.example/api/v3/", true),
            ("http://127.0.0.1:8080", true),
            ("https://h/", false),
            ("https://h/x?q=1", false),
            ("not a url", false),
        ] {
            assert_eq!(
                BaseUrl::new(base, true).relative.is_some(),
                relative,
                "{base}"
            );
            assert!(BaseUrl::new(base, false).relative.is_none());
        }
        assert_eq!(
            BaseUrl::new("https://ghe.example/api/v3/", true).path,
            "/api/v3"
        );
        assert_eq!(BaseUrl::new("https://api.github.com", true).path, "");
    }

    proptest! {
        /// Whatever the pieces (escapes, `/`, `?`, `#`, `\`, dots, spaces, tabs, newlines,
        /// non-ASCII), the URL of a call is the one parsing the base and the pieces together
        /// gives, or the same error.
        #[test]
        fn joining_never_differs_from_parsing_whole(
            base in proptest::sample::select(BASES),
            pieces in proptest::collection::vec("[/a-z0-9.%?#\\\\ \t\n한:@=&+-]{0,12}", 0..5),
        ) {
            let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let parsed = BaseUrl::new(base, true);
            prop_assert_eq!(parsed.join(&pieces), whole(base, &pieces));
        }
    }

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

    #[test]
    fn every_thread_starts_from_its_own_seed() {
        // Threads started at once: the first nonce of each differs (a seed from the time alone
        // could repeat; the seed's OS-drawn hash keys are per thread).
        let firsts: std::collections::HashSet<String> = (0..16)
            .map(|_| std::thread::spawn(random_nonce))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect();
        assert_eq!(firsts.len(), 16);
        let a = seeded_rng().u64(..);
        let b = seeded_rng().u64(..);
        assert_ne!(a, b, "two generators of one thread start apart too");
    }
}
