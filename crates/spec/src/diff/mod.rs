//! What an edit of a spec breaks: `deploykit spec diff`.
//!
//! Two passes, one report:
//!
//! - **the wire** ([`wire_only`] alone): OLD and NEW are compared as OpenAPI 3.0 documents (`$ref`s
//!   resolved), operation by operation (matched by method and path), for what a client built
//!   from OLD would meet against a provider that follows NEW: an operation gone, a parameter
//!   that became required, renamed or moved, an enum value a request may no longer carry or an
//!   answer may now carry, a response field gone or now optional, a new success status, another
//!   server or base path, other credentials. Works on any spec.
//! - **the Rust API** (feature `generate`): OLD and NEW go through the generation the build runs
//!   (`deploykit_spec::generate`: lint, normalise, progenitor, deploykit's rewrite) and the generated
//!   items are compared: client methods (one per operationId), builder methods and the types
//!   they take, fields of `types` structs (an `Option` appearing or going away), enum variants.
//!   A change of the generated API is attached to the wire finding it comes from (or reported
//!   on its own), naming the item: `nhn::Client::list_binaries builder method page_size:
//!   Option<i32> → Option<i64>`. A spec the build cannot generate gets the wire pass only, and
//!   the report says why ([`ApiStatus`]).
//!
//! Every [`Finding`] points at its place in NEW, or in OLD for what was removed (with the
//! nearest place in NEW that still exists, for annotations on a pull request).

pub(crate) mod wire;

use std::collections::BTreeMap;

use crate::yaml::Doc;

/// Which of the two documents a place is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// The spec before the edit.
    Old,
    /// The spec after the edit.
    New,
}

impl Side {
    /// `old` or `new`.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Old => "old",
            Side::New => "new",
        }
    }
}

/// A place in one of the two documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    /// The document.
    pub side: Side,
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

/// How a change affects its users.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Requests and programs that worked keep working.
    Compatible,
    /// A client built from OLD meets requests refused or answers it cannot read.
    BreakingWire,
    /// A program using the generated client stops compiling or behaves differently.
    BreakingApi,
    /// Both.
    BreakingWireApi,
}

impl Category {
    /// `compatible`, `breaking-wire`, `breaking-api` or `breaking-wire+api`.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Compatible => "compatible",
            Category::BreakingWire => "breaking-wire",
            Category::BreakingApi => "breaking-api",
            Category::BreakingWireApi => "breaking-wire+api",
        }
    }

    /// Whether the change breaks anything.
    pub fn is_breaking(self) -> bool {
        self != Category::Compatible
    }
}

/// A key that ties a change of the generated API to the spec change it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Subject {
    /// This exact thing (`op:<side>:<operationId>`, `ptr:<side>:<pointer>` …).
    Exact(String),
    /// Anything under a JSON pointer of one side.
    Within(Side, String),
}

/// One change between OLD and NEW.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// A stable identifier of the rule (`parameter-required`, `operation-removed` …).
    pub rule: &'static str,
    /// Breaks clients built from OLD (requests refused, answers unreadable).
    pub wire: bool,
    /// Breaks programs using the generated client (set by the Rust API pass).
    pub api: bool,
    /// Where the change is: in NEW, or in OLD for what was removed.
    pub at: Place,
    /// For a place in OLD: the nearest place in NEW that still exists (the operation, the
    /// parameter list, the schema), when there is one.
    pub anchor: Option<(u64, u64)>,
    /// The operations concerned (operationIds in NEW, or in OLD when removed).
    pub operations: Vec<String>,
    /// What changed and what it breaks.
    pub message: String,
    /// The generated Rust items that change with it, e.g. `github::Client::list_deployments
    /// builder method per_page: Option<i64> → i64`.
    pub rust: Vec<String>,
    pub(crate) subjects: Vec<Subject>,
    /// Whether the message ends with the operations that use a shared schema.
    pub(crate) shared: bool,
}

impl Finding {
    /// The category, from [`Finding::wire`] and [`Finding::api`].
    pub fn category(&self) -> Category {
        match (self.wire, self.api) {
            (false, false) => Category::Compatible,
            (true, false) => Category::BreakingWire,
            (false, true) => Category::BreakingApi,
            (true, true) => Category::BreakingWireApi,
        }
    }

    /// The message with the Rust items appended: what the text and GitHub formats print.
    pub fn text(&self) -> String {
        let mut s = self.message.clone();
        if self.shared && !self.operations.is_empty() {
            let shown: Vec<&str> = self.operations.iter().take(3).map(String::as_str).collect();
            let more = self.operations.len().saturating_sub(shown.len());
            s.push_str(&format!(" (used by {}", shown.join(", ")));
            if more > 0 {
                s.push_str(&format!(" and {more} more"));
            }
            s.push(')');
        }
        if !self.rust.is_empty() {
            s.push_str("; Rust: ");
            s.push_str(&self.rust.join("; "));
        }
        s
    }
}

/// Whether the generated Rust API was compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiStatus {
    /// Both specs were generated and compared; the module the items are named in.
    Compared {
        /// `github`, `nhn`, `generated::my_spec` …
        module: String,
    },
    /// Not compared, and why (a spec the build cannot generate, `--wire-only`, …).
    NotCompared(String),
}

/// The findings for one pair of specs.
#[derive(Clone, Debug)]
pub struct Report {
    /// In file order (removals at the place in NEW nearest to them).
    pub findings: Vec<Finding>,
    /// Whether the Rust API part was done.
    pub api: ApiStatus,
    /// OLD and NEW are the same document (comments and layout aside).
    pub identical: bool,
}

impl Report {
    /// How many findings of each category.
    pub fn counts(&self) -> BTreeMap<Category, usize> {
        let mut out = BTreeMap::new();
        for f in &self.findings {
            *out.entry(f.category()).or_insert(0) += 1;
        }
        out
    }
}

/// What to compare.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The spec's file stem (`github`, `nhn-deploy`): names the generated module as the build
    /// does, when `info.x-deploykit-feature` does not name the provider module.
    pub stem: String,
    /// Compare the wire only (no generation).
    pub wire_only: bool,
}

/// Compare OLD and NEW: the wire always, the generated Rust API when both specs generate
/// (feature `generate`).
pub fn diff(old: &Doc, new: &Doc, options: &Options) -> Report {
    if old.value == new.value {
        // The same document generates the same client.
        return Report {
            findings: Vec::new(),
            api: if options.wire_only {
                ApiStatus::NotCompared("the wire only was asked for".into())
            } else {
                ApiStatus::Compared {
                    module: module_name(new, &options.stem),
                }
            },
            identical: true,
        };
    }
    let (mut findings, pairs) = wire::compare(old, new);
    merge(&mut findings);
    let api = if options.wire_only {
        ApiStatus::NotCompared("the wire only was asked for".into())
    } else {
        api_pass(old, new, options, &pairs, &mut findings)
    };
    sort(&mut findings);
    Report {
        findings,
        api,
        identical: false,
    }
}

/// A spec that did not exist in OLD: one compatible finding.
pub fn spec_added(new: &Doc) -> Report {
    let ops = crate::normalize::operations(&new.value).len();
    Report {
        findings: vec![Finding {
            rule: "spec-added",
            wire: false,
            api: false,
            at: Place {
                side: Side::New,
                line: 1,
                column: 1,
            },
            anchor: None,
            operations: Vec::new(),
            message: format!("new spec ({ops} operations)"),
            rust: Vec::new(),
            subjects: Vec::new(),
            shared: false,
        }],
        api: ApiStatus::NotCompared("the spec is new".into()),
        identical: false,
    }
}

/// A spec that is gone in NEW: every operation goes, and the generated module with them.
pub fn spec_removed(old: &Doc, stem: &str) -> Report {
    let ops = crate::normalize::operations(&old.value);
    let shown: Vec<&str> = ops.iter().take(5).map(|o| o.id.as_str()).collect();
    let more = ops.len().saturating_sub(shown.len());
    Report {
        findings: vec![Finding {
            rule: "spec-removed",
            wire: true,
            api: true,
            at: Place {
                side: Side::Old,
                line: 1,
                column: 1,
            },
            anchor: None,
            operations: ops.iter().map(|o| o.id.clone()).collect(),
            message: format!(
                "spec removed: its {} operations ({}{}) and the generated module `{}` go with it",
                ops.len(),
                shown.join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                },
                module_name(old, stem)
            ),
            rust: Vec::new(),
            subjects: Vec::new(),
            shared: false,
        }],
        api: ApiStatus::NotCompared("the spec is gone".into()),
        identical: false,
    }
}

/// The wire pass alone (any OpenAPI 3.0 document).
pub fn wire_only(old: &Doc, new: &Doc) -> Vec<Finding> {
    let (mut findings, _) = wire::compare(old, new);
    merge(&mut findings);
    sort(&mut findings);
    findings
}

/// Operations paired between OLD and NEW: `(old operationId, new operationId)`.
pub(crate) type Pairs = Vec<(String, String)>;

#[cfg(not(feature = "generate"))]
fn api_pass(_: &Doc, _: &Doc, _: &Options, _: &Pairs, _: &mut Vec<Finding>) -> ApiStatus {
    ApiStatus::NotCompared("this build of deploykit-spec has no `generate` feature".into())
}

#[cfg(feature = "generate")]
fn api_pass(
    old: &Doc,
    new: &Doc,
    options: &Options,
    pairs: &Pairs,
    findings: &mut Vec<Finding>,
) -> ApiStatus {
    use crate::generate::api::{Surface, generable};
    let module = module_name(new, &options.stem);
    // The quick rules first, on both sides: a spec the build refuses costs no example checks.
    for full in [false, true] {
        for (doc, side) in [(new, "NEW"), (old, "OLD")] {
            if let Err(why) = generable(doc, full) {
                return ApiStatus::NotCompared(format!("{side} cannot be generated: {why}"));
            }
        }
    }
    let surfaces = Surface::generate(old, &options.stem)
        .map_err(|e| format!("OLD cannot be generated: {e}"))
        .and_then(|o| {
            Surface::generate(new, &options.stem)
                .map(|n| (o, n))
                .map_err(|e| format!("NEW cannot be generated: {e}"))
        });
    let (old_s, new_s) = match surfaces {
        Ok(s) => s,
        Err(why) => return ApiStatus::NotCompared(why),
    };
    let changes = crate::generate::api::compare(&old_s, &new_s, old, new, pairs, &module);
    join(findings, changes, old, new);
    ApiStatus::Compared { module }
}

/// The module the build's items are reachable at: the provider module named by
/// `info.x-deploykit-feature`, else `generated::<stem>`.
pub fn module_name(doc: &Doc, stem: &str) -> String {
    match doc
        .value
        .pointer("/info/x-deploykit-feature")
        .and_then(serde_json::Value::as_str)
    {
        Some(feature) if !feature.is_empty() => feature.replace('-', "_"),
        _ => format!("generated::{}", stem.replace(['-', '.'], "_")),
    }
}

/// One change of the generated API, with what ties it to the spec.
#[cfg(feature = "generate")]
#[derive(Clone, Debug)]
pub(crate) struct ApiChange {
    pub rule: &'static str,
    pub breaking: bool,
    pub text: String,
    pub subjects: Vec<Subject>,
    /// Where to point when no wire finding takes it.
    pub place: Option<(Side, String)>,
}

#[cfg(feature = "generate")]
fn join(findings: &mut Vec<Finding>, changes: Vec<ApiChange>, old: &Doc, new: &Doc) {
    for change in changes {
        // The finding about this very thing first, else the one about what contains it.
        let exact = |f: &Finding| {
            f.subjects
                .iter()
                .any(|s| matches!(s, Subject::Exact(_)) && matches(s, &change.subjects))
        };
        let hit = findings.iter().position(exact).or_else(|| {
            findings
                .iter()
                .position(|f| f.subjects.iter().any(|s| matches(s, &change.subjects)))
        });
        match hit {
            Some(i) => {
                let f = &mut findings[i];
                if !f.rust.contains(&change.text) {
                    f.rust.push(change.text);
                }
                f.api |= change.breaking;
            }
            None => {
                let (side, ptr) = change.place.clone().unwrap_or((Side::New, String::new()));
                let doc = if side == Side::Old { old } else { new };
                let (line, column) = doc.pos(&ptr);
                findings.push(Finding {
                    rule: change.rule,
                    wire: false,
                    api: change.breaking,
                    at: Place { side, line, column },
                    anchor: if side == Side::Old {
                        Some(wire::nearest_in(new, &ptr))
                    } else {
                        None
                    },
                    operations: Vec::new(),
                    message: format!("generated Rust API: {}", change.text),
                    rust: Vec::new(),
                    subjects: change.subjects,
                    shared: false,
                });
            }
        }
    }
}

#[cfg(feature = "generate")]
fn matches(finding_subject: &Subject, change: &[Subject]) -> bool {
    change.iter().any(|c| match (finding_subject, c) {
        (Subject::Exact(a), Subject::Exact(b)) => a == b,
        (Subject::Within(side, prefix), Subject::Exact(b)) => {
            let tag = format!("ptr:{}:", side.as_str());
            b.strip_prefix(&tag).is_some_and(|p| {
                p == prefix
                    || (p.starts_with(prefix.as_str()) && p[prefix.len()..].starts_with('/'))
            })
        }
        _ => false,
    })
}

/// Merge findings that say the same thing at the same place (a shared schema reached from
/// several operations).
fn merge(findings: &mut Vec<Finding>) {
    let mut merged: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut index: std::collections::HashMap<(Place, &'static str, String), usize> =
        std::collections::HashMap::new();
    for f in findings.drain(..) {
        let key = (f.at, f.rule, f.message.clone());
        match index.get(&key) {
            Some(&i) => {
                let m: &mut Finding = &mut merged[i];
                for op in f.operations {
                    if !m.operations.contains(&op) {
                        m.operations.push(op);
                    }
                }
                for r in f.rust {
                    if !m.rust.contains(&r) {
                        m.rust.push(r);
                    }
                }
                for s in f.subjects {
                    if !m.subjects.contains(&s) {
                        m.subjects.push(s);
                    }
                }
                m.wire |= f.wire;
                m.api |= f.api;
            }
            None => {
                index.insert(key, merged.len());
                merged.push(f);
            }
        }
    }
    *findings = merged;
}

/// In file order; a removal (a place in OLD) at its place in NEW.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let pa = a.anchor.filter(|_| a.at.side == Side::Old);
        let pb = b.anchor.filter(|_| b.at.side == Side::Old);
        let ka = pa.unwrap_or((a.at.line, a.at.column));
        let kb = pb.unwrap_or((b.at.line, b.at.column));
        ka.cmp(&kb)
            .then(a.at.side.cmp(&b.at.side))
            .then(a.at.line.cmp(&b.at.line))
            .then(a.rule.cmp(b.rule))
            .then(a.message.cmp(&b.message))
    });
}
