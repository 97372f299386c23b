//! NCP's rules ([`runtime::Provider`]): signature v2 on every attempt, clock-skew tracking from `Date`
//! headers, one re-signed retry after a timestamp failure, and the classification of answers.

use std::collections::VecDeque;
use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use reqwest::header::{DATE, HeaderMap, HeaderName, HeaderValue};
use url::{Position, Url};

use crate::runtime::credentials::{CredentialSource, ExposeSecret, Identity};
use crate::runtime::refresh::{Fetched, Refreshing};
use crate::runtime::retry::retry_after;
use crate::runtime::{
    self, AttemptContext, ClientOptions, Disposition, Error, ErrorFields, ResponseSnapshot,
    default_classify,
};
use crate::sign::ncp::{HEADER_ACCESS_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, NcpSigner};

use super::PROVIDER;
use super::credentials::{Credentials, not_found};
use super::server_role::{REFRESH_MARGIN, ServerRole};

/// Skews smaller than this are not applied: the `Date` header has one-second resolution and
/// the gateway accepts ±5 minutes, so correcting them would only add noise.
const IGNORED_SKEW_MS: i64 = 30_000;
/// A request signed this far from the gateway's clock is taken to have failed because of its
/// timestamp: the gateway's 5-minute window minus a minute for the `Date` header's resolution
/// and the network delay.
const STALE_AFTER_MS: i64 = 4 * 60_000;
/// A `Date` header names the second the answer was made: assume its middle.
const DATE_MIDPOINT_MS: i64 = 500;
/// The header NCP's gateway puts its trace id in.
const TRACE_ID_HEADER: &str = "x-ncp-trace-id";
/// How many answers' "offset before" records are kept to match `recover` with `observe`.
const RECENT: usize = 32;

/// The request target NCP signs: path (with `/api/v1`) and `?query`, exactly as on the request
/// line; no scheme, host or fragment.
pub(crate) fn request_target(url: &Url) -> &str {
    &url[Position::BeforePath..Position::AfterQuery]
}

/// Milliseconds since the Unix epoch (negative before it).
fn epoch_ms(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_millis()).unwrap_or(i64::MAX),
    }
}

/// The gateway's clock minus ours, in ms, from an answer's `Date` header and arrival time.
fn measure(headers: &HeaderMap, received_at: SystemTime) -> Option<i64> {
    let date = headers.get(DATE)?.to_str().ok()?;
    Some(date_ms(date.trim())? + DATE_MIDPOINT_MS - epoch_ms(received_at))
}

/// The time an HTTP date names, in ms since the Unix epoch. The answers of one second carry the
/// same text: the last text read on this thread is kept with its time and not parsed again.
fn date_ms(date: &str) -> Option<i64> {
    /// Room for any HTTP date form (29 bytes for the one servers send).
    const KEPT: usize = 32;
    thread_local! {
        static LAST: std::cell::Cell<Option<([u8; KEPT], usize, i64)>> =
            const { std::cell::Cell::new(None) };
    }
    let text = date.as_bytes();
    if let Some((kept, len, ms)) = LAST.get()
        && kept[..len] == *text
    {
        return Some(ms);
    }
    let ms = epoch_ms(httpdate::parse_http_date(date).ok()?);
    if text.len() <= KEPT {
        let mut kept = [0; KEPT];
        kept[..text.len()].copy_from_slice(text);
        LAST.set(Some((kept, text.len(), ms)));
    }
    Some(ms)
}

/// The clock offset applied when signing, and what it was before each recent answer.
#[derive(Default)]
struct ClockSkew {
    offset_ms: AtomicI64,
    /// The answers that changed the offset: `(received_at, offset in use before that answer
    /// was observed)`, newest last. An answer that left the offset as it was is not recorded, so
    /// the steady state takes no lock.
    recent: Mutex<VecDeque<(SystemTime, i64)>>,
}

impl ClockSkew {
    fn offset_ms(&self) -> i64 {
        self.offset_ms.load(Ordering::Relaxed)
    }

    /// The timestamp to sign with at `now`, in ms.
    fn timestamp_ms(&self, now: SystemTime) -> u64 {
        u64::try_from(epoch_ms(now).saturating_add(self.offset_ms())).unwrap_or(0)
    }

    /// Follow the skew measured from an answer's `Date` header.
    fn observe(&self, headers: &HeaderMap, received_at: SystemTime) {
        let Some(measured) = measure(headers, received_at) else {
            return;
        };
        let applied = if measured.abs() < IGNORED_SKEW_MS {
            0
        } else {
            measured
        };
        // Read before writing: in the steady state every answer agrees with the offset in
        // use, and the shared value is not written (its cache line stays where the signers
        // read it on every thread).
        if self.offset_ms.load(Ordering::Relaxed) == applied {
            return;
        }
        let before = self.offset_ms.swap(applied, Ordering::Relaxed);
        if before == applied {
            return;
        }
        if let Ok(mut recent) = self.recent.lock() {
            recent.push_back((received_at, before));
            while recent.len() > RECENT {
                recent.pop_front();
            }
        }
    }

    /// The offset that was in use when the request behind the answer received at `received_at`
    /// was signed (before `observe` saw that answer): what that answer changed it from, else
    /// what the first change after it changed it from, else the offset now.
    fn offset_before(&self, received_at: SystemTime) -> i64 {
        self.recent
            .lock()
            .ok()
            .and_then(|r| {
                r.iter()
                    .rev()
                    .find(|(t, _)| *t == received_at)
                    .or_else(|| r.iter().find(|(t, _)| *t > received_at))
                    .map(|(_, o)| *o)
            })
            .unwrap_or_else(|| self.offset_ms())
    }

    /// Whether a `401` was caused by the timestamp (see [`super::Client::clock_offset`]); if so,
    /// adopt the offset measured from it.
    fn repair(&self, answer: &ResponseSnapshot) -> bool {
        if answer.status.as_u16() != 401 {
            return false;
        }
        let body = answer.json();
        let field = |name: &str| {
            body.as_ref()
                .and_then(|b| b.pointer(&format!("/error/{name}")))
                .and_then(|v| match v {
                    serde_json::Value::String(s) => Some(s.clone()),
                    serde_json::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
        };
        if field("errorCode").is_some_and(|c| c.trim() != "200") {
            // 210 and the rest: the key was accepted; the timestamp is not the problem.
            return false;
        }
        let Some(measured) = measure(&answer.headers, answer.received_at) else {
            return false;
        };
        let signed_off_by = measured - self.offset_before(answer.received_at);
        let says_timestamp = ["message", "details"]
            .iter()
            .filter_map(|f| field(f))
            .any(|t| t.to_ascii_lowercase().contains("timestamp"));
        if signed_off_by.abs() > STALE_AFTER_MS || says_timestamp {
            self.offset_ms.store(measured, Ordering::Relaxed);
            tracing::warn!(
                provider = PROVIDER,
                offset_ms = measured,
                "the request timestamp was outside the gateway's 5-minute window; signing again with the gateway's clock"
            );
            return true;
        }
        false
    }
}

/// NCP's rules: signs requests with signature v2 (tracking the gateway's clock) and reads NCP's
/// answers. The keys are fixed, or a server role's, fetched at the first call and renewed
/// before they expire. `Debug` shows the access key and where it came from, never the secret.
pub struct Provider {
    keys: Refreshing<Keys>,
    role: Option<Role>,
    source: CredentialSource,
    skew: ClockSkew,
}

/// The signer of the keys in use, and the source that supplied them.
struct Keys {
    signer: NcpSigner,
    supplied_by: CredentialSource,
}

impl Keys {
    fn new(credentials: &Credentials) -> Self {
        Self {
            signer: NcpSigner::new(
                credentials.access_key(),
                credentials.secret_key().expose_secret().as_bytes(),
            ),
            supplied_by: credentials.source().clone(),
        }
    }
}

/// The server role, and what asking it needs.
struct Role {
    role: ServerRole,
    /// What the chain did not find before it (for the error when the role does not answer).
    tried: Vec<String>,
    http: reqwest::Client,
    options: ClientOptions,
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = self.access_key();
        f.debug_struct("ncloud::Provider")
            .field(
                "access_key",
                &key.as_deref().unwrap_or("(fetched at the first call)"),
            )
            .field("secret_key", &"[REDACTED]")
            .field("credentials", &self.source.to_string())
            .field("clock_offset_ms", &self.skew.offset_ms())
            .finish()
    }
}

impl Provider {
    /// Rules that sign with `credentials`.
    pub fn new(credentials: &Credentials) -> Self {
        Self {
            keys: Refreshing::ready(Keys::new(credentials)),
            role: None,
            source: credentials.source().clone(),
            skew: ClockSkew::default(),
        }
    }

    /// Rules that sign with the key of the server role, asked at the first call.
    pub(crate) fn server_role(
        role: ServerRole,
        tried: Vec<String>,
        options: &ClientOptions,
    ) -> Self {
        Self {
            keys: Refreshing::new(REFRESH_MARGIN),
            source: role.described(),
            role: Some(Role {
                role,
                tried,
                http: options.http_client(),
                options: options.clone(),
            }),
            skew: ClockSkew::default(),
        }
    }

    /// The access key id (not secret: it is sent with every request); `None` before a server
    /// role's key is fetched.
    pub fn access_key(&self) -> Option<String> {
        self.keys
            .current()
            .map(|k| k.signer.access_key().to_string())
    }

    /// Where the keys come from (for the server role: the metadata API, before it answered).
    pub fn credential_source(&self) -> &CredentialSource {
        &self.source
    }

    /// Who the client signs as, once keys are at hand; `None` before.
    pub fn identity(&self) -> Option<Identity> {
        let keys = self.keys.current()?;
        Some(Identity {
            source: keys.supplied_by.clone(),
            key_id: Some(keys.signer.access_key().to_string()),
            expires_at: self.keys.expires_at(),
        })
    }

    /// The clock offset applied when signing, in ms (see [`super::Client::clock_offset`]).
    pub fn offset_ms(&self) -> i64 {
        self.skew.offset_ms()
    }

    /// Fetch the server role's key when none is cached or it is due for renewal.
    async fn fetch(&self) -> Result<(), Error> {
        let Some(r) = &self.role else {
            return Ok(());
        };
        self.keys
            .ensure(
                || self.gateway_now(r),
                || async {
                    match r.role.fetch(&r.http).await {
                        Ok((fetched, by)) => {
                            tracing::debug!(source = %by, "fetched the NCP server role's key");
                            Ok(Fetched {
                                value: Keys::new(&fetched.value),
                                expires_at: fetched.expires_at,
                            })
                        }
                        Err(e) => {
                            let mut looked_at = r.tried.clone();
                            looked_at.push(format!("the server role ({})", e.message()));
                            Err(not_found(looked_at).with_source(e))
                        }
                    }
                },
            )
            .await
    }

    /// This machine's time corrected by the gateway's measured clock offset: when a server
    /// role's key is due for renewal is judged by the clock that decides when it expires.
    fn gateway_now(&self, r: &Role) -> SystemTime {
        let now = r.options.now();
        let offset = self.skew.offset_ms();
        let by = std::time::Duration::from_millis(offset.unsigned_abs());
        if offset >= 0 {
            now + by
        } else {
            now.checked_sub(by).unwrap_or(now)
        }
    }
}

fn no_keys() -> Error {
    Error::credentials("no NCP API keys to sign the request with yet").with_provider(PROVIDER)
}

const TIMESTAMP: HeaderName = HeaderName::from_static(HEADER_TIMESTAMP);
const ACCESS_KEY: HeaderName = HeaderName::from_static(HEADER_ACCESS_KEY);
const SIGNATURE: HeaderName = HeaderName::from_static(HEADER_SIGNATURE);

/// Sign `request` with `signer` at `timestamp` (ms). The timestamp and signature strings become
/// their header values as they are (no copy); only the access key is copied.
fn apply(signer: &NcpSigner, request: &mut reqwest::Request, timestamp: u64) -> Result<(), Error> {
    let (timestamp, signature) = signer.timestamp_and_signature(
        request.method().as_str(),
        request_target(request.url()),
        timestamp,
    );
    let invalid = |name: &HeaderName| {
        Error::credentials(format!(
            "the NCP {name} value cannot be sent in an HTTP header"
        ))
        .with_provider(PROVIDER)
    };
    let timestamp = HeaderValue::try_from(timestamp).map_err(|_| invalid(&TIMESTAMP))?;
    let access_key =
        HeaderValue::from_str(signer.access_key()).map_err(|_| invalid(&ACCESS_KEY))?;
    let signature = HeaderValue::try_from(signature).map_err(|_| invalid(&SIGNATURE))?;
    let headers = request.headers_mut();
    headers.insert(TIMESTAMP, timestamp);
    headers.insert(ACCESS_KEY, access_key);
    headers.insert(SIGNATURE, signature);
    Ok(())
}

#[async_trait]
impl runtime::Provider for Provider {
    fn name(&self) -> &'static str {
        PROVIDER
    }

    /// Signs without a nonce.
    fn uses_nonce(&self) -> bool {
        false
    }

    /// Adds `x-ncp-apigw-timestamp`, `x-ncp-iam-access-key` and `x-ncp-apigw-signature-v2`,
    /// signing the method and the request target with the attempt's time plus the measured
    /// clock offset.
    fn sign(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<(), Error> {
        let timestamp = self.skew.timestamp_ms(ctx.now);
        self.keys
            .with_current(|keys| apply(&keys.signer, request, timestamp))
            .unwrap_or_else(|| Err(no_keys()))
    }

    /// A server role's key is fetched (once for every call waiting) when none is cached or it
    /// expires within [`REFRESH_MARGIN`].
    async fn prepare(&self) -> Result<(), Error> {
        self.fetch().await
    }

    /// Keys given or read from the environment or a file need nothing before a call.
    fn needs_prepare(&self) -> bool {
        self.role.is_some()
    }

    /// `--dry-run` fetches nothing: a server role's key that would be fetched at the first call
    /// is replaced by a placeholder.
    fn sign_offline(
        &self,
        request: &mut reqwest::Request,
        ctx: &AttemptContext,
    ) -> Result<(), Error> {
        let timestamp = self.skew.timestamp_ms(ctx.now);
        match self.keys.current() {
            Some(keys) => apply(&keys.signer, request, timestamp),
            None => apply(
                &NcpSigner::new("<fetched at run time>", b"placeholder"),
                request,
                timestamp,
            ),
        }
    }

    fn observe(&self, headers: &HeaderMap, received_at: SystemTime) {
        self.skew.observe(headers, received_at);
    }

    /// A `401` the gateway's clock explains is signed again with the corrected time (and a
    /// server role's key that the corrected clock shows expired is fetched again first). With a
    /// server role, any other `401` "Authentication Failed" (errorCode 200: the role's key may
    /// have been replaced or expired early) fetches the key again and repeats the request once.
    async fn recover(&self, answer: &ResponseSnapshot) -> bool {
        if self.skew.repair(answer) {
            // This machine's clock was off: a server role's key it judged fresh may be expired
            // by the gateway's clock. Fetch it again before the request is repeated.
            if let Some(r) = &self.role
                && let (Some(expires), Some(generation)) =
                    (self.keys.expires_at(), self.keys.generation())
                && expires <= self.gateway_now(r) + REFRESH_MARGIN
                && !self.keys.invalidate(generation)
                && let Err(e) = self.fetch().await
            {
                tracing::warn!(error = %e, "fetching the NCP server role's key again failed");
            }
            return true;
        }
        if self.role.is_none() || answer.status.as_u16() != 401 {
            return false;
        }
        let code = super::errors::error_fields(&answer.body).code;
        if code.as_deref().is_some_and(|c| c.trim() != "200") {
            return false;
        }
        self.keys
            .renew_after_refusal(
                || self.fetch(),
                "fetching the NCP server role's key again failed",
            )
            .await
    }

    /// `429` (errorCode 400 quota, 410 throttle, 420 rate limit) is throttling: the gateway
    /// refused the request unprocessed, so it is repeated whatever the method, after the
    /// `Retry-After` wait when given. `503` / `504` (endpoint error / timeout) and `500` are
    /// transient (repeated for idempotent operations only); the rest is final.
    fn classify(&self, answer: &ResponseSnapshot) -> Disposition {
        match answer.status.as_u16() {
            429 => Disposition::Throttled {
                wait: retry_after(&answer.headers, answer.received_at),
            },
            _ => default_classify(answer),
        }
    }

    /// `x-ncp-trace-id`, else a request id in the error body.
    fn request_id(&self, headers: &HeaderMap, body: &[u8]) -> Option<String> {
        headers
            .get(TRACE_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or_else(|| super::errors::error_fields(body).request_id)
    }

    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        super::errors::error_fields(&answer.body)
    }
}

/// The signature timestamp for `now` with no skew applied (for tests in this module).
#[cfg(test)]
fn plain_ms(now: SystemTime) -> u64 {
    u64::try_from(epoch_ms(now)).unwrap_or(0)
}

/// Whole seconds, as a `Date` header has them.
#[cfg(test)]
fn date_header(t: SystemTime) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        DATE,
        HeaderValue::from_str(&httpdate::fmt_http_date(t)).unwrap(),
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Provider as _;
    use bytes::Bytes;
    use reqwest::StatusCode;
    use std::time::Duration;

    /// 2026-11-22T09:30:00Z.
    fn t0() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_795_339_800)
    }

    fn answer(
        status: u16,
        body: &str,
        date: SystemTime,
        received_at: SystemTime,
    ) -> ResponseSnapshot {
        ResponseSnapshot {
            status: StatusCode::from_u16(status).unwrap(),
            headers: date_header(date),
            body: Bytes::from(body.to_string()),
            attempt: 1,
            received_at,
        }
    }

    const AUTH_FAILED: &str = r#"{"error":{"errorCode":"200","message":"Authentication Failed","details":"Invalid authentication information."}}"#;

    #[test]
    fn request_target_is_path_and_query_as_sent() {
        let u = Url::parse(
            "https://apigateway.apigw.ntruss.com/api/v1/products/p%201/apis?limit=2&offset=0#frag",
        )
        .unwrap();
        assert_eq!(
            request_target(&u),
            "/api/v1/products/p%201/apis?limit=2&offset=0"
        );
        let u = Url::parse("http://127.0.0.1:8080/api/v1/products/p1/apis/a1/stages").unwrap();
        assert_eq!(request_target(&u), "/api/v1/products/p1/apis/a1/stages");
    }

    #[test]
    fn a_date_read_again_gives_the_same_time_and_a_bad_one_none() {
        let imf = "Sun, 06 Nov 1994 08:49:37 GMT";
        let ms = 784_111_777_000;
        assert_eq!(date_ms(imf), Some(ms));
        // Kept: the same text again, then others, each as httpdate reads it.
        assert_eq!(date_ms(imf), Some(ms));
        assert_eq!(date_ms("Sun, 06 Nov 1994 08:49:38 GMT"), Some(ms + 1_000));
        assert_eq!(date_ms("Sunday, 06-Nov-94 08:49:37 GMT"), Some(ms));
        // A prefix of the kept text, a wrong weekday, nothing at all: not dates.
        assert_eq!(date_ms("Sunday, 06-Nov-94"), None);
        assert_eq!(date_ms("Mon, 06 Nov 1994 08:49:37 GMT"), None);
        assert_eq!(date_ms(""), None);
        let long = format!("{imf}{}", " ".repeat(40));
        assert_eq!(
            date_ms(&long),
            httpdate::parse_http_date(&long).ok().map(epoch_ms)
        );
        assert_eq!(date_ms(imf), Some(ms));
    }

    #[test]
    fn small_skews_are_ignored_and_large_ones_applied() {
        let s = ClockSkew::default();
        s.observe(&date_header(t0() + Duration::from_secs(3)), t0());
        assert_eq!(s.offset_ms(), 0);
        assert_eq!(s.timestamp_ms(t0()), plain_ms(t0()));
        s.observe(&date_header(t0() + Duration::from_secs(600)), t0());
        assert_eq!(s.offset_ms(), 600_500);
        assert_eq!(s.timestamp_ms(t0()), plain_ms(t0()) + 600_500);
        s.observe(&date_header(t0() - Duration::from_secs(120)), t0());
        assert_eq!(s.offset_ms(), -119_500);
        // Answers without a usable Date change nothing.
        s.observe(&HeaderMap::new(), t0());
        assert_eq!(s.offset_ms(), -119_500);
    }

    #[test]
    fn a_401_from_a_gateway_ten_minutes_ahead_is_repaired() {
        let s = ClockSkew::default();
        let a = answer(401, AUTH_FAILED, t0() + Duration::from_secs(600), t0());
        s.observe(&a.headers, a.received_at);
        assert!(s.repair(&a));
        assert_eq!(s.offset_ms(), 600_500);
    }

    #[test]
    fn a_401_with_an_in_window_timestamp_is_not_repaired() {
        let s = ClockSkew::default();
        // Clocks agree: a bad key or signature.
        let a = answer(401, AUTH_FAILED, t0(), t0());
        s.observe(&a.headers, a.received_at);
        assert!(!s.repair(&a));
        // Two minutes off is inside the gateway's window: not the timestamp either.
        let a = answer(
            401,
            AUTH_FAILED,
            t0() + Duration::from_secs(120),
            t0() + Duration::from_millis(1),
        );
        s.observe(&a.headers, a.received_at);
        assert!(!s.repair(&a));
        // Once the offset is applied, a further 401 is not blamed on the clock.
        let s = ClockSkew::default();
        let late = t0() + Duration::from_secs(600);
        s.observe(&date_header(late), t0());
        let a = answer(
            401,
            AUTH_FAILED,
            late + Duration::from_secs(1),
            t0() + Duration::from_secs(1),
        );
        s.observe(&a.headers, a.received_at);
        assert!(!s.repair(&a));
    }

    #[test]
    fn other_codes_statuses_and_missing_dates_are_not_repaired() {
        let s = ClockSkew::default();
        let far = t0() + Duration::from_secs(900);
        let denied = r#"{"error":{"errorCode":"210","message":"Permission Denied"}}"#;
        assert!(!s.repair(&answer(401, denied, far, t0())));
        assert!(!s.repair(&answer(403, AUTH_FAILED, far, t0())));
        let mut no_date = answer(401, AUTH_FAILED, far, t0());
        no_date.headers.clear();
        assert!(!s.repair(&no_date));
        // A message naming the timestamp is believed even for a smaller skew.
        let says = r#"{"error":{"errorCode":"200","message":"Authentication Failed","details":"Timestamp is out of range"}}"#;
        assert!(s.repair(&answer(401, says, t0() + Duration::from_secs(60), t0())));
        assert_eq!(s.offset_ms(), 60_500);
    }

    #[test]
    fn signing_adds_the_three_headers_over_path_and_query() {
        let auth = Provider::new(&Credentials::new("AK", "SK"));
        let mut req = reqwest::Request::new(
            reqwest::Method::GET,
            Url::parse(
                "http://127.0.0.1:1/api/v1/products/p/apis/a/stages/s/deployments?limit=2&offset=4",
            )
            .unwrap(),
        );
        let ctx = AttemptContext {
            attempt: 1,
            now: t0(),
            nonce: String::new(),
            query_marker: None,
        };
        auth.sign(&mut req, &ctx).unwrap();
        let expected = NcpSigner::new("AK", "SK").sign(
            "GET",
            "/api/v1/products/p/apis/a/stages/s/deployments?limit=2&offset=4",
            plain_ms(t0()),
        );
        let h = req.headers();
        assert_eq!(h["x-ncp-apigw-timestamp"], expected.timestamp.as_str());
        assert_eq!(h["x-ncp-iam-access-key"], "AK");
        assert_eq!(h["x-ncp-apigw-signature-v2"], expected.signature.as_str());
        assert!(!format!("{auth:?}").contains("SK\""));
    }

    #[test]
    fn throttling_is_retryable_and_request_ids_come_from_the_body() {
        let auth = Provider::new(&Credentials::new("AK", "SK"));
        let a = answer(
            429,
            r#"{"error":{"errorCode":"420","message":"Rate Limited"}}"#,
            t0(),
            t0(),
        );
        assert!(matches!(auth.classify(&a), Disposition::Throttled { .. }));
        assert_eq!(
            auth.classify(&answer(401, AUTH_FAILED, t0(), t0())),
            Disposition::Final
        );
        assert_eq!(
            auth.classify(&answer(503, "{}", t0(), t0())),
            Disposition::Transient
        );
        let body = br#"{"error":{"errorCode":"300","message":"Not Found","requestId":"req-1"}}"#;
        assert_eq!(
            auth.request_id(&HeaderMap::new(), body).as_deref(),
            Some("req-1")
        );
    }
}
