//! Hostile answers and hostile input: numbers that do not fit, answers that never end, calls whose
//! outcome is lost, path parameters that would move a request. Each ends in a typed error (or a
//! correct answer), never a panic and never a request that should not have been sent.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::num::NonZeroU64;
use std::time::Duration;

use common::RecordingSleeper;
use deploykit::runtime::{Limits, MapEnv, RetryPolicy};
use deploykit::{ErrorKind, Outcome, github, ncloud};
use httpmock::prelude::*;
use serde_json::json;

const TOKEN: &str = "ghp_hostile";

fn github_client(
    base_url: &str,
    sleeper: &RecordingSleeper,
    tune: impl FnOnce(&mut deploykit::runtime::ClientOptions),
) -> github::Client {
    let mut options = common::options(MapEnv::new(), sleeper, Some(common::at(1_700_000_000)));
    tune(&mut options);
    github::Client::builder()
        .token(TOKEN)
        .base_url(base_url)
        .options(options)
        .build()
        .unwrap()
}

fn id(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap()
}

async fn get_deployment(c: &github::Client) -> deploykit::Result<()> {
    c.get_deployment()
        .owner("octo")
        .repo("shop")
        .deployment_id(id(7))
        .send()
        .await
        .map(|_| ())
}

#[tokio::test]
async fn waits_past_what_the_clock_can_count_are_rate_limits_not_panics() {
    let server = MockServer::start_async().await;
    for (status, headers) in [
        (429, vec![("retry-after", "18446744073709551615")]),
        (429, vec![("retry-after", "300000000000")]),
        (
            403,
            vec![
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", "18446744073709551615"),
            ],
        ),
        (
            403,
            vec![
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", "99999999999999"),
            ],
        ),
    ] {
        let mock = server
            .mock_async(|when, then| {
                when.method(GET).path("/repos/octo/shop/deployments/7");
                let mut then = then
                    .status(status)
                    .json_body(json!({"message": "slow down"}));
                for (k, v) in &headers {
                    then = then.header(*k, *v);
                }
            })
            .await;
        let sleeper = RecordingSleeper::default();
        let e = get_deployment(&github_client(&server.base_url(), &sleeper, |_| {}))
            .await
            .unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::RateLimited { .. }),
            "{headers:?}: {e:?}"
        );
        assert!(sleeper.waits().is_empty(), "no sleep for {headers:?}");
        assert!(
            e.details().iter().any(|d| d.contains("asked to wait")),
            "{e}"
        );
        // Both renderings work, whatever the date.
        let _ = format!("{e} {e:?}");
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn an_answer_that_trickles_forever_ends_at_the_deadline() {
    // A server that sends its headers, then one byte a second of a body that never ends.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { return };
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf);
                let _ = s.write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000000\r\n\r\n{",
                );
                for _ in 0..60 {
                    std::thread::sleep(Duration::from_millis(200));
                    if s.write_all(b" ").is_err() {
                        return;
                    }
                }
            });
        }
    });
    let sleeper = RecordingSleeper::default();
    let c = github_client(&format!("http://{addr}"), &sleeper, |o| {
        o.limits = Limits {
            request_timeout: Duration::from_secs(1),
            ..Limits::default()
        };
        o.retry = Some(RetryPolicy::none());
    });
    let started = std::time::Instant::now();
    let e = get_deployment(&c).await.unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(e.kind(), &ErrorKind::Transport, "{e:?}");
    assert!(e.message().contains("timed out"), "{e}");
    assert_eq!(e.outcome(), Outcome::Unknown);
}

#[tokio::test]
async fn the_waits_of_one_call_stay_within_the_retry_budget() {
    let server = MockServer::start_async().await;
    let busy = server
        .mock_async(|when, then| {
            when.method(GET).path("/repos/octo/shop/deployments/7");
            then.status(503).header("retry-after", "100").body("busy");
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let e = get_deployment(&github_client(&server.base_url(), &sleeper, |_| {}))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(503));
    let total: Duration = sleeper.waits().iter().sum();
    assert!(
        total <= Duration::from_secs(120),
        "waited {total:?}: {:?}",
        sleeper.waits()
    );
    // One wait of 100 s fits the 2-minute budget, a second does not.
    busy.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_post_answered_500_has_an_unknown_outcome_and_says_so() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method(POST).path("/repos/octo/shop/deployments");
            then.status(500)
                .json_body(json!({"message": "Server Error"}));
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let c = github_client(&server.base_url(), &sleeper, |_| {});
    let e = github::create_deployment(
        &c,
        "octo",
        "shop",
        github::Deploy::new("v1").request().unwrap(),
    )
    .await
    .unwrap_err();
    create.assert_calls_async(1).await;
    assert_eq!(e.outcome(), Outcome::Unknown);
    let text = e.to_string();
    assert!(
        text.contains("outcome unknown")
            && text.contains("create_deployment reached the provider and may have taken effect"),
        "{text}"
    );
}

#[tokio::test]
async fn a_connection_that_was_never_made_is_not_sent() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let sleeper = RecordingSleeper::default();
    let c = github_client(&format!("http://127.0.0.1:{port}"), &sleeper, |o| {
        o.retry = Some(RetryPolicy::none());
    });
    let e = github::create_deployment(
        &c,
        "octo",
        "shop",
        github::Deploy::new("v1").request().unwrap(),
    )
    .await
    .unwrap_err();
    assert_eq!(e.outcome(), Outcome::NotSent, "{e:?}");
    assert!(!e.to_string().contains("outcome unknown"), "{e}");
    // The real cause, not reqwest's generic "error sending request".
    assert!(e.message().to_ascii_lowercase().contains("refused"), "{e}");
}

#[tokio::test]
async fn dot_segments_and_empty_path_parameters_never_leave_the_machine() {
    let server = MockServer::start_async().await;
    let anything = server
        .mock_async(|_, then| {
            then.status(200).json_body(json!({}));
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let gh = github_client(&server.base_url(), &sleeper, |_| {});
    for (owner, repo, bad) in [
        (".", "..", "owner"),
        ("octo", "..", "repo"),
        ("", "shop", "owner"),
    ] {
        let e = gh
            .create_deployment()
            .owner(owner)
            .repo(repo)
            .body(github::Deploy::new("v1").request().unwrap())
            .send()
            .await
            .unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput, "{e}");
        assert_eq!(e.outcome(), Outcome::NotSent);
        assert!(e.message().contains(&format!("`{bad}`")), "{e}");
        assert_eq!(e.operation(), Some("create_deployment"));
    }
    let ncp = ncloud::Client::builder()
        .credentials("AK", "SK")
        .base_url(format!("{}/api/v1", server.base_url()))
        .env(std::sync::Arc::new(MapEnv::new()))
        .build()
        .unwrap();
    let e = ncp
        .deploy_stage()
        .product_id("p8k2m4q1z0")
        .api_id("a51hs7d2x9")
        .stage_id("..")
        .body(ncloud::types::DeployStageRequest {
            deployment_no: ncloud::types::DeploymentNo(1),
        })
        .send()
        .await
        .unwrap_err();
    assert!(e.message().contains("`stage-id`"), "{e}");
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn a_backslash_in_a_path_parameter_stays_inside_its_segment() {
    let server = MockServer::start_async().await;
    let env = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/repos/octo/shop/environments/a%5C..%5Cb");
            then.status(200)
                .json_body(json!({"id": 1, "node_id": "n", "name": "a\\..\\b", "url": "https://x", "html_url": "https://x", "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z"}));
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let gh = github_client(&server.base_url(), &sleeper, |_| {});
    gh.get_environment()
        .owner("octo")
        .repo("shop")
        .environment_name("a\\..\\b")
        .send()
        .await
        .unwrap();
    env.assert_calls_async(1).await;
}

/// A `create_deployment` whose answer is lost is settled by the marker in its description.
#[tokio::test]
async fn a_lost_deployment_answer_is_settled_by_its_marker() {
    const NONCE: &str = "00112233445566778899aabbccddeeff";
    const MARKER: &str = "[deploykit:0011223344556677]";
    for created in [true, false] {
        let server = MockServer::start_async().await;
        let create = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path("/repos/octo/shop/deployments")
                    .json_body_includes(
                        json!({"description": format!("Release v1 {MARKER}")}).to_string(),
                    );
                then.status(502).body("<html>Bad Gateway</html>");
            })
            .await;
        let mut found = deployment_json(42);
        found["description"] = json!(format!("Release v1 {MARKER}"));
        let list = server
            .mock_async(|when, then| {
                when.method(GET)
                    .path("/repos/octo/shop/deployments")
                    .query_param("per_page", "100");
                then.status(200).json_body(if created {
                    json!([deployment_json(43), found])
                } else {
                    json!([deployment_json(43)])
                });
            })
            .await;
        let queued = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path("/repos/octo/shop/deployments/42/statuses");
                then.status(201).json_body(status_json(1, "queued"));
            })
            .await;
        let sleeper = RecordingSleeper::default();
        let c = github_client(&server.base_url(), &sleeper, |o| {
            o.set_nonce(|| NONCE.to_string());
        });
        let run = github::DeploymentRun::start(
            &c,
            "octo",
            "shop",
            github::Deploy::new("v1").description("Release v1"),
        )
        .await;
        create.assert_calls_async(1).await;
        list.assert_calls_async(1).await;
        if created {
            let run = run.unwrap();
            assert_eq!(run.id().get(), 42);
            queued.assert_calls_async(1).await;
        } else {
            let e = run.unwrap_err();
            assert_eq!(e.outcome(), Outcome::Refused, "{e:?}");
            assert!(e.message().contains("did not take effect"), "{e}");
            assert_eq!(e.marker(), Some(MARKER));
            queued.assert_calls_async(0).await;
        }
    }
}

/// Markers are opt-out, and never break what the caller wrote.
#[tokio::test]
async fn without_markers_the_description_goes_as_written() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/repos/octo/shop/deployments")
                .json_body(json!({"ref": "v1", "description": "Release v1"}));
            then.status(502);
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let c = github_client(&server.base_url(), &sleeper, |o| o.no_markers = true);
    let e = github::create_deployment(
        &c,
        "octo",
        "shop",
        github::Deploy::new("v1")
            .description("Release v1")
            .request()
            .unwrap(),
    )
    .await
    .unwrap_err();
    create.assert_calls_async(1).await;
    assert_eq!(e.marker(), None);
    assert_eq!(e.outcome(), Outcome::Unknown);
}

fn deployment_json(id: i64) -> serde_json::Value {
    json!({
        "url": format!("https://api.github.com/repos/octo/shop/deployments/{id}"),
        "id": id, "node_id": "MDEwOkRlcGxveW1lbnQx",
        "sha": "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d", "ref": "v1", "task": "deploy",
        "payload": {}, "environment": "production", "description": null,
        "creator": null, "created_at": "2012-07-20T01:19:13Z", "updated_at": "2012-07-20T01:19:13Z",
        "statuses_url": format!("https://api.github.com/repos/octo/shop/deployments/{id}/statuses"),
        "repository_url": "https://api.github.com/repos/octo/shop"
    })
}

fn status_json(id: i64, state: &str) -> serde_json::Value {
    json!({
        "url": "https://api.github.com/repos/octo/shop/deployments/42/statuses/1",
        "id": id, "node_id": "MDE2OkRlcGxveW1lbnRTdGF0dXMx", "state": state, "creator": null,
        "description": "", "environment": "production", "target_url": "",
        "created_at": "2012-07-20T01:19:13Z", "updated_at": "2012-07-20T01:19:13Z",
        "deployment_url": "https://api.github.com/repos/octo/shop/deployments/42",
        "repository_url": "https://api.github.com/repos/octo/shop"
    })
}

/// An answer larger than the JSON limit is read no further than the limit and is an error.
#[tokio::test]
async fn an_answer_past_the_size_limit_is_an_error_not_a_heap() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { return };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let len = 64u64 << 20;
            let _ = s.write_all(
                format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len}\r\n\r\n[")
                    .as_bytes(),
            );
            let chunk = vec![b' '; 1 << 20];
            for _ in 0..64 {
                if s.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
    });
    let sleeper = RecordingSleeper::default();
    let c = github_client(&format!("http://{addr}"), &sleeper, |o| {
        o.limits.max_json_body = 1 << 20;
    });
    let e = get_deployment(&c).await.unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::InvalidResponse, "{e:?}");
    assert!(e.message().contains("larger than 1048576 bytes"), "{e}");
}
