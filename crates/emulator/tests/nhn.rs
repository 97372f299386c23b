//! The emulated NHN Cloud Deploy, driven with real requests: binary upload and download, deploys
//! and their history, token issuance and expiry, validation errors from the spec, the upload size
//! limit, and the library's NHN client run against it.

mod common;

use std::time::Duration;

use base64::Engine as _;

use common::*;
use deploykit_emulator::Emulator;
use deploykit_emulator::nhn::defaults;
use reqwest::Method;
use serde_json::{Value, json};

// ---- NHN -------------------------------------------------------------------------------------

#[tokio::test]
async fn nhn_upload_download_deploy_and_history() {
    let e = emu_with(Emulator::builder().nhn_deploy_delay(Duration::from_secs(30))).await;
    let token = e.nhn_token().await;
    let (e, token) = (&e, &token);
    let get = |path: String| async move { e.nhn(Method::GET, &path, token, None).await };

    let r = get("/api/v2.1/projects/emulator-app-key/artifacts?artifactName=server".into()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["header"]["isSuccessful"], true);
    assert_eq!(r.body["body"]["artifacts"].as_array().unwrap().len(), 1);
    let r = get(format!("{NHN_ARTIFACT}/server-groups")).await;
    assert_eq!(r.body["body"]["serverGroups"].as_array().unwrap().len(), 2);
    let r = get(format!("{NHN_ARTIFACT}/binary-groups")).await;
    assert_eq!(
        r.body["body"]["binaryGroups"][0]["key"],
        defaults::BINARY_GROUP_KEY
    );

    // Upload (multipart, 3 MiB + 17 bytes of pseudo-random data), then download byte for byte.
    let data: Vec<u8> = (0..3 * 1024 * 1024 + 17u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .text("version", "1.4.2")
        .text("description", "release build")
        .text("fix", "false")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(data.clone()).file_name("shop-1.4.2.jar"),
        );
    let upload_url = e.url(&format!(
        "{NHN_ARTIFACT}/binary-group/{}",
        defaults::BINARY_GROUP_KEY
    ));
    let r = Answer::read(
        e.http
            .post(&upload_url)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let key = r.body["body"]["binaryKey"].as_str().unwrap().to_string();
    let download_url = r.body["body"]["downloadUrl"].as_str().unwrap().to_string();
    assert!(download_url.ends_with(&format!("/binaries/{key}")));
    let downloaded = e
        .http
        .get(&download_url)
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(downloaded.status(), 200);
    assert_eq!(
        downloaded.headers()["content-type"],
        "application/octet-stream"
    );
    let bytes = downloaded.bytes().await.unwrap();
    assert!(bytes.as_ref() == data.as_slice(), "downloaded bytes differ");

    // A second upload without version; the list shows both, sorted and filtered.
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(b"tiny".to_vec()).file_name("tiny.bin"),
        );
    let r = Answer::read(
        e.http
            .post(&upload_url)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let binaries = format!(
        "{NHN_ARTIFACT}/binary-groups/{}/binaries",
        defaults::BINARY_GROUP_KEY
    );
    let r = get(format!("{binaries}?sortKey=BINARY_KEY&sortDirection=ASC")).await;
    assert_eq!(r.body["body"]["totalCount"], 2);
    assert_eq!(r.body["body"]["binaries"][0]["binaryKey"].to_string(), key);
    assert_eq!(r.body["body"]["binaries"][0]["binarySize"], data.len());
    assert_eq!(
        r.body["body"]["binaries"][0]["binaryName"],
        "shop-1.4.2.jar"
    );
    let r = get(format!("{binaries}?keyword=1.4&pageSize=1&pageNum=1")).await;
    assert_eq!(r.body["body"]["totalCount"], 1);
    assert_eq!(
        get(format!("{binaries}?pageNum=3&pageSize=1")).await.body["body"]["binaries"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        get(format!(
            "{NHN_ARTIFACT}/binary-group/{}/binaries/424242",
            defaults::BINARY_GROUP_KEY
        ))
        .await
        .status,
        404
    );

    // Deploys: synchronous, autoscale (a list), failing, and asynchronous.
    let deploy = |group: i64, body: Value| async move {
        e.nhn(
            Method::POST,
            &format!("{NHN_ARTIFACT}/server-group/{group}/deploy"),
            token,
            Some(body),
        )
        .await
    };
    let r = deploy(
        defaults::SERVER_GROUP_ID,
        json!({"scenarioIds": "3", "deployNote": "release 1.4.2"}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["body"]["deployStatus"], "success");
    assert_eq!(r.body["body"]["deployResult"].as_array().unwrap().len(), 2);
    let r = deploy(defaults::AUTOSCALE_GROUP_ID, json!({"scenarioIds": "1,2"})).await;
    assert_eq!(r.body["body"][0]["deployStatus"], "success");
    let r = deploy(
        defaults::SERVER_GROUP_ID,
        json!({"scenarioIds": defaults::FAILING_SCENARIO_ID}),
    )
    .await;
    assert_eq!(r.body["header"]["isSuccessful"], true);
    assert_eq!(r.body["body"]["deployStatus"], "fail");
    let r = deploy(
        defaults::SERVER_GROUP_ID,
        json!({"async": true, "targetServerHostnames": "emulator-server-1"}),
    )
    .await;
    assert_eq!(r.body["body"]["deployStatus"], "deploying");
    assert_eq!(r.body["body"]["deployResult"].as_array().unwrap().len(), 1);
    let async_key = r.body["body"]["deployKey"].as_i64().unwrap();
    let r = deploy(
        defaults::SERVER_GROUP_ID,
        json!({"targetServerHostnames": "elsewhere"}),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(deploy(999, json!({})).await.status, 404);

    // Deploys produce deploy-history entries; the asynchronous one finishes after the delay.
    let history = format!("{NHN_ARTIFACT}/deploy-histories");
    let r = get(history.clone()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["body"]["totalCount"], 4);
    let entries = r.body["body"]["deployHistories"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(entries[0]["deployKey"], async_key);
    assert_eq!(entries[0]["totalResult"], "RUNNING");
    assert_eq!(entries[1]["totalResult"], "FAIL");
    assert_eq!(entries[3]["binaryVersion"], entries[2]["binaryVersion"]);
    let r = get(format!(
        "{history}?serverGroupId={}",
        defaults::AUTOSCALE_GROUP_ID
    ))
    .await;
    assert_eq!(r.body["body"]["totalCount"], 1);
    e.clock.advance(Duration::from_secs(31));
    let token = e.nhn_token().await;
    let r = e
        .nhn(Method::GET, &format!("{history}?pageSize=1"), &token, None)
        .await;
    assert_eq!(
        r.body["body"]["deployHistories"][0]["totalResult"],
        "SUCCESS"
    );
    assert_eq!(
        r.body["body"]["deployHistories"].as_array().unwrap().len(),
        1
    );
    let r = e
        .nhn(
            Method::GET,
            &format!("{history}?deploymentYearFrom=2001-01-01&deploymentYearTo=2001-06-01"),
            &token,
            None,
        )
        .await;
    assert_eq!(r.body["body"]["totalCount"], 0);
    let r = e
        .nhn(
            Method::GET,
            &format!("{history}?deploymentYearFrom=2001-01-01&deploymentYearTo=2003-01-01"),
            &token,
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    let r = e
        .nhn(
            Method::GET,
            "/api/v2.1/projects/other-app/artifacts",
            &token,
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_token_issuance_and_expiry() {
    let e = emu_with(Emulator::builder().nhn_token_lifetime(Duration::from_secs(60))).await;
    let issue = |user: &str, secret: &str, grant: &str| {
        e.http
            .post(e.url("/oauth2/token/create"))
            .basic_auth(user, Some(secret))
            .form(&[("grant_type", grant)])
            .send()
    };
    let r = Answer::read(
        issue(defaults::ACCESS_KEY_ID, "wrong", "client_credentials")
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 401);
    let r = Answer::read(
        issue(
            defaults::ACCESS_KEY_ID,
            defaults::SECRET_ACCESS_KEY,
            "password",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    let r = Answer::read(
        issue(
            defaults::ACCESS_KEY_ID,
            defaults::SECRET_ACCESS_KEY,
            "client_credentials",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["token_type"], "Bearer");
    assert_eq!(r.body["expires_in"], 60);
    let token = r.body["access_token"].as_str().unwrap().to_string();
    // The documented Basic form works as such.
    let basic = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        defaults::ACCESS_KEY_ID,
        defaults::SECRET_ACCESS_KEY
    ));
    let r = e
        .http
        .post(e.url("/oauth2/token/create"))
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let artifacts = "/api/v2.1/projects/emulator-app-key/artifacts";
    assert_eq!(
        e.nhn(Method::GET, artifacts, &token, None).await.status,
        200
    );
    let r = e.nhn(Method::GET, artifacts, "not-a-token", None).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    let r = Answer::read(e.http.get(e.url(artifacts)).send().await.unwrap()).await;
    assert_eq!(r.status, 401);
    e.clock.advance(Duration::from_secs(61));
    let r = e.nhn(Method::GET, artifacts, &token, None).await;
    assert_eq!(r.status, 401);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("expired")
    );
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_validation_errors_are_unsuccessful_envelopes() {
    let e = emu().await;
    let token = e.nhn_token().await;
    let binaries = format!(
        "{NHN_ARTIFACT}/binary-groups/{}/binaries",
        defaults::BINARY_GROUP_KEY
    );
    for path in [
        format!("{binaries}?pageSize=0"),
        format!("{binaries}?sortKey=SIZE"),
        format!("{binaries}?sortDirection=UP"),
        format!("{NHN_ARTIFACT}/deploy-histories?deploymentYearFrom=2024-13-01"),
        format!("{NHN_ARTIFACT}/deploy-histories?serverGroupId=-1"),
        "/api/v2.1/projects/emulator-app-key/artifacts/one/server-groups".to_string(),
    ] {
        let r = e.nhn(Method::GET, &path, &token, None).await;
        assert_eq!(r.status, 400, "{path}: {}", r.body);
        assert_eq!(r.body["header"]["isSuccessful"], false, "{path}");
        assert_eq!(r.body["header"]["resultCode"], "INVALID_PARAMETER");
    }
    let deploy = format!(
        "{NHN_ARTIFACT}/server-group/{}/deploy",
        defaults::SERVER_GROUP_ID
    );
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"concurrentNum": -1})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"async": "soon"})),
        )
        .await;
    assert_eq!(r.status, 400);
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"scenarioIds": "1,2"})),
        )
        .await;
    assert_eq!(r.status, 400);

    let upload = e.url(&format!(
        "{NHN_ARTIFACT}/binary-group/{}",
        defaults::BINARY_GROUP_KEY
    ));
    let send = |form: reqwest::multipart::Form| {
        e.http
            .post(&upload)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
    };
    let file = || reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("x.bin");
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "desktop")
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = Answer::read(
        send(reqwest::multipart::Form::new().text("applicationType", "server"))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("binaryFile")
    );
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "server")
                .text("version", "v".repeat(101))
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "client")
                .text("osType", "BeOS")
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_uploads_over_the_size_limit_are_refused() {
    let e = emu_with(Emulator::builder().max_upload_size(1024)).await;
    let token = e.nhn_token().await;
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(vec![7u8; 4096]).file_name("big.bin"),
        );
    let r = e
        .http
        .post(e.url(&format!(
            "{NHN_ARTIFACT}/binary-group/{}",
            defaults::BINARY_GROUP_KEY
        )))
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let r = Answer::read(r).await;
    assert_eq!(r.status, 400);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("limit")
    );
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_client_module_runs_against_the_emulator() {
    use deploykit::nhn::{BinaryUpload, Client, WaitOptions, types};

    let e = emu_with(Emulator::builder().nhn_deploy_delay(Duration::from_millis(300))).await;
    let client = Client::builder()
        .base_url(e.handle.nhn_url())
        .oauth_url(e.handle.nhn_oauth_url())
        .user_access_key(defaults::ACCESS_KEY_ID, defaults::SECRET_ACCESS_KEY)
        .app_key(defaults::APP_KEY)
        .build()
        .unwrap();
    let artifacts = client.list_artifacts(None).await.unwrap();
    assert_eq!(artifacts.artifacts.len(), 2);

    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let upload = BinaryUpload::from_reader(
        types::ApplicationType::Server,
        std::io::Cursor::new(data.clone()),
        data.len() as u64,
        "app.bin",
    )
    .version("2.0.0");
    let uploaded = client
        .upload_binary(defaults::ARTIFACT_ID, defaults::BINARY_GROUP_KEY, upload)
        .await
        .unwrap();
    // The key the upload answers is what the download takes, whatever form it came in.
    let key = uploaded
        .binary_key
        .expect("the upload answers a binary key");
    let mut downloaded = Vec::new();
    client
        .download_binary(defaults::ARTIFACT_ID, defaults::BINARY_GROUP_KEY, key)
        .await
        .unwrap()
        .to_writer(&mut downloaded)
        .await
        .unwrap();
    assert_eq!(downloaded, data);

    let done = client
        .deploy_and_wait(
            defaults::ARTIFACT_ID,
            defaults::SERVER_GROUP_ID,
            types::DeployRequest {
                async_: Some(true),
                scenario_ids: Some("3".into()),
                ..Default::default()
            },
            &WaitOptions::with_timeout(Duration::from_secs(20)),
        )
        .await
        .unwrap();
    assert!(!done.is_empty());
    e.assert_conformant();
}
