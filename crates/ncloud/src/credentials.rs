//! NCP API keys and where they come from, in the order of NAVER's Go SDK: explicit, the
//! environment, `~/.ncloud/configure` as `ncloud configure` writes it, and last the server role
//! of an NCP VPC server from its metadata API (see [`super::server_role`]).

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use crate::runtime::credentials::{CredentialSource, ExposeSecret, SecretString, home, is_true};
use crate::runtime::{Env, Error, Result};

use super::PROVIDER;
use super::server_role::{ENV_METADATA_API_DISABLED, ENV_METADATA_API_ENDPOINT, ServerRole};

/// Environment variable with the access key id, as NAVER's Go SDK reads it (read first).
pub const ENV_ACCESS_KEY_ID: &str = "NCLOUD_ACCESS_KEY_ID";
/// Environment variable with the secret key, as NAVER's Go SDK reads it (read first).
pub const ENV_SECRET_ACCESS_KEY: &str = "NCLOUD_SECRET_ACCESS_KEY";
/// Environment variable with the access key id (the name NCP's Terraform provider reads; read
/// when [`ENV_ACCESS_KEY_ID`] is not set).
pub const ENV_ACCESS_KEY: &str = "NCLOUD_ACCESS_KEY";
/// Environment variable with the secret key (the Terraform name; read when
/// [`ENV_SECRET_ACCESS_KEY`] is not set).
pub const ENV_SECRET_KEY: &str = "NCLOUD_SECRET_KEY";
/// The key file of NCP's tools, relative to the home directory.
pub const CONFIGURE_FILE: &str = ".ncloud/configure";
/// The profile read from [`CONFIGURE_FILE`] when none is chosen (`[default]` and a file without
/// any section header count as this profile too).
pub const DEFAULT_PROFILE: &str = "DEFAULT";
/// Key of the access key id in a [`CONFIGURE_FILE`] profile.
pub const FILE_ACCESS_KEY: &str = "ncloud_access_key_id";
/// Key of the secret key in a [`CONFIGURE_FILE`] profile.
pub const FILE_SECRET_KEY: &str = "ncloud_secret_access_key";
/// Key of the API URL in a [`CONFIGURE_FILE`] profile (used as the base URL when none is given).
pub const FILE_API_URL: &str = "ncloud_api_url";

/// How the configure file is named in messages.
const CONFIGURE_FILE_DISPLAY: &str = "~/.ncloud/configure";

/// An NCP access key id and its secret key, with where they were found (and, from the configure
/// file, the profile's `ncloud_api_url`).
///
/// `Debug` shows the access key id (it is sent with every request) but never the secret key.
#[derive(Clone)]
pub struct Credentials {
    access_key: String,
    secret_key: SecretString,
    source: CredentialSource,
    api_url: Option<String>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"[REDACTED]")
            .field("source", &self.source)
            .field("api_url", &self.api_url)
            .finish()
    }
}

impl Credentials {
    /// Keys given explicitly (in code or on a command line).
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self {
            access_key: access_key.into(),
            secret_key: SecretString::from(secret_key.into()),
            source: CredentialSource::Explicit,
            api_url: None,
        }
    }

    /// Keys fetched from a source that answers temporary ones (the server role).
    pub(crate) fn fetched(
        access_key: String,
        secret_key: String,
        source: CredentialSource,
    ) -> Self {
        Self {
            access_key,
            secret_key: SecretString::from(secret_key),
            source,
            api_url: None,
        }
    }

    /// The access key id.
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret key (exposing it is explicit, so it does not end up in logs by accident).
    pub fn secret_key(&self) -> &SecretString {
        &self.secret_key
    }

    /// Where the keys were found.
    pub fn source(&self) -> &CredentialSource {
        &self.source
    }

    /// The `ncloud_api_url` of the configure-file profile the keys came from, if it has one.
    pub fn api_url(&self) -> Option<&str> {
        self.api_url.as_deref()
    }

    /// Find the keys without asking the network: `explicit` if given; else, unless a `profile`
    /// is chosen, the environment (access key id from [`ENV_ACCESS_KEY_ID`], else
    /// [`ENV_ACCESS_KEY`]; secret key from [`ENV_SECRET_ACCESS_KEY`], else [`ENV_SECRET_KEY`], as
    /// NAVER's Go SDK reads them); else the `profile` (default [`DEFAULT_PROFILE`]: `[DEFAULT]`,
    /// `[default]`, or the keys of a file without section header) of `~/.ncloud/configure`, the
    /// home folder coming from `env` (`$HOME`, `%USERPROFILE%` on Windows).
    ///
    /// A source counts only when it has both keys. When none has, the error names all the
    /// places and says what was found incomplete in each. The chain's last source, the server
    /// role of an NCP server, needs a request: [`ClientBuilder::build`](super::ClientBuilder::build)
    /// falls back to it, this function does not.
    pub fn resolve(
        explicit: Option<Credentials>,
        profile: Option<&str>,
        env: &dyn Env,
    ) -> Result<Self> {
        match find(explicit, profile, env, false)? {
            Found::Keys(c) => Ok(c),
            Found::ServerRole(..) => unreachable!("the server role is not looked for"),
        }
    }
}

/// What the chain found when the client was built: keys, or the server role to ask at the
/// first call (with what was not found before it, for the error if it does not answer either).
pub(crate) enum Found {
    Keys(Credentials),
    ServerRole(ServerRole, Vec<String>),
}

/// The chain (see [`Credentials::resolve`]); with `server_role`, its last source too when the
/// environment allows it (not turned off with `NCLOUD_METADATA_API_DISABLED=true`, and
/// [`Env::instance_metadata`]).
pub(crate) fn find(
    explicit: Option<Credentials>,
    profile: Option<&str>,
    env: &dyn Env,
    server_role: bool,
) -> Result<Found> {
    if let Some(c) = explicit {
        if c.access_key.trim().is_empty() || c.secret_key.expose_secret().trim().is_empty() {
            return Err(Error::credentials(
                "explicit NCP credentials need both an access key and a secret key",
            )
            .with_provider(PROVIDER));
        }
        return Ok(Found::Keys(c));
    }
    let mut notes = Vec::new();
    if profile.is_none() {
        let first = |a: &'static str, b: &'static str| {
            env.var(a)
                .map(|v| (a, v))
                .or_else(|| env.var(b).map(|v| (b, v)))
        };
        match (
            first(ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY),
            first(ENV_SECRET_ACCESS_KEY, ENV_SECRET_KEY),
        ) {
            (Some((id_var, access_key)), Some((secret_var, secret_key))) => {
                return Ok(Found::Keys(Credentials {
                    access_key,
                    secret_key: SecretString::from(secret_key),
                    source: CredentialSource::Environment(vec![id_var, secret_var]),
                    api_url: None,
                }));
            }
            (Some((id_var, _)), None) => notes.push(format!(
                "{id_var} is set but {ENV_SECRET_ACCESS_KEY} / {ENV_SECRET_KEY} is not"
            )),
            (None, Some((secret_var, _))) => notes.push(format!(
                "{secret_var} is set but {ENV_ACCESS_KEY_ID} / {ENV_ACCESS_KEY} is not"
            )),
            (None, None) => notes.push(format!(
                "the environment has neither {ENV_ACCESS_KEY_ID} / {ENV_ACCESS_KEY} nor {ENV_SECRET_ACCESS_KEY} / {ENV_SECRET_KEY}"
            )),
        }
    }
    let chosen = profile.is_some();
    let profile = profile.unwrap_or(DEFAULT_PROFILE);
    match home(env) {
        None => notes.push(format!(
            "no home folder is known (HOME / USERPROFILE), so {CONFIGURE_FILE_DISPLAY} was not read"
        )),
        Some(home) => {
            let path = home.join(CONFIGURE_FILE);
            match from_file(&path, profile)? {
                Ok(c) => return Ok(Found::Keys(c)),
                Err(note) => notes.push(note),
            }
        }
    }
    if chosen {
        // The profile was asked for by name: say what is wrong with it, not where else to look.
        return Err(Error::credentials(format!(
            "the chosen NCP profile [{profile}] is unusable: {}",
            notes.join("; ")
        ))
        .with_provider(PROVIDER)
        .with_hint(format!(
            "add {FILE_ACCESS_KEY} and {FILE_SECRET_KEY} to [{profile}] of {CONFIGURE_FILE_DISPLAY} (`ncloud configure --profile {profile}`), or choose another profile (ncloud::ClientBuilder::profile)"
        )));
    }
    if server_role {
        if is_true(env, ENV_METADATA_API_DISABLED) {
            notes.push(format!(
                "the server role: not asked ({ENV_METADATA_API_DISABLED}=true)"
            ));
        } else if !env.instance_metadata() {
            notes.push("the server role: no metadata API here".to_string());
        } else {
            let role = ServerRole::new(env.var(ENV_METADATA_API_ENDPOINT))?;
            return Ok(Found::ServerRole(role, notes));
        }
    }
    Err(not_found(notes))
}

/// The error for keys found nowhere: every place looked at, and what to do (in a program).
pub(crate) fn not_found(looked_at: Vec<String>) -> Error {
    Error::credentials(format!(
        "no NCP API keys found (none given explicitly); looked at: {}",
        looked_at.join("; ")
    ))
    .with_provider(PROVIDER)
    .with_hint(format!(
        "pass keys with ncloud::ClientBuilder::credentials or a profile with ClientBuilder::profile, \
         set {ENV_ACCESS_KEY_ID} and {ENV_SECRET_ACCESS_KEY}, or run `ncloud configure` \
         (it writes {CONFIGURE_FILE_DISPLAY}); on an NCP server, give the server a role"
    ))
}

/// The keys of `profile` in the configure file at `path`: `Ok(Ok(keys))`, `Ok(Err(why not))`
/// when the file or the keys are missing, `Err` when the file exists but cannot be read.
fn from_file(path: &Path, profile: &str) -> Result<std::result::Result<Credentials, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Err(format!(
                "{} [{profile}]: the file does not exist",
                path.display()
            )));
        }
        Err(e) => {
            return Err(
                Error::credentials(format!("cannot read {}: {e}", path.display()))
                    .with_provider(PROVIDER)
                    .with_source(e),
            );
        }
    };
    let sections = ini_sections(&text);
    let Some((name, section)) = find_profile(&sections, profile) else {
        return Ok(Err(format!(
            "{} has no [{profile}] profile",
            path.display()
        )));
    };
    let get = |k: &str| section.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    match (get(FILE_ACCESS_KEY), get(FILE_SECRET_KEY)) {
        (Some(access_key), Some(secret_key)) => Ok(Ok(Credentials {
            access_key: access_key.to_string(),
            secret_key: SecretString::from(secret_key.to_string()),
            source: CredentialSource::File(path.to_path_buf(), name.unwrap_or("").to_string()),
            api_url: get(FILE_API_URL).map(str::to_string),
        })),
        (a, _) => {
            let missing = if a.is_none() {
                FILE_ACCESS_KEY
            } else {
                FILE_SECRET_KEY
            };
            let shown = match name {
                Some(n) => format!("[{n}]"),
                None => "(no section header)".to_string(),
            };
            Ok(Err(format!("{} {shown} has no {missing}", path.display())))
        }
    }
}

/// Sections of a configure file, in order: the keys before any `[name]` line under `None`, then
/// each `[name]` (`key = value` lines; `#` and `;` start comments).
type Sections = Vec<(Option<String>, HashMap<String, String>)>;

/// Parse `~/.ncloud/configure` (see [`Sections`]).
fn ini_sections(text: &str) -> Sections {
    let mut sections: Sections = vec![(None, HashMap::new())];
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push((Some(name.trim().to_string()), HashMap::new()));
            continue;
        }
        if let Some((k, v)) = line.split_once('=')
            && let Some((_, map)) = sections.last_mut()
        {
            map.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    sections
}

/// The section standing for `profile`: a named one exactly; the default one as `[DEFAULT]`, else
/// `[default]` (any case), else the keys written before any section header (a file without
/// headers, as NAVER's SDKs read it). The name is `None` for the header-less keys.
fn find_profile<'a>(
    sections: &'a Sections,
    profile: &str,
) -> Option<(Option<&'a str>, &'a HashMap<String, String>)> {
    let named = |pred: &dyn Fn(&str) -> bool| {
        sections.iter().find_map(|(n, m)| match n {
            Some(n) if pred(n) => Some((Some(n.as_str()), m)),
            _ => None,
        })
    };
    if let Some(found) = named(&|n| n == profile) {
        return Some(found);
    }
    if !profile.eq_ignore_ascii_case(DEFAULT_PROFILE) {
        return None;
    }
    named(&|n| n.eq_ignore_ascii_case(DEFAULT_PROFILE)).or_else(|| {
        sections
            .first()
            .filter(|(n, m)| n.is_none() && !m.is_empty())
            .map(|(_, m)| (None, m))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    const FILE: &str = "[DEFAULT]\nncloud_access_key_id = DEFAULT_AK\nncloud_secret_access_key = DEFAULT_SK\nncloud_api_url = https://ncloud.apigw.ntruss.com\n\n[prod]\nncloud_access_key_id=PROD_AK\nncloud_secret_access_key=PROD_SK\n\n[half]\nncloud_access_key_id=HALF_AK\n";

    fn home_with_file() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".ncloud")).unwrap();
        std::fs::write(dir.path().join(CONFIGURE_FILE), FILE).unwrap();
        dir
    }

    #[test]
    fn explicit_beats_environment_beats_file() {
        let home = home_with_file();
        let env = MapEnv::new()
            .with(ENV_ACCESS_KEY, "ENV_AK")
            .with(ENV_SECRET_KEY, "ENV_SK")
            .with_home(home.path());
        let c = Credentials::resolve(Some(Credentials::new("X_AK", "X_SK")), None, &env).unwrap();
        assert_eq!(
            (c.access_key(), c.source()),
            ("X_AK", &CredentialSource::Explicit)
        );
        let c = Credentials::resolve(None, None, &env).unwrap();
        assert_eq!(c.access_key(), "ENV_AK");
        assert_eq!(c.secret_key().expose_secret(), "ENV_SK");
        let env = MapEnv::new().with_home(home.path());
        let c = Credentials::resolve(None, None, &env).unwrap();
        assert_eq!(c.access_key(), "DEFAULT_AK");
        assert_eq!(
            c.source(),
            &CredentialSource::File(home.path().join(CONFIGURE_FILE), "DEFAULT".into())
        );
    }

    #[test]
    fn a_chosen_profile_wins_over_the_environment_and_must_be_complete() {
        let home = home_with_file();
        let env = MapEnv::new()
            .with(ENV_ACCESS_KEY, "ENV_AK")
            .with(ENV_SECRET_KEY, "ENV_SK")
            .with_home(home.path());
        let c = Credentials::resolve(None, Some("prod"), &env).unwrap();
        assert_eq!(c.access_key(), "PROD_AK");
        let e = Credentials::resolve(None, Some("half"), &env).unwrap_err();
        assert!(
            e.to_string()
                .contains("[half] has no ncloud_secret_access_key"),
            "{e}"
        );
        let e = Credentials::resolve(None, Some("staging"), &env).unwrap_err();
        assert!(e.to_string().contains("has no [staging] profile"), "{e}");
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
    }

    #[test]
    fn nothing_found_names_every_place_and_what_was_incomplete() {
        let home = tempfile::tempdir().unwrap();
        let env = MapEnv::new()
            .with(ENV_ACCESS_KEY, "ENV_AK")
            .with_home(home.path());
        let e = Credentials::resolve(None, None, &env).unwrap_err();
        let s = e.to_string();
        for needle in [
            "explicitly",
            ENV_ACCESS_KEY,
            ENV_SECRET_KEY,
            "~/.ncloud/configure",
            "NCLOUD_ACCESS_KEY is set but NCLOUD_SECRET_ACCESS_KEY / NCLOUD_SECRET_KEY is not",
            "does not exist",
        ] {
            assert!(s.contains(needle), "{needle} missing from: {s}");
        }
        assert!(!e.may_have_reached_server());
        let e = Credentials::resolve(Some(Credentials::new("AK", "")), None, &env).unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let c = Credentials::new("AK_VISIBLE", "SUPER_SECRET_VALUE");
        let d = format!("{c:?}");
        assert!(
            d.contains("AK_VISIBLE")
                && d.contains("[REDACTED]")
                && !d.contains("SUPER_SECRET_VALUE"),
            "{d}"
        );
    }

    #[test]
    fn ini_sections_are_read() {
        let text = "ncloud_access_key_id = TOP\n[DEFAULT]\nncloud_access_key_id = AK\nncloud_secret_access_key=SK\n\n[prod]\nncloud_access_key_id=P\n";
        let s = ini_sections(text);
        let (name, d) = find_profile(&s, "DEFAULT").unwrap();
        assert_eq!(name, Some("DEFAULT"));
        assert_eq!(d["ncloud_access_key_id"], "AK");
        assert_eq!(d["ncloud_secret_access_key"], "SK");
        assert_eq!(
            find_profile(&s, "prod").unwrap().1["ncloud_access_key_id"],
            "P"
        );
        assert!(find_profile(&s, "missing").is_none());
        let s = ini_sections("[default]\nncloud_access_key_id = low\n");
        assert_eq!(find_profile(&s, "DEFAULT").unwrap().0, Some("default"));
        let s = ini_sections("ncloud_access_key_id = bare\n");
        let (name, d) = find_profile(&s, "DEFAULT").unwrap();
        assert_eq!((name, d["ncloud_access_key_id"].as_str()), (None, "bare"));
        assert!(find_profile(&s, "prod").is_none());
    }
}
