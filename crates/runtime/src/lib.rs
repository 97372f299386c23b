//! # deploykit-runtime
//!
//! What every provider of [deploykit](https://docs.rs/deploykit) shares, written once: the
//! transport and its hooks (which the generated clients call), retries, errors, pagination,
//! credentials and the HTTP client. Use it through `deploykit::runtime`; the provider crates
//! (`deploykit-github`, `deploykit-ncloud`, `deploykit-alibaba`, `deploykit-nhn`) build on it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod runtime;

pub use runtime::{Error, ErrorKind, Outcome, Result};
