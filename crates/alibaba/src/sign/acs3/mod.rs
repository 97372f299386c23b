//! Alibaba Cloud `ACS3-HMAC-SHA256` request signing (the "V3" signature used by the official SDKs).
//!
//! Signing is a pure function: request parts, credentials, a date and a nonce go in, header values
//! come out. Nothing here reads the clock or a random number generator; the caller supplies `date`
//! (see [`format_acs_date`]) and a nonce that is unique per request.
//!
//! The algorithm, stage by stage (each stage is a public function so it can be checked on its own):
//!
//! 1. Canonical query, [`canonical_query`]: decoded `(key, value)` pairs, RFC 3986 encoded, sorted
//!    by encoded key then encoded value, `key=value` joined by `&`. **The query sent on the wire
//!    must be exactly this string**, so the server recomputes the same canonical request
//!    ([`SignedHeaders::canonical_query`] hands it back).
//! 2. Canonical request, [`canonical_request`]:
//!    `METHOD\nCanonicalURI\nCanonicalQuery\nCanonicalHeaders\nSignedHeaders\nHashedPayload`, where
//!    the signed headers are `host`, `content-type` when present, and every `x-acs-*` header.
//! 3. String to sign, [`string_to_sign`]: `ACS3-HMAC-SHA256\n` + lowercase hex SHA-256 of the
//!    canonical request.
//! 4. Signature, [`signature`]: lowercase hex HMAC-SHA256 of the string to sign, keyed with the
//!    secret.
//! 5. `Authorization` value, [`authorization`]:
//!    `ACS3-HMAC-SHA256 Credential={id},SignedHeaders={…},Signature={…}`.
//!
//! [`Acs3Signer::sign`] runs all stages in one pass: the HMAC key state is computed once per
//! signer, query pairs are sorted by index, and the canonical request is written into a buffer
//! the thread reuses and hashed in one update. Its output is identical to chaining the stage functions (tested,
//! including by a property test over arbitrary inputs). [`Acs3Signer::canonical_request`] shows
//! the canonical request it signs, for debugging a `SignatureDoesNotMatch`.
//!
//! Layout: the stages are [`canonical_query`] (`query.rs`), [`canonical_request`] and the hashing
//! stages (`stages.rs`), the date format (`date.rs`), the one-pass [`Acs3Signer`] (`signer.rs`);
//! the tests and their vectors (`tests.rs`) sit beside them.

mod date;
mod query;
mod signer;
mod stages;
#[cfg(test)]
mod tests;

pub use date::{AcsDate, format_acs_date};
pub(crate) use query::is_canonical_query;
use query::*;
pub use query::{canonical_query, percent_encode};
pub use signer::{Acs3Request, Acs3Signer, Signature, SignedHeaders};
use stages::*;
pub use stages::{
    CanonicalRequest, authorization, canonical_request, hashed_payload, signature, string_to_sign,
};

/// The algorithm name, first line of the string to sign and first word of `Authorization`.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// Lowercase hex SHA-256 of the empty byte string: the `x-acs-content-sha256` of a request without body.
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Header carrying the API action name (e.g. `DeployApi`).
pub const HEADER_ACTION: &str = "x-acs-action";
/// Header carrying the API version (e.g. `2016-07-14`).
pub const HEADER_VERSION: &str = "x-acs-version";
/// Header carrying the request date, `%Y-%m-%dT%H:%M:%SZ` UTC (see [`format_acs_date`]).
pub const HEADER_DATE: &str = "x-acs-date";
/// Header carrying the per-request nonce; a reused nonce is rejected with `SignatureNonceUsed`.
pub const HEADER_SIGNATURE_NONCE: &str = "x-acs-signature-nonce";
/// Header carrying the lowercase hex SHA-256 of the request body.
pub const HEADER_CONTENT_SHA256: &str = "x-acs-content-sha256";
/// Header carrying the STS security token, sent (and signed) only with temporary credentials.
pub const HEADER_SECURITY_TOKEN: &str = "x-acs-security-token";
/// The `Authorization` header name, lowercase (HTTP header names are case-insensitive).
pub const HEADER_AUTHORIZATION: &str = "authorization";

/// Prefix of the string to sign, before the hex hash of the canonical request.
const STRING_TO_SIGN_PREFIX: &str = "ACS3-HMAC-SHA256\n";

/// Signed-header lists produced by [`Acs3Signer::sign`], one per (content-type, security token) case.
const SIGNED_PLAIN: &str =
    "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
const SIGNED_CT: &str = "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;\
                         x-acs-signature-nonce;x-acs-version";
const SIGNED_TOKEN: &str = "host;x-acs-action;x-acs-content-sha256;x-acs-date;\
                            x-acs-security-token;x-acs-signature-nonce;x-acs-version";
const SIGNED_CT_TOKEN: &str = "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;\
                               x-acs-security-token;x-acs-signature-nonce;x-acs-version";

/// Lowercase hex digits.
const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";

/// Runs `f` with this thread's value of `key`, kept from call to call (a buffer that keeps its
/// capacity). Signing never calls back into itself, but should the value ever be in use, `f`
/// gets a fresh one of its own.
pub(crate) fn with_reused<T: Default + 'static, R>(
    key: &'static std::thread::LocalKey<std::cell::RefCell<T>>,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut value) => f(&mut value),
        Err(_) => f(&mut T::default()),
    })
}

/// How many query pairs are sorted in a stack array before falling back to a heap `Vec`.
const SMALL_SORT: usize = 32;
