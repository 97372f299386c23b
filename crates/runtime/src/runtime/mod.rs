//! The layer every provider shares: the send path and retries, errors, credentials, pagination.
//!
//! Generated clients carry a [`Transport`] as their inner value; their hooks
//! ([`generated::ClientHooks`]) run [`send::send`], the one send path of every call, so
//! signing, retries, errors and tracing are the same for every operation of every provider.
//! Hand-written calls use [`send::call`], the same path. A provider contributes one [`Provider`]
//! implementation: its auth, its throttling signals, its request id and its error body.

pub mod credentials;
#[cfg(feature = "dispatch")]
pub mod dispatch;
pub mod error;
pub mod generated;
pub mod http;
pub mod marker;
pub mod open;
pub mod options;
pub mod paginate;
// Renewed credentials, for the provider crates' credential sources (the Alibaba, GitHub and
// NAVER Cloud ones; NHN renews its own token).
#[doc(hidden)]
pub mod refresh;
pub mod retry;
pub mod rfc3986;
pub mod send;
pub mod transport;

mod repeat_list;

pub use credentials::{
    CredentialSource, Env, Identity, MapEnv, Platform, ProcessEnv, SecretString,
};
pub use error::{Error, ErrorFields, ErrorKind, Outcome, Result, Sent};
pub use open::Open;
pub use options::ClientOptions;
pub use repeat_list::RepeatList;
pub use retry::{RetryPolicy, Sleeper, TokioSleeper};
pub use send::call;
pub use transport::{
    Activity, AttemptContext, Disposition, Limits, Provider, QueryStyle, ResponseSnapshot,
    Transport, default_classify,
};

/// What every provider's `Client` offers on top of its own methods, the same way: `Deref` to the
/// generated client, `api()`, `base_url()` and `transport()`. `$field` holds the generated client.
#[doc(hidden)]
#[macro_export]
macro_rules! client_accessors {
    ($client:ty, $generated:ty, $field:ident) => {
        impl ::std::ops::Deref for $client {
            type Target = $generated;
            fn deref(&self) -> &$generated {
                &self.$field
            }
        }

        impl $client {
            /// The generated client (also reachable through `Deref`): every operation of the
            /// spec as a builder.
            pub fn api(&self) -> &$generated {
                &self.$field
            }

            /// The base URL requests go to, without a trailing slash.
            pub fn base_url(&self) -> &str {
                ::progenitor_client::ClientInfo::baseurl(&self.$field)
            }

            /// The transport every call goes through (signing, retries, errors), also for
            /// hand-written requests through [`crate::runtime::call`].
            pub fn transport(&self) -> &$crate::runtime::Transport {
                ::progenitor_client::ClientInfo::inner(&self.$field)
            }
        }
    };
}
#[doc(hidden)]
pub use client_accessors;

/// What the runtime knows about one operation, generated from the spec by its provider crate's
/// build script.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OperationMeta {
    /// The spec's `operationId`.
    pub id: &'static str,
    /// Upper-case HTTP method.
    pub method: &'static str,
    /// Path key as written in the spec.
    pub path: &'static str,
    /// Safe to retry after a failure the server may have seen.
    pub idempotent: bool,
    /// Query parameters sent as `Name.N.Field` (Alibaba's repeat lists).
    pub repeat_list: &'static [&'static str],
    /// Operation-level servers, when the operation lives elsewhere than the spec's base URL.
    pub servers: &'static [&'static str],
    /// The body is multipart (covered by hand-written code, not generated).
    pub multipart: bool,
    /// A transfer: a binary request body or answer (no total deadline, only an idle timeout).
    pub streaming: bool,
    /// The spec's `x-deploykit-timeout`: this operation's own deadline per attempt.
    pub timeout: Option<std::time::Duration>,
    /// The spec's `x-deploykit-marker`: where a deploy carries its correlation marker.
    pub marker: Option<MarkerField>,
}

/// Where an operation carries deploykit's correlation marker (`x-deploykit-marker` in the spec):
/// a text query parameter or a top-level text field of the JSON body that the provider records,
/// so that a deploy whose outcome was lost can be found again in the provider's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkerField {
    /// The parameter's or field's name.
    pub field: &'static str,
    /// A query parameter (else a JSON body field).
    pub in_query: bool,
    /// The longest value the field takes; a marker that would not fit is left out.
    pub max_len: Option<u64>,
}

impl OperationMeta {
    /// Look an operation up by id in a generated table.
    pub fn find(ops: &'static [OperationMeta], id: &str) -> Option<&'static OperationMeta> {
        ops.iter().find(|o| o.id == id)
    }
}
