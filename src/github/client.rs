//! The GitHub client: the generated operations, built with a token and a base URL.

use std::sync::Arc;

use super::hosts::{self, HOST_VAR};
use super::provider::{API_URL_VAR, DEFAULT_BASE_URL, Provider};
use crate::generated::github::{Client as GeneratedClient, OPERATIONS};
use crate::runtime::{ClientOptions, Result, SecretString};

/// A GitHub client: every operation of `specs/github.yaml` (through [`Deref`](std::ops::Deref) to the generated
/// client, or [`Client::api`]) plus the workflows of this module. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Client {
    api: GeneratedClient,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl Client {
    /// A builder, as for every provider: `github::Client::builder()…build()`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
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
    options: ClientOptions,
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
    /// - Token: [`ClientBuilder::token`], else the variables of the base URL's host, as gh binds
    ///   them: `GH_TOKEN`, then `GITHUB_TOKEN` for github.com, a GHE.com tenant or a loopback
    ///   test server; `GH_ENTERPRISE_TOKEN`, then `GITHUB_ENTERPRISE_TOKEN` for an Enterprise
    ///   Server, or inside GitHub Actions (`GITHUB_ACTIONS=true`) the run's `GITHUB_TOKEN` with
    ///   the runner's `GITHUB_API_URL`. A github.com token is never sent to another host: the
    ///   error names the variable to set. No request is made by `build()`.
    pub fn build(self) -> Result<Client> {
        let env = self.options.env();
        let host = self.host.or_else(|| env.var(HOST_VAR));
        let explicit = self.base_url.or_else(|| self.options.base_url.clone());
        let (base_url, from_actions_url) = match (explicit, host) {
            (Some(url), _) => (url, false),
            (None, Some(host)) => (hosts::base_url_of_host(&host), false),
            (None, None) => match env.var(API_URL_VAR) {
                Some(url) => (url, true),
                None => (DEFAULT_BASE_URL.to_string(), false),
            },
        };
        let token = match self.token {
            Some(token) => token,
            None => hosts::token_from_env(env.as_ref(), &base_url, from_actions_url)?,
        };
        let provider = Provider::new(token, &base_url)?;
        let base_url = provider.base_url().to_string();
        let transport = self.options.transport(Arc::new(provider), OPERATIONS);
        Ok(Client {
            api: GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport),
        })
    }
}
