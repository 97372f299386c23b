//! The emulated NAVER Cloud API Gateway, driven with real signed requests: deploys and stage
//! history, signature and timestamp checks, validation errors from the spec, and the library's
//! NCP client run against it.

mod common;

use std::time::SystemTime;

use common::*;
use deploykit::sign::ncp::NcpSigner;
use deploykit_emulator::ncloud::defaults;
use reqwest::Method;
use serde_json::{Value, json};

// ---- NCP -------------------------------------------------------------------------------------

#[tokio::test]
async fn ncloud_deploys_and_stage_history() {
    let e = emu().await;
    let (dev, _) = defaults::STAGES[0];
    let r = e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["stages"].as_array().unwrap().len(), 2);
    let initial = r.body["stages"][0]["defaultDeploymentNo"].as_i64().unwrap();

    // API deploy adds a stage deployment number, which the stage then serves.
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/deploy"),
            Some(json!({"stageId": dev, "deploymentDescription": "release 2"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.bytes.is_empty());
    let r = e
        .ncp(Method::GET, &format!("{NCP_API}/stages/{dev}"), None)
        .await;
    let deployed = r.body["stage"]["deployedStageDeploymentNo"]
        .as_i64()
        .unwrap();
    assert!(deployed > initial);

    let history = format!("{NCP_API}/stages/{dev}/deployments");
    let r = e.ncp(Method::GET, &history, None).await;
    assert_eq!(r.body["total"], 2);
    assert_eq!(r.body["defaultDeploymentNo"], deployed);
    assert_eq!(r.body["content"][0]["stageDeploymentNo"], deployed);
    assert_eq!(r.body["content"][0]["deploymentDescription"], "release 2");
    let r = e
        .ncp(Method::GET, &format!("{history}?offset=1&limit=1"), None)
        .await;
    assert_eq!(r.body["content"].as_array().unwrap().len(), 1);
    assert_eq!(r.body["content"][0]["stageDeploymentNo"], initial);

    // Stage deploy switches the deployed number back.
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/stages/{dev}/deploy"),
            Some(json!({"deploymentNo": initial})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["stage"]["deployedStageDeploymentNo"], initial);
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/stages/{dev}/deploy"),
            Some(json!({"deploymentNo": 1})),
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["error"]["errorCode"], "300");

    // History document, then delete (not the deployment the stage serves).
    let r = e
        .ncp(Method::GET, &format!("{history}/{deployed}"), None)
        .await;
    let doc: Value = serde_json::from_str(r.body["documentJson"].as_str().unwrap()).unwrap();
    assert_eq!(doc["openapi"], "3.0.1");
    let r = e
        .ncp(Method::DELETE, &format!("{history}/{initial}"), None)
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["error"]["errorCode"], "100");
    let r = e
        .ncp(Method::DELETE, &format!("{history}/{deployed}"), None)
        .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        e.ncp(Method::GET, &format!("{history}/{deployed}"), None)
            .await
            .status,
        404
    );
    assert_eq!(e.ncp(Method::GET, &history, None).await.body["total"], 1);

    // Unknown resources.
    let r = e
        .ncp(
            Method::GET,
            "/api/v1/products/nope/apis/emuapi01/stages",
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["error"]["errorCode"], "300");
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages/nostage"), None)
            .await
            .status,
        404
    );
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_rejects_bad_signatures_and_stale_timestamps_with_a_date_header() {
    let e = emu().await;
    let target = format!("{NCP_API}/stages");
    let now = unix_ms(SystemTime::now());
    let expect_401 = |r: &Answer| {
        assert_eq!(r.status, 401, "{}", r.body);
        assert_eq!(r.body["error"]["errorCode"], "200");
        assert_eq!(r.body["error"]["message"], "Authentication Failed");
        assert!(r.header("date").is_some(), "no Date header");
    };
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now,
            defaults::ACCESS_KEY,
            "wrong-secret",
        )
        .await;
    expect_401(&r);
    let stale = now - 6 * 60 * 1000;
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            stale,
            defaults::ACCESS_KEY,
            defaults::SECRET_KEY,
        )
        .await;
    expect_401(&r);
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now,
            "ncp_iam_UNKNOWN",
            defaults::SECRET_KEY,
        )
        .await;
    expect_401(&r);
    // Signed over another target than the one sent.
    let signed = NcpSigner::new(defaults::ACCESS_KEY, defaults::SECRET_KEY).sign(
        "GET",
        "/api/v1/other",
        now,
    );
    let mut req = e.http.get(e.url(&target));
    for (n, v) in signed.iter() {
        req = req.header(n, v);
    }
    expect_401(&Answer::read(req.send().await.unwrap()).await);
    expect_401(&Answer::read(e.http.get(e.url(&target)).send().await.unwrap()).await);
    // Within the window (4 minutes off) is fine; the query is part of what is signed.
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now - 4 * 60 * 1000,
            defaults::ACCESS_KEY,
            defaults::SECRET_KEY,
        )
        .await;
    assert_eq!(r.status, 200);
    let r = e
        .ncp(
            Method::GET,
            &format!("{NCP_API}/stages/emustgdev/deployments?limit=1&offset=0"),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.header("date").is_some());
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_validation_errors_are_400_code_100() {
    let e = emu().await;
    let cases = [
        (
            Method::GET,
            format!("{NCP_API}/stages/stage-id-longer-than-ten"),
            None,
        ),
        (
            Method::POST,
            format!("{NCP_API}/deploy"),
            Some(json!({"deploymentDescription": "no stage"})),
        ),
        (
            Method::POST,
            format!("{NCP_API}/deploy"),
            Some(json!({"stageId": "emustgdev", "deploymentDescription": "x".repeat(301)})),
        ),
        (
            Method::POST,
            format!("{NCP_API}/stages/emustgdev/deploy"),
            Some(json!({"deploymentNo": -1})),
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments?limit=0"),
            None,
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments?offset=first"),
            None,
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments/-5"),
            None,
        ),
    ];
    for (method, target, body) in cases {
        let r = e.ncp(method.clone(), &target, body).await;
        assert_eq!(r.status, 400, "{method} {target}: {}", r.body);
        assert_eq!(r.body["error"]["errorCode"], "100", "{target}");
        assert!(!r.body["error"]["details"].as_str().unwrap().is_empty());
    }
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_client_module_runs_against_the_emulator() {
    use deploykit::ncloud::{Client, StageRef, types};

    let e = emu().await;
    let client = Client::builder()
        .base_url(e.handle.ncloud_url())
        .credentials(defaults::ACCESS_KEY, defaults::SECRET_KEY)
        .build()
        .unwrap();
    client
        .deploy_api()
        .product_id(defaults::PRODUCT_ID)
        .api_id(defaults::API_ID)
        .body(types::DeployApiRequest {
            stage_id: types::ResourceId::try_from("emustgprd").unwrap(),
            deployment_description: Some(
                types::DeploymentDescription::try_from("from the client").unwrap(),
            ),
        })
        .send()
        .await
        .unwrap();
    let stage = StageRef::new(defaults::PRODUCT_ID, defaults::API_ID, "emustgprd").unwrap();
    let history = client.all_deployments(&stage).await.unwrap();
    assert_eq!(history.len(), 2);
    e.assert_conformant();
}
