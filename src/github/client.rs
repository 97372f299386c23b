//! The GitHub client: the generated operations, built with a token and a base URL.

use std::sync::Arc;

use super::PROVIDER;
use super::provider::{API_URL_VAR, DEFAULT_BASE_URL, Provider, TOKEN_VARS};
use crate::generated::github::{Client as GeneratedClient, OPERATIONS};
use crate::runtime::{ClientOptions, Error, Result, SecretString};

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

    /// Shared settings: HTTP client, retry policy, the environment to read, clock.
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// The client.
    ///
    /// - Token: [`ClientBuilder::token`], else `GH_TOKEN`, else `GITHUB_TOKEN` (read from
    ///   [`ClientOptions::env`]). None of them: an
    ///   [`ErrorKind::Credentials`](crate::ErrorKind) error naming both variables; no request is
    ///   made.
    /// - Base URL: [`ClientBuilder::base_url`], else [`ClientOptions::base_url`], else `GITHUB_API_URL`,
    ///   else `https://api.github.com`.
    pub fn build(self) -> Result<Client> {
        let env = self.options.env();
        let token = match self.token {
            Some(token) => token,
            None => TOKEN_VARS
                .iter()
                .find_map(|name| env.var(name))
                .map(SecretString::from)
                .ok_or_else(|| {
                    Error::credentials(format!(
                        "no GitHub token found: pass one to github::Client::builder().token(…), or set {} or {}",
                        TOKEN_VARS[0], TOKEN_VARS[1]
                    ))
                    .with_provider(PROVIDER)
                })?,
        };
        let base_url = self
            .base_url
            .or_else(|| self.options.base_url.clone())
            .or_else(|| env.var(API_URL_VAR))
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let provider = Provider::new(token, &base_url)?;
        let base_url = provider.base_url().to_string();
        let transport = self.options.transport(Arc::new(provider), OPERATIONS);
        Ok(Client {
            api: GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport),
        })
    }
}
