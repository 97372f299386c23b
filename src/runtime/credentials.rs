//! Where credentials come from: an explicit value, then the environment, then the provider's usual
//! configuration file. Secrets live in [`SecretString`], whose `Debug` prints `[REDACTED]`.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

pub use secrecy::{ExposeSecret, SecretString};

use super::error::Error;

/// The process environment as deploykit sees it. Tests pass a [`MapEnv`] instead of changing
/// the real environment.
pub trait Env: Send + Sync + fmt::Debug {
    /// A variable's value; empty values count as unset.
    fn var(&self, name: &str) -> Option<String>;
    /// The user's home directory.
    fn home_dir(&self) -> Option<PathBuf>;
}

/// The real environment.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
    fn home_dir(&self) -> Option<PathBuf> {
        dirs::home_dir()
    }
}

/// A fixed environment, for tests and for embedding.
#[derive(Clone, Default)]
pub struct MapEnv {
    vars: HashMap<String, String>,
    home: Option<PathBuf>,
}

impl fmt::Debug for MapEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may be secrets: show the names only.
        let mut names: Vec<&String> = self.vars.keys().collect();
        names.sort();
        f.debug_struct("MapEnv")
            .field("vars", &names)
            .field("home", &self.home)
            .finish()
    }
}

impl MapEnv {
    /// An empty environment with no home directory.
    pub fn new() -> Self {
        Self::default()
    }
    /// Set a variable.
    pub fn with(mut self, name: &str, value: &str) -> Self {
        self.vars.insert(name.to_string(), value.to_string());
        self
    }
    /// Set the home directory.
    pub fn with_home(mut self, home: impl Into<PathBuf>) -> Self {
        self.home = Some(home.into());
        self
    }
}

impl Env for MapEnv {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).filter(|v| !v.is_empty()).cloned()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        self.home.clone()
    }
}

/// Where a credential was found, for diagnostics (never the value).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CredentialSource {
    /// Passed in code or on the command line.
    Explicit,
    /// Read from these environment variables.
    Environment(Vec<&'static str>),
    /// Read from this file (and profile).
    File(PathBuf, String),
}

impl fmt::Display for CredentialSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Explicit => f.write_str("explicit configuration"),
            Self::Environment(v) => write!(f, "environment ({})", v.join(", ")),
            Self::File(p, profile) => write!(f, "{} [{profile}]", p.display()),
        }
    }
}

/// The error for credentials found nowhere, naming every place that was looked at.
pub fn not_found(provider: &'static str, what: &str, env_vars: &[&str], file: &str) -> Error {
    Error::credentials(format!(
        "no {what} found: pass them explicitly (builder or --profile/flags), set {}, or write them to {file}",
        env_vars.join(" and ")
    ))
    .with_provider(provider)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_variables_count_as_unset_and_debug_hides_values() {
        let env = MapEnv::new().with("A", "").with("SECRET", "hunter2");
        assert_eq!(env.var("A"), None);
        assert_eq!(env.var("SECRET").as_deref(), Some("hunter2"));
        assert!(!format!("{env:?}").contains("hunter2"));
    }

    #[test]
    fn secret_string_is_redacted() {
        let s = SecretString::from("topsecret".to_string());
        assert!(!format!("{s:?}").contains("topsecret"));
        assert_eq!(s.expose_secret(), "topsecret");
    }

    #[test]
    fn not_found_names_every_place() {
        let e = not_found(
            "ncloud",
            "NCP credentials",
            &["NCLOUD_ACCESS_KEY", "NCLOUD_SECRET_KEY"],
            "~/.ncloud/configure",
        );
        let s = e.to_string();
        assert!(
            s.contains("NCLOUD_ACCESS_KEY")
                && s.contains("NCLOUD_SECRET_KEY")
                && s.contains("~/.ncloud/configure")
                && s.contains("explicitly"),
            "{s}"
        );
    }
}
