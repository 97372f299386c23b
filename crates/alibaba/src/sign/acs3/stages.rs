//! Stage 2, the canonical request, and stages 3–5: string to sign, signature, `Authorization`.

use super::*;
use std::borrow::Cow;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// A canonical request and the signed-header list it was built with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalRequest {
    /// `METHOD\nCanonicalURI\nCanonicalQuery\nCanonicalHeaders\nSignedHeaders\nHashedPayload`.
    pub canonical: String,
    /// Lowercase names of the signed headers, sorted, joined by `;` (goes into `Authorization`).
    pub signed_headers: String,
}

/// Lowercase hex SHA-256 of a request body (the hashed payload and `x-acs-content-sha256`).
///
/// The empty body gives [`EMPTY_BODY_SHA256`].
pub fn hashed_payload(body: &[u8]) -> String {
    body_sha256(body).into_owned()
}

/// [`hashed_payload`], without allocating for the empty body.
pub(super) fn body_sha256(body: &[u8]) -> Cow<'static, str> {
    if body.is_empty() {
        return Cow::Borrowed(EMPTY_BODY_SHA256);
    }
    let mut out = String::with_capacity(64);
    push_hex32(&mut out, &Sha256::digest(body));
    Cow::Owned(out)
}

/// True for the lowercase header names that are signed: `host`, `content-type` and `x-acs-*`.
pub(super) fn is_signed_header(lower_name: &str) -> bool {
    lower_name == "host" || lower_name == "content-type" || lower_name.starts_with("x-acs-")
}

/// Builds the canonical request.
///
/// * `method` is used as given (send it as given, normally uppercase).
/// * `canonical_uri` is the request path exactly as sent (already percent-encoded); `/` for
///   RPC-style APIs. An empty path is taken as `/`.
/// * `canonical_query` is the output of [`canonical_query`].
/// * `headers` may contain any request headers: only `host`, `content-type` and `x-acs-*` (names
///   compared case-insensitively) are signed. Names are lowercased, values trimmed, headers sorted
///   by name; a name given more than once gets its values joined by `,` in the order given.
/// * `hashed_payload` is the output of [`hashed_payload`] for the body.
pub fn canonical_request(
    method: &str,
    canonical_uri: &str,
    canonical_query: &str,
    headers: &[(&str, &str)],
    hashed_payload: &str,
) -> CanonicalRequest {
    let mut signed: Vec<(String, &str)> = headers
        .iter()
        .filter_map(|&(name, value)| {
            let name = name.to_ascii_lowercase();
            is_signed_header(&name).then(|| (name, value.trim()))
        })
        .collect();
    // Stable: values of a repeated name stay in the order given.
    signed.sort_by(|a, b| a.0.cmp(&b.0));

    let uri = if canonical_uri.is_empty() {
        "/"
    } else {
        canonical_uri
    };
    let headers_len: usize = signed.iter().map(|(n, v)| 2 * n.len() + v.len() + 3).sum();
    let mut canonical = String::with_capacity(
        method.len() + uri.len() + canonical_query.len() + headers_len + hashed_payload.len() + 5,
    );
    let mut signed_headers = String::new();
    canonical.push_str(method);
    canonical.push('\n');
    canonical.push_str(uri);
    canonical.push('\n');
    canonical.push_str(canonical_query);
    canonical.push('\n');
    let mut previous: Option<&str> = None;
    for (name, value) in &signed {
        if previous == Some(name.as_str()) {
            // Same name as the line being written: the line is still open, continue it.
            canonical.push(',');
        } else {
            if previous.is_some() {
                canonical.push('\n');
                signed_headers.push(';');
            }
            canonical.push_str(name);
            canonical.push(':');
            signed_headers.push_str(name);
        }
        canonical.push_str(value);
        previous = Some(name.as_str());
    }
    if previous.is_some() {
        canonical.push('\n');
    }
    canonical.push('\n');
    canonical.push_str(&signed_headers);
    canonical.push('\n');
    canonical.push_str(hashed_payload);
    CanonicalRequest {
        canonical,
        signed_headers,
    }
}

/// Lowercase hex of a 32-byte digest, as bytes (for feeding into a MAC without a `String`).
pub(super) fn hex32(digest: &[u8]) -> [u8; 64] {
    let mut out = [0u8; 64];
    for (pair, &b) in out.chunks_exact_mut(2).zip(digest) {
        pair[0] = HEX_LOWER[usize::from(b >> 4)];
        pair[1] = HEX_LOWER[usize::from(b & 0x0f)];
    }
    out
}

/// Appends the lowercase hex of a 32-byte digest to `out`.
pub(super) fn push_hex32(out: &mut String, digest: &[u8]) {
    let hex = hex32(digest);
    // Hex digits are ASCII: the conversion always succeeds.
    if let Ok(hex) = std::str::from_utf8(&hex) {
        out.push_str(hex);
    }
}

/// The string to sign: `ACS3-HMAC-SHA256\n` followed by the lowercase hex SHA-256 of the
/// canonical request.
pub fn string_to_sign(canonical_request: &str) -> String {
    let mut out = String::with_capacity(STRING_TO_SIGN_PREFIX.len() + 64);
    out.push_str(STRING_TO_SIGN_PREFIX);
    push_hex32(&mut out, &Sha256::digest(canonical_request.as_bytes()));
    out
}

/// Keys an HMAC-SHA256 with `secret` (HMAC accepts keys of any length).
pub(super) fn keyed_mac(secret: &[u8]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC-SHA256 accepts keys of any length")
}

/// The signature: lowercase hex HMAC-SHA256 of `string_to_sign` keyed with the access key secret.
pub fn signature(secret: &[u8], string_to_sign: &str) -> String {
    let tag = keyed_mac(secret)
        .chain_update(string_to_sign.as_bytes())
        .finalize()
        .into_bytes();
    hex::encode(tag)
}

/// The `Authorization` header value:
/// `ACS3-HMAC-SHA256 Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}`.
pub fn authorization(access_key_id: &str, signed_headers: &str, signature: &str) -> String {
    format!(
        "{ALGORITHM} Credential={access_key_id},SignedHeaders={signed_headers},Signature={signature}"
    )
}
