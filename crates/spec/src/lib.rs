//! The spec toolchain of deploykit: loading (duplicate keys refused, positions kept), linting
//! (`file:line:col: message`), normalising for progenitor and generating the clients.
//!
//! Compiled once and used in two places: by `deploykit-build`, the build script of every provider
//! crate (it lints the provider's `specs/*.yaml` and generates a client from it, feature
//! `generate`), and by the `deploykit` command (`deploykit spec check`). The emulator and the
//! command take the validator of schemas from here too (feature `validate`).

pub mod diff;
#[cfg(feature = "generate")]
pub mod generate;
pub mod lint;
pub mod normalize;
pub mod yaml;

use std::fmt;

/// One finding about a spec file, with the place it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line in the YAML file.
    pub line: u64,
    /// 1-based column in the YAML file.
    pub column: u64,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
    /// The rule that found it (`duplicate-operation-id`, `inline-error-schema`, `yaml` …): a
    /// stable name to count and filter by.
    pub rule: &'static str,
}

impl Diagnostic {
    /// A diagnostic at `line:column`.
    pub fn new(line: u64, column: u64, message: impl Into<String>) -> Self {
        Self {
            line,
            column,
            message: message.into(),
            rule: "",
        }
    }

    /// The same diagnostic, attributed to `rule`.
    pub fn with_rule(mut self, rule: &'static str) -> Self {
        self.rule = rule;
        self
    }

    /// Render as `file:line:col: message`, the form editors and CI logs link to.
    pub fn render(&self, file: &str) -> String {
        format!("{file}:{}:{}: {}", self.line, self.column, self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// The spec files of a directory (`*.yaml`, `*.yml`), sorted by name.
pub fn spec_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Load and lint one spec's text. Returns the parsed document when there is no error.
pub fn check(text: &str) -> Result<yaml::Doc, Vec<Diagnostic>> {
    let doc = yaml::load(text).map_err(|d| vec![d])?;
    let diagnostics = lint::lint(&doc);
    if diagnostics.is_empty() {
        Ok(doc)
    } else {
        Err(diagnostics)
    }
}
