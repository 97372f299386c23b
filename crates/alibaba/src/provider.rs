//! How Alibaba requests are signed and how its answers are read: the [`Provider`] of the
//! Alibaba client and its error bodies.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderName, HeaderValue};
use url::Position;

use super::PROVIDER;
use super::credentials::{Credentials, expose};
use super::sts::{Fetcher, REFRESH_MARGIN, Source};
use crate::runtime::credentials::{CredentialSource, Identity};
use crate::runtime::refresh::{Fetched, Refreshing};
use crate::runtime::retry::retry_after;
use crate::runtime::{
    self, AttemptContext, Disposition, Error, ErrorFields, QueryStyle, ResponseSnapshot, Result,
};
use crate::sign::acs3::{self, Acs3Request, Acs3Signer};

/// The header Alibaba's gateway puts the request id in (the body's `RequestId` comes first).
const REQUEST_ID_HEADER: &str = "x-acs-request-id";

/// Whether an Alibaba error code means the call was throttled (`Throttling`, `Throttling.User`,
/// `Throttling.Api`, …): refused before any processing, so safe to repeat for any action.
pub fn is_throttling_code(code: &str) -> bool {
    code == "Throttling" || code.starts_with("Throttling.")
}

/// Advice for the Alibaba error codes whose message does not say what to do.
pub fn hint_for_code(code: &str) -> Option<String> {
    let hint = match code {
        "SignatureDoesNotMatch" | "IncompleteSignature" => {
            "Alibaba computed another ACS3-HMAC-SHA256 signature for this request: check that the \
             AccessKey secret belongs to this AccessKey id (no stray spaces or newlines), that this \
             machine's clock is right, and that nothing between here and Alibaba (proxy, gateway) \
             re-encodes the query string; the Recommend link shows the string Alibaba signed"
        }
        "InvalidTimeStamp.Expired" | "InvalidTimeStamp" | "InvalidTimeStamp.Format" => {
            "x-acs-date is more than 15 minutes away from Alibaba's clock: synchronise this \
             machine's clock (NTP) and try again"
        }
        "SignatureNonceUsed" => {
            "this x-acs-signature-nonce was already used: every request needs a fresh nonce; a \
             replayed request or a fixed nonce source (ClientOptions::set_nonce) causes this"
        }
        "InvalidAccessKeyId.NotFound" | "InvalidAccessKeyId" => {
            "Alibaba does not know this AccessKey id: check where the credentials came from \
             (explicit, ALIBABA_CLOUD_ACCESS_KEY_ID or ~/.aliyun/config.json), that the key was \
             not deleted, and that it belongs to this site (China or international)"
        }
        "InvalidAccessKeyId.Inactive" => {
            "this AccessKey is disabled: enable it in the RAM console or use another one"
        }
        c if c.starts_with("InvalidSecurityToken") => {
            "the STS security token is expired or does not belong to this AccessKey: obtain fresh \
             temporary credentials (ALIBABA_CLOUD_SECURITY_TOKEN or the profile's sts_token)"
        }
        c if c.starts_with("Forbidden.RAM") || c == "Forbidden" => {
            "the RAM identity is not allowed to call this action: grant it `apigateway:<Action>` \
             in a RAM policy"
        }
        c if is_throttling_code(c) => {
            "Alibaba throttled the call (DeployApi allows 50 calls per second per account); \
             deploykit retried as far as its retry policy allows: wait and try again"
        }
        _ => return None,
    };
    Some(hint.to_string())
}

/// The `Code` of an Alibaba error body, if the body is one.
fn body_code(body: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    v.get("Code")?.as_str().map(str::to_string)
}

/// What an Alibaba error body (`{RequestId, HostId, Code, Message, Recommend}`) says: the code,
/// the message, the request id, the answering host and the diagnosis link as details, and advice
/// for the codes whose message does not say what to do ([`hint_for_code`]).
pub fn error_fields(body: &[u8]) -> ErrorFields {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
        return ErrorFields::default();
    };
    let text = |key: &str| {
        v.get(key)
            .and_then(serde_json::Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let code = text("Code");
    let mut details = Vec::new();
    if let Some(host) = text("HostId") {
        details.push(format!("answered by {host}"));
    }
    if let Some(link) = text("Recommend") {
        details.push(format!("diagnosis: {link}"));
    }
    ErrorFields {
        hint: code.as_deref().and_then(hint_for_code),
        code,
        message: text("Message"),
        request_id: text("RequestId"),
        details,
    }
}

/// Alibaba's rules ([`runtime::Provider`]): ACS3-HMAC-SHA256 signing of RPC actions with the
/// credentials found when the client was built (fetched at the first call and renewed before
/// they expire when they come from STS, the metadata service or a credentials URI), throttling
/// codes, request ids from the body. `Debug` shows where the credentials came from, never a
/// secret.
pub struct Provider {
    keys: Refreshing<Keys>,
    dynamic: Option<Dynamic>,
    source: CredentialSource,
}

/// The signer of the credentials in use, and the source that supplied them.
struct Keys {
    signer: Acs3Signer,
    supplied_by: CredentialSource,
}

impl Keys {
    fn new(credentials: &Credentials, supplied_by: CredentialSource) -> Self {
        Self {
            signer: signer(credentials),
            supplied_by,
        }
    }
}

fn signer(credentials: &Credentials) -> Acs3Signer {
    Acs3Signer::new(
        credentials.access_key_id(),
        expose(credentials.access_key_secret()).as_bytes(),
        credentials.security_token().map(|t| expose(t).to_string()),
    )
}

/// A source fetched over the network.
struct Dynamic {
    source: Source,
    fetcher: Fetcher,
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = self
            .keys
            .current()
            .map(|k| k.signer.access_key_id().to_string());
        f.debug_struct("alibaba::Provider")
            .field(
                "access_key_id",
                &id.as_deref().unwrap_or("(fetched at the first call)"),
            )
            .field("credentials", &self.source.to_string())
            .finish_non_exhaustive()
    }
}

impl Provider {
    /// Rules that sign with `credentials` (found at `source`).
    pub fn new(credentials: &Credentials, source: CredentialSource) -> Self {
        Self {
            keys: Refreshing::ready(Keys::new(credentials, source.clone())),
            dynamic: None,
            source,
        }
    }

    /// Rules for credentials from `source`: static ones at once, the others at the first call.
    pub(crate) fn from_source(
        source: Source,
        described: CredentialSource,
        fetcher: Fetcher,
    ) -> Self {
        match source {
            Source::Static(c) => Self::new(&c, described),
            source => Self {
                keys: Refreshing::new(REFRESH_MARGIN),
                dynamic: Some(Dynamic { source, fetcher }),
                source: described,
            },
        }
    }

    /// Where the credentials come from (never a secret): for sources asked at the first call,
    /// the configured one (see [`Self::identity`] for the one that answered).
    pub fn credential_source(&self) -> &CredentialSource {
        &self.source
    }

    /// Who the client signs as, once credentials are at hand (after the first call, or
    /// [`crate::runtime::Provider::prepare`]): the source that supplied them, the AccessKey id and
    /// when temporary keys expire. `None` before.
    pub fn identity(&self) -> Option<Identity> {
        let keys = self.keys.current()?;
        Some(Identity {
            source: keys.supplied_by.clone(),
            key_id: Some(keys.signer.access_key_id().to_string()),
            expires_at: self.keys.expires_at(),
        })
    }

    async fn fetch(&self) -> Result<()> {
        let Some(d) = &self.dynamic else {
            return Ok(());
        };
        let now = || d.fetcher.options.now();
        self.keys
            .ensure(now, || async {
                let (fetched, by) = d.fetcher.fetch(&d.source, &self.source).await?;
                tracing::debug!(source = %by, "fetched Alibaba Cloud credentials");
                Ok(Fetched {
                    value: Keys::new(&fetched.value, by),
                    expires_at: fetched.expires_at,
                })
            })
            .await
    }
}

fn no_credentials() -> Error {
    Error::credentials("no Alibaba Cloud credentials to sign the request with yet")
        .with_provider(PROVIDER)
}

/// The `Host` header value of `url`: the host, with `:port` when it is not the scheme's default
/// (the URL's own text: its serialisation leaves a default port out).
pub(crate) fn host_header(url: &url::Url) -> Result<&str> {
    if url.host_str().is_none() {
        return Err(Error::invalid_input(format!("URL {url} has no host")));
    }
    Ok(&url[Position::BeforeHost..Position::AfterPort])
}

/// Unix seconds of `t` (negative before 1970).
fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

/// The names of the headers signing sets, parsed once.
const ACTION: HeaderName = HeaderName::from_static(acs3::HEADER_ACTION);
const VERSION: HeaderName = HeaderName::from_static(acs3::HEADER_VERSION);
const DATE: HeaderName = HeaderName::from_static(acs3::HEADER_DATE);
const NONCE: HeaderName = HeaderName::from_static(acs3::HEADER_SIGNATURE_NONCE);
const CONTENT_SHA256: HeaderName = HeaderName::from_static(acs3::HEADER_CONTENT_SHA256);
const SECURITY_TOKEN: HeaderName = HeaderName::from_static(acs3::HEADER_SECURITY_TOKEN);

/// The path's query pairs that generated calls send as headers ([`QueryStyle::Canonical`]).
static LIFTED: [(&str, HeaderName); 2] = [(LIFTED_NAMES[0], ACTION), (LIFTED_NAMES[1], VERSION)];
const LIFTED_NAMES: [&str; 2] = ["Action", "Version"];

/// The `x-acs-content-sha256` of a request without body, validated once.
const EMPTY_BODY_SHA256: HeaderValue = HeaderValue::from_static(acs3::EMPTY_BODY_SHA256);

/// How many query pairs are signed from a stack array before a `Vec` is allocated.
const STACK_PAIRS: usize = 16;

/// What signing needs besides the request, kept from call to call on each thread: the decoded
/// query text (every key and value of the URL's query, one after the other) with where each
/// pair lies in it, and the canonical query being built.
#[derive(Default)]
struct Scratch {
    decoded: String,
    /// One key or value being percent-decoded.
    bytes: Vec<u8>,
    spans: Vec<Span>,
    canonical: String,
}

/// One decoded `key=value` pair of the query: byte ranges in [`Scratch::decoded`].
#[derive(Clone, Copy)]
struct Span {
    key: (usize, usize),
    value: (usize, usize),
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A header value from text deploykit did not write (the query's action and version, the nonce
/// source's nonce): checked, since it may hold characters HTTP cannot carry.
fn checked_value(name: &HeaderName, value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value).map_err(|_| {
        Error::invalid_input(format!(
            "the value of {name} cannot be sent as an HTTP header (non-ASCII or control characters)"
        ))
    })
}

/// A header value from owned text, handed over without a copy.
fn owned_value(name: &HeaderName, value: String) -> Result<HeaderValue> {
    HeaderValue::from_maybe_shared(bytes::Bytes::from(value.into_bytes())).map_err(|_| {
        Error::invalid_input(format!(
            "the value of {name} cannot be sent as an HTTP header (non-ASCII or control characters)"
        ))
    })
}

/// Sign `request` with `signer` in place (see [`Provider`]'s `sign`): a request as generated calls
/// build it is signed as it is; any other has its query decoded once into a per-thread buffer,
/// signed from slices of it, and the canonical query written into the URL. The date is written
/// on the stack; header values the signer wrote are handed over without copying.
fn apply(signer: &Acs3Signer, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<()> {
    match apply_canonical(signer, request, ctx) {
        Some(done) => done,
        None => acs3::with_reused(&SCRATCH, |scratch| {
            apply_decoded(signer, request, ctx, scratch)
        }),
    }
}

/// The request as generated calls build it ([`Provider`]'s `query_style`): `Action` and
/// `Version` already in their headers and the query, marker included, in canonical form, which is
/// signed as it is and left in place. `None` when the request is not in that form, or a marker is
/// still to be put in (a request not written by a generated call): the decoding path does that.
fn apply_canonical(
    signer: &Acs3Signer,
    request: &mut reqwest::Request,
    ctx: &AttemptContext,
) -> Option<Result<()>> {
    let query = request.url().query().unwrap_or_default();
    // `Action` and `Version` go as headers, never in the query.
    if ctx.query_marker.is_some() || !acs3::is_canonical_query(query, &LIFTED_NAMES) {
        return None;
    }
    let headers = request.headers();
    let text = |name: &HeaderName| headers.get(name)?.to_str().ok();
    let (action, version) = (text(&ACTION)?, text(&VERSION)?);
    let date = acs3::AcsDate::new(unix_seconds(ctx.now));
    let signed = request_parts(request, action, version, &[])
        .map(|req| signer.sign_canonical(&req, query, date.as_str(), &ctx.nonce));
    Some(signed.and_then(|signature| {
        put_signature(signer, request, signature, &date, &ctx.nonce, None, None)
    }))
}

/// What ACS3 signs of `request` besides its query.
fn request_parts<'r>(
    request: &'r reqwest::Request,
    action: &'r str,
    version: &'r str,
    pairs: &'r [(&'r str, &'r str)],
) -> Result<Acs3Request<'r>> {
    let url = request.url();
    let body: &[u8] = match request.body() {
        None => &[],
        Some(b) => b.as_bytes().ok_or_else(|| {
            Error::invalid_input("a streamed body cannot be signed with ACS3-HMAC-SHA256")
        })?,
    };
    let content_type = request
        .headers()
        .get(CONTENT_TYPE)
        .map(|v| {
            v.to_str()
                .map_err(|_| Error::invalid_input("the Content-Type header is not ASCII"))
        })
        .transpose()?;
    Ok(Acs3Request {
        method: request.method().as_str(),
        host: host_header(url)?,
        canonical_uri: url.path(),
        query: pairs,
        action,
        version,
        content_type,
        body,
    })
}

/// Puts `signature`'s headers on `request` (with `action_version` when they are not there yet),
/// and `query` (the canonical query, when it differs from the URL's); checked first, so that
/// nothing changes on an error.
fn put_signature(
    signer: &Acs3Signer,
    request: &mut reqwest::Request,
    signature: acs3::Signature,
    date: &acs3::AcsDate,
    nonce: &str,
    action_version: Option<(&str, &str)>,
    query: Option<&str>,
) -> Result<()> {
    let action_version = action_version
        .map(|(action, version)| {
            Ok::<_, Error>((
                checked_value(&ACTION, action)?,
                checked_value(&VERSION, version)?,
            ))
        })
        .transpose()?;
    let date = checked_value(&DATE, date.as_str())?;
    let nonce = checked_value(&NONCE, nonce)?;
    let content_sha256 = match signature.content_sha256 {
        Cow::Borrowed(acs3::EMPTY_BODY_SHA256) => EMPTY_BODY_SHA256,
        Cow::Borrowed(s) => HeaderValue::from_static(s),
        Cow::Owned(s) => owned_value(&CONTENT_SHA256, s)?,
    };
    let token = signer
        .security_token()
        .map(|t| checked_value(&SECURITY_TOKEN, t))
        .transpose()?;
    let mut authorization = owned_value(&AUTHORIZATION, signature.authorization)?;
    authorization.set_sensitive(true);

    if let Some(query) = query {
        request
            .url_mut()
            .set_query((!query.is_empty()).then_some(query));
    }
    let headers = request.headers_mut();
    // Room for the seven headers at once, not by doubling as they come.
    headers.reserve(7);
    if let Some((action, version)) = action_version {
        headers.insert(ACTION, action);
        headers.insert(VERSION, version);
    }
    headers.insert(DATE, date);
    headers.insert(NONCE, nonce);
    headers.insert(CONTENT_SHA256, content_sha256);
    match token {
        Some(mut token) => {
            token.set_sensitive(true);
            headers.insert(SECURITY_TOKEN, token);
        }
        None => {
            headers.remove(SECURITY_TOKEN);
        }
    }
    headers.insert(AUTHORIZATION, authorization);
    Ok(())
}

/// Any other request: its query pairs decoded once into a per-thread buffer, signed from slices
/// of it, and the canonical query written into the URL.
fn apply_decoded(
    signer: &Acs3Signer,
    request: &mut reqwest::Request,
    ctx: &AttemptContext,
    scratch: &mut Scratch,
) -> Result<()> {
    let Scratch {
        decoded,
        bytes,
        spans,
        canonical,
    } = scratch;
    decoded.clear();
    spans.clear();
    let url = request.url();
    let mut action = None;
    let mut version = None;
    let query = url.query().unwrap_or_default();
    decoded.reserve(query.len());
    // The call's marker: the first pair of its name takes the marked value (its own is not
    // decoded), or the pair is added.
    let mut marker = ctx.query_marker.as_ref();
    // The pairs as `Url::query_pairs` decodes them (form encoding), straight into the buffer.
    for segment in query.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = segment.split_once('=').unwrap_or((segment, ""));
        let key = push_decoded(decoded, bytes, k);
        let slot = match &decoded[key.0..key.1] {
            "Action" => Some(&mut action),
            "Version" => Some(&mut version),
            _ => None,
        };
        let Some(slot) = slot else {
            let value = match marker.filter(|m| m.name == &decoded[key.0..key.1]) {
                Some(m) => {
                    marker = None;
                    push(decoded, &m.value)
                }
                None => push_decoded(decoded, bytes, v),
            };
            spans.push(Span { key, value });
            continue;
        };
        if slot.is_some() {
            return Err(Error::invalid_input(format!(
                "the query names `{}` twice; Alibaba RPC requests carry one Action and one Version",
                &decoded[key.0..key.1]
            )));
        }
        *slot = Some(push_decoded(decoded, bytes, v));
    }
    if let Some(m) = marker {
        let key = push(decoded, m.name);
        let value = push(decoded, &m.value);
        spans.push(Span { key, value });
    }
    // A request signed before has them as headers already.
    let headers = request.headers();
    let mut from_header = |name: &HeaderName| {
        let value = headers.get(name)?.to_str().ok()?;
        Some(push(decoded, value))
    };
    let action = action.or_else(|| from_header(&ACTION)).ok_or_else(|| {
        Error::invalid_input("an Alibaba RPC request needs `Action` in its query")
    })?;
    let version = version.or_else(|| from_header(&VERSION)).ok_or_else(|| {
        Error::invalid_input("an Alibaba RPC request needs `Version` in its query")
    })?;
    let text = |(start, end): (usize, usize)| &decoded[start..end];
    let pair = |span: &Span| (text(span.key), text(span.value));
    let mut on_stack = [("", ""); STACK_PAIRS];
    let on_heap: Vec<(&str, &str)>;
    let pairs: &[(&str, &str)] = if spans.len() <= STACK_PAIRS {
        for (slot, span) in on_stack.iter_mut().zip(spans.iter()) {
            *slot = pair(span);
        }
        &on_stack[..spans.len()]
    } else {
        on_heap = spans.iter().map(pair).collect();
        &on_heap
    };
    let (action, version) = (text(action), text(version));
    let date = acs3::AcsDate::new(unix_seconds(ctx.now));
    let req = request_parts(request, action, version, pairs)?;
    let signature = signer.sign_into(&req, date.as_str(), &ctx.nonce, canonical);
    put_signature(
        signer,
        request,
        signature,
        &date,
        &ctx.nonce,
        Some((action, version)),
        Some(canonical),
    )
}

/// Appends `s` form-decoded to `buf` (`+` is a space, `%XX` a byte, invalid UTF-8 replaced, as
/// `form_urlencoded::parse` decodes); where it lies there. `bytes` is room for the decoding.
fn push_decoded(buf: &mut String, bytes: &mut Vec<u8>, s: &str) -> (usize, usize) {
    if !s.bytes().any(|b| b == b'+' || b == b'%') {
        return push(buf, s);
    }
    bytes.clear();
    let raw = s.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        let hex = |at: usize| raw.get(at).and_then(|&c| char::from(c).to_digit(16));
        match b {
            b'+' => bytes.push(b' '),
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(hi), Some(lo)) => {
                    // Two hex digits: a byte.
                    bytes.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => bytes.push(b'%'),
            },
            _ => bytes.push(b),
        }
        i += 1;
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => push(buf, text),
        Err(_) => push(buf, &String::from_utf8_lossy(bytes)),
    }
}

/// Appends `s` to `buf`; where it lies there.
fn push(buf: &mut String, s: &str) -> (usize, usize) {
    let start = buf.len();
    buf.push_str(s);
    (start, buf.len())
}

#[async_trait::async_trait]
impl runtime::Provider for Provider {
    fn name(&self) -> &'static str {
        PROVIDER
    }

    /// Sign one attempt the way Alibaba's official SDK does: `Action` and `Version` leave the
    /// query for `x-acs-action` / `x-acs-version`, the remaining parameters are signed as the
    /// canonical query and the URL query is replaced by exactly that string; `x-acs-date` comes
    /// from `ctx.now`, `x-acs-signature-nonce` is `ctx.nonce`.
    fn sign(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<()> {
        self.keys
            .with_current(|keys| apply(&keys.signer, request, ctx))
            .unwrap_or_else(|| Err(no_credentials()))
    }

    /// The query is rewritten at every signing anyway: the marker's value goes in there.
    fn applies_query_marker(&self) -> bool {
        true
    }

    /// Generated calls write the canonical query ACS3 signs, with `Action` and `Version` in their
    /// headers, so that signing takes the query as it is.
    fn query_style(&self) -> QueryStyle {
        QueryStyle::Canonical { headers: &LIFTED }
    }

    /// Credentials from STS, the metadata service or a URI are fetched (once for every call
    /// waiting) when none are cached or they expire within 15 minutes.
    async fn prepare(&self) -> Result<()> {
        self.fetch().await
    }

    /// Credentials given or read from the environment or a file need nothing before a call.
    fn needs_prepare(&self) -> bool {
        self.dynamic.is_some()
    }

    /// `--dry-run` fetches nothing: credentials that would be fetched at the first call are
    /// replaced by a placeholder (the output masks them anyway).
    fn sign_offline(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<()> {
        match self.keys.current() {
            Some(keys) => apply(&keys.signer, request, ctx),
            None => {
                let placeholder = Credentials::new("<fetched at run time>", "placeholder")
                    .with_security_token("<fetched at run time>");
                apply(&signer(&placeholder), request, ctx)
            }
        }
    }

    /// Only credentials fetched over the network can be renewed.
    fn may_recover(&self) -> bool {
        self.dynamic.is_some()
    }

    /// Temporary credentials the gateway says are expired or unknown
    /// (`InvalidSecurityToken.*`): fetch new ones and repeat the request once.
    async fn recover(&self, answer: &ResponseSnapshot) -> bool {
        if self.dynamic.is_none()
            || !body_code(&answer.body).is_some_and(|c| c.starts_with("InvalidSecurityToken"))
        {
            return false;
        }
        self.keys
            .renew_after_refusal(
                || self.fetch(),
                "fetching new Alibaba Cloud credentials failed",
            )
            .await
    }

    /// `Throttling.*` codes are throttling whatever the status (Alibaba uses 400 and 503, not
    /// 429), honouring `x-acs-retry-after` / `Retry-After`; 408 and 5xx are transient (repeated
    /// only for idempotent `Describe*` actions); everything else is final.
    fn classify(&self, answer: &ResponseSnapshot) -> Disposition {
        let throttled = answer.status.as_u16() == 429
            || body_code(&answer.body).is_some_and(|c| is_throttling_code(&c));
        if throttled {
            return Disposition::Throttled {
                wait: retry_after(&answer.headers, answer.received_at),
            };
        }
        if answer.status.as_u16() == 408 || answer.status.is_server_error() {
            Disposition::Transient
        } else {
            Disposition::Final
        }
    }

    /// The body's `RequestId`, else `x-acs-request-id`.
    fn request_id(&self, headers: &reqwest::header::HeaderMap, body: &[u8]) -> Option<String> {
        error_fields(body).request_id.or_else(|| {
            headers
                .get(REQUEST_ID_HEADER)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        })
    }

    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        error_fields(&answer.body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Provider as _;
    use std::time::Duration;

    fn provider() -> Provider {
        Provider::new(
            &Credentials::new("YourAccessKeyId", "YourAccessKeySecret"),
            CredentialSource::Explicit,
        )
    }

    fn ctx(secs: u64, nonce: &str) -> AttemptContext {
        AttemptContext {
            attempt: 1,
            now: UNIX_EPOCH + Duration::from_secs(secs),
            nonce: nonce.to_string(),
            query_marker: None,
        }
    }

    /// Alibaba's published ACS3 example (RunInstances on ECS), going through the provider: the
    /// action and version are taken from the query and the published signature comes out.
    #[test]
    fn published_example_through_the_provider() {
        let url = "https://ecs.cn-shanghai.aliyuncs.com/?Action=RunInstances&Version=2014-05-26\
                   &ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
        let mut req = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
        // 2023-10-26T10:22:32Z
        provider()
            .sign(
                &mut req,
                &ctx(1_698_315_752, "3156853299f313e23d1673dc12e1703d"),
            )
            .unwrap();
        let h = req.headers();
        assert_eq!(h["x-acs-action"], "RunInstances");
        assert_eq!(h["x-acs-version"], "2014-05-26");
        assert_eq!(h["x-acs-date"], "2023-10-26T10:22:32Z");
        assert_eq!(
            h["x-acs-signature-nonce"],
            "3156853299f313e23d1673dc12e1703d"
        );
        assert_eq!(h["x-acs-content-sha256"], acs3::EMPTY_BODY_SHA256);
        assert!(h.get("x-acs-security-token").is_none());
        assert_eq!(
            h["authorization"],
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;\
             x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,\
             Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
        );
        assert_eq!(
            req.url().query(),
            Some(
                "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"
            )
        );
    }

    #[test]
    fn query_is_replaced_by_the_canonical_one_and_signing_again_is_stable() {
        let url = "http://127.0.0.1:8080/?Action=DeployApi&Version=2016-07-14&StageName=RELEASE\
                   &Description=a+b%2Bc%2A%7E%2F+%EB%B0%B0%ED%8F%AC&ApiId=x";
        let mut req = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
        let p = provider();
        p.sign(&mut req, &ctx(1_700_000_000, "n1")).unwrap();
        let once = req.url().query().unwrap().to_string();
        assert_eq!(
            once,
            "ApiId=x&Description=a%20b%2Bc%2A~%2F%20%EB%B0%B0%ED%8F%AC&StageName=RELEASE"
        );
        let auth = req.headers()["authorization"].clone();
        // Signing the signed request again (Action/Version now in headers) gives the same result.
        p.sign(&mut req, &ctx(1_700_000_000, "n1")).unwrap();
        assert_eq!(req.url().query().unwrap(), once);
        assert_eq!(req.headers()["authorization"], auth);
        assert!(auth.is_sensitive());
    }

    /// The call's marker given to signing gives the request (query and signature) that writing
    /// it into the URL first gives: in the first pair of its name, or added when there is none.
    #[test]
    fn a_query_marker_is_signed_as_if_it_were_in_the_url() {
        use crate::runtime::marker::QueryMarker;
        let base = "http://127.0.0.1:8080/?Action=DeployApi&Version=2016-07-14&StageName=RELEASE";
        let marker = |value: &str| {
            let mut c = ctx(1_700_000_000, "n1");
            c.query_marker = Some(QueryMarker {
                name: "Description",
                value: value.into(),
            });
            c
        };
        let signed = |url: String, ctx: &AttemptContext| {
            let mut req = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
            provider().sign(&mut req, ctx).unwrap();
            (
                req.url().query().unwrap().to_string(),
                req.headers()["authorization"].clone(),
            )
        };
        let plain = ctx(1_700_000_000, "n1");
        for (given, with_marker, written) in [
            (
                "&Description=v1&ApiId=x",
                "v1 [deploykit:ab]",
                "&Description=v1+%5Bdeploykit%3Aab%5D&ApiId=x",
            ),
            (
                "&ApiId=x",
                "[deploykit:ab]",
                "&ApiId=x&Description=%5Bdeploykit%3Aab%5D",
            ),
            (
                "&Description=a&Description=b",
                "a [deploykit:ab]",
                "&Description=a+%5Bdeploykit%3Aab%5D&Description=b",
            ),
        ] {
            let deferred = signed(format!("{base}{given}"), &marker(with_marker));
            assert_eq!(
                deferred,
                signed(format!("{base}{written}"), &plain),
                "{given}"
            );
            assert!(
                deferred.0.contains("%5Bdeploykit%3Aab%5D"),
                "{}",
                deferred.0
            );
        }
    }

    /// A POST of `url` with `Action` and `Version` in their headers, as generated calls build
    /// one, through the one-pass signing path: the request, and what that path did (`None`:
    /// not taken).
    fn signed_as_generated(
        url: url::Url,
        action: &'static str,
        ctx: &AttemptContext,
    ) -> (reqwest::Request, Option<Result<()>>) {
        let mut request = reqwest::Request::new(reqwest::Method::POST, url);
        let headers = request.headers_mut();
        headers.insert(ACTION, HeaderValue::from_static(action));
        headers.insert(VERSION, HeaderValue::from_static("2016-07-14"));
        let signer = signer(&Credentials::new("YourAccessKeyId", "YourAccessKeySecret"));
        let taken = apply_canonical(&signer, &mut request, ctx);
        (request, taken)
    }

    /// A request as generated calls build it (canonical query, `Action` and `Version` in their
    /// headers) is signed as it is, and comes out as the same request in the URL's form encoding
    /// with `Action` and `Version` in its query does; with a marker still to be put in, it takes
    /// the decoding path and comes out the same too.
    #[test]
    fn a_canonical_query_is_signed_as_it_is_as_the_decoded_one_would_be() {
        use crate::runtime::marker::QueryMarker;
        use proptest::prelude::*;
        let keys =
            prop::sample::select(vec!["ApiId", "Description", "Tag.1", "a b", "x*~", "배포"]);
        let pairs = prop::collection::vec((keys, "[ -~배포]{0,6}"), 0..6);
        let marker = prop::option::of("[ -~배포]{0,6}");
        proptest!(ProptestConfig::with_cases(2_000), |(pairs in pairs, marker in marker)| {
            let mut ctx = ctx(1_700_000_000, "n1");
            ctx.query_marker = marker.map(|value| QueryMarker {
                name: "Description",
                value: value.into(),
            });
            let mut form = url::form_urlencoded::Serializer::new(String::from(
                "Action=DeployApi&Version=2016-07-14",
            ));
            form.extend_pairs(&pairs);
            let url = format!("http://127.0.0.1:8080/?{}", form.finish());
            let mut decoded = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
            provider().sign(&mut decoded, &ctx).unwrap();

            let borrowed: Vec<(&str, &str)> =
                pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let query = acs3::canonical_query(&borrowed);
            let mut url: url::Url = "http://127.0.0.1:8080/".parse().unwrap();
            url.set_query((!query.is_empty()).then_some(&query));
            let (mut canonical, taken) = signed_as_generated(url, "DeployApi", &ctx);
            // Taken unless a marker is still to be put in: the decoding path does that (the
            // first pair of its name takes it, and which one is first changed when the pairs
            // were sorted, so the two requests are compared only without duplicates).
            prop_assert_eq!(taken.is_some(), ctx.query_marker.is_none());
            let twice = pairs.iter().filter(|(k, _)| *k == "Description").count() > 1;
            if taken.is_none() {
                if twice {
                    return Ok(());
                }
                provider().sign(&mut canonical, &ctx).unwrap();
            }
            prop_assert_eq!(canonical.url().as_str(), decoded.url().as_str());
            prop_assert_eq!(canonical.headers(), decoded.headers());
        });
    }

    /// A repeat list flattened in the canonical style (`BatchDeployApis`' `Api`, as the runtime's
    /// `flatten_query` writes it: its own test) is signed as it is, like any other canonical
    /// query.
    #[test]
    fn a_flattened_repeat_list_is_signed_as_it_is() {
        let url: url::Url = "http://127.0.0.1:8080/?Api.1.ApiUid=a%20b&Description=d"
            .parse()
            .unwrap();
        let (request, taken) =
            signed_as_generated(url, "BatchDeployApis", &ctx(1_700_000_000, "n1"));
        assert!(matches!(taken, Some(Ok(()))));
        assert_eq!(
            request.url().query(),
            Some("Api.1.ApiUid=a%20b&Description=d")
        );
        assert!(request.headers().contains_key(AUTHORIZATION));
    }

    /// The query is decoded as `Url::query_pairs` decodes it.
    #[test]
    fn query_decoding_matches_form_urlencoded() {
        let cases = [
            "a+b%2Bc%2A%7E%2F+%EB%B0%B0%ED%8F%AC",
            "plain",
            "",
            "%",
            "%4",
            "%zz%41",
            "%+1",
            "100%",
            "%ff%fe+x",
            "%EB%B0",
            "a%20b%20",
        ];
        let mut rng = fastrand::Rng::with_seed(18);
        let alphabet = b"ab+%0123456789ABCDEFefz";
        let random = (0..2_000).map(|_| {
            let len = rng.usize(0..12);
            (0..len)
                .map(|_| char::from(alphabet[rng.usize(..alphabet.len())]))
                .collect::<String>()
        });
        let mut buf = String::new();
        let mut bytes = Vec::new();
        for s in cases.iter().map(|s| s.to_string()).chain(random) {
            let pair = format!("{s}=");
            let (k, _) = url::form_urlencoded::parse(pair.as_bytes())
                .next()
                .unwrap_or_default();
            buf.clear();
            let (start, end) = push_decoded(&mut buf, &mut bytes, &s);
            assert_eq!(&buf[start..end], k, "{s}");
        }
    }

    #[test]
    fn host_keeps_a_non_default_port() {
        let u: url::Url = "http://127.0.0.1:8080/".parse().unwrap();
        assert_eq!(host_header(&u).unwrap(), "127.0.0.1:8080");
        let u: url::Url = "https://apigateway.cn-hangzhou.aliyuncs.com:443/"
            .parse()
            .unwrap();
        assert_eq!(
            host_header(&u).unwrap(),
            "apigateway.cn-hangzhou.aliyuncs.com"
        );
        let u: url::Url = "http://[::1]:9/".parse().unwrap();
        assert_eq!(host_header(&u).unwrap(), "[::1]:9");
    }

    #[test]
    fn sts_token_is_sent_and_signed() {
        let p = Provider::new(
            &Credentials::new("STS.ID", "S").with_security_token("TOK"),
            CredentialSource::Explicit,
        );
        let mut req = reqwest::Request::new(
            reqwest::Method::POST,
            "https://apigateway.cn-hangzhou.aliyuncs.com/?Action=DeployApi&Version=2016-07-14"
                .parse()
                .unwrap(),
        );
        p.sign(&mut req, &ctx(1_700_000_000, "n")).unwrap();
        assert_eq!(req.headers()["x-acs-security-token"], "TOK");
        assert!(
            req.headers()["authorization"]
                .to_str()
                .unwrap()
                .contains("x-acs-security-token")
        );
        assert_eq!(req.url().query(), None);
    }

    #[test]
    fn missing_action_is_refused() {
        let mut req = reqwest::Request::new(
            reqwest::Method::POST,
            "https://x.example/?Version=1".parse().unwrap(),
        );
        let e = provider().sign(&mut req, &ctx(0, "n")).unwrap_err();
        assert!(e.to_string().contains("Action"));
    }

    fn snapshot(status: u16, body: &str, headers: &[(&str, &str)]) -> ResponseSnapshot {
        let mut h = reqwest::header::HeaderMap::new();
        for (k, v) in headers {
            h.insert(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        ResponseSnapshot {
            status: reqwest::StatusCode::from_u16(status).unwrap(),
            headers: h,
            body: bytes::Bytes::from(body.to_string()),
            attempt: 1,
            received_at: UNIX_EPOCH,
        }
    }

    #[test]
    fn throttling_codes_are_throttled_whatever_the_status() {
        let p = provider();
        let t = snapshot(
            400,
            r#"{"Code":"Throttling.User","Message":"Request was denied due to user flow control."}"#,
            &[("x-acs-retry-after", "1500")],
        );
        assert_eq!(
            p.classify(&t),
            Disposition::Throttled {
                wait: Some(Duration::from_millis(1500))
            }
        );
        let t = snapshot(503, r#"{"Code":"Throttling"}"#, &[]);
        assert_eq!(p.classify(&t), Disposition::Throttled { wait: None });
        assert_eq!(
            p.classify(&snapshot(500, r#"{"Code":"InternalError"}"#, &[])),
            Disposition::Transient
        );
        assert_eq!(
            p.classify(&snapshot(503, "<html>busy</html>", &[])),
            Disposition::Transient
        );
        assert_eq!(
            p.classify(&snapshot(400, r#"{"Code":"InvalidParameter"}"#, &[])),
            Disposition::Final
        );
        assert_eq!(
            p.classify(&snapshot(403, r#"{"Code":"SignatureDoesNotMatch"}"#, &[])),
            Disposition::Final
        );
    }

    #[test]
    fn request_id_comes_from_the_body_first() {
        let p = provider();
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("x-acs-request-id", "HEADER-ID".parse().unwrap());
        assert_eq!(
            p.request_id(&h, br#"{"RequestId":"BODY-ID"}"#).as_deref(),
            Some("BODY-ID")
        );
        assert_eq!(p.request_id(&h, b"").as_deref(), Some("HEADER-ID"));
    }

    #[test]
    fn error_body_gives_code_message_details_and_hints() {
        let body = error_fields(
            br#"{"RequestId":"R","HostId":"apigateway.cn-hangzhou.aliyuncs.com","Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.","Recommend":"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch"}"#,
        );
        assert_eq!(body.code.as_deref(), Some("SignatureDoesNotMatch"));
        assert_eq!(body.request_id.as_deref(), Some("R"));
        assert_eq!(body.details.len(), 2);
        assert!(body.hint.unwrap().contains("clock"));
        assert_eq!(error_fields(b"<html>busy</html>"), ErrorFields::default());
        for (code, word) in [
            ("InvalidTimeStamp.Expired", "15 minutes"),
            ("SignatureNonceUsed", "nonce"),
            ("InvalidAccessKeyId.NotFound", "AccessKey id"),
            ("Throttling.User", "throttled"),
        ] {
            assert!(hint_for_code(code).unwrap().contains(word), "{code}");
        }
        assert!(hint_for_code("InvalidParameter").is_none());
    }
}
