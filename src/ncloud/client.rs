//! The NCP client: the generated operations, signed with an access key, in a region.

use std::sync::Arc;

use reqwest::header::HeaderValue;

use super::provider::Provider;
use super::{ClockOffset, Credentials, PROVIDER, Region};
use crate::generated::ncloud_apigateway::{Client as GeneratedClient, OPERATIONS};
use crate::runtime::credentials::CredentialSource;
use crate::runtime::{self, ClientOptions, Env, Error, Result, RetryPolicy};

/// Configures and builds a [`Client`].
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    region: Region,
    credentials: Option<Credentials>,
    profile: Option<String>,
}

impl ClientBuilder {
    /// A builder with the defaults: public region, credentials from the environment or
    /// `~/.ncloud/configure`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Use another region (default: [`Region::Public`]).
    pub fn region(mut self, region: Region) -> Self {
        self.region = region;
        self
    }

    /// Send requests to this base URL instead of the region's (an emulator, a proxy, a test
    /// server). Include the `/api/v1` prefix: it is part of the signed path. Without it, the
    /// `ncloud_api_url` of the configure-file profile the keys came from is used, if it has one.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.options.base_url = Some(url.into());
        self
    }

    /// Use these keys; the environment and the configure file are not read.
    pub fn credentials(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.credentials = Some(Credentials::new(access_key, secret_key));
        self
    }

    /// Read the keys from this profile of `~/.ncloud/configure` instead of `[DEFAULT]`. A profile
    /// chosen here takes precedence over the `NCLOUD_*` key variables (as an explicit
    /// `--profile` does in NCP's tools); explicit [`credentials`](Self::credentials) still win.
    pub fn profile(mut self, profile: impl Into<String>) -> Self {
        self.profile = Some(profile.into());
        self
    }

    /// Read environment variables and the home directory from `env` instead of the process
    /// (tests pass a [`MapEnv`](crate::runtime::MapEnv)).
    pub fn env(mut self, env: Arc<dyn Env>) -> Self {
        self.options.env = Some(env);
        self
    }

    /// Replace the retry policy.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.options.retry = Some(retry);
        self
    }

    /// Share an existing HTTP client.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.options.http_client = Some(client);
        self
    }

    /// Replace every shared setting at once (base URL, HTTP client, retry policy, environment,
    /// clock). Region, credentials and profile are kept.
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Resolve the credentials and build the client.
    ///
    /// Fails with [`ErrorKind::Credentials`](crate::ErrorKind::Credentials) when no complete key
    /// pair is found (the error names every place looked at), and with
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) for a base URL that is not an
    /// absolute http(s) URL.
    pub fn build(self) -> Result<Client> {
        let env = self.options.env();
        let credentials =
            Credentials::resolve(self.credentials, self.profile.as_deref(), env.as_ref())?;
        if HeaderValue::from_str(credentials.access_key()).is_err() {
            return Err(Error::credentials(format!(
                "the NCP access key from {} contains characters that cannot be sent in an HTTP header",
                credentials.source()
            ))
            .with_provider(PROVIDER));
        }
        let base_url = match (&self.options.base_url, credentials.api_url()) {
            (None, Some(api_url)) => base_url_from_api_url(api_url, credentials.source())?,
            _ => self.options.base_url_or(self.region.base_url()),
        };
        match url::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
            _ => {
                return Err(Error::invalid_input(format!(
                    "base URL `{base_url}` is not an absolute http(s) URL"
                ))
                .with_provider(PROVIDER));
            }
        }
        let provider = Arc::new(Provider::new(&credentials));
        let transport = self
            .options
            .transport(provider.clone() as Arc<dyn runtime::Provider>, OPERATIONS);
        let api =
            GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport);
        Ok(Client {
            api,
            provider,
            region: self.region,
            source: credentials.source().clone(),
        })
    }
}

/// The base URL for a configure file's `ncloud_api_url`. The ncloud CLI's own values (the
/// `ncloud.apigw.*` host of a site) stand for that site, whose API Gateway API has its own host
/// ([`Region::base_url`]); any other URL is used as given, with `/api/v1` added when it has no
/// path.
fn base_url_from_api_url(api_url: &str, source: &CredentialSource) -> Result<String> {
    let bad = || {
        Error::invalid_input(format!(
            "ncloud_api_url `{}` in {source} is not an absolute http(s) URL",
            crate::runtime::error::clean(api_url)
        ))
        .with_provider(PROVIDER)
    };
    let url = url::Url::parse(api_url.trim()).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || !url.has_host() {
        return Err(bad());
    }
    let site = match url.host_str().unwrap_or_default() {
        "ncloud.apigw.ntruss.com" => Some(Region::Public),
        "ncloud.apigw.gov-ntruss.com" => Some(Region::Government),
        "ncloud.apigw.fin-ntruss.com" => Some(Region::Finance),
        _ => None,
    };
    if let Some(region) = site {
        return Ok(region.base_url().to_string());
    }
    let text = url.as_str().trim_end_matches('/');
    Ok(if url.path().trim_matches('/').is_empty() {
        format!("{text}/api/v1")
    } else {
        text.to_string()
    })
}

/// A signed NCP API Gateway client: the generated operations (through [`Deref`](std::ops::Deref)) plus the
/// deployment-history stream and the rollback helper.
#[derive(Clone, Debug)]
pub struct Client {
    api: GeneratedClient,
    provider: Arc<Provider>,
    region: Region,
    source: CredentialSource,
}

crate::runtime::client_accessors!(Client, GeneratedClient, api);

impl Client {
    /// Start configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The region chosen (the base URL may still have been overridden).
    pub fn region(&self) -> Region {
        self.region
    }

    /// The access key id in use (not secret: it is sent with every request).
    pub fn access_key(&self) -> &str {
        self.provider.access_key()
    }

    /// Where the keys came from (never the values).
    pub fn credential_source(&self) -> &CredentialSource {
        &self.source
    }

    /// How far the gateway's clock is ahead of this machine's (negative: behind), as measured
    /// from the `Date` headers of its answers; it is added to the time requests are signed with.
    ///
    /// Differences under 30 seconds are not applied (the `Date` header has one-second
    /// resolution and the gateway accepts ±5 minutes). NCP documents no separate error code for
    /// a stale timestamp: it answers `401` with `errorCode` `200` ("Authentication Failed") for
    /// bad signatures, unknown keys and stale timestamps alike. deploykit treats such an answer
    /// as a timestamp failure when its `Date` header shows that the timestamp the request was
    /// signed with was more than 4 minutes from the gateway's clock (the 5-minute window minus
    /// a margin for the header's resolution and network delay), or when the answer's message
    /// mentions the timestamp; it then adopts the measured offset and signs and sends the
    /// request once more. Any other `401` is returned as it is.
    pub fn clock_offset(&self) -> ClockOffset {
        ClockOffset(self.provider.offset_ms())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    #[test]
    fn base_url_follows_region_and_override() {
        let env: Arc<dyn Env> = Arc::new(MapEnv::new());
        let b = || Client::builder().credentials("AK", "SK").env(env.clone());
        assert_eq!(
            b().region(Region::Finance).build().unwrap().base_url(),
            Region::Finance.base_url()
        );
        let c = b().base_url("http://127.0.0.1:9/api/v1/").build().unwrap();
        assert_eq!(c.base_url(), "http://127.0.0.1:9/api/v1");
        let e = b()
            .base_url("apigateway.example/api/v1")
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &crate::ErrorKind::InvalidInput);
    }
}
