//! The NCP client: the generated operations, signed with an access key, in a region.

use std::sync::Arc;

use reqwest::header::HeaderValue;

use super::credentials::{Found, find};
use super::provider::Provider;
use super::{ClockOffset, Credentials, PROVIDER, Region, SiteSource};
use crate::generated::ncloud_apigateway::{Client as GeneratedClient, OPERATIONS};
use crate::runtime::credentials::{CredentialSource, Identity};
use crate::runtime::{self, ClientOptions, Env, Error, Result, RetryPolicy};

/// Environment variable naming the site, as NCP's Terraform provider reads it: `public`, `gov`
/// or `fin`.
pub const ENV_SITE: &str = "NCLOUD_SITE";
/// Environment variable of NCP's tools naming the region; read when it names a site (`public`,
/// `gov`, `fin`). A region code of Terraform's (`KR`, `SGN`, …) does not choose a site and is
/// not read.
pub const ENV_REGION: &str = "NCLOUD_REGION";
/// Environment variable with the API gateway's base URL, as NAVER's Go SDK reads it (e.g.
/// `https://ncloud.apigw.gov-ntruss.com`); read like a configure file's `ncloud_api_url`.
pub const ENV_API_GW: &str = "NCLOUD_API_GW";

/// Configures and builds a [`Client`].
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    region: Option<Region>,
    credentials: Option<Credentials>,
    profile: Option<String>,
}

impl ClientBuilder {
    /// A builder with the defaults: public region, credentials from the environment or
    /// `~/.ncloud/configure`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Use this region (site). Without it: [`ENV_API_GW`], else [`ENV_SITE`], else
    /// [`ENV_REGION`] when it names a site, else the `ncloud_api_url` of the configure-file
    /// profile the keys came from, else [`Region::Public`].
    pub fn region(mut self, region: Region) -> Self {
        self.region = Some(region);
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
    /// Credentials, in the order of NAVER's Go SDK: explicit, the environment, the configure
    /// file; else, on a machine that may be an NCP server (see
    /// [`Env::instance_metadata`]; `NCLOUD_METADATA_API_DISABLED=true` turns it off), the
    /// server role, fetched from the metadata API at the first call and renewed before it
    /// expires. Nothing is sent by `build()`.
    ///
    /// Fails with [`ErrorKind::Credentials`](crate::runtime::ErrorKind::Credentials) when no complete key
    /// pair is found (the error names every place looked at), and with
    /// [`ErrorKind::InvalidInput`](crate::runtime::ErrorKind::InvalidInput) for a base URL that is not an
    /// absolute http(s) URL.
    pub fn build(mut self) -> Result<Client> {
        let env = self.options.env();
        let found = find(
            self.credentials.take(),
            self.profile.as_deref(),
            env.as_ref(),
            true,
        )?;
        let api_url = match &found {
            Found::Keys(c) => c.api_url().map(|u| (u.to_string(), c.source().clone())),
            Found::ServerRole(..) => None,
        };
        let (base_url, region, site_source) =
            self.site(env.as_ref(), api_url.as_ref().map(|(u, s)| (u.as_str(), s)))?;
        match url::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
            _ => {
                return Err(Error::invalid_input(format!(
                    "base URL `{base_url}` is not an absolute http(s) URL"
                ))
                .with_provider(PROVIDER));
            }
        }
        let provider = match found {
            Found::Keys(credentials) => {
                if HeaderValue::from_str(credentials.access_key()).is_err() {
                    return Err(Error::credentials(format!(
                        "the NCP access key from {} contains characters that cannot be sent in an HTTP header",
                        credentials.source()
                    ))
                    .with_provider(PROVIDER));
                }
                Provider::new(&credentials)
            }
            Found::ServerRole(role, tried) => Provider::server_role(role, tried, &self.options),
        };
        let provider = Arc::new(provider);
        let transport = self
            .options
            .transport(provider.clone() as Arc<dyn runtime::Provider>, OPERATIONS);
        let api =
            GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport);
        Ok(Client {
            api,
            provider,
            region,
            site_source,
        })
    }

    /// The base URL, the region it stands for, and where the choice came from (see
    /// [`Self::region`]).
    fn site(
        &self,
        env: &dyn Env,
        api_url: Option<(&str, &CredentialSource)>,
    ) -> Result<(String, Region, SiteSource)> {
        if let Some(url) = &self.options.base_url {
            let region = self.region.unwrap_or_default();
            return Ok((
                self.options.base_url_or(region.base_url()),
                region,
                SiteSource::BaseUrl(url.clone()),
            ));
        }
        if let Some(r) = self.region {
            return Ok((r.base_url().to_string(), r, SiteSource::Explicit));
        }
        if let Some(url) = env.var(ENV_API_GW) {
            let described = CredentialSource::Environment(vec![ENV_API_GW]);
            let (base, region) = base_url_from_api_url(&url, &described)?;
            return Ok((base, region, SiteSource::Environment(ENV_API_GW)));
        }
        for var in [ENV_SITE, ENV_REGION] {
            if let Some(v) = env.var(var) {
                match v.parse::<Region>() {
                    Ok(r) => {
                        return Ok((r.base_url().to_string(), r, SiteSource::Environment(var)));
                    }
                    Err(e) if var == ENV_SITE => {
                        return Err(e.with_message(format!(
                            "{ENV_SITE} `{}`: expected public, gov or fin",
                            crate::runtime::error::clean(&v)
                        )));
                    }
                    Err(_) => tracing::debug!(
                        value = %crate::runtime::error::clean(&v),
                        "{ENV_REGION} names a region code, not a site: not read"
                    ),
                }
            }
        }
        if let Some((url, source)) = api_url {
            let (base, region) = base_url_from_api_url(url, source)?;
            return Ok((base, region, SiteSource::File(source.to_string())));
        }
        Ok((
            Region::Public.base_url().to_string(),
            Region::Public,
            SiteSource::Default,
        ))
    }
}

/// The base URL for a configure file's `ncloud_api_url`. The ncloud CLI's own values (the
/// `ncloud.apigw.*` host of a site) stand for that site, whose API Gateway API has its own host
/// ([`Region::base_url`]); any other URL is used as given, with `/api/v1` added when it has no
/// path.
fn base_url_from_api_url(api_url: &str, source: &CredentialSource) -> Result<(String, Region)> {
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
        return Ok((region.base_url().to_string(), region));
    }
    let text = url.as_str().trim_end_matches('/');
    let base = if url.path().trim_matches('/').is_empty() {
        format!("{text}/api/v1")
    } else {
        text.to_string()
    };
    Ok((base, Region::Public))
}

/// A signed NCP API Gateway client: the generated operations (through [`Deref`](std::ops::Deref)) plus the
/// deployment-history stream and the rollback helper.
#[derive(Clone, Debug)]
pub struct Client {
    api: GeneratedClient,
    provider: Arc<Provider>,
    region: Region,
    site_source: SiteSource,
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

    /// Where the region and base URL came from.
    pub fn site_source(&self) -> &SiteSource {
        &self.site_source
    }

    /// The access key id in use (not secret: it is sent with every request); `None` while a
    /// server role's key has not been fetched yet.
    pub fn access_key(&self) -> Option<String> {
        self.provider.access_key()
    }

    /// Where the keys come from (never the values): for the server role, the metadata API
    /// (see [`Self::identity`] for the role that answered).
    pub fn credential_source(&self) -> &CredentialSource {
        self.provider.credential_source()
    }

    /// Who the client signs as: fetches the server role's key when that is the source (as the
    /// first call would), then reports the source that supplied the keys, the access key id and
    /// when a server role's key expires. Never the secret key.
    pub async fn identity(&self) -> Result<Identity> {
        use crate::runtime::Provider as _;
        self.provider.prepare().await?;
        self.provider
            .identity()
            .ok_or_else(|| Error::credentials("no NCP API keys at hand").with_provider(PROVIDER))
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
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::InvalidInput);
    }

    #[test]
    fn the_site_comes_from_the_flag_then_the_environment_then_the_file() {
        let home = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(home.path().join(".ncloud")).unwrap();
        std::fs::write(
            home.path().join(super::super::CONFIGURE_FILE),
            "ncloud_access_key_id = AK\nncloud_secret_access_key = SK\nncloud_api_url = https://ncloud.apigw.fin-ntruss.com\n",
        )
        .unwrap();
        let build = |env: MapEnv, region: Option<Region>| {
            let mut b = Client::builder().env(Arc::new(env.with_home(home.path())));
            if let Some(r) = region {
                b = b.region(r);
            }
            b.build().unwrap()
        };
        // The file's ncloud_api_url.
        let c = build(MapEnv::new(), None);
        assert_eq!(
            (c.region(), c.base_url()),
            (Region::Finance, Region::Finance.base_url())
        );
        assert!(matches!(c.site_source(), SiteSource::File(_)));
        // NCLOUD_REGION when it names a site; a region code is not read.
        let c = build(MapEnv::new().with(ENV_REGION, "gov"), None);
        assert_eq!(c.region(), Region::Government);
        assert_eq!(c.site_source(), &SiteSource::Environment(ENV_REGION));
        let c = build(MapEnv::new().with(ENV_REGION, "KR"), None);
        assert_eq!(c.region(), Region::Finance);
        // NCLOUD_SITE before NCLOUD_REGION, NCLOUD_API_GW before both.
        let c = build(
            MapEnv::new()
                .with(ENV_REGION, "gov")
                .with(ENV_SITE, "public"),
            None,
        );
        assert_eq!(c.region(), Region::Public);
        let c = build(
            MapEnv::new()
                .with(ENV_SITE, "public")
                .with(ENV_API_GW, "https://ncloud.apigw.gov-ntruss.com"),
            None,
        );
        assert_eq!(c.region(), Region::Government);
        assert_eq!(c.site_source(), &SiteSource::Environment(ENV_API_GW));
        // The builder (--region) beats them all.
        let c = build(
            MapEnv::new().with(ENV_API_GW, "https://ncloud.apigw.gov-ntruss.com"),
            Some(Region::Public),
        );
        assert_eq!(
            (c.region(), c.site_source()),
            (Region::Public, &SiteSource::Explicit)
        );
        // A site variable that names none is an error, not a silent default.
        let e = Client::builder()
            .env(Arc::new(
                MapEnv::new().with(ENV_SITE, "mars").with_home(home.path()),
            ))
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::InvalidInput);
        assert!(e.to_string().contains(ENV_SITE), "{e}");
    }
}
