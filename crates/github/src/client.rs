//! The GitHub client: the generated operations, built with a token and a base URL.

use std::path::PathBuf;
use std::sync::Arc;

use super::app::{self, AppAuth, AppConfig, AppKey, Installation};
use super::hosts::{self, HOST_VAR};
use super::provider::{API_URL_VAR, DEFAULT_BASE_URL, Provider};
use super::{PROVIDER, stored};
use crate::generated::github::{Client as GeneratedClient, OPERATIONS};
use crate::runtime::credentials::{CredentialSource, Env, Identity};
use crate::runtime::{ClientOptions, Error, Result, SecretString};

/// A GitHub client: every operation of `specs/github.yaml` (through [`Deref`](std::ops::Deref) to the generated
/// client, or [`Client::api`]) plus the workflows of this module. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Client {
    api: GeneratedClient,
    provider: Arc<Provider>,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl Client {
    /// A builder, as for every provider: `github::Client::builder()…build()`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// Where the token comes from (never a secret): explicit, an environment variable (named),
    /// `gh auth token`, gh's `hosts.yml`, or a GitHub App (with where its key came from).
    pub fn credential_source(&self) -> &CredentialSource {
        self.provider.credential_source()
    }

    /// Who requests are sent as: for a GitHub App, fetches the installation token as the first
    /// call would (so a wrong key or installation shows here), then reports the source and when
    /// the installation token expires. Never a secret.
    pub async fn identity(&self) -> Result<Identity> {
        use crate::runtime::Provider as _;
        self.provider.prepare().await?;
        Ok(self.provider.identity())
    }
}

/// Builds a GitHub [`Client`]: token, base URL and the shared [`ClientOptions`].
///
/// `Debug` never shows the token.
#[derive(Debug, Default)]
pub struct ClientBuilder {
    token: Option<SecretString>,
    base_url: Option<String>,
    host: Option<String>,
    app_id: Option<String>,
    app_key: Option<AppKeyInput>,
    installation_id: Option<u64>,
    installation_repo: Option<(String, String)>,
    no_stored_login: bool,
    options: ClientOptions,
}

/// A private key given to the builder: PEM text or a file. `Debug` hides the text.
enum AppKeyInput {
    Pem(SecretString),
    File(PathBuf),
}

impl std::fmt::Debug for AppKeyInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Pem(_) => f.write_str("Pem([REDACTED])"),
            Self::File(p) => f.debug_tuple("File").field(p).finish(),
        }
    }
}

impl ClientBuilder {
    /// Use this token (a personal access token, a GitHub App installation token, or the
    /// `GITHUB_TOKEN` of a workflow run) instead of looking one up in the environment.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// Use this API base URL (`https://HOST/api/v3` for GitHub Enterprise Server, or a test
    /// server) instead of `GITHUB_API_URL` or `https://api.github.com`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// The GitHub host, as gh's `--hostname`/`GH_HOST` name it: `github.com`, `TENANT.ghe.com`
    /// or an Enterprise Server host (its API is `https://HOST/api/v3`). A base URL given
    /// explicitly wins.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = Some(host.into());
        self
    }

    /// Authenticate as a GitHub App: its app id (or client id) and its private key (PEM text,
    /// as GitHub lets you download it). Requests then carry installation tokens, fetched at the
    /// first call and renewed before their hour ends; name the installation with
    /// [`Self::installation_id`] or [`Self::installation_repo`]. An explicit
    /// [`Self::token`] still wins.
    pub fn app(mut self, app_id: impl Into<String>, private_key_pem: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self.app_key = Some(AppKeyInput::Pem(SecretString::from(private_key_pem.into())));
        self
    }

    /// As [`Self::app`], with the private key read from a PEM file at [`Self::build`].
    pub fn app_key_file(mut self, app_id: impl Into<String>, path: impl Into<PathBuf>) -> Self {
        self.app_id = Some(app_id.into());
        self.app_key = Some(AppKeyInput::File(path.into()));
        self
    }

    /// The GitHub App's id alone (its key then comes from `GITHUB_APP_PRIVATE_KEY` or
    /// `GITHUB_APP_PRIVATE_KEY_FILE`).
    pub fn app_id(mut self, app_id: impl Into<String>) -> Self {
        self.app_id = Some(app_id.into());
        self
    }

    /// The GitHub App installation to act as (else `GITHUB_APP_INSTALLATION_ID`, else the one on
    /// [`Self::installation_repo`]).
    pub fn installation_id(mut self, id: u64) -> Self {
        self.installation_id = Some(id);
        self
    }

    /// Find the GitHub App's installation from a repository it is installed on
    /// (`GET /repos/{owner}/{repo}/installation`, once), when no installation id is given.
    pub fn installation_repo(mut self, owner: impl Into<String>, repo: impl Into<String>) -> Self {
        self.installation_repo = Some((owner.into(), repo.into()));
        self
    }

    /// Do not look for the gh CLI's stored login (`gh auth token`, gh's `hosts.yml`).
    pub fn no_stored_login(mut self) -> Self {
        self.no_stored_login = true;
        self
    }

    /// The shared options, to change in place (e.g. `set_clock`).
    pub fn options_mut(&mut self) -> &mut ClientOptions {
        &mut self.options
    }

    /// Read credentials from this environment instead of the process environment.
    pub fn env(mut self, env: impl Env + 'static) -> Self {
        self.options.env = Some(Arc::new(env));
        self
    }

    /// Shared settings: HTTP client, retry policy, the environment to read, clock.
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// The client.
    ///
    /// - Base URL: [`ClientBuilder::base_url`], else [`ClientOptions::base_url`], else the host
    ///   of [`ClientBuilder::host`] or `GH_HOST`, else `GITHUB_API_URL`, else
    ///   `https://api.github.com`.
    /// - Credentials, the first found of:
    ///   1. [`ClientBuilder::token`];
    ///   2. a GitHub App given to the builder ([`ClientBuilder::app`],
    ///      [`ClientBuilder::app_key_file`], [`ClientBuilder::app_id`]);
    ///   3. the variables of the base URL's host, as gh binds them: `GH_TOKEN`, then
    ///      `GITHUB_TOKEN` for github.com, a GHE.com tenant or a loopback test server;
    ///      `GH_ENTERPRISE_TOKEN`, then `GITHUB_ENTERPRISE_TOKEN` for an Enterprise Server, or
    ///      inside GitHub Actions (`GITHUB_ACTIONS=true`) the run's `GITHUB_TOKEN` with the
    ///      runner's `GITHUB_API_URL`. A github.com token is never sent to another host;
    ///   4. a GitHub App from the environment: `GITHUB_APP_ID` with `GITHUB_APP_PRIVATE_KEY`
    ///      (PEM) or `GITHUB_APP_PRIVATE_KEY_FILE`, installation `GITHUB_APP_INSTALLATION_ID`;
    ///   5. the gh CLI's stored login for the host: `gh auth token --hostname HOST` when gh is
    ///      on the `PATH`, else gh's `hosts.yml` (see [`stored::config_dir`]).
    ///
    ///   When none has one, the error names every place tried. The only request `build()` may
    ///   cause is running `gh auth token` (5 seconds at most); a GitHub App's token is fetched
    ///   at the first call.
    pub fn build(self) -> Result<Client> {
        let env = self.options.env();
        let host = self.host.clone().or_else(|| env.var(HOST_VAR));
        let explicit = self
            .base_url
            .clone()
            .or_else(|| self.options.base_url.clone());
        let (base_url, from_actions_url) = match (explicit, host) {
            (Some(url), _) => (url, false),
            (None, Some(host)) => (hosts::base_url_of_host(&host), false),
            (None, None) => match env.var(API_URL_VAR) {
                Some(url) => (url, true),
                None => (DEFAULT_BASE_URL.to_string(), false),
            },
        };
        let provider = self.provider(env.as_ref(), &base_url, from_actions_url)?;
        let provider = Arc::new(provider);
        let base_url = provider.base_url().to_string();
        let transport = self.options.transport(provider.clone(), OPERATIONS);
        Ok(Client {
            api: GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport),
            provider,
        })
    }

    fn provider(&self, env: &dyn Env, base_url: &str, from_actions_url: bool) -> Result<Provider> {
        if let Some(token) = &self.token {
            return Provider::with_source(token.clone(), base_url, CredentialSource::Explicit);
        }
        if self.app_id.is_some() || self.app_key.is_some() {
            let config = self.app_config(env, true)?.ok_or_else(|| {
                Error::credentials("a GitHub App needs an app id and a private key")
                    .with_provider(PROVIDER)
            })?;
            return self.app_provider(config, base_url);
        }
        if let Some((token, var)) = hosts::env_token(env, base_url, from_actions_url) {
            return Provider::with_source(
                token,
                base_url,
                CredentialSource::Environment(vec![var]),
            );
        }
        if let Some(config) = self.app_config(env, false)? {
            return self.app_provider(config, base_url);
        }
        let mut tried: Vec<String> = hosts::vars_for(base_url, from_actions_url)
            .into_iter()
            .map(str::to_string)
            .collect();
        tried.push(format!("{} (not set)", app::APP_ID_VAR));
        if self.no_stored_login {
            tried.push("gh's stored login (turned off)".to_string());
        } else if let Some(gh_host) = hosts::gh_host(base_url) {
            let lookup = stored::lookup(env, &gh_host);
            if let Some((token, source)) = lookup.found {
                tracing::debug!(%source, "using the gh CLI's stored login");
                return Provider::with_source(token, base_url, source);
            }
            tried.extend(lookup.tried);
        }
        Err(hosts::missing(env, base_url, &tried))
    }

    fn app_provider(&self, config: AppConfig, base_url: &str) -> Result<Provider> {
        let source = CredentialSource::GitHubApp {
            app: config.app_id.clone(),
            key: Box::new(config.key_source.clone()),
        };
        let auth = AppAuth::new(config, self.options.clone(), base_url);
        Provider::app(auth, base_url, source)
    }

    /// The app configured by the builder (with what the environment adds) when `from_builder`,
    /// else the app configured by the environment alone; `None` when there is none.
    fn app_config(&self, env: &dyn Env, from_builder: bool) -> Result<Option<AppConfig>> {
        let app_id = if from_builder {
            self.app_id.clone().or_else(|| env.var(app::APP_ID_VAR))
        } else {
            env.var(app::APP_ID_VAR)
        };
        let key = match &self.app_key {
            Some(AppKeyInput::Pem(pem)) if from_builder => Some((
                AppKey::from_pem(
                    crate::runtime::credentials::ExposeSecret::expose_secret(pem).as_bytes(),
                    "the builder",
                )?,
                CredentialSource::Explicit,
            )),
            Some(AppKeyInput::File(path)) if from_builder => Some(app::key_from_file(path)?),
            _ => app::key_from_env(env)?,
        };
        let (app_id, (key, key_source)) = match (app_id, key) {
            (None, None) => return Ok(None),
            (Some(id), Some(key)) => (id, key),
            (Some(_), None) => {
                return Err(Error::credentials(format!(
                    "a GitHub App id is given but no private key: set {} (PEM) or {} (a .pem file), or pass --app-key-file",
                    app::APP_PRIVATE_KEY_VAR,
                    app::APP_PRIVATE_KEY_FILE_VAR
                ))
                .with_provider(PROVIDER));
            }
            (None, Some(_)) => {
                return Err(Error::credentials(format!(
                    "a GitHub App private key is given but no app id: set {} or pass --app-id",
                    app::APP_ID_VAR
                ))
                .with_provider(PROVIDER));
            }
        };
        let installation = match self.installation_id {
            Some(id) => Some(Installation::Id(id)),
            None => match app::installation_from_env(env)? {
                Some(i) => Some(i),
                None => self
                    .installation_repo
                    .clone()
                    .map(|(owner, repo)| Installation::Repo { owner, repo }),
            },
        };
        Ok(Some(AppConfig {
            app_id: app_id.trim().to_string(),
            key,
            key_source,
            installation,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    const KEY: &str = include_str!("../../../tests/data/github-app-test-key.pem");

    fn source(b: ClientBuilder, env: MapEnv) -> Result<CredentialSource> {
        b.env(env).build().map(|c| c.credential_source().clone())
    }

    fn app_env(home: &std::path::Path) -> MapEnv {
        MapEnv::new()
            .with_platform(crate::runtime::Platform::Unix)
            .with_home(home)
            .with(app::APP_ID_VAR, "42")
            .with(app::APP_PRIVATE_KEY_VAR, KEY)
    }

    #[test]
    fn sources_are_tried_in_the_documented_order() {
        let home = tempfile::tempdir().unwrap();
        let gh = home.path().join(".config/gh");
        std::fs::create_dir_all(&gh).unwrap();
        std::fs::write(
            gh.join("hosts.yml"),
            "github.com:\n    oauth_token: gho_stored\n",
        )
        .unwrap();
        let env_app = CredentialSource::GitHubApp {
            app: "42".into(),
            key: Box::new(CredentialSource::Environment(vec![
                app::APP_PRIVATE_KEY_VAR,
            ])),
        };
        // 5. gh's stored login, when nothing else is there.
        let only_file = MapEnv::new()
            .with_platform(crate::runtime::Platform::Unix)
            .with_home(home.path());
        assert_eq!(
            source(Client::builder(), only_file.clone()).unwrap(),
            CredentialSource::File(gh.join("hosts.yml"), "github.com".into())
        );
        // …unless turned off.
        assert!(source(Client::builder().no_stored_login(), only_file).is_err());
        // 4. An app from the environment wins over the stored login…
        assert_eq!(
            source(Client::builder(), app_env(home.path())).unwrap(),
            env_app
        );
        // 3. …the token variables over the app from the environment…
        let both = app_env(home.path()).with("GITHUB_TOKEN", "ghp_env");
        assert_eq!(
            source(Client::builder(), both.clone()).unwrap(),
            CredentialSource::Environment(vec!["GITHUB_TOKEN"])
        );
        // 2. …an app given to the builder over the token variables…
        let b = Client::builder().app("7", KEY);
        assert_eq!(
            source(b, both.clone()).unwrap(),
            CredentialSource::GitHubApp {
                app: "7".into(),
                key: Box::new(CredentialSource::Explicit)
            }
        );
        // 1. …and an explicit token over everything.
        let b = Client::builder().app("7", KEY).token("ghp_explicit");
        assert_eq!(source(b, both).unwrap(), CredentialSource::Explicit);
    }

    /// A client with a token given to the builder and an empty environment.
    fn token_client() -> Client {
        Client::builder()
            .token("ghp_S3CRET")
            .env(MapEnv::new())
            .build()
            .unwrap()
    }

    /// A generated client put together by hand with a base URL the builder would refuse: its
    /// calls end before anything is sent, with an error naming the operation.
    #[tokio::test]
    async fn a_call_under_an_unusable_base_url_is_refused_before_sending() {
        let c = token_client();
        let api = GeneratedClient::new_with_client(
            "api.example.com/v3",
            crate::runtime::http::client(&Default::default()),
            c.transport().clone(),
        );
        let e = api
            .get_deployment()
            .owner("octo")
            .repo("app")
            .deployment_id("1")
            .send()
            .await
            .unwrap_err();
        assert_eq!(*e.kind(), crate::runtime::ErrorKind::InvalidInput);
        assert_eq!(e.sent(), crate::runtime::Sent::No);
        assert_eq!(e.provider(), Some("github"));
        assert_eq!(e.operation(), Some("get_deployment"));
        assert!(
            e.message().contains("/repos/octo/app/deployments/1")
                && e.message().contains("makes no URL"),
            "{}",
            e.message()
        );
    }

    /// A call's future holds one state per level of the send path that keeps one: the
    /// generated `send`, then the attempts' (the hooks and `runtime::send::send` hand their
    /// callee's future back instead of wrapping it). Each `async fn` level put back would add a
    /// copy of the request and of its callee's state (5,296 bytes in all before, in release).
    #[test]
    fn a_call_future_keeps_no_state_per_hook() {
        let c = token_client();
        let call = c
            .create_deployment()
            .owner("octo")
            .repo("app")
            .body(crate::types::DeploymentCreateRequest::builder().ref_("main"))
            .send();
        let size = std::mem::size_of_val(&call);
        assert!(
            size <= 4_096,
            "the create_deployment future is {size} bytes"
        );
    }

    #[tokio::test]
    async fn identity_reports_the_source_and_never_a_secret() {
        let c = token_client();
        let id = c.identity().await.unwrap();
        assert_eq!(id.source, CredentialSource::Explicit);
        assert_eq!((id.key_id, id.expires_at), (None, None));
        let b = Client::builder().app("7", KEY).installation_id(9);
        let debug = format!("{b:?}");
        assert!(
            !debug.contains("PRIVATE") && debug.contains("REDACTED"),
            "{debug}"
        );
        let c = b.env(MapEnv::new()).build().unwrap();
        assert_eq!(
            c.credential_source().to_string(),
            "GitHub App 7 (private key from explicit configuration)"
        );
        let debug = format!("{c:?}");
        assert!(
            !debug.contains("PRIVATE") && !debug.contains("ghp_"),
            "{debug}"
        );
    }

    #[test]
    fn the_missing_token_error_names_every_place() {
        let home = tempfile::tempdir().unwrap();
        let env = MapEnv::new()
            .with_platform(crate::runtime::Platform::Unix)
            .with_home(home.path());
        let e = Client::builder().env(env).build().unwrap_err();
        let s = e.to_string();
        for place in [
            "GH_TOKEN",
            "GITHUB_TOKEN",
            "GITHUB_APP_ID",
            "GITHUB_APP_PRIVATE_KEY_FILE",
            "gh auth token --hostname github.com",
            "gh is not on the PATH",
            &home
                .path()
                .join(".config/gh/hosts.yml")
                .display()
                .to_string(),
        ] {
            assert!(s.contains(place), "{place} missing from {s}");
        }
    }
}
