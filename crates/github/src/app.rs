//! GitHub App authentication: the app signs a short JWT (RS256) with its private key, exchanges
//! it for an installation token (`POST /app/installations/{id}/access_tokens`, the installation
//! given or looked up with `GET /repos/{owner}/{repo}/installation`), and uses that token for an
//! hour. The token is cached and renewed [`REFRESH_MARGIN`] before it expires, once for every
//! call waiting ([`crate::runtime::refresh`]).
//!
//! Signing is pure: [`app_jwt`] takes the time and gives the token, so the JWT follows the
//! client's clock ([`ClientOptions::set_clock`]). No private key, JWT or installation token
//! ever appears in a `Debug` output, a log line or an error.

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};
use serde::{Deserialize, Serialize};

use super::PROVIDER;
use super::provider::{API_VERSION, MEDIA_TYPE};
use crate::runtime::credentials::{CredentialSource, Env, ExposeSecret, SecretString};
use crate::runtime::refresh::{Answer, Fetched, Refreshing, exchange};
use crate::runtime::{ClientOptions, Error, ErrorKind, Result};

/// The app id (or client id) of a GitHub App.
pub const APP_ID_VAR: &str = "GITHUB_APP_ID";
/// The app's private key, PEM text.
pub const APP_PRIVATE_KEY_VAR: &str = "GITHUB_APP_PRIVATE_KEY";
/// A file holding the app's private key (the `.pem` GitHub lets you download).
pub const APP_PRIVATE_KEY_FILE_VAR: &str = "GITHUB_APP_PRIVATE_KEY_FILE";
/// The installation whose token to use; without it, the installation on the repository named
/// with [`ClientBuilder::installation_repo`](super::ClientBuilder::installation_repo).
pub const APP_INSTALLATION_ID_VAR: &str = "GITHUB_APP_INSTALLATION_ID";

/// How far in the past the JWT's `iat` is put, for clocks slightly ahead of GitHub's (GitHub
/// recommends 60 seconds).
pub const JWT_BACKDATE: Duration = Duration::from_secs(60);
/// How long after signing the JWT expires (GitHub refuses more than 10 minutes).
pub const JWT_LIFETIME: Duration = Duration::from_secs(9 * 60);
/// An installation token (valid one hour) is renewed this long before it expires.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);
/// The longest one request for an installation token may take.
const SERVICE_TIMEOUT: Duration = Duration::from_secs(15);

/// A GitHub App's private key, parsed (PKCS#1 `RSA PRIVATE KEY`, as GitHub hands it out, or
/// PKCS#8 `PRIVATE KEY`) by the TLS layer's crypto provider (the `tls-*` feature chosen:
/// AWS-LC or ring), which also signs the JWT. `Debug` shows nothing of it.
#[derive(Clone)]
pub struct AppKey(Arc<dyn rustls::sign::SigningKey>);

impl fmt::Debug for AppKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AppKey([REDACTED])")
    }
}

impl AppKey {
    /// Parse a PEM private key; `origin` names where it came from in the error (never the key).
    pub fn from_pem(pem: &[u8], origin: &str) -> Result<Self> {
        use rustls::pki_types::PrivateKeyDer;
        use rustls::pki_types::pem::PemObject as _;
        let refused = || {
            Error::credentials(format!(
                "the GitHub App private key from {origin} is not an RSA private key in PEM form (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----)"
            ))
            .with_provider(PROVIDER)
        };
        let der = PrivateKeyDer::from_pem_slice(pem).map_err(|_| refused())?;
        if matches!(der, PrivateKeyDer::Sec1(_)) {
            return Err(refused());
        }
        let key = crate::runtime::http::crypto_provider()
            .key_provider
            .load_private_key(der)
            .map_err(|_| refused())?;
        if key.algorithm() != rustls::SignatureAlgorithm::RSA {
            return Err(refused());
        }
        Ok(Self(key))
    }

    /// The RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature of `message`.
    fn sign_rs256(&self, message: &[u8]) -> Result<Vec<u8>> {
        let failed = |why: &str| {
            Error::credentials(format!("signing the GitHub App JWT failed ({why})"))
                .with_provider(PROVIDER)
        };
        self.0
            .choose_scheme(&[rustls::SignatureScheme::RSA_PKCS1_SHA256])
            .ok_or_else(|| failed("the key cannot sign RS256"))?
            .sign(message)
            .map_err(|_| failed("the crypto provider refused"))
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum Issuer<'a> {
    Number(u64),
    Text(&'a str),
}

#[derive(Serialize)]
struct Claims<'a> {
    iat: u64,
    exp: u64,
    iss: Issuer<'a>,
}

/// The JOSE header of every app JWT, base64url-encoded: `{"alg":"RS256","typ":"JWT"}`.
const JWT_HEADER: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9";

/// The JWT an app authenticates with at `now`: RS256, `iat` [`JWT_BACKDATE`] before `now`,
/// `exp` [`JWT_LIFETIME`] after it, `iss` the app id (a number when it is one, else the client
/// id as text).
pub fn app_jwt(app_id: &str, key: &AppKey, now: SystemTime) -> Result<SecretString> {
    use base64::Engine as _;
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map_err(|_| Error::invalid_input("the clock is before 1970"))?
        .as_secs();
    let app_id = app_id.trim();
    let claims = Claims {
        iat: secs.saturating_sub(JWT_BACKDATE.as_secs()),
        exp: secs + JWT_LIFETIME.as_secs(),
        iss: match app_id.parse::<u64>() {
            Ok(n) => Issuer::Number(n),
            Err(_) => Issuer::Text(app_id),
        },
    };
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let claims = serde_json::to_vec(&claims).map_err(|e| Error::invalid_input(e.to_string()))?;
    let mut jwt = format!("{JWT_HEADER}.");
    b64.encode_string(claims, &mut jwt);
    let signature = key.sign_rs256(jwt.as_bytes())?;
    jwt.push('.');
    b64.encode_string(signature, &mut jwt);
    Ok(SecretString::from(jwt))
}

/// Which installation of the app to act as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Installation {
    /// This installation id.
    Id(u64),
    /// The installation on this repository (`GET /repos/{owner}/{repo}/installation`).
    Repo {
        /// The repository's owner.
        owner: String,
        /// The repository's name.
        repo: String,
    },
}

/// An app configuration found by the client builder: id, key and where the key came from.
pub(crate) struct AppConfig {
    pub app_id: String,
    pub key: AppKey,
    pub key_source: CredentialSource,
    pub installation: Option<Installation>,
}

/// The private key of an app configured through the environment: `GITHUB_APP_PRIVATE_KEY`
/// (PEM text; `\n` escapes as some secret stores write them are accepted), else the file
/// `GITHUB_APP_PRIVATE_KEY_FILE` names.
pub(crate) fn key_from_env(env: &dyn Env) -> Result<Option<(AppKey, CredentialSource)>> {
    if let Some(pem) = env.var(APP_PRIVATE_KEY_VAR) {
        let pem = if pem.contains('\n') {
            pem
        } else {
            pem.replace("\\n", "\n")
        };
        let key = AppKey::from_pem(pem.as_bytes(), APP_PRIVATE_KEY_VAR)?;
        return Ok(Some((
            key,
            CredentialSource::Environment(vec![APP_PRIVATE_KEY_VAR]),
        )));
    }
    if let Some(path) = env.var(APP_PRIVATE_KEY_FILE_VAR) {
        let path = PathBuf::from(path);
        return key_from_file(&path).map(Some).map_err(|e| {
            let m = format!("{} (named by {APP_PRIVATE_KEY_FILE_VAR})", e.message());
            e.with_message(m)
        });
    }
    Ok(None)
}

/// The private key in the PEM file at `path`.
pub(crate) fn key_from_file(path: &std::path::Path) -> Result<(AppKey, CredentialSource)> {
    let pem = std::fs::read(path).map_err(|e| {
        Error::credentials(format!(
            "the GitHub App private key file {} cannot be read: {e}",
            path.display()
        ))
        .with_provider(PROVIDER)
    })?;
    let key = AppKey::from_pem(&pem, &path.display().to_string())?;
    Ok((
        key,
        CredentialSource::File(path.to_path_buf(), String::new()),
    ))
}

/// The installation named by `GITHUB_APP_INSTALLATION_ID`.
pub(crate) fn installation_from_env(env: &dyn Env) -> Result<Option<Installation>> {
    env.var(APP_INSTALLATION_ID_VAR)
        .map(|v| {
            v.trim()
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .map(Installation::Id)
                .ok_or_else(|| {
                    Error::invalid_input(format!(
                        "{APP_INSTALLATION_ID_VAR} must be a positive number, not `{}`",
                        crate::runtime::error::clean(&v)
                    ))
                    .with_provider(PROVIDER)
                })
        })
        .transpose()
}

/// A cached installation token: the `Authorization` value, built once.
pub(crate) struct InstallationToken {
    pub header: HeaderValue,
}

/// Installation tokens of one app on one API, fetched at the first call and renewed before they
/// expire. Holds the key: `Debug` shows the app id and installation only.
pub(crate) struct AppAuth {
    app_id: String,
    key: AppKey,
    installation: Option<Installation>,
    resolved: Mutex<Option<u64>>,
    pub(crate) tokens: Refreshing<InstallationToken>,
    http: reqwest::Client,
    options: ClientOptions,
    base_url: String,
}

impl fmt::Debug for AppAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppAuth")
            .field("app_id", &self.app_id)
            .field("installation", &self.installation)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct TokenAnswer {
    token: String,
    expires_at: String,
}

#[derive(Deserialize)]
struct InstallationAnswer {
    id: u64,
}

impl AppAuth {
    pub(crate) fn new(config: AppConfig, options: ClientOptions, base_url: &str) -> Self {
        Self {
            app_id: config.app_id,
            key: config.key,
            installation: config.installation,
            resolved: Mutex::new(None),
            tokens: Refreshing::new(REFRESH_MARGIN),
            http: options.http_client(),
            options,
            base_url: base_url.trim_end_matches('/').to_string(),
        }
    }

    /// Make sure an installation token that does not expire within [`REFRESH_MARGIN`] is cached.
    pub(crate) async fn ensure(&self) -> Result<()> {
        self.tokens
            .ensure(|| self.options.now(), || self.fetch())
            .await
    }

    async fn fetch(&self) -> Result<Fetched<InstallationToken>> {
        let jwt = app_jwt(&self.app_id, &self.key, self.options.now())?;
        let id = self.installation_id(&jwt).await?;
        let what = format!(
            "POST /app/installations/{id}/access_tokens (GitHub App {})",
            self.app_id
        );
        let url = format!("{}/app/installations/{id}/access_tokens", self.base_url);
        let answer = self.send(reqwest::Method::POST, &url, &jwt, &what).await?;
        let parsed: TokenAnswer = serde_json::from_slice(&answer.body).map_err(|_| {
            unreadable(
                &what,
                "the answer is not JSON with `token` and `expires_at`",
            )
        })?;
        let expires_at = chrono::DateTime::parse_from_rfc3339(parsed.expires_at.trim())
            .map(|t| SystemTime::from(t.with_timezone(&chrono::Utc)))
            .map_err(|_| unreadable(&what, "the answer's `expires_at` is not an RFC 3339 time"))?;
        let token = parsed.token.trim();
        if token.is_empty() {
            return Err(unreadable(&what, "the answer's `token` is empty"));
        }
        let mut header = HeaderValue::from_str(&format!("Bearer {token}"))
            .map_err(|_| unreadable(&what, "the token cannot be sent in an HTTP header"))?;
        header.set_sensitive(true);
        tracing::debug!(app = %self.app_id, installation = id, "issued a GitHub App installation token");
        Ok(Fetched {
            value: InstallationToken { header },
            expires_at: Some(expires_at),
        })
    }

    async fn installation_id(&self, jwt: &SecretString) -> Result<u64> {
        let (owner, repo) = match &self.installation {
            Some(Installation::Id(id)) => return Ok(*id),
            Some(Installation::Repo { owner, repo }) => (owner, repo),
            None => {
                return Err(Error::credentials(format!(
                    "GitHub App {}: no installation to act as: set {APP_INSTALLATION_ID_VAR} (--installation-id), or name a repository the app is installed on",
                    self.app_id
                ))
                .with_provider(PROVIDER));
            }
        };
        if let Some(id) = self.resolved.lock().ok().and_then(|g| *g) {
            return Ok(id);
        }
        let enc = |s: &str| {
            percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
        };
        let what = format!(
            "GET /repos/{owner}/{repo}/installation (GitHub App {})",
            self.app_id
        );
        let url = format!(
            "{}/repos/{}/{}/installation",
            self.base_url,
            enc(owner),
            enc(repo)
        );
        let answer = self.send(reqwest::Method::GET, &url, jwt, &what).await?;
        let parsed: InstallationAnswer = serde_json::from_slice(&answer.body)
            .map_err(|_| unreadable(&what, "the answer is not JSON with an `id`"))?;
        if let Ok(mut g) = self.resolved.lock() {
            *g = Some(parsed.id);
        }
        Ok(parsed.id)
    }

    async fn send(
        &self,
        method: reqwest::Method,
        url: &str,
        jwt: &SecretString,
        what: &str,
    ) -> Result<Answer> {
        let parsed = url::Url::parse(url).map_err(|e| {
            Error::invalid_input(format!("GitHub App URL {url}: {e}")).with_provider(PROVIDER)
        })?;
        let mut request = reqwest::Request::new(method, parsed);
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", jwt.expose_secret()))
            .map_err(|_| Error::credentials("the GitHub App JWT is not a header value"))?;
        auth.set_sensitive(true);
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, auth);
        headers.insert(ACCEPT, HeaderValue::from_static(MEDIA_TYPE));
        headers.insert(
            "x-github-api-version",
            HeaderValue::from_static(API_VERSION),
        );
        *request.timeout_mut() = Some(SERVICE_TIMEOUT);
        let answer = exchange(&self.http, request, PROVIDER, what).await?;
        if !answer.status.is_success() {
            return Err(refused(&answer, what, &self.app_id));
        }
        Ok(answer)
    }
}

fn unreadable(what: &str, why: &str) -> Error {
    Error::new(ErrorKind::InvalidResponse, format!("{what}: {why}")).with_provider(PROVIDER)
}

/// GitHub's error answer to an app request, as an [`Error`]: 401/403/404 are credential
/// problems with advice.
fn refused(answer: &Answer, what: &str, app_id: &str) -> Error {
    let fields = super::errors::error_fields(&answer.body);
    let status = answer.status.as_u16();
    let message = answer.failure(what, fields.message.as_deref());
    let request_id = answer
        .headers
        .get("x-github-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut e = Error::provider_answer(PROVIDER, status, fields.code, message, request_id)
        .with_details(fields.details);
    match status {
        401 => {
            e = e.with_kind(ErrorKind::Credentials).with_hint(format!(
                "GitHub did not accept the app's JWT: check that {app_id} is the app's id (or client id), that the private key is one of this app's, and that this machine's clock is right"
            ))
        }
        403 | 404 => {
            e = e.with_kind(ErrorKind::Credentials).with_hint(
                "check that the app is installed on this account or repository and that the installation is not suspended",
            )
        }
        _ => {
            if let Some(h) = fields.hint {
                e = e.with_hint(h);
            }
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const KEY: &str = include_str!("../../../tests/data/github-app-test-key.pem");
    const PUBLIC: &str = include_str!("../../../tests/data/github-app-test-key.pub.pem");

    #[derive(Deserialize, Debug)]
    struct Read {
        iat: u64,
        exp: u64,
        iss: serde_json::Value,
    }

    fn decode(jwt: &str) -> Read {
        let key = jsonwebtoken::DecodingKey::from_rsa_pem(PUBLIC.as_bytes()).unwrap();
        let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
        v.validate_exp = false;
        v.required_spec_claims.clear();
        jsonwebtoken::decode::<Read>(jwt, &key, &v).unwrap().claims
    }

    #[test]
    fn the_jwt_is_rs256_signed_with_the_key_and_follows_the_given_clock() {
        let key = AppKey::from_pem(KEY.as_bytes(), "test").unwrap();
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let jwt = app_jwt("12345", &key, now).unwrap();
        let claims = decode(jwt.expose_secret());
        assert_eq!(claims.iat, 1_700_000_000 - 60);
        assert_eq!(claims.exp, 1_700_000_000 + 540);
        assert_eq!(claims.iss, serde_json::json!(12345));
        // Same time, same token: signing is pure.
        assert_eq!(
            app_jwt("12345", &key, now).unwrap().expose_secret(),
            jwt.expose_secret()
        );
        // A client id is sent as text.
        let jwt = app_jwt("Iv23liExample", &key, now).unwrap();
        assert_eq!(decode(jwt.expose_secret()).iss, "Iv23liExample");
        let header = jsonwebtoken::decode_header(jwt.expose_secret()).unwrap();
        assert_eq!(header.alg, jsonwebtoken::Algorithm::RS256);
    }

    #[test]
    fn a_bad_key_is_refused_without_showing_it() {
        let e = AppKey::from_pem(b"-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcw==\n-----END RSA PRIVATE KEY-----\n", "GITHUB_APP_PRIVATE_KEY").unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::Credentials);
        let s = format!("{e} {e:?}");
        assert!(s.contains("GITHUB_APP_PRIVATE_KEY"), "{s}");
        assert!(!s.contains("c2VjcmV0") && !s.contains("secret-key"), "{s}");
        let key = AppKey::from_pem(KEY.as_bytes(), "test").unwrap();
        assert_eq!(format!("{key:?}"), "AppKey([REDACTED])");
        // GitHub signs app JWTs with RSA only: an EC key (PKCS#8, made with
        // `openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt`) is refused
        // when it is read, not when GitHub refuses the JWT.
        let ec = include_str!("../../../tests/data/github-app-test-ec-key.pem");
        let e = AppKey::from_pem(ec.as_bytes(), "app.pem").unwrap_err();
        assert!(e.to_string().contains("app.pem"), "{e}");
        assert!(e.to_string().contains("not an RSA private key"), "{e}");
    }

    #[test]
    fn the_jwt_header_is_rs256() {
        use base64::Engine as _;
        let header = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(JWT_HEADER)
            .unwrap();
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&header).unwrap(),
            serde_json::json!({"alg": "RS256", "typ": "JWT"})
        );
    }

    #[test]
    fn keys_come_from_the_variable_or_the_file_it_names() {
        use crate::runtime::MapEnv;
        let escaped = KEY.replace('\n', "\\n");
        let env = MapEnv::new().with(APP_PRIVATE_KEY_VAR, &escaped);
        let (_, source) = key_from_env(&env).unwrap().unwrap();
        assert_eq!(
            source,
            CredentialSource::Environment(vec![APP_PRIVATE_KEY_VAR])
        );

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.pem");
        std::fs::write(&path, KEY).unwrap();
        let env = MapEnv::new().with(APP_PRIVATE_KEY_FILE_VAR, path.to_str().unwrap());
        let (_, source) = key_from_env(&env).unwrap().unwrap();
        assert_eq!(source, CredentialSource::File(path.clone(), String::new()));

        let env = MapEnv::new().with(APP_PRIVATE_KEY_FILE_VAR, "/nonexistent/app.pem");
        let e = key_from_env(&env).unwrap_err();
        assert!(
            e.to_string().contains("/nonexistent/app.pem")
                && e.to_string().contains(APP_PRIVATE_KEY_FILE_VAR),
            "{e}"
        );
        assert!(key_from_env(&MapEnv::new()).unwrap().is_none());

        let env = MapEnv::new().with(APP_INSTALLATION_ID_VAR, "42");
        assert_eq!(
            installation_from_env(&env).unwrap(),
            Some(Installation::Id(42))
        );
        let env = MapEnv::new().with(APP_INSTALLATION_ID_VAR, "x42");
        assert!(installation_from_env(&env).is_err());
    }
}
