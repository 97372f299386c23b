//! The one error type of every deploykit call, generated or hand-written.
//!
//! An error is born typed where it happens (input checks, credentials, token issuance, signing,
//! the transport, the provider's answer, decoding) and reaches the caller as that same value:
//! nothing is encoded into strings or rebuilt responses on the way.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

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

/// What a failed call did at the provider, as far as deploykit can tell: the fact a release
/// pipeline needs before it repeats a deploy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing reached the provider (bad input, missing credentials, a connection that was never
    /// made, a token that could not be issued): repeating the call is safe.
    NotSent,
    /// The provider answered that it did not act: a `4xx` with its error body, throttling, NHN's
    /// `isSuccessful: false`.
    Refused,
    /// The request reached the provider and then the outcome was lost: a `5xx`, a timeout, a
    /// broken connection, an answer that cannot be read. The call may have taken effect: check
    /// before repeating it.
    Unknown,
    /// The provider acted and reported the result as a failure (a deploy that ran and failed).
    Done,
}

/// What kind of failure this is. The command line maps kinds to exit codes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Input that the spec or provider rules reject, found before any request.
    InvalidInput,
    /// Credentials or configuration missing or unusable.
    Credentials,
    /// The provider answered with an error.
    Provider,
    /// The provider throttled the call and the wait it asked for exceeds the configured maximum
    /// (or the attempts ran out while waiting).
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
    /// The transport is in dry-run mode: the signed request was shown, not sent.
    DryRun,
}

impl ErrorKind {
    /// A short name of the kind (`rate limited`, `invalid response` …), as errors print it.
    pub fn label(&self) -> &'static str {
        match self {
            Self::InvalidInput => "invalid input",
            Self::Credentials => "credentials",
            Self::Provider => "provider error",
            Self::RateLimited { .. } => "rate limited",
            Self::Transport => "transport",
            Self::InvalidResponse => "invalid response",
            Self::DeployFailed => "deploy failed",
            Self::Timeout => "timed out",
            Self::DryRun => "dry run",
        }
    }
}

/// What a provider's error body says, read by the provider's rules (see
/// [`Provider::error_fields`](super::Provider::error_fields)).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorFields {
    /// The provider's error code (`SignatureDoesNotMatch`, `210`, `-4000` …).
    pub code: Option<String>,
    /// The provider's message.
    pub message: Option<String>,
    /// A request id carried in the body (some providers put it there rather than in a header).
    pub request_id: Option<String>,
    /// Extra lines (GitHub's `errors[]` entries, NCP's `details`).
    pub details: Vec<String>,
    /// Advice for this code, when deploykit knows better than the message.
    pub hint: Option<String>,
}

/// A failed deploykit call: what happened, where, and what to do about it.
///
/// Carries the provider's error code and message, the HTTP status and the request id when there
/// was an answer, the operation, whether the request may have reached the provider, and the
/// underlying cause. `Display` gives one line a person can act on; `Debug` gives that line and
/// then the fields, never the internals of the HTTP stack.
#[derive(Clone)]
pub struct Error(Box<Inner>);

#[derive(Clone)]
struct Inner {
    kind: ErrorKind,
    provider: Option<&'static str>,
    operation: Option<&'static str>,
    status: Option<u16>,
    code: Option<String>,
    message: String,
    request_id: Option<String>,
    details: Vec<String>,
    sent: Sent,
    hint: Option<String>,
    marker: Option<String>,
    outcome: Option<Outcome>,
    idempotent: bool,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    /// A new error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        let sent = match kind {
            ErrorKind::InvalidInput | ErrorKind::Credentials | ErrorKind::DryRun => Sent::No,
            ErrorKind::Transport => Sent::Maybe,
            _ => Sent::Yes,
        };
        Self(Box::new(Inner {
            kind,
            provider: None,
            operation: None,
            status: None,
            code: None,
            message: message.into(),
            request_id: None,
            details: Vec::new(),
            sent,
            hint: None,
            marker: None,
            outcome: None,
            idempotent: false,
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

    /// Set the provider name (kept when already set).
    pub fn with_provider(mut self, provider: &'static str) -> Self {
        self.0.provider.get_or_insert(provider);
        self
    }
    /// Set the operation (kept when already set).
    pub fn with_operation(mut self, operation: &'static str) -> Self {
        self.0.operation.get_or_insert(operation);
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
    /// Add lines of detail (e.g. GitHub's `errors[]`).
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
    /// Change the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.0.message = message.into();
        self
    }
    /// Record the correlation marker the request carried (see [`crate::runtime::marker`]).
    pub fn with_marker(mut self, marker: impl Into<String>) -> Self {
        self.0.marker = Some(marker.into());
        self
    }
    /// Say that the call is idempotent (a read, or safe to repeat): even when its answer was lost
    /// it changed nothing that running it again would change twice.
    pub fn with_idempotent(mut self, idempotent: bool) -> Self {
        self.0.idempotent = idempotent;
        self
    }
    /// Say what the call did at the provider when it is known better than the kind and status
    /// tell (a lost answer settled by looking the call up in the provider's history).
    pub fn with_outcome(mut self, outcome: Outcome) -> Self {
        self.0.outcome = Some(outcome);
        self
    }
    /// Attach the underlying cause.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.0.source = Some(Arc::new(source));
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
    /// The spec's `operationId` of the failed call, when known.
    pub fn operation(&self) -> Option<&'static str> {
        self.0.operation
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
    /// Advice on what to do, when there is some.
    pub fn hint(&self) -> Option<&str> {
        self.0.hint.as_deref()
    }
    /// The correlation marker the request carried, when its outcome is unknown: look it up in
    /// the provider's history to learn whether the call took effect (see
    /// [`crate::runtime::marker`]).
    pub fn marker(&self) -> Option<&str> {
        self.0.marker.as_deref()
    }
    /// Whether the request may have reached the server.
    pub fn sent(&self) -> Sent {
        self.0.sent
    }
    /// `true` unless the request provably never left the machine.
    pub fn may_have_reached_server(&self) -> bool {
        self.0.sent != Sent::No
    }
    /// What the call did at the provider (see [`Outcome`]).
    pub fn outcome(&self) -> Outcome {
        if let Some(known) = self.0.outcome {
            return known;
        }
        match (&self.0.kind, self.0.sent) {
            (ErrorKind::DryRun, _) | (_, Sent::No) => Outcome::NotSent,
            (ErrorKind::RateLimited { .. }, _) => Outcome::Refused,
            (ErrorKind::DeployFailed, _) => Outcome::Done,
            (ErrorKind::Provider, _) => match self.0.status {
                // A `2xx` that says it failed (NHN's envelope), or a `4xx`: the provider refused.
                Some(200..=499) => Outcome::Refused,
                _ => Outcome::Unknown,
            },
            (ErrorKind::InvalidInput | ErrorKind::Credentials, _) => Outcome::Refused,
            _ => Outcome::Unknown,
        }
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
                    write!(f, " until {}", http_date(*t))?;
                }
                write!(f, ": ")?;
            }
            ErrorKind::DeployFailed => write!(f, "deploy failed: ")?,
            ErrorKind::Timeout => write!(f, "timed out: ")?,
            ErrorKind::Credentials => write!(f, "credentials: ")?,
            ErrorKind::InvalidInput => write!(f, "invalid input: ")?,
            ErrorKind::DryRun => write!(f, "dry run: ")?,
            _ => {}
        }
        if let Some(s) = self.0.status {
            write!(f, "HTTP {s} ")?;
        }
        if let Some(c) = &self.0.code {
            write!(f, "[{}] ", clean(c))?;
        }
        write!(f, "{}", clean(&self.0.message))?;
        for d in &self.0.details {
            write!(f, "; {}", clean(d))?;
        }
        if let Some(id) = &self.0.request_id {
            write!(f, " (request id {})", clean(id))?;
        }
        if let Some(h) = &self.0.hint {
            write!(f, " — {}", clean(h))?;
        }
        if self.outcome() == Outcome::Unknown {
            let what = self.0.operation.unwrap_or("the request");
            if self.0.idempotent {
                write!(f, " — the answer was lost; {what} is safe to repeat")?;
            } else {
                write!(
                    f,
                    " — outcome unknown: {what} reached the provider and may have taken effect; check its state before repeating it"
                )?;
            }
        }
        Ok(())
    }
}

/// The one-line message, then each field that is set, then the chain of causes as text.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.0;
        writeln!(f, "{self}")?;
        write!(f, "    kind: {}", i.kind.label())?;
        if let Some(p) = i.provider {
            write!(f, ", provider: {p}")?;
        }
        if let Some(o) = i.operation {
            write!(f, ", operation: {o}")?;
        }
        if let Some(s) = i.status {
            write!(f, ", status: {s}")?;
        }
        if let Some(c) = &i.code {
            write!(f, ", code: {c}")?;
        }
        if let Some(r) = &i.request_id {
            write!(f, ", request id: {r}")?;
        }
        let sent = match i.sent {
            Sent::No => "no",
            Sent::Maybe => "maybe",
            Sent::Yes => "yes",
        };
        write!(f, ", sent: {sent}")?;
        if let Some(m) = &i.marker {
            write!(f, ", marker: {m}")?;
        }
        for c in causes(self) {
            write!(f, "\n    caused by: {}", clean(&c.to_string()))?;
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

/// The causes of `e`, outermost first (`e` itself not included).
pub(crate) fn causes<'e>(
    e: &'e (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'e (dyn std::error::Error + 'static)> {
    std::iter::successors(e.source(), |c| c.source())
}

/// An HTTP date for messages; times outside what the format can show are shown as such instead of
/// failing.
pub(crate) fn http_date(t: SystemTime) -> String {
    const YEAR_9999: std::time::Duration = std::time::Duration::from_secs(253_402_300_799);
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) if d <= YEAR_9999 => httpdate::fmt_http_date(t),
        Ok(_) => "a time after the year 9999".to_string(),
        Err(_) => "a time before 1970".to_string(),
    }
}

/// `text` with the user information of every URL in it (`https://user:password@host`) replaced
/// by `***`, and control characters (terminal escape sequences …) escaped: what every message
/// that may carry a provider's words or a configured URL goes through before it is shown.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (before, after) = rest.split_at(at + 3);
        out.push_str(before);
        let end = after
            .find(|c: char| matches!(c, '/' | '?' | '#') || c.is_whitespace())
            .unwrap_or(after.len());
        let authority = &after[..end];
        match authority.rfind('@') {
            Some(i) => {
                out.push_str("***");
                out.push_str(&authority[i..]);
            }
            None => out.push_str(authority),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    if out.chars().any(char::is_control) {
        out = out
            .chars()
            .flat_map(|c| {
                let escaped: Vec<char> = if c.is_control() && c != '\n' {
                    c.escape_default().collect()
                } else {
                    vec![c]
                };
                escaped
            })
            .collect();
    }
    out
}

/// A wait for people: `45 s`, `3 min 20 s`, `2 h 5 min`, `more than 100 years`.
pub(crate) fn human_duration(d: std::time::Duration) -> String {
    let s = d.as_secs();
    if s >= 100 * 365 * 86_400 {
        return "more than 100 years".to_string();
    }
    match s {
        0 => format!("{} ms", d.as_millis()),
        1..=59 => format!("{s} s"),
        60..=3599 => format!("{} min {} s", s / 60, s % 60),
        3600..=172_799 => format!("{} h {} min", s / 3600, (s % 3600) / 60),
        _ => format!("{} days", s / 86_400),
    }
}

/// A short, single-line excerpt of a body for messages (whitespace collapsed, at most 200
/// characters, control characters escaped).
#[doc(hidden)]
pub fn snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out = String::new();
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_control() {
                out.extend(c.escape_default());
            } else {
                out.push(c);
            }
        }
        if out.chars().count() > 200 {
            let cut: String = out.chars().take(200).collect();
            return format!("{cut}…");
        }
    }
    out
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
    fn debug_is_the_line_then_the_fields_and_the_causes_as_text() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
        let e = Error::new(
            ErrorKind::Transport,
            "could not connect to https://x.example",
        )
        .with_provider("nhn")
        .with_operation("deploy")
        .with_sent(Sent::No)
        .with_source(io);
        assert_eq!(
            format!("{e:?}"),
            "nhn: could not connect to https://x.example\n    kind: transport, provider: nhn, operation: deploy, sent: no\n    caused by: connection refused"
        );
    }

    #[test]
    fn passwords_in_urls_and_escape_sequences_never_reach_the_terminal() {
        assert_eq!(
            clean("could not reach http://deploy:hunter2@proxy.example:8080/x and https://h/y"),
            "could not reach http://***@proxy.example:8080/x and https://h/y"
        );
        assert_eq!(clean("a\u{1b}[2Jb\u{7}"), "a\\u{1b}[2Jb\\u{7}");
        let e = Error::provider_answer("nhn", 500, None, "boom \u{1b}]0;pwned\u{7}", None)
            .with_hint("see http://u:p@h/");
        let s = e.to_string();
        assert!(!s.contains('\u{1b}') && !s.contains("u:p@"), "{s}");
    }

    #[test]
    fn dates_past_the_year_9999_do_not_panic() {
        let far = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(u64::MAX / 4);
        let e = Error::new(
            ErrorKind::RateLimited {
                reset_at: Some(far),
            },
            "slow down",
        );
        assert!(e.to_string().contains("after the year 9999"));
    }

    #[test]
    fn snippets_are_one_short_line_without_control_characters() {
        assert_eq!(
            snippet(b"<html>\n  <b>502</b>\n</html>"),
            "<html> <b>502</b> </html>"
        );
        assert_eq!(snippet(b"a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(snippet(&[b'x'; 500]).chars().count(), 201);
    }
}
