//! A local stand-in for the four providers' deployment APIs, like LocalStack or moto: GitHub,
//! NAVER Cloud API Gateway, Alibaba Cloud API Gateway and NHN Cloud Deploy on one address.
//!
//! What it does, per provider:
//!
//! - **Authentication the way the provider checks it**: GitHub tokens (`Authorization: Bearer` or
//!   `token`, `User-Agent` required); NCP signature v2 recomputed over the request target as
//!   received (5-minute window); Alibaba `ACS3-HMAC-SHA256` recomputed from the request, body hash
//!   included (15-minute window, nonces are single-use); NHN User Access Key tokens issued with
//!   Basic auth and checked (with expiry) in `X-NHN-AUTHORIZATION`.
//! - **State in memory**: GitHub deployments, statuses (with `auto_inactive`), environments,
//!   branch policies and protection rules; NCP stage deployments and history; Alibaba releases,
//!   history versions and batch tasks; NHN binaries (uploaded and downloaded byte for byte), deploys
//!   and deploy history. Nothing is persisted: state lives as long as the emulator.
//! - **Request validation from the specs** compiled in from `specs/*.yaml`: path and query
//!   parameters and JSON bodies are checked against the operation's schemas; a bad request gets
//!   the provider's validation error (GitHub `422` with `errors[]`, NCP `400`/`100`, Alibaba `400`
//!   `InvalidParameter`/`MissingParameter`, NHN `isSuccessful: false`).
//! - **Fault injection** ([`Faults`]): latency, 5xx answers, throttling with `Retry-After`, and
//!   dropped connections, per provider, reproducible with a seed.
//! - **Response conformance**: with [`EmulatorBuilder::check_responses`] (on by default in debug
//!   builds) every JSON answer is checked against the spec's schema for its operation and status;
//!   violations are collected ([`EmulatorHandle::conformance_violations`]). [`check_response`]
//!   runs the same check on any answer.
//!
//! One address serves every provider; their paths do not collide: GitHub under `/repos/…`, NCP
//! under `/api/v1/…`, NHN under `/api/v2.1/…` and `/oauth2/token/create`, Alibaba as `POST /`
//! with the action in `x-acs-action`.
//!
//! ```no_run
//! # async fn demo() -> deploykit::Result<()> {
//! use deploykit_emulator::Emulator;
//!
//! let emulator = Emulator::builder().seed(7).start().await?;
//! println!("{}", emulator.describe());
//! let base = emulator.base_url(); // http://127.0.0.1:PORT
//! # let _ = base;
//! emulator.shutdown().await;
//! # Ok(())
//! # }
//! ```

mod alibaba;
mod faults;
mod github;
mod ncloud;
mod nhn;
mod spec;

use std::collections::BTreeSet;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use bytes::Bytes;
use http::header::{CONTENT_TYPE, HOST};
use http::{HeaderMap, HeaderValue, Method, Request, StatusCode, Uri};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};

pub use faults::{Fault, FaultConfig, Faults};

use deploykit::{Error, ErrorKind, Result};
use faults::FaultPlan;

/// The credentials and resources the emulator knows when nothing else is configured.
///
/// They are fake and public: use them in tests, examples and the release tour.
pub mod defaults {
    /// GitHub token accepted by default (`Authorization: Bearer …`).
    pub const GITHUB_TOKEN: &str = "ghp_deploykitEmulatorToken000000000000000";
    /// NCP access key id accepted by default.
    pub const NCP_ACCESS_KEY: &str = "ncp_iam_EMULATORACCESSKEY";
    /// NCP secret key of [`NCP_ACCESS_KEY`].
    pub const NCP_SECRET_KEY: &str = "emulator-ncp-secret-key";
    /// Alibaba AccessKey id accepted by default.
    pub const ALIBABA_ACCESS_KEY_ID: &str = "LTAI5tEmulatorAccessKey";
    /// Alibaba AccessKey secret of [`ALIBABA_ACCESS_KEY_ID`].
    pub const ALIBABA_ACCESS_KEY_SECRET: &str = "emulator-alibaba-access-key-secret";
    /// NHN User Access Key ID accepted by default.
    pub const NHN_ACCESS_KEY_ID: &str = "emulator-user-access-key-id";
    /// NHN Secret Access Key of [`NHN_ACCESS_KEY_ID`].
    pub const NHN_SECRET_ACCESS_KEY: &str = "emulator-secret-access-key";

    /// NCP: the product that exists.
    pub const NCP_PRODUCT_ID: &str = "emuprod01";
    /// NCP: the API of [`NCP_PRODUCT_ID`] that exists.
    pub const NCP_API_ID: &str = "emuapi01";
    /// NCP: the stages of [`NCP_API_ID`], `(stage id, stage name)`.
    pub const NCP_STAGES: [(&str, &str); 2] = [("emustgdev", "dev"), ("emustgprd", "prod")];

    /// Alibaba: the API group that exists.
    pub const ALIBABA_GROUP_ID: &str = "emu0group0000000000000000000001";
    /// Alibaba: the APIs of [`ALIBABA_GROUP_ID`], `(api id, name, path, method)`.
    pub const ALIBABA_APIS: [(&str, &str, &str, &str); 3] = [
        (
            "emu0api00000000000000000000001",
            "ListOrders",
            "/orders",
            "GET",
        ),
        (
            "emu0api00000000000000000000002",
            "CreateOrder",
            "/orders",
            "POST",
        ),
        (
            "emu0api00000000000000000000003",
            "GetOrder",
            "/orders/[id]",
            "GET",
        ),
    ];

    /// NHN: the app key (project) that exists.
    pub const NHN_APP_KEY: &str = "emulator-app-key";
    /// NHN: the server artifact that exists.
    pub const NHN_ARTIFACT_ID: i64 = 1;
    /// NHN: an ordinary server group of [`NHN_ARTIFACT_ID`] (two servers).
    pub const NHN_SERVER_GROUP_ID: i64 = 11;
    /// NHN: an autoscale server group of [`NHN_ARTIFACT_ID`] (deploys answer a list).
    pub const NHN_AUTOSCALE_GROUP_ID: i64 = 12;
    /// NHN: the binary group of [`NHN_ARTIFACT_ID`].
    pub const NHN_BINARY_GROUP_KEY: i64 = 21;
    /// NHN: a scenario id that makes a deploy fail (`deployStatus: fail`, history `FAIL`).
    pub const NHN_FAILING_SCENARIO_ID: &str = "999";

    /// GitHub: a ref suffix that plays a branch behind the default branch: the first
    /// `create_deployment` with `auto_merge` answers `202` (merged), later ones deploy; with
    /// `auto_merge: false` it answers `409`.
    pub const GITHUB_BEHIND_REF_SUFFIX: &str = "-behind";
    /// GitHub: ids of the custom protection rule apps available to every environment.
    pub const GITHUB_INTEGRATION_IDS: [i64; 2] = [3515, 3516];
}

/// One of the emulated providers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provider {
    /// GitHub REST API (deployments, environments).
    GitHub,
    /// NAVER Cloud Platform API Gateway.
    Ncloud,
    /// Alibaba Cloud API Gateway (CloudAPI 2016-07-14).
    Alibaba,
    /// NHN Cloud Deploy API v2.1 (with token issuance).
    Nhn,
}

impl Provider {
    /// Every provider.
    pub const ALL: [Provider; 4] = [
        Provider::GitHub,
        Provider::Ncloud,
        Provider::Alibaba,
        Provider::Nhn,
    ];

    /// The provider's short name, as used by the crate's modules and features.
    pub fn name(self) -> &'static str {
        match self {
            Provider::GitHub => "github",
            Provider::Ncloud => "ncloud",
            Provider::Alibaba => "alibaba",
            Provider::Nhn => "nhn",
        }
    }

    fn index(self) -> usize {
        match self {
            Provider::GitHub => 0,
            Provider::Ncloud => 1,
            Provider::Alibaba => 2,
            Provider::Nhn => 3,
        }
    }

    /// Which provider a request is for, from its path (and, for Alibaba, the root path).
    fn of_request(uri: &Uri) -> Option<Provider> {
        let path = uri.path();
        if path.starts_with("/repos/") {
            Some(Provider::GitHub)
        } else if path.starts_with("/api/v1/") {
            Some(Provider::Ncloud)
        } else if path.starts_with("/api/v2.1/") || path == nhn::TOKEN_PATH {
            Some(Provider::Nhn)
        } else if path == "/" {
            Some(Provider::Alibaba)
        } else {
            None
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The credentials the emulator accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// GitHub tokens accepted in `Authorization`.
    pub github_tokens: Vec<String>,
    /// NCP access key id.
    pub ncp_access_key: String,
    /// NCP secret key.
    pub ncp_secret_key: String,
    /// Alibaba AccessKey id.
    pub alibaba_access_key_id: String,
    /// Alibaba AccessKey secret.
    pub alibaba_access_key_secret: String,
    /// NHN User Access Key ID.
    pub nhn_access_key_id: String,
    /// NHN Secret Access Key.
    pub nhn_secret_access_key: String,
}

impl Default for Credentials {
    fn default() -> Self {
        Self {
            github_tokens: vec![defaults::GITHUB_TOKEN.to_string()],
            ncp_access_key: defaults::NCP_ACCESS_KEY.to_string(),
            ncp_secret_key: defaults::NCP_SECRET_KEY.to_string(),
            alibaba_access_key_id: defaults::ALIBABA_ACCESS_KEY_ID.to_string(),
            alibaba_access_key_secret: defaults::ALIBABA_ACCESS_KEY_SECRET.to_string(),
            nhn_access_key_id: defaults::NHN_ACCESS_KEY_ID.to_string(),
            nhn_secret_access_key: defaults::NHN_SECRET_ACCESS_KEY.to_string(),
        }
    }
}

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Everything the emulator can be configured with (what [`EmulatorBuilder`] and the
/// `deploykit emulate` command fill in).
#[derive(Clone)]
pub struct EmulatorOptions {
    /// The credentials accepted.
    pub credentials: Credentials,
    /// Fault injection per provider.
    pub faults: FaultConfig,
    /// Seed of the fault decisions; a random one when `None`.
    pub seed: Option<u64>,
    /// NHN: the app key (project) that exists.
    pub nhn_app_key: String,
    /// NHN: lifetime of issued tokens (`expires_in`).
    pub nhn_token_lifetime: Duration,
    /// NHN: how long an `async: true` deploy stays `deploying` / `RUNNING`.
    pub nhn_deploy_delay: Duration,
    /// Alibaba: how long a batch task reports `DEPLOYING` / `ABOLISHING`.
    pub alibaba_task_delay: Duration,
    /// NHN: the largest binary accepted by `upload_binary`, in bytes. Binaries are kept in memory.
    pub max_upload_size: u64,
    /// Check every JSON answer against the spec and record violations.
    pub check_responses: bool,
    clock: Option<Clock>,
}

impl Default for EmulatorOptions {
    fn default() -> Self {
        Self {
            credentials: Credentials::default(),
            faults: FaultConfig::default(),
            seed: None,
            nhn_app_key: defaults::NHN_APP_KEY.to_string(),
            nhn_token_lifetime: Duration::from_secs(86_400),
            nhn_deploy_delay: Duration::from_secs(2),
            alibaba_task_delay: Duration::from_secs(2),
            max_upload_size: 1 << 30,
            check_responses: cfg!(debug_assertions),
            clock: None,
        }
    }
}

impl fmt::Debug for EmulatorOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorOptions")
            .field("credentials", &self.credentials)
            .field("faults", &self.faults)
            .field("seed", &self.seed)
            .field("nhn_app_key", &self.nhn_app_key)
            .field("nhn_token_lifetime", &self.nhn_token_lifetime)
            .field("nhn_deploy_delay", &self.nhn_deploy_delay)
            .field("alibaba_task_delay", &self.alibaba_task_delay)
            .field("max_upload_size", &self.max_upload_size)
            .field("check_responses", &self.check_responses)
            .field("clock", &self.clock.as_ref().map(|_| "custom"))
            .finish()
    }
}

impl EmulatorOptions {
    /// Use this clock instead of the system clock (signature windows, token expiry, task delays,
    /// timestamps in answers).
    pub fn set_clock(&mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) {
        self.clock = Some(Arc::new(clock));
    }

    /// Apply a command-line fault flag (see [`FaultConfig::apply_flag`]).
    pub fn apply_fault_flag(&mut self, flag: &str) -> std::result::Result<(), String> {
        self.faults.apply_flag(flag)
    }

    /// What a person needs to point a client at an emulator at `base_url`: endpoints,
    /// credentials, the resources that exist, and active faults. One line per fact.
    pub fn describe(&self, base_url: &str) -> String {
        let c = &self.credentials;
        let mut out = String::new();
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(format!("deploykit emulator on {base_url}"));
        line(format!("GitHub   base URL {base_url}"));
        line(format!(
            "         token {} (Authorization: Bearer …; a User-Agent is required)",
            c.github_tokens.first().map_or("(none)", String::as_str)
        ));
        line(format!(
            "         any owner/repo; refs ending in `{}` play a branch behind the default branch",
            defaults::GITHUB_BEHIND_REF_SUFFIX
        ));
        line(format!("NCP      base URL {base_url}/api/v1"));
        line(format!(
            "         access key {} / secret key {}",
            c.ncp_access_key, c.ncp_secret_key
        ));
        line(format!(
            "         product {} / API {} / stages {}",
            defaults::NCP_PRODUCT_ID,
            defaults::NCP_API_ID,
            defaults::NCP_STAGES
                .iter()
                .map(|(id, name)| format!("{id} ({name})"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        line(format!("Alibaba  endpoint {base_url}"));
        line(format!(
            "         AccessKey id {} / secret {}",
            c.alibaba_access_key_id, c.alibaba_access_key_secret
        ));
        line(format!(
            "         group {} / APIs {}",
            defaults::ALIBABA_GROUP_ID,
            defaults::ALIBABA_APIS
                .iter()
                .map(|(id, name, _, _)| format!("{id} ({name})"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        line(format!(
            "NHN      Deploy URL {base_url}, OAuth URL {base_url}"
        ));
        line(format!(
            "         User Access Key ID {} / Secret Access Key {}",
            c.nhn_access_key_id, c.nhn_secret_access_key
        ));
        line(format!(
            "         app key {} / artifact {} / server groups {} (ordinary), {} (autoscale) / binary group {}",
            self.nhn_app_key,
            defaults::NHN_ARTIFACT_ID,
            defaults::NHN_SERVER_GROUP_ID,
            defaults::NHN_AUTOSCALE_GROUP_ID,
            defaults::NHN_BINARY_GROUP_KEY
        ));
        line(format!(
            "         scenario id {} fails; async deploys finish after {:?}",
            defaults::NHN_FAILING_SCENARIO_ID,
            self.nhn_deploy_delay
        ));
        line(format!(
            "env      export GITHUB_API_URL={base_url} GH_TOKEN={}",
            c.github_tokens.first().map_or("", String::as_str)
        ));
        line(format!(
            "         export NCLOUD_ACCESS_KEY={} NCLOUD_SECRET_KEY={}",
            c.ncp_access_key, c.ncp_secret_key
        ));
        line(format!(
            "         export ALIBABA_CLOUD_ACCESS_KEY_ID={} ALIBABA_CLOUD_ACCESS_KEY_SECRET={}",
            c.alibaba_access_key_id, c.alibaba_access_key_secret
        ));
        line(format!(
            "         export NHN_CLOUD_USER_ACCESS_KEY_ID={} NHN_CLOUD_USER_SECRET_ACCESS_KEY={}",
            c.nhn_access_key_id, c.nhn_secret_access_key
        ));
        for p in Provider::ALL {
            let f = self.faults.get(p);
            if f.is_active() {
                line(format!(
                    "faults   {p}: latency {:?} (+ up to {:?}), errors {}, throttle {} (retry after {:?}), drops {}",
                    f.latency, f.jitter, f.error_rate, f.throttle_rate, f.retry_after, f.drop_rate
                ));
            }
        }
        if let Some(seed) = self.seed {
            line(format!("seed     {seed}"));
        }
        out
    }
}

/// Entry point: `Emulator::builder()`.
#[derive(Debug)]
pub struct Emulator;

impl Emulator {
    /// A builder with the default credentials, no faults, and an ephemeral port on 127.0.0.1.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// Configures and starts an emulator.
#[derive(Debug, Default)]
pub struct EmulatorBuilder {
    addr: Option<SocketAddr>,
    options: EmulatorOptions,
}

impl EmulatorBuilder {
    /// Listen on this address (default: 127.0.0.1 with an ephemeral port).
    pub fn addr(mut self, addr: SocketAddr) -> Self {
        self.addr = Some(addr);
        self
    }

    /// Replace every option at once.
    pub fn options(mut self, options: EmulatorOptions) -> Self {
        self.options = options;
        self
    }

    /// Accept only this GitHub token.
    pub fn github_token(mut self, token: impl Into<String>) -> Self {
        self.options.credentials.github_tokens = vec![token.into()];
        self
    }

    /// Accept this NCP access key and secret key.
    pub fn ncp_keys(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.options.credentials.ncp_access_key = access_key.into();
        self.options.credentials.ncp_secret_key = secret_key.into();
        self
    }

    /// Accept this Alibaba AccessKey id and secret.
    pub fn alibaba_keys(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.options.credentials.alibaba_access_key_id = id.into();
        self.options.credentials.alibaba_access_key_secret = secret.into();
        self
    }

    /// Accept this NHN User Access Key ID and Secret Access Key.
    pub fn nhn_keys(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.options.credentials.nhn_access_key_id = id.into();
        self.options.credentials.nhn_secret_access_key = secret.into();
        self
    }

    /// The NHN app key (project) that exists.
    pub fn nhn_app_key(mut self, app_key: impl Into<String>) -> Self {
        self.options.nhn_app_key = app_key.into();
        self
    }

    /// Lifetime of NHN tokens (default one day).
    pub fn nhn_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.options.nhn_token_lifetime = lifetime;
        self
    }

    /// How long NHN `async: true` deploys run (default 2 s).
    pub fn nhn_deploy_delay(mut self, delay: Duration) -> Self {
        self.options.nhn_deploy_delay = delay;
        self
    }

    /// How long Alibaba batch tasks run (default 2 s).
    pub fn alibaba_task_delay(mut self, delay: Duration) -> Self {
        self.options.alibaba_task_delay = delay;
        self
    }

    /// Largest NHN binary accepted, in bytes (default 1 GiB; binaries are kept in memory).
    pub fn max_upload_size(mut self, bytes: u64) -> Self {
        self.options.max_upload_size = bytes;
        self
    }

    /// Faults of one provider.
    pub fn faults(mut self, provider: Provider, faults: Faults) -> Self {
        *self.options.faults.get_mut(provider) = faults;
        self
    }

    /// The same faults for every provider.
    pub fn faults_all(mut self, faults: Faults) -> Self {
        self.options.faults = FaultConfig::all(faults);
        self
    }

    /// Seed of the fault decisions: the same seed and requests give the same faults.
    pub fn seed(mut self, seed: u64) -> Self {
        self.options.seed = Some(seed);
        self
    }

    /// Check every JSON answer against the spec (default: on in debug builds).
    pub fn check_responses(mut self, on: bool) -> Self {
        self.options.check_responses = on;
        self
    }

    /// Use this clock instead of the system clock.
    pub fn clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.options.set_clock(clock);
        self
    }

    /// Bind the address and start serving on the current tokio runtime.
    pub async fn start(self) -> Result<EmulatorHandle> {
        let addr = self
            .addr
            .unwrap_or_else(|| SocketAddr::from((Ipv4Addr::LOCALHOST, 0)));
        let listener = TcpListener::bind(addr).await.map_err(|e| {
            Error::new(
                ErrorKind::Transport,
                format!("the emulator cannot listen on {addr}: {e}"),
            )
            .with_hint("choose another address with --addr, or 127.0.0.1:0 for any free port")
            .with_source(e)
        })?;
        let local = listener.local_addr().map_err(|e| {
            Error::new(
                ErrorKind::Transport,
                format!("the emulator's listener has no address: {e}"),
            )
            .with_source(e)
        })?;
        // Load (and lint) the specs now rather than on the first request.
        let _ = spec::specs();
        let seed = self.options.seed.unwrap_or_else(|| fastrand::u64(..));
        let shared = Arc::new(Shared::new(self.options, seed));
        let router = router(shared.clone());
        let (tx, rx) = watch::channel(false);
        let task = tokio::spawn(serve(listener, shared.clone(), router, rx));
        let base_url = format!("http://{local}");
        tracing::info!("deploykit emulator listening on {base_url}");
        Ok(EmulatorHandle {
            addr: local,
            base_url,
            shared,
            shutdown: tx,
            task: Some(task),
        })
    }
}

/// A running emulator. Stops on [`EmulatorHandle::shutdown`] or when dropped.
pub struct EmulatorHandle {
    addr: SocketAddr,
    base_url: String,
    shared: Arc<Shared>,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl fmt::Debug for EmulatorHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorHandle")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl EmulatorHandle {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, the base URL of GitHub, Alibaba and NHN (Deploy and OAuth).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The GitHub API base URL (as `GITHUB_API_URL`).
    pub fn github_url(&self) -> String {
        self.base_url.clone()
    }

    /// The NCP API Gateway base URL, `…/api/v1`.
    pub fn ncloud_url(&self) -> String {
        format!("{}/api/v1", self.base_url)
    }

    /// The Alibaba endpoint.
    pub fn alibaba_url(&self) -> String {
        self.base_url.clone()
    }

    /// The NHN Deploy API base URL.
    pub fn nhn_url(&self) -> String {
        self.base_url.clone()
    }

    /// The NHN OAuth (token issuance) base URL.
    pub fn nhn_oauth_url(&self) -> String {
        self.base_url.clone()
    }

    /// The credentials accepted.
    pub fn credentials(&self) -> &Credentials {
        &self.shared.options.credentials
    }

    /// The options it runs with.
    pub fn options(&self) -> &EmulatorOptions {
        &self.shared.options
    }

    /// The seed of the fault decisions (the one given, or the random one chosen).
    pub fn seed(&self) -> u64 {
        self.shared.faults.seed()
    }

    /// Endpoints, credentials and resources, for printing at start.
    pub fn describe(&self) -> String {
        let mut options = self.shared.options.clone();
        options.seed = Some(self.seed());
        options.faults = self.shared.faults.config();
        options.describe(&self.base_url)
    }

    /// Change the faults of one provider while running; its request count restarts at 0, so
    /// the decisions that follow are the same as for a fresh emulator with the same seed.
    pub fn set_faults(&self, provider: Provider, faults: Faults) {
        self.shared.faults.set(provider, faults);
    }

    /// The operations answered with a 2xx status so far, per provider (to see what a test
    /// suite exercised).
    pub fn operations_served(&self) -> BTreeSet<(Provider, &'static str)> {
        lock(&self.shared.served).clone()
    }

    /// Answers that did not conform to the spec, one line each (empty when all did, or when
    /// checking is off).
    pub fn conformance_violations(&self) -> Vec<String> {
        lock(&self.shared.violations).clone()
    }

    /// Stop accepting connections, close the open ones and wait for the server task to end.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

/// Runs the emulator for `deploykit emulate`: prints [`EmulatorHandle::describe`], serves until
/// Ctrl-C, then stops.
pub async fn run_cli(addr: SocketAddr, options: EmulatorOptions) -> Result<()> {
    let handle = Emulator::builder()
        .options(options)
        .addr(addr)
        .start()
        .await?;
    println!("{}", handle.describe());
    println!("Serving until Ctrl-C.");
    let signal = tokio::signal::ctrl_c().await;
    handle.shutdown().await;
    signal.map_err(|e| {
        Error::new(ErrorKind::Transport, format!("cannot wait for Ctrl-C: {e}")).with_source(e)
    })
}

/// [`run_cli`] on a tokio runtime of its own, for a synchronous `main`.
pub fn run_cli_blocking(addr: SocketAddr, options: EmulatorOptions) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Error::new(
                ErrorKind::Transport,
                format!("cannot start the tokio runtime: {e}"),
            )
            .with_source(e)
        })?;
    runtime.block_on(run_cli(addr, options))
}

/// The `operationId`s of the spec `provider` is emulated from, in spec order.
pub fn operations(provider: Provider) -> Vec<&'static str> {
    spec::specs()
        .get(provider)
        .ops
        .iter()
        .map(|o| o.id.as_str())
        .collect()
}

/// Checks one answer against the spec of `provider`: the status must be declared by the
/// operation (an undeclared error status is checked against the provider's generic error body),
/// and a JSON body must match the declared schema. `operation_id: None` checks an error answer
/// that no operation matched. Returns the violations, one line each.
pub fn check_response(
    provider: Provider,
    operation_id: Option<&str>,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> std::result::Result<(), Vec<String>> {
    let spec = spec::specs().get(provider);
    let op = match operation_id {
        Some(id) => Some(
            spec.op(id)
                .ok_or_else(|| vec![format!("{provider}: no operation `{id}` in the spec")])?,
        ),
        None => None,
    };
    spec.check_response(op, status, content_type, body)
}

// ---------------------------------------------------------------------------------------------
// Shared state and helpers
// ---------------------------------------------------------------------------------------------

/// State shared by every connection.
pub(crate) struct Shared {
    options: EmulatorOptions,
    faults: FaultPlan,
    violations: Mutex<Vec<String>>,
    served: Mutex<BTreeSet<(Provider, &'static str)>>,
    github: Mutex<github::State>,
    ncloud: Mutex<ncloud::State>,
    alibaba: Mutex<alibaba::State>,
    nhn: Mutex<nhn::State>,
}

impl Shared {
    fn new(options: EmulatorOptions, seed: u64) -> Self {
        let now = options.clock.as_ref().map_or_else(SystemTime::now, |c| c());
        Self {
            faults: FaultPlan::new(options.faults.clone(), seed),
            violations: Mutex::new(Vec::new()),
            served: Mutex::new(BTreeSet::new()),
            github: Mutex::new(github::State::default()),
            ncloud: Mutex::new(ncloud::State::new(now)),
            alibaba: Mutex::new(alibaba::State::new()),
            nhn: Mutex::new(nhn::State::new(&options.nhn_app_key, now)),
            options,
        }
    }

    /// The emulator's clock.
    pub(crate) fn now(&self) -> SystemTime {
        self.options
            .clock
            .as_ref()
            .map_or_else(SystemTime::now, |c| c())
    }
}

/// Locks a mutex, ignoring poisoning (a panicking handler leaves consistent-enough state).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Marks an answer with the operation it answers, for the conformance check.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Answered {
    provider: Provider,
    op: Option<&'static str>,
}

/// Tags `response` with its provider and operation (see [`Answered`]).
pub(crate) fn tag(
    mut response: Response,
    provider: Provider,
    op: Option<&'static str>,
) -> Response {
    response.extensions_mut().insert(Answered { provider, op });
    response
}

/// A JSON answer.
pub(crate) fn json(status: StatusCode, value: &Value) -> Response {
    let mut response = (status, value.to_string()).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    response
}

/// An answer without a body.
pub(crate) fn empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// The decoded query pairs of a request, in the order sent.
pub(crate) fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    uri.query()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .unwrap_or_default()
}

/// Largest JSON request body read.
pub(crate) const MAX_JSON_BODY: usize = 1 << 20;

/// Reads a (small) request body whole; `None` when it is larger than `limit` or unreadable.
pub(crate) async fn read_body(body: Body, limit: usize) -> Option<Bytes> {
    axum::body::to_bytes(body, limit).await.ok()
}

/// `http://{Host}`: the base URL the client used, for links in answers.
pub(crate) fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

/// A header as text.
pub(crate) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// The content type of a request, without parameters.
pub(crate) fn content_type(headers: &HeaderMap) -> Option<&str> {
    header(headers, CONTENT_TYPE.as_str()).map(|c| c.split(';').next().unwrap_or("").trim())
}

/// Milliseconds since the Unix epoch.
pub(crate) fn unix_millis(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// RFC 3339 in UTC with seconds, `2024-05-07T23:48:47Z`.
pub(crate) fn rfc3339(t: SystemTime) -> String {
    chrono::DateTime::<chrono::Utc>::from(t).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A fresh request id (UUID v4, upper case as Alibaba writes them).
pub(crate) fn request_id() -> String {
    uuid::Uuid::new_v4().to_string().to_uppercase()
}

// ---------------------------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------------------------

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", any(alibaba::handle))
        .route(nhn::TOKEN_PATH, any(nhn::token))
        .route("/repos/{*rest}", any(github::handle))
        .route("/api/v1/{*rest}", any(ncloud::handle))
        .route("/api/v2.1/{*rest}", any(nhn::handle))
        .fallback(not_found)
        // Bodies are read with explicit limits (JSON) or streamed (NHN uploads).
        .layer(DefaultBodyLimit::disable())
        .with_state(shared)
}

async fn not_found() -> Response {
    json(
        StatusCode::NOT_FOUND,
        &serde_json::json!({"message": "Not Found: no emulated API serves this path"}),
    )
}

/// Returned by the service to make hyper close the connection without an answer.
#[derive(Debug)]
struct DroppedConnection;

impl fmt::Display for DroppedConnection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for DroppedConnection {}

async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        tracing::warn!("emulator: accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let shared = shared.clone();
                let service = TowerToHyperService::new(router.clone());
                connections.spawn(async move {
                    let handler = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                        answer(shared.clone(), service.clone(), req)
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), handler)
                        .await;
                });
            }
            _ = shutdown.changed() => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
}

/// One request: faults first (they never reach the provider), then the router, then the
/// conformance check.
async fn answer(
    shared: Arc<Shared>,
    service: TowerToHyperService<Router>,
    req: Request<hyper::body::Incoming>,
) -> std::result::Result<Response, DroppedConnection> {
    if let Some(provider) = Provider::of_request(req.uri()) {
        let decision = shared.faults.decide(provider);
        if !decision.delay.is_zero() {
            tokio::time::sleep(decision.delay).await;
        }
        if let Some(fault) = decision.fault {
            let op = operation_for(provider, req.method(), req.uri(), req.headers());
            let retry_after = shared.faults.config().get(provider).retry_after;
            let response = match fault {
                Fault::Drop => return Err(DroppedConnection),
                Fault::Throttle { variant } => match provider {
                    Provider::GitHub => github::throttled(&shared, retry_after),
                    Provider::Ncloud => ncloud::throttled(retry_after),
                    Provider::Alibaba => alibaba::throttled(req.headers(), retry_after, variant),
                    Provider::Nhn => nhn::throttled(&shared, retry_after),
                },
                Fault::ServerError { variant } => match provider {
                    Provider::GitHub => github::server_error(&shared, variant),
                    Provider::Ncloud => ncloud::server_error(variant),
                    Provider::Alibaba => alibaba::server_error(req.headers(), variant),
                    Provider::Nhn => nhn::server_error(&shared, variant),
                },
            };
            return Ok(conform(&shared, tag(response, provider, op)).await);
        }
    }
    let response = match hyper::service::Service::call(&service, req).await {
        Ok(r) => r,
        Err(never) => match never {},
    };
    Ok(conform(&shared, response).await)
}

/// The operation a request is for, if any (for tagging answers made before routing).
fn operation_for(
    provider: Provider,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<&'static str> {
    let spec = spec::specs().get(provider);
    if provider == Provider::Alibaba {
        return alibaba::action(headers, uri)
            .and_then(|a| spec.op_for_action(&a))
            .map(|o| o.id.as_str());
    }
    match spec.find(method, uri.path()) {
        spec::Match::Found(op, _) => Some(op.id.as_str()),
        _ => None,
    }
}

/// Checks a tagged JSON answer against the spec and records violations.
async fn conform(shared: &Shared, response: Response) -> Response {
    let Some(answered) = response.extensions().get::<Answered>().copied() else {
        return response;
    };
    if let Some(op) = answered.op
        && response.status().is_success()
    {
        lock(&shared.served).insert((answered.provider, op));
    }
    if !shared.options.check_responses {
        return response;
    }
    let content_type = header(response.headers(), CONTENT_TYPE.as_str()).map(str::to_string);
    let status = response.status().as_u16();
    let spec = spec::specs().get(answered.provider);
    let op = answered.op.and_then(|id| spec.op(id));
    let is_json = content_type
        .as_deref()
        .is_some_and(deploykit_spec::lint::is_json);
    let (parts, body) = response.into_parts();
    let (result, body) = if is_json || content_type.is_none() {
        let bytes = read_body(body, usize::MAX).await.unwrap_or_default();
        let result = spec.check_response(op, status, content_type.as_deref(), &bytes);
        (result, Body::from(bytes))
    } else {
        // Binary downloads are not buffered: only the status and media type are checked.
        let result = spec.check_response(op, status, content_type.as_deref(), b"");
        (result, body)
    };
    if let Err(violations) = result {
        for v in &violations {
            tracing::warn!("emulator answer does not conform to the spec: {v}");
        }
        lock(&shared.violations).extend(violations);
    }
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn answers_that_break_the_spec_are_recorded_and_passed_on_unchanged() {
        let options = EmulatorOptions {
            check_responses: true,
            ..EmulatorOptions::default()
        };
        let shared = Shared::new(options, 1);
        let body = serde_json::json!({"id": 1});
        let bad = tag(
            json(StatusCode::OK, &body),
            Provider::GitHub,
            Some("get_deployment"),
        );
        let passed = conform(&shared, bad).await;
        assert_eq!(passed.status(), StatusCode::OK);
        let bytes = read_body(passed.into_body(), 1 << 16).await.unwrap();
        assert_eq!(serde_json::from_slice::<Value>(&bytes).unwrap(), body);
        let violations = lock(&shared.violations).clone();
        assert!(
            violations.iter().any(|v| v.contains("get_deployment")),
            "{violations:?}"
        );
        // A 2xx answer counts as served even when it breaks the spec.
        assert!(lock(&shared.served).contains(&(Provider::GitHub, "get_deployment")));

        // With checking off nothing is recorded.
        let quiet = Shared::new(
            EmulatorOptions {
                check_responses: false,
                ..EmulatorOptions::default()
            },
            1,
        );
        let bad = tag(
            json(StatusCode::OK, &body),
            Provider::GitHub,
            Some("get_deployment"),
        );
        let _ = conform(&quiet, bad).await;
        assert!(lock(&quiet.violations).is_empty());
    }

    #[test]
    fn requests_are_routed_to_providers_by_path() {
        let of = |p: &str| Provider::of_request(&p.parse::<Uri>().unwrap());
        assert_eq!(of("/repos/o/r/deployments"), Some(Provider::GitHub));
        assert_eq!(
            of("/api/v1/products/p/apis/a/stages"),
            Some(Provider::Ncloud)
        );
        assert_eq!(of("/api/v2.1/projects/k/artifacts"), Some(Provider::Nhn));
        assert_eq!(of("/oauth2/token/create"), Some(Provider::Nhn));
        assert_eq!(of("/?Action=DeployApi"), Some(Provider::Alibaba));
        assert_eq!(of("/elsewhere"), None);
    }

    #[test]
    fn describe_lists_credentials_resources_and_faults() {
        let mut options = EmulatorOptions::default();
        options.apply_fault_flag("alibaba:throttle=0.5").unwrap();
        options.seed = Some(9);
        let text = options.describe("http://127.0.0.1:4000");
        assert!(text.contains("http://127.0.0.1:4000/api/v1"));
        assert!(text.contains(defaults::ALIBABA_ACCESS_KEY_SECRET));
        assert!(text.contains("faults   alibaba"));
        assert!(!text.contains("faults   github"));
        assert!(text.contains("seed     9"));
    }
}
