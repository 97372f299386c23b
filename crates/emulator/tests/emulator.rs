//! The emulator as a whole, started in-process and driven with real HTTP requests: start-up,
//! `describe` and shutdown on one address for every provider, reproducible fault injection in
//! each provider's format, and conformance: every operation of every spec is served, and every
//! answer conforms to its spec.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;
use deploykit_emulator::{
    Emulator, FaultConfig, Faults, Provider, alibaba, check_response, github, ncloud, nhn,
    operations,
};
use reqwest::Method;
use serde_json::json;

// ---- startup ---------------------------------------------------------------------------------

#[tokio::test]
async fn starts_on_an_ephemeral_port_describes_itself_and_shuts_down() {
    let e = emu().await;
    assert!(e.handle.base_url().starts_with("http://127.0.0.1:"));
    assert_ne!(e.handle.addr().port(), 0);
    let described = e.handle.describe();
    for expected in [
        github::defaults::TOKEN,
        ncloud::defaults::ACCESS_KEY,
        ncloud::defaults::SECRET_KEY,
        alibaba::defaults::ACCESS_KEY_ID,
        alibaba::defaults::ACCESS_KEY_SECRET,
        nhn::defaults::ACCESS_KEY_ID,
        nhn::defaults::SECRET_ACCESS_KEY,
        nhn::defaults::APP_KEY,
        e.handle.base_url(),
    ] {
        assert!(
            described.contains(expected),
            "{expected} missing in:\n{described}"
        );
    }
    assert_eq!(
        e.handle.ncloud_url(),
        format!("{}/api/v1", e.handle.base_url())
    );

    // One address serves all four providers.
    assert_eq!(
        e.gh(Method::GET, "/repos/o/r/deployments", None)
            .await
            .status,
        200
    );
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
            .await
            .status,
        200
    );
    assert_eq!(e.ali("DescribeDeployedApis", &[]).await.status, 200);
    let token = e.nhn_token().await;
    assert_eq!(
        e.nhn(
            Method::GET,
            "/api/v2.1/projects/emulator-app-key/artifacts",
            &token,
            None
        )
        .await
        .status,
        200
    );
    // Paths no provider serves.
    let r = e.http.get(e.url("/nothing/here")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    e.assert_conformant();

    let url = e.url("/repos/o/r/deployments");
    let http = e.http.clone();
    e.handle.shutdown().await;
    assert!(
        http.get(url).send().await.is_err(),
        "still answering after shutdown"
    );
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let e = emu().await;
    let url = e.url("/repos/o/r/deployments");
    let http = e.http.clone();
    drop(e);
    tokio::task::yield_now().await;
    assert!(http.get(url).send().await.is_err());
}

#[tokio::test]
async fn listens_on_a_given_address_with_given_credentials() {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = probe.local_addr().unwrap();
    drop(probe);
    let e = emu_with(Emulator::builder().addr(addr).github_token("custom-token")).await;
    assert_eq!(e.handle.addr(), addr);
    assert_eq!(e.handle.options().github().tokens, vec!["custom-token"]);
    let r = e.gh(Method::GET, "/repos/o/r/deployments", None).await;
    assert_eq!(r.status, 401);
    let r = e
        .http
        .get(e.url("/repos/o/r/deployments"))
        .bearer_auth("custom-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

// ---- faults ----------------------------------------------------------------------------------

/// What one request to the emulator came to: a status, or a dropped connection.
async fn outcome(e: &Emu) -> String {
    match e
        .http
        .get(e.url("/repos/o/r/deployments"))
        .bearer_auth(github::defaults::TOKEN)
        .send()
        .await
    {
        Ok(r) => {
            let retry = r
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_string());
            match retry {
                Some(retry) => format!("{} retry-after {retry}", r.status().as_u16()),
                None => r.status().as_u16().to_string(),
            }
        }
        Err(_) => "dropped".to_string(),
    }
}

async fn outcomes(e: &Emu, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(outcome(e).await);
    }
    out
}

fn faulty() -> Faults {
    Faults {
        error_rate: 0.25,
        throttle_rate: 0.2,
        drop_rate: 0.1,
        retry_after: Duration::from_secs(3),
        ..Faults::default()
    }
}

#[tokio::test]
async fn fault_injection_is_reproducible_with_a_seed() {
    let a = emu_with(
        Emulator::builder()
            .seed(42)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let b = emu_with(
        Emulator::builder()
            .seed(42)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let c = emu_with(
        Emulator::builder()
            .seed(43)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let first = outcomes(&a, 60).await;
    assert_eq!(first, outcomes(&b, 60).await, "same seed, same faults");
    assert_ne!(first, outcomes(&c, 60).await, "another seed, other faults");
    for kind in ["200", "429 retry-after 3", "dropped"] {
        assert!(first.iter().any(|o| o == kind), "no {kind} in {first:?}");
    }
    assert!(
        first.iter().any(|o| o.starts_with('5')),
        "no 5xx in {first:?}"
    );

    // Changing the faults at run time restarts the sequence.
    a.handle.set_faults(Provider::GitHub, faulty());
    assert_eq!(outcomes(&a, 60).await, first);
    // Other providers are unaffected.
    for _ in 0..10 {
        assert_eq!(
            a.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
                .await
                .status,
            200
        );
    }
    a.assert_conformant();
    b.assert_conformant();
}

#[tokio::test]
async fn faults_never_change_state_and_speak_each_providers_format() {
    let all = Faults {
        error_rate: 0.5,
        throttle_rate: 0.5,
        retry_after: Duration::from_millis(1500),
        ..Faults::default()
    };
    let e = emu_with(Emulator::builder().seed(5).faults_all(all)).await;
    for _ in 0..8 {
        let r = e
            .gh(
                Method::POST,
                "/repos/o/r/deployments",
                Some(json!({"ref": "main"})),
            )
            .await;
        assert!(
            r.status == 429 || r.status.is_server_error(),
            "{}",
            r.status
        );
        assert!(r.body["message"].is_string());
        let r = e
            .ali(
                "DeployApi",
                &[
                    ("ApiId", API_1),
                    ("StageName", "RELEASE"),
                    ("Description", "x"),
                ],
            )
            .await;
        if r.status == 200 {
            panic!("a faulted request reached the provider");
        }
        if r.body["Code"] == "Throttling.User" {
            assert!(r.status == 400 || r.status == 503);
            assert_eq!(r.header("x-acs-retry-after"), Some("1500"));
            assert_eq!(r.header("retry-after"), Some("2"));
        } else {
            assert!(r.status.is_server_error(), "{}", r.body);
        }
        let r = e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
        assert!(
            ["410", "500", "510", "900"].contains(&r.body["error"]["errorCode"].as_str().unwrap())
        );
        let r = Answer::read(e.http.get(e.url(NHN_ARTIFACT)).send().await.unwrap()).await;
        assert_eq!(r.body["header"]["isSuccessful"], false);
    }
    // Nothing was created.
    e.handle.set_faults(Provider::GitHub, Faults::none());
    e.handle.set_faults(Provider::Alibaba, Faults::none());
    assert_eq!(
        e.gh(Method::GET, "/repos/o/r/deployments", None).await.body,
        json!([])
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[]).await.body["TotalCount"],
        0
    );
    e.assert_conformant();
}

#[tokio::test]
async fn latency_is_added_to_every_answer() {
    let slow = Faults {
        latency: Duration::from_millis(120),
        ..Faults::default()
    };
    let e = emu_with(Emulator::builder().faults(Provider::Ncloud, slow)).await;
    let started = Instant::now();
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
            .await
            .status,
        200
    );
    assert!(started.elapsed() >= Duration::from_millis(120));
    let started = Instant::now();
    e.gh(Method::GET, "/repos/o/r/deployments", None).await;
    assert!(
        started.elapsed() < Duration::from_millis(120),
        "GitHub has no latency configured"
    );
}

#[test]
fn fault_flags_parse_as_the_cli_passes_them() {
    let mut faults = FaultConfig::default();
    faults.apply_flag("latency=25ms,jitter=5ms").unwrap();
    faults
        .apply_flag("alibaba:throttle=0.3,retry-after=2s")
        .unwrap();
    faults.apply_flag("nhn:drops=0.05").unwrap();
    assert_eq!(
        faults.get(Provider::GitHub).latency,
        Duration::from_millis(25)
    );
    assert_eq!(faults.get(Provider::Alibaba).throttle_rate, 0.3);
    assert_eq!(
        faults.get(Provider::Alibaba).retry_after,
        Duration::from_secs(2)
    );
    assert_eq!(faults.get(Provider::Nhn).drop_rate, 0.05);
    assert_eq!(faults.get(Provider::Ncloud).drop_rate, 0.0);
    assert!(faults.apply_flag("errors=2").is_err());
    assert!(faults.apply_flag("aws:errors=0.1").is_err());
}

// ---- conformance -----------------------------------------------------------------------------

#[test]
fn the_conformance_checker_catches_answers_that_break_the_spec() {
    let ct = Some("application/json");
    // A deployment missing required fields.
    let bad = check_response(
        Provider::GitHub,
        Some("get_deployment"),
        200,
        ct,
        br#"{"id": 1}"#,
    );
    assert!(bad.is_err());
    assert!(bad.unwrap_err().iter().any(|v| v.contains("node_id")));
    // A wrong type deep inside.
    let bad = check_response(
        Provider::Alibaba,
        Some("describe_deployed_apis"),
        200,
        ct,
        br#"{"RequestId": "r", "TotalCount": "two"}"#,
    );
    assert!(bad.is_err());
    // An undeclared success status, a body where the spec declares none, and not JSON.
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 201, ct, b"{}").is_err());
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 200, ct, b"{}").is_err());
    assert!(
        check_response(
            Provider::Nhn,
            Some("list_artifacts"),
            200,
            Some("text/html"),
            b"<html>"
        )
        .is_err()
    );
    // Good answers pass; undeclared errors are checked against the generic error body.
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 200, None, b"").is_ok());
    assert!(
        check_response(
            Provider::Nhn,
            Some("download_binary"),
            200,
            Some("application/octet-stream"),
            b""
        )
        .is_ok()
    );
    assert!(
        check_response(
            Provider::GitHub,
            Some("list_deployments"),
            401,
            ct,
            br#"{"message": "Bad credentials"}"#
        )
        .is_ok()
    );
    assert!(
        check_response(
            Provider::GitHub,
            Some("list_deployments"),
            401,
            ct,
            br#"{"message": 1}"#
        )
        .is_err()
    );
    assert!(
        check_response(
            Provider::Nhn,
            None,
            404,
            ct,
            br#"{"header": {"isSuccessful": false, "resultCode": "X", "resultMessage": "m"}}"#
        )
        .is_ok()
    );
    assert!(check_response(Provider::GitHub, Some("no_such_operation"), 200, ct, b"{}").is_err());
}

/// Every operation of every spec was answered with a 2xx by the flows above: run them all on
/// one emulator and compare with the specs' operation lists.
#[tokio::test]
async fn every_operation_of_every_spec_is_served_and_conforms() {
    let e = emu_with(
        Emulator::builder()
            .nhn_deploy_delay(Duration::ZERO)
            .alibaba_task_delay(Duration::ZERO),
    )
    .await;
    let gh = "/repos/o/r";
    let d = e
        .gh(
            Method::POST,
            &format!("{gh}/deployments"),
            Some(json!({"ref": "main"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(Method::GET, &format!("{gh}/deployments"), None).await;
    e.gh(Method::GET, &format!("{gh}/deployments/{d}"), None)
        .await;
    let s = e
        .gh(
            Method::POST,
            &format!("{gh}/deployments/{d}/statuses"),
            Some(json!({"state": "inactive"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(Method::GET, &format!("{gh}/deployments/{d}/statuses"), None)
        .await;
    e.gh(
        Method::GET,
        &format!("{gh}/deployments/{d}/statuses/{s}"),
        None,
    )
    .await;
    e.gh(Method::DELETE, &format!("{gh}/deployments/{d}"), None)
        .await;
    let env = format!("{gh}/environments/prod");
    e.gh(Method::PUT, &env, Some(json!({"deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}))).await;
    e.gh(Method::GET, &format!("{gh}/environments"), None).await;
    e.gh(Method::GET, &env, None).await;
    let p = e
        .gh(
            Method::POST,
            &format!("{env}/deployment-branch-policies"),
            Some(json!({"name": "main"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(
        Method::GET,
        &format!("{env}/deployment-branch-policies"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment-branch-policies/{p}"),
        None,
    )
    .await;
    e.gh(
        Method::PUT,
        &format!("{env}/deployment-branch-policies/{p}"),
        Some(json!({"name": "release"})),
    )
    .await;
    e.gh(
        Method::DELETE,
        &format!("{env}/deployment-branch-policies/{p}"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules/apps"),
        None,
    )
    .await;
    let r = e
        .gh(
            Method::POST,
            &format!("{env}/deployment_protection_rules"),
            Some(json!({"integration_id": github::defaults::INTEGRATION_IDS[0]})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules/{r}"),
        None,
    )
    .await;
    e.gh(
        Method::DELETE,
        &format!("{env}/deployment_protection_rules/{r}"),
        None,
    )
    .await;
    e.gh(Method::DELETE, &env, None).await;

    let dev = "emustgdev";
    e.ncp(
        Method::POST,
        &format!("{NCP_API}/deploy"),
        Some(json!({"stageId": dev})),
    )
    .await;
    e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
    let no = e
        .ncp(Method::GET, &format!("{NCP_API}/stages/{dev}"), None)
        .await
        .body["stage"]["deployedStageDeploymentNo"]
        .as_i64()
        .unwrap();
    let listed = e
        .ncp(
            Method::GET,
            &format!("{NCP_API}/stages/{dev}/deployments"),
            None,
        )
        .await;
    let older = listed.body["content"][1]["stageDeploymentNo"]
        .as_i64()
        .unwrap();
    e.ncp(
        Method::GET,
        &format!("{NCP_API}/stages/{dev}/deployments/{no}"),
        None,
    )
    .await;
    e.ncp(
        Method::POST,
        &format!("{NCP_API}/stages/{dev}/deploy"),
        Some(json!({"deploymentNo": older})),
    )
    .await;
    e.ncp(
        Method::DELETE,
        &format!("{NCP_API}/stages/{dev}/deployments/{no}"),
        None,
    )
    .await;

    e.ali(
        "DeployApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("Description", "a"),
        ],
    )
    .await;
    e.ali(
        "DeployApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("Description", "b"),
        ],
    )
    .await;
    e.ali("DescribeDeployedApis", &[]).await;
    e.ali(
        "DescribeDeployedApi",
        &[("ApiId", API_1), ("StageName", "TEST")],
    )
    .await;
    let h = e.ali("DescribeHistoryApis", &[("GroupId", GROUP)]).await;
    let v = h.body["ApiHisItems"]["ApiHisItem"][1]["HistoryVersion"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali(
        "DescribeApiHistory",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("HistoryVersion", &v),
        ],
    )
    .await;
    e.ali(
        "SwitchApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("HistoryVersion", &v),
            ("Description", "back"),
        ],
    )
    .await;
    e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "TEST")])
        .await;
    let op = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_2),
                ("Api.1.GroupId", GROUP),
                ("StageName", "TEST"),
                ("Description", "b"),
            ],
        )
        .await
        .body["OperationId"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali("DescribeDeployApiTask", &[("OperationUid", &op)])
        .await;
    let op = e
        .ali(
            "BatchAbolishApis",
            &[
                ("Api.1.ApiUid", API_2),
                ("Api.1.GroupId", GROUP),
                ("Api.1.StageName", "TEST"),
            ],
        )
        .await
        .body["OperationId"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;

    let token = e.nhn_token().await;
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(b"bin".to_vec()).file_name("a.bin"),
        );
    let up = Answer::read(
        e.http
            .post(e.url(&format!(
                "{NHN_ARTIFACT}/binary-group/{}",
                nhn::defaults::BINARY_GROUP_KEY
            )))
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let url = up.body["body"]["downloadUrl"].as_str().unwrap();
    e.http
        .get(url)
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    e.nhn(
        Method::POST,
        &format!(
            "{NHN_ARTIFACT}/server-group/{}/deploy",
            nhn::defaults::SERVER_GROUP_ID
        ),
        &token,
        Some(json!({})),
    )
    .await;
    e.nhn(
        Method::GET,
        "/api/v2.1/projects/emulator-app-key/artifacts",
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/server-groups"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/binary-groups"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/deploy-histories"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!(
            "{NHN_ARTIFACT}/binary-groups/{}/binaries",
            nhn::defaults::BINARY_GROUP_KEY
        ),
        &token,
        None,
    )
    .await;

    let served = e.handle.operations_served();
    let mut missing = BTreeSet::new();
    for provider in Provider::ALL {
        for op in operations(provider) {
            if !served.contains(&(provider, op)) {
                missing.insert(format!("{provider}:{op}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "operations never answered with 2xx: {missing:?}"
    );
    e.assert_conformant();
}
