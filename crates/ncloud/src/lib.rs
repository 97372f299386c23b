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
//! - **Credentials** ([`Credentials`]), in the order of NAVER's Go SDK: explicit, else the
//!   environment (`NCLOUD_ACCESS_KEY_ID`, else `NCLOUD_ACCESS_KEY`; `NCLOUD_SECRET_ACCESS_KEY`,
//!   else `NCLOUD_SECRET_KEY`), else `~/.ncloud/configure` as `ncloud configure` writes it
//!   (`[DEFAULT]`, `[default]` or no section header at all, or the profile chosen with
//!   [`ClientBuilder::profile`], which then takes precedence over the environment). The
//!   profile's `ncloud_api_url` is the base URL unless one is given
//!   ([`ClientBuilder::base_url`]). Last, the server role of an NCP VPC server, fetched from its
//!   metadata API at the first call and renewed before it expires ([`server_role`]).
//! - **Regions** ([`Region`]): public, government and finance clouds have their own hosts, all
//!   under `/api/v1`. Chosen by [`ClientBuilder::region`], else `NCLOUD_API_GW` (the Go SDK's),
//!   `NCLOUD_SITE` or `NCLOUD_REGION` (when it names a site), else the configure file's
//!   `ncloud_api_url` ([`SiteSource`] says which).
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

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The runtime every provider shares, under the name the provider code and its generated client
// use for it.
use deploykit_runtime::runtime;

/// The client generated from `specs/ncloud-apigateway.yaml` (by this crate's build script).
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_index.rs"));
}

/// Request signing as a pure function: request parts, credentials, time and nonce in; headers
/// out. Nothing here reads the clock or a random source.
pub mod sign {
    pub mod ncp;
}

mod client;
mod credentials;
mod errors;
mod history;
mod outcome;
mod provider;
pub mod server_role;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::runtime::{Error, Result};

pub use self::client::{Client, ClientBuilder, ENV_API_GW, ENV_REGION, ENV_SITE};
pub use self::provider::Provider;

pub use self::credentials::{
    CONFIGURE_FILE, Credentials, DEFAULT_PROFILE, ENV_ACCESS_KEY, ENV_ACCESS_KEY_ID,
    ENV_SECRET_ACCESS_KEY, ENV_SECRET_KEY, FILE_ACCESS_KEY, FILE_API_URL, FILE_SECRET_KEY,
};
pub use self::errors::{error_fields, error_hint};
pub use self::history::{
    DEFAULT_PAGE_SIZE, Rollback, RollbackTarget, StageRef, deployment_no, resource_id,
};

/// The client generated from `specs/ncloud-apigateway.yaml`, which [`Client`] dereferences to.
pub use crate::generated::ncloud_apigateway::Client as GeneratedClient;

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

/// Where a client's region and base URL came from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum SiteSource {
    /// A base URL given to the builder (or `--endpoint`).
    BaseUrl(String),
    /// [`ClientBuilder::region`] (or `--region`).
    Explicit,
    /// This environment variable.
    Environment(&'static str),
    /// The `ncloud_api_url` of this configure-file profile.
    File(String),
    /// Nothing said: [`Region::Public`].
    Default,
}

impl fmt::Display for SiteSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BaseUrl(_) => f.write_str("base URL given"),
            Self::Explicit => f.write_str("explicit"),
            Self::Environment(var) => f.write_str(var),
            Self::File(profile) => write!(f, "ncloud_api_url of {profile}"),
            Self::Default => f.write_str("default"),
        }
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
    fn clock_offset_displays_signed_seconds() {
        assert_eq!(ClockOffset(600_500).to_string(), "+600.500s");
        assert_eq!(ClockOffset(-1_250).to_string(), "-1.250s");
        assert_eq!(ClockOffset(-1_250).magnitude(), Duration::from_millis(1250));
    }
}
