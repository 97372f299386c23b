//! NHN Cloud Deploy API v2.1: binaries, deploys, history.
//!
//! The typed calls are generated from `specs/nhn-deploy.yaml` ([`generated::nhn_deploy`]); signing,
//! retries, errors and tracing are the shared [`runtime`]. What is special about NHN
//! Cloud, and lives here:
//!
//! - **Token** ([`Provider`]): calls carry `X-NHN-AUTHORIZATION: Bearer {token}`, a User Access Key
//!   token issued by a separate OAuth host (`create_token`). The client issues it on first use,
//!   shares it between concurrent calls (one issuance however many calls start at once), renews it
//!   before it expires, and on a `401` issues a new one and repeats the call once.
//! - **Envelope** ([`envelope`]): every answer is `{header, body}`; `header.isSuccessful: false` is a
//!   failure even with HTTP 200. The wrappers below return the `body`; [`EnvelopeResult`] does the
//!   same for calls made on [`Client::api`] directly.
//! - **Binaries** ([`transfer`]): the upload is `multipart/form-data` (not generated) and is streamed
//!   from a file or reader; downloads stream to a file (written under a temporary name, renamed on
//!   success) or to any writer. Both report progress.
//! - **Deploys** ([`deploy`]): `deployStatus: fail` is an error ([`ErrorKind::DeployFailed`]);
//!   asynchronous deploys are awaited by polling the deploy history; autoscale groups answer a list.
//! - **Pages** counted by `pageNum`/`pageSize` up to `totalCount`, as streams of items.
//!
//! ```no_run
//! # async fn run() -> deploykit::Result<()> {
//! use deploykit::nhn::{Client, WaitOptions, types::DeployRequest};
//! let client = Client::builder().app_key("my-app-key").build()?; // keys from NHN_CLOUD_USER_* env
//! let done = client
//!     .deploy_and_wait(7, 12, DeployRequest { scenario_ids: Some("3".into()), ..Default::default() }, &WaitOptions::default())
//!     .await?;
//! println!("deploy {:?} finished", done[0].deploy_key);
//! # Ok(()) }
//! ```
//!
//! [`generated::nhn_deploy`]: crate::generated::nhn_deploy
//! [`ErrorKind::DeployFailed`]: crate::runtime::ErrorKind::DeployFailed

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The runtime every provider shares, under the name the provider code and its generated client
// use for it.
use deploykit_runtime::runtime;
// The spec names `BinaryKey` as deploykit's `nhn::BinaryKey` (`x-rust-type`): this crate.
use crate as nhn;

/// The client generated from `specs/nhn-deploy.yaml` (by this crate's build script).
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_index.rs"));
}

mod binary_key;
mod client;
pub mod deploy;
pub mod envelope;
mod lists;
mod provider;
pub mod transfer;

pub use crate::generated::nhn_deploy::Client as GeneratedClient;
pub use crate::generated::nhn_deploy::types;
pub use binary_key::BinaryKey;
pub use client::{Client, ClientBuilder};
pub use deploy::{Deployment, WaitOptions};
pub use envelope::{Envelope, EnvelopeResult};
pub use lists::{BinaryQuery, HistoryQuery};
pub use provider::{AUTH_HEADER, Provider, REFRESH_MARGIN, TokenIssuer, basic_authorization};
pub use transfer::{BinaryDownload, BinaryUpload, Progress, ProgressFn};

/// Provider name in errors and traces.
pub const PROVIDER: &str = "nhn";
/// The Deploy API endpoint.
pub const DEFAULT_BASE_URL: &str = "https://api-tcd.nhncloudservice.com";
/// The OAuth host that issues User Access Key tokens.
pub const OAUTH_URL: &str = "https://oauth.api.nhncloudservice.com";
/// The OAuth host of the government cloud.
pub const GOV_OAUTH_URL: &str = "https://oauth.api.gov-nhncloudservice.com";
/// Environment variable holding the User Access Key ID.
pub const ENV_ACCESS_KEY_ID: &str = "NHN_CLOUD_USER_ACCESS_KEY_ID";
/// Environment variable holding the User Access Key's Secret Access Key.
pub const ENV_SECRET_ACCESS_KEY: &str = "NHN_CLOUD_USER_SECRET_ACCESS_KEY";
/// Environment variable holding the Deploy app key (the one the command's `--app-key` reads too).
pub const ENV_APP_KEY: &str = "NHN_CLOUD_DEPLOY_APPKEY";
