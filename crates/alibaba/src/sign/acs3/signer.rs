//! [`Acs3Signer`]: every stage in one pass, with the HMAC key state computed once per signer.

use super::*;
use std::borrow::Cow;
use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The parts of a request that `ACS3-HMAC-SHA256` signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Acs3Request<'a> {
    /// HTTP method as sent (normally uppercase), e.g. `POST`.
    pub method: &'a str,
    /// The `Host` header value as sent (the URL's host, with `:port` when not the default).
    /// Signed, but not returned by [`Acs3Signer::sign`]: the HTTP client sends it from the URL.
    pub host: &'a str,
    /// The path as sent, already percent-encoded; `/` for RPC-style APIs (empty is taken as `/`).
    pub canonical_uri: &'a str,
    /// **Decoded** query parameters; they are encoded and sorted by [`canonical_query`].
    pub query: &'a [(&'a str, &'a str)],
    /// The API action (`x-acs-action`), e.g. `DeployApi`.
    pub action: &'a str,
    /// The API version (`x-acs-version`), e.g. `2016-07-14`.
    pub version: &'a str,
    /// The `Content-Type` header when the request has one; it is signed, so the caller must send
    /// exactly this value.
    pub content_type: Option<&'a str>,
    /// The request body exactly as sent (empty for RPC calls with parameters in the query).
    pub body: &'a [u8],
}

impl<'a> Acs3Request<'a> {
    /// An RPC-style request as the official SDK sends it: `POST /`, all parameters in the query,
    /// no `Content-Type`, empty body.
    pub fn rpc(
        host: &'a str,
        action: &'a str,
        version: &'a str,
        query: &'a [(&'a str, &'a str)],
    ) -> Self {
        Self {
            method: "POST",
            host,
            canonical_uri: "/",
            query,
            action,
            version,
            content_type: None,
            body: &[],
        }
    }

    /// The canonical query of [`Self::query`] (see [`canonical_query`]): the exact query string to
    /// put on the wire after `?`. [`SignedHeaders::canonical_query`] holds the same string.
    pub fn canonical_query_string(&self) -> String {
        canonical_query(self.query)
    }
}

/// Header values produced by [`Acs3Signer::sign`], plus the canonical query to send.
///
/// Values given to `sign` are borrowed, not copied. `host` and `content-type` are signed but not
/// included: the HTTP client sends `Host` from the URL, and the caller must send
/// [`Acs3Request::content_type`] unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders<'a> {
    /// `x-acs-action` value.
    pub action: &'a str,
    /// `x-acs-version` value.
    pub version: &'a str,
    /// `x-acs-date` value.
    pub date: &'a str,
    /// `x-acs-signature-nonce` value.
    pub nonce: &'a str,
    /// `x-acs-content-sha256` value (lowercase hex SHA-256 of the body).
    pub content_sha256: Cow<'static, str>,
    /// `x-acs-security-token` value, present when the signer has an STS token.
    pub security_token: Option<&'a str>,
    /// `Authorization` value.
    pub authorization: String,
    /// The canonical query that was signed: send exactly this after `?` (empty: send no query).
    pub canonical_query: String,
}

impl SignedHeaders<'_> {
    /// The headers to add to the request as `(lowercase name, value)`, in a fixed order:
    /// action, version, date, nonce, content SHA-256, security token (when present), authorization.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            Some((HEADER_ACTION, self.action)),
            Some((HEADER_VERSION, self.version)),
            Some((HEADER_DATE, self.date)),
            Some((HEADER_SIGNATURE_NONCE, self.nonce)),
            Some((HEADER_CONTENT_SHA256, &*self.content_sha256)),
            self.security_token
                .map(|token| (HEADER_SECURITY_TOKEN, token)),
            Some((HEADER_AUTHORIZATION, self.authorization.as_str())),
        ]
        .into_iter()
        .flatten()
    }
}

/// Per-request inputs of the canonical request, once the query and body hash are known.
pub(super) struct Parts<'a> {
    pub(super) req: &'a Acs3Request<'a>,
    pub(super) query: &'a str,
    pub(super) content_sha256: &'a str,
    pub(super) date: &'a str,
    pub(super) nonce: &'a str,
}

/// Signs requests with one set of Alibaba Cloud credentials.
///
/// Holds the access key id, the optional STS token and the HMAC key state derived from the secret
/// (the secret itself is not kept). `Debug` does not show the key state or the token.
#[derive(Clone)]
pub struct Acs3Signer {
    access_key_id: String,
    security_token: Option<String>,
    mac: Hmac<Sha256>,
    /// `ACS3-HMAC-SHA256 Credential={id},SignedHeaders=`.
    authorization_prefix: String,
}

impl fmt::Debug for Acs3Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acs3Signer")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"<redacted>")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Acs3Signer {
    /// Creates a signer from an AccessKey id and secret, and the STS security token when the
    /// credentials are temporary (it is then sent and signed as `x-acs-security-token`).
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl AsRef<[u8]>,
        security_token: Option<String>,
    ) -> Self {
        let access_key_id = access_key_id.into();
        let authorization_prefix = format!("{ALGORITHM} Credential={access_key_id},SignedHeaders=");
        Self {
            mac: keyed_mac(access_key_secret.as_ref()),
            access_key_id,
            security_token,
            authorization_prefix,
        }
    }

    /// The AccessKey id (not secret; it is sent in `Authorization`).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The STS security token, when the signer has one (sent as `x-acs-security-token`).
    pub(crate) fn security_token(&self) -> Option<&str> {
        self.security_token.as_deref()
    }

    /// Whether this signer carries an STS security token.
    pub fn has_security_token(&self) -> bool {
        self.security_token.is_some()
    }

    /// The signed-header list for a request with or without `Content-Type`.
    fn signed_headers(&self, has_content_type: bool) -> &'static str {
        match (has_content_type, self.security_token.is_some()) {
            (false, false) => SIGNED_PLAIN,
            (true, false) => SIGNED_CT,
            (false, true) => SIGNED_TOKEN,
            (true, true) => SIGNED_CT_TOKEN,
        }
    }

    /// Writes the canonical request. The header lines are in sorted order by construction:
    /// `content-type` < `host` < `x-acs-action` < `x-acs-content-sha256` < `x-acs-date` <
    /// `x-acs-security-token` < `x-acs-signature-nonce` < `x-acs-version`.
    fn write_canonical(&self, out: &mut String, p: &Parts<'_>) {
        let req = p.req;
        out.push_str(req.method);
        out.push('\n');
        out.push_str(if req.canonical_uri.is_empty() {
            "/"
        } else {
            req.canonical_uri
        });
        out.push('\n');
        out.push_str(p.query);
        out.push('\n');
        if let Some(content_type) = req.content_type {
            out.push_str("content-type:");
            out.push_str(content_type.trim());
            out.push('\n');
        }
        out.push_str("host:");
        out.push_str(req.host.trim());
        out.push_str("\nx-acs-action:");
        out.push_str(req.action.trim());
        out.push_str("\nx-acs-content-sha256:");
        out.push_str(p.content_sha256);
        out.push_str("\nx-acs-date:");
        out.push_str(p.date.trim());
        if let Some(token) = &self.security_token {
            out.push_str("\nx-acs-security-token:");
            out.push_str(token.trim());
        }
        out.push_str("\nx-acs-signature-nonce:");
        out.push_str(p.nonce.trim());
        out.push_str("\nx-acs-version:");
        out.push_str(req.version.trim());
        out.push_str("\n\n");
        out.push_str(self.signed_headers(req.content_type.is_some()));
        out.push('\n');
        out.push_str(p.content_sha256);
    }

    /// Upper bound of the canonical request's length, to size its buffer once.
    pub(super) fn canonical_capacity(&self, p: &Parts<'_>) -> usize {
        let req = p.req;
        // Fixed text: header names and separators (133 bytes at most) and the longest
        // signed-header list.
        const FIXED: usize = 140 + SIGNED_CT_TOKEN.len();
        FIXED
            + req.method.len()
            + req.canonical_uri.len()
            + p.query.len()
            + req.content_type.map_or(0, str::len)
            + req.host.len()
            + req.action.len()
            + 2 * p.content_sha256.len()
            + p.date.len()
            + self.security_token.as_ref().map_or(0, String::len)
            + p.nonce.len()
            + req.version.len()
    }

    /// The canonical request [`Self::sign`] signs for these inputs (for debugging a
    /// `SignatureDoesNotMatch`, or to check it against the stage functions).
    pub fn canonical_request(
        &self,
        req: &Acs3Request<'_>,
        date: &str,
        nonce: &str,
    ) -> CanonicalRequest {
        let query = canonical_query(req.query);
        let content_sha256 = body_sha256(req.body);
        let parts = Parts {
            req,
            query: &query,
            content_sha256: &content_sha256,
            date,
            nonce,
        };
        let mut canonical = String::with_capacity(self.canonical_capacity(&parts));
        self.write_canonical(&mut canonical, &parts);
        CanonicalRequest {
            canonical,
            signed_headers: self.signed_headers(req.content_type.is_some()).to_owned(),
        }
    }

    /// Signs `req` at `date` (the `x-acs-date` value, see [`format_acs_date`]) with `nonce` (the
    /// `x-acs-signature-nonce` value, unique per request), and returns the headers to add and the
    /// canonical query to send.
    ///
    /// Pure and infallible: any strings and bytes are accepted (the server decides whether they
    /// are valid). `date`, `nonce`, `action`, `version`, `host` and `content_type` are trimmed in
    /// the canonical request, as HTTP trims header values.
    pub fn sign<'a>(
        &'a self,
        req: &Acs3Request<'a>,
        date: &'a str,
        nonce: &'a str,
    ) -> SignedHeaders<'a> {
        let mut query = String::with_capacity(canonical_query_max_len(req.query));
        let Signature {
            content_sha256,
            authorization,
        } = self.sign_into(req, date, nonce, &mut query);
        SignedHeaders {
            action: req.action,
            version: req.version,
            date,
            nonce,
            content_sha256,
            security_token: self.security_token.as_deref(),
            authorization,
            canonical_query: query,
        }
    }

    /// [`Self::sign`] for a caller that keeps a buffer for the canonical query: `query` is
    /// cleared and receives the canonical query to send (reuse it from call to call), and only
    /// the two computed header values are returned; the others are the inputs as given.
    pub fn sign_into(
        &self,
        req: &Acs3Request<'_>,
        date: &str,
        nonce: &str,
        query: &mut String,
    ) -> Signature {
        query.clear();
        query.reserve(canonical_query_max_len(req.query));
        write_canonical_query(query, req.query);
        self.sign_canonical(req, query, date, nonce)
    }

    /// [`Self::sign_into`] for a query already in canonical form (see [`is_canonical_query`]):
    /// `query` is signed as it is and `req.query` is not read.
    pub(crate) fn sign_canonical(
        &self,
        req: &Acs3Request<'_>,
        query: &str,
        date: &str,
        nonce: &str,
    ) -> Signature {
        let content_sha256 = body_sha256(req.body);
        let parts = Parts {
            req,
            query,
            content_sha256: &content_sha256,
            date,
            nonce,
        };
        // Written out first and hashed in one go: thirty small updates of the hasher cost more
        // than one copy of a few hundred bytes. The buffer is the thread's, reused.
        thread_local! {
            static CANONICAL: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        let digest = with_reused(&CANONICAL, |out| {
            out.clear();
            self.write_canonical(out, &parts);
            Sha256::digest(out.as_bytes())
        });
        let canonical_hash = hex32(&digest);
        let tag = self
            .mac
            .clone()
            .chain_update(STRING_TO_SIGN_PREFIX.as_bytes())
            .chain_update(canonical_hash)
            .finalize()
            .into_bytes();

        let signed_headers = self.signed_headers(req.content_type.is_some());
        // Exactly the length: the caller may hand the bytes on (an HTTP header value) as they are.
        let mut authorization = String::with_capacity(
            self.authorization_prefix.len() + signed_headers.len() + ",Signature=".len() + 64,
        );
        authorization.push_str(&self.authorization_prefix);
        authorization.push_str(signed_headers);
        authorization.push_str(",Signature=");
        push_hex32(&mut authorization, &tag);
        Signature {
            content_sha256,
            authorization,
        }
    }
}

/// The header values [`Acs3Signer::sign_into`] computes; the others are its inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// `x-acs-content-sha256` value (lowercase hex SHA-256 of the body).
    pub content_sha256: Cow<'static, str>,
    /// `Authorization` value.
    pub authorization: String,
}
