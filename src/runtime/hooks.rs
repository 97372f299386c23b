//! What every generated operation runs: `pre` (credentials, early checks) and `exec` (sign, send,
//! retry). Hand-written calls (multipart upload, pagination, the CLI) use [`call`], the same path.

use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::{Request, Response};
use tracing::Instrument;

use super::OperationMeta;
use super::error::{AnswerContext, Error, ErrorKind, Sent, encode_custom};
use super::repeat_list::flatten_query;
use super::transport::{AttemptContext, Disposition, ResponseSnapshot, Transport};

/// The header progenitor adds to every request from `info.version`; no provider asks for it.
const PROGENITOR_VERSION_HEADER: &str = "api-version";

/// Runs before the first attempt of a generated call: resolves credentials and checks that the
/// request can be signed, so a missing key fails before any traffic.
pub async fn pre(
    transport: &Transport,
    request: &mut Request,
    operation_id: &str,
    ops: &'static [OperationMeta],
) -> Result<(), String> {
    let op = ops.iter().find(|o| o.id == operation_id);
    prepare_request(request, op).map_err(|e| encode_custom(&e))?;
    transport
        .provider
        .prepare()
        .await
        .map_err(|e| encode_custom(&e))?;
    // Sign a copy once per transport, so unusable credentials (characters a header cannot
    // carry …) fail here, before any traffic, rather than as an unsigned request. Credentials do
    // not change for a transport, so later calls skip the extra signature.
    if !transport.signing_checked()
        && let Some(mut probe) = request.try_clone()
    {
        let ctx = AttemptContext {
            attempt: 0,
            now: transport.now(),
            nonce: transport.nonce(),
        };
        transport
            .provider
            .sign(&mut probe, &ctx)
            .map_err(|e| encode_custom(&e))?;
        transport.mark_signing_checked();
    }
    Ok(())
}

/// Sends a generated call with signing and retries (see [`send`]).
pub async fn exec(
    transport: &Transport,
    client: &reqwest::Client,
    request: Request,
    operation_id: &str,
    ops: &'static [OperationMeta],
) -> reqwest::Result<Response> {
    let idempotent = ops
        .iter()
        .find(|o| o.id == operation_id)
        .is_some_and(|o| o.idempotent);
    send(transport, client, request, operation_id, idempotent).await
}

/// Wire-level fixes before signing: drop progenitor's `api-version` header, flatten repeat lists.
fn prepare_request(request: &mut Request, op: Option<&OperationMeta>) -> Result<(), Error> {
    request.headers_mut().remove(PROGENITOR_VERSION_HEADER);
    if let Some(op) = op {
        flatten_query(request.url_mut(), op.repeat_list).map_err(Error::invalid_input)?;
    }
    Ok(())
}

/// One call of a spec operation built by hand (the CLI): the same wire fixes as generated calls
/// (repeat lists flattened, progenitor's header dropped), then [`call`].
pub async fn call_operation(
    transport: &Transport,
    client: &reqwest::Client,
    mut request: Request,
    op: Option<&OperationMeta>,
    operation_id: &str,
) -> Result<Response, Error> {
    prepare_request(&mut request, op)?;
    let idempotent = op.is_some_and(|o| o.idempotent);
    call(transport, client, request, operation_id, idempotent).await
}

/// The request as it would be sent, signed with the transport's clock and nonce, without any
/// network traffic (`--dry-run`). Providers whose credentials need a round trip (a token) put a
/// placeholder in (see [`Provider::sign_offline`](super::Provider::sign_offline)).
pub async fn sign_for_display(
    transport: &Transport,
    mut request: Request,
    op: Option<&OperationMeta>,
) -> Result<Request, Error> {
    prepare_request(&mut request, op)?;
    let ctx = AttemptContext {
        attempt: 1,
        now: transport.now(),
        nonce: transport.nonce(),
    };
    transport.provider.sign_offline(&mut request, &ctx)?;
    Ok(request)
}

/// One call, hand-written: prepare credentials, then [`send`]. A non-2xx answer becomes an
/// [`Error`] with the provider's code, message and request id.
pub async fn call(
    transport: &Transport,
    client: &reqwest::Client,
    request: Request,
    operation_id: &str,
    idempotent: bool,
) -> Result<Response, Error> {
    let provider = transport.provider.name();
    transport
        .provider
        .prepare()
        .await
        .map_err(|e| e.with_provider(provider))?;
    let response = send(transport, client, request, operation_id, idempotent)
        .await
        .map_err(|e| {
            let sent = if e.is_connect() {
                Sent::No
            } else {
                Sent::Maybe
            };
            Error::new(ErrorKind::Transport, format!("{operation_id}: {e}"))
                .with_provider(provider)
                .with_sent(sent)
                .with_source(e)
        })?;
    if response.status().is_success() {
        return Ok(response);
    }
    Err(
        Error::from(progenitor_client::Error::<()>::UnexpectedResponse(response))
            .with_provider(provider),
    )
}

/// Sign, send and retry one request.
///
/// - Every attempt is signed afresh with the transport's clock and a new nonce.
/// - A connect error (nothing left the machine) is retried for any method; other transport
///   errors only for idempotent operations.
/// - Throttling answers (the provider refused without processing) are retried for any method,
///   waiting what the provider asks up to the policy's `max_wait`; longer demands are handed back
///   marked as rate limited.
/// - 5xx answers are retried only for idempotent operations.
/// - One extra attempt is allowed when the provider layer repairs an authentication failure
///   (clock skew, expired token).
/// - Streamed bodies cannot be replayed: such a request gets one attempt.
pub async fn send(
    transport: &Transport,
    client: &reqwest::Client,
    request: Request,
    operation_id: &str,
    idempotent: bool,
) -> reqwest::Result<Response> {
    let provider = transport.provider.clone();
    let policy = transport.retry.clone();
    let span = tracing::info_span!(
        "deploykit.call",
        provider = provider.name(),
        operation = operation_id,
        method = %request.method(),
        attempts = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    async move {
        let started = Instant::now();
        let mut template = Some(request);
        let mut attempt = 0u32;
        let mut repaired = false;
        let finish = |attempt: u32, status: Option<u16>, request_id: Option<&str>| {
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
            let Some(mut req) = next_attempt(&mut template) else {
                unreachable!("a request is always available when an attempt starts");
            };
            let replayable = template.is_some();
            let ctx = AttemptContext { attempt, now: transport.now(), nonce: transport.nonce() };
            if let Err(e) = provider.sign(&mut req, &ctx) {
                // `pre` signs a probe first, so this is not expected; send unsigned and let the
                // provider's answer explain.
                tracing::error!(error = %e, "signing failed");
            }
            let more = replayable && attempt < policy.max_attempts;
            let response = match client.execute(req).await {
                Ok(r) => r,
                Err(e) => {
                    let never_sent = e.is_connect();
                    if more && (never_sent || idempotent) {
                        let wait = policy.backoff(attempt);
                        tracing::warn!(attempt, error = %e, wait_ms = wait.as_millis() as u64, "transport error, retrying");
                        policy.sleep(wait).await;
                        continue;
                    }
                    finish(attempt, None, None);
                    return Err(e);
                }
            };
            let received_at = transport.now();
            provider.observe(response.headers(), received_at);
            let status = response.status();
            if !status.is_client_error() && !status.is_server_error() {
                let id = provider.request_id(response.headers(), &[]);
                finish(attempt, Some(status.as_u16()), id.as_deref());
                return Ok(response);
            }
            // An error answer: read it (error bodies are small) so it can be classified, and
            // keep it for the caller.
            let version = response.version();
            let headers = response.headers().clone();
            let body = response.bytes().await?;
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
                    if wait > policy.max_wait {
                        rate_limited = Some(Some(received_at + wait));
                    } else if more {
                        tracing::warn!(attempt, status = status.as_u16(), wait_ms = wait.as_millis() as u64, "throttled, waiting");
                        policy.sleep(wait).await;
                        continue;
                    } else {
                        rate_limited = Some(Some(received_at + wait));
                    }
                }
                Disposition::Transient if more && idempotent => {
                    let asked = super::retry::retry_after(&snapshot.headers, received_at).unwrap_or_default();
                    let wait = policy.backoff(attempt).max(asked.min(policy.max_wait));
                    tracing::warn!(attempt, status = status.as_u16(), wait_ms = wait.as_millis() as u64, "server error, retrying idempotent request");
                    policy.sleep(wait).await;
                    continue;
                }
                _ => {}
            }
            finish(attempt, Some(status.as_u16()), request_id.as_deref());
            return Ok(rebuild(version, snapshot, AnswerContext {
                provider: provider.name(),
                request_id,
                body: Bytes::new(),
                attempts: attempt,
                rate_limited,
            }));
        }
    }
    .instrument(span)
    .await
}

/// The request for the next attempt: a copy while the template can be cloned, else the template
/// itself (its body is a stream: no further attempt is possible).
fn next_attempt(template: &mut Option<Request>) -> Option<Request> {
    match template.as_ref().and_then(Request::try_clone) {
        Some(copy) => Some(copy),
        None => template.take(),
    }
}

/// Put an error answer back together for progenitor, with its context attached.
fn rebuild(
    version: reqwest::Version,
    snapshot: ResponseSnapshot,
    mut ctx: AnswerContext,
) -> Response {
    ctx.body = snapshot.body.clone();
    let mut builder = http::Response::builder()
        .status(snapshot.status)
        .version(version);
    if let Some(h) = builder.headers_mut() {
        *h = snapshot.headers;
    }
    let mut response = builder
        .body(snapshot.body)
        .expect("status and headers come from a valid response");
    response.extensions_mut().insert(ctx);
    Response::from(response)
}

/// How long the whole call may take is not bounded here; waits are. Exposed for documentation.
pub const NO_TOTAL_TIMEOUT: Option<Duration> = None;
