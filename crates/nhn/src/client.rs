//! The NHN Cloud Deploy client: the generated operations with a managed token, for one app key.

use std::fmt;
use std::sync::Arc;

use secrecy::SecretString;

use super::provider::{Credentials, Provider};
use super::{
    DEFAULT_BASE_URL, ENV_ACCESS_KEY_ID, ENV_APP_KEY, ENV_SECRET_ACCESS_KEY, GeneratedClient,
    OAUTH_URL, PROVIDER,
};
use crate::generated::nhn_deploy::{ClientInfo, OPERATIONS};
use crate::runtime::credentials::{CredentialSource, Env, Identity};
use crate::runtime::{ClientOptions, Error, Result};

/// Builds a [`Client`]: credentials, app key, endpoints and the shared [`ClientOptions`].
///
/// Credentials, first found wins: an explicit User Access Key ([`user_access_key`]), a ready
/// token ([`token`], used as is and never renewed), then `NHN_CLOUD_USER_ACCESS_KEY_ID` and
/// `NHN_CLOUD_USER_SECRET_ACCESS_KEY` read from [`ClientOptions::env`].
///
/// [`user_access_key`]: ClientBuilder::user_access_key
/// [`token`]: ClientBuilder::token
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    access_key: Option<(String, SecretString)>,
    token: Option<SecretString>,
    app_key: Option<String>,
    oauth_url: Option<String>,
}

impl ClientBuilder {
    /// A builder with default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Use these shared options (HTTP client, retries, environment, clock, base URL override).
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Issue tokens from this User Access Key ID and Secret Access Key.
    pub fn user_access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.access_key = Some((id.into(), SecretString::from(secret.into())));
        self
    }

    /// Use a token issued elsewhere. It is sent as is and never renewed; when it expires, calls
    /// fail with HTTP 401.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// The app key of the Deploy service (project) every call addresses (default: the
    /// `NHN_CLOUD_DEPLOY_APPKEY` variable of [`ClientOptions::env`]). Only token issuance works
    /// without one.
    pub fn app_key(mut self, app_key: impl Into<String>) -> Self {
        self.app_key = Some(app_key.into());
        self
    }

    /// The Deploy endpoint (default [`DEFAULT_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.options.base_url = Some(url.into());
        self
    }

    /// The OAuth host that issues tokens (default: [`OAUTH_URL`], or the base URL's origin when
    /// the base URL is on a loopback address — an emulator; [`GOV_OAUTH_URL`](super::GOV_OAUTH_URL) for the government
    /// cloud).
    pub fn oauth_url(mut self, url: impl Into<String>) -> Self {
        self.oauth_url = Some(url.into());
        self
    }

    /// Check the configuration and build the client. No request is made.
    pub fn build(self) -> Result<Client> {
        let app_key = self
            .app_key
            .or_else(|| self.options.env().var(ENV_APP_KEY))
            .filter(|k| !k.trim().is_empty());
        let base_url = checked_url(&self.options.base_url_or(DEFAULT_BASE_URL), "base URL")?;
        let oauth_url = match self.oauth_url.as_deref() {
            Some(url) => checked_url(url.trim_end_matches('/'), "OAuth URL")?,
            // A loopback Deploy endpoint is an emulator or a test server: it issues the tokens
            // too. Any other endpoint (a proxy …) keeps NHN's OAuth host, so the Secret Access
            // Key never goes to a host that was only asked to relay Deploy calls.
            None => match loopback_origin(&base_url) {
                Some(origin) => origin,
                None => OAUTH_URL.to_string(),
            },
        };
        let http = self.options.http_client();
        let (credentials, source) = match (self.access_key, self.token) {
            (Some((id, secret)), _) => (
                Credentials::AccessKey { id, secret },
                CredentialSource::Explicit,
            ),
            (None, Some(token)) => (Credentials::Token(token), CredentialSource::Explicit),
            (None, None) => (
                access_key_from_env(self.options.env().as_ref())?,
                CredentialSource::Environment(vec![ENV_ACCESS_KEY_ID, ENV_SECRET_ACCESS_KEY]),
            ),
        };
        let key_id = match &credentials {
            Credentials::AccessKey { id, .. } => Some(id.clone()),
            Credentials::Token(_) => None,
        };
        let provider = Arc::new(Provider::new(
            credentials,
            &oauth_url,
            http.clone(),
            &self.options,
        )?);
        let issuer = provider.issuer();
        let transport = self.options.transport(provider, OPERATIONS);
        let api = GeneratedClient::new_with_client(&base_url, http, transport);
        Ok(Client {
            api,
            app_key,
            issuer,
            source,
            key_id,
            oauth_url,
        })
    }
}

fn checked_url(url: &str, what: &str) -> Result<String> {
    url::Url::parse(url).map_err(|e| {
        Error::invalid_input(format!("NHN Cloud {what} {url:?}: {e}")).with_provider(PROVIDER)
    })?;
    Ok(url.to_string())
}

/// The User Access Key from the environment, or an error naming both variables.
fn access_key_from_env(env: &dyn Env) -> Result<Credentials> {
    match (env.var(ENV_ACCESS_KEY_ID), env.var(ENV_SECRET_ACCESS_KEY)) {
        (Some(id), Some(secret)) => Ok(Credentials::AccessKey {
            id,
            secret: SecretString::from(secret),
        }),
        (id, secret) => {
            let missing: Vec<&str> = [
                (ENV_ACCESS_KEY_ID, id.is_none()),
                (ENV_SECRET_ACCESS_KEY, secret.is_none()),
            ]
            .iter()
            .filter(|(_, m)| *m)
            .map(|(n, _)| *n)
            .collect();
            Err(Error::credentials(format!(
                "no NHN Cloud User Access Key found (none given explicitly); looked at: the environment ({} not set)",
                missing.join(" and ")
            ))
            .with_provider(PROVIDER)
            .with_hint(format!(
                "pass one with nhn::ClientBuilder::user_access_key (or a ready token with ClientBuilder::token), or set {ENV_ACCESS_KEY_ID} and {ENV_SECRET_ACCESS_KEY}; a User Access Key is created in the NHN Cloud console under API security settings"
            )))
        }
    }
}

/// The origin of `url` when its host is a loopback address (`localhost`, `127.0.0.0/8`, `::1`).
fn loopback_origin(url: &str) -> Option<String> {
    crate::runtime::http::loopback_origin(&url::Url::parse(url).ok()?)
}

/// NHN Cloud Deploy client: every generated operation (through [`Deref`](std::ops::Deref) to the generated
/// client, or [`Client::api`]) plus what NHN needs on top (see the module documentation). Cheap
/// to clone; clones share the token.
#[derive(Clone)]
pub struct Client {
    api: GeneratedClient,
    app_key: Option<String>,
    issuer: Option<GeneratedClient>,
    source: CredentialSource,
    key_id: Option<String>,
    oauth_url: String,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("nhn::Client")
            .field("base_url", &self.api.baseurl())
            .field("app_key", &self.app_key)
            .field("credentials", &self.source.to_string())
            .field("oauth_url", &self.oauth_url)
            .field("transport", self.api.inner())
            .finish()
    }
}

impl Client {
    /// Start building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// Who the client authenticates as, without any request: where the User Access Key (or
    /// ready token) came from and the User Access Key ID (`None` for a ready token). Tokens are
    /// issued at the first call, so no expiry is known here. Never a secret.
    pub fn identity(&self) -> Identity {
        Identity {
            source: self.source.clone(),
            key_id: self.key_id.clone(),
            expires_at: None,
        }
    }

    /// The OAuth host that issues the client's tokens.
    pub fn oauth_url(&self) -> &str {
        &self.oauth_url
    }

    /// The Deploy app key, if one was given or found in the environment.
    pub fn app_key_if_set(&self) -> Option<&str> {
        self.app_key.as_deref()
    }

    /// The Deploy app key the wrappers address, or a credentials error naming where it is set.
    pub fn app_key(&self) -> Result<&str> {
        self.app_key.as_deref().ok_or_else(|| {
            Error::credentials(format!(
                "no Deploy app key: none given explicitly and {ENV_APP_KEY} is not set"
            ))
            .with_provider(PROVIDER)
            .with_hint(format!(
                "pass it with nhn::ClientBuilder::app_key or set {ENV_APP_KEY} (the app key of the Deploy service, shown in its console)"
            ))
        })
    }

    /// The generated client of the OAuth host, which issues User Access Key tokens
    /// (`create_token`, signed with HTTP Basic authentication); `None` when the client was
    /// built with a ready token.
    pub fn token_api(&self) -> Option<&GeneratedClient> {
        self.issuer.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::super::GOV_OAUTH_URL;
    use super::*;
    use crate::runtime::{MapEnv, OperationMeta};

    #[test]
    fn oauth_hosts_are_the_specs_create_token_servers() {
        let op = OperationMeta::find(OPERATIONS, "create_token").unwrap();
        assert!(
            op.servers.contains(&OAUTH_URL) && op.servers.contains(&GOV_OAUTH_URL),
            "{:?}",
            op.servers
        );
        assert_eq!(
            crate::generated::nhn_deploy::MULTIPART_OPERATIONS,
            &["upload_binary"]
        );
    }

    #[test]
    fn identity_names_the_source_and_the_key_id_never_the_secret() {
        let mut options = ClientOptions::default();
        options.env = Some(Arc::new(
            MapEnv::new()
                .with(ENV_ACCESS_KEY_ID, "KEY-ID-1")
                .with(ENV_SECRET_ACCESS_KEY, "NHN-S3CRET"),
        ));
        let c = Client::builder().options(options).build().unwrap();
        let id = c.identity();
        assert_eq!(
            id.source,
            CredentialSource::Environment(vec![ENV_ACCESS_KEY_ID, ENV_SECRET_ACCESS_KEY])
        );
        assert_eq!(id.key_id.as_deref(), Some("KEY-ID-1"));
        assert_eq!(id.expires_at, None);
        assert!(!format!("{id:?} {c:?}").contains("NHN-S3CRET"));
        let c = Client::builder()
            .options(ClientOptions::default())
            .token("TOKEN-S3CRET")
            .build()
            .unwrap();
        assert_eq!(
            (c.identity().source, c.identity().key_id),
            (CredentialSource::Explicit, None)
        );
        assert!(!format!("{c:?}").contains("TOKEN-S3CRET"));
    }

    #[test]
    fn missing_credentials_name_the_environment_variables() {
        let mut options = ClientOptions::default();
        options.env = Some(Arc::new(MapEnv::new().with(ENV_ACCESS_KEY_ID, "id")));
        let e = Client::builder()
            .options(options)
            .app_key("k")
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
        let s = e.to_string();
        assert!(
            s.contains(ENV_ACCESS_KEY_ID) && s.contains(ENV_SECRET_ACCESS_KEY),
            "{s}"
        );
        assert!(
            s.contains("NHN_CLOUD_USER_SECRET_ACCESS_KEY not set"),
            "{s}"
        );
    }

    #[test]
    fn only_a_loopback_endpoint_issues_the_tokens_too() {
        assert_eq!(
            loopback_origin("http://127.0.0.1:4010/").as_deref(),
            Some("http://127.0.0.1:4010")
        );
        assert_eq!(
            loopback_origin("http://localhost:9/x").as_deref(),
            Some("http://localhost:9")
        );
        assert_eq!(
            loopback_origin("http://[::1]:9").as_deref(),
            Some("http://[::1]:9")
        );
        assert_eq!(loopback_origin("https://deploy-proxy.example.com"), None);
        assert_eq!(loopback_origin("not a url"), None);
    }
}
