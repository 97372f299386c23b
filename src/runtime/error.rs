//! The one error type of every deploykit call.

use std::fmt;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::header::HeaderMap;

/// Result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Whether the failed request may have reached the provider — what decides if a deploy might
/// have happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// Rejected before any byte left the machine (bad input, missing credentials, connect error).
    No,
    /// It may have been received (the connection broke after the request was written).
    Maybe,
    /// The provider answered.
    Yes,
}

/// What kind of failure this is. The CLI maps kinds to exit codes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Input that the spec or provider rules reject, found before any request.
    InvalidInput,
    /// Credentials or configuration missing or unusable.
    Credentials,
    /// The provider answered with an error.
    Provider,
    /// The provider throttled the call and the wait it asked for exceeds the configured maximum.
    RateLimited {
        /// When the provider says the limit resets, if it says.
        reset_at: Option<SystemTime>,
    },
    /// Network failure or timeout (after the retries the policy allows).
    Transport,
    /// The provider's answer could not be understood (HTML error page, truncated JSON …).
    InvalidResponse,
    /// A deploy ran and failed (NHN `deployStatus: fail`, Alibaba task `FAILED` …).
    DeployFailed,
    /// Waiting for a deploy to finish exceeded its deadline.
    Timeout,
}

/// A failed deploykit call: what happened, where, and what to do about it.
///
/// Carries the provider's error code and message, the HTTP status and the request id when there
/// was an answer. `Display` gives one line a person can act on.
#[derive(Debug)]
pub struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    provider: Option<&'static str>,
    status: Option<u16>,
    code: Option<String>,
    message: String,
    request_id: Option<String>,
    details: Vec<String>,
    sent: Sent,
    hint: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// A new error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        let sent = match kind {
            ErrorKind::InvalidInput | ErrorKind::Credentials => Sent::No,
            ErrorKind::Transport => Sent::Maybe,
            _ => Sent::Yes,
        };
        Self(Box::new(Inner {
            kind,
            provider: None,
            status: None,
            code: None,
            message: message.into(),
            request_id: None,
            details: Vec::new(),
            sent,
            hint: None,
            source: None,
        }))
    }

    /// Bad input caught before any request.
    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidInput, message)
    }

    /// Missing or unusable credentials/configuration.
    pub fn credentials(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Credentials, message)
    }

    /// An error answer from the provider.
    pub fn provider_answer(
        provider: &'static str,
        status: u16,
        code: Option<String>,
        message: impl Into<String>,
        request_id: Option<String>,
    ) -> Self {
        let mut e = Self::new(ErrorKind::Provider, message);
        e.0.provider = Some(provider);
        e.0.status = Some(status);
        e.0.code = code;
        e.0.request_id = request_id;
        e.0.sent = Sent::Yes;
        e
    }

    /// Set the provider name.
    pub fn with_provider(mut self, provider: &'static str) -> Self {
        self.0.provider = Some(provider);
        self
    }
    /// Set the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.0.status = Some(status);
        self
    }
    /// Set the request id.
    pub fn with_request_id(mut self, id: Option<String>) -> Self {
        if id.is_some() {
            self.0.request_id = id;
        }
        self
    }
    /// Set the provider's error code.
    pub fn with_code(mut self, code: Option<String>) -> Self {
        if code.is_some() {
            self.0.code = code;
        }
        self
    }
    /// Add a line of detail (e.g. one of GitHub's `errors[]`).
    pub fn with_details(mut self, details: Vec<String>) -> Self {
        self.0.details.extend(details);
        self
    }
    /// Add advice on what to do.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.0.hint = Some(hint.into());
        self
    }
    /// Say whether the request may have reached the server.
    pub fn with_sent(mut self, sent: Sent) -> Self {
        self.0.sent = sent;
        self
    }
    /// Change the kind.
    pub fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.0.kind = kind;
        self
    }
    /// Attach the underlying cause.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Box::new(source));
        self
    }

    /// The kind of failure.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }
    /// Provider name (`github`, `ncloud`, `alibaba`, `nhn`), when known.
    pub fn provider(&self) -> Option<&'static str> {
        self.0.provider
    }
    /// HTTP status of the provider's answer.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }
    /// The provider's error code (`SignatureDoesNotMatch`, `210`, `-4000` …).
    pub fn code(&self) -> Option<&str> {
        self.0.code.as_deref()
    }
    /// The provider's (or deploykit's) message.
    pub fn message(&self) -> &str {
        &self.0.message
    }
    /// The provider's request id, for support tickets.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }
    /// Extra lines of detail.
    pub fn details(&self) -> &[String] {
        &self.0.details
    }
    /// Whether the request may have reached the server.
    pub fn sent(&self) -> Sent {
        self.0.sent
    }
    /// `true` unless the request provably never left the machine.
    pub fn may_have_reached_server(&self) -> bool {
        self.0.sent != Sent::No
    }
    /// Whether trying the same call again later could succeed.
    pub fn is_retryable(&self) -> bool {
        match self.0.kind {
            ErrorKind::RateLimited { .. } | ErrorKind::Transport | ErrorKind::Timeout => true,
            ErrorKind::Provider => matches!(self.0.status, Some(408 | 429 | 500 | 502 | 503 | 504)),
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.0.provider {
            write!(f, "{p}: ")?;
        }
        match &self.0.kind {
            ErrorKind::RateLimited { reset_at } => {
                write!(f, "rate limited")?;
                if let Some(t) = reset_at {
                    write!(f, " until {}", httpdate::fmt_http_date(*t))?;
                }
                write!(f, ": ")?;
            }
            ErrorKind::DeployFailed => write!(f, "deploy failed: ")?,
            ErrorKind::Timeout => write!(f, "timed out: ")?,
            ErrorKind::Credentials => write!(f, "credentials: ")?,
            ErrorKind::InvalidInput => write!(f, "invalid input: ")?,
            _ => {}
        }
        if let Some(s) = self.0.status {
            write!(f, "HTTP {s} ")?;
        }
        if let Some(c) = &self.0.code {
            write!(f, "[{c}] ")?;
        }
        write!(f, "{}", self.0.message)?;
        for d in &self.0.details {
            write!(f, "; {d}")?;
        }
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {id})")?;
        }
        if let Some(h) = &self.0.hint {
            write!(f, " — {h}")?;
        }
        if self.0.kind == ErrorKind::Transport && self.0.sent == Sent::Maybe {
            write!(
                f,
                " — the request may have reached the server; check its state before repeating it"
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0
            .source
            .as_ref()
            .map(|s| s.as_ref() as &(dyn std::error::Error + 'static))
    }
}

/// What a provider's error body says. Implemented by each provider module for its error schemas.
pub trait ProviderErrorBody {
    /// Provider name used in messages.
    const PROVIDER: &'static str;
    /// The provider's error code.
    fn code(&self) -> Option<String>;
    /// The provider's message.
    fn message(&self) -> Option<String>;
    /// Request id carried in the body, if the provider puts it there.
    fn request_id(&self) -> Option<String> {
        None
    }
    /// Extra detail lines.
    fn details(&self) -> Vec<String> {
        Vec::new()
    }
    /// Advice for this code, when deploykit knows better than the message.
    fn hint(&self) -> Option<String> {
        None
    }
    /// Whether the body says the call was throttled, whatever the HTTP status (Alibaba answers
    /// `Throttling.*` codes with 400 or 503). Such an error becomes [`ErrorKind::RateLimited`].
    fn throttled(&self) -> bool {
        false
    }
}

/// Operations whose spec declares no error body.
impl ProviderErrorBody for () {
    const PROVIDER: &'static str = "deploykit";
    fn code(&self) -> Option<String> {
        None
    }
    fn message(&self) -> Option<String> {
        None
    }
}

/// Body and context of an error answer, attached by the runtime to responses it hands back so the
/// error conversion can use them without reading the body again.
#[derive(Clone, Debug)]
pub struct AnswerContext {
    /// Provider name.
    pub provider: &'static str,
    /// Request id found in headers or body.
    pub request_id: Option<String>,
    /// The body as received.
    pub body: Bytes,
    /// Attempts made.
    pub attempts: u32,
    /// Throttled and the wait exceeded the bound: when the limit resets.
    pub rate_limited: Option<Option<SystemTime>>,
}

const TAG_SEP: char = '\u{1f}';

/// Carry an [`ErrorKind`] through progenitor's `Error::Custom(String)`.
pub(crate) fn encode_custom(e: &Error) -> String {
    let tag = match e.0.kind {
        ErrorKind::InvalidInput => "input",
        ErrorKind::Transport => "transport",
        ErrorKind::Provider => "provider",
        _ => "credentials",
    };
    let hint = e.0.hint.as_deref().unwrap_or("");
    format!("{tag}{TAG_SEP}{}{TAG_SEP}{hint}", e.0.message)
}

fn decode_custom(s: &str) -> Error {
    let mut parts = s.splitn(3, TAG_SEP);
    let (tag, message, hint) = match (parts.next(), parts.next(), parts.next()) {
        (Some(t), Some(m), h) => (t, m, h.unwrap_or("")),
        _ => ("credentials", s, ""),
    };
    let e = match tag {
        "input" => Error::invalid_input(message),
        "transport" => Error::new(ErrorKind::Transport, message).with_sent(Sent::No),
        "provider" => Error::new(ErrorKind::Provider, message),
        _ => Error::credentials(message),
    };
    if hint.is_empty() {
        e
    } else {
        e.with_hint(hint)
    }
}

/// Request id from the usual headers of the four providers.
pub fn request_id_from_headers(headers: &HeaderMap) -> Option<String> {
    const NAMES: [&str; 6] = [
        "x-github-request-id",
        "x-acs-request-id",
        "x-ncp-trace-id",
        "x-request-id",
        "x-nhn-request-id",
        "x-ca-request-id",
    ];
    NAMES.iter().find_map(|n| {
        headers
            .get(*n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    })
}

/// `reset_at` for a throttled answer: `x-ratelimit-reset` (epoch seconds) or `Retry-After`.
pub fn reset_at(headers: &HeaderMap, now: SystemTime) -> Option<SystemTime> {
    if let Some(reset) = headers
        .get("x-ratelimit-reset")
        .and_then(|v| v.to_str().ok())
        .and_then(|s| s.trim().parse::<u64>().ok())
    {
        return Some(SystemTime::UNIX_EPOCH + Duration::from_secs(reset));
    }
    super::retry::retry_after(headers, now).map(|d| now + d)
}

fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 200 {
        format!("{}…", flat.chars().take(200).collect::<String>())
    } else {
        flat
    }
}

/// Best-effort code/message from a JSON body of any of the four providers' shapes.
fn generic_fields(body: &[u8]) -> (Option<String>, Option<String>, Option<String>) {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (None, None, None);
    };
    let s = |p: &str| {
        v.pointer(p).and_then(|x| match x {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    let code = s("/Code")
        .or_else(|| s("/error/errorCode"))
        .or_else(|| s("/header/resultCode"));
    let message = s("/Message")
        .or_else(|| s("/error/message"))
        .or_else(|| s("/header/resultMessage"))
        .or_else(|| s("/message"));
    let request_id = s("/RequestId");
    (code, message, request_id)
}

impl<E: ProviderErrorBody> From<progenitor_client::Error<E>> for Error {
    fn from(e: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::InvalidRequest(m) => Error::invalid_input(m).with_provider(E::PROVIDER),
            P::Custom(m) => decode_custom(&m).with_provider(E::PROVIDER),
            P::CommunicationError(err) | P::InvalidUpgrade(err) => {
                let sent = if err.is_connect() {
                    Sent::No
                } else {
                    Sent::Maybe
                };
                let what = if err.is_timeout() {
                    "timed out"
                } else if err.is_connect() {
                    "could not connect"
                } else {
                    "connection failed"
                };
                let url = err
                    .url()
                    .map(|u| format!(" to {}", u.origin().ascii_serialization()))
                    .unwrap_or_default();
                Error::new(ErrorKind::Transport, format!("{what}{url}: {err}"))
                    .with_provider(E::PROVIDER)
                    .with_sent(sent)
                    .with_source(err)
            }
            P::ResponseBodyError(err) => Error::new(
                ErrorKind::Transport,
                format!("reading the response failed: {err}"),
            )
            .with_provider(E::PROVIDER)
            .with_sent(Sent::Yes)
            .with_source(err),
            P::InvalidResponsePayload(body, err) => Error::new(
                ErrorKind::InvalidResponse,
                format!(
                    "the response is not what the spec describes ({err}); it starts: {}",
                    snippet(&body)
                ),
            )
            .with_provider(E::PROVIDER)
            .with_sent(Sent::Yes),
            P::ErrorResponse(rv) => {
                let status = rv.status().as_u16();
                let header_id = request_id_from_headers(rv.headers());
                let mut throttled = throttled_reset(status, rv.headers(), None);
                if throttled.is_none() && rv.throttled() {
                    throttled = Some(reset_at(rv.headers(), SystemTime::now()));
                }
                let body = rv.into_inner();
                let mut err = Error::provider_answer(
                    E::PROVIDER,
                    status,
                    body.code(),
                    body.message()
                        .unwrap_or_else(|| "the provider returned an error".into()),
                    header_id.or_else(|| body.request_id()),
                )
                .with_details(body.details());
                if let Some(h) = body.hint() {
                    err = err.with_hint(h);
                }
                if let Some(reset) = throttled {
                    err = err.with_kind(ErrorKind::RateLimited { reset_at: reset });
                }
                err
            }
            P::UnexpectedResponse(resp) => {
                let status = resp.status().as_u16();
                let ctx = resp.extensions().get::<AnswerContext>().cloned();
                let headers = resp.headers().clone();
                let (body, provider, ctx_id, limited) = match &ctx {
                    Some(c) => (
                        c.body.clone(),
                        c.provider,
                        c.request_id.clone(),
                        c.rate_limited,
                    ),
                    None => (Bytes::new(), E::PROVIDER, None, None),
                };
                let (code, message, body_id) = generic_fields(&body);
                let message = match message {
                    Some(m) => m,
                    None if body.is_empty() => format!(
                        "unexpected HTTP {status} {}",
                        resp.status().canonical_reason().unwrap_or("")
                    ),
                    None => format!("unexpected answer: {}", snippet(&body)),
                };
                let mut err = Error::provider_answer(
                    provider,
                    status,
                    code,
                    message,
                    ctx_id
                        .or_else(|| request_id_from_headers(&headers))
                        .or(body_id),
                );
                if let Some(reset) = limited.or_else(|| throttled_reset(status, &headers, None)) {
                    err = err.with_kind(ErrorKind::RateLimited { reset_at: reset });
                }
                err
            }
        }
    }
}

/// `Some(reset)` when the answer is a rate limit (429, or a 403 with the limit exhausted).
fn throttled_reset(
    status: u16,
    headers: &HeaderMap,
    now: Option<SystemTime>,
) -> Option<Option<SystemTime>> {
    let exhausted = headers
        .get("x-ratelimit-remaining")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim() == "0");
    if status == 429 || (status == 403 && exhausted) {
        Some(reset_at(headers, now.unwrap_or_else(SystemTime::now)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_code_message_status_and_request_id() {
        let e = Error::provider_answer(
            "alibaba",
            400,
            Some("Throttling.User".into()),
            "Request was denied",
            Some("REQ-1".into()),
        );
        let s = e.to_string();
        assert_eq!(
            s,
            "alibaba: HTTP 400 [Throttling.User] Request was denied (request id REQ-1)"
        );
        assert!(e.may_have_reached_server());
    }

    #[test]
    fn custom_round_trip_keeps_kind() {
        let e = Error::credentials("set NCLOUD_ACCESS_KEY");
        let back = decode_custom(&encode_custom(&e));
        assert_eq!(back.kind(), &ErrorKind::Credentials);
        assert!(back.message().contains("NCLOUD_ACCESS_KEY"));
        assert!(!back.may_have_reached_server());
    }

    #[test]
    fn generic_fields_understand_each_provider_shape() {
        assert_eq!(
            generic_fields(br#"{"Code":"X","Message":"m","RequestId":"r"}"#),
            (Some("X".into()), Some("m".into()), Some("r".into()))
        );
        assert_eq!(
            generic_fields(br#"{"error":{"errorCode":"200","message":"Authentication Failed"}}"#)
                .0
                .as_deref(),
            Some("200")
        );
        assert_eq!(
            generic_fields(br#"{"header":{"resultCode":-4000,"resultMessage":"bad"}}"#)
                .0
                .as_deref(),
            Some("-4000")
        );
        assert_eq!(generic_fields(b"<html>502</html>"), (None, None, None));
    }
}
