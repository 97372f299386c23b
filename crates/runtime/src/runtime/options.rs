//! Settings every provider's client builder shares.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use super::OperationMeta;
use super::credentials::{Env, ProcessEnv};
use super::http::{HttpConfig, client, transfer_client};
use super::retry::RetryPolicy;
use super::transport::{Activity, DryRunSink, Limits, Provider, Transport};

type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;
type Nonce = Arc<dyn Fn() -> String + Send + Sync>;

/// The part of a provider client builder that is the same for every provider: where to connect,
/// how to retry, which environment to read credentials from, and (for tests and golden files) the
/// clock and nonce source.
#[derive(Clone, Default)]
pub struct ClientOptions {
    /// Base URL override (emulator, GitHub Enterprise, another region).
    pub base_url: Option<String>,
    /// A ready HTTP client to share (for calls and transfers alike); otherwise two are built from
    /// [`ClientOptions::http`].
    pub http_client: Option<reqwest::Client>,
    /// Settings for the HTTP client built when none is given.
    pub http: HttpConfig,
    /// Retry policy; the default when `None`.
    pub retry: Option<RetryPolicy>,
    /// Environment for credential lookup; the process environment when `None`.
    pub env: Option<Arc<dyn Env>>,
    /// Bounds on one call (deadline, how much of an answer is read into memory).
    pub limits: Limits,
    /// Where to record the non-idempotent requests on the wire (see [`Activity`]).
    pub activity: Option<Arc<Activity>>,
    /// Leave deploys without a correlation marker (see [`super::marker`]); they carry one by
    /// default.
    pub no_markers: bool,
    clock: Option<Clock>,
    nonce: Option<Nonce>,
    dry_run: Option<DryRunSink>,
}

impl fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("retry", &self.retry)
            .field("env", &self.env)
            .field("limits", &self.limits)
            .field("dry_run", &self.dry_run.is_some())
            .finish_non_exhaustive()
    }
}

impl ClientOptions {
    /// Fix the clock (tests, reproducible `--dry-run` output).
    pub fn set_clock(&mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) {
        self.clock = Some(Arc::new(clock));
    }

    /// Fix the nonce source (tests, reproducible `--dry-run` output).
    pub fn set_nonce(&mut self, nonce: impl Fn() -> String + Send + Sync + 'static) {
        self.nonce = Some(Arc::new(nonce));
    }

    /// Dry-run mode (see [`Transport::with_dry_run`]): requests are signed offline and handed to
    /// `sink` instead of being sent.
    pub fn set_dry_run(&mut self, sink: impl Fn(&reqwest::Request) + Send + Sync + 'static) {
        self.dry_run = Some(Arc::new(sink));
    }

    /// The environment to read credentials from.
    pub fn env(&self) -> Arc<dyn Env> {
        self.env.clone().unwrap_or_else(|| Arc::new(ProcessEnv))
    }

    /// The HTTP client to use.
    pub fn http_client(&self) -> reqwest::Client {
        self.http_client
            .clone()
            .unwrap_or_else(|| client(&self.http))
    }

    /// The clock in use (the system clock unless fixed).
    pub fn now(&self) -> SystemTime {
        self.clock.as_ref().map_or_else(SystemTime::now, |c| c())
    }

    /// A fresh nonce (the fixed source's when one is set).
    pub fn nonce(&self) -> String {
        self.nonce
            .as_ref()
            .map_or_else(super::transport::random_nonce, |n| n())
    }

    /// The base URL: the override, else `default`, without a trailing slash.
    pub fn base_url_or(&self, default: &str) -> String {
        self.base_url
            .as_deref()
            .unwrap_or(default)
            .trim_end_matches('/')
            .to_string()
    }

    /// A transport for `provider` and its spec's `operations` with these options.
    pub fn transport(
        &self,
        provider: Arc<dyn Provider>,
        operations: &'static [OperationMeta],
    ) -> Transport {
        let mut t = Transport::new(provider, operations)
            .with_retry(self.retry.clone().unwrap_or_default())
            .with_limits(self.limits)
            .with_markers(!self.no_markers)
            .with_transfer_client(
                self.http_client
                    .clone()
                    .unwrap_or_else(|| transfer_client(&self.http)),
            );
        if let Some(activity) = self.activity.clone() {
            t = t.with_activity(activity);
        }
        if let Some(sink) = self.dry_run.clone() {
            t = t.with_dry_run(move |r| sink(r));
        }
        if let Some(c) = self.clock.clone() {
            t = t.with_clock(move || c());
        }
        if let Some(n) = self.nonce.clone() {
            t = t.with_nonce(move || n());
        }
        t
    }
}
