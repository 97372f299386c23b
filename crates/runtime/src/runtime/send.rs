//! The one send path of every call, generated or hand-written: wire fixes, credentials, signing,
//! sending, retries, and the typed error of a failed call.
//!
//! Generated operations reach it through their hooks ([`super::generated`]); hand-written calls
//! (multipart upload, following pages) through [`call`]. Both get the same signing, retries,
//! error classification and tracing, and the same [`Error`] values.

use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use futures::FutureExt as _;
use futures::future::Either;
use progenitor_client::ResponseValue;
use reqwest::{Request, Response, StatusCode};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use super::OperationMeta;
use super::error::{Error, ErrorKind, Sent, causes, snippet};
use super::marker::{Marked, QueryMarker};
use super::repeat_list::flatten_query;
use super::transport::{
    AttemptContext, Disposition, Provider, QueryStyle, ResponseSnapshot, Transport,
};

/// Wire-level fixes before the first attempt: flatten repeat lists into `Name.N.Field`, written
/// back in the provider's query style.
/// (progenitor's `api-version` header is taken out of the generated code when it is built.)
pub(crate) fn prepare_request(
    request: &mut Request,
    op: &OperationMeta,
    style: QueryStyle,
) -> Result<(), Error> {
    flatten_query(request.url_mut(), op.repeat_list, style).map_err(|m| {
        Error::invalid_input(m)
            .with_operation(op.id)
            .with_sent(Sent::No)
    })?;
    Ok(())
}

/// One hand-written call of the spec operation `operation_id` (a multipart upload, a following
/// page): the same wire fixes, signing, retries and errors as a generated call. A non-2xx answer
/// is an [`Error`] with the provider's code, message and request id.
pub async fn call(
    transport: &Transport,
    http: &reqwest::Client,
    mut request: Request,
    operation_id: &str,
) -> Result<Response, Error> {
    let provider = transport.provider.name();
    let op = transport.operation(operation_id).ok_or_else(|| {
        Error::invalid_input(format!(
            "`{operation_id}` is not an operation of this client's spec"
        ))
        .with_provider(provider)
    })?;
    prepare_request(&mut request, op, transport.provider.query_style())
        .map_err(|e| e.with_provider(provider))?;
    send(transport, http, request, op, None).await
}

/// Sign, send and retry one request of `op`; `Ok` only for a `2xx` answer.
///
/// - The provider prepares first (credentials, a token); its error ends the call as it is.
/// - Every attempt is signed afresh with the transport's clock and a new nonce; a signing error
///   ends the call (nothing is sent unsigned).
/// - A connect error (nothing left the machine) is retried for any method; other transport
///   errors only for idempotent operations.
/// - Throttling answers (the provider refused without processing) are retried for any method,
///   waiting what the provider asks up to the policy's `max_wait`; longer demands end the call
///   as [`ErrorKind::RateLimited`].
/// - 5xx answers are retried only for idempotent operations.
/// - One extra attempt is allowed when the provider layer repairs an authentication failure
///   (clock skew, expired token).
/// - Streamed bodies cannot be replayed: such a request gets one attempt.
/// - In dry-run mode the request is signed offline and handed to the sink instead.
///
/// `marked` is the marker the request already carries (a canonical query writes it in, see
/// `generated::Query`); with `None` the operation's marker field, if any, is marked here.
#[inline(always)]
pub fn send<'a>(
    transport: &'a Transport,
    http: &'a reqwest::Client,
    request: Request,
    op: &'static OperationMeta,
    marked: Option<String>,
) -> impl Future<Output = Result<Response, Error>> + 'a {
    // Borrowed for the call, not cloned: no reference count shared by concurrent calls.
    let provider = &*transport.provider;
    let name = provider.name();
    let tag = move |e: Error| {
        e.with_provider(name)
            .with_operation(op.id)
            .with_idempotent(op.idempotent)
    };
    let mut request = request;
    let (marker, query_marker) = match op.marker {
        // Written when the query was (`generated::Query`).
        _ if marked.is_some() => (marked, None),
        Some(field) if transport.markers => {
            let marker = super::marker::marker_text(&transport.nonce());
            let deferred = provider.applies_query_marker();
            match super::marker::mark(&mut request, &field, &marker, deferred) {
                Marked::Left => (None, None),
                Marked::Written => (Some(marker), None),
                Marked::Deferred(query) => (Some(marker), Some(query)),
            }
        }
        _ => (None, None),
    };
    if let Some(sink) = transport.dry_run() {
        let ctx = AttemptContext {
            attempt: 1,
            now: transport.now(),
            nonce: attempt_nonce(transport, provider),
            query_marker,
        };
        let shown = provider.sign_offline(&mut request, &ctx).map(|()| {
            sink(&request);
            Error::new(
                ErrorKind::DryRun,
                format!("{} {} was shown, not sent", request.method(), op.id),
            )
        });
        return Either::Right(std::future::ready(Err(tag(shown.unwrap_or_else(|e| e)))));
    }
    let http = match (&transport.transfer_http, op.streaming) {
        (Some(transfers), true) => transfers,
        _ => http,
    };
    // Not an `async fn`: the work above needs no waiting, and the future handed back is the
    // attempts' own (an `async fn` would keep the request and that future in a state of its own,
    // one more copy of both for every call).
    Either::Left(
        attempts(transport, http, request, op, provider, query_marker).map(move |result| {
            result.map_err(|e| {
                let e = tag(e);
                match &marker {
                    Some(m) if e.outcome() == super::Outcome::Unknown => e.with_marker(m.clone()),
                    _ => e,
                }
            })
        }),
    )
}

/// The attempts of one call, in the call's span. A function returning the span's future rather
/// than an `async fn`: that would hold its arguments and the future below in a state of its own,
/// a level of copies for every call.
#[inline(always)]
fn attempts<'a>(
    transport: &'a Transport,
    http: &'a reqwest::Client,
    request: Request,
    op: &'static OperationMeta,
    provider: &'a dyn Provider,
    query_marker: Option<QueryMarker>,
) -> impl Future<Output = Result<Response, Error>> + 'a {
    let policy = &transport.retry;
    let idempotent = op.idempotent;
    let span = tracing::info_span!(
        "deploykit.call",
        provider = provider.name(),
        operation = op.id,
        method = %request.method(),
        attempts = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    // With no subscriber interested, the span is disabled: no clock is read and nothing is
    // recorded for it.
    let traced = !span.is_disabled();
    // Out here, so that the block below keeps the request in one slot of its state (moved in
    // and rebound inside, it would take two).
    let mut template = Some(request);
    async move {
        // Whatever the preparation asked for (a token request …), this call's own request was
        // not sent: the error keeps everything else it says.
        if provider.needs_prepare() {
            provider.prepare().await.map_err(|e| e.with_sent(Sent::No))?;
        }
        let started = traced.then(Instant::now);
        let mut attempt = 0u32;
        let mut repaired = false;
        // Time spent waiting between attempts; the policy bounds it for the whole call.
        let mut waited = Duration::ZERO;
        let deadline = (!op.streaming).then(|| op.timeout.unwrap_or(transport.limits.request_timeout));
        let finish = |attempt: u32, status: Option<u16>, request_id: Option<&str>| {
            let Some(started) = started else {
                return;
            };
            let span = tracing::Span::current();
            span.record("attempts", attempt);
            if let Some(s) = status {
                span.record("status", s);
            }
            if let Some(id) = request_id {
                span.record("request_id", id);
            }
            span.record("duration_ms", started.elapsed().as_millis() as u64);
        };
        loop {
            attempt += 1;
            // A copy is kept only when another attempt can follow: the policy allows more, or the
            // provider may repair an authentication failure (once).
            let again = attempt < policy.max_attempts || (!repaired && provider.may_recover());
            let Some(mut req) = next_attempt(&mut template, again) else {
                unreachable!("a request is always available when an attempt starts");
            };
            let replayable = template.is_some();
            {
                let ctx = AttemptContext {
                    attempt,
                    now: transport.now(),
                    nonce: attempt_nonce(transport, provider),
                    query_marker: query_marker.clone(),
                };
                provider.sign(&mut req, &ctx)?;
            }
            // A JSON call has a deadline for the whole exchange, answer included (a body that
            // trickles in byte by byte ends); transfers only have the HTTP client's idle timeout.
            *req.timeout_mut() = deadline;
            let more = replayable && attempt < policy.max_attempts;
            let mut may_wait = |wait: Duration| {
                let ok = waited.saturating_add(wait) <= policy.max_total_wait;
                if ok {
                    waited += wait;
                }
                ok
            };
            let on_wire = (!idempotent)
                .then(|| transport.activity.as_ref().map(|a| a.begin(op.id)))
                .flatten();
            let sent = http.execute(req).await;
            if let Some(w) = on_wire {
                w.settle();
            }
            let response = match sent {
                Ok(r) => r,
                Err(e) => {
                    let never_sent = never_processed(&e);
                    let wait = policy.backoff(attempt);
                    if more && (never_sent || idempotent) && may_wait(wait) {
                        tracing::warn!(attempt, error = %e, wait_ms = wait.as_millis() as u64, "transport error, retrying");
                        policy.sleep(wait).await;
                        continue;
                    }
                    finish(attempt, None, None);
                    return Err(transport_error(e));
                }
            };
            let received_at = transport.now();
            provider.observe(response.headers(), received_at);
            let status = response.status();
            if status.is_success() {
                if traced {
                    let id = provider.request_id(response.headers(), &[]);
                    finish(attempt, Some(status.as_u16()), id.as_deref());
                }
                return Ok(response);
            }
            // An error answer: read (the start of) it so it can be classified and explained.
            let headers = response.headers().clone();
            let body = match read_capped(response, transport.limits.max_error_body).await {
                Ok((body, _)) => body,
                Err(e) => {
                    finish(attempt, Some(status.as_u16()), None);
                    return Err(transport_error(e).with_status(status.as_u16()).with_sent(Sent::Yes));
                }
            };
            let snapshot = ResponseSnapshot { status, headers, body, attempt, received_at };
            let request_id = provider.request_id(&snapshot.headers, &snapshot.body);
            if !repaired && replayable && provider.recover(&snapshot).await {
                repaired = true;
                attempt -= 1;
                tracing::info!(status = status.as_u16(), "authentication repaired, signing again");
                continue;
            }
            let mut rate_limited = None;
            match provider.classify(&snapshot) {
                Disposition::Throttled { wait } => {
                    // The provider's classification already chose between its signals
                    // (`Retry-After`, a reset time): the limit lifts when that wait is over.
                    let wait = wait.unwrap_or_else(|| policy.backoff(attempt));
                    if wait <= policy.max_wait && more && may_wait(wait) {
                        tracing::warn!(attempt, status = status.as_u16(), wait_ms = wait.as_millis() as u64, "throttled, waiting");
                        policy.sleep(wait).await;
                        continue;
                    }
                    rate_limited = Some((received_at.checked_add(wait), wait));
                }
                Disposition::Transient if more && idempotent => {
                    let asked = super::retry::retry_after(&snapshot.headers, received_at)
                        .unwrap_or_default();
                    let wait = policy.backoff(attempt).max(asked.min(policy.max_wait));
                    if may_wait(wait) {
                        tracing::warn!(attempt, status = status.as_u16(), wait_ms = wait.as_millis() as u64, "server error, retrying idempotent request");
                        policy.sleep(wait).await;
                        continue;
                    }
                }
                _ => {}
            }
            finish(attempt, Some(status.as_u16()), request_id.as_deref());
            return Err(answer_error(provider, &snapshot, request_id, rate_limited));
        }
    }
    .instrument(span)
}

/// The nonce of one attempt: a fresh one for a provider that signs with it, else none (no draw).
fn attempt_nonce(transport: &Transport, provider: &dyn Provider) -> String {
    if provider.uses_nonce() {
        transport.nonce()
    } else {
        String::new()
    }
}

/// The request for the next attempt: a copy while the template can be cloned and `again` (another
/// attempt may follow), else the template itself (no further attempt is possible: none may
/// follow, or its body is a stream).
fn next_attempt(template: &mut Option<Request>, again: bool) -> Option<Request> {
    match template
        .as_ref()
        .filter(|_| again)
        .and_then(Request::try_clone)
    {
        Some(copy) => Some(copy),
        None => template.take(),
    }
}

/// The error an error answer stands for: what the provider's body says, or a description of the
/// answer when the body is not the provider's error shape.
pub(crate) fn answer_error(
    provider: &dyn Provider,
    answer: &ResponseSnapshot,
    request_id: Option<String>,
    rate_limited: Option<(Option<SystemTime>, Duration)>,
) -> Error {
    let fields = provider.error_fields(answer);
    let status = answer.status;
    let message = fields
        .message
        .filter(|m| !m.trim().is_empty())
        .unwrap_or_else(|| describe_unexpected(status, &answer.body));
    let mut err = Error::provider_answer(
        provider.name(),
        status.as_u16(),
        fields.code,
        message,
        request_id.or(fields.request_id),
    )
    .with_details(fields.details);
    if let Some(hint) = fields.hint {
        err = err.with_hint(hint);
    }
    if let Some((reset_at, asked)) = rate_limited {
        err = err
            .with_kind(ErrorKind::RateLimited { reset_at })
            .with_details(vec![format!(
                "the provider asked to wait {}",
                super::error::human_duration(asked)
            )]);
    }
    err
}

/// `unexpected HTTP 502 Bad Gateway` for an empty body, `unexpected answer: <html>…` otherwise.
pub(crate) fn describe_unexpected(status: StatusCode, body: &[u8]) -> String {
    if body.iter().all(u8::is_ascii_whitespace) {
        format!(
            "unexpected HTTP {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string()
    } else {
        format!("unexpected answer: {}", snippet(body))
    }
}

/// Decode a `2xx` JSON answer of `operation` as `T`: read at most the transport's limit, let the
/// provider refuse a success that is a failure (NHN's `isSuccessful: false`), then parse.
/// Anything else is an [`ErrorKind::InvalidResponse`] error naming the operation, status and
/// request id. Generated and hand-written calls decode with this.
pub async fn decode<T: DeserializeOwned>(
    transport: &Transport,
    operation: &'static str,
    response: Response,
) -> Result<ResponseValue<T>, Error> {
    let provider = &transport.provider;
    let idempotent = transport.operation(operation).is_some_and(|o| o.idempotent);
    let tag = |e: Error| {
        e.with_provider(provider.name())
            .with_operation(operation)
            .with_idempotent(idempotent)
    };
    let mut response = response;
    let status = response.status();
    // The body is read through the response; its headers are not needed for that.
    let headers = std::mem::take(response.headers_mut());
    let (body, truncated) = read_capped(response, transport.limits.max_json_body)
        .await
        .map_err(|e| {
            tag(transport_error(e)
                .with_status(status.as_u16())
                .with_sent(Sent::Yes))
        })?;
    // Only a failure reports the request id: not looked for in a good answer.
    let request_id =
        |headers: &reqwest::header::HeaderMap, body: &[u8]| provider.request_id(headers, body);
    if truncated {
        return Err(tag(Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "the answer is larger than {} bytes, the most deploykit reads (Limits::max_json_body)",
                transport.limits.max_json_body
            ),
        )
        .with_status(status.as_u16())
        .with_request_id(request_id(&headers, &body))));
    }
    let snapshot = ResponseSnapshot {
        status,
        headers,
        body,
        attempt: 0,
        received_at: transport.now(),
    };
    if provider.failed_success(&snapshot) {
        let id = request_id(&snapshot.headers, &snapshot.body);
        return Err(tag(answer_error(&**provider, &snapshot, id, None)));
    }
    // JSON, a `*+json` type or no type at all is read as JSON; a page (HTML, XML) never is, even
    // when it happens to parse.
    let content_type = snapshot
        .headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim())
        .unwrap_or_default();
    if is_page(content_type) {
        return Err(tag(Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "the answer is {}, not JSON; it starts: {}",
                content_type.to_ascii_lowercase(),
                snippet(&snapshot.body)
            ),
        )
        .with_status(status.as_u16())
        .with_request_id(request_id(&snapshot.headers, &snapshot.body))));
    }
    match serde_json::from_slice::<T>(&snapshot.body) {
        Ok(inner) => Ok(ResponseValue::new(inner, status, snapshot.headers)),
        Err(e) => Err(tag(Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "the answer is not what the spec describes ({e}); it starts: {}",
                snippet(&snapshot.body)
            ),
        )
        .with_status(status.as_u16())
        .with_request_id(request_id(&snapshot.headers, &snapshot.body)))),
    }
}

/// Whether a media type (without parameters) is a page, never read as JSON: `text/html…` or
/// anything naming XML (case-insensitive, without a lowercased copy).
fn is_page(media_type: &str) -> bool {
    let bytes = media_type.as_bytes();
    bytes
        .get(..9)
        .is_some_and(|start| start.eq_ignore_ascii_case(b"text/html"))
        || bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"xml"))
}

/// A transport failure as an [`Error`]: what happened, where, and the innermost cause (connection
/// refused, DNS, TLS …); `Sent::No` when nothing left the machine.
pub(crate) fn transport_error(e: reqwest::Error) -> Error {
    let target = e.url().cloned();
    // The URL may carry a password (`--endpoint http://user:pass@host`): keep only the origin.
    let e = e.without_url();
    let sent = if never_processed(&e) {
        Sent::No
    } else {
        Sent::Maybe
    };
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else if refused_by_http2(&e) {
        "the server refused the request without processing it"
    } else if e.is_body() || e.is_decode() {
        "reading the answer failed"
    } else {
        "the connection failed"
    };
    let place = target
        .map(|u| format!(" ({})", u.origin().ascii_serialization()))
        .unwrap_or_default();
    let cause = innermost_cause(&e);
    Error::new(ErrorKind::Transport, format!("{what}{place}: {cause}"))
        .with_sent(sent)
        .with_source(e)
}

/// Whether a failed request provably did not take effect, so that sending it again is safe
/// whatever its method: no connection was made, or an HTTP/2 server refused it unprocessed.
fn never_processed(e: &reqwest::Error) -> bool {
    e.is_connect() || refused_by_http2(e)
}

/// Whether an HTTP/2 server said it did not process the request (RFC 9113, section 8.7): it
/// refused the request's stream (`REFUSED_STREAM`), or it shut the connection down gracefully
/// (`GOAWAY` with `NO_ERROR`) before that stream. Other resets leave the outcome unknown.
fn refused_by_http2(e: &reqwest::Error) -> bool {
    causes(e)
        .find_map(|c| c.downcast_ref::<h2::Error>())
        .is_some_and(|h2| {
            h2.is_remote()
                && match h2.reason() {
                    Some(h2::Reason::REFUSED_STREAM) => h2.is_reset(),
                    Some(h2::Reason::NO_ERROR) => h2.is_go_away(),
                    _ => false,
                }
        })
}

/// The deepest cause's message, which names the real reason (reqwest's own message is generic).
fn innermost_cause(e: &(dyn std::error::Error + 'static)) -> String {
    causes(e).last().unwrap_or(e).to_string()
}

/// Read at most `cap` bytes of a body; `true` when more was there (and was not read).
pub(crate) async fn read_capped(
    mut response: Response,
    cap: usize,
) -> Result<(Bytes, bool), reqwest::Error> {
    // A body that comes in one chunk (a small answer) is kept as it came, not copied.
    let Some(first) = response.chunk().await? else {
        return Ok((Bytes::new(), false));
    };
    if first.len() > cap {
        return Ok((first.slice(..cap), true));
    }
    let Some(second) = response.chunk().await? else {
        return Ok((first, false));
    };
    let mut buf = BytesMut::with_capacity(first.len() + second.len());
    buf.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = match next.take() {
        Some(chunk) => Some(chunk),
        None => response.chunk().await?,
    } {
        let room = cap.saturating_sub(buf.len());
        if chunk.len() > room {
            buf.extend_from_slice(&chunk[..room]);
            return Ok((buf.freeze(), true));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok((buf.freeze(), false))
}
