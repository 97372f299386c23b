//! NHN's rules ([`runtime::Provider`]): the User Access Key token (issued by the OAuth host,
//! cached, renewed, sent as `X-NHN-AUTHORIZATION: Bearer {token}`), the `{header, body}` envelope
//! of every answer, the request id.
//!
//! Issuance is the generated `create_token` call on a client of its own whose base URL is the
//! OAuth host and whose rules ([`TokenIssuer`]) add `Authorization: Basic base64("{id}:{secret}")`.
//! [`Provider`] issues a token in `prepare` when none is cached or the cached one is about to
//! expire; a lock around issuance makes calls that start together wait for one token instead of
//! each asking for their own. A failed issuance reaches the caller as the error it is (a `429` of
//! the OAuth host stays rate limited, with its status and request id), with the OAuth host named
//! in the message.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use base64::Engine as _;
use reqwest::header::{AUTHORIZATION, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use reqwest::header::HeaderMap;

use super::PROVIDER;
use crate::generated::nhn_deploy::{self, OPERATIONS, types};
use crate::runtime::{
    self, AttemptContext, ClientOptions, Error, ErrorFields, ErrorKind, ResponseSnapshot,
};

/// The header Deploy reads the token from.
pub const AUTH_HEADER: &str = "x-nhn-authorization";
/// A token is renewed this long before it expires (at most half its lifetime).
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// What the client authenticates with.
#[derive(Clone, Debug)]
pub(crate) enum Credentials {
    /// A User Access Key: tokens are issued from it, renewed and re-issued after a 401.
    AccessKey {
        /// User Access Key ID.
        id: String,
        /// Secret Access Key.
        secret: SecretString,
    },
    /// A token issued elsewhere: used as is, never renewed.
    Token(SecretString),
}

/// `Authorization: Basic base64("{id}:{secret}")`, as the OAuth host expects (raw concatenation).
pub fn basic_authorization(id: &str, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
    )
}

/// The header NHN puts its request id in.
const REQUEST_ID_HEADER: &str = "x-nhn-request-id";

fn request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get(REQUEST_ID_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The rules of the OAuth host's client: the token request is signed with the User Access Key
/// (HTTP Basic). `Debug` shows the key id, never the secret.
#[derive(Debug)]
pub struct TokenIssuer {
    id: String,
    secret: SecretString,
}

#[async_trait]
impl runtime::Provider for TokenIssuer {
    fn name(&self) -> &'static str {
        PROVIDER
    }

    /// Signs without a nonce.
    fn uses_nonce(&self) -> bool {
        false
    }

    /// Basic authentication with the app key's id and secret: nothing to fetch first.
    fn needs_prepare(&self) -> bool {
        false
    }

    fn sign(&self, request: &mut reqwest::Request, _ctx: &AttemptContext) -> Result<(), Error> {
        let value = sensitive(basic_authorization(&self.id, self.secret.expose_secret()))?;
        request.headers_mut().insert(AUTHORIZATION, value);
        Ok(())
    }

    fn request_id(&self, headers: &HeaderMap, _body: &[u8]) -> Option<String> {
        request_id(headers)
    }

    /// The OAuth host answers an envelope or an OAuth 2 error (`error`, `error_description`).
    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        let fields = super::envelope::error_fields(&answer.body);
        if fields.code.is_some() || fields.message.is_some() {
            return fields;
        }
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(&answer.body) else {
            return fields;
        };
        let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        ErrorFields {
            code: text("error"),
            message: text("error_description").or_else(|| text("message")),
            ..ErrorFields::default()
        }
    }
}

fn sensitive(value: String) -> Result<HeaderValue, Error> {
    let mut value = HeaderValue::from_str(&value).map_err(|_| {
        Error::credentials(
            "the NHN Cloud credentials contain characters that cannot go in an HTTP header",
        )
        .with_provider(PROVIDER)
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// A token in the cache.
struct Cached {
    token: SecretString,
    /// When to issue a new one (`None`: never; a token given ready).
    refresh_at: Option<SystemTime>,
    /// Increases with every issuance; tells a 401 on an old token from one on the current token.
    generation: u64,
}

/// NHN's rules for the Deploy client: keeps a token and adds it to every request; reads the
/// envelope of every answer. `Debug` never shows the token.
pub struct Provider {
    /// The token client (OAuth host, Basic auth); `None` for a ready token.
    issuer: Option<nhn_deploy::Client>,
    oauth_url: String,
    cache: RwLock<Option<Cached>>,
    /// Held while a token is being issued: one issuance at a time, later callers reuse its token.
    issuing: tokio::sync::Mutex<()>,
    generation: AtomicU64,
    options: ClientOptions,
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cached = self.cache.read().map(|c| c.is_some()).unwrap_or(false);
        f.debug_struct("nhn::Provider")
            .field("oauth_url", &self.oauth_url)
            .field("renewable", &self.issuer.is_some())
            .field("token", &if cached { "[REDACTED]" } else { "none" })
            .finish()
    }
}

impl Provider {
    pub(crate) fn new(
        credentials: Credentials,
        oauth_url: &str,
        http: reqwest::Client,
        options: &ClientOptions,
    ) -> Result<Self, Error> {
        let (issuer, cache) = match credentials {
            Credentials::AccessKey { id, secret } => {
                if id.trim().is_empty() || secret.expose_secret().is_empty() {
                    return Err(Error::credentials(
                        "the NHN Cloud User Access Key ID or Secret Access Key is empty",
                    )
                    .with_provider(PROVIDER));
                }
                // The token is only sent with a valid header value: check it once, here.
                sensitive(basic_authorization(&id, secret.expose_secret()))?;
                let transport = options.transport(Arc::new(TokenIssuer { id, secret }), OPERATIONS);
                (
                    Some(nhn_deploy::Client::new_with_client(
                        oauth_url, http, transport,
                    )),
                    None,
                )
            }
            Credentials::Token(token) => {
                sensitive(format!("Bearer {}", token.expose_secret()))?;
                (
                    None,
                    Some(Cached {
                        token,
                        refresh_at: None,
                        generation: 0,
                    }),
                )
            }
        };
        Ok(Self {
            issuer,
            oauth_url: oauth_url.to_string(),
            cache: RwLock::new(cache),
            issuing: tokio::sync::Mutex::new(()),
            generation: AtomicU64::new(0),
            options: options.clone(),
        })
    }

    /// The client that issues tokens (the OAuth host with Basic authentication), when the
    /// credentials are a User Access Key.
    pub(crate) fn issuer(&self) -> Option<nhn_deploy::Client> {
        self.issuer.clone()
    }

    /// The generation of the cached token if it is still good to use.
    fn fresh(&self) -> Option<u64> {
        let now = self.options.now();
        let cache = self.cache.read().ok()?;
        let cached = cache.as_ref()?;
        match cached.refresh_at {
            Some(at) if now >= at => None,
            _ => Some(cached.generation),
        }
    }

    fn cached_generation(&self) -> Option<u64> {
        self.cache.read().ok()?.as_ref().map(|c| c.generation)
    }

    /// Issue a token and put it in the cache. Callers hold `issuing`.
    ///
    /// `expires_in` is read as a number or a string of digits: the token page types it as a
    /// String while its example answers a number. Anything else counts as an already expired
    /// token (renewed at the next call).
    async fn issue(&self, issuer: &nhn_deploy::Client) -> Result<(), Error> {
        let asked_at = self.options.now();
        let answer = issuer
            .create_token()
            .body(types::TokenRequest {
                grant_type: types::GrantType::ClientCredentials,
            })
            .send()
            .await
            .map_err(|e| self.issue_error(e))?
            .into_inner();
        if answer.access_token.is_empty() {
            return Err(Error::new(
                ErrorKind::InvalidResponse,
                format!("{} answered an empty access_token", self.oauth_url),
            )
            .with_provider(PROVIDER));
        }
        let expires_in = lifetime_secs(&answer.expires_in);
        let lifetime = Duration::from_secs(expires_in);
        // A lifetime past what the clock can count (a hostile `expires_in`) never needs renewing.
        let refresh_at =
            asked_at.checked_add(lifetime.saturating_sub(REFRESH_MARGIN.min(lifetime / 2)));
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        tracing::debug!(
            expires_in,
            generation,
            "issued an NHN Cloud User Access Key token"
        );
        let cached = Cached {
            token: SecretString::from(answer.access_token),
            refresh_at,
            generation,
        };
        if let Ok(mut cache) = self.cache.write() {
            *cache = Some(cached);
        }
        Ok(())
    }

    /// Say that the token could not be issued, keeping everything the error knows (kind,
    /// status, code, request id, whether it was sent): a refused key is a credentials error with
    /// advice; a rate limit, a timeout or a broken answer stay what they are.
    fn issue_error(&self, e: Error) -> Error {
        let message = format!(
            "issuing a User Access Key token at {} failed: {}",
            self.oauth_url,
            e.message()
        );
        let refused = matches!(e.status(), Some(400 | 401 | 403));
        let mut out = e.with_message(message);
        if refused {
            out = out.with_kind(ErrorKind::Credentials).with_hint(format!(
                "check the User Access Key ID and Secret Access Key ({} / {} or the builder) and that the key is enabled",
                super::ENV_ACCESS_KEY_ID,
                super::ENV_SECRET_ACCESS_KEY
            ));
        }
        out
    }
}

#[async_trait]
impl runtime::Provider for Provider {
    fn name(&self) -> &'static str {
        PROVIDER
    }

    /// Signs without a nonce.
    fn uses_nonce(&self) -> bool {
        false
    }

    /// Make sure a token that is not about to expire is cached; issue one (once for all waiting
    /// callers) if not.
    async fn prepare(&self) -> Result<(), Error> {
        if self.fresh().is_some() {
            return Ok(());
        }
        let Some(issuer) = &self.issuer else {
            // A ready token never goes stale here; nothing to do.
            return Ok(());
        };
        let _issuing = self.issuing.lock().await;
        if self.fresh().is_some() {
            return Ok(()); // issued while this call waited
        }
        self.issue(issuer).await
    }

    /// Nothing to do while the cached token is fresh, or when there is no way to issue one.
    fn needs_prepare(&self) -> bool {
        self.issuer.is_some() && self.fresh().is_none()
    }

    fn sign(&self, request: &mut reqwest::Request, _ctx: &AttemptContext) -> Result<(), Error> {
        let cache = self.cache.read().map_err(|_| {
            Error::credentials("the NHN Cloud token cache is unusable").with_provider(PROVIDER)
        })?;
        let cached = cache.as_ref().ok_or_else(|| {
            Error::credentials("no NHN Cloud token to sign the request with")
                .with_provider(PROVIDER)
        })?;
        let value = sensitive(format!("Bearer {}", cached.token.expose_secret()))?;
        request.headers_mut().insert(AUTH_HEADER, value);
        Ok(())
    }

    /// `--dry-run` issues no token: the header carries a placeholder (shown masked anyway).
    fn sign_offline(
        &self,
        request: &mut reqwest::Request,
        _ctx: &AttemptContext,
    ) -> Result<(), Error> {
        let value = sensitive("Bearer <token issued at run time>".to_string())?;
        request.headers_mut().insert(AUTH_HEADER, value);
        Ok(())
    }

    /// Only a token this provider issues itself can be replaced.
    fn may_recover(&self) -> bool {
        self.issuer.is_some()
    }

    /// A 401 while a token was cached: the token was revoked or expired early. Issue a new one
    /// (unless another call already did since) and let the runtime repeat the request once.
    async fn recover(&self, answer: &ResponseSnapshot) -> bool {
        if answer.status != reqwest::StatusCode::UNAUTHORIZED {
            return false;
        }
        let Some(issuer) = &self.issuer else {
            return false;
        };
        let Some(failed) = self.cached_generation() else {
            return false;
        };
        let _issuing = self.issuing.lock().await;
        if self.cached_generation().is_some_and(|g| g != failed) {
            return true; // a newer token arrived while this call waited
        }
        tracing::info!("the Deploy API refused the token (HTTP 401); issuing a new one");
        if let Ok(mut cache) = self.cache.write() {
            *cache = None;
        }
        match self.issue(issuer).await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(error = %e, "re-issuing the NHN Cloud token failed");
                false
            }
        }
    }

    fn request_id(&self, headers: &HeaderMap, _body: &[u8]) -> Option<String> {
        request_id(headers)
    }

    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        super::envelope::error_fields(&answer.body)
    }

    /// `header.isSuccessful: false` is a failure whatever the HTTP status, 200 included.
    fn failed_success(&self, answer: &ResponseSnapshot) -> bool {
        super::envelope::failed(&answer.body)
    }
}

/// `expires_in` in whole seconds: a number, or a string holding one (see [`Provider`]'s
/// issuance); `0` for anything else.
fn lifetime_secs(expires_in: &types::TokenLifetime) -> u64 {
    match serde_json::to_value(expires_in) {
        Ok(serde_json::Value::Number(n)) => n.as_u64().unwrap_or(0),
        Ok(serde_json::Value::String(s)) => s.trim().parse().unwrap_or(0),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Provider as _;

    #[test]
    fn basic_authorization_matches_the_documented_example() {
        assert_eq!(
            basic_authorization("userAccessKey", "userSecretKey"),
            "Basic dXNlckFjY2Vzc0tleTp1c2VyU2VjcmV0S2V5"
        );
    }

    #[test]
    fn debug_never_shows_secrets() {
        let p = Provider::new(
            Credentials::Token(SecretString::from("tok-secret".to_string())),
            super::super::OAUTH_URL,
            crate::runtime::http::client(&Default::default()),
            &ClientOptions::default(),
        )
        .unwrap();
        let s = format!("{p:?}");
        assert!(!s.contains("tok-secret") && s.contains("REDACTED"), "{s}");
        let c = Credentials::AccessKey {
            id: "id".into(),
            secret: SecretString::from("hunter2".to_string()),
        };
        assert!(!format!("{c:?}").contains("hunter2"));
    }

    #[test]
    fn ready_tokens_are_signed_and_never_expire() {
        let p = Provider::new(
            Credentials::Token(SecretString::from("abc".to_string())),
            super::super::OAUTH_URL,
            crate::runtime::http::client(&Default::default()),
            &ClientOptions::default(),
        )
        .unwrap();
        assert_eq!(p.fresh(), Some(0));
        let mut req = reqwest::Request::new(
            reqwest::Method::GET,
            "https://api-tcd.nhncloudservice.com/x".parse().unwrap(),
        );
        let ctx = AttemptContext {
            attempt: 1,
            now: SystemTime::UNIX_EPOCH,
            nonce: String::new(),
            query_marker: None,
        };
        p.sign(&mut req, &ctx).unwrap();
        let v = req.headers().get(AUTH_HEADER).unwrap();
        assert_eq!(v.to_str().unwrap(), "Bearer abc");
        assert!(v.is_sensitive());
    }
}
