//! NCP API keys and where they come from: explicit, the environment, `~/.ncloud/configure`.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use crate::runtime::credentials::{CredentialSource, ExposeSecret, SecretString, not_found};
use crate::runtime::{Env, Error, Result};

use super::PROVIDER;

/// Environment variable with the access key id (the name NCP's Terraform provider reads).
pub const ENV_ACCESS_KEY: &str = "NCLOUD_ACCESS_KEY";
/// Environment variable with the secret key.
pub const ENV_SECRET_KEY: &str = "NCLOUD_SECRET_KEY";
/// The key file of NCP's tools, relative to the home directory.
pub const CONFIGURE_FILE: &str = ".ncloud/configure";
/// The profile read from [`CONFIGURE_FILE`] when none is chosen.
pub const DEFAULT_PROFILE: &str = "DEFAULT";
/// Key of the access key id in a [`CONFIGURE_FILE`] profile.
pub const FILE_ACCESS_KEY: &str = "ncloud_access_key_id";
/// Key of the secret key in a [`CONFIGURE_FILE`] profile.
pub const FILE_SECRET_KEY: &str = "ncloud_secret_access_key";

/// How the configure file is named in messages.
const CONFIGURE_FILE_DISPLAY: &str = "~/.ncloud/configure";

/// An NCP access key id and its secret key, with where they were found.
///
/// `Debug` shows the access key id (it is sent with every request) but never the secret key.
#[derive(Clone)]
pub struct Credentials {
    access_key: String,
    secret_key: SecretString,
    source: CredentialSource,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.access_key)
            .field("secret_key", &"[REDACTED]")
            .field("source", &self.source)
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

    /// Find the keys: `explicit` if given; else, unless a `profile` is chosen,
    /// [`ENV_ACCESS_KEY`] and [`ENV_SECRET_KEY`]; else the `profile` (default
    /// [`DEFAULT_PROFILE`]) of `~/.ncloud/configure`, the home directory coming from `env`.
    ///
    /// A source counts only when it has both keys. When none has, the error names all the
    /// places and says what was found incomplete in each.
    pub fn resolve(
        explicit: Option<Credentials>,
        profile: Option<&str>,
        env: &dyn Env,
    ) -> Result<Self> {
        if let Some(c) = explicit {
            if c.access_key.trim().is_empty() || c.secret_key.expose_secret().trim().is_empty() {
                return Err(Error::credentials(
                    "explicit NCP credentials need both an access key and a secret key",
                )
                .with_provider(PROVIDER));
            }
            return Ok(c);
        }
        let mut notes = Vec::new();
        if profile.is_none() {
            match (env.var(ENV_ACCESS_KEY), env.var(ENV_SECRET_KEY)) {
                (Some(access_key), Some(secret_key)) => {
                    return Ok(Self {
                        access_key,
                        secret_key: SecretString::from(secret_key),
                        source: CredentialSource::Environment(vec![ENV_ACCESS_KEY, ENV_SECRET_KEY]),
                    });
                }
                (Some(_), None) => notes.push(format!(
                    "{ENV_ACCESS_KEY} is set but {ENV_SECRET_KEY} is not"
                )),
                (None, Some(_)) => notes.push(format!(
                    "{ENV_SECRET_KEY} is set but {ENV_ACCESS_KEY} is not"
                )),
                (None, None) => {}
            }
        }
        let chosen = profile.is_some();
        let profile = profile.unwrap_or(DEFAULT_PROFILE);
        match env.home_dir() {
            None => notes.push(format!(
                "no home directory is known, so {CONFIGURE_FILE_DISPLAY} was not read"
            )),
            Some(home) => {
                let path = home.join(CONFIGURE_FILE);
                match from_file(&path, profile)? {
                    Ok(c) => return Ok(c),
                    Err(note) => notes.push(note),
                }
            }
        }
        if chosen {
            // The profile was asked for by name: say what is wrong with it, not where else to look.
            return Err(Error::credentials(format!(
                "NCP profile [{profile}] unusable: {}",
                notes.join("; ")
            ))
            .with_provider(PROVIDER));
        }
        Err(not_found(
            PROVIDER,
            "NCP API keys",
            &[ENV_ACCESS_KEY, ENV_SECRET_KEY],
            &format!("{CONFIGURE_FILE_DISPLAY} ([{DEFAULT_PROFILE}] with {FILE_ACCESS_KEY} and {FILE_SECRET_KEY})"),
        )
        .with_details(notes))
    }
}

/// The keys of `profile` in the configure file at `path`: `Ok(Ok(keys))`, `Ok(Err(why not))`
/// when the file or the keys are missing, `Err` when the file exists but cannot be read.
fn from_file(path: &Path, profile: &str) -> Result<std::result::Result<Credentials, String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Err(format!("{} does not exist", path.display())));
        }
        Err(e) => {
            return Err(
                Error::credentials(format!("cannot read {}: {e}", path.display()))
                    .with_provider(PROVIDER)
                    .with_source(e),
            );
        }
    };
    let Some(section) = ini_section(&text, profile) else {
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
            source: CredentialSource::File(path.to_path_buf(), profile.to_string()),
        })),
        (a, _) => {
            let missing = if a.is_none() {
                FILE_ACCESS_KEY
            } else {
                FILE_SECRET_KEY
            };
            Ok(Err(format!(
                "{} [{profile}] has no {missing}",
                path.display()
            )))
        }
    }
}

/// One section of `~/.ncloud/configure` (`[name]`, then `key = value` lines; `#` and `;` start
/// comments).
fn ini_section(text: &str, section: &str) -> Option<HashMap<String, String>> {
    let mut current: Option<String> = None;
    let mut found: Option<HashMap<String, String>> = None;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.trim().to_string());
            if current.as_deref() == Some(section) {
                found.get_or_insert_with(HashMap::new);
            }
            continue;
        }
        if current.as_deref() == Some(section)
            && let Some((k, v)) = line.split_once('=')
        {
            found
                .get_or_insert_with(HashMap::new)
                .insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    found
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
        assert_eq!(e.kind(), &crate::ErrorKind::Credentials);
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
            "NCLOUD_ACCESS_KEY is set but NCLOUD_SECRET_KEY is not",
            "does not exist",
        ] {
            assert!(s.contains(needle), "{needle} missing from: {s}");
        }
        assert!(!e.may_have_reached_server());
        let e = Credentials::resolve(Some(Credentials::new("AK", "")), None, &env).unwrap_err();
        assert_eq!(e.kind(), &crate::ErrorKind::Credentials);
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
        let text = "[DEFAULT]\nncloud_access_key_id = AK\nncloud_secret_access_key=SK\n\n[prod]\nncloud_access_key_id=P\n";
        let d = ini_section(text, "DEFAULT").unwrap();
        assert_eq!(d["ncloud_access_key_id"], "AK");
        assert_eq!(d["ncloud_secret_access_key"], "SK");
        assert_eq!(
            ini_section(text, "prod").unwrap()["ncloud_access_key_id"],
            "P"
        );
        assert!(ini_section(text, "missing").is_none());
    }
}
