//! The shared retry policy against a local mock server: what is retried, what never is, and that
//! every attempt is signed afresh.

mod common;

use common::RecordingSleeper;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use deploykit::runtime::{
    AttemptContext, ErrorFields, ErrorKind, OperationMeta, Provider, ResponseSnapshot, RetryPolicy,
    Sent, Transport, call,
};
use httpmock::prelude::*;

/// Records the nonce of every signed attempt; signs with a header the mock can check.
#[derive(Debug, Default)]
struct RecordingProvider {
    nonces: Mutex<Vec<String>>,
    /// Says it signs without a nonce ([`Provider::uses_nonce`]).
    without_nonce: bool,
}

#[async_trait::async_trait]
impl Provider for RecordingProvider {
    fn name(&self) -> &'static str {
        "test"
    }
    fn uses_nonce(&self) -> bool {
        !self.without_nonce
    }
    fn sign(
        &self,
        request: &mut reqwest::Request,
        ctx: &AttemptContext,
    ) -> Result<(), deploykit::Error> {
        self.nonces.lock().unwrap().push(ctx.nonce.clone());
        request
            .headers_mut()
            .insert("x-test-nonce", ctx.nonce.parse().unwrap());
        Ok(())
    }
    fn request_id(&self, headers: &reqwest::header::HeaderMap, _body: &[u8]) -> Option<String> {
        headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        let message = serde_json::from_slice::<serde_json::Value>(&answer.body)
            .ok()
            .and_then(|v| v.get("message")?.as_str().map(str::to_string));
        ErrorFields {
            message,
            ..ErrorFields::default()
        }
    }
}

/// The operations of the tests' made-up spec: a read and a deploy.
static OPERATIONS: &[OperationMeta] = &[
    OperationMeta {
        id: "get_thing",
        method: "GET",
        path: "/thing",
        idempotent: true,
        repeat_list: &[],
        servers: &[],
        multipart: false,
        streaming: false,
        timeout: None,
        marker: None,
    },
    OperationMeta {
        id: "deploy",
        method: "POST",
        path: "/deploy",
        idempotent: false,
        repeat_list: &[],
        servers: &[],
        multipart: false,
        streaming: false,
        timeout: None,
        marker: None,
    },
];

fn transport(provider: Arc<RecordingProvider>, sleeper: &RecordingSleeper) -> Transport {
    let counter = Mutex::new(0u32);
    Transport::new(provider, OPERATIONS)
        .with_retry(
            RetryPolicy::default()
                .with_max_attempts(4)
                .with_sleeper(Arc::new(sleeper.clone()))
                .with_seed(1),
        )
        .with_nonce(move || {
            let mut c = counter.lock().unwrap();
            *c += 1;
            format!("nonce-{c}")
        })
}

fn http() -> reqwest::Client {
    deploykit::runtime::http::client(&Default::default())
}

#[tokio::test]
async fn get_is_retried_after_503_with_retry_after_and_resigned() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/thing")
                .header("x-test-nonce", "nonce-2");
            then.status(503).header("retry-after", "3").body("busy");
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/thing")
                .header("x-test-nonce", "nonce-3");
            then.status(200).body("{}");
        })
        .await;
    let provider = Arc::new(RecordingProvider::default());
    let sleeper = RecordingSleeper::default();
    let t = transport(provider.clone(), &sleeper);
    let req = reqwest::Request::new(reqwest::Method::GET, server.url("/thing").parse().unwrap());
    // nonce-1 is used by nobody here: `call` does not probe; the first attempt takes nonce-1.
    let _ = t.nonce();
    let resp = call(&t, &http(), req, "get_thing").await.unwrap();
    assert_eq!(resp.status(), 200);
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
    let waits = sleeper.waits();
    assert_eq!(waits.len(), 1);
    assert!(
        waits[0] >= Duration::from_secs(3),
        "Retry-After honoured: {waits:?}"
    );
    let nonces = provider.nonces.lock().unwrap().clone();
    assert_eq!(
        nonces,
        vec!["nonce-2", "nonce-3"],
        "each attempt signed with a fresh nonce"
    );
}

/// A provider that signs without a nonce gets none, and the nonce source is not drawn from.
#[tokio::test]
async fn a_provider_without_nonce_is_given_none() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET).path("/thing").header("x-test-nonce", "");
            then.status(503).header("retry-after", "0").body("busy");
        })
        .await;
    let provider = Arc::new(RecordingProvider {
        without_nonce: true,
        ..RecordingProvider::default()
    });
    let sleeper = RecordingSleeper::default();
    let t = transport(provider.clone(), &sleeper);
    let req = reqwest::Request::new(reqwest::Method::GET, server.url("/thing").parse().unwrap());
    let err = call(&t, &http(), req, "get_thing").await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    first.assert_calls_async(4).await;
    assert_eq!(*provider.nonces.lock().unwrap(), vec![""; 4]);
    assert_eq!(t.nonce(), "nonce-1", "no attempt drew a nonce");
}

#[tokio::test]
async fn post_is_not_retried_after_500() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST).path("/deploy");
            then.status(500)
                .header("content-type", "application/json")
                .body(r#"{"message":"boom"}"#);
        })
        .await;
    let provider = Arc::new(RecordingProvider::default());
    let sleeper = RecordingSleeper::default();
    let t = transport(provider, &sleeper);
    let mut req = reqwest::Request::new(
        reqwest::Method::POST,
        server.url("/deploy").parse().unwrap(),
    );
    *req.body_mut() = Some(reqwest::Body::from("{}"));
    let err = call(&t, &http(), req, "deploy").await.unwrap_err();
    m.assert_calls_async(1).await;
    assert!(sleeper.waits().is_empty());
    assert_eq!(err.status(), Some(500));
    assert_eq!(err.message(), "boom");
    assert_eq!(err.sent(), Sent::Yes);
    assert!(err.may_have_reached_server());
}

#[tokio::test]
async fn post_is_retried_after_connection_refused_and_sent_once() {
    // Reserve a port, then close it: the first attempt is refused (nothing left the machine).
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let sleeper = {
        let seen = seen.clone();
        // During the backoff, a server comes up on that port and answers one request.
        RecordingSleeper::on_first_wait(move || {
            let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
            std::thread::spawn(move || {
                let (mut s, _) = listener.accept().unwrap();
                let mut buf = vec![0u8; 4096];
                let n = s.read(&mut buf).unwrap();
                seen.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&buf[..n]).into_owned());
                s.write_all(
                    b"HTTP/1.1 201 Created\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
                )
                .unwrap();
            });
        })
    };
    let provider = Arc::new(RecordingProvider::default());
    let t = transport(provider.clone(), &sleeper);
    let mut req = reqwest::Request::new(
        reqwest::Method::POST,
        format!("http://127.0.0.1:{port}/deploy").parse().unwrap(),
    );
    *req.body_mut() = Some(reqwest::Body::from(r#"{"deploymentNo":1}"#));
    let resp = call(&t, &http(), req, "deploy").await.unwrap();
    assert_eq!(resp.status(), 201);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 1, "the server saw exactly one request");
    assert!(seen[0].starts_with("POST /deploy"));
    assert_eq!(
        provider.nonces.lock().unwrap().len(),
        2,
        "refused attempt and successful one both signed"
    );
}

/// An HTTP/2 server on loopback (cleartext, prior knowledge) that answers its streams in turn:
/// `Err(reason)` resets the stream with that reason, `Ok(status)` answers `{}` with that status.
/// Returns its port and the `METHOD path` of every stream it was asked.
async fn http2_server(answers: Vec<Result<u16, h2::Reason>>) -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        let (socket, _) = listener.accept().await.unwrap();
        let mut conn = h2::server::handshake(socket).await.unwrap();
        let mut answers = answers.into_iter();
        while let Some(Ok((request, mut respond))) = conn.accept().await {
            log.lock()
                .unwrap()
                .push(format!("{} {}", request.method(), request.uri().path()));
            match answers.next() {
                Some(Ok(status)) => {
                    let head = http::Response::builder().status(status).body(()).unwrap();
                    let mut body = respond.send_response(head, false).unwrap();
                    body.send_data(bytes::Bytes::from_static(b"{}"), true)
                        .unwrap();
                }
                Some(Err(reason)) => respond.send_reset(reason),
                None => respond.send_reset(h2::Reason::INTERNAL_ERROR),
            }
        }
    });
    (port, seen)
}

/// deploykit's HTTP client, speaking HTTP/2 to a cleartext server.
fn http2() -> reqwest::Client {
    deploykit::runtime::http::client_builder(&Default::default())
        .http2_prior_knowledge()
        .build()
        .unwrap()
}

fn deploy_request(port: u16) -> reqwest::Request {
    let mut req = reqwest::Request::new(
        reqwest::Method::POST,
        format!("http://127.0.0.1:{port}/deploy").parse().unwrap(),
    );
    *req.body_mut() = Some(reqwest::Body::from(r#"{"deploymentNo":1}"#));
    req
}

/// What became of a deploy sent to an [`http2_server`] answering `answers`, through the tests'
/// transport (four attempts): the result, the streams the server was asked, the nonces the
/// attempts were signed with, and the waits between them.
struct OverHttp2 {
    result: Result<reqwest::Response, deploykit::Error>,
    seen: Vec<String>,
    nonces: Vec<String>,
    waits: Vec<Duration>,
}

async fn deploy_over_http2(answers: Vec<Result<u16, h2::Reason>>) -> OverHttp2 {
    let (port, seen) = http2_server(answers).await;
    let provider = Arc::new(RecordingProvider::default());
    let sleeper = RecordingSleeper::default();
    let t = transport(provider.clone(), &sleeper);
    let result = call(&t, &http2(), deploy_request(port), "deploy").await;
    let seen = seen.lock().unwrap().clone();
    let nonces = provider.nonces.lock().unwrap().clone();
    OverHttp2 {
        result,
        seen,
        nonces,
        waits: sleeper.waits(),
    }
}

#[tokio::test]
async fn post_refused_unprocessed_by_an_http2_server_is_sent_again() {
    // REFUSED_STREAM: the server says it did not process the request (RFC 9113, 8.7), so even a
    // deploy is repeated, signed afresh, after the policy's backoff.
    let sent = deploy_over_http2(vec![Err(h2::Reason::REFUSED_STREAM), Ok(201)]).await;
    assert_eq!(sent.result.unwrap().status(), 201);
    assert_eq!(sent.seen, vec!["POST /deploy"; 2]);
    assert_eq!(sent.nonces, vec!["nonce-1", "nonce-2"]);
    assert_eq!(sent.waits.len(), 1);
}

#[tokio::test]
async fn post_reset_otherwise_by_an_http2_server_is_not_sent_again() {
    // Any other reset may come after the server acted on the request: the deploy is not
    // repeated, and the error says its outcome is unknown.
    let sent = deploy_over_http2(vec![Err(h2::Reason::INTERNAL_ERROR), Ok(201)]).await;
    let err = sent.result.unwrap_err();
    assert_eq!(*err.kind(), ErrorKind::Transport);
    assert_eq!(err.sent(), Sent::Maybe);
    assert!(err.may_have_reached_server());
    assert_eq!(sent.seen, vec!["POST /deploy"]);
    assert_eq!(sent.nonces.len(), 1);
    assert!(sent.waits.is_empty());
    // Refused at every attempt: the call ends saying the deploy was not processed.
    let sent = deploy_over_http2(vec![Err(h2::Reason::REFUSED_STREAM); 4]).await;
    let err = sent.result.unwrap_err();
    assert_eq!(err.sent(), Sent::No);
    assert!(!err.may_have_reached_server());
    assert!(
        err.message()
            .contains("refused the request without processing it"),
        "{}",
        err.message()
    );
    assert_eq!(sent.seen.len(), 4);
    assert_eq!(sent.waits.len(), 3);
}

#[tokio::test]
async fn throttled_post_is_retried_and_too_long_a_wait_is_a_rate_limit_error() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(POST).path("/deploy");
            then.status(429)
                .header("retry-after", "3600")
                .body("slow down");
        })
        .await;
    let provider = Arc::new(RecordingProvider::default());
    let sleeper = RecordingSleeper::default();
    let t = transport(provider, &sleeper);
    let req = reqwest::Request::new(
        reqwest::Method::POST,
        server.url("/deploy").parse().unwrap(),
    );
    let err = call(&t, &http(), req, "deploy").await.unwrap_err();
    m.assert_calls_async(1).await;
    assert!(
        sleeper.waits().is_empty(),
        "an hour exceeds max_wait: no sleeping"
    );
    assert!(
        matches!(err.kind(), ErrorKind::RateLimited { reset_at: Some(_) }),
        "{err:?}"
    );
    assert!(err.is_retryable());
}

#[tokio::test]
async fn html_502_page_becomes_a_typed_error_not_a_panic() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/thing");
            then.status(502)
                .header("content-type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>");
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let t = transport(Arc::new(RecordingProvider::default()), &sleeper);
    let req = reqwest::Request::new(reqwest::Method::GET, server.url("/thing").parse().unwrap());
    let err = call(&t, &http(), req, "get_thing").await.unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert!(err.message().contains("502 Bad Gateway"), "{err}");
    assert_eq!(
        sleeper.waits().len(),
        3,
        "idempotent GET retried up to max_attempts"
    );
}
