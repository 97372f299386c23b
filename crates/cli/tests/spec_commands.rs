//! `deploykit spec check` and `deploykit spec diff`: the three formats (golden files for text and
//! GitHub annotations, the documented JSON shape), exit codes, and `--base` against a temporary
//! git repository. Offline; the fixture pairs are `crates/spec/tests/fixtures/diff/*`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_deploykit");
const FIXTURES: &str = "../spec/tests/fixtures/diff";

fn run_in(dir: &Path, args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(BIN)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn run(args: &[&str]) -> Output {
    run_in(Path::new("."), args)
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

fn pair(category: &str) -> (String, String) {
    (
        format!("{FIXTURES}/{category}/old.yaml"),
        format!("{FIXTURES}/{category}/new.yaml"),
    )
}

#[test]
fn diff_of_two_files_prints_each_change_with_its_place_category_and_reason() {
    let (old, new) = pair("parameters");
    let out = run(&["spec", "diff", &old, &new]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    golden("spec-diff-parameters.txt", &stdout(&out));
}

#[test]
fn github_format_annotates_the_lines_of_new() {
    // Removals (OLD's places) are annotated at the nearest place that still exists in NEW.
    let (old, new) = pair("responses");
    let out = run(&["spec", "diff", "--format", "github", &old, &new]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    golden("spec-diff-responses-github.txt", &stdout(&out));
    // Compatible changes are notices, breaking ones errors.
    let (old, new) = pair("servers");
    let out = run(&["spec", "diff", "--format", "github", &old, &new]);
    golden("spec-diff-servers-github.txt", &stdout(&out));
}

#[test]
fn json_format_has_the_documented_shape() {
    let (old, new) = pair("operations");
    let out = run(&["spec", "diff", "--format", "json", &old, &new]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["command"], "spec diff");
    assert_eq!(doc["fail_on"], "any");
    assert_eq!(doc["summary"]["failed"], true);
    assert_eq!(doc["summary"]["breaking"], 2);
    assert_eq!(doc["summary"]["breaking_wire"], 2);
    assert_eq!(doc["summary"]["breaking_api"], 1);
    assert_eq!(doc["summary"]["compatible"], 1);
    let spec = &doc["specs"][0];
    assert_eq!(spec["old"], old);
    assert_eq!(spec["new"], new);
    assert_eq!(spec["api"]["compared"], true);
    assert_eq!(spec["api"]["module"], "shop");
    assert_eq!(spec["identical"], false);
    let removed = &spec["findings"][1];
    let keys: Vec<&str> = removed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "category",
            "breaking",
            "rule",
            "side",
            "file",
            "line",
            "column",
            "new_line",
            "new_column",
            "operations",
            "message",
            "rust"
        ]
    );
    assert_eq!(removed["category"], "breaking-wire+api");
    assert_eq!(removed["breaking"]["wire"], true);
    assert_eq!(removed["breaking"]["api"], true);
    assert_eq!(removed["rule"], "operation-removed");
    assert_eq!(removed["side"], "old");
    assert_eq!(removed["file"], old);
    assert_eq!(
        (removed["line"].as_u64(), removed["column"].as_u64()),
        (Some(52), Some(5))
    );
    assert_eq!(
        (removed["new_line"].as_u64(), removed["new_column"].as_u64()),
        (Some(52), Some(3))
    );
    assert_eq!(removed["operations"][0], "get_item");
    assert_eq!(removed["rust"][0], "`shop::Client::get_item` removed");
}

#[test]
fn fail_on_picks_what_breaks_the_build() {
    // An operationId renamed: the wire is the same, the generated method is not.
    let (old, new) = pair("operation_id");
    let code = |fail_on: &str| {
        run(&["spec", "diff", "--fail-on", fail_on, &old, &new])
            .status
            .code()
    };
    assert_eq!(code("wire"), Some(0));
    assert_eq!(code("api"), Some(1));
    assert_eq!(code("any"), Some(1));
    // A status code added: the wire breaks, the Rust API does not.
    let (old, new) = pair("status_codes");
    let code = |fail_on: &str| {
        run(&["spec", "diff", "--fail-on", fail_on, &old, &new])
            .status
            .code()
    };
    assert_eq!(code("wire"), Some(1));
    assert_eq!(code("api"), Some(0));
}

#[test]
fn no_breaking_change_exits_0() {
    let (old, _) = pair("parameters");
    let out = run(&["spec", "diff", &old, &old]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("{old} (against {old}): unchanged\n"));
    // Only compatible changes (the pair reversed: a status removed, an error status gone).
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(&old).unwrap();
    let added = base.replace(
        "        - name: state\n",
        "        - name: sort\n          in: query\n          required: false\n          schema:\n            type: string\n        - name: state\n",
    );
    assert_ne!(added, base);
    let new = dir.path().join("new.yaml");
    std::fs::write(&new, added).unwrap();
    let out = run(&["spec", "diff", &old, new.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains(
            "compatible [parameter-added] list_items: optional query parameter `sort` added; Rust: `shop::Client::list_items` builder method `sort`: Option<String> added"
        ),
        "{}",
        stdout(&out)
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    let (old, new) = pair("parameters");
    let out = run(&["spec", "diff", &old]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("give two files (OLD NEW)"),
        "{}",
        stderr(&out)
    );
    let out = run(&["spec", "diff", &old, "no/such/file.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/file.yaml: cannot read"),
        "{}",
        stderr(&out)
    );
    let out = run(&["spec", "diff", "--fail-on", "everything", &old, &new]);
    assert_eq!(out.status.code(), Some(2));
    // A spec that is not YAML: its place.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "openapi: 3.0.3\npaths:\n  /x: 1\n  /x: 2\n").unwrap();
    let out = run(&["spec", "diff", &old, bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bad.yaml:4:3: duplicate key `/x`"),
        "{}",
        stderr(&out)
    );
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=deploykit tests",
            "-c",
            "user.email=tests@deploykit.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
}

/// A repository with `specs/shop.yaml` (the `parameters` pair's OLD) and `specs/gone.yaml`
/// committed; in the work tree `shop.yaml` is NEW, `gone.yaml` is deleted and `extra.yaml` is
/// new.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = pair("parameters");
    let specs = dir.path().join("specs");
    std::fs::create_dir(&specs).unwrap();
    std::fs::copy(&old, specs.join("shop.yaml")).unwrap();
    std::fs::copy(&old, specs.join("gone.yaml")).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "base"]);
    std::fs::copy(&new, specs.join("shop.yaml")).unwrap();
    std::fs::remove_file(specs.join("gone.yaml")).unwrap();
    std::fs::copy(&new, specs.join("extra.yaml")).unwrap();
    dir
}

#[test]
fn base_compares_the_work_tree_with_a_revision() {
    let repo = repository();
    let out = run_in(repo.path(), &["spec", "diff", "--base", "HEAD"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    golden("spec-diff-base.txt", &stdout(&out));
    // Named files only, from a subfolder.
    let out = run_in(
        &repo.path().join("specs"),
        &[
            "spec",
            "diff",
            "--base",
            "HEAD",
            "shop.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["specs"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["specs"][0]["old"], "HEAD:specs/shop.yaml");
    assert_eq!(doc["specs"][0]["new"], "shop.yaml");
    assert_eq!(doc["specs"][0]["findings"][0]["rule"], "parameter-required");
    assert_eq!(doc["specs"][0]["findings"][0]["line"], 17);
    // Committed, the work tree is the base: nothing breaks.
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "edit"]);
    let out = run_in(repo.path(), &["spec", "diff", "--base", "HEAD"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // …but against the first commit it does.
    let out = run_in(repo.path(), &["spec", "diff", "--base", "HEAD~1"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn a_base_that_does_not_exist_is_a_usage_error() {
    let repo = repository();
    let out = run_in(repo.path(), &["spec", "diff", "--base", "origin/main"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`origin/main` is not a revision of this repository")
            && stderr(&out).contains("fetch-depth: 0"),
        "{}",
        stderr(&out)
    );
    let outside = tempfile::tempdir().unwrap();
    let out = run_in(outside.path(), &["spec", "diff", "--base", "HEAD"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

fn invalid_ids_spec(n: usize) -> String {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\nservers:\n  - url: https://x.test\npaths:\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "  /t{i}:\n    get:\n      operationId: things/get-{i}\n      responses:\n        '204':\n          description: ok\n"
        ));
    }
    text
}

#[test]
fn check_summarises_a_rule_with_many_findings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.yaml");
    std::fs::write(&file, invalid_ids_spec(8)).unwrap();
    let shown = file.to_str().unwrap();
    let out = run(&["spec", "check", "--max-per-rule", "3", shown]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out).replace(shown, "many.yaml");
    assert_eq!(
        err,
        "many.yaml:10:7: operationId `things/get-0` must contain only letters, digits and `_`\n\
         many.yaml:16:7: operationId `things/get-1` must contain only letters, digits and `_`\n\
         many.yaml:22:7: operationId `things/get-2` must contain only letters, digits and `_`\n\
         many.yaml: 5 more `operation-id` problem(s) like the above (8 in all; --max-per-rule 0 lists every one)\n\
         many.yaml: 8 problem(s): operation-id 8\n\
         8 error(s) in 1 file(s) checked\n"
    );
}

#[test]
fn check_in_github_and_json_formats() {
    let broken = "../spec/tests/fixtures/specs/duplicate_operation_id.yaml";
    let ok = "../spec/tests/fixtures/specs/ok.yaml";
    let out = run(&["spec", "check", "--format", "github", ok, broken]);
    assert_eq!(out.status.code(), Some(1));
    golden("spec-check-github.txt", &stdout(&out));
    let out = run(&["spec", "check", "--format", "json", ok, broken]);
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["command"], "spec check");
    assert_eq!(doc["summary"]["errors"], 1);
    assert_eq!(doc["files"][0]["ok"], true);
    assert_eq!(doc["files"][0]["operations"], 1);
    let d = &doc["files"][1]["diagnostics"][0];
    assert_eq!(d["file"], broken);
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(38), Some(7))
    );
    assert_eq!(d["rule"], "duplicate-operation-id");
    assert_eq!(d["severity"], "error");
    // The project's own specs pass, in every format.
    let specs: Vec<PathBuf> = [
        "github",
        "ncloud-apigateway",
        "alibaba-cloudapi",
        "nhn-deploy",
    ]
    .iter()
    .map(|s| PathBuf::from(format!("../../specs/{s}.yaml")))
    .collect();
    let mut args = vec!["spec", "check", "--format", "json"];
    args.extend(specs.iter().map(|p| p.to_str().unwrap()));
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}
