//! One typed error channel: an error born before any request (credentials, token issuance) or
//! while signing reaches the caller of a generated call — and of a hand-written one — as the same
//! `deploykit::Error`, every field intact (and marked not sent: the call's own request never
//! left), with nothing sent.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use deploykit::generated::github;
use deploykit::runtime::{
    AttemptContext, ErrorFields, ErrorKind, Provider, ResponseSnapshot, Sent, Transport, call,
};
use httpmock::prelude::*;

/// A provider whose `prepare` fails with the error it was given, or whose signing fails.
#[derive(Debug, Default)]
struct Failing {
    prepare: Mutex<Option<deploykit::Error>>,
    sign_fails: bool,
    /// Says it needs no preparation ([`Provider::needs_prepare`]).
    ready: bool,
}

#[async_trait::async_trait]
impl Provider for Failing {
    fn name(&self) -> &'static str {
        "test"
    }
    async fn prepare(&self) -> Result<(), deploykit::Error> {
        match self.prepare.lock().unwrap().clone() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
    fn needs_prepare(&self) -> bool {
        !self.ready
    }
    fn sign(&self, _: &mut reqwest::Request, _: &AttemptContext) -> Result<(), deploykit::Error> {
        if self.sign_fails {
            return Err(
                deploykit::Error::credentials("the key cannot be sent in an HTTP header")
                    .with_hint("check the key"),
            );
        }
        Ok(())
    }
    fn request_id(&self, _: &reqwest::header::HeaderMap, _: &[u8]) -> Option<String> {
        None
    }
    fn error_fields(&self, _: &ResponseSnapshot) -> ErrorFields {
        ErrorFields::default()
    }
}

/// An error of `kind` with every field set, as a provider's `prepare` would make it (an NHN
/// token request that was answered, say).
fn born(kind: ErrorKind) -> deploykit::Error {
    deploykit::Error::new(kind, "issuing a token failed: slow down")
        .with_provider("nhn")
        .with_status(429)
        .with_code(Some("THROTTLED".into()))
        .with_request_id(Some("req-77".into()))
        .with_details(vec!["one detail".into()])
        .with_hint("wait a minute")
        .with_sent(Sent::Yes)
        .with_source(std::io::Error::other("the token host's answer"))
}

fn kinds() -> Vec<ErrorKind> {
    vec![
        ErrorKind::InvalidInput,
        ErrorKind::Credentials,
        ErrorKind::Provider,
        ErrorKind::RateLimited {
            reset_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)),
        },
        ErrorKind::Transport,
        ErrorKind::InvalidResponse,
        ErrorKind::DeployFailed,
        ErrorKind::Timeout,
        ErrorKind::DryRun,
    ]
}

fn client(server: &MockServer, provider: Failing) -> github::Client {
    let transport = Transport::new(Arc::new(provider), github::OPERATIONS);
    github::Client::new_with_client(
        &server.base_url(),
        deploykit::runtime::http::client(&Default::default()),
        transport,
    )
}

fn assert_intact(e: &deploykit::Error, kind: &ErrorKind, operation: &str) {
    assert_eq!(e.kind(), kind);
    assert_eq!(
        e.provider(),
        Some("nhn"),
        "the provider it was born with is kept"
    );
    assert_eq!(e.operation(), Some(operation));
    assert_eq!(e.status(), Some(429));
    assert_eq!(e.code(), Some("THROTTLED"));
    assert_eq!(e.request_id(), Some("req-77"));
    assert_eq!(e.details(), ["one detail".to_string()]);
    assert_eq!(e.hint(), Some("wait a minute"));
    // The token request was sent; this call's own request was not — what a caller deciding
    // whether to repeat the call needs.
    assert_eq!(e.sent(), Sent::No);
    assert_eq!(e.outcome(), deploykit::Outcome::NotSent);
    assert_eq!(e.message(), "issuing a token failed: slow down");
    let cause = std::error::Error::source(e).expect("the cause is kept");
    assert_eq!(cause.to_string(), "the token host's answer");
    assert_eq!(
        e.is_retryable(),
        matches!(
            kind,
            ErrorKind::RateLimited { .. }
                | ErrorKind::Transport
                | ErrorKind::Timeout
                | ErrorKind::Provider
        )
    );
}

#[tokio::test]
async fn every_kind_born_in_prepare_reaches_a_generated_call_intact() {
    let server = MockServer::start_async().await;
    let anything = server.mock_async(|_, then| {
        then.status(200);
    });
    let anything = anything.await;
    for kind in kinds() {
        let c = client(
            &server,
            Failing {
                prepare: Mutex::new(Some(born(kind.clone()))),
                ..Failing::default()
            },
        );
        let e = c
            .get_deployment()
            .owner("octo")
            .repo("shop")
            .deployment_id(std::num::NonZeroU64::new(1).unwrap())
            .send()
            .await
            .unwrap_err();
        assert_intact(&e, &kind, "get_deployment");
    }
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn every_kind_born_in_prepare_reaches_a_hand_written_call_intact() {
    let server = MockServer::start_async().await;
    for kind in kinds() {
        let c = client(
            &server,
            Failing {
                prepare: Mutex::new(Some(born(kind.clone()))),
                ..Failing::default()
            },
        );
        let e = list_by_hand(&server, c).await.unwrap_err();
        assert_intact(&e, &kind, "list_deployments");
    }
}

/// `list_deployments` of octo/shop as a hand-written call through `c`.
async fn list_by_hand(
    server: &MockServer,
    c: github::Client,
) -> Result<reqwest::Response, deploykit::Error> {
    use deploykit::generated::github::ClientInfo;
    let request = reqwest::Request::new(
        reqwest::Method::GET,
        server.url("/repos/octo/shop/deployments").parse().unwrap(),
    );
    call(c.inner(), c.client(), request, "list_deployments").await
}

/// `prepare` runs only for a provider that may need it: one that says it needs nothing is not
/// asked (its `prepare`, which would fail here, is never called) and its call goes out; the
/// same provider saying it may need preparation fails before anything is sent.
#[tokio::test]
async fn a_provider_that_needs_no_preparation_is_not_prepared() {
    let server = MockServer::start_async().await;
    let answered = server
        .mock_async(|when, then| {
            when.method(GET).path("/repos/octo/shop/deployments");
            then.status(200).body("[]");
        })
        .await;
    let run = |ready: bool| {
        let c = client(
            &server,
            Failing {
                prepare: Mutex::new(Some(born(ErrorKind::Credentials))),
                ready,
                ..Failing::default()
            },
        );
        list_by_hand(&server, c)
    };
    let response = run(true).await.expect("sent without preparing");
    assert_eq!(response.status(), 200);
    answered.assert_calls_async(1).await;
    let e = run(false).await.unwrap_err();
    assert_intact(&e, &ErrorKind::Credentials, "list_deployments");
    answered.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_signing_failure_ends_the_call_and_nothing_is_sent_unsigned() {
    let server = MockServer::start_async().await;
    let anything = server
        .mock_async(|_, then| {
            then.status(200);
        })
        .await;
    let c = client(
        &server,
        Failing {
            sign_fails: true,
            ..Failing::default()
        },
    );
    let e = c
        .get_deployment()
        .owner("octo")
        .repo("shop")
        .deployment_id(std::num::NonZeroU64::new(1).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    assert_eq!(e.sent(), Sent::No);
    assert_eq!(e.provider(), Some("test"));
    assert_eq!(e.operation(), Some("get_deployment"));
    assert_eq!(e.hint(), Some("check the key"));
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_builder_value_that_does_not_convert_names_provider_and_operation() {
    let server = MockServer::start_async().await;
    let c = client(&server, Failing::default());
    // `deployment_id` was never set.
    let e = c
        .get_deployment()
        .owner("octo")
        .repo("shop")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::InvalidInput);
    assert_eq!(e.provider(), Some("test"));
    assert_eq!(e.operation(), Some("get_deployment"));
    assert!(e.message().contains("deployment_id"), "{e}");
    assert!(!e.may_have_reached_server());
}
