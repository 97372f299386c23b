//! Answers are decoded leniently (issue #14, `specs/README.md` "Answers are decoded leniently"):
//! every sample answer the seed documents print, every well-formed official GitHub example of the
//! covered operations, and one regression test per finding of the audit, decoded into the
//! generated types (`deploykit::generated::<spec>::types`) or through a client and a mock server.
//! Also: every citation in the specs points at something that exists.

mod common;

use std::path::{Path, PathBuf};

use common::RecordingSleeper;
use deploykit::ErrorKind;
use deploykit::generated::alibaba_cloudapi::types as ali;
use deploykit::generated::github::types as gh;
use deploykit::generated::ncloud_apigateway::types as ncp;
use deploykit::generated::nhn_deploy::types as nhn;
use deploykit::nhn::BinaryKey;
use deploykit::runtime::{MapEnv, Open};
use httpmock::prelude::*;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

// ---- the seed documents --------------------------------------------------------------------

/// `../shared/seeds/`, the providers' documents the specs are written from (present in the
/// workplace, not in a checkout of the repository).
fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Lines `first..=last` (1-based) of a seed document, from the extract kept in
/// `tests/data/seed_samples/` (see its README; checked against the seeds when they are present).
fn seed_lines(file: &str, first: usize, last: usize) -> String {
    let path = data(&format!("seed_samples/{}_{first}-{last}.txt", &file[..3]));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.trim_end_matches('\n').to_string()
}

/// The seed documents' shape (`tests/data/seed_lines.tsv`): line count and blank lines per file.
fn seed_shapes() -> Vec<(String, usize, Vec<usize>)> {
    let text = std::fs::read_to_string(data("seed_lines.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap().to_string();
            let count = cols.next().unwrap().parse().unwrap();
            let blank = cols
                .next()
                .unwrap_or_default()
                .split(',')
                .filter(|n| !n.is_empty())
                .map(|n| n.parse().unwrap())
                .collect();
            (name, count, blank)
        })
        .collect()
}

/// The extracts and the shape table are the seeds' own lines: compared with the seeds when they
/// are present (in the workplace), else checked for being complete.
#[test]
fn seed_extracts_match_the_seeds() {
    let shapes = seed_shapes();
    assert!(shapes.len() >= 4, "{shapes:?}");
    let mut extracts = 0;
    for entry in std::fs::read_dir(data("seed_samples")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(range) = name.strip_suffix(".txt") else {
            continue;
        };
        let (prefix, lines) = range.split_once('_').unwrap();
        let (first, last) = lines.split_once('-').unwrap();
        let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
        let (seed, count, _) = shapes
            .iter()
            .find(|(n, _, _)| n.starts_with(prefix))
            .unwrap_or_else(|| panic!("{name}: no seed {prefix}_*"));
        assert!(
            last <= *count && first <= last,
            "{name}: {seed} has {count} lines"
        );
        let extract = std::fs::read_to_string(&path).unwrap();
        assert_eq!(extract.lines().count(), last - first + 1, "{name}");
        if let Ok(text) = std::fs::read_to_string(seeds_dir().join(seed)) {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(
                extract.trim_end_matches('\n'),
                lines[first - 1..last].join("\n"),
                "{name}"
            );
        }
        extracts += 1;
    }
    assert_eq!(extracts, 10);
    for (seed, count, blank) in &shapes {
        if let Ok(text) = std::fs::read_to_string(seeds_dir().join(seed)) {
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), *count, "{seed}");
            let actual: Vec<usize> = (1..=lines.len())
                .filter(|i| lines[i - 1].trim().is_empty())
                .collect();
            assert_eq!(&actual, blank, "{seed}");
        }
    }
}

fn decode<T: DeserializeOwned>(what: &str, text: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: {e}\n{text}"))
}

/// Every JSON answer printed in the seeds, decoded into the type of its operation's answer.
#[test]
fn every_sample_answer_in_the_seeds_decodes() {
    const NCP: &str = "000_0474a4964d193306.txt";
    const ALIBABA: &str = "001_ceb300b0da77f5e4.txt";
    const NHN: &str = "003_f5b52b4dbd53a661.txt";

    // NAVER Cloud, stage deploy: the response syntax (lines 84-120) …
    let syntax: ncp::StageResponse = decode("000:84-120", &seed_lines(NCP, 84, 120));
    let stage = syntax.stage.unwrap();
    assert_eq!(stage.deployed_stage_deployment_no, Some(7));
    assert_eq!(
        stage.canary_conditions[0].parameter_code,
        Some(ncp::CanaryParameterCode::RequestHeader.into())
    );
    // … and the response example (lines 132-145). The page masks digits of the deployment number
    // as `250***`, which is not JSON; the masked digits are put back as zeros.
    let example = seed_lines(NCP, 132, 145).replace("250***", "250000");
    let example: ncp::StageResponse = decode("000:132-145", &example);
    assert_eq!(
        example.stage.unwrap().deployed_stage_deployment_no,
        Some(250000)
    );

    // Alibaba DeployApi (lines 149-151).
    let answer: ali::DeployApiResponse = decode("001:149-151", &seed_lines(ALIBABA, 149, 151));
    assert_eq!(
        answer.request_id.as_deref(),
        Some("CEF72CEB-54B6-4AE8-B225-F876FF7BZ015")
    );

    // NHN: upload (72-83); its binaryKey is the placeholder string `{uploadedBinaryKey}`.
    let upload: nhn::BinaryUploadResponse = decode("003:72-83", &seed_lines(NHN, 72, 83));
    assert_eq!(
        upload.body.binary_key.as_ref().map(BinaryKey::as_str),
        Some("{uploadedBinaryKey}")
    );
    // Deploy (144-168): `deployStatus` is the placeholder `{배포 상태}`, which used to fail the
    // whole answer; it is now an unknown status, kept as sent.
    let deploy: nhn::DeployResponse = decode("003:144-168", &seed_lines(NHN, 144, 168));
    let nhn::DeployResponseBody::Array(results) = deploy.body else {
        panic!("the sample is the autoscale (list) shape");
    };
    assert_eq!(
        results[0].deploy_status,
        Some(Open::Unknown("{배포 상태}".into()))
    );
    assert_eq!(results[0].deploy_key, Some(192349));
    let artifacts: nhn::ArtifactListResponse = decode("003:201-220", &seed_lines(NHN, 201, 220));
    assert_eq!(
        artifacts.body.artifacts[0].application_type,
        Some(nhn::ApplicationType::Server.into())
    );
    let groups: nhn::ServerGroupListResponse = decode("003:249-267", &seed_lines(NHN, 249, 267));
    assert_eq!(
        groups.body.server_groups[0].os_type,
        Some(nhn::ServerOsType::Linux.into())
    );
    let binary_groups: nhn::BinaryGroupListResponse =
        decode("003:296-314", &seed_lines(NHN, 296, 314));
    assert_eq!(binary_groups.body.binary_groups[0].key, Some(1));
    let history: nhn::DeployHistoryListResponse = decode("003:355-377", &seed_lines(NHN, 355, 377));
    assert_eq!(
        history.body.deploy_histories[0].total_result,
        Some(nhn::DeployHistoryResult::Success.into())
    );
    let binaries: nhn::BinaryListResponse = decode("003:416-437", &seed_lines(NHN, 416, 437));
    assert_eq!(
        binaries.body.binaries[0].binary_key,
        Some(BinaryKey::from(100))
    );
}

// ---- GitHub's official examples ---------------------------------------------------------------

/// Decode one official example as the answer of `operation` with `status`.
fn decode_github(operation: &str, status: &str, value: &Value) -> Result<(), String> {
    fn as_<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
        serde_json::from_value::<T>(v.clone())
            .map(drop)
            .map_err(|e| e.to_string())
    }
    match (operation, status) {
        ("list_deployments", "200") => as_::<Vec<gh::Deployment>>(value),
        ("create_deployment", "201") | ("get_deployment", "200") => as_::<gh::Deployment>(value),
        ("create_deployment", "202") => as_::<gh::DeploymentMergedBranch>(value),
        ("list_deployment_statuses", "200") => as_::<Vec<gh::DeploymentStatus>>(value),
        ("create_deployment_status", "201") | ("get_deployment_status", "200") => {
            as_::<gh::DeploymentStatus>(value)
        }
        ("list_environments", "200") => as_::<gh::EnvironmentList>(value),
        ("get_environment", "200") | ("create_or_update_environment", "200") => {
            as_::<gh::Environment>(value)
        }
        ("list_deployment_branch_policies", "200") => as_::<gh::DeploymentBranchPolicyList>(value),
        (
            "create_deployment_branch_policy"
            | "get_deployment_branch_policy"
            | "update_deployment_branch_policy",
            "200",
        ) => as_::<gh::DeploymentBranchPolicy>(value),
        ("list_deployment_protection_rules", "200") => {
            as_::<gh::DeploymentProtectionRuleList>(value)
        }
        ("create_deployment_protection_rule", "201")
        | ("get_deployment_protection_rule", "200") => as_::<gh::DeploymentProtectionRule>(value),
        ("list_deployment_rule_integrations", "200") => {
            as_::<gh::CustomDeploymentRuleIntegrationList>(value)
        }
        _ => Err(format!("no answer type for {operation} {status}")),
    }
}

/// Every example of a 2xx answer that GitHub's official description gives for the 21 operations
/// (`tests/data/github_examples.json`, taken from `@octokit/openapi` 23.0.2).
#[test]
fn every_official_github_example_decodes() {
    let data: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/github_examples.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let examples = data["examples"].as_array().unwrap();
    assert!(examples.len() >= 21, "{}", examples.len());
    let mut decoded = 0;
    for e in examples {
        let op = e["operation"].as_str().unwrap();
        let status = e["status"].as_str().unwrap();
        let value = &e["value"];
        if e["malformed_upstream"] == true {
            // Malformed upstream: two of GitHub's published examples for the protection rules
            // (`deployment-protection-rules`, the schema example of
            // list_deployment_protection_rules, and `custom-deployment-protection-rule-apps`, of
            // list_deployment_rule_integrations) are arrays of two objects, `[{total_count},
            // {<list>}]`, where the schema is one object. They cannot decode as printed (nor
            // would GitHub answer them so); the corrected shape, the two objects merged, must.
            let parts = value.as_array().expect("still an array upstream");
            assert_eq!(parts.len(), 2, "{op}");
            assert!(decode_github(op, status, value).is_err(), "{op}");
            let mut merged = serde_json::Map::new();
            for part in parts {
                merged.extend(part.as_object().unwrap().clone());
            }
            let merged = Value::Object(merged);
            decode_github(op, status, &merged)
                .unwrap_or_else(|err| panic!("{op} {status} (corrected): {err}"));
        } else {
            decode_github(op, status, value)
                .unwrap_or_else(|err| panic!("{op} {status} {}: {err}", e["example"]));
        }
        decoded += 1;
    }
    assert_eq!(decoded, examples.len());
}

/// A deployment's user and app (nullable objects) are held in boxes, so the answer a call hands
/// up stays small; they read and write as before: present, `null`, or absent (the app), and the
/// dates as chrono reads them. Data: GitHub's official `get_deployment` example.
#[test]
fn github_nullable_objects_are_boxed_and_read_as_before() {
    // 1,720 bytes when the user and the app were inline.
    let size = std::mem::size_of::<gh::Deployment>();
    assert!(size <= 512, "{size}");
    let data: Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/github_examples.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let example = data["examples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["operation"] == "get_deployment")
        .map(|e| e["value"].clone())
        .unwrap();
    let d: gh::Deployment = serde_json::from_value(example.clone()).unwrap();
    let creator: &gh::NullableSimpleUserInner = d.creator.as_deref().unwrap();
    assert_eq!((creator.login.as_str(), creator.id), ("octocat", 1));
    assert_eq!(d.created_at.to_rfc3339(), "2012-07-20T01:19:13+00:00");
    assert!(d.performed_via_github_app.is_none());
    // Written back, the boxes leave no trace.
    assert_eq!(serde_json::to_value(&d).unwrap(), example);
    let mut nulls = example;
    nulls["creator"] = Value::Null;
    nulls["performed_via_github_app"] = Value::Null;
    let d: gh::Deployment = serde_json::from_value(nulls).unwrap();
    assert!(d.creator.is_none());
    assert!(d.performed_via_github_app.is_none());
}

// ---- NHN findings ---------------------------------------------------------------------------

const HEADER: &str = r#"{"isSuccessful": true, "serverTime": 1, "resultCode": "SUCCESS", "resultMessage": "success"}"#;

fn envelope(body: &str) -> String {
    format!(r#"{{"header": {HEADER}, "body": {body}}}"#)
}

/// `DeployResult.deployStatus`, `Artifact.applicationType`, `ServerGroup.osType`,
/// `DeployHistory.totalResult`: an unlisted or differently cased value is `Open::Unknown`, not a
/// failed answer.
#[test]
fn nhn_answer_enums_are_open() {
    let d: nhn::DeployResponse = decode(
        "deploy",
        &envelope(r#"{"deployKey": 1, "deployStatus": "DEPLOYING"}"#),
    );
    let nhn::DeployResponseBody::DeployResult(r) = d.body else {
        panic!("one result");
    };
    assert_eq!(r.deploy_status, Some(Open::Unknown("DEPLOYING".into())));

    let a: nhn::ArtifactListResponse = decode(
        "artifacts",
        &envelope(
            r#"{"artifacts": [{"id": 1, "applicationType": "SERVER"}, {"id": 2, "applicationType": "batch"}]}"#,
        ),
    );
    assert_eq!(
        a.body.artifacts[0].application_type,
        Some(Open::Unknown("SERVER".into()))
    );
    assert_eq!(
        a.body.artifacts[1].application_type,
        Some(Open::Unknown("batch".into()))
    );

    let g: nhn::ServerGroupListResponse = decode(
        "server groups",
        &envelope(r#"{"serverGroups": [{"id": 1, "osType": "UBUNTU"}]}"#),
    );
    assert_eq!(
        g.body.server_groups[0].os_type,
        Some(Open::Unknown("UBUNTU".into()))
    );

    let h: nhn::DeployHistoryListResponse = decode(
        "history",
        &envelope(
            r#"{"totalCount": 1, "deployHistories": [{"deployKey": 1, "totalResult": "CANCELED"}]}"#,
        ),
    );
    assert_eq!(
        h.body.deploy_histories[0].total_result,
        Some(Open::Unknown("CANCELED".into()))
    );
    // The upload request still takes the closed enum: what is sent is checked.
    assert!("SERVER".parse::<nhn::ApplicationType>().is_err());
}

/// `Artifact.id`, `ServerGroup.id`, `BinaryGroup.key`, `DeployHistory.deployKey`,
/// `Binary.binaryKey`: the document does not mark them required.
#[test]
fn nhn_fields_the_document_does_not_require_may_be_missing() {
    let a: nhn::ArtifactListResponse =
        decode("artifacts", &envelope(r#"{"artifacts": [{"name": "a"}]}"#));
    assert_eq!(a.body.artifacts[0].id, None);
    let g: nhn::ServerGroupListResponse =
        decode("groups", &envelope(r#"{"serverGroups": [{"name": "g"}]}"#));
    assert_eq!(g.body.server_groups[0].id, None);
    let b: nhn::BinaryGroupListResponse = decode(
        "binary groups",
        &envelope(r#"{"binaryGroups": [{"name": "b"}]}"#),
    );
    assert_eq!(b.body.binary_groups[0].key, None);
    let h: nhn::DeployHistoryListResponse = decode(
        "history",
        &envelope(r#"{"deployHistories": [{"scenarioName": "s"}]}"#),
    );
    assert_eq!(h.body.deploy_histories[0].deploy_key, None);
    let l: nhn::BinaryListResponse =
        decode("binaries", &envelope(r#"{"binaries": [{"version": "1"}]}"#));
    assert_eq!(l.body.binaries[0].binary_key, None);
    // `resultMessage` only appears in the samples, never in a response table.
    let r: nhn::ResponseHeader = decode(
        "header",
        r#"{"isSuccessful": true, "resultCode": "SUCCESS"}"#,
    );
    assert_eq!(r.result_message, None);
}

/// `artifacts`, `serverGroups`, `binaryGroups`, `deployHistories`, `binaries`: an empty result
/// sent as `null` or without the list is an empty list.
#[test]
fn nhn_empty_lists_sent_as_null_or_left_out_are_empty() {
    for body in ["{}", r#"{"artifacts": null}"#] {
        let a: nhn::ArtifactListResponse = decode(body, &envelope(body));
        assert!(a.body.artifacts.is_empty());
    }
    for body in ["{}", r#"{"serverGroups": null}"#] {
        let g: nhn::ServerGroupListResponse = decode(body, &envelope(body));
        assert!(g.body.server_groups.is_empty());
    }
    for body in ["{}", r#"{"binaryGroups": null}"#] {
        let b: nhn::BinaryGroupListResponse = decode(body, &envelope(body));
        assert!(b.body.binary_groups.is_empty());
    }
    for body in [
        r#"{"totalCount": 0}"#,
        r#"{"totalCount": 0, "deployHistories": null}"#,
    ] {
        let h: nhn::DeployHistoryListResponse = decode(body, &envelope(body));
        assert!(h.body.deploy_histories.is_empty());
    }
    for body in [
        r#"{"totalCount": 0}"#,
        r#"{"totalCount": 0, "binaries": null}"#,
    ] {
        let l: nhn::BinaryListResponse = decode(body, &envelope(body));
        assert!(l.body.binaries.is_empty());
    }
    // A list inside a list entry too.
    let d: nhn::DeployResponse = decode(
        "deploy",
        &envelope(r#"[{"deployKey": 1, "deployResult": null}]"#),
    );
    let nhn::DeployResponseBody::Array(results) = d.body else {
        panic!("a list");
    };
    assert!(results[0].deploy_result.is_empty());
}

/// The token page lists `grant_type` (its example has none) and types `expires_in` as a String
/// while its example answers a number: both forms, with or without `grant_type`, are accepted.
#[test]
fn nhn_token_answer_with_or_without_grant_type_and_either_expires_in() {
    // The page's own example (https://docs.nhncloud.com/ko/nhncloud/ko/public-api/api-authentication/).
    let t: nhn::TokenResponse = decode(
        "token",
        r#"{"access_token": "luzocEoQ3tyMvM6p", "token_type": "Bearer", "expires_in": 86400}"#,
    );
    assert_eq!(t.grant_type, None);
    assert!(matches!(t.expires_in, nhn::TokenLifetime::Int64(86400)));
    // What its table says.
    let t: nhn::TokenResponse = decode(
        "token",
        r#"{"grant_type": "client_credentials", "access_token": "a", "token_type": "Bearer", "expires_in": "86400"}"#,
    );
    assert_eq!(t.grant_type.as_deref(), Some("client_credentials"));
    assert!(matches!(&t.expires_in, nhn::TokenLifetime::String(s) if s == "86400"));
}

fn nhn_client(server: &MockServer) -> deploykit::nhn::Client {
    deploykit::nhn::Client::builder()
        .options(common::options(
            MapEnv::new(),
            &RecordingSleeper::default(),
            None,
        ))
        .base_url(server.base_url())
        .oauth_url(server.base_url())
        .user_access_key("userAccessKey", "userSecretKey")
        .app_key("app")
        .build()
        .unwrap()
}

/// Through the client: a token whose `expires_in` is a string is used like any other.
#[tokio::test]
async fn nhn_client_takes_a_token_whose_lifetime_is_a_string() {
    let server = MockServer::start_async().await;
    let token = server.mock(|when, then| {
        when.method(POST).path("/oauth2/token/create");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(
                json!({"access_token": "tok", "token_type": "Bearer", "expires_in": "3600"}),
            );
    });
    let list = server.mock(|when, then| {
        when.method(GET)
            .path("/api/v2.1/projects/app/artifacts")
            .header("x-nhn-authorization", "Bearer tok");
        then.status(200)
            .header("content-type", "application/json")
            .body(envelope(r#"{"artifacts": null}"#));
    });
    let c = nhn_client(&server);
    let first = c.list_artifacts(None).await.unwrap();
    assert!(first.artifacts.is_empty());
    c.list_artifacts(None).await.unwrap();
    // The string lifetime (an hour) was understood: the second call reuses the token.
    token.assert_calls(1);
    list.assert_calls(2);
}

/// `BinaryKey`: the upload answer (a String), the binary list (a Number) and the download path
/// are one type, so the key read from one call goes into the next as it is.
#[tokio::test]
async fn nhn_binary_key_passes_from_the_upload_answer_to_the_download() {
    let uploaded: nhn::BinaryUploadResult = decode(
        "upload",
        r#"{"downloadUrl": "https://x/binaries/1234", "binaryKey": "1234"}"#,
    );
    let listed: nhn::Binary = decode("list", r#"{"binaryKey": 1234}"#);
    assert_eq!(uploaded.binary_key, listed.binary_key);
    let key: BinaryKey = uploaded.binary_key.unwrap();
    assert_eq!(key.as_i64(), Some(1234));

    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(POST).path("/oauth2/token/create");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"access_token": "tok", "token_type": "Bearer", "expires_in": 86400}));
    });
    let download = server.mock(|when, then| {
        when.method(GET)
            .path("/api/v2.1/projects/app/artifacts/7/binary-group/3/binaries/1234");
        then.status(200)
            .header("content-type", "application/octet-stream")
            .body("bytes");
    });
    let c = nhn_client(&server);
    let mut out = Vec::new();
    c.download_binary(7, 3, key)
        .await
        .unwrap()
        .to_writer(&mut out)
        .await
        .unwrap();
    assert_eq!(out, b"bytes");
    download.assert();
    // The generated builder takes the same type, a number or the key itself.
    let _ = c.api().download_binary().binary_key(1234);
    let _ = c
        .api()
        .download_binary()
        .binary_key(BinaryKey::from("1234"));
}

// ---- GitHub findings ------------------------------------------------------------------------

fn github_client(server: &MockServer) -> deploykit::github::Client {
    deploykit::github::Client::builder()
        .token("ghp_test")
        .base_url(server.base_url())
        .options(common::options(
            MapEnv::new(),
            &RecordingSleeper::default(),
            None,
        ))
        .build()
        .unwrap()
}

const DEPLOYMENT: &str = r#"{"url": "https://api.github.com/repos/o/r/deployments/1", "id": 1,
 "node_id": "MDEwOkRlcGxveW1lbnQx", "sha": "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d", "ref": "main",
 "task": "deploy", "payload": {}, "environment": "production", "description": null,
 "creator": null, "created_at": "2012-07-20T01:19:13Z", "updated_at": "2012-07-20T01:19:13Z",
 "statuses_url": "https://api.github.com/repos/o/r/deployments/1/statuses",
 "repository_url": "https://api.github.com/repos/o/r"}"#;

/// create_deployment is decoded by status: 201 is a `Deployment`, 202 the merged-branch answer,
/// whose `message` GitHub's description makes optional — even a 202 body that would also read
/// as a deployment is the merged-branch answer, and a 201 is never taken for a 202.
#[tokio::test]
async fn github_create_deployment_is_decoded_by_status() {
    use deploykit::github::{CreateOutcome, Deploy, create_deployment};
    let cases: [(u16, &str, &str); 4] = [
        (201, DEPLOYMENT, "created"),
        (
            202,
            r#"{"message": "Auto-merged master into main on deployment."}"#,
            "merged",
        ),
        (202, "{}", "merged"),
        (202, DEPLOYMENT, "merged"),
    ];
    for (status, body, want) in cases {
        let server = MockServer::start_async().await;
        server.mock(|when, then| {
            when.method(POST).path("/repos/o/r/deployments");
            then.status(status)
                .header("content-type", "application/json")
                .body(body);
        });
        let c = github_client(&server);
        let outcome = create_deployment(&c, "o", "r", Deploy::new("main").request().unwrap())
            .await
            .unwrap_or_else(|e| panic!("{status} {body}: {e}"));
        match (outcome, want) {
            (CreateOutcome::Created(d), "created") => assert_eq!(d.id, 1),
            (CreateOutcome::Merged { message }, "merged") => {
                if body == "{}" {
                    assert_eq!(message, "");
                }
            }
            (other, _) => panic!("{status} {body}: {other:?}"),
        }
    }
    // A 201 whose body is not a deployment is a decoding error, not a merged branch.
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(POST).path("/repos/o/r/deployments");
        then.status(201)
            .header("content-type", "application/json")
            .body(r#"{"message": "hello"}"#);
    });
    let err = create_deployment(
        &github_client(&server),
        "o",
        "r",
        Deploy::new("main").request().unwrap(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidResponse, "{err}");
    assert_eq!(err.status(), Some(201));
}

/// `Team.access_source` (GitHub's description has it; it was missing), an open enum.
#[test]
fn github_team_access_source() {
    let team = |access: &str| -> gh::Team {
        decode(
            "team",
            &format!(
                r#"{{"id": 1, "node_id": "T", "url": "https://api.github.com/teams/1", "members_url": "m",
                "name": "ops", "description": null, "permission": "pull",
                "html_url": "https://github.com/orgs/o/teams/ops", "repositories_url": "https://api.github.com/teams/1/repos",
                "slug": "ops", "type": "organization", "parent": null, "access_source": "{access}"}}"#
            ),
        )
    };
    assert_eq!(
        team("direct").access_source,
        Some(gh::TeamAccessSource::Direct.into())
    );
    assert_eq!(
        team("inherited").access_source,
        Some(Open::Unknown("inherited".into()))
    );
    assert_eq!(team("direct").type_, gh::TeamType::Organization);
}

/// A list GitHub sends as `null` is an empty list.
#[test]
fn github_null_lists_are_empty() {
    let list: gh::EnvironmentList = decode(
        "environments",
        r#"{"total_count": 0, "environments": null}"#,
    );
    assert!(list.environments.is_empty());
}

// ---- NAVER Cloud findings -----------------------------------------------------------------

const AK: &str = "ncp_iam_AKEXAMPLE";
const SK: &str = "ncp_iam_SKEXAMPLE";

fn ncp_client(server: &MockServer) -> deploykit::ncloud::Client {
    deploykit::ncloud::Client::builder()
        .base_url(server.url("/api/v1"))
        .env(std::sync::Arc::new(
            MapEnv::new()
                .with("NCLOUD_ACCESS_KEY", AK)
                .with("NCLOUD_SECRET_KEY", SK),
        ))
        .build()
        .unwrap()
}

/// deploy_api and delete_stage_deployment: the reference pins no success status and the
/// gateway's common table allows 200, 201, 202 and 204, so every one of them is success.
#[tokio::test]
async fn ncloud_any_2xx_is_success_where_the_status_is_not_pinned() {
    for status in [200u16, 201, 202, 204] {
        let server = MockServer::start_async().await;
        let body = if status == 204 { "" } else { "{}" };
        let deploy = server.mock(|when, then| {
            when.method(POST).path("/api/v1/products/p1/apis/a1/deploy");
            then.status(status).body(body);
        });
        let delete = server.mock(|when, then| {
            when.method(DELETE)
                .path("/api/v1/products/p1/apis/a1/stages/s1/deployments/250");
            then.status(status).body(body);
        });
        let c = ncp_client(&server);
        c.deploy_api()
            .product_id("p1")
            .api_id("a1")
            .body(ncp::DeployApiRequest {
                stage_id: "s1".parse().unwrap(),
                deployment_description: None,
            })
            .send()
            .await
            .unwrap_or_else(|e| panic!("deploy_api answered {status}: {e}"));
        c.delete_stage_deployment()
            .product_id("p1")
            .api_id("a1")
            .stage_id("s1")
            .deployment_no(250)
            .send()
            .await
            .unwrap_or_else(|e| panic!("delete_stage_deployment answered {status}: {e}"));
        deploy.assert();
        delete.assert();
    }
}

/// The error table's 413 (errorCode 430) is declared on the POST operations and reads as the
/// gateway's error.
#[tokio::test]
async fn ncloud_413_is_declared_and_read_as_the_gateways_error() {
    let spec: Value =
        serde_json::from_str(deploykit::generated::ncloud_apigateway::SPEC_JSON).unwrap();
    for (path, op) in [
        (
            "/products/{product-id}/apis/{api-id}/stages/{stage-id}/deploy",
            "deploy_stage",
        ),
        ("/products/{product-id}/apis/{api-id}/deploy", "deploy_api"),
    ] {
        let responses = &spec["paths"][path]["post"]["responses"];
        assert!(responses.get("413").is_some(), "{op}");
    }
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(POST).path("/api/v1/products/p1/apis/a1/deploy");
        then.status(413)
            .header("content-type", "application/json")
            .json_body(
                json!({"error": {"errorCode": "430", "message": "Request Entity Too Large"}}),
            );
    });
    let err = ncp_client(&server)
        .deploy_api()
        .product_id("p1")
        .api_id("a1")
        .body(ncp::DeployApiRequest {
            stage_id: "s1".parse().unwrap(),
            deployment_description: None,
        })
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(413));
    assert_eq!(err.code(), Some("430"), "{err}");
}

/// Without the `stage` the seed shows, the answer still decodes (nothing documents it as
/// required); an unlisted enum value too.
#[test]
fn ncloud_stage_answer_is_lenient() {
    let s: ncp::StageResponse = decode("stage", "{}");
    assert!(s.stage.is_none());
    let s: ncp::StageResponse = decode(
        "stage",
        r#"{"stage": {"ipAclCode": "PARTIAL", "canaryConditions": [{"parameterCode": "COOKIE"}]}}"#,
    );
    let stage = s.stage.unwrap();
    assert_eq!(stage.ip_acl_code, Some(Open::Unknown("PARTIAL".into())));
    assert_eq!(
        stage.canary_conditions[0].parameter_code,
        Some(Open::Unknown("COOKIE".into()))
    );
}

// ---- Alibaba findings --------------------------------------------------------------------

/// The regions Alibaba's official SDK maps to the central endpoint get it; the others keep their
/// own host; the library's table is the spec's `x-deploykit-endpoints`.
#[test]
fn alibaba_endpoints_follow_the_official_sdk_table() {
    use deploykit::alibaba::{CENTRAL_ENDPOINT, CENTRAL_REGIONS, endpoint};
    for central in ["cn-wuhan", "cn-beijing-gov-1", "ap-northeast-2-pop"] {
        assert_eq!(endpoint(central), "https://apigateway.aliyuncs.com");
    }
    assert_eq!(
        endpoint("cn-hangzhou"),
        "https://apigateway.cn-hangzhou.aliyuncs.com"
    );
    assert_eq!(
        endpoint("cn-shanghai-inner"),
        "https://apigateway.cn-shanghai-inner.aliyuncs.com"
    );
    let spec: Value =
        serde_json::from_str(deploykit::generated::alibaba_cloudapi::SPEC_JSON).unwrap();
    let listed: Vec<&str> = spec["x-deploykit-endpoints"]["apigateway.aliyuncs.com"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(listed, CENTRAL_REGIONS);
    assert_eq!(listed.len(), 30);
    let servers: Vec<&str> = spec["servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect();
    assert!(servers.contains(&CENTRAL_ENDPOINT), "{servers:?}");
}

/// Nothing documents `RequestId` as required in an answer: an answer without it decodes.
#[test]
fn alibaba_answer_without_request_id_decodes() {
    let a: ali::DeployApiResponse = decode("deploy", "{}");
    assert_eq!(a.request_id, None);
}

// ---- citations ------------------------------------------------------------------------------

/// Every citation in the specs (`x-deploykit-required`, `x-deploykit-closed`,
/// `x-deploykit-source`) names a seed line that exists or a URL of a known source.
#[test]
fn every_citation_in_the_specs_exists() {
    use deploykit_spec::lint::{Citation, citations};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shapes = seed_shapes();
    let mut checked = 0;
    for file in deploykit_spec::spec_files(&root.join("specs")) {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc = deploykit_spec::yaml::load(&text).unwrap();
        for (ptr, cited) in citations(&doc.value) {
            let at = format!("{}{ptr}", file.display());
            match Citation::parse(&cited).unwrap_or_else(|e| panic!("{at}: {e}")) {
                Citation::Seed { file, first, last } => {
                    let (_, count, blank) = shapes
                        .iter()
                        .find(|(n, _, _)| *n == file)
                        .unwrap_or_else(|| panic!("{at}: no seed document {file}"));
                    let last = usize::try_from(last).unwrap();
                    let first = usize::try_from(first).unwrap();
                    assert!(last <= *count, "{at}: {file} has {count} lines, not {last}");
                    assert!(
                        (first..=last).any(|l| !blank.contains(&l)),
                        "{at}: {file}:{first}-{last} is blank"
                    );
                }
                Citation::Url(url) => {
                    assert!(url.starts_with("https://"), "{at}: {url}");
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked} citations");
}
