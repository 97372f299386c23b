//! Alibaba Cloud AccessKey credentials and where they are found: explicit, then the environment,
//! then the aliyun CLI's profile file.

use std::fmt;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::PROVIDER;
use crate::runtime::credentials::{CredentialSource, Env, not_found};
use crate::runtime::{Error, Result};

/// Environment variable holding the AccessKey id.
pub const ENV_ACCESS_KEY_ID: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// Environment variable holding the AccessKey secret.
pub const ENV_ACCESS_KEY_SECRET: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// Environment variable holding the STS security token of temporary credentials.
pub const ENV_SECURITY_TOKEN: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";
/// Environment variable naming the profile of the aliyun CLI file to use (instead of `current`).
pub const ENV_PROFILE: &str = "ALIBABA_CLOUD_PROFILE";
/// The aliyun CLI's profile file, relative to the home directory.
pub const CONFIG_FILE: &str = "~/.aliyun/config.json";

/// An Alibaba Cloud AccessKey pair, with the STS security token when the credentials are
/// temporary.
///
/// `Debug` shows the AccessKey id (it is sent in every `Authorization` header) but never the
/// secret or the token.
#[derive(Clone)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: SecretString,
    security_token: Option<SecretString>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("alibaba::Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"[REDACTED]")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "[REDACTED]"),
            )
            .finish()
    }
}

impl Credentials {
    /// Long-term AccessKey credentials.
    pub fn new(access_key_id: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: SecretString::from(access_key_secret.into()),
            security_token: None,
        }
    }

    /// Temporary (STS) credentials: the token is sent and signed as `x-acs-security-token`.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(SecretString::from(token.into()));
        self
    }

    /// The AccessKey id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &SecretString {
        &self.access_key_secret
    }

    /// The STS security token, for temporary credentials.
    pub fn security_token(&self) -> Option<&SecretString> {
        self.security_token.as_ref()
    }

    /// Whether these are temporary STS credentials.
    pub fn is_sts(&self) -> bool {
        self.security_token.is_some()
    }

    /// Credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID` and `ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and
    /// `ALIBABA_CLOUD_SECURITY_TOKEN` when set). `Ok(None)` when neither key variable is set; an
    /// error when only one of them is.
    pub fn from_env(env: &dyn Env) -> Result<Option<Self>> {
        match (env.var(ENV_ACCESS_KEY_ID), env.var(ENV_ACCESS_KEY_SECRET)) {
            (None, None) => Ok(None),
            (Some(id), Some(secret)) => {
                let mut c = Self::new(id.trim(), secret.trim());
                if let Some(token) = env.var(ENV_SECURITY_TOKEN) {
                    c = c.with_security_token(token.trim());
                }
                Ok(Some(c))
            }
            (Some(_), None) => Err(Error::credentials(format!(
                "{ENV_ACCESS_KEY_ID} is set but {ENV_ACCESS_KEY_SECRET} is not: set both, or neither"
            ))
            .with_provider(PROVIDER)),
            (None, Some(_)) => Err(Error::credentials(format!(
                "{ENV_ACCESS_KEY_SECRET} is set but {ENV_ACCESS_KEY_ID} is not: set both, or neither"
            ))
            .with_provider(PROVIDER)),
        }
    }

    /// Credentials from a profile of the aliyun CLI file (`config.json`): the profile named
    /// `profile`, else the one `ALIBABA_CLOUD_PROFILE` names, else the file's `current` profile
    /// (`default` when unset). Profiles in mode `AK` and `StsToken` are understood.
    ///
    /// `Ok(None)` when the file does not exist and no profile was asked for by name.
    pub fn from_profile_file(
        path: &Path,
        profile: Option<&str>,
        env: &dyn Env,
    ) -> Result<Option<(Self, String)>> {
        let named = profile.map(str::to_string).or_else(|| env.var(ENV_PROFILE));
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && named.is_none() => {
                return Ok(None);
            }
            Err(e) => {
                return Err(Error::credentials(format!(
                    "cannot read the aliyun CLI profile file {}: {e}",
                    path.display()
                ))
                .with_provider(PROVIDER));
            }
        };
        parse_profile_file(&text, path, named.as_deref()).map(Some)
    }

    /// Find credentials: the environment first, then the aliyun CLI profile file under `env`'s
    /// home directory. With `profile`, only that profile of the file is used.
    ///
    /// The error for credentials found nowhere names every place that was looked at.
    pub fn resolve(env: &dyn Env, profile: Option<&str>) -> Result<(Self, CredentialSource)> {
        if profile.is_none()
            && let Some(c) = Self::from_env(env)?
        {
            let mut vars = vec![ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET];
            if c.is_sts() {
                vars.push(ENV_SECURITY_TOKEN);
            }
            return Ok((c, CredentialSource::Environment(vars)));
        }
        let path = env.home_dir().map(|h| config_path(&h));
        if let Some(path) = &path
            && let Some((c, name)) = Self::from_profile_file(path, profile, env)?
        {
            return Ok((c, CredentialSource::File(path.clone(), name)));
        }
        if let Some(name) = profile {
            return Err(Error::credentials(format!(
                "profile `{name}` was asked for, but there is no home directory to find {CONFIG_FILE} in"
            ))
            .with_provider(PROVIDER));
        }
        let file = match &path {
            Some(p) => format!(
                "{} (its `current` profile, or the one {ENV_PROFILE} names)",
                p.display()
            ),
            None => format!("{CONFIG_FILE} (no home directory was found to look in)"),
        };
        Err(
            not_found(PROVIDER, "Alibaba Cloud credentials", &[ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET], &file)
                .with_hint(format!(
                    "for temporary STS credentials also set {ENV_SECURITY_TOKEN}, or use an `aliyun configure --mode StsToken` profile"
                )),
        )
    }
}

/// `config.json` of the aliyun CLI under `home`.
pub(crate) fn config_path(home: &Path) -> PathBuf {
    home.join(".aliyun").join("config.json")
}

/// The parts of the aliyun CLI file deploykit reads. Not `Debug`: profiles hold secrets.
#[derive(Deserialize)]
struct CliConfig {
    #[serde(default)]
    current: String,
    #[serde(default)]
    profiles: Vec<CliProfile>,
}

/// One profile of the aliyun CLI file. Not `Debug`: it holds secrets.
#[derive(Deserialize)]
struct CliProfile {
    #[serde(default)]
    name: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: String,
    #[serde(default)]
    sts_token: String,
}

fn file_error(path: &Path, message: impl fmt::Display) -> Error {
    Error::credentials(format!("{}: {message}", path.display())).with_provider(PROVIDER)
}

/// Read the chosen profile of the aliyun CLI file. Error messages name the file and the profile
/// but never quote values (a JSON error points at a line and column only).
fn parse_profile_file(
    text: &str,
    path: &Path,
    named: Option<&str>,
) -> Result<(Credentials, String)> {
    let config: CliConfig = serde_json::from_str(text).map_err(|e| {
        file_error(
            path,
            format_args!(
                "not a valid aliyun CLI profile file (JSON {:?} error at line {}, column {})",
                e.classify(),
                e.line(),
                e.column()
            ),
        )
    })?;
    let wanted = match named {
        Some(n) => n.to_string(),
        None if config.current.trim().is_empty() => "default".to_string(),
        None => config.current.trim().to_string(),
    };
    let Some(profile) = config.profiles.iter().find(|p| p.name == wanted) else {
        let names: Vec<&str> = config.profiles.iter().map(|p| p.name.as_str()).collect();
        return Err(file_error(
            path,
            format_args!(
                "has no profile `{wanted}` (profiles: {})",
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            ),
        ));
    };
    let mode = profile.mode.trim();
    let sts = if mode.eq_ignore_ascii_case("StsToken") {
        true
    } else if mode.eq_ignore_ascii_case("AK") || mode.is_empty() {
        false
    } else {
        return Err(file_error(
            path,
            format_args!(
                "profile `{wanted}` uses mode {mode}, which deploykit does not read; use a profile in mode AK or StsToken, or set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET}"
            ),
        ));
    };
    let id = profile.access_key_id.trim();
    let secret = profile.access_key_secret.trim();
    if id.is_empty() || secret.is_empty() {
        return Err(file_error(
            path,
            format_args!("profile `{wanted}` has no access_key_id or no access_key_secret"),
        ));
    }
    let mut c = Credentials::new(id, secret);
    if sts {
        let token = profile.sts_token.trim();
        if token.is_empty() {
            return Err(file_error(
                path,
                format_args!("profile `{wanted}` is in mode StsToken but has no sts_token"),
            ));
        }
        c = c.with_security_token(token);
    }
    Ok((c, wanted))
}

/// The secret, for the signer only.
pub(crate) fn expose(secret: &SecretString) -> &str {
    secret.expose_secret()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    const FILE: &str = r#"{
        "current": "work",
        "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "ID-DEF", "access_key_secret": "S-DEF", "sts_token": "", "region_id": "cn-hangzhou"},
            {"name": "work", "mode": "AK", "access_key_id": "ID-WORK", "access_key_secret": "S-WORK", "region_id": "cn-shanghai"},
            {"name": "temp", "mode": "StsToken", "access_key_id": "STS.ID", "access_key_secret": "S-TMP", "sts_token": "TOKEN"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": "ID", "access_key_secret": "S", "ram_role_arn": "acs:ram::1:role/x"}
        ],
        "meta_path": ""
    }"#;

    fn path() -> PathBuf {
        PathBuf::from("/home/u/.aliyun/config.json")
    }

    #[test]
    fn current_profile_is_the_default_choice() {
        let (c, name) = parse_profile_file(FILE, &path(), None).unwrap();
        assert_eq!((c.access_key_id(), name.as_str()), ("ID-WORK", "work"));
        assert!(!c.is_sts());
    }

    #[test]
    fn sts_profile_carries_its_token() {
        let (c, _) = parse_profile_file(FILE, &path(), Some("temp")).unwrap();
        assert_eq!(c.access_key_id(), "STS.ID");
        assert_eq!(c.security_token().map(|t| t.expose_secret()), Some("TOKEN"));
    }

    #[test]
    fn unsupported_mode_and_missing_profile_are_explained() {
        let e = parse_profile_file(FILE, &path(), Some("role")).unwrap_err();
        assert!(e.to_string().contains("RamRoleArn"), "{e}");
        let e = parse_profile_file(FILE, &path(), Some("nope")).unwrap_err();
        let s = e.to_string();
        assert!(
            s.contains("nope") && s.contains("default, work, temp, role"),
            "{s}"
        );
    }

    #[test]
    fn broken_json_is_reported_without_quoting_values() {
        let text = r#"{"profiles": [{"name": "default", "access_key_secret": "TOPSECRET" "#;
        let e = parse_profile_file(text, &path(), None).unwrap_err();
        let s = e.to_string();
        assert!(s.contains("config.json") && s.contains("line"), "{s}");
        assert!(!s.contains("TOPSECRET"), "{s}");
    }

    #[test]
    fn half_configured_environment_is_an_error() {
        let env = MapEnv::new().with(ENV_ACCESS_KEY_ID, "ID");
        let e = Credentials::from_env(&env).unwrap_err();
        assert!(e.to_string().contains(ENV_ACCESS_KEY_SECRET));
    }

    #[test]
    fn debug_hides_secret_and_token() {
        let c = Credentials::new("ID", "SECRET-VALUE").with_security_token("TOKEN-VALUE");
        let d = format!("{c:?}");
        assert!(d.contains("ID") && !d.contains("SECRET-VALUE") && !d.contains("TOKEN-VALUE"));
    }
}
