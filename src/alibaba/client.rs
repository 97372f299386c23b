//! The Alibaba client and its builder.

use std::fmt;
use std::sync::Arc;

use super::credentials::Credentials;
use super::provider::Provider;
use super::{DEFAULT_REGION, GeneratedClient, PROVIDER, endpoint};
use crate::generated::alibaba_cloudapi::OPERATIONS;
use crate::runtime::credentials::{CredentialSource, Env};
use crate::runtime::{ClientOptions, Error, Result, RetryPolicy};

/// Builds an [`Client`]: region or base URL, credentials, and the options every provider
/// shares ([`ClientOptions`]: HTTP client, retry policy, environment, clock, nonce source).
///
/// Credentials are taken from, in order: [`Self::credentials`]; the environment
/// (`ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`,
/// `ALIBABA_CLOUD_SECURITY_TOKEN`); the aliyun CLI file `~/.aliyun/config.json` (its `current`
/// profile, or the one `ALIBABA_CLOUD_PROFILE` names). They are looked up by
/// [`ClientBuilder::build`], through [`ClientOptions::env`], as for every provider.
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    region: Option<String>,
    credentials: Option<Credentials>,
    profile: Option<String>,
}

impl ClientBuilder {
    /// A builder with default options: region `cn-hangzhou`, credentials from the process
    /// environment or the aliyun CLI file.
    pub fn new() -> Self {
        Self::default()
    }

    /// The region whose endpoint to use: `https://apigateway.{region}.aliyuncs.com`, or the
    /// central endpoint for the regions Alibaba serves there (see [`super::endpoint`]).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Use this base URL instead of the regional endpoint (an emulator, a proxy, a test server).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.options.base_url = Some(base_url.into());
        self
    }

    /// Sign with these credentials; the environment and the profile file are not read.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Sign with this profile of the aliyun CLI file (rather than the environment, the file's
    /// `current` profile, or `ALIBABA_CLOUD_PROFILE`).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Replace the shared options (a base URL set there counts like [`Self::base_url`]).
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// The shared options, to change in place (e.g. `set_clock`, `set_nonce`).
    pub fn options_mut(&mut self) -> &mut ClientOptions {
        &mut self.options
    }

    /// Read credentials from this environment instead of the process environment.
    pub fn env(mut self, env: impl Env + 'static) -> Self {
        self.options.env = Some(Arc::new(env));
        self
    }

    /// Use this retry policy.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Find the credentials and build the client. Fails on a region that is not a region id, a
    /// base URL that is not an `http(s)` URL, or credentials found nowhere (the error names every
    /// place looked at). No request is made.
    pub fn build(self) -> Result<Client> {
        let region = self.region.as_deref().unwrap_or(DEFAULT_REGION);
        if region.is_empty()
            || !region
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(Error::invalid_input(format!(
                "`{region}` is not an Alibaba Cloud region id (like cn-hangzhou or ap-southeast-1)"
            ))
            .with_provider(PROVIDER));
        }
        let base_url = self.options.base_url_or(&endpoint(region));
        let parsed = url::Url::parse(&base_url).map_err(|e| {
            Error::invalid_input(format!("base URL {base_url}: {e}")).with_provider(PROVIDER)
        })?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(Error::invalid_input(format!(
                "base URL {base_url}: expected an http:// or https:// URL with a host"
            ))
            .with_provider(PROVIDER));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(Error::invalid_input(format!(
                "base URL {base_url}: must not have a query or a fragment"
            ))
            .with_provider(PROVIDER));
        }
        let (credentials, source) = match self.credentials {
            Some(c) => (c, CredentialSource::Explicit),
            None => Credentials::resolve(self.options.env().as_ref(), self.profile.as_deref())?,
        };
        let provider = Arc::new(Provider::new(&credentials, source));
        let transport = self.options.transport(provider.clone(), OPERATIONS);
        let api =
            GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport);
        Ok(Client { api, provider })
    }
}

/// Typed client of Alibaba Cloud API Gateway (CloudAPI 2016-07-14).
///
/// Dereferences to the generated client, so every action is a builder:
/// `client.deploy_api().api_id(..).stage_name(..).description(..).send().await`, returning
/// [`crate::Error`] on failure. The batch workflows ([`Self::batch_deploy`],
/// [`Self::batch_abolish`]) are methods of this type. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    pub(crate) api: GeneratedClient,
    pub(crate) provider: Arc<Provider>,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("alibaba::Client")
            .field("base_url", &self.base_url())
            .field("provider", &self.provider)
            .field("retry", self.transport().retry())
            .finish()
    }
}

impl Client {
    /// A builder (see [`ClientBuilder`]).
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// Where the credentials come from (never a secret).
    pub fn credential_source(&self) -> &CredentialSource {
        self.provider.credential_source()
    }
}
