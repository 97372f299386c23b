//! The command line as gh and aliyun users expect it, against the emulator started in-process:
//! every operation of every spec through the command, `--paginate` over three pages per provider,
//! `--jq`, output formats, completions, stdin bodies, the provider's spelling of a flag, one
//! meaning of `--endpoint`, errors as JSON.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use deploykit_emulator::{alibaba, github, ncloud, nhn};
use serde_json::Value;

mod common;
use common::{BIN, Emu};

impl Emu {
    /// The command with the emulator's credentials and `--endpoint`, nothing else from the
    /// environment.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("GH_TOKEN", github::defaults::TOKEN)
            .env("NCLOUD_ACCESS_KEY", ncloud::defaults::ACCESS_KEY)
            .env("NCLOUD_SECRET_KEY", ncloud::defaults::SECRET_KEY)
            .env(
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                alibaba::defaults::ACCESS_KEY_ID,
            )
            .env(
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                alibaba::defaults::ACCESS_KEY_SECRET,
            )
            .env("NHN_CLOUD_USER_ACCESS_KEY_ID", nhn::defaults::ACCESS_KEY_ID)
            .env(
                "NHN_CLOUD_USER_SECRET_ACCESS_KEY",
                nhn::defaults::SECRET_ACCESS_KEY,
            )
            .args(args)
            .args(["--endpoint", self.base()]);
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    /// Run, expect exit 0, parse stdout as JSON.
    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(&[args, &["-o", "json"]].concat());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}{}",
            stderr(&out),
            stdout(&out)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", stdout(&out)))
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn id(v: &Value, pointer: &str) -> String {
    match v.pointer(pointer) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        other => panic!("{pointer} in {v}: {other:?}"),
    }
}

/// Every command name of every spec's operations, as the command names them.
fn spec_commands() -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for (provider, file) in [
        ("github", "github.yaml"),
        ("ncloud", "ncloud-apigateway.yaml"),
        ("alibaba", "alibaba-cloudapi.yaml"),
        ("nhn", "nhn-deploy.yaml"),
    ] {
        let text = std::fs::read_to_string(Path::new("../../specs").join(file)).unwrap();
        let doc = deploykit_spec::check(&text).unwrap();
        for op in deploykit_spec::normalize::operations(&doc.value) {
            all.insert(format!("{provider} {}", op.id.replace('_', "-")));
        }
    }
    all
}

#[test]
fn every_operation_of_every_spec_runs_through_the_command() {
    let e = Emu::start();
    let mut ran = BTreeSet::new();
    let mut json = |args: &[&str]| {
        ran.insert(format!("{} {}", args[0], args[1]));
        e.json(args)
    };
    let repo: &[&str] = &["--owner", "o", "--repo", "r"];
    let gh = |op: &'static str, rest: &[&str]| -> Vec<String> {
        let mut v = vec!["github".to_string(), op.to_string()];
        v.extend(repo.iter().map(|s| s.to_string()));
        v.extend(rest.iter().map(|s| s.to_string()));
        v
    };

    // GitHub: a deployment and its statuses, an environment and its rules.
    let d = json(&strs(&gh(
        "create-deployment",
        &["--body", r#"{"ref": "main"}"#],
    )));
    let d = id(&d, "/id");
    json(&strs(&gh("list-deployments", &[])));
    json(&strs(&gh("get-deployment", &["--deployment-id", &d])));
    let st = json(&strs(&gh(
        "create-deployment-status",
        &["--deployment-id", &d, "--body", r#"{"state": "inactive"}"#],
    )));
    let st = id(&st, "/id");
    json(&strs(&gh(
        "list-deployment-statuses",
        &["--deployment-id", &d],
    )));
    json(&strs(&gh(
        "get-deployment-status",
        &["--deployment-id", &d, "--status-id", &st],
    )));
    json(&strs(&gh("delete-deployment", &["--deployment-id", &d])));
    let env = ["--environment-name", "prod"];
    json(&strs(&gh(
        "create-or-update-environment",
        &[
            env[0],
            env[1],
            "--body",
            r#"{"deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}"#,
        ],
    )));
    json(&strs(&gh("list-environments", &[])));
    json(&strs(&gh("get-environment", &env)));
    let p = json(&strs(&gh(
        "create-deployment-branch-policy",
        &[env[0], env[1], "--body", r#"{"name": "main"}"#],
    )));
    let p = id(&p, "/id");
    json(&strs(&gh("list-deployment-branch-policies", &env)));
    json(&strs(&gh(
        "get-deployment-branch-policy",
        &[env[0], env[1], "--branch-policy-id", &p],
    )));
    json(&strs(&gh(
        "update-deployment-branch-policy",
        &[
            env[0],
            env[1],
            "--branch-policy-id",
            &p,
            "--body",
            r#"{"name": "release"}"#,
        ],
    )));
    json(&strs(&gh(
        "delete-deployment-branch-policy",
        &[env[0], env[1], "--branch-policy-id", &p],
    )));
    json(&strs(&gh("list-deployment-rule-integrations", &env)));
    let integration = github::defaults::INTEGRATION_IDS[0].to_string();
    let r = json(&strs(&gh(
        "create-deployment-protection-rule",
        &[
            env[0],
            env[1],
            "--body",
            &format!(r#"{{"integration_id": {integration}}}"#),
        ],
    )));
    let r = id(&r, "/id");
    json(&strs(&gh("list-deployment-protection-rules", &env)));
    json(&strs(&gh(
        "get-deployment-protection-rule",
        &[env[0], env[1], "--protection-rule-id", &r],
    )));
    json(&strs(&gh(
        "disable-deployment-protection-rule",
        &[env[0], env[1], "--protection-rule-id", &r],
    )));
    json(&strs(&gh("delete-environment", &env)));

    // NAVER Cloud: `--endpoint` is the bare emulator origin; the command adds `/api/v1`.
    let api = [
        "--product-id",
        ncloud::defaults::PRODUCT_ID,
        "--api-id",
        ncloud::defaults::API_ID,
    ];
    let stage = ncloud::defaults::STAGES[0].0;
    let ncp = |op: &'static str, rest: &[&str]| -> Vec<String> {
        let mut v = vec!["ncloud".to_string(), op.to_string()];
        v.extend(api.iter().map(|s| s.to_string()));
        v.extend(rest.iter().map(|s| s.to_string()));
        v
    };
    json(&strs(&ncp(
        "deploy-api",
        &["--body", &format!(r#"{{"stageId": "{stage}"}}"#)],
    )));
    json(&strs(&ncp("list-stages", &[])));
    let got = json(&strs(&ncp("get-stage", &["--stage-id", stage])));
    let no = id(&got, "/stage/deployedStageDeploymentNo");
    let listed = json(&strs(&ncp(
        "list-stage-deployments",
        &["--stage-id", stage],
    )));
    let older = id(&listed, "/content/1/stageDeploymentNo");
    json(&strs(&ncp(
        "get-stage-deployment",
        &["--stage-id", stage, "--deployment-no", &no],
    )));
    json(&strs(&ncp(
        "deploy-stage",
        &[
            "--stage-id",
            stage,
            "--body",
            &format!(r#"{{"deploymentNo": {older}}}"#),
        ],
    )));
    json(&strs(&ncp(
        "delete-stage-deployment",
        &["--stage-id", stage, "--deployment-no", &no],
    )));

    // Alibaba: flags in kebab-case; the release history feeds the switch.
    let api1 = alibaba::defaults::APIS[0].0;
    let api2 = alibaba::defaults::APIS[1].0;
    let group = alibaba::defaults::GROUP_ID;
    for note in ["a", "b"] {
        json(&[
            "alibaba",
            "deploy-api",
            "--api-id",
            api1,
            "--stage-name",
            "TEST",
            "--description",
            note,
        ]);
    }
    json(&["alibaba", "describe-deployed-apis"]);
    json(&[
        "alibaba",
        "describe-deployed-api",
        "--api-id",
        api1,
        "--stage-name",
        "TEST",
    ]);
    let h = json(&["alibaba", "describe-history-apis", "--group-id", group]);
    let v = id(&h, "/ApiHisItems/ApiHisItem/1/HistoryVersion");
    json(&[
        "alibaba",
        "describe-api-history",
        "--api-id",
        api1,
        "--stage-name",
        "TEST",
        "--history-version",
        &v,
    ]);
    json(&[
        "alibaba",
        "switch-api",
        "--api-id",
        api1,
        "--stage-name",
        "TEST",
        "--history-version",
        &v,
        "--description",
        "back",
    ]);
    json(&[
        "alibaba",
        "abolish-api",
        "--api-id",
        api1,
        "--stage-name",
        "TEST",
    ]);
    let batch = format!(r#"[{{"ApiUid": "{api2}", "GroupId": "{group}"}}]"#);
    let op = json(&[
        "alibaba",
        "batch-deploy-apis",
        "--api",
        &batch,
        "--stage-name",
        "TEST",
        "--description",
        "b",
    ]);
    json(&[
        "alibaba",
        "describe-deploy-api-task",
        "--operation-uid",
        &id(&op, "/OperationId"),
    ]);
    let abolish = format!(r#"[{{"ApiUid": "{api2}", "GroupId": "{group}", "StageName": "TEST"}}]"#);
    let op = json(&["alibaba", "batch-abolish-apis", "--api", &abolish]);
    json(&[
        "alibaba",
        "describe-abolish-api-task",
        "--operation-uid",
        &id(&op, "/OperationId"),
    ]);

    // NHN: the app key from its variable, answers without the envelope; token issuance needs
    // no app key at all.
    let token = json(&[
        "nhn",
        "create-token",
        "--body",
        "grant_type=client_credentials",
    ]);
    assert!(token["access_token"].is_string(), "{token}");
    let artifact = nhn::defaults::ARTIFACT_ID.to_string();
    let group_key = nhn::defaults::BINARY_GROUP_KEY.to_string();
    let with_app = |args: &[&str]| -> Value {
        let mut cmd = e.command(&[args, &["-o", "json"]].concat());
        let out = cmd
            .env("NHN_CLOUD_DEPLOY_APPKEY", nhn::defaults::APP_KEY)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let mut nhn_names = Vec::new();
    let mut nhn_ran = |args: &[&str]| {
        nhn_names.push(format!("{} {}", args[0], args[1]));
        with_app(args)
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.bin");
    std::fs::write(&file, b"binary").unwrap();
    let up = nhn_ran(&[
        "nhn",
        "upload",
        file.to_str().unwrap(),
        "--artifact-id",
        &artifact,
        "--binary-group-key",
        &group_key,
        "--application-type",
        "server",
    ]);
    let binary_key = id(&up, "/binaryKey");
    let out = dir.path().join("back.bin");
    nhn_ran(&[
        "nhn",
        "download",
        "--artifact-id",
        &artifact,
        "--binary-group-key",
        &group_key,
        "--binary-key",
        &binary_key,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), b"binary");
    nhn_ran(&[
        "nhn",
        "deploy",
        "--artifact-id",
        &artifact,
        "--server-group-id",
        &nhn::defaults::SERVER_GROUP_ID.to_string(),
    ]);
    let artifacts = nhn_ran(&["nhn", "list-artifacts"]);
    assert!(
        artifacts.get("header").is_none(),
        "the payload, not the envelope: {artifacts}"
    );
    nhn_ran(&["nhn", "list-server-groups", "--artifact-id", &artifact]);
    nhn_ran(&["nhn", "list-binary-groups", "--artifact-id", &artifact]);
    nhn_ran(&["nhn", "list-deploy-histories", "--artifact-id", &artifact]);
    nhn_ran(&[
        "nhn",
        "list-binaries",
        "--artifact-id",
        &artifact,
        "--binary-group-key",
        &group_key,
    ]);

    ran.extend(nhn_names);
    // The upload and download operations run through their workflows.
    ran.insert("nhn upload-binary".into());
    ran.insert("nhn download-binary".into());
    let missing: Vec<String> = spec_commands().difference(&ran).cloned().collect();
    assert!(
        missing.is_empty(),
        "not run through the command: {missing:?}"
    );
}

/// Items of `--paginate` as a JSON array; the pages fetched, from `-v`'s trace.
fn paginate(e: &Emu, args: &[&str]) -> (Vec<Value>, String) {
    let mut cmd = e.command(&[args, &["--paginate", "-o", "json", "-v"]].concat());
    let out = cmd
        .env("NHN_CLOUD_DEPLOY_APPKEY", nhn::defaults::APP_KEY)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    let items: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)));
    (items.as_array().unwrap().clone(), stderr(&out))
}

fn pages_in(trace: &str) -> u64 {
    let at = trace.find("pages=").expect(trace);
    trace[at + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[test]
fn paginate_walks_three_pages_of_each_provider() {
    let e = Emu::start();
    // Five of each, listed two per page: three pages.
    let stage = ncloud::defaults::STAGES[1].0;
    let api1 = alibaba::defaults::APIS[0].0;
    let artifact = nhn::defaults::ARTIFACT_ID.to_string();
    let server_group = nhn::defaults::SERVER_GROUP_ID.to_string();
    for i in 0..5 {
        e.json(&[
            "github",
            "create-deployment",
            "--owner",
            "o",
            "--repo",
            "pages",
            "--body",
            &format!(r#"{{"ref": "v{i}"}}"#),
        ]);
        e.json(&[
            "alibaba",
            "deploy-api",
            "--api-id",
            api1,
            "--stage-name",
            "PRE",
            "--description",
            &format!("release {i}"),
        ]);
        let out = e
            .command(&[
                "nhn",
                "deploy",
                "--artifact-id",
                &artifact,
                "--server-group-id",
                &server_group,
            ])
            .env("NHN_CLOUD_DEPLOY_APPKEY", nhn::defaults::APP_KEY)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let ncp_total = e.json(&[
        "ncloud",
        "list-stage-deployments",
        "--product-id",
        ncloud::defaults::PRODUCT_ID,
        "--api-id",
        ncloud::defaults::API_ID,
        "--stage-id",
        stage,
    ])["total"]
        .as_u64()
        .unwrap();
    for _ in ncp_total..5 {
        e.json(&[
            "ncloud",
            "deploy-api",
            "--product-id",
            ncloud::defaults::PRODUCT_ID,
            "--api-id",
            ncloud::defaults::API_ID,
            "--body",
            &format!(r#"{{"stageId": "{stage}"}}"#),
        ]);
    }

    // GitHub: page numbers told by the Link header.
    let (items, trace) = paginate(
        &e,
        &[
            "github",
            "list-deployments",
            "--owner",
            "o",
            "--repo",
            "pages",
            "--per-page",
            "2",
        ],
    );
    let refs: Vec<&str> = items.iter().map(|d| d["ref"].as_str().unwrap()).collect();
    assert_eq!(refs.len(), 5, "{refs:?}");
    assert_eq!(
        refs.iter().collect::<BTreeSet<_>>().len(),
        5,
        "no item twice: {refs:?}"
    );
    assert_eq!(pages_in(&trace), 3, "{trace}");

    // NAVER Cloud: offset and limit, until `total`.
    let (items, trace) = paginate(
        &e,
        &[
            "ncloud",
            "list-stage-deployments",
            "--product-id",
            ncloud::defaults::PRODUCT_ID,
            "--api-id",
            ncloud::defaults::API_ID,
            "--stage-id",
            stage,
            "--limit",
            "2",
        ],
    );
    let total = items.len() as u64;
    assert!(total >= 5, "{items:?}");
    assert_eq!(pages_in(&trace), total.div_ceil(2), "{trace}");
    let nos: BTreeSet<String> = items
        .iter()
        .map(|d| d["stageDeploymentNo"].to_string())
        .collect();
    assert_eq!(nos.len() as u64, total);

    // Alibaba: PageNumber and PageSize, until TotalCount.
    let (items, trace) = paginate(
        &e,
        &[
            "alibaba",
            "describe-history-apis",
            "--group-id",
            alibaba::defaults::GROUP_ID,
            "--api-id",
            api1,
            "--stage-name",
            "PRE",
            "--page-size",
            "2",
        ],
    );
    assert_eq!(items.len(), 5, "{items:?}");
    assert_eq!(pages_in(&trace), 3, "{trace}");

    // NHN: pageNum and pageSize inside the envelope's body, until totalCount.
    let (items, trace) = paginate(
        &e,
        &[
            "nhn",
            "list-deploy-histories",
            "--artifact-id",
            &artifact,
            "--page-size",
            "2",
        ],
    );
    assert!(items.len() >= 5, "{items:?}");
    assert_eq!(
        pages_in(&trace),
        (items.len() as u64).div_ceil(2),
        "{trace}"
    );

    // --max-items stops early; NDJSON prints one item per line.
    let out = e.run(&[
        "github",
        "list-deployments",
        "--owner",
        "o",
        "--repo",
        "pages",
        "--per-page",
        "2",
        "--paginate",
        "--max-items",
        "3",
        "-o",
        "ndjson",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{}", stdout(&out));
}

#[test]
fn jq_filters_a_list_and_bad_filters_fail_before_any_request() {
    let e = Emu::start();
    for r in ["main", "release"] {
        e.json(&[
            "github",
            "create-deployment",
            "--owner",
            "o",
            "--repo",
            "jq",
            "--body",
            &format!(r#"{{"ref": "{r}", "environment": "prod"}}"#),
        ]);
    }
    let out = e.run(&[
        "github",
        "list-deployments",
        "--owner",
        "o",
        "--repo",
        "jq",
        "--jq",
        r#"map(select(.ref == "release")) | .[].ref"#,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "release\n", "strings print raw");
    let out = e.run(&[
        "github",
        "list-deployments",
        "--owner",
        "o",
        "--repo",
        "jq",
        "--paginate",
        "--jq",
        "length",
    ]);
    assert_eq!(stdout(&out).trim(), "2", "{}", stderr(&out));
    // A filter that does not parse: exit 2, no request (the endpoint is a closed port).
    let out = Command::new(BIN)
        .env_clear()
        .env("GH_TOKEN", "ghp_x")
        .args([
            "github",
            "list-deployments",
            "--owner",
            "o",
            "--repo",
            "r",
            "--endpoint",
            "http://127.0.0.1:9",
            "--jq",
            ".[] |",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--jq"), "{}", stderr(&out));
}

#[test]
fn output_formats_yaml_and_table() {
    let e = Emu::start();
    let api = [
        "ncloud",
        "list-stages",
        "--product-id",
        ncloud::defaults::PRODUCT_ID,
        "--api-id",
        ncloud::defaults::API_ID,
    ];
    let out = e.run(&[&api[..], &["-o", "yaml"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("stageId: {}", ncloud::defaults::STAGES[0].0)),
        "{}",
        stdout(&out)
    );
    let out = e.run(&[&api[..], &["-o", "table"]].concat());
    let table = stdout(&out);
    assert!(table.lines().next().unwrap().contains("stageId"), "{table}");
    assert!(!table.contains('{'), "no raw JSON documents: {table}");
}

#[test]
fn completion_script_for_bash_and_man_page() {
    let out = Command::new(BIN)
        .args(["completion", "bash"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let script = stdout(&out);
    assert!(
        script.contains("complete -F") && script.contains("deploykit"),
        "{script}"
    );
    assert!(script.contains("list-deployments") && script.contains("--per-page"));
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["man", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = std::fs::read_to_string(dir.path().join("deploykit.1")).unwrap();
    assert!(page.contains(".TH deploykit"), "{page}");
    assert!(
        dir.path()
            .join("deploykit-github-list-deployments.1")
            .exists()
    );
}

#[test]
fn body_from_stdin_or_at_file_and_the_providers_spelling_still_works() {
    let e = Emu::start();
    let mut child = e
        .command(&[
            "github",
            "create-deployment",
            "--owner",
            "o",
            "--repo",
            "stdin",
            "--body-file",
            "-",
            "-o",
            "json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"ref": "from-stdin"}"#)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ref"], "from-stdin");

    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    std::fs::write(&body, r#"{"ref": "from-file"}"#).unwrap();
    let v = e.json(&[
        "github",
        "create-deployment",
        "--owner",
        "o",
        "--repo",
        "stdin",
        "--body",
        &format!("@{}", body.display()),
    ]);
    assert_eq!(v["ref"], "from-file");

    // aliyun's spelling of a parameter, and GitHub's snake_case, are aliases of the kebab flag.
    e.json(&[
        "alibaba",
        "deploy-api",
        "--ApiId",
        alibaba::defaults::APIS[0].0,
        "--StageName",
        "RELEASE",
        "--Description",
        "aliyun spelling",
    ]);
    let v = e.json(&[
        "alibaba",
        "describe-deployed-api",
        "--ApiId",
        alibaba::defaults::APIS[0].0,
        "--StageName",
        "RELEASE",
    ]);
    assert_eq!(v["ApiId"], alibaba::defaults::APIS[0].0, "{v}");
    let v = e.json(&[
        "github",
        "list-deployments",
        "--owner",
        "o",
        "--repo",
        "stdin",
        "--per_page",
        "1",
    ]);
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn errors_as_json_for_pipelines() {
    let e = Emu::start();
    let out = e.run(&[
        "github",
        "get-deployment",
        "--owner",
        "o",
        "--repo",
        "r",
        "--deployment-id",
        "987654",
        "--error-format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err: Value = serde_json::from_str(stderr(&out).trim()).unwrap();
    let err = &err["error"];
    assert_eq!(err["status"], 404);
    assert_eq!(err["kind"], "provider error");
    assert_eq!(err["outcome"], "refused");
    assert_eq!(err["provider"], "github");
    assert_eq!(err["operation"], "get_deployment");
    assert_eq!(err["exit_code"], 1);
    assert!(err["request_id"].is_string(), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn nhn_tokens_never_go_to_a_non_loopback_endpoint() {
    // A proxy named by --endpoint relays Deploy calls; the Secret Access Key still goes to NHN's
    // OAuth host (here refused as a connection error to a closed port named by
    // --oauth-endpoint, so nothing leaves the machine).
    let out = Command::new(BIN)
        .env_clear()
        .env("NHN_CLOUD_USER_ACCESS_KEY_ID", "id")
        .env("NHN_CLOUD_USER_SECRET_ACCESS_KEY", "NHN-S3CRET")
        .args([
            "nhn",
            "list-artifacts",
            "--app-key",
            "k",
            "--endpoint",
            "http://127.0.0.1:9",
            "--oauth-endpoint",
            "http://127.0.0.1:1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("127.0.0.1:1"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("NHN-S3CRET"));
}

#[test]
fn github_tokens_are_bound_to_their_host() {
    let dry = |env: &[(&str, &str)], extra: &[&str]| {
        let mut cmd = Command::new(BIN);
        cmd.env_clear().args(
            [
                &[
                    "github",
                    "list-deployments",
                    "--owner",
                    "o",
                    "--repo",
                    "r",
                    "--dry-run",
                ][..],
                extra,
            ]
            .concat(),
        );
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    // An Enterprise Server by --hostname (or GH_HOST) takes GH_ENTERPRISE_TOKEN…
    for (env, extra) in [
        (
            vec![("GH_ENTERPRISE_TOKEN", "ghe-S3CRET")],
            vec!["--hostname", "ghe.corp.example"],
        ),
        (
            vec![
                ("GH_ENTERPRISE_TOKEN", "ghe-S3CRET"),
                ("GH_HOST", "ghe.corp.example"),
            ],
            vec![],
        ),
    ] {
        let out = dry(&env, &extra);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            stdout(&out).contains("'https://ghe.corp.example/api/v3/repos/o/r/deployments'"),
            "{}",
            stdout(&out)
        );
        assert!(!stdout(&out).contains("S3CRET"));
    }
    // …and never a github.com token: exit 3 naming the variable to set, nothing printed.
    let out = dry(
        &[("GH_TOKEN", "ghp_S3CRET")],
        &["--hostname", "ghe.corp.example"],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("GH_ENTERPRISE_TOKEN"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("ghp_S3CRET") && stdout(&out).is_empty());
    // A GHE.com tenant takes the github.com token.
    let out = dry(
        &[("GH_TOKEN", "ghp_S3CRET")],
        &["--hostname", "octo.ghe.com"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("'https://api.octo.ghe.com/repos/o/r/deployments'"));
}
