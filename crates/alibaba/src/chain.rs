//! Where an Alibaba client's credentials and region come from, in the order of Alibaba's official
//! credentials libraries (`alibabacloud_credentials` `DefaultCredentialsProvider`,
//! `credentials-go` `NewDefaultCredentialsProvider`):
//!
//! 1. the environment: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`
//!    (+ `ALIBABA_CLOUD_SECURITY_TOKEN`);
//! 2. an OIDC role: `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`,
//!    `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (`AssumeRoleWithOIDC`);
//! 3. the aliyun CLI's `~/.aliyun/config.json`: the profile `ALIBABA_CLOUD_PROFILE` names, else
//!    its `current` one, in mode AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC
//!    or CredentialsURI;
//! 4. the credentials file `~/.alibabacloud/credentials` (`ALIBABA_CLOUD_CREDENTIALS_FILE`), the
//!    section `ALIBABA_CLOUD_PROFILE` names, else `[default]`;
//! 5. the ECS instance role, from the metadata service (unless
//!    `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`);
//! 6. `ALIBABA_CLOUD_CREDENTIALS_URI`.
//!
//! Everything that can be read from files and variables is read when the client is built;
//! what needs a round trip (STS, the metadata service, the URI) happens at the first call
//! ([`super::sts`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::PROVIDER;
use super::credentials::*;
use super::sts::{DEFAULT_DURATION, Endpoints, OidcRole, Source};
use crate::runtime::credentials::{CredentialSource, Env, home, is_true};
use crate::runtime::{Error, Result};

/// The aliyun CLI's file under `home`.
pub(crate) fn config_path(home: &Path) -> PathBuf {
    home.join(".aliyun").join("config.json")
}

/// The credentials file: `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`.
pub(crate) fn credentials_file(env: &dyn Env) -> Option<PathBuf> {
    env.var(ENV_CREDENTIALS_FILE)
        .map(PathBuf::from)
        .or_else(|| home(env).map(|h| h.join(".alibabacloud").join("credentials")))
}

/// What the chain found: the source and how to describe it.
pub(crate) struct Found {
    pub source: Source,
    pub described: CredentialSource,
}

/// The parts of the aliyun CLI file deploykit reads. Not `Debug`: profiles hold secrets.
#[derive(Deserialize)]
struct CliConfig {
    #[serde(default)]
    current: String,
    #[serde(default)]
    profiles: Vec<CliProfile>,
}

/// One profile of the aliyun CLI file (the field names `aliyun configure` writes). Not `Debug`:
/// it holds secrets.
#[derive(Deserialize, Default)]
#[serde(default)]
struct CliProfile {
    name: String,
    mode: String,
    access_key_id: String,
    access_key_secret: String,
    sts_token: String,
    sts_region: String,
    ram_role_name: String,
    ram_role_arn: String,
    ram_session_name: String,
    external_id: String,
    source_profile: String,
    expired_seconds: u64,
    region_id: String,
    credentials_uri: String,
    oidc_provider_arn: String,
    oidc_token_file: String,
    policy: String,
    enable_vpc: bool,
}

fn file_error(path: &Path, message: impl std::fmt::Display) -> Error {
    Error::credentials(format!("{}: {message}", path.display())).with_provider(PROVIDER)
}

/// The aliyun CLI file, parsed; `Ok(None)` when it does not exist. Errors name the file and a
/// line and column, never a value.
fn read_cli_config(path: &Path) -> Result<Option<CliConfig>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(file_error(path, format_args!("cannot be read: {e}")));
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| {
        file_error(
            path,
            format_args!(
                "not a valid aliyun CLI profile file (JSON {:?} error at line {}, column {})",
                e.classify(),
                e.line(),
                e.column()
            ),
        )
    })
}

/// The name of the profile to use: `named`, else the file's `current` (`default` when empty).
fn profile_name(config: &CliConfig, named: Option<&str>) -> String {
    match named {
        Some(n) => n.to_string(),
        None if config.current.trim().is_empty() => "default".to_string(),
        None => config.current.trim().to_string(),
    }
}

fn find_profile<'c>(config: &'c CliConfig, wanted: &str, path: &Path) -> Result<&'c CliProfile> {
    config
        .profiles
        .iter()
        .find(|p| p.name == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = config.profiles.iter().map(|p| p.name.as_str()).collect();
            file_error(
                path,
                format_args!(
                    "has no profile `{wanted}` (profiles: {})",
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                ),
            )
        })
}

/// The `region_id` of the profile that the aliyun CLI would use (`profile`, else
/// `ALIBABA_CLOUD_PROFILE`, else `current`); `None` when there is no such file or profile.
pub(crate) fn profile_region(env: &dyn Env, profile: Option<&str>) -> Option<(String, String)> {
    let path = config_path(&home(env)?);
    let config = read_cli_config(&path).ok()??;
    let named = profile.map(str::to_string).or_else(|| env.var(ENV_PROFILE));
    let wanted = profile_name(&config, named.as_deref());
    let region = config
        .profiles
        .iter()
        .find(|p| p.name == wanted)?
        .region_id
        .trim()
        .to_string();
    (!region.is_empty()).then_some((wanted, region))
}

fn required<'a>(value: &'a str, field: &str, profile: &str, path: &Path) -> Result<&'a str> {
    let v = value.trim();
    if v.is_empty() {
        Err(file_error(
            path,
            format_args!("profile `{profile}` has no {field}"),
        ))
    } else {
        Ok(v)
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// The source a profile of the aliyun CLI file stands for (`depth` guards against
/// `source_profile` cycles).
fn cli_profile_source(
    config: &CliConfig,
    wanted: &str,
    path: &Path,
    endpoints: &Endpoints,
    env: &dyn Env,
    depth: usize,
) -> Result<(Source, CredentialSource)> {
    if depth > 8 {
        return Err(file_error(
            path,
            format_args!("profile `{wanted}`: source_profile chain is longer than 8 (a cycle?)"),
        ));
    }
    let p = find_profile(config, wanted, path)?;
    let here = CredentialSource::File(path.to_path_buf(), wanted.to_string());
    let keys = |with_token: bool| -> Result<Credentials> {
        let id = required(&p.access_key_id, "access_key_id", wanted, path)?;
        let secret = required(&p.access_key_secret, "access_key_secret", wanted, path)?;
        let mut c = Credentials::new(id, secret);
        if with_token {
            c = c.with_security_token(required(&p.sts_token, "sts_token", wanted, path)?);
        }
        Ok(c)
    };
    let duration = |what: &str| -> Result<u64> {
        match p.expired_seconds {
            0 => Ok(DEFAULT_DURATION),
            s if s < 900 => Err(file_error(
                path,
                format_args!(
                    "profile `{wanted}` ({what}): expired_seconds is {s}; STS sessions last 900 seconds at least"
                ),
            )),
            s => Ok(s),
        }
    };
    let sts = endpoints.sts_for(non_empty(&p.sts_region).as_deref(), p.enable_vpc, env);
    let mode = p.mode.trim();
    let is = |m: &str| mode.eq_ignore_ascii_case(m);
    let found = if mode.is_empty() || is("AK") {
        (Source::Static(keys(false)?), here)
    } else if is("StsToken") {
        (Source::Static(keys(true)?), here)
    } else if is("RamRoleArn") || is("ChainableRamRoleArn") {
        let role = required(&p.ram_role_arn, "ram_role_arn", wanted, path)?.to_string();
        let (inner, inner_described) = if is("RamRoleArn") {
            (Source::Static(keys(false)?), here)
        } else {
            let source = required(&p.source_profile, "source_profile", wanted, path)?;
            cli_profile_source(config, source, path, endpoints, env, depth + 1)?
        };
        (
            Source::AssumeRole {
                with: Box::new(inner),
                role_arn: role.clone(),
                session_name: non_empty(&p.ram_session_name),
                duration_secs: duration(mode)?,
                policy: non_empty(&p.policy),
                external_id: non_empty(&p.external_id),
                sts,
            },
            CredentialSource::Role {
                role,
                with: Box::new(inner_described),
            },
        )
    } else if is("EcsRamRole") {
        ecs_role(non_empty(&p.ram_role_name), endpoints, env)
    } else if is("OIDC") {
        let role = required(&p.ram_role_arn, "ram_role_arn", wanted, path)?.to_string();
        let provider = required(&p.oidc_provider_arn, "oidc_provider_arn", wanted, path)?;
        let file = PathBuf::from(required(
            &p.oidc_token_file,
            "oidc_token_file",
            wanted,
            path,
        )?);
        oidc_role(OidcRole {
            role_arn: role,
            provider_arn: provider.to_string(),
            token_file: file,
            session_name: non_empty(&p.ram_session_name),
            duration_secs: duration(mode)?,
            policy: non_empty(&p.policy),
            sts,
        })
    } else if is("CredentialsURI") {
        let uri = non_empty(&p.credentials_uri)
            .or_else(|| env.var(ENV_CREDENTIALS_URI))
            .ok_or_else(|| {
                file_error(
                    path,
                    format_args!(
                        "profile `{wanted}` is in mode CredentialsURI but has no credentials_uri (and {ENV_CREDENTIALS_URI} is not set)"
                    ),
                )
            })?;
        check_uri(&uri)?;
        (Source::Uri(uri.clone()), CredentialSource::Uri(uri))
    } else {
        return Err(file_error(
            path,
            format_args!(
                "profile `{wanted}` uses mode {mode}, which deploykit does not read (it reads AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC and CredentialsURI); choose another profile with --profile or {ENV_PROFILE}, or set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET}"
            ),
        ));
    };
    Ok(found)
}

fn check_uri(uri: &str) -> Result<()> {
    match url::Url::parse(uri) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(()),
        _ => Err(Error::credentials(format!(
            "the credentials URI {} is not an http(s) URL",
            crate::runtime::error::clean(uri)
        ))
        .with_provider(PROVIDER)),
    }
}

/// The sections of an INI file (`[name]`, `key = value`; `#` and `;` lines are comments, and a
/// `#` inside a value starts a comment, as Alibaba's Python library reads it).
pub(crate) fn ini_sections(text: &str) -> HashMap<String, HashMap<String, String>> {
    let mut out: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut current: Option<String> = None;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim().to_string();
            out.entry(name.clone()).or_default();
            current = Some(name);
            continue;
        }
        if let (Some(section), Some((k, v))) = (&current, line.split_once('=')) {
            let v = v.split('#').next().unwrap_or_default().trim();
            out.entry(section.clone())
                .or_default()
                .insert(k.trim().to_string(), v.to_string());
        }
    }
    out
}

/// The source a section of the credentials file stands for; `Ok(None)` when the file or the
/// section does not exist (with what was seen, for the error naming every place).
fn ini_source(
    path: &Path,
    section: &str,
    endpoints: &Endpoints,
    env: &dyn Env,
) -> Result<std::result::Result<(Source, CredentialSource), String>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Err(format!("{} does not exist", path.display())));
        }
        Err(e) => return Err(file_error(path, format_args!("cannot be read: {e}"))),
    };
    let sections = ini_sections(&text);
    let Some(s) = sections.get(section) else {
        return Ok(Err(format!(
            "{} has no [{section}] section",
            path.display()
        )));
    };
    let here = CredentialSource::File(path.to_path_buf(), section.to_string());
    let get = |k: &str| s.get(k).map(|v| v.trim()).filter(|v| !v.is_empty());
    let need =
        |k: &str| get(k).ok_or_else(|| file_error(path, format_args!("[{section}] has no {k}")));
    let kind = get("type").unwrap_or("");
    let sts = endpoints.sts_for(None, false, env);
    let found = match kind {
        "access_key" => (
            Source::Static(Credentials::new(
                need("access_key_id")?,
                need("access_key_secret")?,
            )),
            here,
        ),
        "ecs_ram_role" => ecs_role(get("role_name").map(str::to_string), endpoints, env),
        "ram_role_arn" => {
            let role = need("role_arn")?.to_string();
            (
                Source::AssumeRole {
                    with: Box::new(Source::Static(Credentials::new(
                        need("access_key_id")?,
                        need("access_key_secret")?,
                    ))),
                    role_arn: role.clone(),
                    session_name: get("role_session_name").map(str::to_string),
                    duration_secs: DEFAULT_DURATION,
                    policy: get("policy").map(str::to_string),
                    external_id: None,
                    sts,
                },
                CredentialSource::Role {
                    role,
                    with: Box::new(here),
                },
            )
        }
        "oidc_role_arn" => oidc_role(OidcRole {
            role_arn: need("role_arn")?.to_string(),
            provider_arn: need("oidc_provider_arn")?.to_string(),
            token_file: PathBuf::from(need("oidc_token_file_path")?),
            session_name: get("role_session_name").map(str::to_string),
            duration_secs: DEFAULT_DURATION,
            policy: get("policy").map(str::to_string),
            sts,
        }),
        other => {
            return Err(file_error(
                path,
                format_args!(
                    "[{section}] has type `{other}`, which deploykit does not read (it reads access_key, ecs_ram_role, ram_role_arn and oidc_role_arn)"
                ),
            ));
        }
    };
    Ok(Ok(found))
}

/// Find the credentials (see the module documentation). With `profile` (`--profile`), only
/// that profile of the aliyun CLI file is used.
pub(crate) fn resolve(
    env: &dyn Env,
    profile: Option<&str>,
    endpoints: &Endpoints,
) -> Result<Found> {
    let home = home(env);
    let cli_path = home.as_deref().map(config_path);
    let found = |(source, described): (Source, CredentialSource)| Found { source, described };

    if let Some(name) = profile {
        let Some(path) = &cli_path else {
            return Err(Error::credentials(format!(
                "profile `{name}` was asked for, but there is no home folder to find {CONFIG_FILE} in"
            ))
            .with_provider(PROVIDER));
        };
        let Some(config) = read_cli_config(path)? else {
            return Err(file_error(
                path,
                format_args!("does not exist, so its profile `{name}` cannot be used"),
            ));
        };
        return cli_profile_source(&config, name, path, endpoints, env, 0).map(found);
    }

    let mut tried: Vec<String> = Vec::new();
    // 1. The environment.
    if let Some(c) = Credentials::from_env(env)? {
        let mut vars = vec![ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET];
        if c.is_sts() {
            vars.push(ENV_SECURITY_TOKEN);
        }
        return Ok(Found {
            source: Source::Static(c),
            described: CredentialSource::Environment(vars),
        });
    }
    tried.push(format!(
        "{ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET} (with {ENV_SECURITY_TOKEN} for temporary keys): not set"
    ));

    // 2. An OIDC role.
    let oidc = [ENV_ROLE_ARN, ENV_OIDC_PROVIDER_ARN, ENV_OIDC_TOKEN_FILE].map(|n| env.var(n));
    match &oidc {
        [Some(role), Some(provider), Some(file)] => {
            let (source, described) = oidc_role(OidcRole {
                role_arn: role.clone(),
                provider_arn: provider.clone(),
                token_file: PathBuf::from(file),
                session_name: env.var(ENV_ROLE_SESSION_NAME),
                duration_secs: DEFAULT_DURATION,
                policy: None,
                sts: endpoints.sts_for(None, false, env),
            });
            return Ok(Found { source, described });
        }
        [_, None, None] => tried.push(format!(
            "an OIDC role ({ENV_ROLE_ARN}, {ENV_OIDC_PROVIDER_ARN}, {ENV_OIDC_TOKEN_FILE}): not set"
        )),
        _ => {
            let missing: Vec<&str> = [ENV_ROLE_ARN, ENV_OIDC_PROVIDER_ARN, ENV_OIDC_TOKEN_FILE]
                .iter()
                .zip(&oidc)
                .filter(|(_, v)| v.is_none())
                .map(|(n, _)| *n)
                .collect();
            return Err(Error::credentials(format!(
                "an OIDC role needs {ENV_ROLE_ARN}, {ENV_OIDC_PROVIDER_ARN} and {ENV_OIDC_TOKEN_FILE}; {} not set",
                missing.join(" and ")
            ))
            .with_provider(PROVIDER));
        }
    }

    // 3. The aliyun CLI file.
    match (&cli_path, is_true(env, ENV_CLI_PROFILE_DISABLED)) {
        (_, true) => tried.push(format!(
            "{CONFIG_FILE}: not read ({ENV_CLI_PROFILE_DISABLED}=true)"
        )),
        (None, _) => tried.push(format!("{CONFIG_FILE}: no home folder to look in")),
        (Some(path), false) => match read_cli_config(path)? {
            Some(config) => {
                let named = env.var(ENV_PROFILE);
                let wanted = profile_name(&config, named.as_deref());
                return cli_profile_source(&config, &wanted, path, endpoints, env, 0).map(found);
            }
            None => tried.push(format!(
                "{} (its `current` profile, or the one --profile or {ENV_PROFILE} names): does not exist",
                path.display()
            )),
        },
    }

    // 4. The credentials file.
    match credentials_file(env) {
        None => tried.push(format!("{CREDENTIALS_FILE}: no home folder to look in")),
        Some(path) => {
            let section = env
                .var(ENV_PROFILE)
                .unwrap_or_else(|| "default".to_string());
            match ini_source(&path, &section, endpoints, env)? {
                Ok(f) => return Ok(found(f)),
                Err(note) => tried.push(format!("{note} ({ENV_CREDENTIALS_FILE} names another)")),
            }
        }
    }

    // 5. The ECS instance role, 6. the credentials URI: asked at the first call.
    let mut later: Vec<(Source, CredentialSource)> = Vec::new();
    if is_true(env, ENV_ECS_METADATA_DISABLED) {
        tried.push(format!(
            "the ECS instance role: not asked ({ENV_ECS_METADATA_DISABLED}=true)"
        ));
    } else if !env.instance_metadata() {
        tried.push("the ECS instance role: no instance metadata service here".to_string());
    } else {
        later.push(ecs_role(env.var(ENV_ECS_METADATA), endpoints, env));
    }
    match env.var(ENV_CREDENTIALS_URI) {
        Some(uri) => {
            check_uri(&uri)?;
            later.push((Source::Uri(uri.clone()), CredentialSource::Uri(uri)));
        }
        None => tried.push(format!("{ENV_CREDENTIALS_URI}: not set")),
    }
    match later.len() {
        0 => Err(Error::credentials(format!(
            "no Alibaba Cloud credentials found (none given explicitly or with --profile); looked at: {}",
            tried.join("; ")
        ))
        .with_provider(PROVIDER)
        .with_hint(format!(
            "set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET}, or run `aliyun configure` (any mode: AK, StsToken, RamRoleArn, EcsRamRole, OIDC …), or use an OIDC role in CI"
        ))),
        1 => Ok(found(later.remove(0))),
        _ => {
            let described = CredentialSource::FirstOf(later.iter().map(|(_, d)| d.clone()).collect());
            Ok(Found {
                source: Source::FirstOf(later, tried),
                described,
            })
        }
    }
}

/// The ECS instance role (`role`: the one named, else the one the metadata service names), and
/// how it is described.
fn ecs_role(
    role: Option<String>,
    endpoints: &Endpoints,
    env: &dyn Env,
) -> (Source, CredentialSource) {
    (
        Source::Ecs {
            role: role.clone(),
            endpoint: endpoints.metadata.clone(),
            imds_v1_disabled: is_true(env, ENV_IMDSV1_DISABLED),
        },
        CredentialSource::InstanceMetadata {
            service: endpoints.metadata.clone(),
            role,
        },
    )
}

/// An OIDC role as a source, described as the role assumed with the token file.
fn oidc_role(r: OidcRole) -> (Source, CredentialSource) {
    let described = CredentialSource::Role {
        role: r.role_arn.clone(),
        with: Box::new(CredentialSource::OidcTokenFile(r.token_file.clone())),
    };
    (Source::Oidc(r), described)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    fn endpoints() -> Endpoints {
        Endpoints {
            sts: None,
            metadata: "http://100.100.100.200".into(),
        }
    }

    const FILE: &str = r#"{
        "current": "work",
        "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "ID-DEF", "access_key_secret": "S-DEF", "sts_token": "", "region_id": "cn-hangzhou"},
            {"name": "work", "mode": "AK", "access_key_id": "ID-WORK", "access_key_secret": "S-WORK", "region_id": "cn-shanghai"},
            {"name": "temp", "mode": "StsToken", "access_key_id": "STS.ID", "access_key_secret": "S-TMP", "sts_token": "TOKEN"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": "ID", "access_key_secret": "S", "ram_role_arn": "acs:ram::1:role/x", "ram_session_name": "s", "expired_seconds": 1800, "external_id": "ext", "policy": "{}"},
            {"name": "chain", "mode": "ChainableRamRoleArn", "source_profile": "role", "ram_role_arn": "acs:ram::1:role/y"},
            {"name": "loop", "mode": "ChainableRamRoleArn", "source_profile": "loop", "ram_role_arn": "acs:ram::1:role/z"},
            {"name": "ecs", "mode": "ecsramrole", "ram_role_name": "EcsRole"},
            {"name": "oidc", "mode": "OIDC", "ram_role_arn": "acs:ram::1:role/o", "oidc_provider_arn": "acs:ram::1:oidc-provider/p", "oidc_token_file": "/t"},
            {"name": "uri", "mode": "CredentialsURI", "credentials_uri": "http://127.0.0.1:9/creds"},
            {"name": "sso", "mode": "CloudSSO"},
            {"name": "short", "mode": "RamRoleArn", "access_key_id": "ID", "access_key_secret": "S", "ram_role_arn": "r", "expired_seconds": 60}
        ]
    }"#;

    fn source(name: &str) -> Result<(Source, CredentialSource)> {
        let config: CliConfig = serde_json::from_str(FILE).unwrap();
        cli_profile_source(
            &config,
            name,
            Path::new("/h/.aliyun/config.json"),
            &endpoints(),
            &MapEnv::new(),
            0,
        )
    }

    #[test]
    fn every_mode_of_the_cli_file_is_read() {
        assert!(
            matches!(source("work").unwrap().0, Source::Static(c) if c.access_key_id() == "ID-WORK" && !c.is_sts())
        );
        assert!(matches!(source("temp").unwrap().0, Source::Static(c) if c.is_sts()));
        match source("role").unwrap() {
            (
                Source::AssumeRole {
                    role_arn,
                    session_name,
                    duration_secs,
                    external_id,
                    policy,
                    sts,
                    ..
                },
                CredentialSource::Role { role, .. },
            ) => {
                assert_eq!(role_arn, "acs:ram::1:role/x");
                assert_eq!(role, role_arn);
                assert_eq!(session_name.as_deref(), Some("s"));
                assert_eq!(duration_secs, 1800);
                assert_eq!(external_id.as_deref(), Some("ext"));
                assert_eq!(policy.as_deref(), Some("{}"));
                assert_eq!(sts, "https://sts.aliyuncs.com");
            }
            _ => panic!("RamRoleArn"),
        }
        match source("chain").unwrap().0 {
            Source::AssumeRole { with, role_arn, .. } => {
                assert_eq!(role_arn, "acs:ram::1:role/y");
                assert!(matches!(*with, Source::AssumeRole { .. }));
            }
            _ => panic!("ChainableRamRoleArn"),
        }
        assert!(
            matches!(source("ecs").unwrap().0, Source::Ecs { role: Some(r), .. } if r == "EcsRole")
        );
        assert!(matches!(source("oidc").unwrap().0, Source::Oidc { .. }));
        assert!(matches!(source("uri").unwrap().0, Source::Uri(_)));
    }

    #[test]
    fn other_modes_cycles_and_short_sessions_are_explained() {
        let e = source("sso").err().unwrap().to_string();
        assert!(e.contains("CloudSSO") && e.contains("does not read"), "{e}");
        let e = source("loop").err().unwrap().to_string();
        assert!(e.contains("cycle"), "{e}");
        let e = source("short").err().unwrap().to_string();
        assert!(e.contains("900"), "{e}");
        let e = source("nope").err().unwrap().to_string();
        assert!(
            e.contains("nope") && e.contains("default, work, temp"),
            "{e}"
        );
    }

    #[test]
    fn broken_json_is_reported_without_quoting_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(
            &path,
            r#"{"profiles": [{"name": "default", "access_key_secret": "TOPSECRET" "#,
        )
        .unwrap();
        let e = match read_cli_config(&path) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("parsed"),
        };
        assert!(e.contains("config.json") && e.contains("line"), "{e}");
        assert!(!e.contains("TOPSECRET"), "{e}");
    }

    #[test]
    fn ini_sections_and_inline_comments() {
        let s = ini_sections(
            "# c\n[default]\ntype = access_key # keys\naccess_key_id=ID\n; x\n[other]\ntype=ecs_ram_role\n",
        );
        assert_eq!(s["default"]["type"], "access_key");
        assert_eq!(s["default"]["access_key_id"], "ID");
        assert_eq!(s["other"]["type"], "ecs_ram_role");
    }

    #[test]
    fn the_files_are_found_under_each_platforms_home() {
        use crate::runtime::credentials::Platform;
        let env = MapEnv::new()
            .with_platform(Platform::Windows)
            .with("USERPROFILE", r"C:\Users\ci")
            .with("HOME", "/ignored");
        assert_eq!(
            credentials_file(&env).unwrap(),
            Path::new(r"C:\Users\ci")
                .join(".alibabacloud")
                .join("credentials")
        );
        let env = MapEnv::new()
            .with_platform(Platform::Unix)
            .with("HOME", "/home/ci")
            .with("USERPROFILE", "/ignored");
        assert_eq!(
            config_path(&home(&env).unwrap()),
            Path::new("/home/ci/.aliyun/config.json")
        );
        // No variable: what the system reports.
        let env = MapEnv::new()
            .with_platform(Platform::Unix)
            .with_home("/sys/home");
        assert_eq!(home(&env).unwrap(), Path::new("/sys/home"));
        let env = MapEnv::new().with(ENV_CREDENTIALS_FILE, "/etc/creds.ini");
        assert_eq!(credentials_file(&env).unwrap(), Path::new("/etc/creds.ini"));
    }
}
