//! GitHub credentials through the command: GitHub App flags and variables against the emulator,
//! gh's stored login (a fake `gh` on the PATH, a `hosts.yml`), `GH_REPO`/`GITHUB_REPOSITORY` as
//! the default repository, and no secret in `--dry-run` output or errors. Each run has a clean
//! environment and a temporary home.

use std::path::Path;
use std::process::{Command, Output};

use deploykit_emulator::github;

mod common;
use common::{BIN, Emu};

/// Run with only `env` (plus an empty home and, unless `env` names one, an empty PATH).
fn run(args: &[&str], env: &[(&str, &str)], home: &Path) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("PATH", "")
        .env("HOME", home)
        .env("USERPROFILE", home)
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn key_file(dir: &Path) -> String {
    let path = dir.join("app.pem");
    std::fs::write(&path, github::defaults::APP_PRIVATE_KEY).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn app_flags_and_gh_repo_run_a_command_with_an_installation_token() {
    let e = Emu::start();
    let home = tempfile::tempdir().unwrap();
    let key = key_file(home.path());
    let app_id = github::defaults::APP_ID.to_string();
    // Flags for the app; the repository from GH_REPO; the installation looked up from it.
    let o = run(
        &[
            "github",
            "list-deployments",
            "--app-id",
            &app_id,
            "--app-key-file",
            &key,
            "--endpoint",
            e.handle.base_url(),
            "-o",
            "json",
        ],
        &[("GH_REPO", "octo/shop")],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out(&o)).unwrap(),
        serde_json::json!([])
    );

    // The deploy workflow inside Actions: the app from variables, the repository from
    // GITHUB_REPOSITORY, the installation from --installation-id.
    let o = run(
        &[
            "github",
            "deploy",
            "--ref",
            "v1",
            "--installation-id",
            &github::defaults::INSTALLATION_ID.to_string(),
            "--endpoint",
            e.handle.base_url(),
            "-o",
            "json",
        ],
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_REPOSITORY", "octo/shop"),
            ("GITHUB_APP_ID", &app_id),
            ("GITHUB_APP_PRIVATE_KEY", github::defaults::APP_PRIVATE_KEY),
        ],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert_eq!(v["state"], "queued");
    assert!(
        v["deployment"]["url"]
            .as_str()
            .unwrap()
            .contains("/repos/octo/shop/deployments/")
    );

    // A key the emulator does not know: exit 3, GitHub's message, no secret.
    std::fs::write(
        home.path().join("app.pem"),
        include_str!("../../../tests/data/github-app-test-key.pem"),
    )
    .unwrap();
    let o = run(
        &[
            "github",
            "list-deployments",
            "--owner",
            "octo",
            "--repo",
            "shop",
            "--app-id",
            &app_id,
            "--app-key-file",
            &key,
            "--endpoint",
            e.handle.base_url(),
        ],
        &[],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    assert!(err(&o).contains("JSON web token"), "{}", err(&o));
    assert!(
        !err(&o).contains("PRIVATE KEY") && !err(&o).contains("eyJ"),
        "{}",
        err(&o)
    );
}

#[test]
fn dry_run_shows_no_key_jwt_or_token() {
    let home = tempfile::tempdir().unwrap();
    let key = key_file(home.path());
    let o = run(
        &[
            "github",
            "create-deployment",
            "--owner",
            "octo",
            "--repo",
            "shop",
            "--body",
            r#"{"ref":"v1"}"#,
            "--app-id",
            "424242",
            "--app-key-file",
            &key,
            "--installation-id",
            "31337",
            "--dry-run",
            "-vv",
        ],
        &[],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let all = format!("{}{}", out(&o), err(&o));
    assert!(out(&o).contains("'authorization: ***'"), "{all}");
    for secret in ["PRIVATE KEY", "eyJ", "ghs_", "fetched at run time"] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
    // A token from gh's hosts.yml does not show either.
    let cfg = home.path().join("gh");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::write(
        cfg.join("hosts.yml"),
        "github.com:\n    oauth_token: gho_STORED_S3CRET\n",
    )
    .unwrap();
    let o = run(
        &[
            "github",
            "list-deployments",
            "--owner",
            "o",
            "--repo",
            "r",
            "--dry-run",
            "-vv",
        ],
        &[("GH_CONFIG_DIR", cfg.to_str().unwrap())],
        home.path(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(!format!("{}{}", out(&o), err(&o)).contains("S3CRET"));
}

#[cfg(unix)]
#[test]
fn gh_stored_login_is_used_and_a_missing_token_names_every_place() {
    use std::os::unix::fs::PermissionsExt;
    let e = Emu::start();
    let home = tempfile::tempdir().unwrap();
    let bin = home.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let host = e
        .handle
        .base_url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let gh = bin.join("gh");
    std::fs::write(
        &gh,
        format!(
            "#!/bin/sh\n[ \"$1 $2 $3 $4\" = \"auth token --hostname {host}\" ] || exit 1\necho {}\n",
            github::defaults::TOKEN
        ),
    )
    .unwrap();
    std::fs::set_permissions(&gh, std::fs::Permissions::from_mode(0o755)).unwrap();
    let args = [
        "github",
        "list-deployments",
        "--owner",
        "o",
        "--repo",
        "r",
        "--endpoint",
        e.handle.base_url(),
    ];
    let o = run(&args, &[("PATH", bin.to_str().unwrap())], home.path());
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));

    // No gh, no file, no variable: exit 3, and the message names every place looked at.
    let o = run(&args, &[], home.path());
    assert_eq!(o.status.code(), Some(3), "{}", err(&o));
    let text = err(&o);
    for place in [
        "GH_TOKEN",
        "GITHUB_TOKEN",
        "GITHUB_APP_ID",
        "--app-id",
        &format!("gh auth token --hostname {host}"),
        &home
            .path()
            .join(".config/gh/hosts.yml")
            .display()
            .to_string(),
    ] {
        assert!(text.contains(place), "{place} missing from: {text}");
    }
}

#[test]
fn gh_repo_names_the_repository_and_its_host_and_flags_win() {
    let home = tempfile::tempdir().unwrap();
    let dry = |extra: &[&str], env: &[(&str, &str)]| {
        let o = run(
            &[&["github", "list-deployments", "--dry-run"][..], extra].concat(),
            env,
            home.path(),
        );
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        out(&o)
    };
    let ghe = [
        ("GH_REPO", "ghe.corp.example/octo/shop"),
        ("GH_ENTERPRISE_TOKEN", "ghe-S3CRET"),
    ];
    let o = dry(&[], &ghe);
    assert!(
        o.contains("'https://ghe.corp.example/api/v3/repos/octo/shop/deployments'"),
        "{o}"
    );
    // --hostname wins over GH_REPO's host; --owner over GH_REPO's owner.
    let o = dry(&["--hostname", "other.corp.example", "--owner", "x"], &ghe);
    assert!(
        o.contains("'https://other.corp.example/api/v3/repos/x/shop/deployments'"),
        "{o}"
    );
    // GH_REPO before GITHUB_REPOSITORY.
    let o = dry(
        &[],
        &[
            ("GH_REPO", "a/b"),
            ("GITHUB_REPOSITORY", "c/d"),
            ("GH_TOKEN", "t"),
        ],
    );
    assert!(
        o.contains("'https://api.github.com/repos/a/b/deployments'"),
        "{o}"
    );
    let o = dry(&[], &[("GITHUB_REPOSITORY", "c/d"), ("GH_TOKEN", "t")]);
    assert!(
        o.contains("'https://api.github.com/repos/c/d/deployments'"),
        "{o}"
    );
    // A malformed GH_REPO is refused with exit 2.
    let o = run(
        &["github", "list-deployments", "--dry-run"],
        &[("GH_REPO", "just-a-name/"), ("GH_TOKEN", "t")],
        home.path(),
    );
    assert_ne!(o.status.code(), Some(0));
    assert!(err(&o).contains("GH_REPO"), "{}", err(&o));
}
