//! Alibaba Cloud API Gateway (CloudAPI, version 2016-07-14): the hand-written layer over the
//! client generated from `specs/alibaba-cloudapi.yaml`.
//!
//! What is special about Alibaba, and where it lives:
//!
//! - **Region and endpoint**: the region given, else `ALIBABA_CLOUD_REGION_ID`, else the
//!   `region_id` of the aliyun CLI profile in use, else `cn-hangzhou`; its endpoint from
//!   Alibaba's published endpoint map ([`endpoint`], [`CENTRAL_REGIONS`]), or any base URL ([`ClientBuilder`]).
//! - **Credentials**: explicit, else the chain of Alibaba's official credentials libraries
//!   (environment, OIDC role, aliyun CLI profile in any of its modes, credentials file, ECS
//!   instance role, credentials URI), found when the client is built; role credentials are
//!   fetched at the first call and renewed before they expire ([`ClientBuilder::build`]).
//! - **Signing**: RPC actions are `POST /?Action=…&Version=…` with every parameter in the query.
//!   [`Provider`] signs each attempt with `ACS3-HMAC-SHA256` as the official SDK does:
//!   `Action`/`Version` move into `x-acs-action`/`x-acs-version`, and the query sent is exactly the
//!   canonical query that was signed.
//! - **Errors**: `{RequestId, HostId, Code, Message, Recommend}` bodies become
//!   [`crate::runtime::Error`]s with the code, the request id and advice for the usual signing failures;
//!   `Throttling.*` answers are retried for every action (whatever the status), other 5xx only for
//!   the read-only `Describe*` actions.
//! - **Batch tasks**: [`Client::batch_deploy`] starts `BatchDeployApis` and polls
//!   `DescribeDeployApiTask` until every API has a final state ([`BatchOutcome`]).
//!
//! Every generated operation is reachable on [`Client`] (it dereferences to the generated
//! client):
//!
//! ```no_run
//! # async fn demo() -> deploykit::Result<()> {
//! use deploykit::alibaba::{Client, types};
//!
//! let client = Client::builder().region("cn-shanghai").build()?;
//! let answer = client
//!     .deploy_api()
//!     .api_id("d6f679aeb3be4b91b3688e887ca1fe16")
//!     .stage_name(types::StageName::Release)
//!     .description("release 42")
//!     .send()
//!     .await
//!     ?;
//! // Alibaba answers a request id; nothing documents it as required, so it is an Option.
//! if let Some(id) = &answer.request_id {
//!     println!("published, request id {id}");
//! }
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The runtime every provider shares, under the name the provider code and its generated client
// use for it.
use deploykit_runtime::runtime;

/// The client generated from `specs/alibaba-cloudapi.yaml` (by this crate's build script).
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_index.rs"));
}

/// Request signing as a pure function: request parts, credentials, time and nonce in; headers
/// out. Nothing here reads the clock or a random source.
pub mod sign {
    pub mod acs3;
}

mod batch;
mod chain;
mod client;
mod credentials;
mod outcome;
mod provider;
mod sts;

pub use crate::generated::alibaba_cloudapi::Client as GeneratedClient;
pub use crate::generated::alibaba_cloudapi::types;
pub use batch::{ApiTaskResult, BatchOutcome, PollOptions, TaskKind, TaskState};
pub use client::{Client, ClientBuilder};
pub use credentials::{
    CONFIG_FILE, CREDENTIALS_FILE, Credentials, ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET,
    ENV_CLI_PROFILE_DISABLED, ENV_CREDENTIALS_FILE, ENV_CREDENTIALS_URI, ENV_ECS_METADATA,
    ENV_ECS_METADATA_DISABLED, ENV_ECS_METADATA_HOST, ENV_IMDSV1_DISABLED, ENV_OIDC_PROVIDER_ARN,
    ENV_OIDC_TOKEN_FILE, ENV_PROFILE, ENV_REGION_ID, ENV_ROLE_ARN, ENV_ROLE_SESSION_NAME,
    ENV_SECURITY_TOKEN, ENV_STS_ENDPOINT, ENV_STS_REGION, ENV_VPC_ENDPOINT_ENABLED,
};
pub use provider::{Provider, error_fields, hint_for_code, is_throttling_code};
pub use sts::{
    DEFAULT_ECS_METADATA_ENDPOINT, DEFAULT_STS_ENDPOINT, METADATA_TIMEOUT, METADATA_TOKEN_HEADER,
    METADATA_TOKEN_TTL_HEADER, REFRESH_MARGIN, STS_VERSION,
};

/// Provider name used in errors and traces.
pub const PROVIDER: &str = "alibaba";

/// The CloudAPI version every action of this client is sent with (`x-acs-version`).
pub const API_VERSION: &str = "2016-07-14";

/// The region used when none is given.
pub const DEFAULT_REGION: &str = "cn-hangzhou";

/// The central management endpoint, which serves the [`CENTRAL_REGIONS`].
pub const CENTRAL_ENDPOINT: &str = "https://apigateway.aliyuncs.com";

/// The regions served by [`CENTRAL_ENDPOINT`] rather than by a host of their own, as the official
/// SDK of CloudAPI 2016-07-14 maps them (`alibabacloud_cloudapi20160714` 4.9.0, its endpoint
/// table; the same list is `x-deploykit-endpoints` in `specs/alibaba-cloudapi.yaml`).
pub const CENTRAL_REGIONS: &[&str] = &[
    "ap-northeast-2-pop",
    "cn-beijing-finance-pop",
    "cn-beijing-gov-1",
    "cn-beijing-nu16-b01",
    "cn-edge-1",
    "cn-fujian",
    "cn-haidian-cm12-c01",
    "cn-hangzhou-bj-b01",
    "cn-hangzhou-internal-prod-1",
    "cn-hangzhou-internal-test-1",
    "cn-hangzhou-internal-test-2",
    "cn-hangzhou-internal-test-3",
    "cn-hangzhou-test-306",
    "cn-hongkong-finance-pop",
    "cn-huhehaote-nebula-1",
    "cn-qingdao-nebula",
    "cn-shanghai-et15-b01",
    "cn-shanghai-et2-b01",
    "cn-shanghai-internal-test-1",
    "cn-shenzhen-inner",
    "cn-shenzhen-st4-d01",
    "cn-shenzhen-su18-b01",
    "cn-wuhan",
    "cn-yushanfang",
    "cn-zhangbei",
    "cn-zhangbei-na61-b01",
    "cn-zhangjiakou-na62-a01",
    "cn-zhengzhou-nebula-1",
    "eu-west-1-oxs",
    "rus-west-1-pop",
];

/// The management endpoint of `region`: [`CENTRAL_ENDPOINT`] for the [`CENTRAL_REGIONS`]
/// (`cn-wuhan`, `cn-beijing-gov-1`, `ap-northeast-2-pop` …), `https://apigateway.{region}.aliyuncs.com`
/// for every other region.
pub fn endpoint(region: &str) -> String {
    if CENTRAL_REGIONS.contains(&region) {
        CENTRAL_ENDPOINT.to_string()
    } else {
        format!("https://apigateway.{region}.aliyuncs.com")
    }
}

/// Where the region of a client came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionSource {
    /// Given to the builder (or `--region`).
    Explicit,
    /// `ALIBABA_CLOUD_REGION_ID`.
    Environment,
    /// The `region_id` of this aliyun CLI profile.
    Profile(String),
    /// Nothing said: [`DEFAULT_REGION`].
    Default,
}

impl std::fmt::Display for RegionSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Explicit => f.write_str("explicit"),
            Self::Environment => f.write_str(ENV_REGION_ID),
            Self::Profile(p) => write!(f, "{CONFIG_FILE} profile `{p}`"),
            Self::Default => f.write_str("default"),
        }
    }
}
