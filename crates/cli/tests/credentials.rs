//! Where the command finds credentials and regions: the providers' own files and variables, as a
//! new user would set them up (run with a clean environment and a temporary home).

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_deploykit");

fn run(args: &[&str], env: &[(&str, &str)], home: &Path) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("USERPROFILE", home)
        .env("DEPLOYKIT_FIXED_TIME", "1700000000")
        .env("DEPLOYKIT_FIXED_NONCE", "7d2d3e0c5f6a4b1e9c8d7f6a5b4c3d2e")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn aliyun_profile(home: &Path, region: &str) {
    let dir = home.join(".aliyun");
    std::fs::create_dir_all(&dir).unwrap();
    let config = serde_json::json!({
        "current": "default",
        "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "ALI-AK", "access_key_secret": "ALI-S3CRET", "region_id": region},
            {"name": "other", "mode": "AK", "access_key_id": "ALI-AK2", "access_key_secret": "ALI-S3CRET2", "region_id": "ap-southeast-1"}
        ]
    });
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
}

const DEPLOY: [&str; 8] = [
    "alibaba",
    "deploy-api",
    "--ApiId",
    "x1",
    "--StageName",
    "TEST",
    "--Description",
    "d",
];

#[test]
fn a_cn_shanghai_profile_sends_the_dry_run_to_the_cn_shanghai_endpoint() {
    let home = tempfile::tempdir().unwrap();
    aliyun_profile(home.path(), "cn-shanghai");
    let mut args = DEPLOY.to_vec();
    args.push("--dry-run");
    let out = run(&args, &[], home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("apigateway.cn-shanghai.aliyuncs.com"), "{t}");
    assert!(!t.contains("cn-hangzhou"), "{t}");
    assert!(!t.contains("ALI-S3CRET"), "{t}");

    // ALIBABA_CLOUD_REGION_ID beats the profile, --region beats both, --profile picks another.
    let out = run(
        &args,
        &[("ALIBABA_CLOUD_REGION_ID", "eu-central-1")],
        home.path(),
    );
    assert!(text(&out).contains("apigateway.eu-central-1.aliyuncs.com"));
    let mut with_region = args.clone();
    with_region.extend(["--region", "cn-beijing"]);
    let out = run(
        &with_region,
        &[("ALIBABA_CLOUD_REGION_ID", "eu-central-1")],
        home.path(),
    );
    assert!(text(&out).contains("apigateway.cn-beijing.aliyuncs.com"));
    let mut with_profile = args.clone();
    with_profile.extend(["--profile", "other"]);
    let out = run(&with_profile, &[], home.path());
    let t = text(&out);
    assert!(t.contains("apigateway.ap-southeast-1.aliyuncs.com"), "{t}");
}

#[test]
fn an_oidc_role_in_ci_dry_runs_without_fetching_and_without_showing_the_token() {
    let home = tempfile::tempdir().unwrap();
    let token = home.path().join("oidc");
    std::fs::write(&token, "OIDC-S3CRET-TOKEN").unwrap();
    let mut args = DEPLOY.to_vec();
    args.push("--dry-run");
    let out = run(
        &args,
        &[
            ("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/ci"),
            (
                "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
                "acs:ram::1:oidc-provider/gh",
            ),
            ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.to_str().unwrap()),
            // Nothing listens here: a dry run must not ask STS.
            ("ALIBABA_CLOUD_STS_ENDPOINT", "http://127.0.0.1:9"),
        ],
        home.path(),
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(!t.contains("OIDC-S3CRET-TOKEN"), "{t}");
}

#[test]
fn an_unreadable_profile_mode_is_named_with_exit_3() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(".aliyun");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.json"),
        r#"{"current":"sso","profiles":[{"name":"sso","mode":"CloudSSO"}]}"#,
    )
    .unwrap();
    let mut args = DEPLOY.to_vec();
    args.push("--dry-run");
    let out = run(&args, &[], home.path());
    let t = text(&out);
    assert_eq!(out.status.code(), Some(3), "{t}");
    assert!(t.contains("CloudSSO") && t.contains("--profile"), "{t}");
}

const LIST_STAGES: [&str; 7] = [
    "ncloud",
    "list-stages",
    "--product-id",
    "p",
    "--api-id",
    "a",
    "--dry-run",
];

fn ncloud_configure(home: &Path, text: &str) {
    let dir = home.join(".ncloud");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("configure"), text).unwrap();
}

#[test]
fn an_ncloud_configure_file_without_a_section_header_dry_runs() {
    let home = tempfile::tempdir().unwrap();
    ncloud_configure(
        home.path(),
        "ncloud_access_key_id = NCP-AK\nncloud_secret_access_key = NCP-S3CRET\nncloud_api_url = https://ncloud.apigw.ntruss.com\n",
    );
    let out = run(&LIST_STAGES, &[], home.path());
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(t.contains("curl"), "{t}");
    assert!(
        t.contains("https://apigateway.apigw.ntruss.com/api/v1/products/p/apis/a/stages"),
        "{t}"
    );
    assert!(!t.contains("NCP-S3CRET"), "{t}");
}

#[test]
fn an_ncloud_profile_api_url_and_a_lower_case_default_section_are_honoured() {
    let home = tempfile::tempdir().unwrap();
    ncloud_configure(
        home.path(),
        "[default]\nncloud_access_key_id = NCP-AK\nncloud_secret_access_key = NCP-S3CRET\nncloud_api_url = http://127.0.0.1:9\n\n\
         [prod]\nncloud_access_key_id = NCP-AK2\nncloud_secret_access_key = NCP-S3CRET2\n",
    );
    let out = run(&LIST_STAGES, &[], home.path());
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("http://127.0.0.1:9/api/v1/products/p/apis/a/stages"),
        "{t}"
    );
    // --endpoint beats the file's API URL.
    let mut args = LIST_STAGES.to_vec();
    args.extend(["--endpoint", "http://127.0.0.1:7"]);
    let t = text(&run(&args, &[], home.path()));
    assert!(
        t.contains("http://127.0.0.1:7/api/v1/products/p/apis/a/stages"),
        "{t}"
    );
    // --profile picks another profile (which has no API URL: the public host).
    let mut args = LIST_STAGES.to_vec();
    args.extend(["--profile", "prod"]);
    let out = run(&args, &[], home.path());
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("https://apigateway.apigw.ntruss.com/api/v1"),
        "{t}"
    );
    assert!(!t.contains("NCP-S3CRET"), "{t}");
}

#[test]
fn missing_ncloud_keys_exit_3_and_say_what_to_set() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        &LIST_STAGES,
        &[("NCLOUD_METADATA_API_DISABLED", "true")],
        home.path(),
    );
    let t = text(&out);
    assert_eq!(out.status.code(), Some(3), "{t}");
    for needle in [
        "NCLOUD_ACCESS_KEY_ID",
        "NCLOUD_SECRET_ACCESS_KEY",
        "NCLOUD_ACCESS_KEY ",
        "NCLOUD_SECRET_KEY",
        ".ncloud/configure",
        "--profile",
        "ncloud configure",
        "the server role: not asked (NCLOUD_METADATA_API_DISABLED=true)",
    ] {
        assert!(t.contains(needle), "{needle} missing: {t}");
    }
    assert!(!t.contains("ClientBuilder"), "{t}");
}

#[test]
fn without_keys_a_dry_run_signs_for_the_server_role_with_a_placeholder() {
    // The metadata API is not asked by a dry run: nothing leaves this machine.
    let home = tempfile::tempdir().unwrap();
    let out = run(&LIST_STAGES, &[], home.path());
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("curl") && t.contains("x-ncp-iam-access-key: ***"),
        "{t}"
    );
}

#[test]
fn the_ncp_site_comes_from_the_environment_unless_region_is_given() {
    let home = tempfile::tempdir().unwrap();
    let keys = [
        ("NCLOUD_ACCESS_KEY", "NCP-AK"),
        ("NCLOUD_SECRET_KEY", "NCP-S3CRET"),
    ];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut v = keys.to_vec();
        v.extend_from_slice(extra);
        v
    };
    let t = text(&run(
        &LIST_STAGES,
        &with(&[("NCLOUD_SITE", "gov")]),
        home.path(),
    ));
    assert!(
        t.contains("https://apigateway.apigw.gov-ntruss.com/api/v1"),
        "{t}"
    );
    let t = text(&run(
        &LIST_STAGES,
        &with(&[("NCLOUD_REGION", "fin")]),
        home.path(),
    ));
    assert!(
        t.contains("https://apigateway.apigw.fin-ntruss.com/api/v1"),
        "{t}"
    );
    // A Terraform region code does not choose a site.
    let t = text(&run(
        &LIST_STAGES,
        &with(&[("NCLOUD_REGION", "KR")]),
        home.path(),
    ));
    assert!(
        t.contains("https://apigateway.apigw.ntruss.com/api/v1"),
        "{t}"
    );
    let mut args = LIST_STAGES.to_vec();
    args.extend(["--region", "public"]);
    let t = text(&run(&args, &with(&[("NCLOUD_SITE", "gov")]), home.path()));
    assert!(
        t.contains("https://apigateway.apigw.ntruss.com/api/v1"),
        "{t}"
    );
    assert!(!t.contains("NCP-S3CRET"), "{t}");
}
