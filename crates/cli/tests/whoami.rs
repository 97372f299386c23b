//! `deploykit <provider> whoami`, the global flags a provider does not have, and the
//! missing-credential messages in the command's words — run as a user would, against the
//! emulator started in-process (its NCP metadata API stands for an NCP server's).

use std::process::{Command, Output};

use deploykit_emulator::{alibaba, github, ncloud, nhn};
use serde_json::Value;

mod common;
use common::{BIN, Emu};

/// Every secret the tests hand to the command or the emulator hands out.
const SECRETS: [&str; 6] = [
    ncloud::defaults::SECRET_KEY,
    alibaba::defaults::ACCESS_KEY_SECRET,
    nhn::defaults::SECRET_ACCESS_KEY,
    github::defaults::TOKEN,
    "emu-role-secret",
    "emu-temp-secret",
];

impl Emu {
    /// The command with a clean environment (a temporary home, no metadata service unless
    /// `env` names one) plus `env`, and `--endpoint` at the emulator.
    fn run(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.home.path())
            .env("USERPROFILE", self.home.path())
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .env("NCLOUD_METADATA_API_DISABLED", "true")
            .args(args)
            .args(["--endpoint", self.handle.base_url()]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    fn whoami(&self, provider: &str, extra: &[&str], env: &[(&str, &str)]) -> Value {
        let mut args = vec![provider, "whoami", "-o", "json"];
        args.extend(extra);
        let out = self.run(&args, env);
        let t = text(&out);
        assert_eq!(out.status.code(), Some(0), "{provider}: {t}");
        no_secret(&t);
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {t}"))
    }
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn no_secret(t: &str) {
    for s in SECRETS {
        assert!(!t.contains(s), "{s} shown: {t}");
    }
}

const NCP_KEYS: [(&str, &str); 2] = [
    ("NCLOUD_ACCESS_KEY_ID", ncloud::defaults::ACCESS_KEY),
    ("NCLOUD_SECRET_ACCESS_KEY", ncloud::defaults::SECRET_KEY),
];

#[test]
fn whoami_names_the_source_key_id_region_and_endpoint_of_each_provider() {
    let e = Emu::start();
    let base = e.handle.base_url().to_string();

    let v = e.whoami("ncloud", &[], &NCP_KEYS);
    assert_eq!(
        v["source"],
        "environment (NCLOUD_ACCESS_KEY_ID, NCLOUD_SECRET_ACCESS_KEY)"
    );
    assert_eq!(v["key_id"], ncloud::defaults::ACCESS_KEY);
    assert_eq!(v["expires_at"], Value::Null);
    assert_eq!(v["region"], "public");
    assert_eq!(v["endpoint"], format!("{base}/api/v1"));

    let v = e.whoami(
        "alibaba",
        &["--region", "cn-shanghai"],
        &[
            (
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                alibaba::defaults::ACCESS_KEY_ID,
            ),
            (
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                alibaba::defaults::ACCESS_KEY_SECRET,
            ),
        ],
    );
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .contains("ALIBABA_CLOUD_ACCESS_KEY_ID"),
        "{v}"
    );
    assert_eq!(v["key_id"], alibaba::defaults::ACCESS_KEY_ID);
    assert_eq!(v["region"], "cn-shanghai");
    assert_eq!(v["region_source"], "explicit");

    let v = e.whoami(
        "nhn",
        &[],
        &[
            ("NHN_CLOUD_USER_ACCESS_KEY_ID", nhn::defaults::ACCESS_KEY_ID),
            (
                "NHN_CLOUD_USER_SECRET_ACCESS_KEY",
                nhn::defaults::SECRET_ACCESS_KEY,
            ),
            ("NHN_CLOUD_DEPLOY_APPKEY", "app-1"),
        ],
    );
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .contains("NHN_CLOUD_USER_ACCESS_KEY_ID"),
        "{v}"
    );
    assert_eq!(v["key_id"], nhn::defaults::ACCESS_KEY_ID);
    assert_eq!(v["app_key"], "app-1");
    assert_eq!(v["endpoint"], base);

    let v = e.whoami("github", &[], &[("GH_TOKEN", github::defaults::TOKEN)]);
    assert_eq!(v["source"], "environment (GH_TOKEN)");
    assert_eq!(v["endpoint"], base);

    // A table on request, still without a secret.
    let out = e.run(&["ncloud", "whoami", "-o", "table"], &NCP_KEYS);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("key_id"), "{}", text(&out));
    no_secret(&text(&out));
}

#[test]
fn whoami_on_an_ncp_server_fetches_the_server_role_s_key_and_says_when_it_expires() {
    let e = Emu::start();
    let metadata = e.handle.ncloud_metadata_url();
    let server = [
        ("NCLOUD_METADATA_API_DISABLED", ""),
        ("NCLOUD_METADATA_API_ENDPOINT", metadata.as_str()),
    ];
    let v = e.whoami("ncloud", &[], &server);
    let source = v["source"].as_str().unwrap();
    assert!(
        source.contains(ncloud::defaults::SERVER_ROLE) && source.contains(&metadata),
        "{v}"
    );
    assert!(
        v["key_id"].as_str().unwrap().starts_with("ncp_iam_ROLE"),
        "{v}"
    );
    assert!(v["expires_at"].as_str().unwrap().ends_with('Z'), "{v}");
    assert_eq!(e.handle.ncloud_role_keys_issued(), 1);

    // --dry-run asks nothing and shows no key.
    let v = e.whoami("ncloud", &["--dry-run"], &server);
    assert_eq!(v["key_id"], "(fetched at run time)");
    assert_eq!(e.handle.ncloud_role_keys_issued(), 1);

    // A call signed with the role's key works; its dry run shows a placeholder.
    let list = [
        "ncloud",
        "list-stages",
        "--product-id",
        ncloud::defaults::PRODUCT_ID,
        "--api-id",
        ncloud::defaults::API_ID,
    ];
    let out = e.run(&list, &server);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    no_secret(&text(&out));
    let mut dry = list.to_vec();
    dry.push("--dry-run");
    let out = e.run(&dry, &server);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(0), "{t}");
    assert!(
        t.contains("curl") && t.contains("x-ncp-iam-access-key: ***"),
        "{t}"
    );
    no_secret(&t);
    assert_eq!(e.handle.ncloud_role_keys_issued(), 2);
}

#[test]
fn profile_and_region_are_refused_where_the_provider_has_none() {
    let e = Emu::start();
    for (args, instead) in [
        (vec!["github", "whoami", "--region", "x"], "--hostname"),
        (vec!["github", "whoami", "--profile", "x"], "GH_TOKEN"),
        (
            vec!["nhn", "whoami", "--profile", "x"],
            "NHN_CLOUD_USER_ACCESS_KEY_ID",
        ),
        (
            vec!["nhn", "list-artifacts", "--app-key", "k", "--region", "x"],
            "--oauth-endpoint",
        ),
    ] {
        let out = e.run(&args, &[("GH_TOKEN", github::defaults::TOKEN)]);
        let t = text(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {t}");
        let flag = if args.contains(&"--region") {
            "--region"
        } else {
            "--profile"
        };
        assert!(
            t.contains(&format!("{flag} does not apply to {}", args[0])) && t.contains(instead),
            "{args:?}: {t}"
        );
    }
    // Where they apply, they are used (an unknown NCP region is a usage error of its own).
    let out = e.run(&["ncloud", "whoami", "--region", "gov"], &NCP_KEYS);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = e.run(&["ncloud", "whoami", "--region", "mars"], &NCP_KEYS);
    assert!(text(&out).contains("unknown NCP region"), "{}", text(&out));
}

#[test]
fn missing_credentials_name_flags_variables_and_files_not_library_calls() {
    let e = Emu::start();
    for (provider, needles) in [
        (
            "ncloud",
            vec![
                "NCLOUD_ACCESS_KEY_ID",
                "NCLOUD_SECRET_ACCESS_KEY",
                ".ncloud/configure",
                "ncloud configure",
                "--profile",
                "NCLOUD_METADATA_API_DISABLED=true",
            ],
        ),
        (
            "alibaba",
            vec![
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "config.json",
                "aliyun configure",
                "--profile",
            ],
        ),
        (
            "nhn",
            vec![
                "NHN_CLOUD_USER_ACCESS_KEY_ID",
                "NHN_CLOUD_USER_SECRET_ACCESS_KEY",
                "--app-key",
            ],
        ),
        ("github", vec!["GH_TOKEN", "GITHUB_TOKEN", "--hostname"]),
    ] {
        let out = e.run(&[provider, "whoami"], &[]);
        let t = text(&out);
        assert_eq!(out.status.code(), Some(3), "{provider}: {t}");
        for n in needles {
            assert!(t.contains(n), "{provider}: {n} missing from {t}");
        }
        for library in ["ClientBuilder", "builder()", "in a program"] {
            assert!(!t.contains(library), "{provider}: {library} in {t}");
        }
    }
    // The chosen NCP profile that does not exist: named, with the command's advice.
    let out = e.run(&["ncloud", "whoami", "--profile", "prod"], &[]);
    let t = text(&out);
    assert_eq!(out.status.code(), Some(3), "{t}");
    assert!(t.contains("[prod]") && !t.contains("ClientBuilder"), "{t}");
    // As JSON, the hint is the command's too.
    let out = e.run(&["nhn", "whoami", "--error-format", "json"], &[]);
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    let hint = v["error"]["hint"].as_str().unwrap();
    assert!(
        hint.contains("--app-key") && !hint.contains("ClientBuilder"),
        "{hint}"
    );
}
