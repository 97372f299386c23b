//! NAVER Cloud Platform API Gateway: stage and API deploys.
//!
//! The operations are generated from `specs/ncloud-apigateway.yaml` (see
//! [`crate::generated::ncloud_apigateway`]); [`Client`] dereferences to that generated client, so
//! every operation is available in its builder form:
//!
//! ```no_run
//! # async fn demo() -> deploykit::Result<()> {
//! use deploykit::ncloud::{Client, types};
//! let client = Client::builder().build()?;
//! let stage = client
//!     .deploy_stage()
//!     .product_id("ksk9ab01")
//!     .api_id("51hs0c2d")
//!     .stage_id("fh5o77xq")
//!     .body(types::DeployStageRequest { deployment_no: types::DeploymentNo(250417) })
//!     .send()
//!     .await?
//!     .into_inner()
//!     .stage;
//! # let _ = stage; Ok(()) }
//! ```
//!
//! What is special about NCP, and where this module handles it:
//!
//! - **Credentials** ([`Credentials`]): explicit, else `NCLOUD_ACCESS_KEY` / `NCLOUD_SECRET_KEY`,
//!   else `~/.ncloud/configure` (`[DEFAULT]` or the profile chosen with
//!   [`ClientBuilder::profile`], which then takes precedence over the environment).
//! - **Regions** ([`Region`]): public, government and finance clouds have their own hosts, all
//!   under `/api/v1`.
//! - **Signing**: every attempt is signed with [`NcpSigner`](crate::sign::ncp::NcpSigner) over
//!   `"{METHOD} {path?query}\n{timestamp_ms}\n{access_key}"`, where `path?query` is exactly what
//!   goes on the request line (including `/api/v1`).
//! - **Clock skew**: the gateway refuses timestamps more than 5 minutes from its clock. The
//!   client measures its offset from each answer's `Date` header and signs with the corrected
//!   time; a `401` that the `Date` header shows to be caused by the timestamp is signed again
//!   and repeated once (see [`Client::clock_offset`] for the exact rule).
//! - **Errors**: NCP answers `{"error":{"errorCode","message","details"}}`; the code, message and
//!   details end up in [`Error`] with a hint per documented code
//!   ([`error_hint`]). `429` (quota, throttle or rate limit) is retried after the wait the
//!   gateway asks for.
//! - **Input checks**: ids of more than 10 characters and negative deployment numbers are
//!   refused before any request (by the generated builders and by [`StageRef`] /
//!   [`deployment_no`]).
//! - **History and rollback**: [`Client::deployments`] streams a stage's deployment history
//!   page by page (offset/limit); [`Client::rollback`] redeploys a chosen or the previous
//!   deployment with Stage deploy.

mod auth;
mod credentials;
mod errors;
mod history;

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::runtime::credentials::CredentialSource;
use crate::runtime::{ClientOptions, Env, Error, Provider, Result, RetryPolicy, Transport};

pub use self::credentials::{
    CONFIGURE_FILE, Credentials, DEFAULT_PROFILE, ENV_ACCESS_KEY, ENV_SECRET_KEY, FILE_ACCESS_KEY,
    FILE_SECRET_KEY,
};
pub use self::errors::error_hint;
pub use self::history::{
    DEFAULT_PAGE_SIZE, Rollback, RollbackTarget, StageRef, deployment_no, resource_id,
};

/// The client generated from `specs/ncloud-apigateway.yaml`, which [`Client`] dereferences to.
pub type GeneratedClient = crate::generated::ncloud_apigateway::Client;

/// Request and response types of the generated client.
pub use crate::generated::ncloud_apigateway::types;

/// Provider name used in errors and traces.
pub const PROVIDER: &str = "ncloud";

/// Where the API Gateway management API is served. Each region has its own host; the API lives
/// under `/api/v1` on every one of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Region {
    /// The public (commercial) cloud: `https://apigateway.apigw.ntruss.com/api/v1`.
    #[default]
    Public,
    /// The government cloud: `https://apigateway.apigw.gov-ntruss.com/api/v1`.
    Government,
    /// The financial cloud: `https://apigateway.apigw.fin-ntruss.com/api/v1`.
    Finance,
}

impl Region {
    /// The base URL of the API Gateway management API in this region (with `/api/v1`).
    pub const fn base_url(self) -> &'static str {
        match self {
            Self::Public => "https://apigateway.apigw.ntruss.com/api/v1",
            Self::Government => "https://apigateway.apigw.gov-ntruss.com/api/v1",
            Self::Finance => "https://apigateway.apigw.fin-ntruss.com/api/v1",
        }
    }

    /// Short name: `public`, `gov` or `fin` (NCP's names for its sites).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Government => "gov",
            Self::Finance => "fin",
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Region {
    type Err = Error;

    /// Accepts `public`, `gov`/`government` and `fin`/`finance` (any case).
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "public" | "pub" => Ok(Self::Public),
            "gov" | "government" => Ok(Self::Government),
            "fin" | "finance" | "financial" => Ok(Self::Finance),
            other => Err(Error::invalid_input(format!(
                "unknown NCP region `{other}`: expected public, gov or fin"
            ))
            .with_provider(PROVIDER)),
        }
    }
}

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
    /// server). Include the `/api/v1` prefix: it is part of the signed path.
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
    /// chosen here takes precedence over `NCLOUD_ACCESS_KEY` / `NCLOUD_SECRET_KEY` (as an
    /// explicit `--profile` does in NCP's tools); explicit [`credentials`](Self::credentials)
    /// still win.
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
        let base_url = self.options.base_url_or(self.region.base_url());
        match url::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => {}
            _ => {
                return Err(Error::invalid_input(format!(
                    "base URL `{base_url}` is not an absolute http(s) URL"
                ))
                .with_provider(PROVIDER));
            }
        }
        let auth = Arc::new(auth::NcpAuth::new(&credentials));
        let transport = self.options.transport(auth.clone() as Arc<dyn Provider>);
        let api =
            GeneratedClient::new_with_client(&base_url, self.options.http_client(), transport);
        Ok(Client {
            api,
            auth,
            region: self.region,
            base_url,
            source: credentials.source().clone(),
        })
    }
}

/// A signed NCP API Gateway client: the generated operations (through [`Deref`]) plus the
/// deployment-history stream and the rollback helper.
#[derive(Clone, Debug)]
pub struct Client {
    api: GeneratedClient,
    auth: Arc<auth::NcpAuth>,
    region: Region,
    base_url: String,
    source: CredentialSource,
}

impl Deref for Client {
    type Target = GeneratedClient;

    fn deref(&self) -> &GeneratedClient {
        &self.api
    }
}

impl Client {
    /// Start configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The generated client (also reachable through `Deref`).
    pub fn api(&self) -> &GeneratedClient {
        &self.api
    }

    /// The region chosen (the base URL may still have been overridden).
    pub fn region(&self) -> Region {
        self.region
    }

    /// The base URL requests go to, with `/api/v1` and without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The access key id in use (not secret: it is sent with every request).
    pub fn access_key(&self) -> &str {
        self.auth.access_key()
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
        ClockOffset(self.auth.offset_ms())
    }

    /// The shared runtime state of this client (signing rules, retry policy, clock), for
    /// hand-written requests through [`runtime::hooks::call`](crate::runtime::hooks::call).
    pub fn transport(&self) -> &Transport {
        progenitor_client::ClientInfo::inner(&self.api)
    }
}

/// A signed clock offset (see [`Client::clock_offset`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockOffset(i64);

impl ClockOffset {
    /// The offset in milliseconds; positive when the gateway's clock is ahead.
    pub fn as_millis(self) -> i64 {
        self.0
    }

    /// The size of the offset, whatever its direction.
    pub fn magnitude(self) -> Duration {
        Duration::from_millis(self.0.unsigned_abs())
    }

    /// Whether the gateway's clock is ahead of this machine's.
    pub fn is_ahead(self) -> bool {
        self.0 > 0
    }
}

impl fmt::Display for ClockOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "+" };
        write!(
            f,
            "{sign}{}.{:03}s",
            self.0.unsigned_abs() / 1000,
            self.0.unsigned_abs() % 1000
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    #[test]
    fn regions_have_their_hosts_and_parse_from_names() {
        assert_eq!(
            Region::default().base_url(),
            "https://apigateway.apigw.ntruss.com/api/v1"
        );
        assert_eq!(
            Region::Government.base_url(),
            "https://apigateway.apigw.gov-ntruss.com/api/v1"
        );
        assert_eq!(
            Region::Finance.base_url(),
            "https://apigateway.apigw.fin-ntruss.com/api/v1"
        );
        for r in [Region::Public, Region::Government, Region::Finance] {
            assert_eq!(r.name().parse::<Region>().unwrap(), r);
        }
        assert_eq!("Government".parse::<Region>().unwrap(), Region::Government);
        assert!("mars".parse::<Region>().is_err());
    }

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

    #[test]
    fn clock_offset_displays_signed_seconds() {
        assert_eq!(ClockOffset(600_500).to_string(), "+600.500s");
        assert_eq!(ClockOffset(-1_250).to_string(), "-1.250s");
        assert_eq!(ClockOffset(-1_250).magnitude(), Duration::from_millis(1250));
    }
}
