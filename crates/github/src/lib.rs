//! GitHub REST API: deployments, deployment statuses, environments, branch policies and custom
//! protection rules (API version `2022-11-28`).
//!
//! The operations themselves are generated from `specs/github.yaml` ([`Client`] dereferences to the
//! generated client; [`types`]); every call goes through the shared runtime (signing, retries,
//! errors). What this module adds is what is special about GitHub:
//!
//! - **Auth** ([`Provider`], [`Client::builder`]): a token sent as `Authorization: Bearer …` with
//!   `Accept: application/vnd.github+json` and `X-GitHub-Api-Version: 2022-11-28` — only to the
//!   origin of the configured base URL (explicit, else `GH_HOST`, else `GITHUB_API_URL`, else
//!   `https://api.github.com`; GitHub Enterprise Server: `https://HOST/api/v3`). The token is the
//!   first found of: explicit; a GitHub App given to the builder; the host's variables as gh
//!   binds them (`GH_TOKEN`/`GITHUB_TOKEN` for github.com and GHE.com,
//!   `GH_ENTERPRISE_TOKEN`/`GITHUB_ENTERPRISE_TOKEN` for an Enterprise Server); a GitHub App from
//!   the environment ([`APP_ID_VAR`], [`APP_PRIVATE_KEY_VAR`] or [`APP_PRIVATE_KEY_FILE_VAR`],
//!   [`APP_INSTALLATION_ID_VAR`]); the gh CLI's stored login ([`stored`]). A GitHub App signs a
//!   JWT ([`app_jwt`]) for installation tokens, cached and renewed before their hour ends.
//!   [`Client::identity`] says which source is in use.
//! - **Rate limits**: a primary limit (`403`/`429` with `x-ratelimit-remaining: 0`) waits until
//!   `x-ratelimit-reset`; a secondary limit (`403`/`429` whose message says so) waits
//!   `retry-after`, else at least 60 s, doubling with each attempt. Waits longer than
//!   [`RetryPolicy::max_wait`](crate::runtime::RetryPolicy) end the call with
//!   [`ErrorKind::RateLimited`](crate::runtime::ErrorKind).
//! - **Errors**: GitHub's `message`, `documentation_url` (as the hint) and every `errors[]` entry
//!   (as detail lines) end up in [`Error`](crate::runtime::Error); the request id is `x-github-request-id`.
//! - **Create deployment** has three distinct outcomes ([`create_deployment`], [`CreateOutcome`]):
//!   `201` created, `202` merged instead of deployed, or an error (`409` conflict, `422` invalid).
//! - **Pagination** ([`paginate`]): every list operation as a stream of items, following the
//!   `Link: rel="next"` URL verbatim, on the configured origin only.
//! - **Release workflow** ([`DeploymentRun`], [`Deploy`]): create a deployment, then report
//!   `queued` → `in_progress` → `success` / `failure`.
//!
//! ```no_run
//! # async fn example() -> deploykit::Result<()> {
//! use deploykit::github::{self, Deploy, DeploymentRun};
//!
//! let client = github::Client::builder().build()?; // token from GH_TOKEN or GITHUB_TOKEN
//! let run = DeploymentRun::start(
//!     &client,
//!     "octo-org",
//!     "shop",
//!     Deploy::new("v1.4.2")
//!         .environment("production")
//!         .description("Release v1.4.2")
//!         .log_url("https://ci.example.com/runs/42"),
//! )
//! .await?;
//! run.in_progress("Rolling out").await?;
//! run.succeed("Released v1.4.2").await?;
//! # Ok(())
//! # }
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

// The runtime every provider shares, under the name the provider code and its generated client
// use for it.
use deploykit_runtime::runtime;

/// The client generated from `specs/github.yaml` (by this crate's build script).
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_index.rs"));
}

mod app;
mod client;
mod errors;
mod hosts;
mod outcome;
mod pages;
mod provider;
pub mod stored;
mod workflow;

pub use crate::generated::github::Client as GeneratedClient;
pub use crate::generated::github::types;
pub use crate::generated::github::{OPERATIONS, ResponseValue, SPEC_FILE};

pub use app::{
    APP_ID_VAR, APP_INSTALLATION_ID_VAR, APP_PRIVATE_KEY_FILE_VAR, APP_PRIVATE_KEY_VAR, AppKey,
    Installation, JWT_BACKDATE, JWT_LIFETIME, REFRESH_MARGIN, app_jwt,
};
pub use client::{Client, ClientBuilder};
pub use errors::{error_entry, error_fields};
pub use hosts::{ENTERPRISE_TOKEN_VARS, HOST_VAR, HostKind, base_url_of_host, gh_host};
pub use pages::{ListOperation, paginate};
pub use provider::{
    API_URL_VAR, API_VERSION, DEFAULT_BASE_URL, MEDIA_TYPE, Provider, TOKEN_VARS,
    secondary_rate_limit_wait,
};
pub use workflow::{CreateOutcome, Deploy, DeploymentRun, create_deployment};

/// The provider name used in errors and traces.
pub const PROVIDER: &str = "github";
