#![cfg(feature = "nhn")]
//! NHN Cloud Deploy client against a loopback mock of the documented wire format.

mod common;

use common::RecordingSleeper;
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use deploykit::ErrorKind;
use deploykit::nhn::types::{
    ApplicationType, BinarySortKey, ClientOsType, DeployHistoryResult, DeployRequest, DeployStatus,
    SortDirection,
};
use deploykit::nhn::{
    BinaryQuery, BinaryUpload, Client, EnvelopeResult, HistoryQuery, Progress, WaitOptions,
};
use deploykit::runtime::{ClientOptions, MapEnv};
use futures::StreamExt;
use httpmock::prelude::*;
use httpmock::{HttpMockRequest, HttpMockResponse};
use serde_json::{Value, json};

const APP: &str = "app-key-1";
const TOKEN_PATH: &str = "/oauth2/token/create";
/// The document's example: `userAccessKey:userSecretKey`.
const BASIC: &str = "Basic dXNlckFjY2Vzc0tleTp1c2VyU2VjcmV0S2V5";
const AUTH: &str = "x-nhn-authorization";

// ---- response samples of the NHN Cloud Deploy API v2.1 document, verbatim -----------------

const UPLOAD_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1533526167415,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "downloadUrl": "https://api-tcd.nhncloudservice.com/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-group/{binaryGroupKey}/binaries/{uploadedBinaryKey}",
        "binaryKey": "{uploadedBinaryKey}"
    }
}"#;

/// The document's deploy sample; its `deployStatus` is a placeholder (`{배포 상태}`), replaced
/// here by one of the documented values.
const DEPLOY_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": [
        {
            "deployKey": 192349,
            "deployStatus": "success",
            "deployResult": [
                {
                    "deployKey": 192349,
                    "hostname": "{호스트명}",
                    "status": "{배포 결과}",
                    "taskResult": [
                        "..."
                    ]
                }
            ],
            "deployResultLocation": "{배포 실행된 Deploy 서비스 프로젝트 링크}"
        }
    ]
}"#;

const ARTIFACTS_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "artifacts": [
            {
                "id": 1,
                "name": "my-artifact",
                "applicationType": "server",
                "description": "서버 아티팩트",
                "createDate": "2025-01-01T00:00:00+09:00",
                "lastDeployDate": "2025-03-01T12:00:00+09:00"
            }
        ]
    }
}"#;

const SERVER_GROUPS_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "serverGroups": [
            {
                "id": 1,
                "name": "my-server-group",
                "description": "운영 서버 그룹",
                "osType": "LINUX",
                "serverCount": 3
            }
        ]
    }
}"#;

const BINARY_GROUPS_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "binaryGroups": [
            {
                "key": 1,
                "name": "my-binary-group",
                "description": "운영 바이너리 그룹",
                "regionCode": "KR1",
                "createDate": "2025-01-01T00:00:00+09:00"
            }
        ]
    }
}"#;

const HISTORY_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "totalCount": 1,
        "deployHistories": [
            {
                "deployKey": 192349,
                "scenarioName": "배포 시나리오",
                "serverGroupName": "운영 서버 그룹",
                "serverGroupId": 1,
                "binaryVersion": "1.0.0",
                "executeDate": "2025-03-01T12:00:00+09:00",
                "executeUser": "user@example.com",
                "totalResult": "SUCCESS"
            }
        ]
    }
}"#;

const BINARIES_SAMPLE: &str = r#"{
    "header": {
        "isSuccessful": true,
        "serverTime": 1707278725614,
        "resultCode": "SUCCESS",
        "resultMessage": "success"
    },
    "body": {
        "totalCount": 1,
        "binaries": [
            {
                "binaryKey": 100,
                "version": "1.0.0",
                "binaryName": "app-1.0.0.jar",
                "binarySize": 10485760,
                "uploadDate": "2025-03-01T12:00:00+09:00",
                "uploader": "user@example.com",
                "description": "릴리즈 바이너리"
            }
        ]
    }
}"#;

// ---- helpers ---------------------------------------------------------------------------------

/// Options for tests: an empty environment and a retry policy that records its waits; bodies
/// are checked exactly as given, so deploys go without deploykit's marker.
fn options(sleeps: &RecordingSleeper) -> ClientOptions {
    let mut o = common::options(MapEnv::new(), sleeps, None);
    o.no_markers = true;
    o
}

fn client_with(server: &MockServer, options: ClientOptions) -> Client {
    Client::builder()
        .options(options)
        .base_url(server.base_url())
        .oauth_url(server.base_url())
        .user_access_key("userAccessKey", "userSecretKey")
        .app_key(APP)
        .build()
        .unwrap()
}

fn client(server: &MockServer) -> Client {
    client_with(server, options(&RecordingSleeper::default()))
}

/// The token endpoint as documented, answering `token`.
fn token_mock<'a>(server: &'a MockServer, token: &str, expires_in: i64) -> httpmock::Mock<'a> {
    let body = json!({"access_token": token, "token_type": "Bearer", "expires_in": expires_in});
    server.mock(|when, then| {
        when.method(POST)
            .path(TOKEN_PATH)
            .header("authorization", BASIC)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("grant_type=client_credentials");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(body);
    })
}

/// A token endpoint that answers `tok-1`, `tok-2` … in turn.
fn counting_token_mock<'a>(server: &'a MockServer, expires_in: i64) -> httpmock::Mock<'a> {
    let n = Arc::new(AtomicUsize::new(0));
    server.mock(|when, then| {
        when.method(POST).path(TOKEN_PATH).header("authorization", BASIC);
        then.respond_with(move |_req: &HttpMockRequest| {
            let i = n.fetch_add(1, Ordering::SeqCst) + 1;
            json_response(200, json!({"access_token": format!("tok-{i}"), "token_type": "Bearer", "expires_in": expires_in}))
        });
    })
}

fn json_response(status: u16, body: Value) -> HttpMockResponse {
    HttpMockResponse::builder()
        .status(status)
        .header("content-type", "application/json")
        .body(body.to_string())
        .build()
}

fn envelope(body: Value) -> Value {
    json!({"header": {"isSuccessful": true, "serverTime": 1707278725614i64, "resultCode": "SUCCESS", "resultMessage": "success"}, "body": body})
}

fn failed_envelope(code: Value, message: &str) -> Value {
    json!({"header": {"isSuccessful": false, "serverTime": 1707278725614i64, "resultCode": code, "resultMessage": message}, "body": null})
}

fn api_path(rest: &str) -> String {
    format!("/api/v2.1/projects/{APP}{rest}")
}

fn history_entry(key: i64, result: &str) -> Value {
    json!({"deployKey": key, "scenarioName": "배포 시나리오", "serverGroupName": "운영 서버 그룹", "serverGroupId": 12,
           "binaryVersion": "1.0.0", "executeDate": "2025-03-01T12:00:00+09:00", "executeUser": "user@example.com", "totalResult": result})
}

fn random_bytes(len: usize, seed: u64) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut v = vec![0u8; len];
    rng.fill(&mut v);
    v
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A form field's name and bytes.
type NamedBytes = (String, Vec<u8>);

/// One part of a `multipart/form-data` body.
#[derive(Debug)]
struct FormPart {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    data: Vec<u8>,
}

impl FormPart {
    fn text(&self) -> &str {
        std::str::from_utf8(&self.data).unwrap()
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        let j = hay[i..=hay.len() - needle.len()]
            .iter()
            .position(|&b| b == needle[0])?;
        i += j;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Parse a multipart body (RFC 7578) as the server would.
fn parse_multipart(req: &HttpMockRequest) -> Vec<FormPart> {
    let content_type = req
        .headers()
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .unwrap()
        .trim_matches('"')
        .to_string();
    let body = req.body_ref();
    let opening = format!("--{boundary}\r\n");
    assert!(
        body.starts_with(opening.as_bytes()),
        "the body starts with the boundary"
    );
    let delimiter = format!("\r\n--{boundary}");
    let mut parts = Vec::new();
    let mut pos = opening.len();
    loop {
        let end = pos + find(&body[pos..], delimiter.as_bytes()).expect("a closing delimiter");
        let part = &body[pos..end];
        let header_end = find(part, b"\r\n\r\n").expect("part headers");
        let headers = std::str::from_utf8(&part[..header_end]).unwrap();
        let mut name = String::new();
        let mut file_name = None;
        let mut content_type = None;
        for line in headers.split("\r\n") {
            let (key, value) = line.split_once(':').unwrap();
            match key.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    for attr in value.split(';').map(str::trim) {
                        if let Some(v) = attr.strip_prefix("name=") {
                            name = v.trim_matches('"').to_string();
                        } else if let Some(v) = attr.strip_prefix("filename=") {
                            file_name = Some(v.trim_matches('"').to_string());
                        }
                    }
                }
                "content-type" => content_type = Some(value.trim().to_string()),
                _ => {}
            }
        }
        parts.push(FormPart {
            name,
            file_name,
            content_type,
            data: part[header_end + 4..].to_vec(),
        });
        let after = end + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        assert!(body[after..].starts_with(b"\r\n"));
        pos = after + 2;
    }
    parts
}

fn progress_recorder() -> (
    Arc<Mutex<Vec<Progress>>>,
    impl Fn(Progress) + Send + Sync + 'static,
) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    (seen, move |p| sink.lock().unwrap().push(p))
}

// ---- token -------------------------------------------------------------------------------------

#[tokio::test]
async fn token_request_is_basic_auth_form_and_calls_carry_the_bearer_token() {
    let server = MockServer::start_async().await;
    let token = token_mock(
        &server,
        "q7VbX2mLr0TzK4sNw9EhY1cFgU6pJdA3oQ8iM5tRkZ2nBvCxWyHe",
        86400,
    );
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(
                AUTH,
                "Bearer q7VbX2mLr0TzK4sNw9EhY1cFgU6pJdA3oQ8iM5tRkZ2nBvCxWyHe",
            )
            .header_missing("api-version");
        then.status(200)
            .header("content-type", "application/json")
            .body(SERVER_GROUPS_SAMPLE);
    });
    let c = client(&server);
    c.list_server_groups(7).await.unwrap();
    c.list_server_groups(7).await.unwrap();
    token.assert_calls(1);
    api.assert_calls(2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_concurrent_calls_without_a_token_issue_exactly_one() {
    let server = MockServer::start_async().await;
    let token = server.mock(|when, then| {
        when.method(POST)
            .path(TOKEN_PATH)
            .header("authorization", BASIC);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(
                json!({"access_token": "shared", "token_type": "Bearer", "expires_in": 86400}),
            )
            .delay(Duration::from_millis(300));
    });
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(AUTH, "Bearer shared");
        then.status(200)
            .header("content-type", "application/json")
            .body(SERVER_GROUPS_SAMPLE);
    });
    let c = client(&server);
    let calls = (0..50).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.list_server_groups(7).await })
    });
    for r in futures::future::join_all(calls).await {
        assert_eq!(r.unwrap().unwrap().server_groups.len(), 1);
    }
    token.assert_calls(1);
    api.assert_calls(50);
}

#[tokio::test]
async fn a_token_about_to_expire_is_renewed() {
    let server = MockServer::start_async().await;
    let token = counting_token_mock(&server, 3600);
    let first = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-groups"))
            .header(AUTH, "Bearer tok-1");
        then.status(200)
            .header("content-type", "application/json")
            .body(BINARY_GROUPS_SAMPLE);
    });
    let second = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-groups"))
            .header(AUTH, "Bearer tok-2");
        then.status(200)
            .header("content-type", "application/json")
            .body(BINARY_GROUPS_SAMPLE);
    });
    let secs = Arc::new(AtomicU64::new(1_700_000_000));
    let mut o = options(&RecordingSleeper::default());
    let clock = secs.clone();
    o.set_clock(move || SystemTime::UNIX_EPOCH + Duration::from_secs(clock.load(Ordering::SeqCst)));
    let c = client_with(&server, o);

    c.list_binary_groups(7).await.unwrap();
    secs.fetch_add(3000, Ordering::SeqCst); // 10 minutes left: still used
    c.list_binary_groups(7).await.unwrap();
    assert_eq!((token.calls(), first.calls(), second.calls()), (1, 2, 0));

    secs.fetch_add(570, Ordering::SeqCst); // 30 s left: inside the renewal margin
    c.list_binary_groups(7).await.unwrap();
    assert_eq!((token.calls(), first.calls(), second.calls()), (2, 2, 1));
}

#[tokio::test]
async fn a_401_reissues_the_token_once_and_retries_once() {
    let server = MockServer::start_async().await;
    let token = counting_token_mock(&server, 86400);
    let refused = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(AUTH, "Bearer tok-1");
        then.status(401)
            .header("content-type", "application/json")
            .json_body(failed_envelope(json!("UNAUTHORIZED"), "token expired"));
    });
    let accepted = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(AUTH, "Bearer tok-2");
        then.status(200)
            .header("content-type", "application/json")
            .body(SERVER_GROUPS_SAMPLE);
    });
    let c = client(&server);
    let groups = c.list_server_groups(7).await.unwrap();
    assert_eq!(
        groups.server_groups[0].name.as_deref(),
        Some("my-server-group")
    );
    token.assert_calls(2);
    refused.assert_calls(1);
    accepted.assert_calls(1);
}

#[tokio::test]
async fn a_second_401_is_handed_back_not_retried_again() {
    let server = MockServer::start_async().await;
    let token = counting_token_mock(&server, 86400);
    let refused = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"));
        then.status(401)
            .header("content-type", "application/json")
            .json_body(failed_envelope(json!("UNAUTHORIZED"), "no Deploy role"));
    });
    let e = client(&server).list_server_groups(7).await.unwrap_err();
    assert_eq!(
        (e.kind(), e.status(), e.code(), e.message()),
        (
            &ErrorKind::Provider,
            Some(401),
            Some("UNAUTHORIZED"),
            "no Deploy role"
        )
    );
    token.assert_calls(2);
    refused.assert_calls(2);
}

#[tokio::test]
async fn a_rejected_user_access_key_is_a_credentials_error_before_any_deploy_call() {
    let server = MockServer::start_async().await;
    let token = server.mock(|when, then| {
        when.method(POST).path(TOKEN_PATH);
        then.status(401);
    });
    let api = server.mock(|when, then| {
        when.any_request().path_prefix("/api/");
        then.status(200);
    });
    let e = client(&server).list_artifacts(None).await.unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials, "{e}");
    assert!(e.to_string().contains("401"), "{e}");
    token.assert_calls(1);
    api.assert_calls(0);
}

#[tokio::test]
async fn a_token_host_answering_429_every_time_makes_deploy_a_retryable_rate_limit() {
    let server = MockServer::start_async().await;
    let token = server.mock(|when, then| {
        when.method(POST).path(TOKEN_PATH);
        then.status(429)
            .header("retry-after", "2")
            .header("x-nhn-request-id", "oauth-req-9")
            .header("content-type", "application/json")
            .json_body(json!({"error": "too_many_requests", "error_description": "slow down"}));
    });
    let api = server.mock(|when, then| {
        when.any_request().path_prefix("/api/");
        then.status(200);
    });
    let sleeps = RecordingSleeper::default();
    let e = client_with(&server, options(&sleeps))
        .deploy(7, 12, DeployRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::RateLimited { reset_at: Some(_) }),
        "{e:?}"
    );
    assert!(e.is_retryable(), "{e:?}");
    assert_eq!(e.status(), Some(429));
    assert_eq!(e.request_id(), Some("oauth-req-9"));
    assert_eq!(e.code(), Some("too_many_requests"));
    assert!(
        e.message().contains("issuing a User Access Key token")
            && e.message().contains("slow down"),
        "{e}"
    );
    assert_eq!(e.operation(), Some("create_token"));
    assert_eq!(
        e.outcome(),
        deploykit::Outcome::NotSent,
        "the deploy was never sent"
    );
    // Throttling is retried for any method, waiting what the host asks; the deploy never went out.
    assert_eq!(sleeps.waits(), vec![Duration::from_secs(2); 3]);
    token.assert_calls(4);
    api.assert_calls(0);
}

#[tokio::test]
async fn a_ready_token_is_used_without_issuing_one() {
    let server = MockServer::start_async().await;
    let token = token_mock(&server, "never", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts"))
            .header(AUTH, "Bearer ready-made");
        then.status(200)
            .header("content-type", "application/json")
            .body(ARTIFACTS_SAMPLE);
    });
    let c = Client::builder()
        .options(options(&RecordingSleeper::default()))
        .base_url(server.base_url())
        .token("ready-made")
        .app_key(APP)
        .build()
        .unwrap();
    c.list_artifacts(None).await.unwrap();
    api.assert_calls(1);
    token.assert_calls(0);
}

#[tokio::test]
async fn credentials_come_from_the_environment_and_never_show_in_debug() {
    let server = MockServer::start_async().await;
    let token = server.mock(|when, then| {
        when.method(POST).path(TOKEN_PATH).header(
            "authorization",
            deploykit::nhn::basic_authorization("ENV-ID", "env-secret-value"),
        );
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"access_token": "t", "token_type": "Bearer", "expires_in": 86400}));
    });
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts"))
            .header(AUTH, "Bearer t");
        then.status(200)
            .header("content-type", "application/json")
            .body(ARTIFACTS_SAMPLE);
    });
    let mut o = options(&RecordingSleeper::default());
    o.env = Some(Arc::new(
        MapEnv::new()
            .with("NHN_CLOUD_USER_ACCESS_KEY_ID", "ENV-ID")
            .with("NHN_CLOUD_USER_SECRET_ACCESS_KEY", "env-secret-value"),
    ));
    let builder = Client::builder()
        .options(o)
        .base_url(server.base_url())
        .oauth_url(server.base_url())
        .app_key(APP);
    let c = builder.clone().build().unwrap();
    c.list_artifacts(None).await.unwrap();
    token.assert_calls(1);
    api.assert_calls(1);
    for shown in [
        format!("{c:?}"),
        format!("{builder:?}"),
        format!(
            "{:?}",
            builder.clone().user_access_key("x", "explicit-secret")
        ),
    ] {
        assert!(
            !shown.contains("env-secret-value")
                && !shown.contains("explicit-secret")
                && !shown.contains("Bearer t"),
            "{shown}"
        );
    }
}

#[tokio::test]
async fn missing_credentials_name_the_environment_variables_and_send_nothing() {
    let e = Client::builder()
        .options(options(&RecordingSleeper::default()))
        .app_key(APP)
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    let s = e.to_string();
    assert!(
        s.contains("NHN_CLOUD_USER_ACCESS_KEY_ID")
            && s.contains("NHN_CLOUD_USER_SECRET_ACCESS_KEY"),
        "{s}"
    );
    assert!(!e.may_have_reached_server());
    // Without an app key the client builds (token issuance needs none); a call that addresses
    // a project fails before any request, naming where the key is set.
    let c = Client::builder()
        .options(options(&RecordingSleeper::default()))
        .user_access_key("a", "b")
        .build()
        .unwrap();
    assert!(c.token_api().is_some());
    let e = c.list_artifacts(None).await.unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    assert!(
        e.to_string().contains("app key") && e.to_string().contains("NHN_CLOUD_DEPLOY_APPKEY"),
        "{e}"
    );
    assert!(!e.may_have_reached_server());
}

// ---- wire format of every operation, with the document's samples ------------------------------

#[tokio::test]
async fn list_artifacts_wire_format_and_document_sample() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts"))
            .query_param("artifactName", "my-artifact")
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(ARTIFACTS_SAMPLE);
    });
    let list = client(&server)
        .list_artifacts(Some("my-artifact"))
        .await
        .unwrap();
    api.assert();
    let a = &list.artifacts[0];
    assert_eq!(
        (a.id, a.name.as_deref(), a.application_type.clone()),
        (
            Some(1),
            Some("my-artifact"),
            Some(ApplicationType::Server.into())
        )
    );
    assert_eq!(
        a.last_deploy_date.unwrap().to_rfc3339(),
        "2025-03-01T03:00:00+00:00"
    );
}

#[tokio::test]
async fn list_server_groups_wire_format_and_document_sample() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(SERVER_GROUPS_SAMPLE);
    });
    let list = client(&server).list_server_groups(7).await.unwrap();
    api.assert();
    assert_eq!(
        (list.server_groups[0].id, list.server_groups[0].server_count),
        (Some(1), Some(3))
    );
}

#[tokio::test]
async fn list_binary_groups_wire_format_and_document_sample() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-groups"))
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(BINARY_GROUPS_SAMPLE);
    });
    let list = client(&server).list_binary_groups(7).await.unwrap();
    api.assert();
    assert_eq!(
        (
            list.binary_groups[0].key,
            list.binary_groups[0].region_code.as_deref()
        ),
        (Some(1), Some("KR1"))
    );
}

#[tokio::test]
async fn deploy_history_wire_format_and_document_sample() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    // The document's sample request, parameter for parameter.
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/deploy-histories"))
            .query_param("serverGroupId", "0")
            .query_param("deploymentYearFrom", "2025-01-01")
            .query_param("deploymentYearTo", "2025-03-01")
            .query_param("pageNum", "1")
            .query_param("pageSize", "20")
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(HISTORY_SAMPLE);
    });
    let query = HistoryQuery {
        server_group_id: Some(0),
        from: Some("2025-01-01".parse().unwrap()),
        to: Some("2025-03-01".parse().unwrap()),
        page_size: Some(20),
    };
    let page = client(&server)
        .deploy_history_page(7, &query, 1)
        .await
        .unwrap();
    api.assert();
    assert_eq!(page.total_count, Some(1));
    let h = &page.deploy_histories[0];
    assert_eq!(
        (
            h.deploy_key,
            h.total_result.clone(),
            h.binary_version.as_deref()
        ),
        (
            Some(192349),
            Some(DeployHistoryResult::Success.into()),
            Some("1.0.0")
        )
    );
}

#[tokio::test]
async fn binaries_wire_format_and_document_sample() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-groups/3/binaries"))
            .query_param("pageNum", "1")
            .query_param("pageSize", "20")
            .query_param("sortKey", "UPLOAD_DATE")
            .query_param("sortDirection", "DESC")
            .query_param("keyword", "1.0")
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(BINARIES_SAMPLE);
    });
    let query = BinaryQuery {
        page_size: Some(20),
        sort_key: Some(BinarySortKey::UploadDate),
        sort_direction: Some(SortDirection::Desc),
        keyword: Some("1.0".into()),
    };
    let page = client(&server)
        .binaries_page(7, 3, &query, 1)
        .await
        .unwrap();
    api.assert();
    let b = &page.binaries[0];
    assert_eq!(
        (
            b.binary_key.clone(),
            b.binary_name.as_deref(),
            b.binary_size
        ),
        (Some(100.into()), Some("app-1.0.0.jar"), Some(10485760))
    );
}

#[tokio::test]
async fn sync_deploy_wire_format_and_document_sample_list_body() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    // The document's sample request body.
    let api = server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/server-group/12/deploy"))
            .header(AUTH, "Bearer tok")
            .header("content-type", "application/json")
            .json_body(json!({
                "targetServerHostnames": "server1,server2",
                "concurrentNum": 1,
                "nextWhenFail": false,
                "deployNote": "release 1.0.0",
                "async": false,
                "scenarioIds": "1,2"
            }));
        then.status(200)
            .header("content-type", "application/json")
            .body(DEPLOY_SAMPLE);
    });
    let request = DeployRequest {
        target_server_hostnames: Some("server1,server2".into()),
        concurrent_num: Some(1.into()),
        next_when_fail: Some(false),
        deploy_note: Some("release 1.0.0".into()),
        async_: Some(false),
        scenario_ids: Some("1,2".into()),
    };
    let d = client(&server).deploy(7, 12, request).await.unwrap();
    api.assert();
    assert_eq!(d.deploy_keys(), [192349]);
    assert!(!d.is_running());
    let servers: Vec<_> = d.servers().collect();
    assert_eq!(servers[0].hostname.as_deref(), Some("{호스트명}"));
    assert_eq!(servers[0].task_result, [json!("...")]);
}

#[tokio::test]
async fn sync_deploy_single_object_body_gives_per_server_results() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(POST).path(api_path("/artifacts/7/server-group/12/deploy"));
        then.status(200).header("content-type", "application/json").json_body(envelope(json!({
            "deployKey": 5, "deployStatus": "success",
            "deployResult": [{"deployKey": 5, "hostname": "web-1", "status": "SUCCESS"}, {"deployKey": 5, "hostname": "web-2", "status": "SUCCESS"}]
        })));
    });
    let d = client(&server)
        .deploy(7, 12, DeployRequest::default())
        .await
        .unwrap();
    assert_eq!(d.results.len(), 1);
    assert_eq!(
        d.results[0].deploy_status,
        Some(DeployStatus::Success.into())
    );
    assert_eq!(
        d.servers()
            .filter_map(|s| s.hostname.as_deref())
            .collect::<Vec<_>>(),
        ["web-1", "web-2"]
    );
}

#[tokio::test]
async fn sync_deploy_status_fail_is_deploy_failed_never_success() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(POST).path(api_path("/artifacts/7/server-group/12/deploy"));
        then.status(200).header("content-type", "application/json").json_body(envelope(json!([{
            "deployKey": 8, "deployStatus": "fail", "deployResultLocation": "https://console.nhncloud.com/deploy/8",
            "deployResult": [{"deployKey": 8, "hostname": "web-1", "status": "FAIL"}, {"deployKey": 8, "hostname": "web-2", "status": "SUCCESS"}]
        }])));
    });
    let e = client(&server)
        .deploy(7, 12, DeployRequest::default())
        .await
        .unwrap_err();
    api.assert_calls(1); // a deploy is not repeated
    assert_eq!(e.kind(), &ErrorKind::DeployFailed);
    assert_eq!(e.details(), ["web-1: FAIL"]);
    assert!(
        e.to_string().contains("deploy 8")
            && e.to_string()
                .contains("https://console.nhncloud.com/deploy/8"),
        "{e}"
    );
}

#[tokio::test]
async fn generated_calls_give_their_body_through_envelope_result() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"))
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(SERVER_GROUPS_SAMPLE);
    });
    let c = client(&server);
    let body = c
        .api()
        .list_server_groups()
        .app_key(c.app_key().unwrap())
        .artifact_id(7)
        .send()
        .await
        .into_body()
        .unwrap();
    assert_eq!(body.server_groups[0].id, Some(1));
}

// ---- envelope failures ---------------------------------------------------------------------------

#[tokio::test]
async fn is_successful_false_on_http_200_is_an_error_with_result_code_and_message() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    // body: null, which the success type refuses
    server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/server-groups"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("DEPLOY_ARTIFACT_NOT_FOUND"),
                "artifact 7 does not exist",
            ));
    });
    // a body that parses, yet the header says failure; a numeric code
    server.mock(|when, then| {
        when.method(GET).path(api_path("/artifacts"));
        then.status(200).header("content-type", "application/json").header("x-nhn-request-id", "req-42").json_body(json!({
            "header": {"isSuccessful": false, "resultCode": -4001, "resultMessage": "invalid app key"}, "body": {"artifacts": []}
        }));
    });
    // an error status with the documented error envelope
    server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-groups"));
        then.status(403)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("FORBIDDEN"),
                "Deploy ADMIN or VIEWER role required",
            ));
    });
    let deploy = server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/server-group/12/deploy"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("SSH_NOT_SUPPORTED"),
                "command type is SSH",
            ));
    });
    let c = client(&server);

    let e = c.list_server_groups(7).await.unwrap_err();
    assert_eq!(
        (e.kind(), e.status(), e.code(), e.message()),
        (
            &ErrorKind::Provider,
            Some(200),
            Some("DEPLOY_ARTIFACT_NOT_FOUND"),
            "artifact 7 does not exist"
        )
    );
    assert_eq!(e.provider(), Some("nhn"));

    let e = c.list_artifacts(None).await.unwrap_err();
    assert_eq!(
        (e.code(), e.message(), e.request_id()),
        (Some("-4001"), "invalid app key", Some("req-42"))
    );

    let e = c.list_binary_groups(7).await.unwrap_err();
    assert_eq!(
        (e.status(), e.code(), e.message()),
        (
            Some(403),
            Some("FORBIDDEN"),
            "Deploy ADMIN or VIEWER role required"
        )
    );

    let e = c.deploy(7, 12, DeployRequest::default()).await.unwrap_err();
    assert_eq!(
        (e.kind(), e.code()),
        (&ErrorKind::Provider, Some("SSH_NOT_SUPPORTED"))
    );
    deploy.assert_calls(1);
}

// ---- async deploy and the waiter ---------------------------------------------------------------

/// An async deploy answer for `keys` plus a history that answers the `results` in turn (the
/// last one repeats), with an unrelated deploy listed first.
fn async_deploy_mocks<'a>(
    server: &'a MockServer,
    keys: &[i64],
    results: Vec<&'static str>,
) -> (httpmock::Mock<'a>, httpmock::Mock<'a>) {
    let answer: Vec<Value> = keys.iter().map(|k| json!({"deployKey": k, "deployStatus": "deploying", "deployResult": [], "deployResultLocation": "https://console/deploy"})).collect();
    let answer = if answer.len() == 1 {
        answer[0].clone()
    } else {
        Value::Array(answer)
    };
    let deploy = server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/server-group/12/deploy"))
            .json_body_includes(r#"{"async": true}"#);
        then.status(200)
            .header("content-type", "application/json")
            .json_body(envelope(answer));
    });
    let polls = Arc::new(AtomicUsize::new(0));
    let keys = keys.to_vec();
    let history = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/deploy-histories"))
            .query_param("serverGroupId", "12")
            .query_param("pageNum", "1");
        then.respond_with(move |_req: &HttpMockRequest| {
            let n = polls.fetch_add(1, Ordering::SeqCst);
            let result = results[n.min(results.len() - 1)];
            let mut entries = vec![history_entry(1, "FAIL")];
            entries.extend(keys.iter().map(|k| history_entry(*k, result)));
            json_response(
                200,
                envelope(json!({"totalCount": entries.len(), "deployHistories": entries})),
            )
        });
    });
    (deploy, history)
}

#[tokio::test]
async fn async_deploy_returns_at_once_and_the_waiter_reaches_success() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let (deploy, history) =
        async_deploy_mocks(&server, &[192349], vec!["RUNNING", "RUNNING", "SUCCESS"]);
    let sleeps = RecordingSleeper::default();
    let c = client_with(&server, options(&sleeps));

    let started = c
        .deploy(
            7,
            12,
            DeployRequest {
                async_: Some(true),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(started.is_running());
    assert_eq!(history.calls(), 0);

    let done = c
        .wait_for_deploy(&started, &WaitOptions::default())
        .await
        .unwrap();
    assert_eq!(done.len(), 1);
    assert_eq!(
        (done[0].deploy_key, done[0].total_result.clone()),
        (Some(192349), Some(DeployHistoryResult::Success.into()))
    );
    history.assert_calls(3);
    deploy.assert_calls(1);
    assert_eq!(
        sleeps.waits(),
        [Duration::from_secs(2), Duration::from_secs(4)]
    );
}

#[tokio::test]
async fn deploy_and_wait_follows_every_group_of_an_autoscale_deploy() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let (deploy, history) = async_deploy_mocks(&server, &[31, 32], vec!["RUNNING", "SUCCESS"]);
    let done = client(&server)
        .deploy_and_wait(7, 12, DeployRequest::default(), &WaitOptions::default())
        .await
        .unwrap();
    assert_eq!(
        done.iter().map(|h| h.deploy_key).collect::<Vec<_>>(),
        [Some(31), Some(32)]
    );
    deploy.assert_calls(1);
    history.assert_calls(2);
}

#[tokio::test]
async fn the_waiter_reaching_fail_is_deploy_failed() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let (_deploy, history) = async_deploy_mocks(&server, &[192349], vec!["RUNNING", "FAIL"]);
    let e = client(&server)
        .deploy_and_wait(7, 12, DeployRequest::default(), &WaitOptions::default())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::DeployFailed);
    assert!(e.message().contains("192349"), "{e}");
    assert_eq!(
        e.details().len(),
        1,
        "only the awaited deploy is reported: {e}"
    );
    history.assert_calls(2);
}

#[tokio::test]
async fn the_waiter_times_out_on_a_deploy_that_never_ends() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let (_deploy, history) = async_deploy_mocks(&server, &[192349], vec!["RUNNING"]);
    let sleeps = RecordingSleeper::default();
    let wait = WaitOptions {
        timeout: Duration::from_secs(60),
        initial_interval: Duration::from_secs(2),
        max_interval: Duration::from_secs(10),
    };
    let e = client_with(&server, options(&sleeps))
        .deploy_and_wait(7, 12, DeployRequest::default(), &wait)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Timeout, "{e}");
    assert!(
        e.to_string().contains("192349") && e.to_string().contains("RUNNING"),
        "{e}"
    );
    let taken = sleeps.waits();
    assert_eq!(
        taken[..4],
        [2, 4, 8, 10].map(Duration::from_secs),
        "{taken:?}"
    );
    assert!(
        taken.iter().all(|d| *d <= Duration::from_secs(10)),
        "{taken:?}"
    );
    let total: Duration = taken.iter().sum();
    assert!(
        total <= wait.timeout && total > Duration::from_secs(55),
        "{total:?}"
    );
    assert_eq!(
        history.calls(),
        taken.len() + 1,
        "one poll after every wait, and one at the start"
    );
}

// ---- pagination ---------------------------------------------------------------------------------

#[tokio::test]
async fn deploy_histories_stream_every_page_until_total_count() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let pages: Vec<httpmock::Mock> = [vec![1, 2], vec![3, 4], vec![5]]
        .into_iter()
        .enumerate()
        .map(|(i, keys)| {
            let entries: Vec<Value> = keys.iter().map(|k| history_entry(*k, "SUCCESS")).collect();
            server.mock(|when, then| {
                when.method(GET)
                    .path(api_path("/artifacts/7/deploy-histories"))
                    .query_param("pageNum", (i + 1).to_string())
                    .query_param("pageSize", "2")
                    .header(AUTH, "Bearer tok");
                then.status(200)
                    .header("content-type", "application/json")
                    .json_body(envelope(
                        json!({"totalCount": 5, "deployHistories": entries}),
                    ));
            })
        })
        .collect();
    let beyond = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/deploy-histories"))
            .query_param("pageNum", "4");
        then.status(500);
    });
    let query = HistoryQuery {
        page_size: Some(2),
        ..Default::default()
    };
    let keys: Vec<i64> = client(&server)
        .deploy_histories(7, query)
        .map(|h| h.unwrap().deploy_key.unwrap())
        .collect()
        .await;
    assert_eq!(keys, [1, 2, 3, 4, 5]);
    for p in &pages {
        p.assert_calls(1);
    }
    beyond.assert_calls(0);
}

#[tokio::test]
async fn binaries_stream_every_page_with_the_sort_order() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    for (page, keys) in [(1, vec![30, 20]), (2, vec![10])] {
        let items: Vec<Value> = keys
            .iter()
            .map(|k| json!({"binaryKey": k, "version": format!("v{k}")}))
            .collect();
        server.mock(|when, then| {
            when.method(GET)
                .path(api_path("/artifacts/7/binary-groups/3/binaries"))
                .query_param("pageNum", page.to_string())
                .query_param("pageSize", "2")
                .query_param("sortKey", "BINARY_KEY")
                .query_param("sortDirection", "DESC");
            then.status(200)
                .header("content-type", "application/json")
                .json_body(envelope(json!({"totalCount": 3, "binaries": items})));
        });
    }
    let query = BinaryQuery {
        page_size: Some(2),
        sort_key: Some(BinarySortKey::BinaryKey),
        sort_direction: Some(SortDirection::Desc),
        keyword: None,
    };
    let keys: Vec<i64> = client(&server)
        .binaries(7, 3, query)
        .map(|b| b.unwrap().binary_key.and_then(|k| k.as_i64()).unwrap())
        .collect()
        .await;
    assert_eq!(keys, [30, 20, 10]);
}

// ---- upload --------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upload_streams_a_64_mib_file_with_every_field() {
    const LEN: usize = 64 << 20;
    let dir = tempfile::tempdir().unwrap();
    let data = Arc::new(random_bytes(LEN, 6));
    let binary = dir.path().join("app-1.4.2.ipa");
    std::fs::write(&binary, &*data).unwrap();
    let plist = dir.path().join("Info.plist");
    let plist_bytes = b"<?xml version=\"1.0\"?><plist><dict/></plist>";
    std::fs::write(&plist, plist_bytes).unwrap();

    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let received: Arc<Mutex<Vec<String>>> = Arc::default();
    let (expected, record) = (data.clone(), received.clone());
    let upload = server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/binary-group/3"))
            .header(AUTH, "Bearer tok")
            .header_prefix("content-type", "multipart/form-data; boundary=")
            .header_exists("content-length")
            .is_true(move |req: &HttpMockRequest| {
                let parts = parse_multipart(req);
                let mut summary = Vec::new();
                for p in &parts {
                    let value = match p.name.as_str() {
                        "binaryFile" => format!(
                            "{} bytes, identical: {}",
                            p.data.len(),
                            p.data == **expected
                        ),
                        _ => p.text().to_string(),
                    };
                    summary.push(format!(
                        "{} [{}; {}] = {value}",
                        p.name,
                        p.file_name.as_deref().unwrap_or("-"),
                        p.content_type.as_deref().unwrap_or("-")
                    ));
                }
                *record.lock().unwrap() = summary;
                true
            });
        then.status(200)
            .header("content-type", "application/json")
            .body(UPLOAD_SAMPLE);
    });

    let (progress, on_progress) = progress_recorder();
    let up = BinaryUpload::from_path(ApplicationType::Client, &binary)
        .version("1.4.2")
        .description("A binary file of some kind")
        .os_type(ClientOsType::IOs)
        .fix(true)
        .meta_file(&plist)
        .on_progress(on_progress);
    let stored = client(&server).upload_binary(7, 3, up).await.unwrap();
    upload.assert_calls(1);
    assert_eq!(
        stored.binary_key.unwrap().to_string(),
        "{uploadedBinaryKey}"
    );
    assert!(
        stored
            .download_url
            .unwrap()
            .ends_with("/binaries/{uploadedBinaryKey}")
    );

    let mut fields = received.lock().unwrap().clone();
    fields.sort();
    assert_eq!(
        fields,
        [
            "applicationType [-; -] = client".to_string(),
            format!(
                "binaryFile [app-1.4.2.ipa; application/octet-stream] = {LEN} bytes, identical: true"
            ),
            "description [-; -] = A binary file of some kind".to_string(),
            "fix [-; -] = true".to_string(),
            format!(
                "metaFile [Info.plist; application/octet-stream] = {}",
                std::str::from_utf8(plist_bytes).unwrap()
            ),
            "osType [-; -] = iOS".to_string(),
            "version [-; -] = 1.4.2".to_string(),
        ]
    );

    let progress = progress.lock().unwrap().clone();
    assert_eq!(
        progress.first(),
        Some(&Progress {
            done: 0,
            total: Some(LEN as u64)
        })
    );
    assert_eq!(
        progress.last(),
        Some(&Progress {
            done: LEN as u64,
            total: Some(LEN as u64)
        })
    );
    let steps: Vec<u64> = progress.windows(2).map(|w| w[1].done - w[0].done).collect();
    assert!(
        steps.iter().all(|s| *s > 0 && *s <= 64 * 1024),
        "reads are at most 64 KiB"
    );
    assert!(steps.len() >= LEN / (64 * 1024), "{} reads", steps.len());
}

#[tokio::test]
async fn upload_from_a_reader_sends_the_given_length() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let fields: Arc<Mutex<Vec<NamedBytes>>> = Arc::default();
    let record = fields.clone();
    server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/binary-group/3"))
            .is_true(move |req: &HttpMockRequest| {
                *record.lock().unwrap() = parse_multipart(req)
                    .into_iter()
                    .map(|p| (p.name, p.data))
                    .collect();
                true
            });
        then.status(200)
            .header("content-type", "application/json")
            .body(UPLOAD_SAMPLE);
    });
    // Only the first 10 bytes are the binary.
    let reader = std::io::Cursor::new(b"0123456789-trailing".to_vec());
    client(&server)
        .upload_binary(
            7,
            3,
            BinaryUpload::from_reader(ApplicationType::Server, reader, 10, "ojdbc14.jar"),
        )
        .await
        .unwrap();
    let fields = fields.lock().unwrap().clone();
    assert_eq!(
        fields,
        [
            ("applicationType".to_string(), b"server".to_vec()),
            ("binaryFile".to_string(), b"0123456789".to_vec())
        ]
    );
}

#[tokio::test]
async fn upload_from_a_reader_that_ends_early_fails() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/binary-group/3"));
        then.status(200)
            .header("content-type", "application/json")
            .body(UPLOAD_SAMPLE);
    });
    let reader = std::io::Cursor::new(vec![7u8; 100]);
    let e = client(&server)
        .upload_binary(
            7,
            3,
            BinaryUpload::from_reader(ApplicationType::Server, reader, 1000, "short.bin"),
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Transport, "{e}");
}

#[tokio::test]
async fn upload_answer_with_is_successful_false_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.jar");
    std::fs::write(&file, b"jar").unwrap();
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(POST)
            .path(api_path("/artifacts/7/binary-group/3"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("BINARY_GROUP_NOT_FOUND"),
                "binary group 3 not found",
            ));
    });
    let e = client(&server)
        .upload_binary(
            7,
            3,
            BinaryUpload::from_path(ApplicationType::Server, &file),
        )
        .await
        .unwrap_err();
    assert_eq!(
        (e.kind(), e.status(), e.code(), e.message()),
        (
            &ErrorKind::Provider,
            Some(200),
            Some("BINARY_GROUP_NOT_FOUND"),
            "binary group 3 not found"
        )
    );
}

#[tokio::test]
async fn unusable_upload_input_fails_before_any_request() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.jar");
    std::fs::write(&empty, b"").unwrap();
    let good = dir.path().join("good.jar");
    std::fs::write(&good, b"jar").unwrap();
    let server = MockServer::start_async().await;
    let token = token_mock(&server, "tok", 86400);
    let upload = server.mock(|when, then| {
        when.any_request().path_prefix("/api/");
        then.status(200)
            .header("content-type", "application/json")
            .body(UPLOAD_SAMPLE);
    });
    let c = client(&server);
    let server_upload = |path: &Path| BinaryUpload::from_path(ApplicationType::Server, path);
    let cases = [
        (
            "missing",
            server_upload(&dir.path().join("missing.jar")),
            "missing.jar",
        ),
        ("empty", server_upload(&empty), "is empty"),
        ("directory", server_upload(dir.path()), "not a regular file"),
        (
            "long version",
            server_upload(&good).version("v".repeat(101)),
            "100",
        ),
        (
            "osType on server",
            server_upload(&good).os_type(ClientOsType::Android),
            "osType",
        ),
        (
            "metaFile without iOS",
            BinaryUpload::from_path(ApplicationType::Client, &good).meta_file(&good),
            "metaFile",
        ),
        (
            "missing metaFile",
            BinaryUpload::from_path(ApplicationType::Client, &good)
                .os_type(ClientOsType::IOs)
                .meta_file(dir.path().join("no.plist")),
            "no.plist",
        ),
        (
            "empty reader",
            BinaryUpload::from_reader(
                ApplicationType::Server,
                std::io::Cursor::new(Vec::new()),
                0,
                "x.jar",
            ),
            "empty",
        ),
    ];
    for (what, up, says) in cases {
        let e = c.upload_binary(7, 3, up).await.unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput, "{what}: {e}");
        assert!(e.to_string().contains(says), "{what}: {e}");
        assert!(!e.may_have_reached_server(), "{what}");
    }
    token.assert_calls(0);
    upload.assert_calls(0);
}

// ---- download ------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_of_64_mib_writes_an_identical_file() {
    const LEN: usize = 64 << 20;
    let data = random_bytes(LEN, 9);
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-group/3/binaries/100"))
            .header(AUTH, "Bearer tok");
        then.status(200)
            .header("content-type", "application/octet-stream")
            .body(&data);
    });
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("app.jar");
    let (progress, on_progress) = progress_recorder();
    let download = client(&server).download_binary(7, 3, 100).await.unwrap();
    assert_eq!(download.content_length(), Some(LEN as u64));
    let written = download
        .on_progress(on_progress)
        .to_path(&target)
        .await
        .unwrap();
    api.assert_calls(1);
    assert_eq!(written, LEN as u64);
    assert!(
        std::fs::read(&target).unwrap() == data,
        "the file is identical"
    );
    assert_eq!(
        files_in(dir.path()),
        ["app.jar"],
        "no temporary file is left"
    );
    let progress = progress.lock().unwrap().clone();
    assert_eq!(
        progress.first(),
        Some(&Progress {
            done: 0,
            total: Some(LEN as u64)
        })
    );
    assert_eq!(
        progress.last(),
        Some(&Progress {
            done: LEN as u64,
            total: Some(LEN as u64)
        })
    );
}

#[tokio::test]
async fn download_to_a_writer() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-group/3/binaries/100"));
        then.status(200)
            .header("content-type", "application/octet-stream")
            .body("binary bytes");
    });
    let mut out: Vec<u8> = Vec::new();
    let n = client(&server)
        .download_binary(7, 3, 100)
        .await
        .unwrap()
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!((n, out.as_slice()), (12, b"binary bytes".as_slice()));
}

/// A server that announces `announced` bytes, sends `sent`, and hangs up.
async fn short_body_server(announced: usize, sent: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            while find(&request, b"\r\n\r\n").is_none() {
                match socket.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {announced}\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&vec![1u8; sent]).await;
            let _ = socket.shutdown().await;
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn download_broken_off_midway_leaves_no_file() {
    let oauth = MockServer::start_async().await;
    token_mock(&oauth, "tok", 86400);
    let base = short_body_server(1_000_000, 200_000).await;
    let c = Client::builder()
        .options(options(&RecordingSleeper::default()))
        .base_url(base)
        .oauth_url(oauth.base_url())
        .user_access_key("userAccessKey", "userSecretKey")
        .app_key(APP)
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("app.jar");
    let (progress, on_progress) = progress_recorder();
    let e = c
        .download_binary(7, 3, 100)
        .await
        .unwrap()
        .on_progress(on_progress)
        .to_path(&target)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Transport, "{e}");
    assert!(e.to_string().contains("of 1000000 bytes"), "{e}");
    assert!(!target.exists());
    assert_eq!(
        files_in(dir.path()),
        Vec::<String>::new(),
        "the temporary file is removed"
    );
    assert!(progress.lock().unwrap().last().unwrap().done < 1_000_000);
}

#[tokio::test]
async fn download_answered_500_leaves_no_file() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-group/3/binaries/100"));
        then.status(500)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("INTERNAL_ERROR"),
                "storage unavailable",
            ));
    });
    let sleeps = RecordingSleeper::default();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("app.jar");
    let c = client_with(&server, options(&sleeps));
    let result = match c.download_binary(7, 3, 100).await {
        Ok(d) => d.to_path(&target).await,
        Err(e) => Err(e),
    };
    let e = result.unwrap_err();
    assert_eq!(
        (e.status(), e.code(), e.message()),
        (Some(500), Some("INTERNAL_ERROR"), "storage unavailable")
    );
    api.assert_calls(4); // a download is idempotent: the default policy's four attempts
    assert_eq!(sleeps.waits().len(), 3);
    assert!(!target.exists());
    assert_eq!(files_in(dir.path()), Vec::<String>::new());
}

#[tokio::test]
async fn download_answered_with_a_failed_envelope_is_an_error() {
    let server = MockServer::start_async().await;
    token_mock(&server, "tok", 86400);
    server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts/7/binary-group/3/binaries/100"));
        then.status(200)
            .header("content-type", "application/json")
            .json_body(failed_envelope(
                json!("BINARY_NOT_FOUND"),
                "binary 100 not found",
            ));
    });
    let e = client(&server)
        .download_binary(7, 3, 100)
        .await
        .unwrap_err();
    assert_eq!(
        (e.status(), e.code()),
        (Some(200), Some("BINARY_NOT_FOUND"))
    );
}

#[tokio::test]
async fn a_token_lifetime_near_i64_max_is_used_not_a_panic() {
    let server = MockServer::start_async().await;
    let token = token_mock(&server, "forever", i64::MAX);
    let api = server.mock(|when, then| {
        when.method(GET)
            .path(api_path("/artifacts"))
            .header(AUTH, "Bearer forever");
        then.status(200)
            .header("content-type", "application/json")
            .body(ARTIFACTS_SAMPLE);
    });
    let c = client(&server);
    c.list_artifacts(None).await.unwrap();
    c.list_artifacts(None).await.unwrap();
    token.assert_calls(1);
    api.assert_calls(2);
}

/// A download is judged by its Content-Type, never by its bytes: an HTML page or a JSON answer
/// with HTTP 200 is an error and no file is written.
#[tokio::test]
async fn a_page_or_an_envelope_answered_for_a_download_is_an_error_not_a_file() {
    for (content_type, body, says) in [
        (
            "text/html; charset=utf-8",
            "<html><body>Login required</body></html>",
            "text/html",
        ),
        (
            "application/json",
            r#"{"header":{"isSuccessful":false,"resultCode":"NOT_FOUND","resultMessage":"binary not found"},"body":null}"#,
            "binary not found",
        ),
        (
            "application/json",
            r#"{"unexpected": true}"#,
            "application/json",
        ),
    ] {
        let server = MockServer::start_async().await;
        token_mock(&server, "tok", 86400);
        server.mock(|when, then| {
            when.method(GET)
                .path(api_path("/artifacts/7/binary-group/3/binaries/100"));
            then.status(200)
                .header("content-type", content_type)
                .body(body);
        });
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("app.jar");
        let e = match client(&server).download_binary(7, 3, 100).await {
            Ok(d) => d.to_path(&out).await.unwrap_err(),
            Err(e) => e,
        };
        assert!(e.to_string().contains(says), "{content_type}: {e}");
        assert!(
            files_in(dir.path()).is_empty(),
            "{content_type}: nothing written"
        );
    }
}
