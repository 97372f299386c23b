//! NHN Cloud Deploy API v2.1: binaries, deploys, history.
//!
//! The typed calls are generated from `specs/nhn-deploy.yaml` ([`generated::nhn_deploy`]); signing,
//! retries, errors and tracing are the shared [`runtime`](crate::runtime). What is special about NHN
//! Cloud, and lives here:
//!
//! - **Token** ([`auth`]): calls carry `X-NHN-AUTHORIZATION: Bearer {token}`, a User Access Key
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
//! println!("deploy {} finished", done[0].deploy_key);
//! # Ok(()) }
//! ```
//!
//! [`generated::nhn_deploy`]: crate::generated::nhn_deploy
//! [`ErrorKind::DeployFailed`]: crate::ErrorKind::DeployFailed

use std::fmt;
use std::num::NonZeroU32;
use std::sync::Arc;

use futures::Stream;
use secrecy::SecretString;

use crate::generated::nhn_deploy::{self, ClientInfo};
use crate::runtime::credentials::Env;
use crate::runtime::paginate::{self, Page};
use crate::runtime::{ClientOptions, Error, Result, Transport};

pub mod auth;
pub mod deploy;
pub mod envelope;
pub mod transfer;

pub use crate::generated::nhn_deploy::types;
pub use deploy::{Deployment, WaitOptions};
pub use envelope::{Envelope, EnvelopeResult};
pub use transfer::{BinaryDownload, BinaryUpload, Progress, ProgressFn};

use types::{
    ArtifactList, Binary, BinaryGroupList, BinaryList, BinarySortKey, DeployHistory,
    DeployHistoryList, ServerGroupList, SortDirection,
};

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
/// Page size the service uses when none is given.
const DEFAULT_PAGE_SIZE: u32 = 20;

/// Builds a [`Client`]: credentials, app key, endpoints and the shared [`ClientOptions`].
///
/// Credentials, first found wins: an explicit User Access Key ([`user_access_key`]), a ready
/// token ([`token`], used as is and never renewed), then `NHN_CLOUD_USER_ACCESS_KEY_ID` and
/// `NHN_CLOUD_USER_SECRET_ACCESS_KEY` read from [`ClientOptions::env`].
///
/// [`user_access_key`]: ClientBuilder::user_access_key
/// [`token`]: ClientBuilder::token
#[derive(Clone, Debug, Default)]
pub struct ClientBuilder {
    options: ClientOptions,
    access_key: Option<(String, SecretString)>,
    token: Option<SecretString>,
    app_key: Option<String>,
    oauth_url: Option<String>,
}

impl ClientBuilder {
    /// A builder with default options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Use these shared options (HTTP client, retries, environment, clock, base URL override).
    pub fn options(mut self, options: ClientOptions) -> Self {
        self.options = options;
        self
    }

    /// Issue tokens from this User Access Key ID and Secret Access Key.
    pub fn user_access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.access_key = Some((id.into(), SecretString::from(secret.into())));
        self
    }

    /// Use a token issued elsewhere. It is sent as is and never renewed; when it expires, calls
    /// fail with HTTP 401.
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(SecretString::from(token.into()));
        self
    }

    /// The app key of the Deploy service (project) every call addresses.
    pub fn app_key(mut self, app_key: impl Into<String>) -> Self {
        self.app_key = Some(app_key.into());
        self
    }

    /// The Deploy endpoint (default [`DEFAULT_BASE_URL`]).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.options.base_url = Some(url.into());
        self
    }

    /// The OAuth host that issues tokens (default [`OAUTH_URL`]; [`GOV_OAUTH_URL`] for the
    /// government cloud).
    pub fn oauth_url(mut self, url: impl Into<String>) -> Self {
        self.oauth_url = Some(url.into());
        self
    }

    /// Check the configuration and build the client. No request is made.
    pub fn build(self) -> Result<Client> {
        let app_key = self.app_key.filter(|k| !k.trim().is_empty()).ok_or_else(|| {
            Error::credentials("no Deploy app key: pass it with ClientBuilder::app_key (the app key of the Deploy service, shown in the console)")
                .with_provider(PROVIDER)
        })?;
        let base_url = checked_url(&self.options.base_url_or(DEFAULT_BASE_URL), "base URL")?;
        let oauth_url = checked_url(
            self.oauth_url
                .as_deref()
                .unwrap_or(OAUTH_URL)
                .trim_end_matches('/'),
            "OAuth URL",
        )?;
        let http = self.options.http_client();
        let credentials = match (self.access_key, self.token) {
            (Some((id, secret)), _) => auth::Credentials::AccessKey { id, secret },
            (None, Some(token)) => auth::Credentials::Token(token),
            (None, None) => access_key_from_env(self.options.env().as_ref())?,
        };
        let provider =
            auth::TokenProvider::new(credentials, &oauth_url, http.clone(), &self.options)?;
        let transport = self.options.transport(Arc::new(provider));
        let api = nhn_deploy::Client::new_with_client(&base_url, http, transport);
        Ok(Client {
            inner: Arc::new(Inner { api, app_key }),
        })
    }
}

fn checked_url(url: &str, what: &str) -> Result<String> {
    url::Url::parse(url).map_err(|e| {
        Error::invalid_input(format!("NHN Cloud {what} {url:?}: {e}")).with_provider(PROVIDER)
    })?;
    Ok(url.to_string())
}

/// The User Access Key from the environment, or an error naming both variables.
fn access_key_from_env(env: &dyn Env) -> Result<auth::Credentials> {
    match (env.var(ENV_ACCESS_KEY_ID), env.var(ENV_SECRET_ACCESS_KEY)) {
        (Some(id), Some(secret)) => Ok(auth::Credentials::AccessKey {
            id,
            secret: SecretString::from(secret),
        }),
        (id, secret) => {
            let missing: Vec<&str> = [
                (ENV_ACCESS_KEY_ID, id.is_none()),
                (ENV_SECRET_ACCESS_KEY, secret.is_none()),
            ]
            .iter()
            .filter(|(_, m)| *m)
            .map(|(n, _)| *n)
            .collect();
            Err(Error::credentials(format!(
                "no NHN Cloud User Access Key found: pass it with ClientBuilder::user_access_key (or a ready token with ClientBuilder::token), or set {ENV_ACCESS_KEY_ID} and {ENV_SECRET_ACCESS_KEY} ({} not set)",
                missing.join(" and ")
            ))
            .with_provider(PROVIDER)
            .with_hint("create a User Access Key in the NHN Cloud console under API security settings"))
        }
    }
}

/// NHN Cloud Deploy client: the generated calls plus what NHN needs on top (see the module
/// documentation). Cheap to clone; clones share the token.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    api: nhn_deploy::Client,
    app_key: String,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("nhn::Client")
            .field("base_url", &self.inner.api.baseurl())
            .field("app_key", &self.inner.app_key)
            .field("transport", self.inner.api.inner())
            .finish()
    }
}

/// Which deploy history to page through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    /// Only this server group (`None` or 0: the whole artifact).
    pub server_group_id: Option<i64>,
    /// First day of the range (service default: one month before today).
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the range (service default: today). The range may not exceed one year.
    pub to: Option<chrono::NaiveDate>,
    /// Entries per page (service default 20).
    pub page_size: Option<u32>,
}

/// Which binaries of a binary group to page through, and in which order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BinaryQuery {
    /// Entries per page (service default 20).
    pub page_size: Option<u32>,
    /// Sort field (service default `UPLOAD_DATE`).
    pub sort_key: Option<BinarySortKey>,
    /// Sort order (service default `DESC`).
    pub sort_direction: Option<SortDirection>,
    /// Only versions matching this keyword.
    pub keyword: Option<String>,
}

impl Client {
    /// Start building a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The generated client, for calls made directly (pair with [`EnvelopeResult::into_body`]).
    pub fn api(&self) -> &nhn_deploy::Client {
        &self.inner.api
    }

    /// The Deploy app key the wrappers address.
    pub fn app_key(&self) -> &str {
        &self.inner.app_key
    }

    pub(crate) fn transport(&self) -> &Transport {
        self.inner.api.inner()
    }

    /// The project's artifacts, optionally filtered by name.
    pub async fn list_artifacts(&self, artifact_name: Option<&str>) -> Result<ArtifactList> {
        let mut call = self.api().list_artifacts().app_key(self.app_key());
        if let Some(name) = artifact_name {
            call = call.artifact_name(name);
        }
        call.send().await.into_body()
    }

    /// The server groups of an artifact.
    pub async fn list_server_groups(&self, artifact_id: i64) -> Result<ServerGroupList> {
        self.api()
            .list_server_groups()
            .app_key(self.app_key())
            .artifact_id(artifact_id)
            .send()
            .await
            .into_body()
    }

    /// The binary groups of an artifact.
    pub async fn list_binary_groups(&self, artifact_id: i64) -> Result<BinaryGroupList> {
        self.api()
            .list_binary_groups()
            .app_key(self.app_key())
            .artifact_id(artifact_id)
            .send()
            .await
            .into_body()
    }

    /// One page (1-based) of an artifact's deploy history.
    pub async fn deploy_history_page(
        &self,
        artifact_id: i64,
        query: &HistoryQuery,
        page_num: u32,
    ) -> Result<DeployHistoryList> {
        let mut call = self
            .api()
            .list_deploy_histories()
            .app_key(self.app_key())
            .artifact_id(artifact_id)
            .page_num(page_number(page_num, "pageNum")?);
        if let Some(id) = query.server_group_id {
            if id < 0 {
                return Err(Error::invalid_input(format!(
                    "serverGroupId {id} is negative (0 means every server group)"
                ))
                .with_provider(PROVIDER));
            }
            call = call.server_group_id(id);
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            check_history_range(from, to)?;
        }
        if let Some(from) = query.from {
            call = call.deployment_year_from(from);
        }
        if let Some(to) = query.to {
            call = call.deployment_year_to(to);
        }
        if let Some(size) = query.page_size {
            call = call.page_size(page_number(size, "pageSize")?);
        }
        call.send().await.into_body()
    }

    /// An artifact's deploy history, every page, as a stream of entries.
    pub fn deploy_histories(
        &self,
        artifact_id: i64,
        query: HistoryQuery,
    ) -> impl Stream<Item = Result<DeployHistory>> + Send + 'static {
        let client = self.clone();
        paginate::items(PageCursor::FIRST, move |cursor: PageCursor| {
            let (client, query) = (client.clone(), query.clone());
            async move {
                let page = client
                    .deploy_history_page(artifact_id, &query, cursor.page)
                    .await?;
                let next = cursor.next(
                    page.deploy_histories.len(),
                    page.total_count,
                    query.page_size,
                );
                Ok(Page {
                    items: page.deploy_histories,
                    next,
                })
            }
        })
    }

    /// One page (1-based) of the binaries of a binary group.
    pub async fn binaries_page(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        query: &BinaryQuery,
        page_num: u32,
    ) -> Result<BinaryList> {
        let mut call = self
            .api()
            .list_binaries()
            .app_key(self.app_key())
            .artifact_id(artifact_id)
            .binary_group_key(binary_group_key)
            .page_num(page_number(page_num, "pageNum")?);
        if let Some(size) = query.page_size {
            call = call.page_size(page_number(size, "pageSize")?);
        }
        if let Some(key) = query.sort_key {
            call = call.sort_key(key);
        }
        if let Some(direction) = query.sort_direction {
            call = call.sort_direction(direction);
        }
        if let Some(keyword) = &query.keyword {
            call = call.keyword(keyword.as_str());
        }
        call.send().await.into_body()
    }

    /// The binaries of a binary group, every page, as a stream.
    pub fn binaries(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        query: BinaryQuery,
    ) -> impl Stream<Item = Result<Binary>> + Send + 'static {
        let client = self.clone();
        paginate::items(PageCursor::FIRST, move |cursor: PageCursor| {
            let (client, query) = (client.clone(), query.clone());
            async move {
                let page = client
                    .binaries_page(artifact_id, binary_group_key, &query, cursor.page)
                    .await?;
                let next = cursor.next(page.binaries.len(), page.total_count, query.page_size);
                Ok(Page {
                    items: page.binaries,
                    next,
                })
            }
        })
    }
}

fn page_number(n: u32, name: &str) -> Result<NonZeroU32> {
    NonZeroU32::new(n).ok_or_else(|| {
        Error::invalid_input(format!("{name} must be 1 or more")).with_provider(PROVIDER)
    })
}

/// The deploy history may not span more than one year.
fn check_history_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Result<()> {
    let year_later = from
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(chrono::NaiveDate::MAX);
    if to < from {
        return Err(Error::invalid_input(format!(
            "deploy history range ends ({to}) before it starts ({from})"
        ))
        .with_provider(PROVIDER));
    }
    if to > year_later {
        return Err(Error::invalid_input(format!(
            "deploy history range {from}..{to} is longer than the one year the service allows"
        ))
        .with_provider(PROVIDER));
    }
    Ok(())
}

/// Where page-number paging stands: the page to fetch and how many items came before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PageCursor {
    page: u32,
    seen: u64,
}

impl PageCursor {
    const FIRST: Self = Self { page: 1, seen: 0 };

    /// The next page after one that held `got` items: none after an empty page, once `totalCount`
    /// is reached, or (without a total) after a short page.
    fn next(self, got: usize, total: Option<i64>, page_size: Option<u32>) -> Option<Self> {
        if got == 0 {
            return None;
        }
        let seen = self.seen + got as u64;
        let more = match total {
            Some(total) => seen < u64::try_from(total).unwrap_or(0),
            None => got as u64 >= u64::from(page_size.unwrap_or(DEFAULT_PAGE_SIZE)),
        };
        more.then_some(Self {
            page: self.page + 1,
            seen,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::{MapEnv, OperationMeta};

    #[test]
    fn paging_stops_at_total_count_or_short_or_empty_pages() {
        let c = PageCursor::FIRST;
        assert_eq!(
            c.next(20, Some(45), Some(20)),
            Some(PageCursor { page: 2, seen: 20 })
        );
        let c = PageCursor { page: 3, seen: 40 };
        assert_eq!(c.next(5, Some(45), Some(20)), None);
        assert_eq!(
            c.next(0, Some(1000), Some(20)),
            None,
            "an empty page ends paging whatever the total says"
        );
        assert_eq!(
            PageCursor::FIRST.next(20, None, None).map(|c| c.page),
            Some(2)
        );
        assert_eq!(PageCursor::FIRST.next(7, None, Some(10)), None);
    }

    #[test]
    fn history_range_is_at_most_one_year() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert!(check_history_range(d("2025-01-01"), d("2026-01-01")).is_ok());
        assert!(check_history_range(d("2025-01-01"), d("2026-01-02")).is_err());
        assert!(check_history_range(d("2025-03-01"), d("2025-01-01")).is_err());
    }

    #[test]
    fn oauth_hosts_are_the_specs_create_token_servers() {
        let op = OperationMeta::find(nhn_deploy::OPERATIONS, "create_token").unwrap();
        assert!(
            op.servers.contains(&OAUTH_URL) && op.servers.contains(&GOV_OAUTH_URL),
            "{:?}",
            op.servers
        );
        assert_eq!(nhn_deploy::MULTIPART_OPERATIONS, &["upload_binary"]);
    }

    #[test]
    fn missing_credentials_name_the_environment_variables() {
        let mut options = ClientOptions::default();
        options.env = Some(Arc::new(MapEnv::new().with(ENV_ACCESS_KEY_ID, "id")));
        let e = Client::builder()
            .options(options)
            .app_key("k")
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &crate::ErrorKind::Credentials);
        let s = e.to_string();
        assert!(
            s.contains(ENV_ACCESS_KEY_ID) && s.contains(ENV_SECRET_ACCESS_KEY),
            "{s}"
        );
        assert!(
            s.contains("NHN_CLOUD_USER_SECRET_ACCESS_KEY not set"),
            "{s}"
        );
    }
}
