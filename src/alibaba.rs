//! Alibaba Cloud API Gateway (CloudAPI, version 2016-07-14): the hand-written layer over the
//! client generated from `specs/alibaba-cloudapi.yaml`.
//!
//! What is special about Alibaba, and where it lives:
//!
//! - **Endpoint**: one per region, `https://apigateway.{region}.aliyuncs.com` (default
//!   `cn-hangzhou`), except the regions the official SDK maps to the central
//!   `https://apigateway.aliyuncs.com` ([`endpoint`], [`CENTRAL_REGIONS`]); or any base URL
//!   ([`ClientBuilder`]).
//! - **Credentials**: explicit, else `ALIBABA_CLOUD_ACCESS_KEY_ID` /
//!   `ALIBABA_CLOUD_ACCESS_KEY_SECRET` (/ `ALIBABA_CLOUD_SECURITY_TOKEN`), else the aliyun CLI's
//!   `~/.aliyun/config.json` ([`Credentials`]), found when the client is built.
//! - **Signing**: RPC actions are `POST /?Action=…&Version=…` with every parameter in the query.
//!   [`Provider`] signs each attempt with `ACS3-HMAC-SHA256` as the official SDK does:
//!   `Action`/`Version` move into `x-acs-action`/`x-acs-version`, and the query sent is exactly the
//!   canonical query that was signed.
//! - **Errors**: `{RequestId, HostId, Code, Message, Recommend}` bodies become
//!   [`crate::Error`]s with the code, the request id and advice for the usual signing failures;
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

mod batch;
mod client;
mod credentials;
mod outcome;
mod provider;

pub use crate::generated::alibaba_cloudapi::Client as GeneratedClient;
pub use crate::generated::alibaba_cloudapi::types;
pub use batch::{ApiTaskResult, BatchOutcome, PollOptions, TaskKind, TaskState};
pub use client::{Client, ClientBuilder};
pub use credentials::{
    CONFIG_FILE, Credentials, ENV_ACCESS_KEY_ID, ENV_ACCESS_KEY_SECRET, ENV_PROFILE,
    ENV_SECURITY_TOKEN,
};
pub use provider::{Provider, error_fields, hint_for_code, is_throttling_code};

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
