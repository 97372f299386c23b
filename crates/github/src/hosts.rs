//! Tokens bound to hosts, as the gh CLI binds them: the github.com variables (`GH_TOKEN`,
//! `GITHUB_TOKEN`) are sent to github.com and GHE.com tenants only; a GitHub Enterprise Server
//! takes `GH_ENTERPRISE_TOKEN`/`GITHUB_ENTERPRISE_TOKEN` (or, inside GitHub Actions, the
//! `GITHUB_TOKEN` that comes with the runner's `GITHUB_API_URL`). `GH_HOST` names the host.

use super::PROVIDER;
use super::provider::TOKEN_VARS as DOTCOM_TOKEN_VARS;
use crate::runtime::credentials::Env;
use crate::runtime::{Error, SecretString};

/// Variable naming the GitHub host (`github.com`, `TENANT.ghe.com` or an Enterprise Server
/// host), as gh reads it.
pub const HOST_VAR: &str = "GH_HOST";
/// Tokens for a GitHub Enterprise Server host, in the order gh reads them.
pub const ENTERPRISE_TOKEN_VARS: [&str; 2] = ["GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"];

/// What kind of GitHub a base URL points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostKind {
    /// github.com (`api.github.com`).
    DotCom,
    /// A GHE.com tenant (`api.TENANT.ghe.com`).
    Tenant,
    /// A loopback address: an emulator or a test server, which takes the github.com tokens.
    Loopback,
    /// A GitHub Enterprise Server (any other host).
    Enterprise,
}

/// The kind of host `base_url` names (`None` when it has no host).
pub fn kind(base_url: &str) -> Option<HostKind> {
    let url = url::Url::parse(base_url).ok()?;
    if crate::runtime::http::is_loopback(&url) {
        return Some(HostKind::Loopback);
    }
    Some(match url.host()? {
        url::Host::Domain(d) => {
            let d = d.to_ascii_lowercase();
            if d == "api.github.com" || d == "github.com" {
                HostKind::DotCom
            } else if d.ends_with(".ghe.com") {
                HostKind::Tenant
            } else {
                HostKind::Enterprise
            }
        }
        _ => HostKind::Enterprise,
    })
}

/// The API base URL of a host as gh names it: `github.com` → `https://api.github.com`,
/// `TENANT.ghe.com` → `https://api.TENANT.ghe.com`, an Enterprise Server host →
/// `https://HOST/api/v3`. A value with a scheme is taken as the host's origin.
pub fn base_url_of_host(host: &str) -> String {
    let host = host.trim().trim_end_matches('/');
    let (scheme, bare) = match host.split_once("://") {
        Some((s, rest)) => (s, rest),
        None => ("https", host),
    };
    let lower = bare.to_ascii_lowercase();
    if lower == "github.com" || lower == "api.github.com" {
        super::DEFAULT_BASE_URL.to_string()
    } else if lower.ends_with(".ghe.com") {
        let tenant = lower.strip_prefix("api.").unwrap_or(&lower);
        format!("{scheme}://api.{tenant}")
    } else {
        format!("{scheme}://{bare}/api/v3")
    }
}

/// The gh host name of an API base URL, as `gh auth token --hostname` and `hosts.yml` name it:
/// `github.com`, `TENANT.ghe.com`, or the Enterprise Server's (or test server's) `host[:port]`.
pub fn gh_host(base_url: &str) -> Option<String> {
    let url = url::Url::parse(base_url).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    Some(match kind(base_url)? {
        HostKind::DotCom => "github.com".to_string(),
        HostKind::Tenant => host.strip_prefix("api.").unwrap_or(&host).to_string(),
        HostKind::Loopback | HostKind::Enterprise => match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host,
        },
    })
}

/// The token for `base_url` from the environment and the variable that held it.
/// `from_actions_url`: the base URL is the `GITHUB_API_URL` a GitHub Actions runner set, so the
/// run's `GITHUB_TOKEN` belongs to it.
pub(crate) fn env_token(
    env: &dyn Env,
    base_url: &str,
    from_actions_url: bool,
) -> Option<(SecretString, &'static str)> {
    let first = |names: &[&'static str]| {
        names
            .iter()
            .find_map(|n| env.var(n).map(|v| (SecretString::from(v), *n)))
    };
    match kind(base_url).unwrap_or(HostKind::Enterprise) {
        HostKind::DotCom | HostKind::Tenant | HostKind::Loopback => first(&DOTCOM_TOKEN_VARS),
        HostKind::Enterprise => first(&ENTERPRISE_TOKEN_VARS).or_else(|| {
            let in_actions = env.var("GITHUB_ACTIONS").as_deref() == Some("true");
            (in_actions && from_actions_url)
                .then(|| first(&["GITHUB_TOKEN"]))
                .flatten()
        }),
    }
}

/// The variables tried for `base_url`'s host, in order.
pub(crate) fn vars_for(base_url: &str, from_actions_url: bool) -> Vec<&'static str> {
    match kind(base_url).unwrap_or(HostKind::Enterprise) {
        HostKind::Enterprise if from_actions_url => vec![
            ENTERPRISE_TOKEN_VARS[0],
            ENTERPRISE_TOKEN_VARS[1],
            "GITHUB_TOKEN (inside GitHub Actions)",
        ],
        HostKind::Enterprise => ENTERPRISE_TOKEN_VARS.to_vec(),
        _ => DOTCOM_TOKEN_VARS.to_vec(),
    }
}

/// The error when no source had a token for `base_url`: what to set, and every place tried
/// (`tried`: the other sources, described).
pub(crate) fn missing(env: &dyn Env, base_url: &str, tried: &[String]) -> Error {
    let kind = kind(base_url).unwrap_or(HostKind::Enterprise);
    let mut message = match kind {
        HostKind::Enterprise => {
            let refused = DOTCOM_TOKEN_VARS.iter().find(|n| env.var(n).is_some());
            match refused {
                Some(var) => format!(
                    "{var} is set, but it is sent only to github.com and GHE.com, not to the Enterprise Server at {base_url}: set {} (or {}) for that host",
                    ENTERPRISE_TOKEN_VARS[0], ENTERPRISE_TOKEN_VARS[1]
                ),
                None => format!(
                    "no token for the Enterprise Server at {base_url}: set {} or {}",
                    ENTERPRISE_TOKEN_VARS[0], ENTERPRISE_TOKEN_VARS[1]
                ),
            }
        }
        _ => format!(
            "no GitHub token found: set {} or {}",
            DOTCOM_TOKEN_VARS[0], DOTCOM_TOKEN_VARS[1]
        ),
    };
    message.push_str(&format!(
        ", configure a GitHub App ({} with {} or {}; on the command line --app-id with --app-key-file), or log in with `gh auth login`",
        super::app::APP_ID_VAR,
        super::app::APP_PRIVATE_KEY_VAR,
        super::app::APP_PRIVATE_KEY_FILE_VAR
    ));
    if !tried.is_empty() {
        message.push_str(&format!(". Tried: {}", tried.join("; ")));
    }
    Error::credentials(message)
        .with_provider(PROVIDER)
        .with_hint("in a program: github::Client::builder().token(…) or .app(…)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{MapEnv, Result};
    use secrecy::ExposeSecret;

    fn token(env: MapEnv, base: &str, actions_url: bool) -> Result<String> {
        match env_token(&env, base, actions_url) {
            Some((t, _)) => Ok(t.expose_secret().to_string()),
            None => Err(missing(&env, base, &[])),
        }
    }

    #[test]
    fn hosts_map_to_api_base_urls_as_gh_does() {
        assert_eq!(base_url_of_host("github.com"), "https://api.github.com");
        assert_eq!(base_url_of_host("octo.ghe.com"), "https://api.octo.ghe.com");
        assert_eq!(
            base_url_of_host("ghe.corp.example"),
            "https://ghe.corp.example/api/v3"
        );
        assert_eq!(
            base_url_of_host("http://127.0.0.1:4010"),
            "http://127.0.0.1:4010/api/v3"
        );
        assert_eq!(
            gh_host("https://api.github.com").as_deref(),
            Some("github.com")
        );
        assert_eq!(
            gh_host("https://api.octo.ghe.com").as_deref(),
            Some("octo.ghe.com")
        );
        assert_eq!(
            gh_host("https://GHE.corp.example/api/v3").as_deref(),
            Some("ghe.corp.example")
        );
        assert_eq!(
            gh_host("http://127.0.0.1:4010").as_deref(),
            Some("127.0.0.1:4010")
        );
        assert_eq!(kind("https://api.github.com"), Some(HostKind::DotCom));
        assert_eq!(kind("https://api.octo.ghe.com"), Some(HostKind::Tenant));
        assert_eq!(kind("http://127.0.0.1:9"), Some(HostKind::Loopback));
        assert_eq!(
            kind("https://ghe.corp.example/api/v3"),
            Some(HostKind::Enterprise)
        );
    }

    #[test]
    fn dotcom_tokens_go_to_github_com_and_tenants_only() {
        let env = || {
            MapEnv::new()
                .with("GH_TOKEN", "dotcom")
                .with("GITHUB_TOKEN", "run")
        };
        assert_eq!(
            token(env(), "https://api.github.com", false).unwrap(),
            "dotcom"
        );
        assert_eq!(
            token(env(), "https://api.octo.ghe.com", false).unwrap(),
            "dotcom"
        );
        let e = token(env(), "https://ghe.corp.example/api/v3", false).unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
        let text = e.to_string();
        assert!(
            text.contains("GH_TOKEN is set") && text.contains("GH_ENTERPRISE_TOKEN"),
            "{text}"
        );
        assert!(!text.contains("dotcom"), "{text}");
    }

    #[test]
    fn enterprise_tokens_and_the_actions_pairing() {
        let env = MapEnv::new()
            .with("GITHUB_ENTERPRISE_TOKEN", "second")
            .with("GH_ENTERPRISE_TOKEN", "first")
            .with("GH_TOKEN", "dotcom");
        assert_eq!(
            token(env, "https://ghe.corp.example/api/v3", false).unwrap(),
            "first"
        );
        let env = MapEnv::new().with("GITHUB_ENTERPRISE_TOKEN", "second");
        assert_eq!(
            token(env, "https://ghe.corp.example/api/v3", false).unwrap(),
            "second"
        );
        // In Actions on an Enterprise Server, the run's token pairs with the runner's API URL…
        let actions = || {
            MapEnv::new()
                .with("GITHUB_ACTIONS", "true")
                .with("GITHUB_TOKEN", "run")
        };
        assert_eq!(
            token(actions(), "https://ghe.corp.example/api/v3", true).unwrap(),
            "run"
        );
        // …and with nothing else.
        assert!(token(actions(), "https://ghe.corp.example/api/v3", false).is_err());
        let outside = MapEnv::new().with("GITHUB_TOKEN", "run");
        assert!(token(outside, "https://ghe.corp.example/api/v3", true).is_err());
    }

    #[test]
    fn a_missing_token_names_the_variables_for_the_host() {
        let e = token(MapEnv::new(), "https://api.github.com", false).unwrap_err();
        assert!(e.to_string().contains("GH_TOKEN or GITHUB_TOKEN"), "{e}");
        let e = token(MapEnv::new(), "https://ghe.corp.example/api/v3", false).unwrap_err();
        assert!(
            e.to_string()
                .contains("GH_ENTERPRISE_TOKEN or GITHUB_ENTERPRISE_TOKEN"),
            "{e}"
        );
    }
}
