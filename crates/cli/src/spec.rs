//! `deploykit spec check` and `deploykit spec diff`, in three formats: `text` (`file:line:col:
//! message`), `json` (one document, described in the README) and `github` (workflow commands,
//! so that findings appear on the lines of a pull request).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use deploykit_spec::diff::{ApiStatus, Finding, Report, Side};
use deploykit_spec::{Diagnostic, yaml};
use serde_json::{Value, json};

use crate::exit;

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    /// `file:line:col: message` lines.
    Text,
    /// One JSON document on stdout.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    Github,
}

impl OutFormat {
    /// From the flag's value.
    pub fn parse(s: &str) -> Self {
        match s {
            "json" => OutFormat::Json,
            "github" => OutFormat::Github,
            _ => OutFormat::Text,
        }
    }
}

/// `--fail-on`: which breaking changes make the exit code 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    /// Breaking for clients on the wire.
    Wire,
    /// Breaking for programs using the generated Rust API.
    Api,
    /// Either.
    Any,
}

impl FailOn {
    /// From the flag's value.
    pub fn parse(s: &str) -> Self {
        match s {
            "wire" => FailOn::Wire,
            "api" => FailOn::Api,
            _ => FailOn::Any,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            FailOn::Wire => "wire",
            FailOn::Api => "api",
            FailOn::Any => "any",
        }
    }

    fn fails(self, f: &Finding) -> bool {
        match self {
            FailOn::Wire => f.wire,
            FailOn::Api => f.api,
            FailOn::Any => f.wire || f.api,
        }
    }
}

/// Escape a workflow command's message (`%`, CR, LF).
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow command's property value (also `:` and `,`).
fn gh_prop(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Which items of a list sorted by place to show when at most `max` per rule are wanted (0: all),
/// and how many of each rule are left out (with the place of the first one).
fn cap_per_rule<T>(
    items: &[T],
    rule: impl Fn(&T) -> String,
    max: usize,
) -> (Vec<bool>, BTreeMap<String, usize>) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut shown = Vec::with_capacity(items.len());
    let mut left: BTreeMap<String, usize> = BTreeMap::new();
    for item in items {
        let r = rule(item);
        let n = seen.entry(r.clone()).or_insert(0);
        *n += 1;
        let show = max == 0 || *n <= max;
        if !show {
            *left.entry(r).or_insert(0) += 1;
        }
        shown.push(show);
    }
    (shown, left)
}

// ------------------------------------------------------------------------------------ check

struct Checked {
    file: String,
    result: Result<usize, Vec<Diagnostic>>,
}

/// `deploykit spec check`: lint each file the way the build does.
pub fn check(mut files: Vec<PathBuf>, format: OutFormat, max_per_rule: usize) -> u8 {
    if files.is_empty() {
        files = deploykit_spec::spec_files(Path::new("specs"));
        if files.is_empty() {
            eprintln!("deploykit spec check: no files given and no specs/*.yaml here");
            return exit::USAGE;
        }
    }
    let mut checked = Vec::new();
    for file in &files {
        let shown = file.display().to_string();
        let result = match std::fs::read_to_string(file) {
            Err(e) => Err(vec![
                Diagnostic::new(1, 1, format!("cannot read: {e}")).with_rule("io"),
            ]),
            Ok(text) => deploykit_spec::check(&text)
                .map(|doc| deploykit_spec::normalize::operations(&doc.value).len()),
        };
        checked.push(Checked {
            file: shown,
            result,
        });
    }
    let errors: usize = checked
        .iter()
        .map(|c| c.result.as_ref().err().map_or(0, Vec::len))
        .sum();
    let failed_files = checked.iter().filter(|c| c.result.is_err()).count();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        OutFormat::Json => {
            let files: Vec<Value> = checked
                .iter()
                .map(|c| match &c.result {
                    Ok(ops) => json!({
                        "file": c.file, "ok": true, "operations": ops, "diagnostics": [],
                    }),
                    Err(ds) => json!({
                        "file": c.file,
                        "ok": false,
                        "operations": null,
                        "diagnostics": ds.iter().map(|d| json!({
                            "file": c.file,
                            "line": d.line,
                            "column": d.column,
                            "rule": d.rule,
                            "severity": "error",
                            "message": d.message,
                        })).collect::<Vec<_>>(),
                    }),
                })
                .collect();
            let doc = json!({
                "version": 1,
                "command": "spec check",
                "files": files,
                "summary": { "files": checked.len(), "failed_files": failed_files, "errors": errors },
            });
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            );
        }
        OutFormat::Text | OutFormat::Github => {
            let github = format == OutFormat::Github;
            for c in &checked {
                match &c.result {
                    Ok(ops) => {
                        let _ = writeln!(out, "{}: ok ({ops} operations)", c.file);
                    }
                    Err(ds) => {
                        let (shown, left) = cap_per_rule(ds, |d| d.rule.to_string(), max_per_rule);
                        for (d, show) in ds.iter().zip(&shown) {
                            if !show {
                                continue;
                            }
                            if github {
                                let _ = writeln!(
                                    out,
                                    "::error file={},line={},col={},title={}::{}",
                                    gh_prop(&c.file),
                                    d.line,
                                    d.column,
                                    gh_prop(&format!("spec check: {}", d.rule)),
                                    gh_data(&d.message)
                                );
                            } else {
                                eprintln!("{}", d.render(&c.file));
                            }
                        }
                        for (rule, n) in &left {
                            let total = ds.iter().filter(|d| d.rule == rule.as_str()).count();
                            let line = format!(
                                "{}: {n} more `{rule}` problem(s) like the above ({total} in all; --max-per-rule 0 lists every one)",
                                c.file
                            );
                            if github {
                                let _ = writeln!(out, "{line}");
                            } else {
                                eprintln!("{line}");
                            }
                        }
                        if github || ds.len() > max_per_rule.max(1) {
                            let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
                            for d in ds {
                                *by_rule.entry(d.rule).or_insert(0) += 1;
                            }
                            let summary: Vec<String> =
                                by_rule.iter().map(|(r, n)| format!("{r} {n}")).collect();
                            let line = format!(
                                "{}: {} problem(s): {}",
                                c.file,
                                ds.len(),
                                summary.join(", ")
                            );
                            if github {
                                let _ = writeln!(out, "{line}");
                            } else {
                                eprintln!("{line}");
                            }
                        }
                    }
                }
            }
            if errors > 0 {
                let line = format!("{errors} error(s) in {} file(s) checked", files.len());
                if github {
                    let _ = writeln!(out, "{line}");
                } else {
                    eprintln!("{line}");
                }
            }
        }
    }
    if errors > 0 { exit::FAILED } else { exit::OK }
}

// ------------------------------------------------------------------------------------- diff

/// What `deploykit spec diff` was asked.
pub struct DiffArgs {
    /// `OLD NEW`, or the files to compare with `--base`.
    pub files: Vec<PathBuf>,
    /// `--base REV`.
    pub base: Option<String>,
    /// `--format`.
    pub format: OutFormat,
    /// `--fail-on`.
    pub fail_on: FailOn,
    /// `--wire-only`.
    pub wire_only: bool,
    /// `--max-per-rule` (0: all).
    pub max_per_rule: usize,
}

/// One pair of specs compared.
struct Pair {
    /// How OLD is shown: a path, or `REV:path`.
    old: String,
    /// NEW's path.
    new: String,
    report: Report,
    /// Only one side exists (`--base`): `new` or `removed`.
    only: Option<&'static str>,
}

/// A failure that is the caller's to fix (exit 2).
struct Usage(String);

/// `deploykit spec diff`.
pub fn diff(args: DiffArgs) -> u8 {
    let pairs = match &args.base {
        None => match args.files.as_slice() {
            [old, new] => compare_files(old, new, args.wire_only).map(|p| vec![p]),
            _ => Err(Usage(
                "give two files (OLD NEW), or --base REV and the files to compare with that revision"
                    .into(),
            )),
        },
        Some(rev) => compare_with_base(rev, &args.files, args.wire_only),
    };
    let pairs = match pairs {
        Ok(p) => p,
        Err(Usage(msg)) => {
            eprintln!("deploykit spec diff: {msg}");
            return exit::USAGE;
        }
    };
    let failed = pairs
        .iter()
        .flat_map(|p| &p.report.findings)
        .any(|f| args.fail_on.fails(f));
    match args.format {
        OutFormat::Json => print_json(&pairs, &args, failed),
        OutFormat::Text => print_text(&pairs, &args, failed),
        OutFormat::Github => print_github(&pairs, &args, failed),
    }
    if failed { exit::FAILED } else { exit::OK }
}

fn load(text: &str, shown: &str) -> Result<yaml::Doc, Usage> {
    yaml::load(text).map_err(|d| Usage(d.render(shown)))
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn compare_files(old: &Path, new: &Path, wire_only: bool) -> Result<Pair, Usage> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| Usage(format!("{}: cannot read: {e}", p.display())))
    };
    let (old_s, new_s) = (old.display().to_string(), new.display().to_string());
    let old_doc = load(&read(old)?, &old_s)?;
    let new_doc = load(&read(new)?, &new_s)?;
    let options = deploykit_spec::diff::Options {
        stem: stem(new),
        wire_only,
    };
    Ok(Pair {
        report: deploykit_spec::diff::diff(&old_doc, &new_doc, &options),
        old: old_s,
        new: new_s,
        only: None,
    })
}

fn git(args: &[&str]) -> Result<std::process::Output, Usage> {
    Command::new("git")
        .args(args)
        .output()
        .map_err(|e| Usage(format!("cannot run git: {e}")))
}

/// The spec files at `rev` and in the work tree, each read at `rev` with `git show`.
fn compare_with_base(rev: &str, files: &[PathBuf], wire_only: bool) -> Result<Vec<Pair>, Usage> {
    let verify = git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])?;
    if !verify.status.success() {
        return Err(Usage(format!(
            "`{rev}` is not a revision of this repository (in CI, fetch it: actions/checkout with `fetch-depth: 0`, or `git fetch origin main`)"
        )));
    }
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(Usage("not inside a git work tree".into()));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let top = top.canonicalize().unwrap_or(top);
    let mut files: Vec<PathBuf> = files.to_vec();
    if files.is_empty() {
        files = deploykit_spec::spec_files(Path::new("specs"));
        // Specs that exist at `rev` only (removed since).
        let listed = git(&["ls-tree", "--name-only", rev, "--", "specs/"])?;
        let cwd = std::env::current_dir().map_err(|e| Usage(e.to_string()))?;
        let cwd = cwd.canonicalize().unwrap_or(cwd);
        if listed.status.success() && cwd == top {
            for line in String::from_utf8_lossy(&listed.stdout).lines() {
                let p = PathBuf::from(line);
                let spec = p.extension().is_some_and(|x| x == "yaml" || x == "yml");
                if spec && !files.contains(&p) {
                    files.push(p);
                }
            }
            files.sort();
        }
        if files.is_empty() {
            return Err(Usage(
                "no files given and no specs/*.yaml here or at the base revision".into(),
            ));
        }
    }
    let mut pairs = Vec::new();
    for file in &files {
        let new_s = file.display().to_string();
        let rel = repo_path(&top, file)?;
        let old_s = format!("{rev}:{rel}");
        let shown = git(&["show", &format!("{rev}:{rel}")])?;
        let old_text = shown
            .status
            .success()
            .then(|| String::from_utf8_lossy(&shown.stdout).into_owned());
        let new_text = match std::fs::read_to_string(file) {
            Ok(t) => Some(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Usage(format!("{new_s}: cannot read: {e}"))),
        };
        let options = deploykit_spec::diff::Options {
            stem: stem(file),
            wire_only,
        };
        let (report, only) = match (old_text, new_text) {
            (None, None) => {
                return Err(Usage(format!(
                    "{new_s}: neither in the work tree nor at {rev}"
                )));
            }
            (None, Some(n)) => (
                deploykit_spec::diff::spec_added(&load(&n, &new_s)?),
                Some("new"),
            ),
            (Some(o), None) => (
                deploykit_spec::diff::spec_removed(&load(&o, &old_s)?, &options.stem),
                Some("removed"),
            ),
            (Some(o), Some(n)) => {
                let old_doc = load(&o, &old_s)?;
                let new_doc = load(&n, &new_s)?;
                (
                    deploykit_spec::diff::diff(&old_doc, &new_doc, &options),
                    None,
                )
            }
        };
        pairs.push(Pair {
            old: old_s,
            new: new_s,
            report,
            only,
        });
    }
    Ok(pairs)
}

/// `file` as a path from the top of the repository, with `/` separators.
fn repo_path(top: &Path, file: &Path) -> Result<String, Usage> {
    let abs = if file.is_absolute() {
        file.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| Usage(e.to_string()))?
            .join(file)
    };
    // The file may be gone from the work tree: canonicalise its folder.
    let dir = abs.parent().unwrap_or(Path::new("/"));
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let abs = dir.join(abs.file_name().unwrap_or_default());
    let rel = abs.strip_prefix(top).map_err(|_| {
        Usage(format!(
            "{} is outside the repository at {}",
            file.display(),
            top.display()
        ))
    })?;
    Ok(rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/"))
}

/// `file:line:col` of a finding as the text format shows it.
fn place(pair: &Pair, f: &Finding) -> String {
    let file = if f.at.side == Side::Old {
        &pair.old
    } else {
        &pair.new
    };
    format!("{file}:{}:{}", f.at.line, f.at.column)
}

struct Counts {
    breaking: usize,
    wire: usize,
    api: usize,
    compatible: usize,
}

fn counts<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Counts {
    let mut c = Counts {
        breaking: 0,
        wire: 0,
        api: 0,
        compatible: 0,
    };
    for f in findings {
        if f.category().is_breaking() {
            c.breaking += 1;
        } else {
            c.compatible += 1;
        }
        c.wire += usize::from(f.wire);
        c.api += usize::from(f.api);
    }
    c
}

fn api_note(pair: &Pair) -> String {
    match &pair.report.api {
        ApiStatus::Compared { module } => format!("Rust API compared (`deploykit::{module}`)"),
        ApiStatus::NotCompared(why) => format!("Rust API not compared: {why}"),
    }
}

fn pair_summary(pair: &Pair) -> String {
    if pair.report.identical {
        return format!("{} (against {}): unchanged", pair.new, pair.old);
    }
    match pair.only {
        Some("new") => return format!("{}: a new spec ({} does not exist)", pair.new, pair.old),
        Some(_) => return format!("{}: removed (it was {})", pair.new, pair.old),
        None => {}
    }
    let c = counts(&pair.report.findings);
    format!(
        "{} (against {}): {} breaking ({} wire, {} Rust API), {} compatible; {}",
        pair.new,
        pair.old,
        c.breaking,
        c.wire,
        c.api,
        c.compatible,
        api_note(pair)
    )
}

fn total_summary(pairs: &[Pair], args: &DiffArgs, failed: bool) -> String {
    let c = counts(pairs.iter().flat_map(|p| &p.report.findings));
    format!(
        "spec diff: {} breaking change(s) ({} wire, {} Rust API), {} compatible, in {} spec(s); {} (--fail-on {})",
        c.breaking,
        c.wire,
        c.api,
        c.compatible,
        pairs.len(),
        if failed {
            "exit 1"
        } else {
            "exit 0: nothing breaks"
        },
        args.fail_on.as_str()
    )
}

fn print_text(pairs: &[Pair], args: &DiffArgs, failed: bool) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for pair in pairs {
        let findings = &pair.report.findings;
        let (shown, left) = cap_per_rule(findings, |f| f.rule.to_string(), args.max_per_rule);
        for (f, show) in findings.iter().zip(&shown) {
            if *show {
                let _ = writeln!(
                    out,
                    "{}: {} [{}] {}",
                    place(pair, f),
                    f.category().as_str(),
                    f.rule,
                    f.text()
                );
            }
        }
        for (rule, n) in &left {
            let _ = writeln!(
                out,
                "{}: {n} more `{rule}` finding(s) like the above (--max-per-rule 0 lists every one)",
                pair.new
            );
        }
        let _ = writeln!(out, "{}", pair_summary(pair));
    }
    if pairs.len() > 1 || failed {
        let _ = writeln!(out, "{}", total_summary(pairs, args, failed));
    }
}

fn print_github(pairs: &[Pair], args: &DiffArgs, failed: bool) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for pair in pairs {
        let findings = &pair.report.findings;
        let (shown, left) = cap_per_rule(findings, |f| f.rule.to_string(), args.max_per_rule);
        for (f, show) in findings.iter().zip(&shown) {
            if !show {
                continue;
            }
            let level = if f.category().is_breaking() {
                "error"
            } else {
                "notice"
            };
            // Annotations go on NEW's lines: a removal at the nearest place that still exists.
            let (line, col, mut message) = match (f.at.side, f.anchor) {
                (Side::New, _) => (Some(f.at.line), Some(f.at.column), f.text()),
                (Side::Old, Some((l, c))) => (
                    Some(l),
                    Some(c),
                    format!("{} (was at {})", f.text(), place(pair, f)),
                ),
                (Side::Old, None) => (None, None, format!("{} (at {})", f.text(), place(pair, f))),
            };
            message = gh_data(&message);
            let title = gh_prop(&format!(
                "spec diff: {} ({})",
                f.category().as_str(),
                f.rule
            ));
            let mut props = format!("file={}", gh_prop(&pair.new));
            if let (Some(l), Some(c)) = (line, col) {
                props.push_str(&format!(",line={l},col={c}"));
            }
            let _ = writeln!(out, "::{level} {props},title={title}::{message}");
        }
        for (rule, n) in &left {
            let _ = writeln!(
                out,
                "{}: {n} more `{rule}` finding(s) like the above (--max-per-rule 0 lists every one)",
                pair.new
            );
        }
        let _ = writeln!(out, "{}", pair_summary(pair));
    }
    let _ = writeln!(out, "{}", total_summary(pairs, args, failed));
}

fn print_json(pairs: &[Pair], args: &DiffArgs, failed: bool) {
    let specs: Vec<Value> = pairs
        .iter()
        .map(|pair| {
            let c = counts(&pair.report.findings);
            let api = match &pair.report.api {
                ApiStatus::Compared { module } => {
                    json!({ "compared": true, "module": module, "reason": null })
                }
                ApiStatus::NotCompared(why) => {
                    json!({ "compared": false, "module": null, "reason": why })
                }
            };
            let findings: Vec<Value> = pair
                .report
                .findings
                .iter()
                .map(|f| {
                    let (new_line, new_column) = match (f.at.side, f.anchor) {
                        (Side::New, _) => (Some(f.at.line), Some(f.at.column)),
                        (Side::Old, Some((l, c))) => (Some(l), Some(c)),
                        (Side::Old, None) => (None, None),
                    };
                    json!({
                        "category": f.category().as_str(),
                        "breaking": { "wire": f.wire, "api": f.api },
                        "rule": f.rule,
                        "side": f.at.side.as_str(),
                        "file": if f.at.side == Side::Old { &pair.old } else { &pair.new },
                        "line": f.at.line,
                        "column": f.at.column,
                        "new_line": new_line,
                        "new_column": new_column,
                        "operations": f.operations,
                        "message": f.message,
                        "rust": f.rust,
                    })
                })
                .collect();
            json!({
                "old": pair.old,
                "new": pair.new,
                "api": api,
                "identical": pair.report.identical,
                "only": pair.only,
                "findings": findings,
                "counts": {
                    "breaking": c.breaking,
                    "breaking_wire": c.wire,
                    "breaking_api": c.api,
                    "compatible": c.compatible,
                },
            })
        })
        .collect();
    let c = counts(pairs.iter().flat_map(|p| &p.report.findings));
    let doc = json!({
        "version": 1,
        "command": "spec diff",
        "fail_on": args.fail_on.as_str(),
        "specs": specs,
        "summary": {
            "breaking": c.breaking,
            "breaking_wire": c.wire,
            "breaking_api": c.api,
            "compatible": c.compatible,
            "failed": failed,
        },
    });
    crate::output::emit(&serde_json::to_string_pretty(&doc).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_escapes() {
        assert_eq!(gh_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(gh_prop("a:b,c"), "a%3Ab%2Cc");
    }

    #[test]
    fn caps_per_rule_keep_file_order() {
        let items = ["a", "b", "a", "a", "b"];
        let (shown, left) = cap_per_rule(&items, |s| s.to_string(), 2);
        assert_eq!(shown, [true, true, true, false, true]);
        assert_eq!(left.get("a"), Some(&1));
    }
}
