//! The one interface between the generic emulator and an emulated provider.
//!
//! The server loop, fault injection, spec loading and conformance, `describe` and the operation
//! lists know a provider only through [`EmulatedProvider`], found in the registry in `lib.rs`
//! (`Provider::emulated`). Everything particular to a provider (its paths, its auth, its error
//! format, its state, its options and default resources) stays in its own module.

use std::any::Any;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::extract::Request;
use axum::response::Response;
use futures::future::BoxFuture;
use http::{HeaderMap, Method, Uri};

use super::spec::{Match, Operation, Spec};
use super::{EmulatorOptions, Shared};

/// How one provider is emulated.
///
/// Implemented by a unit struct in the provider's module and listed once in the registry in
/// `lib.rs`. Paths served by different providers must not overlap.
pub(crate) trait EmulatedProvider: Send + Sync {
    /// Short name: fault flags, `describe`, conformance messages (`github`, `nhn`).
    fn name(&self) -> &'static str;

    /// Other names accepted for it in fault flags (`ncp` for `ncloud`).
    fn aliases(&self) -> &'static [&'static str] {
        &[]
    }

    /// The label of its block in `describe` (`GitHub`, `NCP`), at most 8 characters.
    fn label(&self) -> &'static str;

    /// The spec it is emulated from, as the library's build compiled it in
    /// (`deploykit::generated::<module>::SPEC_JSON`).
    fn spec_json(&self) -> &'static str;

    /// The component schema of its generic error body, against which error answers with a
    /// status the operation does not declare are checked (`BasicError`).
    fn error_schema(&self) -> &'static str;

    /// Whether requests to this path (as received) are its.
    fn serves(&self, path: &str) -> bool;

    /// The operation a request is for, to tag answers made before the provider sees the
    /// request (faults). By default, the method and path matched against the spec.
    fn operation(
        &self,
        spec: &'static Spec,
        method: &Method,
        uri: &Uri,
        _headers: &HeaderMap,
    ) -> Option<&'static Operation> {
        match spec.find(method, uri.path()) {
            Match::Found(op, _) => Some(op),
            _ => None,
        }
    }

    /// Answers a request it serves (see [`EmulatedProvider::serves`]): authentication,
    /// validation, then the operation on its state. Answers are tagged with
    /// [`tag`](super::tag) for the conformance check.
    fn handle(&self, shared: Arc<Shared>, req: Request) -> BoxFuture<'static, Response>;

    /// Fault injection: a throttled answer in its format, announcing `retry_after`; `variant`
    /// picks among its throttling answers. `headers` are the request's.
    fn throttled(
        &self,
        shared: &Shared,
        headers: &HeaderMap,
        retry_after: Duration,
        variant: u64,
    ) -> Response;

    /// Fault injection: a 5xx answer in its format; `variant` picks among them.
    fn server_error(&self, shared: &Shared, headers: &HeaderMap, variant: u64) -> Response;

    /// Its options when nothing is configured: the default credentials, resources and timings
    /// (its `Options` type, reached with `EmulatorOptions::provider`).
    fn default_options(&self) -> Box<dyn ProviderOptions>;

    /// Its state when the emulator starts: a `Mutex` of its state type (reached with
    /// `Shared::state`).
    fn new_state(&self, options: &EmulatorOptions, now: SystemTime) -> Box<dyn Any + Send + Sync>;

    /// Its block of `describe`, one line per fact: endpoints, credentials, resources.
    fn describe(&self, options: &EmulatorOptions, base_url: &str) -> Vec<String>;

    /// The shell `export` that points deploykit at it.
    fn env(&self, options: &EmulatorOptions, base_url: &str) -> String;
}

/// The options of one provider, held by [`EmulatorOptions`] without the generic code knowing
/// their type.
pub(crate) trait ProviderOptions: Any + Send + Sync + fmt::Debug {
    /// A copy, boxed.
    fn clone_box(&self) -> Box<dyn ProviderOptions>;
}

impl<T: Any + Clone + Send + Sync + fmt::Debug> ProviderOptions for T {
    fn clone_box(&self) -> Box<dyn ProviderOptions> {
        Box::new(self.clone())
    }
}
