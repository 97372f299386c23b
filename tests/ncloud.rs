#![cfg(feature = "ncloud")]
//! The NAVER Cloud API Gateway client against a loopback gateway that checks every request's
//! signature itself (HMAC-SHA256 computed here, independently of deploykit's signer) and
//! answers 401 like NCP when it does not match.

mod common;

use common::RecordingSleeper;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use deploykit::ErrorKind;
use deploykit::ncloud::{Client, RollbackTarget, StageRef, types};
use deploykit::runtime::credentials::CredentialSource;
use deploykit::runtime::{Env, MapEnv, RetryPolicy};
use futures::{StreamExt, TryStreamExt};
use hmac::{Hmac, Mac};
use httpmock::Mock;
use httpmock::prelude::*;
use serde_json::json;
use sha2::Sha256;

const AK: &str = "ncp_iam_BPAMKR7TestAccessKey";
const SK: &str = "ncp_iam_BPKMKRTestSecretKey0123456789xyz";
const BASE: &str = "/api/v1";
const STAGE_PATH: &str = "/api/v1/products/ksk9pr01/apis/51hsap02/stages/fh5ost03";

/// The gateway accepts timestamps this close to its own clock.
const WINDOW_MS: i64 = 5 * 60 * 1000;

// ---- the loopback gateway ------------------------------------------------------------------

/// The gateway's own signature check: base64(HMAC-SHA256(secret, "METHOD URI\nTS\nAK")), where
/// URI is the request line's path and query as received.
fn gateway_signature(
    secret: &str,
    method: &str,
    uri: &str,
    timestamp: &str,
    access_key: &str,
) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{method} {uri}\n{timestamp}\n{access_key}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

fn header<'a>(req: &'a HttpMockRequest, name: &str) -> Option<&'a str> {
    req.headers_vec()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn epoch_ms(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_millis() as i64
}

/// Why the gateway would refuse `req`, if it would.
fn refusal(req: &HttpMockRequest, ak: &str, sk: &str, ahead: Duration) -> Option<&'static str> {
    let (Some(ts), Some(key), Some(sig)) = (
        header(req, "x-ncp-apigw-timestamp"),
        header(req, "x-ncp-iam-access-key"),
        header(req, "x-ncp-apigw-signature-v2"),
    ) else {
        return Some("missing header");
    };
    if ts.len() != 13 || !ts.bytes().all(|b| b.is_ascii_digit()) {
        return Some("timestamp is not 13 digits of milliseconds");
    }
    // httpmock hands the URI over in absolute form; the request line had its path and query.
    let uri = req.uri();
    let target = uri.path_and_query().map_or("/", |pq| pq.as_str());
    if key != ak || sig != gateway_signature(sk, req.method_str(), target, ts, key) {
        return Some("signature");
    }
    let gateway_now = epoch_ms(SystemTime::now() + ahead);
    if (ts.parse::<i64>().unwrap() - gateway_now).abs() > WINDOW_MS {
        return Some("timestamp");
    }
    None
}

fn auth_failed() -> serde_json::Value {
    json!({"error": {"errorCode": "200", "message": "Authentication Failed", "details": "Invalid authentication information."}})
}

struct Gateway {
    server: MockServer,
    ak: &'static str,
    sk: &'static str,
    /// How far the gateway's clock is ahead of real time.
    ahead: Duration,
    sleeper: RecordingSleeper,
    /// The mock answering every request that fails the signature or timestamp check.
    refused_id: usize,
}

impl Gateway {
    async fn start() -> Self {
        Self::start_with(AK, SK, Duration::ZERO).await
    }

    async fn start_with(ak: &'static str, sk: &'static str, ahead: Duration) -> Self {
        let server = MockServer::start_async().await;
        let date = httpdate::fmt_http_date(SystemTime::now() + ahead);
        let refused_id = server
            .mock_async(move |when, then| {
                when.is_true(move |req| refusal(req, ak, sk, ahead).is_some());
                let then = then
                    .status(401)
                    .header("content-type", "application/json")
                    .json_body(auth_failed());
                if !ahead.is_zero() {
                    then.header("date", date.as_str());
                }
            })
            .await
            .id();
        Self {
            server,
            ak,
            sk,
            ahead,
            sleeper: RecordingSleeper::default(),
            refused_id,
        }
    }

    /// The requests the gateway refused.
    fn refused(&self) -> Mock<'_> {
        Mock::new(self.refused_id, &self.server)
    }

    fn server(&self) -> &MockServer {
        &self.server
    }

    /// A matcher that admits only requests the gateway accepts.
    fn signed(&self) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync + 'static {
        let (ak, sk, ahead) = (self.ak, self.sk, self.ahead);
        move |req| refusal(req, ak, sk, ahead).is_none()
    }

    /// Bodies are checked exactly as given, so deploys go without deploykit's marker (tests/
    /// hostile.rs and the command's tests check the marker).
    fn builder(&self) -> deploykit::ncloud::ClientBuilder {
        let mut options = deploykit::runtime::ClientOptions::default();
        options.no_markers = true;
        Client::builder()
            .options(options)
            .base_url(self.server.url(BASE))
            .env(Arc::new(MapEnv::new()))
            .retry(
                RetryPolicy::default()
                    .with_max_attempts(3)
                    .with_sleeper(Arc::new(self.sleeper.clone()))
                    .with_seed(7),
            )
    }

    fn client(&self) -> Client {
        self.builder()
            .credentials(self.ak, self.sk)
            .build()
            .unwrap()
    }

    fn waits(&self) -> Vec<Duration> {
        self.sleeper.waits()
    }
}

fn stage() -> StageRef {
    StageRef::new("ksk9pr01", "51hsap02", "fh5ost03").unwrap()
}

// ---- documented answers ----------------------------------------------------------------------

/// The Stage deploy "response syntax" of NCP's documentation, verbatim.
const STAGE_DEPLOY_SYNTAX: &str = r#"{
    "stage" : {
        "canaryDeployedTime" : "2000-01-23T04:56:07.000+00:00",
        "modifier" : "modifier",
        "canaryEndpointDomain" : "canaryEndpointDomain",
        "canaryThrottleRps" : 5,
        "cacheTtlSec" : 0,
        "stageName" : "stageName",
        "throttleRps" : 4,
        "monthQuotaRequest" : 9,
        "canaryCacheTtlSec" : 6,
        "canaryDistributionRate" : 5.962134,
        "apiId" : "apiId",
        "stageId" : "stageId",
        "deployedStageDeploymentNo" : 7,
        "useDistributionRate" : true,
        "canaryDeploymentDescription" : "canaryDeploymentDescription",
        "dayQuotaRequest" : 2,
        "isMaintenance" : true,
        "rateRps" : 3,
        "endpointDomain" : "endpointDomain",
        "ipAclList" : "ipAclList",
        "canaryDeploymentNo" : 1,
        "regTime" : "2000-01-23T04:56:07.000+00:00",
        "response" : "response",
        "canaryConditions" : [ {
            "parameterName" : "parameterName",
            "parameterCode" : "REQUEST_HEADER",
            "parameterValue" : "parameterValue"
        } ],
        "tenantId" : "tenantId",
        "ipAclCode" : "ALLOWED",
        "statusCode" : 2,
        "enabledContentEncoding": true,
        "minimumCompressionSize": 0
    }
}"#;

fn stage_body(deployed: i64) -> serde_json::Value {
    json!({"stage": {
        "tenantId": "4ae230cebc1402ba89b148896951c0d2",
        "modifier": "8c3d3020-5bb7-11ec-bfb8-246e965910a1",
        "stageId": "fh5ost03", "apiId": "51hsap02", "stageName": "stage000",
        "endpointDomain": "https://test123.test.com",
        "deployedStageDeploymentNo": deployed,
        "regTime": "2024-05-07T23:48:47Z", "isMaintenance": false, "enabledContentEncoding": false
    }})
}

fn history_entry(no: i64, day: u32) -> serde_json::Value {
    json!({"stageId": "fh5ost03", "stageDeploymentNo": no, "deploymentDescription": format!("deployment {no}"),
           "deployedTime": format!("2024-05-{day:02}T10:00:00Z"),
           "documentJson": "{\"openapi\":\"3.0.1\",\"paths\":{}}"})
}

// ---- every operation through the signature check ------------------------------------------

#[tokio::test]
async fn every_operation_is_signed_and_matches_the_documented_wire_format() {
    let gw = Gateway::start().await;
    let s = gw.server();
    let deploy_stage = s
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{STAGE_PATH}/deploy"))
                .header("content-type", "application/json")
                .header_missing("api-version")
                .json_body(json!({"deploymentNo": 250417}))
                .is_true(gw.signed());
            then.status(200)
                .header("content-type", "application/json")
                .body(STAGE_DEPLOY_SYNTAX);
        })
        .await;
    let deploy_api = s
        .mock_async(|when, then| {
            when.method(POST)
                .path("/api/v1/products/ksk9pr01/apis/51hsap02/deploy")
                .header("content-type", "application/json")
                .json_body(
                    json!({"stageId": "fh5ost03", "deploymentDescription": "release 2024-05-08"}),
                )
                .is_true(gw.signed());
            then.status(200);
        })
        .await;
    let list_stages = s
        .mock_async(|when, then| {
            when.method(GET).path("/api/v1/products/ksk9pr01/apis/51hsap02/stages").is_true(gw.signed());
            then.status(200).json_body(json!({
                "host": "51hsap02.apigw.ntruss.com",
                "stages": [
                    {"stageId": "fh5ost03", "stageName": "stage000", "defaultDeploymentNo": 250417, "isCanary": false,
                     "resourceDtos": [{"apiId": "51hsap02", "resourceId": "r4k2cd4q9z", "resourcePath": "/orders",
                                       "methods": [{"methodName": "GET", "methodCode": "0001"}, {"methodName": "POST", "methodCode": "0002"}]}]},
                    {"stageId": "p2m26c7w0e", "stageName": "prod", "defaultDeploymentNo": 250390, "canaryDeploymentNo": 250417, "isCanary": true,
                     "resourceDtos": [{"apiId": "51hsap02", "resourceId": "r4k2cd4q9z", "resourcePath": "/orders",
                                       "corsAllowOrigin": "https://shop.example.com", "corsAllowCredentials": "false", "corsMaxAge": "3600",
                                       "methods": [{"methodName": "GET", "methodCode": "0001"}]}]}
                ]
            }));
        })
        .await;
    let get_stage = s
        .mock_async(|when, then| {
            when.method(GET).path(STAGE_PATH).is_true(gw.signed());
            then.status(200).json_body(json!({"stage": {
                "apiId": "51hsap02", "stageId": "fh5ost03", "stageName": "prod",
                "deployedStageDeploymentNo": 250390, "regTime": "2024-04-02T08:15:30Z",
                "throttleRps": 200, "dayQuotaRequest": 1000000, "ipAclCode": "ALLOWED",
                "canaryDeploymentNo": 250417, "canaryDeployedTime": "2024-05-08T01:02:03.000+00:00",
                "useDistributionRate": false, "canaryDistributionRate": 10.5,
                "canaryConditions": [{"parameterCode": "REQUEST_QUERY", "parameterName": "beta", "parameterValue": "1"}]
            }}));
        })
        .await;
    let list_deployments = s
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{STAGE_PATH}/deployments"))
                .query_param("offset", "0")
                .query_param("limit", "2")
                .is_true(gw.signed());
            then.status(200).json_body(json!({
                "total": 2, "defaultDeploymentNo": 250417,
                "content": [history_entry(250417, 7), history_entry(250390, 2)]
            }));
        })
        .await;
    let get_deployment = s
        .mock_async(|when, then| {
            when.method(GET).path(format!("{STAGE_PATH}/deployments/250417")).is_true(gw.signed());
            then.status(200).json_body(json!({"documentJson": "{\"openapi\":\"3.0.1\",\"paths\":{\"/orders\":{\"get\":{}}}}"}));
        })
        .await;
    let delete_deployment = s
        .mock_async(|when, then| {
            when.method(DELETE)
                .path(format!("{STAGE_PATH}/deployments/250390"))
                .is_true(gw.signed());
            then.status(204);
        })
        .await;

    let c = gw.client();
    let st = c
        .deploy_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .body(types::DeployStageRequest {
            deployment_no: types::DeploymentNo(250417),
        })
        .send()
        .await
        .unwrap()
        .into_inner()
        .stage
        .expect("the sample answer has a stage");
    assert_eq!(st.deployed_stage_deployment_no, Some(7));
    assert_eq!(st.canary_distribution_rate, Some(5.962134));
    assert_eq!(st.ip_acl_code, Some(types::IpAclCode::Allowed.into()));
    assert_eq!(
        st.canary_conditions[0].parameter_code,
        Some(types::CanaryParameterCode::RequestHeader.into())
    );
    assert_eq!(st.minimum_compression_size, Some(0));

    let r = c
        .deploy_api()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .body(
            types::DeployApiRequest::builder()
                .stage_id("fh5ost03")
                .deployment_description(Some(
                    "release 2024-05-08"
                        .parse::<types::DeploymentDescription>()
                        .unwrap(),
                )),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let stages = c
        .list_stages()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stages.stages.len(), 2);
    assert_eq!(stages.stages[1].canary_deployment_no, Some(250417));
    assert_eq!(
        stages.stages[0].resource_dtos[0].methods[1].method_name,
        Some(types::HttpMethodName::Post.into())
    );

    let one = c
        .get_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .send()
        .await
        .unwrap();
    let one_stage = one.into_inner().stage.unwrap();
    assert_eq!(one_stage.deployed_stage_deployment_no, Some(250390));
    assert_eq!(
        one_stage.canary_conditions[0].parameter_code,
        Some(types::CanaryParameterCode::RequestQuery.into())
    );

    let page = c
        .list_stage_deployments()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .offset(0u64)
        .limit(std::num::NonZeroU64::new(2).unwrap())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (page.total, page.default_deployment_no, page.content.len()),
        (Some(2), Some(250417), 2)
    );
    assert!(page.content[0].deployed_time.is_some());

    let doc = c
        .get_stage_deployment()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .deployment_no(250417u64)
        .send()
        .await
        .unwrap();
    assert!(doc.document_json.as_deref().unwrap().contains("/orders"));

    let del = c
        .delete_stage_deployment()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .deployment_no(250390u64)
        .send()
        .await
        .unwrap();
    assert_eq!(del.status(), 204);

    for m in [
        &deploy_stage,
        &deploy_api,
        &list_stages,
        &get_stage,
        &list_deployments,
        &get_deployment,
        &delete_deployment,
    ] {
        m.assert_calls_async(1).await;
    }
    gw.refused().assert_calls_async(0).await;
}

#[tokio::test]
async fn a_wrong_secret_is_refused_by_the_gateway_and_not_retried() {
    let gw = Gateway::start().await;
    let ok = gw
        .server()
        .mock_async(|when, then| {
            when.is_true(gw.signed());
            then.status(200).json_body(stage_body(1));
        })
        .await;
    let c = gw
        .builder()
        .credentials(AK, "not-the-secret")
        .build()
        .unwrap();
    let err = c
        .get_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .send()
        .await
        .unwrap_err();
    assert_eq!((err.status(), err.code()), (Some(401), Some("200")));
    assert_eq!(err.message(), "Authentication Failed");
    assert!(
        err.to_string()
            .contains("check the access key and secret key"),
        "{err}"
    );
    assert_eq!(err.kind(), &ErrorKind::Provider);
    gw.refused().assert_calls_async(1).await;
    ok.assert_calls_async(0).await;
    assert_eq!(c.clock_offset().as_millis(), 0);
    assert!(!format!("{err:?} {err} {c:?}").contains("not-the-secret"));
}

// ---- input checks ----------------------------------------------------------------------------

#[tokio::test]
async fn bad_input_fails_before_any_request() {
    let gw = Gateway::start().await;
    let anything = gw
        .server()
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(stage_body(1));
        })
        .await;
    let c = gw.client();
    let eleven = "abcdefghijk";
    let mut errors: Vec<deploykit::Error> = vec![
        c.deploy_stage()
            .product_id(eleven)
            .api_id("51hsap02")
            .stage_id("fh5ost03")
            .body(types::DeployStageRequest {
                deployment_no: types::DeploymentNo(1),
            })
            .send()
            .await
            .unwrap_err(),
        c.get_stage()
            .product_id("ksk9pr01")
            .api_id("51hsap02")
            .stage_id(eleven)
            .send()
            .await
            .unwrap_err(),
        c.deploy_api()
            .product_id("ksk9pr01")
            .api_id("51hsap02")
            .body(types::DeployApiRequest::builder().stage_id(eleven))
            .send()
            .await
            .unwrap_err(),
        c.get_stage_deployment()
            .product_id("ksk9pr01")
            .api_id("51hsap02")
            .stage_id("fh5ost03")
            .deployment_no("-1")
            .send()
            .await
            .unwrap_err(),
        c.deploy_stage()
            .product_id("ksk9pr01")
            .api_id("51hsap02")
            .stage_id("fh5ost03")
            .body(types::DeployStageRequest::builder().deployment_no("-250417"))
            .send()
            .await
            .unwrap_err(),
        StageRef::new("ksk9pr01", eleven, "fh5ost03").unwrap_err(),
        c.rollback(&stage(), RollbackTarget::Deployment(-1))
            .await
            .unwrap_err(),
    ];
    errors.push(deploykit::ncloud::deployment_no(-3).unwrap_err());
    for e in &errors {
        assert_eq!(e.kind(), &ErrorKind::InvalidInput, "{e}");
        assert!(!e.may_have_reached_server(), "{e}");
        assert_eq!(e.provider(), Some("ncloud"), "{e}");
    }
    assert!(
        errors[5].to_string().contains("has 11 characters"),
        "{}",
        errors[5]
    );
    assert!(errors[6].to_string().contains("negative"), "{}", errors[6]);
    anything.assert_calls_async(0).await;
    gw.refused().assert_calls_async(0).await;
}

// ---- clock skew ------------------------------------------------------------------------------

#[tokio::test]
async fn a_gateway_ten_minutes_ahead_refuses_once_then_accepts_the_corrected_timestamp() {
    let ahead = Duration::from_secs(600);
    let gw = Gateway::start_with(AK, SK, ahead).await;
    let date = httpdate::fmt_http_date(SystemTime::now() + ahead);
    let accepted = gw
        .server()
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{STAGE_PATH}/deploy"))
                .is_true(gw.signed());
            then.status(200)
                .header("date", date.as_str())
                .json_body(stage_body(250390));
        })
        .await;
    let get = gw
        .server()
        .mock_async(|when, then| {
            when.method(GET).path(STAGE_PATH).is_true(gw.signed());
            then.status(200)
                .header("date", date.as_str())
                .json_body(stage_body(250390));
        })
        .await;
    let c = gw.client();
    let before = SystemTime::now();
    let st = c
        .deploy_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .body(types::DeployStageRequest {
            deployment_no: types::DeploymentNo(250390),
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        st.stage.as_ref().unwrap().deployed_stage_deployment_no,
        Some(250390)
    );
    // First attempt refused for its timestamp, second (re-signed with the gateway's clock) accepted.
    gw.refused().assert_calls_async(1).await;
    accepted.assert_calls_async(1).await;
    assert!(
        gw.waits().is_empty(),
        "the repair is immediate, not a backoff"
    );
    let offset = c.clock_offset();
    assert!(offset.is_ahead());
    let elapsed = before.elapsed().unwrap().as_millis() as i64;
    assert!(
        (offset.as_millis() - 600_000).abs() <= 2_000 + elapsed,
        "{offset}"
    );
    // The offset is kept: the next call is accepted at once.
    c.get_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .send()
        .await
        .unwrap();
    get.assert_calls_async(1).await;
    gw.refused().assert_calls_async(1).await;
}

// ---- throttling and errors -------------------------------------------------------------------

#[tokio::test]
async fn throttled_calls_are_retried_after_the_wait_the_gateway_asks_for() {
    let gw = Gateway::start().await;
    let path = format!("{STAGE_PATH}/deploy");
    let throttled = gw
        .server()
        .mock_async(|when, then| {
            when.method(POST).path(path.as_str()).is_true(gw.signed());
            then.status(429)
                .header("retry-after", "2")
                .json_body(json!({"error": {"errorCode": "420", "message": "Rate Limited"}}))
                .up_to_n_times(1);
        })
        .await;
    let accepted = gw
        .server()
        .mock_async(|when, then| {
            when.method(POST)
                .path(path.as_str())
                .json_body(json!({"deploymentNo": 250390}))
                .is_true(gw.signed());
            then.status(200).json_body(stage_body(250390));
        })
        .await;
    let c = gw.client();
    let st = c
        .deploy_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .body(types::DeployStageRequest {
            deployment_no: types::DeploymentNo(250390),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(
        st.stage.as_ref().unwrap().deployed_stage_deployment_no,
        Some(250390)
    );
    throttled.assert_calls_async(1).await;
    accepted.assert_calls_async(1).await;
    assert_eq!(gw.waits(), vec![Duration::from_secs(2)]);
}

#[tokio::test]
async fn throttling_that_persists_ends_as_a_rate_limit_error_with_code_and_hint() {
    let gw = Gateway::start().await;
    let m = gw
        .server()
        .mock_async(|when, then| {
            when.is_true(gw.signed());
            then.status(429)
                .header("retry-after", "1")
                .json_body(json!({"error": {"errorCode": "400", "message": "Quota Exceeded", "details": "Monthly quota exceeded."}}));
        })
        .await;
    let c = gw.client();
    let err = c
        .rollback(&stage(), RollbackTarget::Previous)
        .await
        .unwrap_err();
    assert!(
        matches!(err.kind(), ErrorKind::RateLimited { .. }),
        "{err:?}"
    );
    assert_eq!(
        (err.status(), err.code(), err.message()),
        (Some(429), Some("400"), "Quota Exceeded")
    );
    assert_eq!(
        err.details(),
        [
            "Monthly quota exceeded.".to_string(),
            "the provider asked to wait 1 s".to_string()
        ]
    );
    assert!(err.to_string().contains("quota is used up"), "{err}");
    assert!(err.is_retryable());
    m.assert_calls_async(3).await;
    assert_eq!(gw.waits().len(), 2);
}

#[tokio::test]
async fn error_answers_carry_the_documented_code_message_details_and_hint() {
    let gw = Gateway::start().await;
    let cases = [
        ("st400", 400, "100", "Bad Request Exception", "malformed"),
        ("st401", 401, "210", "Permission Denied", "Sub Account"),
        ("st403", 403, "230", "Forbidden", "may not access"),
        ("st404", 404, "300", "Not Found Exception", "does not exist"),
        ("st503", 503, "500", "Endpoint Error", "could not reach"),
    ];
    for (stage_id, status, code, message, _) in cases {
        gw.server()
            .mock_async(|when, then| {
                when.path(format!("/api/v1/products/ksk9pr01/apis/51hsap02/stages/{stage_id}")).is_true(gw.signed());
                then.status(status)
                    .header("x-ncp-trace-id", format!("trace-{code}"))
                    .json_body(json!({"error": {"errorCode": code, "message": message, "details": format!("details of {code}")}}));
            })
            .await;
    }
    let c = gw.client();
    for (stage_id, status, code, message, hint) in cases {
        let err: deploykit::Error = c
            .get_stage()
            .product_id("ksk9pr01")
            .api_id("51hsap02")
            .stage_id(stage_id)
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::Provider, "{err}");
        assert_eq!(
            (err.status(), err.code(), err.message()),
            (Some(status), Some(code), message)
        );
        assert_eq!(err.details(), [format!("details of {code}")]);
        assert_eq!(err.request_id(), Some(format!("trace-{code}").as_str()));
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("ncloud: HTTP {status} [{code}] {message}")),
            "{text}"
        );
        assert!(text.contains(hint), "{text}");
    }
    // 503 is transient and the GET idempotent: retried up to the policy's 3 attempts.
    assert_eq!(gw.waits().len(), 2);
    gw.refused().assert_calls_async(0).await;
}

// ---- history and rollback --------------------------------------------------------------------

async fn history_mock<'a>(
    gw: &'a Gateway,
    offset: u64,
    limit: u64,
    total: i64,
    current: i64,
    entries: Vec<serde_json::Value>,
) -> Mock<'a> {
    gw.server()
        .mock_async(|when, then| {
            when.method(GET)
                .path(format!("{STAGE_PATH}/deployments"))
                .query_param("offset", offset.to_string())
                .query_param("limit", limit.to_string())
                .is_true(gw.signed());
            then.status(200).json_body(
                json!({"total": total, "defaultDeploymentNo": current, "content": entries}),
            );
        })
        .await
}

#[tokio::test]
async fn deployment_history_streams_every_page_on_demand() {
    let gw = Gateway::start().await;
    let p0 = history_mock(
        &gw,
        0,
        2,
        5,
        105,
        vec![history_entry(105, 5), history_entry(104, 4)],
    )
    .await;
    let p1 = history_mock(
        &gw,
        2,
        2,
        5,
        105,
        vec![history_entry(103, 3), history_entry(102, 2)],
    )
    .await;
    let p2 = history_mock(&gw, 4, 2, 5, 105, vec![history_entry(101, 1)]).await;
    let c = gw.client();
    let size = std::num::NonZeroU64::new(2).unwrap();

    let first: Vec<_> = c
        .deployments_with_page_size(&stage(), size)
        .take(1)
        .collect()
        .await;
    assert_eq!(first[0].as_ref().unwrap().stage_deployment_no, Some(105));
    p0.assert_calls_async(1).await;
    p1.assert_calls_async(0).await;

    let all: Vec<types::StageDeployment> = c
        .deployments_with_page_size(&stage(), size)
        .try_collect()
        .await
        .unwrap();
    let numbers: Vec<i64> = all.iter().filter_map(|d| d.stage_deployment_no).collect();
    assert_eq!(numbers, vec![105, 104, 103, 102, 101]);
    p0.assert_calls_async(2).await;
    p1.assert_calls_async(1).await;
    p2.assert_calls_async(1).await;
    gw.refused().assert_calls_async(0).await;
}

#[tokio::test]
async fn rollback_redeploys_the_deployment_before_the_current_one() {
    let gw = Gateway::start().await;
    // NCP's order is not relied on: the previous deployment is the highest number below the
    // current one (250417), whatever the order of the entries.
    let history = history_mock(
        &gw,
        0,
        100,
        4,
        250417,
        vec![
            history_entry(250390, 2),
            history_entry(250417, 7),
            history_entry(250420, 8),
            history_entry(250401, 4),
        ],
    )
    .await;
    let deploy = gw
        .server()
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{STAGE_PATH}/deploy"))
                .json_body(json!({"deploymentNo": 250401}))
                .is_true(gw.signed());
            then.status(200).json_body(stage_body(250401));
        })
        .await;
    let c = gw.client();
    let r = c
        .rollback(&stage(), RollbackTarget::Previous)
        .await
        .unwrap();
    assert_eq!((r.from, r.to), (Some(250417), 250401));
    let stage = r.stage.as_ref().unwrap();
    assert_eq!(stage.deployed_stage_deployment_no, Some(250401));
    assert_eq!(stage.stage_id.as_deref(), Some("fh5ost03"));
    history.assert_calls_async(1).await;
    deploy.assert_calls_async(1).await;
}

#[tokio::test]
async fn rollback_to_a_chosen_number_checks_the_history_first() {
    let gw = Gateway::start().await;
    history_mock(
        &gw,
        0,
        100,
        2,
        250417,
        vec![history_entry(250417, 7), history_entry(250390, 2)],
    )
    .await;
    let deploy = gw
        .server()
        .mock_async(|when, then| {
            when.method(POST)
                .path(format!("{STAGE_PATH}/deploy"))
                .is_true(gw.signed());
            then.status(200).json_body(stage_body(250390));
        })
        .await;
    let c = gw.client();
    let err = c
        .rollback(&stage(), RollbackTarget::Deployment(123))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidInput);
    assert!(err.to_string().contains("deployment 123 is not in the history of stage ksk9pr01/51hsap02/fh5ost03 (history: 250390, 250417)"), "{err}");
    deploy.assert_calls_async(0).await;

    let r = c
        .rollback(&stage(), RollbackTarget::Deployment(250390))
        .await
        .unwrap();
    assert_eq!((r.from, r.to), (Some(250417), 250390));
    deploy.assert_calls_async(1).await;

    // The oldest deployment has nothing before it.
    let first_only = Gateway::start().await;
    history_mock(&first_only, 0, 100, 1, 7, vec![history_entry(7, 1)]).await;
    let err = first_only
        .client()
        .rollback(&stage(), RollbackTarget::Previous)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no earlier one"), "{err}");
}

// ---- credentials -----------------------------------------------------------------------------

async fn accepts_get_stage(gw: &Gateway, c: &Client) {
    let m = gw
        .server()
        .mock_async(|when, then| {
            when.method(GET).path(STAGE_PATH).is_true(gw.signed());
            then.status(200).json_body(stage_body(1));
        })
        .await;
    c.get_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .send()
        .await
        .unwrap();
    m.assert_calls_async(1).await;
}

#[tokio::test]
async fn credentials_come_from_the_environment() {
    let gw = Gateway::start().await;
    let env = MapEnv::new()
        .with("NCLOUD_ACCESS_KEY", AK)
        .with("NCLOUD_SECRET_KEY", SK);
    let c = gw.builder().env(Arc::new(env)).build().unwrap();
    assert_eq!(c.access_key().as_deref(), Some(AK));
    assert_eq!(
        c.credential_source(),
        &CredentialSource::Environment(vec!["NCLOUD_ACCESS_KEY", "NCLOUD_SECRET_KEY"])
    );
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn credentials_come_from_a_configure_file_profile() {
    const PROFILE_AK: &str = "ncp_iam_BPAMKR7ProfileKey";
    const PROFILE_SK: &str = "ncp_iam_BPKMKRProfileSecret987";
    let gw = Gateway::start_with(PROFILE_AK, PROFILE_SK, Duration::ZERO).await;
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".ncloud")).unwrap();
    std::fs::write(
        home.path().join(".ncloud/configure"),
        format!(
            "[DEFAULT]\nncloud_access_key_id = default_ak\nncloud_secret_access_key = default_sk\n\n\
             [deploy]\nncloud_access_key_id = {PROFILE_AK}\nncloud_secret_access_key = {PROFILE_SK}\n"
        ),
    )
    .unwrap();
    // The environment has other keys: a profile chosen by name wins over them.
    let env: Arc<dyn Env> = Arc::new(
        MapEnv::new()
            .with("NCLOUD_ACCESS_KEY", AK)
            .with("NCLOUD_SECRET_KEY", SK)
            .with_home(home.path()),
    );
    let c = gw.builder().env(env).profile("deploy").build().unwrap();
    assert_eq!(c.access_key().as_deref(), Some(PROFILE_AK));
    assert_eq!(
        c.credential_source(),
        &CredentialSource::File(home.path().join(".ncloud/configure"), "deploy".into())
    );
    accepts_get_stage(&gw, &c).await;
    // Without a profile and without environment keys, [DEFAULT] is read.
    let c = gw
        .builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    assert_eq!(c.access_key().as_deref(), Some("default_ak"));
}

#[tokio::test]
async fn missing_keys_fail_naming_all_three_places() {
    let home = tempfile::tempdir().unwrap();
    let err = Client::builder()
        .env(Arc::new(
            MapEnv::new()
                .with("NCLOUD_SECRET_KEY", SK)
                .with_home(home.path()),
        ))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Credentials);
    let text = err.to_string();
    for place in [
        "explicitly",
        "NCLOUD_ACCESS_KEY",
        "NCLOUD_SECRET_KEY",
        "~/.ncloud/configure",
    ] {
        assert!(text.contains(place), "{place} missing: {text}");
    }
    assert!(
        text.contains(
            "NCLOUD_SECRET_KEY is set but NCLOUD_ACCESS_KEY_ID / NCLOUD_ACCESS_KEY is not"
        ),
        "{text}"
    );
    assert!(!text.contains(SK) && !format!("{err:?}").contains(SK));
    assert!(!err.may_have_reached_server());
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_display() {
    let gw = Gateway::start().await;
    let builder = gw.builder().credentials(AK, SK);
    let client = builder.clone().build().unwrap();
    let creds = deploykit::ncloud::Credentials::new(AK, SK);
    let shown = format!(
        "{builder:?}\n{client:?}\n{creds:?}\n{:?}\n{}",
        client.transport(),
        client.clock_offset()
    );
    assert!(!shown.contains(SK), "{shown}");
    assert!(!shown.contains("SecretKey0123"), "{shown}");
    assert!(
        shown.contains(AK),
        "the access key id is not secret and helps diagnosis"
    );
    // Nor in errors from a call.
    gw.server()
        .mock_async(|when, then| {
            when.is_true(gw.signed());
            then.status(401)
                .json_body(json!({"error": {"errorCode": "210", "message": "Permission Denied"}}));
        })
        .await;
    let err: deploykit::Error = client
        .get_stage()
        .product_id("ksk9pr01")
        .api_id("51hsap02")
        .stage_id("fh5ost03")
        .send()
        .await
        .unwrap_err();
    assert!(!format!("{err}\n{err:?}").contains(SK));
}

/// A home folder whose `~/.ncloud/configure` holds `text`.
fn home_with_configure(text: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".ncloud")).unwrap();
    std::fs::write(home.path().join(".ncloud/configure"), text).unwrap();
    home
}

fn configure_keys(section: &str, ak: &str, sk: &str) -> String {
    format!("{section}ncloud_access_key_id = {ak}\nncloud_secret_access_key = {sk}\n")
}

#[tokio::test]
async fn the_go_sdk_environment_names_come_before_the_terraform_names() {
    let gw = Gateway::start().await;
    let env = MapEnv::new()
        .with("NCLOUD_ACCESS_KEY_ID", AK)
        .with("NCLOUD_SECRET_ACCESS_KEY", SK)
        .with("NCLOUD_ACCESS_KEY", "terraform_ak")
        .with("NCLOUD_SECRET_KEY", "terraform_sk");
    let c = gw.builder().env(Arc::new(env)).build().unwrap();
    assert_eq!(c.access_key().as_deref(), Some(AK));
    assert_eq!(
        c.credential_source(),
        &CredentialSource::Environment(vec!["NCLOUD_ACCESS_KEY_ID", "NCLOUD_SECRET_ACCESS_KEY"])
    );
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn go_sdk_and_terraform_names_can_be_mixed() {
    let gw = Gateway::start().await;
    let env = MapEnv::new()
        .with("NCLOUD_ACCESS_KEY", AK)
        .with("NCLOUD_SECRET_ACCESS_KEY", SK);
    let c = gw.builder().env(Arc::new(env)).build().unwrap();
    assert_eq!(
        c.credential_source(),
        &CredentialSource::Environment(vec!["NCLOUD_ACCESS_KEY", "NCLOUD_SECRET_ACCESS_KEY"])
    );
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn a_configure_file_without_a_section_header_is_read() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&configure_keys("", AK, SK));
    let c = gw
        .builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    assert_eq!(c.access_key().as_deref(), Some(AK));
    assert_eq!(
        c.credential_source(),
        &CredentialSource::File(home.path().join(".ncloud/configure"), String::new())
    );
    accepts_get_stage(&gw, &c).await;
    // A named profile is not found in a file without sections.
    let err = gw
        .builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .profile("prod")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("has no [prod] profile"), "{err}");
}

#[tokio::test]
async fn a_lower_case_default_section_is_the_default_profile() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&configure_keys("[default]\n", AK, SK));
    let c = gw
        .builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    assert_eq!(
        c.credential_source(),
        &CredentialSource::File(home.path().join(".ncloud/configure"), "default".into())
    );
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn the_home_folder_comes_from_home() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&configure_keys("[DEFAULT]\n", AK, SK));
    let env = MapEnv::new()
        .with("HOME", home.path().to_str().unwrap())
        .with("USERPROFILE", home.path().to_str().unwrap());
    let c = gw.builder().env(Arc::new(env)).build().unwrap();
    assert_eq!(c.access_key().as_deref(), Some(AK));
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn a_named_profile_is_read_and_beats_the_environment() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&format!(
        "{}\n{}",
        configure_keys("[DEFAULT]\n", "default_ak", "default_sk"),
        configure_keys("[staging]\n", AK, SK)
    ));
    let env = MapEnv::new()
        .with("NCLOUD_ACCESS_KEY_ID", "env_ak")
        .with("NCLOUD_SECRET_ACCESS_KEY", "env_sk")
        .with_home(home.path());
    let c = gw
        .builder()
        .env(Arc::new(env))
        .profile("staging")
        .build()
        .unwrap();
    assert_eq!(
        c.credential_source(),
        &CredentialSource::File(home.path().join(".ncloud/configure"), "staging".into())
    );
    accepts_get_stage(&gw, &c).await;
}

#[tokio::test]
async fn the_profile_api_url_is_the_base_url_unless_one_is_given() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&format!(
        "[DEFAULT]\n{}ncloud_api_url = {}\n",
        configure_keys("", AK, SK),
        gw.server().base_url()
    ));
    let env: Arc<dyn Env> = Arc::new(MapEnv::new().with_home(home.path()));
    let mut options = deploykit::runtime::ClientOptions::default();
    options.no_markers = true;
    let c = Client::builder()
        .options(options)
        .env(env.clone())
        .build()
        .unwrap();
    assert_eq!(c.base_url(), format!("{}/api/v1", gw.server().base_url()));
    accepts_get_stage(&gw, &c).await;
    // An explicit base URL wins.
    let c = Client::builder()
        .env(env)
        .base_url("http://127.0.0.1:9/api/v1")
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "http://127.0.0.1:9/api/v1");
    // The ncloud CLI's own API URL of a site stands for that site's API Gateway host.
    let home = home_with_configure(&format!(
        "{}ncloud_api_url = https://ncloud.apigw.gov-ntruss.com\n",
        configure_keys("", AK, SK)
    ));
    let c = Client::builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    assert_eq!(
        c.base_url(),
        deploykit::ncloud::Region::Government.base_url()
    );
    // Keys from the environment: the file's API URL is not used.
    let c = Client::builder()
        .env(Arc::new(
            MapEnv::new()
                .with("NCLOUD_ACCESS_KEY_ID", AK)
                .with("NCLOUD_SECRET_ACCESS_KEY", SK)
                .with_home(home.path()),
        ))
        .build()
        .unwrap();
    assert_eq!(c.base_url(), deploykit::ncloud::Region::Public.base_url());
}

#[tokio::test]
async fn explicit_beats_environment_beats_configure_file() {
    let gw = Gateway::start().await;
    let home = home_with_configure(&configure_keys("[DEFAULT]\n", "file_ak", "file_sk"));
    let env = MapEnv::new()
        .with("NCLOUD_ACCESS_KEY_ID", "env_ak")
        .with("NCLOUD_SECRET_ACCESS_KEY", "env_sk")
        .with_home(home.path());
    let c = gw
        .builder()
        .env(Arc::new(env.clone()))
        .credentials(AK, SK)
        .build()
        .unwrap();
    assert_eq!(c.credential_source(), &CredentialSource::Explicit);
    accepts_get_stage(&gw, &c).await;
    let c = gw.builder().env(Arc::new(env)).build().unwrap();
    assert_eq!(c.access_key().as_deref(), Some("env_ak"));
    let c = gw
        .builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    assert_eq!(c.access_key().as_deref(), Some("file_ak"));
}

#[tokio::test]
async fn missing_keys_name_every_variable_the_file_and_profile_and_the_cli_way() {
    let home = tempfile::tempdir().unwrap();
    let err = Client::builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap_err();
    let text = err.to_string();
    let file = home.path().join(".ncloud/configure");
    for needle in [
        "NCLOUD_ACCESS_KEY_ID",
        "NCLOUD_ACCESS_KEY ",
        "NCLOUD_SECRET_ACCESS_KEY",
        "NCLOUD_SECRET_KEY",
        &format!("{} [DEFAULT]", file.display()),
        "does not exist",
        "ClientBuilder::profile",
        "ncloud configure",
        "ClientBuilder::credentials",
        "the server role: no metadata API here",
    ] {
        assert!(text.contains(needle), "{needle} missing: {text}");
    }
}

#[tokio::test]
async fn configure_file_secrets_never_appear_in_debug_or_errors() {
    let home = home_with_configure(&configure_keys("", AK, SK));
    let c = Client::builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .build()
        .unwrap();
    let shown = format!("{c:?}\n{:?}", c.credential_source());
    assert!(!shown.contains(SK), "{shown}");
    // A half-written profile: the error names the missing key, never the value that is there.
    let home = home_with_configure("[half]\nncloud_secret_access_key = S3CRET-VALUE\n");
    let err = Client::builder()
        .env(Arc::new(MapEnv::new().with_home(home.path())))
        .profile("half")
        .build()
        .unwrap_err();
    let shown = format!("{err}\n{err:?}");
    assert!(shown.contains("has no ncloud_access_key_id"), "{shown}");
    assert!(!shown.contains("S3CRET-VALUE"), "{shown}");
    let env = MapEnv::new()
        .with("NCLOUD_SECRET_ACCESS_KEY", "ENV-S3CRET")
        .with_home(home.path());
    let err = Client::builder().env(Arc::new(env)).build().unwrap_err();
    let shown = format!("{err}\n{err:?}");
    assert!(!shown.contains("ENV-S3CRET"), "{shown}");
}
