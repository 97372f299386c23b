//! GitHub App authentication: `GET /repos/{owner}/{repo}/installation` and
//! `POST /app/installations/{id}/access_tokens`, both authenticated with the app's JWT (RS256,
//! checked against the app's public key, its `iat`/`exp` window and its `iss`), as GitHub does.
//! The installation tokens issued are accepted by the other GitHub endpoints for an hour.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::response::Response;
use http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, State, error};

/// A GitHub App the emulator knows: ids, public key, and its one installation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct App {
    /// The app id (a JWT's `iss` as a number or text).
    pub id: u64,
    /// The client id (also accepted as `iss`).
    pub client_id: String,
    /// The app's public key, PEM (`-----BEGIN PUBLIC KEY-----` or `RSA PUBLIC KEY`).
    pub public_key_pem: String,
    /// The app's installation.
    pub installation_id: u64,
    /// The accounts (repository owners) the installation covers; empty: every one.
    pub owners: Vec<String>,
}

impl Default for App {
    fn default() -> Self {
        Self {
            id: defaults::APP_ID,
            client_id: defaults::APP_CLIENT_ID.to_string(),
            public_key_pem: defaults::APP_PUBLIC_KEY.to_string(),
            installation_id: defaults::INSTALLATION_ID,
            owners: Vec::new(),
        }
    }
}

/// The GitHub App known by default. Its private key is public (it is in this source): use it
/// in tests and examples only.
pub mod defaults {
    /// The app id.
    pub const APP_ID: u64 = 424_242;
    /// The app's client id.
    pub const APP_CLIENT_ID: &str = "Iv23liDeploykitEmulator";
    /// Its installation, on every repository.
    pub const INSTALLATION_ID: u64 = 31_337;
    /// The app's private key (PKCS#1 PEM, as GitHub hands keys out).
    pub const APP_PRIVATE_KEY: &str = include_str!("app-key.pem");
    /// The app's public key (PEM).
    pub const APP_PUBLIC_KEY: &str = include_str!("app-key.pub.pem");
}

/// How long an installation token lives.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(3600);
/// The longest a JWT may live (`exp` after now), as GitHub enforces.
const MAX_JWT_AHEAD: u64 = 600;
/// How far the emulator lets `iat` be ahead of its clock.
const IAT_LEEWAY: u64 = 60;

/// Whether `path` is one of the app endpoints this module answers.
pub(crate) fn serves(path: &str) -> bool {
    path.starts_with("/app/installations/")
}

/// The app endpoints; `None` for any other request.
pub(crate) fn answer(
    shared: &Shared,
    method: &http::Method,
    path: &str,
    headers: &http::HeaderMap,
) -> Option<Response> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("POST", ["app", "installations", id, "access_tokens"]) => {
            Some(with_app(shared, headers, |app| {
                access_token(shared, app, id)
            }))
        }
        ("GET", ["repos", owner, _repo, "installation"]) => {
            Some(with_app(shared, headers, |app| {
                installation(headers, app, owner)
            }))
        }
        (_, ["app", ..]) => Some(error(StatusCode::NOT_FOUND, "Not Found")),
        _ => None,
    }
}

#[derive(Deserialize)]
struct Claims {
    iat: Option<Value>,
    exp: Option<Value>,
    iss: Option<Value>,
}

fn jwt_error(message: &str) -> Response {
    error(StatusCode::UNAUTHORIZED, message)
}

/// Authenticate the app from the `Authorization: Bearer <JWT>` header, then answer with `f`.
fn with_app(
    shared: &Shared,
    headers: &http::HeaderMap,
    f: impl FnOnce(&App) -> Response,
) -> Response {
    let jwt = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    let Some(jwt) = jwt else {
        return jwt_error("A JSON web token could not be decoded");
    };
    match authenticate(shared, jwt) {
        Ok(app) => f(&app),
        Err(message) => jwt_error(&message),
    }
}

/// The app a JWT authenticates, or GitHub's message for why it does not.
pub(crate) fn authenticate(shared: &Shared, jwt: &str) -> Result<App, String> {
    const UNDECODABLE: &str = "A JSON web token could not be decoded";
    let header = jsonwebtoken::decode_header(jwt).map_err(|_| UNDECODABLE.to_string())?;
    if header.alg != jsonwebtoken::Algorithm::RS256 {
        return Err(UNDECODABLE.to_string());
    }
    // The issuer picks the key; read it before the signature is checked.
    let payload = jwt.split('.').nth(1).ok_or(UNDECODABLE)?;
    let raw = base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, payload)
        .map_err(|_| UNDECODABLE.to_string())?;
    let claims: Claims = serde_json::from_slice(&raw).map_err(|_| UNDECODABLE.to_string())?;
    let iss = match &claims.iss {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => return Err("'Issuer' claim ('iss') must be an Integer".to_string()),
    };
    let app = shared
        .options
        .github()
        .apps
        .iter()
        .find(|a| a.id.to_string() == iss || a.client_id == iss)
        .cloned()
        .ok_or_else(|| "Integration not found".to_string())?;
    let key = jsonwebtoken::DecodingKey::from_rsa_pem(app.public_key_pem.as_bytes())
        .map_err(|_| "the emulator's public key of this app is not an RSA PEM key".to_string())?;
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    // Times are checked below against the emulator's clock.
    validation.validate_exp = false;
    validation.required_spec_claims.clear();
    jsonwebtoken::decode::<Value>(jwt, &key, &validation).map_err(|_| UNDECODABLE.to_string())?;
    let now = shared
        .now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let iat = claims.iat.as_ref().and_then(Value::as_u64).ok_or_else(|| {
        "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued".to_string()
    })?;
    let exp = claims.exp.as_ref().and_then(Value::as_u64).ok_or_else(|| {
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires".to_string()
    })?;
    if iat > now + IAT_LEEWAY {
        return Err(
            "'Issued at' claim ('iat') must be an Integer representing a time in the past"
                .to_string(),
        );
    }
    if exp <= now {
        return Err("'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires".to_string());
    }
    if exp > now + MAX_JWT_AHEAD || exp.saturating_sub(iat) > MAX_JWT_AHEAD + IAT_LEEWAY {
        return Err("'Expiration time' claim ('exp') is too far in the future".to_string());
    }
    Ok(app)
}

fn covers(app: &App, owner: &str) -> bool {
    app.owners.is_empty() || app.owners.iter().any(|o| o.eq_ignore_ascii_case(owner))
}

fn installation(headers: &http::HeaderMap, app: &App, owner: &str) -> Response {
    if !covers(app, owner) {
        return error(StatusCode::NOT_FOUND, "Not Found");
    }
    let base = super::super::base_url(headers);
    super::super::json(
        StatusCode::OK,
        &json!({
            "id": app.installation_id,
            "client_id": app.client_id,
            "account": {"login": owner, "id": 1, "type": "Organization"},
            "repository_selection": "all",
            "access_tokens_url": format!("{base}/app/installations/{}/access_tokens", app.installation_id),
            "repositories_url": format!("{base}/installation/repositories"),
            "app_id": app.id,
            "target_type": "Organization",
            "permissions": {"deployments": "write", "metadata": "read"},
            "events": ["deployment", "deployment_status"],
        }),
    )
}

fn access_token(shared: &Shared, app: &App, id: &str) -> Response {
    if id.parse::<u64>().ok() != Some(app.installation_id) {
        return error(StatusCode::NOT_FOUND, "Not Found");
    }
    let token = format!(
        "ghs_{}",
        uuid::Uuid::new_v4()
            .simple()
            .to_string()
            .get(..30)
            .unwrap_or_default()
    );
    let expires = shared.now() + TOKEN_LIFETIME;
    shared
        .state::<State>()
        .installation_tokens
        .insert(token.clone(), expires);
    super::super::json(
        StatusCode::CREATED,
        &json!({
            "token": token,
            "expires_at": super::super::rfc3339(expires),
            "permissions": {"deployments": "write", "metadata": "read"},
            "repository_selection": "all",
        }),
    )
}

/// Whether `token` is an installation token issued here that has not expired at `now`.
pub(crate) fn accepts(state: &State, token: &str, now: SystemTime) -> bool {
    state
        .installation_tokens
        .get(token)
        .is_some_and(|expires| now < *expires)
}
