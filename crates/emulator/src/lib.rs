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
//! # Layout: one home per provider
//!
//! Everything particular to a provider lives in its module, under its name: [`github`],
//! [`ncloud`], [`alibaba`], [`nhn`]. Each holds its request handling, auth checks, error format,
//! state, its [`Options`](nhn::Options) (credentials accepted, resources, timings, reached with
//! [`EmulatorOptions::nhn`] and the like), its fake default credentials and resources
//! ([`nhn::defaults`] …), and its conveniences on [`EmulatorBuilder`] and [`EmulatorHandle`]
//! ([`EmulatorBuilder::nhn_app_key`], [`EmulatorHandle::nhn_url`] …).
//!
//! The generic code (server loop, fault injection, spec loading, request validation and
//! response conformance, [`EmulatorOptions::describe`], [`operations`]) knows a provider only
//! through one small internal trait, `EmulatedProvider` (in `src/provider.rs`): its name and
//! flag aliases, its compiled-in spec, which paths are its, how it answers a request and a
//! fault, its default options and state, and its part of `describe`. The generic code consults
//! the registry in `src/lib.rs` (the [`Provider`] enum and the list of implementations, declared
//! together by one macro) and never matches on a provider.
//!
//! To emulate a fifth provider, write one file implementing the trait (and its `Options`,
//! `defaults` and conveniences), declare the module and add one line to the registry.
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

pub mod alibaba;
mod faults;
pub mod github;
pub mod ncloud;
pub mod nhn;
mod provider;
mod spec;

use std::any::Any;
use std::collections::BTreeSet;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request as AxumRequest, State};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http::header::{CONTENT_TYPE, HOST};
use http::{HeaderMap, HeaderValue, Request, StatusCode, Uri};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::{JoinHandle, JoinSet};

pub use faults::{Fault, FaultConfig, Faults};

use deploykit::{Error, ErrorKind, Result};
use faults::FaultPlan;
use provider::{EmulatedProvider, ProviderOptions};

// ---------------------------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------------------------

/// Declares the providers once: the [`Provider`] enum, [`Provider::ALL`] and `REGISTRY` (how each
/// is emulated), all in the same order. A variant's position is its index into both.
macro_rules! registry {
    ($( $(#[$doc:meta])* $variant:ident => $emulated:expr ),+ $(,)?) => {
        /// One of the emulated providers.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Provider {
            $( $(#[$doc])* $variant, )+
        }

        impl Provider {
            /// Every provider.
            pub const ALL: [Provider; [$(Provider::$variant),+].len()] = [$(Provider::$variant),+];
        }

        /// How each provider is emulated, in the order of [`Provider::ALL`].
        static REGISTRY: [&dyn EmulatedProvider; Provider::ALL.len()] = [$(&$emulated),+];
    };
}

registry! {
    /// GitHub REST API (deployments, environments).
    GitHub => github::GitHub,
    /// NAVER Cloud Platform API Gateway.
    Ncloud => ncloud::Ncloud,
    /// Alibaba Cloud API Gateway (CloudAPI 2016-07-14).
    Alibaba => alibaba::Alibaba,
    /// NHN Cloud Deploy API v2.1 (with token issuance).
    Nhn => nhn::Nhn,
}

impl Provider {
    /// The provider's short name, as used by the crate's modules and features.
    pub fn name(self) -> &'static str {
        self.emulated().name()
    }

    /// Its position in [`Provider::ALL`] (and in the registry).
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// How it is emulated.
    pub(crate) fn emulated(self) -> &'static dyn EmulatedProvider {
        REGISTRY[self.index()]
    }

    /// The spec it is emulated from.
    pub(crate) fn spec(self) -> &'static spec::Spec {
        spec::specs().get(self)
    }

    /// Which provider a request is for, from its path.
    fn of_request(uri: &Uri) -> Option<Provider> {
        Provider::ALL
            .into_iter()
            .find(|p| p.emulated().serves(uri.path()))
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Provider {
    type Err = String;

    /// A provider by its name or one of its aliases (`ncp` for `ncloud`), in any case.
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let wanted = s.trim().to_ascii_lowercase();
        Provider::ALL
            .into_iter()
            .find(|p| {
                let e = p.emulated();
                e.name() == wanted || e.aliases().contains(&wanted.as_str())
            })
            .ok_or_else(|| {
                let names: Vec<&str> = Provider::ALL.iter().map(|p| p.name()).collect();
                let expected = match names.split_last() {
                    Some((last, [])) => (*last).to_string(),
                    Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                    None => String::new(),
                };
                format!("unknown provider `{wanted}` (expected {expected})")
            })
    }
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Everything the emulator can be configured with (what [`EmulatorBuilder`] and the
/// `deploykit emulate` command fill in).
///
/// What each provider accepts and offers (credentials, resources, timings) is in its own
/// `Options`, reached through the accessors its module adds: [`EmulatorOptions::github`],
/// [`EmulatorOptions::ncloud`], [`EmulatorOptions::alibaba`], [`EmulatorOptions::nhn`] (and
/// their `_mut` forms).
pub struct EmulatorOptions {
    /// Fault injection per provider.
    pub faults: FaultConfig,
    /// Seed of the fault decisions; a random one when `None`.
    pub seed: Option<u64>,
    /// Check every JSON answer against the spec and record violations.
    pub check_responses: bool,
    /// Each provider's options, in registry order.
    providers: Vec<Box<dyn ProviderOptions>>,
    clock: Option<Clock>,
}

impl Default for EmulatorOptions {
    fn default() -> Self {
        Self {
            faults: FaultConfig::default(),
            seed: None,
            check_responses: cfg!(debug_assertions),
            providers: Provider::ALL
                .iter()
                .map(|p| p.emulated().default_options())
                .collect(),
            clock: None,
        }
    }
}

impl Clone for EmulatorOptions {
    fn clone(&self) -> Self {
        Self {
            faults: self.faults.clone(),
            seed: self.seed,
            check_responses: self.check_responses,
            providers: self.providers.iter().map(|o| (**o).clone_box()).collect(),
            clock: self.clock.clone(),
        }
    }
}

impl fmt::Debug for EmulatorOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("EmulatorOptions");
        s.field("faults", &self.faults)
            .field("seed", &self.seed)
            .field("check_responses", &self.check_responses);
        for (p, options) in Provider::ALL.iter().zip(&self.providers) {
            s.field(p.name(), &**options);
        }
        s.field("clock", &self.clock.as_ref().map(|_| "custom"))
            .finish()
    }
}

impl EmulatorOptions {
    /// The options of the provider whose options type is `T` (its module's `Options`).
    pub(crate) fn provider<T: Any>(&self) -> &T {
        self.providers
            .iter()
            .find_map(|o| (&**o as &dyn Any).downcast_ref::<T>())
            .expect("every registered provider's options are in EmulatorOptions")
    }

    /// The options of the provider whose options type is `T`, to change.
    pub(crate) fn provider_mut<T: Any>(&mut self) -> &mut T {
        self.providers
            .iter_mut()
            .find_map(|o| (&mut **o as &mut dyn Any).downcast_mut::<T>())
            .expect("every registered provider's options are in EmulatorOptions")
    }

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
        let mut out = format!("deploykit emulator on {base_url}\n");
        let mut line = |label: &str, text: &str| {
            out.push_str(&format!("{label:<8} {text}\n"));
        };
        for p in Provider::ALL {
            let e = p.emulated();
            for (i, text) in e.describe(self, base_url).iter().enumerate() {
                line(if i == 0 { e.label() } else { "" }, text);
            }
        }
        for (i, p) in Provider::ALL.iter().enumerate() {
            line(
                if i == 0 { "env" } else { "" },
                &p.emulated().env(self, base_url),
            );
        }
        for p in Provider::ALL {
            let f = self.faults.get(p);
            if f.is_active() {
                line(
                    "faults",
                    &format!(
                        "{p}: latency {:?} (+ up to {:?}), errors {}, throttle {} (retry after {:?}), drops {}",
                        f.latency,
                        f.jitter,
                        f.error_rate,
                        f.throttle_rate,
                        f.retry_after,
                        f.drop_rate
                    ),
                );
            }
        }
        if let Some(seed) = self.seed {
            line("seed", &seed.to_string());
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Builder and handle
// ---------------------------------------------------------------------------------------------

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
///
/// Each provider's module adds the setters of its own options ([`EmulatorBuilder::github_token`],
/// [`EmulatorBuilder::nhn_deploy_delay`] …).
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
///
/// Each provider's module adds the URLs its clients need ([`EmulatorHandle::ncloud_url`] …).
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

    /// The options it runs with (each provider's credentials and resources included:
    /// `options().nhn()` …).
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
    provider.spec().ops.iter().map(|o| o.id.as_str()).collect()
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
    let spec = provider.spec();
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
    /// Each provider's state (a `Mutex` of its state type), in registry order.
    states: Vec<Box<dyn Any + Send + Sync>>,
}

impl Shared {
    fn new(options: EmulatorOptions, seed: u64) -> Self {
        let now = options.clock.as_ref().map_or_else(SystemTime::now, |c| c());
        Self {
            faults: FaultPlan::new(options.faults.clone(), seed),
            violations: Mutex::new(Vec::new()),
            served: Mutex::new(BTreeSet::new()),
            states: Provider::ALL
                .iter()
                .map(|p| p.emulated().new_state(&options, now))
                .collect(),
            options,
        }
    }

    /// The state of the provider whose state type is `T`, locked.
    pub(crate) fn state<T: Send + 'static>(&self) -> MutexGuard<'_, T> {
        let state = self
            .states
            .iter()
            .find_map(|s| (**s).downcast_ref::<Mutex<T>>())
            .expect("every registered provider's state is in Shared");
        lock(state)
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
        .fallback(dispatch)
        // Bodies are read with explicit limits (JSON) or streamed (NHN uploads).
        .layer(DefaultBodyLimit::disable())
        .with_state(shared)
}

/// Hands a request to the provider whose path it is.
async fn dispatch(State(shared): State<Arc<Shared>>, req: AxumRequest) -> Response {
    match Provider::of_request(req.uri()) {
        Some(provider) => provider.emulated().handle(shared, req).await,
        None => not_found(),
    }
}

fn not_found() -> Response {
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
            let emulated = provider.emulated();
            let op = emulated
                .operation(provider.spec(), req.method(), req.uri(), req.headers())
                .map(|o| o.id.as_str());
            let retry_after = shared.faults.config().get(provider).retry_after;
            let headers = req.headers();
            let response = match fault {
                Fault::Drop => return Err(DroppedConnection),
                Fault::Throttle { variant } => {
                    emulated.throttled(&shared, headers, retry_after, variant)
                }
                Fault::ServerError { variant } => emulated.server_error(&shared, headers, variant),
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
    let spec = answered.provider.spec();
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
        // A bare prefix is nobody's: there is nothing under it to serve.
        assert_eq!(of("/repos/"), None);
        assert_eq!(of("/api/v1/"), None);
        assert_eq!(of("/api/v2.1/"), None);
    }

    #[test]
    fn the_registry_gives_each_provider_its_names_and_paths() {
        let mut names = BTreeSet::new();
        for p in Provider::ALL {
            assert_eq!(p.emulated().name(), format!("{p:?}").to_lowercase());
            assert_eq!(p.name().parse::<Provider>(), Ok(p));
            for name in std::iter::once(p.name()).chain(p.emulated().aliases().iter().copied()) {
                assert!(names.insert(name), "`{name}` names two providers");
            }
            assert!(p.emulated().label().len() <= 8);
        }
        assert_eq!("NCP".parse::<Provider>(), Ok(Provider::Ncloud));
        assert_eq!(
            "aws".parse::<Provider>(),
            Err("unknown provider `aws` (expected github, ncloud, alibaba or nhn)".to_string())
        );
        // Each provider's options are found by their type, and cloned with the rest.
        let mut options = EmulatorOptions::default();
        options.nhn_mut().app_key = "k".into();
        assert_eq!(options.clone().nhn().app_key, "k");
        assert_eq!(options.github().tokens, [github::defaults::TOKEN]);
    }

    #[test]
    fn describe_lists_credentials_resources_and_faults() {
        let mut options = EmulatorOptions::default();
        options.apply_fault_flag("alibaba:throttle=0.5").unwrap();
        options.seed = Some(9);
        let text = options.describe("http://127.0.0.1:4000");
        assert!(text.contains("http://127.0.0.1:4000/api/v1"));
        assert!(text.contains(alibaba::defaults::ACCESS_KEY_SECRET));
        assert!(text.contains("faults   alibaba"));
        assert!(!text.contains("faults   github"));
        assert!(text.contains("seed     9"));
    }
}
