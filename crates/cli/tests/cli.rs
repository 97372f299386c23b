//! The `deploykit` command: golden files of `--help` and `--dry-run`, and each release workflow
//! against a local mock server (requests made and exit codes).

use std::path::Path;
use std::process::{Command, Output};

use httpmock::prelude::*;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_deploykit");

/// Run the command with a clean environment (no real credentials leak in), a fixed signing
/// time and nonce, and a temporary home.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("DEPLOYKIT_FIXED_TIME", "1700000000")
        .env("DEPLOYKIT_FIXED_NONCE", "7d2d3e0c5f6a4b1e9c8d7f6a5b4c3d2e")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Compare with `tests/golden/NAME`; `UPDATE_GOLDEN=1` rewrites the file.
fn golden(name: &str, actual: &str) {
    let path = Path::new("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    assert_eq!(actual, expected, "output differs from {}", path.display());
}

fn example(spec: &str, pointer: &str) -> Value {
    // Paths are given from the repository root, as in the README.
    let text = std::fs::read_to_string(Path::new("../..").join(spec)).unwrap();
    let doc = deploykit_spec::check(&text).unwrap();
    doc.value
        .pointer(pointer)
        .cloned()
        .unwrap_or_else(|| panic!("{spec}{pointer}"))
}

const SECRETS: [&str; 6] = [
    "ghp_S3CRET",
    "NCP-S3CRET",
    "ALI-S3CRET",
    "STS-S3CRET",
    "NHN-S3CRET",
    "NHN-KEY-ID",
];

#[test]
fn help_of_one_operation_per_provider_matches_golden_files() {
    for (provider, op) in [
        ("github", "create-deployment"),
        ("ncloud", "deploy-stage"),
        ("alibaba", "deploy-api"),
        ("nhn", "list-binaries"),
    ] {
        let out = run(&[provider, op, "--help"], &[]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        golden(&format!("help-{provider}-{op}.txt"), &stdout(&out));
    }
}

#[test]
fn help_lists_exit_codes() {
    let out = run(&["--help"], &[]);
    let s = stdout(&out);
    assert!(
        s.contains("Exit codes: 0 success; 1 the provider refused"),
        "{s}"
    );
    assert!(
        s.contains("3 credentials/configuration error; 4 outcome unknown")
            && s.contains("5 nothing was sent"),
        "{s}"
    );
}

#[test]
fn dry_run_prints_signed_requests_without_secrets() {
    type Case<'a> = (&'a str, Vec<&'a str>, Vec<(&'a str, &'a str)>);
    let cases: [Case; 4] = [
        (
            "dry-run-github-create-deployment.txt",
            vec![
                "github",
                "create-deployment",
                "--owner",
                "octo",
                "--repo",
                "app",
                "--body",
                r#"{"ref":"v1.2.0","environment":"staging"}"#,
            ],
            vec![("GH_TOKEN", "ghp_S3CRET")],
        ),
        (
            "dry-run-ncloud-deploy-stage.txt",
            vec![
                "ncloud",
                "deploy-stage",
                "--product-id",
                "p8k2m4q1z0",
                "--api-id",
                "a51hs7d2x9",
                "--stage-id",
                "sfh5o3k8w1",
                "--body",
                r#"{"deploymentNo":250}"#,
            ],
            vec![
                ("NCLOUD_ACCESS_KEY", "NCP-AK"),
                ("NCLOUD_SECRET_KEY", "NCP-S3CRET"),
            ],
        ),
        (
            "dry-run-alibaba-deploy-api.txt",
            vec![
                "alibaba",
                "deploy-api",
                "--ApiId",
                "d6f679aeb3be4b91b3688e887ca1fe16",
                "--StageName",
                "RELEASE",
                "--Description",
                "release 1.2 (배포 发布) a+b*c~d/e",
            ],
            vec![
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALI-AK"),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALI-S3CRET"),
                ("ALIBABA_CLOUD_SECURITY_TOKEN", "STS-S3CRET"),
            ],
        ),
        (
            "dry-run-nhn-list-binaries.txt",
            vec![
                "nhn",
                "list-binaries",
                "--appKey",
                "app1",
                "--artifactId",
                "10",
                "--binaryGroupKey",
                "20",
                "--sortKey",
                "VERSION",
            ],
            vec![
                ("NHN_CLOUD_USER_ACCESS_KEY_ID", "NHN-KEY-ID"),
                ("NHN_CLOUD_USER_SECRET_ACCESS_KEY", "NHN-S3CRET"),
            ],
        ),
    ];
    for (file, mut args, env) in cases {
        args.push("--dry-run");
        let out = run(&args, &env);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", stderr(&out));
        let text = stdout(&out);
        for s in SECRETS {
            assert!(
                !text.contains(s) && !stderr(&out).contains(s),
                "{file} shows a secret: {text}"
            );
        }
        assert!(
            text.contains("***"),
            "{file}: credentials are masked, not dropped: {text}"
        );
        golden(file, &text);
    }
}

#[test]
fn dry_run_of_the_alibaba_request_carries_the_signature_of_the_fixed_time() {
    let out = run(
        &[
            "alibaba",
            "deploy-api",
            "--ApiId",
            "x1",
            "--StageName",
            "TEST",
            "--Description",
            "d",
            "--dry-run",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALI-AK"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALI-S3CRET"),
        ],
    );
    let text = stdout(&out);
    assert!(text.contains("x-acs-date: 2023-11-14T22:13:20Z"), "{text}");
    assert!(
        text.contains("x-acs-signature-nonce: 7d2d3e0c5f6a4b1e9c8d7f6a5b4c3d2e"),
        "{text}"
    );
    // The description carries deploykit's marker (from the fixed nonce).
    assert!(
        text.contains(
            "?ApiId=x1&Description=d%20%5Bdeploykit%3A7d2d3e0c5f6a4b1e%5D&StageName=TEST'"
        ),
        "canonical query on the wire: {text}"
    );
}

#[test]
fn bad_input_is_a_usage_error_before_any_request() {
    let server = MockServer::start();
    let any = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let out = run(
        &[
            "ncloud",
            "deploy-stage",
            "--endpoint",
            &server.base_url(),
            "--product-id",
            "p1234567890",
            "--api-id",
            "a",
            "--stage-id",
            "s",
            "--body",
            r#"{"deploymentNo":1}"#,
        ],
        &[("NCLOUD_ACCESS_KEY", "AK"), ("NCLOUD_SECRET_KEY", "SK")],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("longer than 10 characters"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &[
            "alibaba",
            "deploy-api",
            "--endpoint",
            &server.base_url(),
            "--ApiId",
            "x",
            "--StageName",
            "PROD",
            "--Description",
            "d",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK"),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("PROD"), "{}", stderr(&out));
    any.assert_calls(0);
}

#[test]
fn missing_credentials_exit_3_naming_the_variables() {
    let out = run(
        &[
            "github", "deploy", "--owner", "o", "--repo", "r", "--ref", "main",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("GH_TOKEN") && err.contains("GITHUB_TOKEN"),
        "{err}"
    );
    let out = run(
        &[
            "nhn",
            "deploy",
            "--app-key",
            "k",
            "--artifact-id",
            "1",
            "--server-group-id",
            "2",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("NHN_CLOUD_USER_ACCESS_KEY_ID"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        stderr(&out).lines().count(),
        1,
        "one line: {}",
        stderr(&out)
    );
}

#[test]
fn github_deploy_creates_the_deployment_and_posts_its_statuses() {
    let server = MockServer::start();
    let deployment = example(
        "specs/github.yaml",
        "/paths/~1repos~1{owner}~1{repo}~1deployments/post/responses/201/content/application~1json/example",
    );
    let status = example(
        "specs/github.yaml",
        "/paths/~1repos~1{owner}~1{repo}~1deployments~1{deployment_id}~1statuses/post/responses/201/content/application~1json/example",
    );
    let id = deployment["id"].as_i64().unwrap();
    let create = server.mock(|when, then| {
        when.method(POST)
            .path("/repos/octo/app/deployments")
            .header("authorization", "Bearer ghp_S3CRET")
            .json_body_includes(r#"{"ref":"v1.2.0","environment":"staging"}"#);
        then.status(201)
            .header("content-type", "application/json")
            .json_body(deployment.clone());
    });
    let queued = server.mock(|when, then| {
        when.method(POST)
            .path(format!("/repos/octo/app/deployments/{id}/statuses"))
            .json_body_includes(r#"{"state":"queued"}"#);
        then.status(201)
            .header("content-type", "application/json")
            .json_body(status.clone());
    });
    let started = server.mock(|when, then| {
        when.method(POST)
            .path(format!("/repos/octo/app/deployments/{id}/statuses"))
            .json_body_includes(r#"{"state":"in_progress"}"#);
        then.status(201)
            .header("content-type", "application/json")
            .json_body(status.clone());
    });
    let out = run(
        &[
            "github",
            "deploy",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "--ref",
            "v1.2.0",
            "--environment",
            "staging",
            "--start",
            "-o",
            "json",
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["id"], json!(id));
    assert_eq!(printed["state"], "in_progress");
    create.assert_calls(1);
    queued.assert_calls(1);
    started.assert_calls(1);

    // Then the pipeline reports success with the environment URL.
    let done = server.mock(|when, then| {
        when.method(POST)
            .path(format!("/repos/octo/app/deployments/{id}/statuses"))
            .json_body_includes(
                r#"{"state":"success","environment_url":"https://staging.example.com"}"#,
            );
        then.status(201)
            .header("content-type", "application/json")
            .json_body(status.clone());
    });
    let out = run(
        &[
            "github",
            "status",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "--deployment-id",
            &id.to_string(),
            "--state",
            "success",
            "--environment-url",
            "https://staging.example.com",
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    done.assert_calls(1);
}

#[test]
fn github_422_exits_1_with_githubs_message_on_one_line() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/repos/octo/app/deployments");
        then.status(422)
            .header("content-type", "application/json")
            .header("x-github-request-id", "ABCD:1234")
            .json_body(json!({"message": "Validation Failed", "documentation_url": "https://docs.github.com/rest", "errors": [{"resource": "Deployment", "field": "ref", "code": "invalid"}]}));
    });
    let out = run(
        &[
            "github",
            "deploy",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "--ref",
            "nope",
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("HTTP 422") && err.contains("Validation Failed") && err.contains("ABCD:1234"),
        "{err}"
    );
}

#[test]
fn ncloud_rollback_redeploys_the_previous_deployment() {
    let server = MockServer::start();
    let history = server.mock(|when, then| {
        when.method(GET)
            .path("/api/v1/products/p1/apis/a1/stages/s1/deployments");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({
                "total": 3, "defaultDeploymentNo": 30,
                "content": [
                    {"stageDeploymentNo": 30, "stageId": "s1"},
                    {"stageDeploymentNo": 20, "stageId": "s1"},
                    {"stageDeploymentNo": 10, "stageId": "s1"}
                ]
            }));
    });
    let deploy = server.mock(|when, then| {
        when.method(POST)
            .path("/api/v1/products/p1/apis/a1/stages/s1/deploy")
            .header_exists("x-ncp-apigw-signature-v2")
            .json_body(json!({"deploymentNo": 20}));
        then.status(200).header("content-type", "application/json").json_body(json!({
            "stage": {"stageId": "s1", "apiId": "a1", "stageName": "prod", "deployedStageDeploymentNo": 20}
        }));
    });
    let out = run(
        &[
            "ncloud",
            "rollback",
            "--endpoint",
            &server.base_url(),
            "--product-id",
            "p1",
            "--api-id",
            "a1",
            "--stage-id",
            "s1",
            "-o",
            "json",
        ],
        &[("NCLOUD_ACCESS_KEY", "AK"), ("NCLOUD_SECRET_KEY", "SK")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["to"], 20);
    history.assert();
    deploy.assert_calls(1);
}

fn alibaba_task(server: &MockServer, status: &str, message: &str) {
    let batch = example(
        "specs/alibaba-cloudapi.yaml",
        "/paths/~1?Action=BatchDeployApis&Version=2016-07-14/post/responses/200/content/application~1json/example",
    );
    server.mock(|when, then| {
        when.method(POST)
            .path("/")
            .header("x-acs-action", "BatchDeployApis")
            .query_param("Api.1.ApiUid", "api-1")
            .query_param("Api.1.GroupId", "grp-1")
            .query_param("StageName", "RELEASE");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(batch.clone());
    });
    server.mock(|when, then| {
        when.method(POST).path("/").header("x-acs-action", "DescribeDeployApiTask").query_param_exists("OperationUid");
        then.status(200).header("content-type", "application/json").json_body(json!({
            "RequestId": "R-2",
            "DeployedResults": {"DeployedResult": [
                {"ApiUid": "api-1", "GroupId": "grp-1", "StageName": "RELEASE", "DeployedStatus": status, "ErrorMsg": message}
            ]}
        }));
    });
}

#[test]
fn alibaba_batch_deploy_waits_for_the_task() {
    let server = MockServer::start();
    alibaba_task(&server, "SUCCEED", "");
    let out = run(
        &[
            "alibaba",
            "batch-deploy",
            "--endpoint",
            &server.base_url(),
            "--api",
            "api-1:grp-1",
            "--stage",
            "RELEASE",
            "--description",
            "r1",
            "--wait",
            "-o",
            "json",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed["Results"][0]["Status"], "SUCCEED");
}

#[test]
fn alibaba_batch_deploy_with_a_failed_api_exits_1() {
    let server = MockServer::start();
    alibaba_task(&server, "FAILED", "the backend is unreachable");
    let out = run(
        &[
            "alibaba",
            "batch-deploy",
            "--endpoint",
            &server.base_url(),
            "--api",
            "api-1:grp-1",
            "--stage",
            "RELEASE",
            "--description",
            "r1",
            "--wait",
        ],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK"),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("api-1"), "{}", stderr(&out));
}

fn nhn_server(deploy_status: &str, history_result: &str) -> MockServer {
    let server = MockServer::start();
    let token = example(
        "specs/nhn-deploy.yaml",
        "/paths/~1oauth2~1token~1create/post/responses/200/content/application~1json/example",
    );
    server.mock(|when, then| {
        when.method(POST)
            .path("/oauth2/token/create")
            .header_exists("authorization");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(token.clone());
    });
    let header = json!({"isSuccessful": true, "resultCode": "SUCCESS", "resultMessage": "success", "serverTime": 1707278725614i64});
    server.mock(|when, then| {
        when.method(POST).path("/api/v2.1/projects/app1/artifacts/10/server-group/20/deploy");
        then.status(200).header("content-type", "application/json").json_body(json!({
            "header": header,
            "body": {"deployKey": 555, "deployStatus": deploy_status, "deployResult": [{"deployKey": 555, "hostname": "web-1", "status": deploy_status}]}
        }));
    });
    server.mock(|when, then| {
        when.method(GET).path("/api/v2.1/projects/app1/artifacts/10/deploy-histories");
        then.status(200).header("content-type", "application/json").json_body(json!({
            "header": header,
            "body": {"totalCount": 1, "deployHistories": [
                {"deployKey": 555, "serverGroupId": 20, "serverGroupName": "prod", "totalResult": history_result, "executeDate": "2025-03-01T12:00:00+09:00"}
            ]}
        }));
    });
    server
}

const NHN_ENV: [(&str, &str); 2] = [
    ("NHN_CLOUD_USER_ACCESS_KEY_ID", "NHN-KEY-ID"),
    ("NHN_CLOUD_USER_SECRET_ACCESS_KEY", "NHN-S3CRET"),
];

fn nhn_deploy(server: &MockServer, wait: bool) -> Output {
    let base = server.base_url();
    let mut args = vec![
        "nhn",
        "deploy",
        "--endpoint",
        &base,
        "--app-key",
        "app1",
        "--artifact-id",
        "10",
        "--server-group-id",
        "20",
        "-o",
        "json",
    ];
    if wait {
        args.extend(["--wait", "--timeout", "60s"]);
    }
    run(&args, &NHN_ENV)
}

#[test]
fn nhn_deploy_wait_reaches_success() {
    let server = nhn_server("deploying", "SUCCESS");
    let out = nhn_deploy(&server, true);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(printed[0]["totalResult"], "SUCCESS");
}

#[test]
fn nhn_failing_deploy_exits_1() {
    let server = nhn_server("fail", "FAIL");
    let out = nhn_deploy(&server, false);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("deploy failed"), "{}", stderr(&out));
    let server = nhn_server("deploying", "FAIL");
    let out = nhn_deploy(&server, true);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn nhn_upload_and_download_round_trip() {
    let server = MockServer::start();
    let token = example(
        "specs/nhn-deploy.yaml",
        "/paths/~1oauth2~1token~1create/post/responses/200/content/application~1json/example",
    );
    server.mock(|when, then| {
        when.method(POST).path("/oauth2/token/create");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(token.clone());
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.jar");
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&file, &content).unwrap();
    let upload = server.mock(|when, then| {
        when.method(POST)
            .path("/api/v2.1/projects/app1/artifacts/10/binary-group/20")
            .header_exists("x-nhn-authorization")
            .body_includes("name=\"applicationType\"");
        then.status(200).header("content-type", "application/json").json_body(json!({
            "header": {"isSuccessful": true, "resultCode": "SUCCESS", "resultMessage": "success", "serverTime": 1},
            "body": {"downloadUrl": "https://example/x", "binaryKey": "77"}
        }));
    });
    let base = server.base_url();
    let env = NHN_ENV;
    let out = run(
        &[
            "nhn",
            "upload",
            file.to_str().unwrap(),
            "--endpoint",
            &base,
            "--app-key",
            "app1",
            "--artifact-id",
            "10",
            "--binary-group-key",
            "20",
            "--application-type",
            "server",
            "--version",
            "1.2.0",
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    upload.assert_calls(1);

    server.mock(|when, then| {
        when.method(GET)
            .path("/api/v2.1/projects/app1/artifacts/10/binary-group/20/binaries/77");
        then.status(200)
            .header("content-type", "application/octet-stream")
            .body(content.clone());
    });
    let target = dir.path().join("copy.jar");
    let out = run(
        &[
            "nhn",
            "download",
            "--endpoint",
            &base,
            "--app-key",
            "app1",
            "--artifact-id",
            "10",
            "--binary-group-key",
            "20",
            "--binary-key",
            "77",
            "--out",
            target.to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&target).unwrap(), content);

    // An empty file is refused before any request.
    let empty = dir.path().join("empty.jar");
    std::fs::write(&empty, b"").unwrap();
    let out = run(
        &[
            "nhn",
            "upload",
            empty.to_str().unwrap(),
            "--endpoint",
            &base,
            "--app-key",
            "app1",
            "--artifact-id",
            "10",
            "--binary-group-key",
            "20",
            "--application-type",
            "server",
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    upload.assert_calls(1);
}

#[test]
fn emulate_serves_the_commands_of_every_provider() {
    use std::io::{BufRead, BufReader};
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = Command::new(BIN)
        .args(["emulate", "--addr", &addr, "--seed", "7"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The emulator prints its defaults, then says it is serving.
    let mut banner = String::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines.by_ref() {
        let line = line.unwrap();
        banner.push_str(&line);
        banner.push('\n');
        if line.starts_with("Serving until Ctrl-C") {
            break;
        }
    }
    let base = format!("http://{addr}");
    let ncloud = run(
        &[
            "ncloud",
            "list-stages",
            "--endpoint",
            &format!("{base}/api/v1"),
            "--product-id",
            "emuprod01",
            "--api-id",
            "emuapi01",
            "-o",
            "json",
        ],
        &[
            ("NCLOUD_ACCESS_KEY", "ncp_iam_EMULATORACCESSKEY"),
            ("NCLOUD_SECRET_KEY", "emulator-ncp-secret-key"),
        ],
    );
    let github = run(
        &[
            "github",
            "list-deployments",
            "--endpoint",
            &base,
            "--owner",
            "o",
            "--repo",
            "r",
            "-o",
            "json",
        ],
        &[("GH_TOKEN", "ghp_deploykitEmulatorToken000000000000000")],
    );
    let wrong = run(
        &[
            "ncloud",
            "list-stages",
            "--endpoint",
            &format!("{base}/api/v1"),
            "--product-id",
            "emuprod01",
            "--api-id",
            "emuapi01",
        ],
        &[
            ("NCLOUD_ACCESS_KEY", "ncp_iam_EMULATORACCESSKEY"),
            ("NCLOUD_SECRET_KEY", "not-the-secret"),
        ],
    );
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        banner.contains("seed     7") && banner.contains("NCLOUD_ACCESS_KEY="),
        "{banner}"
    );
    assert_eq!(ncloud.status.code(), Some(0), "{}", stderr(&ncloud));
    assert!(stdout(&ncloud).contains("emustgprd"), "{}", stdout(&ncloud));
    assert_eq!(github.status.code(), Some(0), "{}", stderr(&github));
    assert_eq!(
        wrong.status.code(),
        Some(1),
        "a bad signature is refused: {}",
        stderr(&wrong)
    );
    assert!(stderr(&wrong).contains("401"), "{}", stderr(&wrong));
}

/// A generic operation goes through the library's call path: an answer the library would refuse,
/// the command refuses too, whatever HTTP status came with it: exit 1 when the provider said it
/// failed, exit 4 when the answer cannot be read (the call went through and its outcome is
/// unknown); the reason on stderr, nothing on stdout.
#[test]
fn answers_the_library_refuses_make_generic_commands_fail() {
    let server = MockServer::start();
    // NHN: a failed envelope with HTTP 200.
    server.mock(|when, then| {
        when.method(POST).path("/oauth2/token/create");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(json!({"access_token": "tok", "token_type": "Bearer", "expires_in": 86400}));
    });
    server.mock(|when, then| {
        when.method(GET)
            .path("/api/v2.1/projects/app1/artifacts/10/server-groups");
        then.status(200)
            .header("content-type", "application/json")
            .header("x-nhn-request-id", "nhn-req-1")
            .json_body(json!({"header": {"isSuccessful": false, "resultCode": -4000, "resultMessage": "artifact not found", "serverTime": 1}, "body": null}));
    });
    // GitHub: truncated JSON with HTTP 200.
    server.mock(|when, then| {
        when.method(GET).path("/repos/octo/app/deployments/7");
        then.status(200)
            .header("content-type", "application/json")
            .body(r#"{"id": 7, "url": "https://api.github.com/repos/octo/app/deploy"#);
    });
    // NCP: an HTML page with HTTP 200.
    server.mock(|when, then| {
        when.method(GET)
            .path("/api/v1/products/p8k2m4q1z0/apis/a51hs7d2x9/stages/sfh5o3k8w1");
        then.status(200)
            .header("content-type", "text/html")
            .body("<html><body>Maintenance</body></html>");
    });
    // Alibaba: truncated JSON with HTTP 200.
    server.mock(|when, then| {
        when.method(POST).path("/");
        then.status(200)
            .header("content-type", "application/json")
            .body(r#"{"RequestId": "ali-req-"#);
    });
    let base = server.base_url();
    type Case<'a> = (Vec<&'a str>, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 4] = [
        (
            vec![
                "nhn",
                "list-server-groups",
                "--appKey",
                "app1",
                "--artifactId",
                "10",
            ],
            &NHN_ENV,
            "artifact not found",
        ),
        (
            vec![
                "github",
                "get-deployment",
                "--owner",
                "octo",
                "--repo",
                "app",
                "--deployment_id",
                "7",
            ],
            &[("GH_TOKEN", "ghp_S3CRET")],
            "not what the spec describes",
        ),
        (
            vec![
                "ncloud",
                "get-stage",
                "--product-id",
                "p8k2m4q1z0",
                "--api-id",
                "a51hs7d2x9",
                "--stage-id",
                "sfh5o3k8w1",
            ],
            &[
                ("NCLOUD_ACCESS_KEY", "NCP-AK"),
                ("NCLOUD_SECRET_KEY", "NCP-S3CRET"),
            ],
            "<html>",
        ),
        (
            vec![
                "alibaba",
                "deploy-api",
                "--ApiId",
                "d6f679aeb3be4b91b3688e887ca1fe16",
                "--StageName",
                "RELEASE",
                "--Description",
                "v1",
            ],
            &[
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALI-AK"),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALI-S3CRET"),
            ],
            "not what the spec describes",
        ),
    ];
    for (mut args, env, says) in cases {
        // The provider said it failed (1); the answer could not be read (4).
        let code = if args[0] == "nhn" { 1 } else { 4 };
        let endpoint = if args[0] == "ncloud" {
            format!("{base}/api/v1")
        } else {
            base.clone()
        };
        args.extend(["--endpoint", &endpoint, "-o", "json"]);
        let out = run(&args, env);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        // A read's lost answer is safe to repeat; a deploy's may have taken effect.
        assert_eq!(
            code == 4,
            err.contains("outcome unknown") || err.contains("is safe to repeat"),
            "{args:?}: {err}"
        );
        assert!(
            stdout(&out).is_empty(),
            "{args:?} printed an answer: {}",
            stdout(&out)
        );
    }
}

/// Spawn the command with the same clean environment as `run`, for tests that signal it.
fn spawn(args: &[&str], env: &[(&str, &str)], home: &Path) -> std::process::Child {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.spawn().unwrap()
}

fn signal(child: &std::process::Child, name: &str) {
    let status = Command::new("kill")
        .args([format!("-{name}"), child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

/// A loopback HTTP server for NHN: issues tokens, and answers every other request with
/// headers and then the body `trickle`, one byte every 100 ms — or, for an empty `trickle`, not
/// at all (a deploy that does not end).
fn trickling_nhn_server(
    trickle: &'static [u8],
    content_type: &'static str,
) -> (String, std::sync::mpsc::Receiver<()>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (arrived, arrivals) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { return };
            let arrived = arrived.clone();
            std::thread::spawn(move || {
                let mut buf = vec![0u8; 65536];
                let n = s.read(&mut buf).unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).to_string();
                if head.starts_with("POST /oauth2/token/create") {
                    let body = r#"{"access_token":"tok","token_type":"Bearer","expires_in":86400}"#;
                    let _ = write!(
                        s,
                        "HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    return;
                }
                let _ = arrived.send(());
                if trickle.is_empty() {
                    std::thread::sleep(std::time::Duration::from_secs(60));
                    return;
                }
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: 1000000\r\n\r\n"
                );
                for b in trickle.iter().cycle().take(600) {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                    if s.write_all(&[*b]).is_err() {
                        return;
                    }
                }
                std::thread::sleep(std::time::Duration::from_secs(60));
            });
        }
    });
    (format!("http://{addr}"), arrivals)
}

#[test]
fn ctrl_c_during_a_download_leaves_no_part_file_and_exits_130() {
    let home = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("app.jar");
    let (base, _) = trickling_nhn_server(b"binary", "application/octet-stream");
    let out = out_file.to_string_lossy().to_string();
    let child = spawn(
        &[
            "nhn",
            "download",
            "--endpoint",
            &base,
            "--app-key",
            "app1",
            "--artifact-id",
            "10",
            "--binary-group-key",
            "20",
            "--binary-key",
            "30",
            "--out",
            &out,
        ],
        &NHN_ENV,
        home.path(),
    );
    // Wait until the download has started writing its temporary file.
    let started = std::time::Instant::now();
    while std::fs::read_dir(dir.path()).unwrap().count() == 0 {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "no .part file appeared"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    signal(&child, "INT");
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("interrupted by SIGINT"),
        "{}",
        stderr(&output)
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn sigterm_during_a_deploy_says_its_outcome_is_unknown_and_exits_143() {
    let home = tempfile::tempdir().unwrap();
    // The deploy is answered never: it is on the wire when the signal comes.
    let (base, arrivals) = trickling_nhn_server(b"", "application/json");
    let child = spawn(
        &[
            "nhn",
            "deploy",
            "--endpoint",
            &base,
            "--app-key",
            "app1",
            "--artifact-id",
            "10",
            "--server-group-id",
            "20",
        ],
        &NHN_ENV,
        home.path(),
    );
    arrivals
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the deploy request reaches the server");
    std::thread::sleep(std::time::Duration::from_millis(100));
    signal(&child, "TERM");
    let output = child.wait_with_output().unwrap();
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(143), "{err}");
    assert!(
        err.contains("interrupted by SIGTERM")
            && err.contains("deploy was sent and its outcome is unknown"),
        "{err}"
    );
}

#[test]
fn a_download_to_a_missing_folder_or_onto_a_folder_fails_before_any_request() {
    let server = MockServer::start();
    let anything = server.mock(|_, then| {
        then.status(200);
    });
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/app.jar");
    for target in [
        missing.to_string_lossy().to_string(),
        dir.path().to_string_lossy().to_string(),
    ] {
        let out = run(
            &[
                "nhn",
                "download",
                "--endpoint",
                &server.base_url(),
                "--app-key",
                "app1",
                "--artifact-id",
                "10",
                "--binary-group-key",
                "20",
                "--binary-key",
                "30",
                "--out",
                &target,
            ],
            &NHN_ENV,
        );
        assert_eq!(out.status.code(), Some(2), "{target}: {}", stderr(&out));
    }
    anything.assert_calls(0);
}

#[test]
fn outcomes_have_exit_codes_of_their_own() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(POST).path("/repos/octo/app/deployments");
        then.status(502).body("<html>Bad Gateway</html>");
    });
    // Sent, then a 5xx: the deploy may have happened (4).
    let out = run(
        &[
            "github",
            "create-deployment",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "--body",
            r#"{"ref":"v1"}"#,
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("outcome unknown") && err.contains("create_deployment"),
        "{err}"
    );
    // Nothing could be sent: safe to run again (5); the password in the endpoint is not shown.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let endpoint = format!("http://deployer:PASSW0RD@127.0.0.1:{closed}");
    let out = run(
        &[
            "github",
            "create-deployment",
            "--endpoint",
            &endpoint,
            "--max-retries",
            "0",
            "--owner",
            "octo",
            "--repo",
            "app",
            "--body",
            r#"{"ref":"v1"}"#,
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.to_ascii_lowercase().contains("refused"), "{err}");
    assert!(
        !err.contains("PASSW0RD") && !err.contains("outcome unknown"),
        "{err}"
    );
    // A dot segment never leaves: usage error (2).
    let out = run(
        &[
            "ncloud",
            "deploy-stage",
            "--endpoint",
            &format!("{}/api/v1", server.base_url()),
            "--product-id",
            "p8k2m4q1z0",
            "--api-id",
            "a51hs7d2x9",
            "--stage-id",
            "..",
            "--body",
            r#"{"deploymentNo":1}"#,
        ],
        &[
            ("NCLOUD_ACCESS_KEY", "NCP-AK"),
            ("NCLOUD_SECRET_KEY", "NCP-S3CRET"),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("`stage-id`"), "{}", stderr(&out));
}

#[test]
fn output_is_clean_in_pipes_and_terminals() {
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method(GET).path("/repos/octo/app/deployments/7");
        then.status(404)
            .header("content-type", "application/json")
            .body("{\"message\":\"Not Found \\u001b[2J\\u001b]0;pwned\\u0007\"}");
    });
    let out = run(
        &[
            "github",
            "get-deployment",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "--deployment_id",
            "7",
            "-v",
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}'),
        "escape sequences reached stderr: {err:?}"
    );
    assert!(err.contains("Not Found"), "{err}");
    // The dry-run curl hides a password in the endpoint and runs as printed (-g).
    let out = run(
        &[
            "github",
            "get-deployment",
            "--dry-run",
            "--endpoint",
            "https://deployer:PASSW0RD@ghe.example.com/api/v3",
            "--owner",
            "octo",
            "--repo",
            "app",
            "--deployment_id",
            "7",
        ],
        &[("GH_ENTERPRISE_TOKEN", "ghp_S3CRET")],
    );
    let text = stdout(&out);
    assert!(text.starts_with("curl -g -X GET 'https://"), "{text}");
    assert!(!text.contains("PASSW0RD"), "{text}");
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let server = MockServer::start();
    let one = example(
        "specs/github.yaml",
        "/paths/~1repos~1{owner}~1{repo}~1deployments/post/responses/201/content/application~1json/example",
    );
    let many: Vec<Value> = (1..=500)
        .map(|i| {
            let mut d = one.clone();
            d["id"] = json!(i);
            d
        })
        .collect();
    server.mock(|when, then| {
        when.method(GET).path("/repos/octo/app/deployments");
        then.status(200)
            .header("content-type", "application/json")
            .json_body(Value::Array(many.clone()));
    });
    let home = tempfile::tempdir().unwrap();
    let mut child = spawn(
        &[
            "github",
            "list-deployments",
            "--endpoint",
            &server.base_url(),
            "--owner",
            "octo",
            "--repo",
            "app",
            "-o",
            "json",
        ],
        &[("GH_TOKEN", "ghp_S3CRET")],
        home.path(),
    );
    // `| head -c 0`: the reader goes away before the answer is printed.
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"), "{}", stderr(&output));
}

/// A deploy whose answer was lost is looked up by its marker before the command says the outcome
/// is unknown: found, exit 0 with what the history shows; not found, exit 1 (safe to run again).
#[test]
fn a_lost_answer_is_settled_by_the_marker_before_exiting() {
    // DEPLOYKIT_FIXED_NONCE (see `run`) fixes the marker.
    const MARKER: &str = "[deploykit:7d2d3e0c5f6a4b1e]";
    for recorded in [true, false] {
        let server = MockServer::start();
        let deploy = server.mock(|when, then| {
            when.method(POST)
                .path("/api/v1/products/p8k2m4q1z0/apis/a51hs7d2x9/deploy")
                .json_body(json!({"stageId": "sfh5o3k8w1", "deploymentDescription": format!("v1.4.2 {MARKER}")}));
            then.status(504).json_body(json!({"error": {"errorCode": "510", "message": "Endpoint Timeout"}}));
        });
        let history = server.mock(|when, then| {
            when.method(GET).path(
                "/api/v1/products/p8k2m4q1z0/apis/a51hs7d2x9/stages/sfh5o3k8w1/deployments",
            );
            let mut content = vec![json!({"stageId": "sfh5o3k8w1", "stageDeploymentNo": 7, "deploymentDescription": "older"})];
            if recorded {
                content.insert(0, json!({"stageId": "sfh5o3k8w1", "stageDeploymentNo": 8, "deploymentDescription": format!("v1.4.2 {MARKER}")}));
            }
            then.status(200).json_body(json!({"total": content.len(), "content": content}));
        });
        let out = run(
            &[
                "ncloud",
                "deploy-api",
                "--endpoint",
                &format!("{}/api/v1", server.base_url()),
                "--product-id",
                "p8k2m4q1z0",
                "--api-id",
                "a51hs7d2x9",
                "--body",
                r#"{"stageId":"sfh5o3k8w1","deploymentDescription":"v1.4.2"}"#,
                "-o",
                "json",
            ],
            &[
                ("NCLOUD_ACCESS_KEY", "NCP-AK"),
                ("NCLOUD_SECRET_KEY", "NCP-S3CRET"),
            ],
        );
        deploy.assert_calls(1);
        history.assert_calls(1);
        let err = stderr(&out);
        if recorded {
            assert_eq!(out.status.code(), Some(0), "{err}");
            assert!(err.contains("it took effect"), "{err}");
            let found: Value = serde_json::from_str(&stdout(&out)).unwrap();
            assert_eq!(found["stageDeploymentNo"], 8);
        } else {
            assert_eq!(out.status.code(), Some(1), "{err}");
            assert!(
                err.contains("did not take effect") && err.contains(MARKER),
                "{err}"
            );
        }
    }
}
