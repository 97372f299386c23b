//! Where credentials come from: an explicit value, then the environment, then the provider's usual
//! configuration file. Secrets live in [`SecretString`], whose `Debug` prints `[REDACTED]`.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

pub use secrecy::{ExposeSecret, SecretString};

use super::error::Error;

/// The operating system family whose conventions decide where the providers' tools keep their
/// files (home folder, configuration folders).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Platform {
    /// Linux, macOS and the other Unix systems: `$HOME`.
    Unix,
    /// Windows: `%USERPROFILE%`, `%APPDATA%`.
    Windows,
}

impl Platform {
    /// The platform this program was built for.
    pub const fn current() -> Self {
        if cfg!(windows) {
            Self::Windows
        } else {
            Self::Unix
        }
    }
}

/// The process environment as deploykit sees it. Tests pass a [`MapEnv`] instead of changing
/// the real environment.
pub trait Env: Send + Sync + fmt::Debug {
    /// A variable's value; empty values count as unset.
    fn var(&self, name: &str) -> Option<String>;
    /// The user's home directory, as the operating system reports it (the fallback of [`home`]).
    fn home_dir(&self) -> Option<PathBuf>;
    /// The operating system family whose file conventions apply (default: this one).
    fn platform(&self) -> Platform {
        Platform::current()
    }
    /// Whether a cloud instance metadata service (an Alibaba ECS instance role, an NCP server
    /// role) may be asked for credentials when nothing else supplies them. The process
    /// environment: yes (each provider's variable turns its service off); a [`MapEnv`]: only
    /// when [`MapEnv::with_instance_metadata`] says so, so that a test never reaches one.
    fn instance_metadata(&self) -> bool {
        true
    }
}

/// The home folder as the providers' tools find it: `%USERPROFILE%` on Windows, `$HOME`
/// elsewhere (what Alibaba's and NAVER's Go SDKs and Go's `os.UserHomeDir`, used by the gh CLI,
/// read), else what the operating system reports ([`Env::home_dir`]).
pub fn home(env: &dyn Env) -> Option<PathBuf> {
    let var = match env.platform() {
        Platform::Windows => "USERPROFILE",
        Platform::Unix => "HOME",
    };
    env.var(var).map(PathBuf::from).or_else(|| env.home_dir())
}

/// Whether a variable is set to `true` (any case), as the providers' tools read their switches.
pub fn is_true(env: &dyn Env, name: &str) -> bool {
    env.var(name)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
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

/// A fixed environment, for tests and for embedding: variables, a home folder, a platform, and
/// whether the machine has an instance metadata service (by default it has none).
#[derive(Clone, Default)]
pub struct MapEnv {
    vars: HashMap<String, String>,
    home: Option<PathBuf>,
    platform: Option<Platform>,
    instance_metadata: bool,
}

impl fmt::Debug for MapEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Values may be secrets: show the names only.
        let mut names: Vec<&String> = self.vars.keys().collect();
        names.sort();
        f.debug_struct("MapEnv")
            .field("vars", &names)
            .field("home", &self.home)
            .field("platform", &self.platform)
            .field("instance_metadata", &self.instance_metadata)
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
    /// Follow the file conventions of `platform` (default: this machine's).
    pub fn with_platform(mut self, platform: Platform) -> Self {
        self.platform = Some(platform);
        self
    }
    /// Let the providers ask an instance metadata service (point it at a test server with the
    /// provider's variable, e.g. `ALIBABA_CLOUD_ECS_METADATA_HOST`, `NCLOUD_METADATA_API_ENDPOINT`).
    pub fn with_instance_metadata(mut self, on: bool) -> Self {
        self.instance_metadata = on;
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
    fn platform(&self) -> Platform {
        self.platform.unwrap_or_else(Platform::current)
    }
    fn instance_metadata(&self) -> bool {
        self.instance_metadata
    }
}

/// Where a credential was found, for diagnostics (never the value).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CredentialSource {
    /// Passed in code or on the command line.
    Explicit,
    /// Read from these environment variables.
    Environment(Vec<&'static str>),
    /// Read from this file (and profile).
    File(PathBuf, String),
    /// Temporary credentials of a role, obtained from the provider's token service with the
    /// credentials of `with` (Alibaba `AssumeRole`, `AssumeRoleWithOIDC`).
    Role {
        /// The role (an ARN).
        role: String,
        /// What authenticated the request for the role's credentials.
        with: Box<CredentialSource>,
    },
    /// An OpenID Connect token read from this file (re-read at every renewal).
    OidcTokenFile(PathBuf),
    /// A cloud instance metadata service (`service` is its base URL), for the role attached to
    /// the machine (`role`, or the one the service names).
    InstanceMetadata {
        /// The service's base URL.
        service: String,
        /// The role name, when configured rather than asked for.
        role: Option<String>,
    },
    /// An HTTP endpoint that answers credentials (Alibaba's `ALIBABA_CLOUD_CREDENTIALS_URI`).
    Uri(String),
    /// The output of a command (`gh auth token --hostname HOST`).
    Command(String),
    /// Installation tokens of a GitHub App, issued with a JWT signed by its private key.
    GitHubApp {
        /// The app id (or client id), the JWT's issuer.
        app: String,
        /// Where the private key came from.
        key: Box<CredentialSource>,
    },
    /// The first of these that answers, tried in order when the client first needs credentials.
    FirstOf(Vec<CredentialSource>),
}

impl fmt::Display for CredentialSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Explicit => f.write_str("explicit configuration"),
            Self::Environment(v) => write!(f, "environment ({})", v.join(", ")),
            Self::File(p, profile) if profile.is_empty() => write!(f, "{}", p.display()),
            Self::File(p, profile) => write!(f, "{} [{profile}]", p.display()),
            Self::Role { role, with } => write!(f, "role {role} (assumed with {with})"),
            Self::OidcTokenFile(p) => write!(f, "OIDC token file {}", p.display()),
            Self::InstanceMetadata {
                service,
                role: Some(role),
            } => write!(
                f,
                "instance role `{role}` from the metadata service {service}"
            ),
            Self::InstanceMetadata {
                service,
                role: None,
            } => write!(f, "instance role from the metadata service {service}"),
            Self::Uri(uri) => write!(f, "credentials URI {}", super::error::clean(uri)),
            Self::Command(c) => write!(f, "`{c}`"),
            Self::GitHubApp { app, key } => write!(f, "GitHub App {app} (private key from {key})"),
            Self::FirstOf(all) => {
                f.write_str("the first that answers of: ")?;
                for (i, s) in all.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{s}")?;
                }
                Ok(())
            }
        }
    }
}

/// Who a client authenticates as, for `whoami`-style reports: where its credential came from,
/// the non-secret key id when there is one, and when a temporary credential expires. Never a
/// secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// Where the credential in use came from.
    pub source: CredentialSource,
    /// The key id that is sent with every request (an AccessKey id), when the scheme has one.
    pub key_id: Option<String>,
    /// When the credential in use expires (temporary credentials only).
    pub expires_at: Option<std::time::SystemTime>,
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
