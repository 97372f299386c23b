//! The Alibaba client and its builder.

use std::fmt;
use std::sync::Arc;

use super::chain::{profile_region, resolve};
use super::credentials::{ENV_ECS_METADATA_HOST, ENV_REGION_ID, ENV_STS_ENDPOINT};
use super::provider::Provider;
use super::sts::{DEFAULT_ECS_METADATA_ENDPOINT, Endpoints, Fetcher, base_url};
use super::{Credentials, DEFAULT_REGION, GeneratedClient, PROVIDER, RegionSource, endpoint};
use crate::generated::alibaba_cloudapi::OPERATIONS;
use crate::runtime::credentials::{CredentialSource, Env, Identity};
use crate::runtime::{ClientOptions, Error, Result, RetryPolicy};

/// Builds an [`Client`]: region or base URL, credentials, and the options every provider
/// shares ([`ClientOptions`]: HTTP client, retry policy, environment, clock, nonce source).
///
/// Credentials: [`Self::credentials`], else [`Self::profile`] (that profile of the aliyun CLI
/// file only), else the chain of Alibaba's official credentials libraries, in their order:
///
/// | # | source | read from |
/// | --- | --- | --- |
/// | 1 | environment | `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` (+ `ALIBABA_CLOUD_SECURITY_TOKEN`) |
/// | 2 | OIDC role (`AssumeRoleWithOIDC`) | `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`, `ALIBABA_CLOUD_OIDC_TOKEN_FILE` (+ `ALIBABA_CLOUD_ROLE_SESSION_NAME`) |
/// | 3 | aliyun CLI profile | `~/.aliyun/config.json`: `ALIBABA_CLOUD_PROFILE`, else `current`; modes AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI |
/// | 4 | credentials file | `ALIBABA_CLOUD_CREDENTIALS_FILE`, else `~/.alibabacloud/credentials`: section `ALIBABA_CLOUD_PROFILE`, else `default`; types access_key, ram_role_arn, oidc_role_arn, ecs_ram_role |
/// | 5 | ECS instance role | metadata service `100.100.100.200` (hardened-mode token first), role `ALIBABA_CLOUD_ECS_METADATA` or the one it names; off with `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` |
/// | 6 | credentials URI | `ALIBABA_CLOUD_CREDENTIALS_URI` |
///
/// Files and variables are read by [`ClientBuilder::build`]; STS, the metadata service and the
/// URI are asked at the first call, and their temporary credentials renewed 15 minutes before
/// they expire (one request for all the calls waiting). The home folder is `%USERPROFILE%` on
/// Windows, `$HOME` elsewhere, as Alibaba's tools find it.
///
/// Region: [`Self::region`], else `ALIBABA_CLOUD_REGION_ID`, else the `region_id` of the aliyun
/// CLI profile in use (the one [`Self::profile`], `ALIBABA_CLOUD_PROFILE` or `current` names),
/// else `cn-hangzhou`; the endpoint is the region's in Alibaba's endpoint map ([`endpoint`]).
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    region: Option<String>,
    credentials: Option<Credentials>,
    profile: Option<String>,
    sts_endpoint: Option<String>,
    metadata_endpoint: Option<String>,
}

impl ClientBuilder {
    /// A builder with default options: the region and credentials from the chain above.
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
    /// A loopback base URL also serves STS (unless [`Self::sts_endpoint`] or
    /// `ALIBABA_CLOUD_STS_ENDPOINT` says otherwise), as the emulator does.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.options.base_url = Some(base_url.into());
        self
    }

    /// Sign with these credentials; the environment and the files are not read.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Use this profile of the aliyun CLI file (rather than the chain), in whatever mode it is.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// Ask this STS endpoint (`host[:port]` or a URL) for role credentials, instead of
    /// `ALIBABA_CLOUD_STS_ENDPOINT` or `https://sts[.{region}].aliyuncs.com`.
    pub fn sts_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.sts_endpoint = Some(endpoint.into());
        self
    }

    /// Ask this metadata service (`host[:port]` or a URL) for the ECS instance role, instead of
    /// `ALIBABA_CLOUD_ECS_METADATA_HOST` or `http://100.100.100.200`.
    pub fn ecs_metadata_endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.metadata_endpoint = Some(endpoint.into());
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

    /// The region and where it came from (see the type's documentation).
    fn region_choice(&self, env: &dyn Env) -> (String, RegionSource) {
        if let Some(r) = &self.region {
            return (r.clone(), RegionSource::Explicit);
        }
        if let Some(r) = env.var(ENV_REGION_ID) {
            return (r.trim().to_string(), RegionSource::Environment);
        }
        if let Some((profile, region)) = profile_region(env, self.profile.as_deref()) {
            return (region, RegionSource::Profile(profile));
        }
        (DEFAULT_REGION.to_string(), RegionSource::Default)
    }

    /// Find the region and the credentials and build the client. Fails on a region that is not
    /// a region id, a base URL that is not an `http(s)` URL, or credentials found nowhere (the
    /// error names every place looked at). No request is made.
    pub fn build(self) -> Result<Client> {
        let env = self.options.env();
        let (region, region_source) = self.region_choice(env.as_ref());
        if region.is_empty()
            || !region
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(Error::invalid_input(format!(
                "`{region}` ({region_source}) is not an Alibaba Cloud region id (like cn-hangzhou or ap-southeast-1)"
            ))
            .with_provider(PROVIDER));
        }
        let base_url = self.options.base_url_or(&endpoint(&region));
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
        let sts = match self
            .sts_endpoint
            .as_deref()
            .map(str::to_string)
            .or_else(|| env.var(ENV_STS_ENDPOINT))
        {
            Some(s) => Some(base_url_of(&s, "https")?),
            None => crate::runtime::http::loopback_origin(&parsed),
        };
        let metadata = match self
            .metadata_endpoint
            .as_deref()
            .map(str::to_string)
            .or_else(|| env.var(ENV_ECS_METADATA_HOST))
        {
            Some(m) => base_url_of(&m, "http")?,
            None => DEFAULT_ECS_METADATA_ENDPOINT.to_string(),
        };
        let endpoints = Endpoints { sts, metadata };
        let http = self.options.http_client();
        let provider = Arc::new(match self.credentials {
            Some(c) => Provider::new(&c, CredentialSource::Explicit),
            None => {
                let found = resolve(env.as_ref(), self.profile.as_deref(), &endpoints)?;
                let fetcher = Fetcher {
                    http: http.clone(),
                    options: self.options.clone(),
                };
                Provider::from_source(found.source, found.described, fetcher)
            }
        });
        let transport = self.options.transport(provider.clone(), OPERATIONS);
        let api = GeneratedClient::new_with_client(&base_url, http, transport);
        Ok(Client {
            api,
            provider,
            region,
            region_source,
        })
    }
}

fn base_url_of(value: &str, scheme: &str) -> Result<String> {
    base_url(value, scheme)
}

/// Typed client of Alibaba Cloud API Gateway (CloudAPI 2016-07-14).
///
/// Dereferences to the generated client, so every action is a builder:
/// `client.deploy_api().api_id(..).stage_name(..).description(..).send().await`, returning
/// [`crate::runtime::Error`] on failure. The batch workflows ([`Self::batch_deploy`],
/// [`Self::batch_abolish`]) are methods of this type. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    pub(crate) api: GeneratedClient,
    pub(crate) provider: Arc<Provider>,
    region: String,
    region_source: RegionSource,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("alibaba::Client")
            .field("base_url", &self.base_url())
            .field("region", &self.region)
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

    /// Where the credentials come from (never a secret): for sources asked at the first call,
    /// the configured one ([`Self::identity`] says which one answered).
    pub fn credential_source(&self) -> &CredentialSource {
        self.provider.credential_source()
    }

    /// The region chosen (the base URL may still have been overridden).
    pub fn region(&self) -> &str {
        &self.region
    }

    /// Where the region came from.
    pub fn region_source(&self) -> &RegionSource {
        &self.region_source
    }

    /// Who the client signs as: fetches the credentials when they come from STS, the metadata
    /// service or a URI (as the first call would), then reports the source that supplied them,
    /// the AccessKey id and when temporary keys expire. Never a secret.
    pub async fn identity(&self) -> Result<Identity> {
        use crate::runtime::Provider as _;
        self.provider.prepare().await?;
        self.provider.identity().ok_or_else(|| {
            Error::credentials("no Alibaba Cloud credentials at hand").with_provider(PROVIDER)
        })
    }
}
