//! Where Alibaba credentials come from, emulated: STS (`AssumeRole`, ACS3-signed by a known key;
//! `AssumeRoleWithOIDC`, unsigned, with the configured OIDC token), the ECS metadata service
//! (hardened mode's session token, the instance's RAM role and its credentials) and a
//! credentials URI. Every temporary key they issue is accepted by the API Gateway actions, with
//! its security token, until it expires.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::extract::Request;
use axum::response::Response;
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::json;

use super::{State, defaults, error, ok};
use crate::{Shared, header, query_pairs, read_body, rfc3339};

/// The path of the emulated ECS metadata service's session tokens (hardened mode).
pub const METADATA_TOKEN_PATH: &str = "/latest/api/token";
/// The path under which the emulated ECS metadata service names the instance's RAM role.
pub const METADATA_ROLE_PATH: &str = "/latest/meta-data/ram/security-credentials/";
/// The path of the emulated credentials URI.
pub const CREDENTIALS_URI_PATH: &str = "/alibaba/credentials";

/// A temporary key issued by the emulated STS, metadata service or credentials URI.
pub(crate) struct TempKey {
    pub secret: String,
    pub token: String,
    pub expires: SystemTime,
}

/// What the credential endpoints keep.
#[derive(Default)]
pub(crate) struct CredentialState {
    /// Temporary keys by AccessKey id.
    pub keys: HashMap<String, TempKey>,
    /// Metadata session tokens and when they expire.
    pub metadata_tokens: HashMap<String, SystemTime>,
    /// How many times each endpoint answered with credentials (`AssumeRole`,
    /// `AssumeRoleWithOIDC`, `ecs`, `uri`).
    pub issued: HashMap<&'static str, usize>,
    last: u64,
}

impl CredentialState {
    /// Issue a temporary key valid for `lifetime`.
    fn issue(
        &mut self,
        now: SystemTime,
        lifetime: Duration,
        by: &'static str,
    ) -> (String, TempKey) {
        self.last += 1;
        *self.issued.entry(by).or_default() += 1;
        let id = format!(
            "STS.emu{:06}{}",
            self.last,
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        );
        let key = TempKey {
            secret: format!("emu-temp-secret-{}", uuid::Uuid::new_v4().simple()),
            token: format!("emu-security-token-{}", uuid::Uuid::new_v4().simple()),
            expires: now + lifetime,
        };
        let copy = TempKey {
            secret: key.secret.clone(),
            token: key.token.clone(),
            expires: key.expires,
        };
        self.keys.insert(id.clone(), key);
        (id, copy)
    }

    /// Forget what expired a day ago (a key that expired recently is still known, so that
    /// using it is answered `InvalidSecurityToken.Expired`, as Alibaba answers it).
    pub fn settle(&mut self, now: SystemTime) {
        let remembered = Duration::from_secs(24 * 3600);
        self.keys.retain(|_, k| k.expires + remembered > now);
        self.metadata_tokens.retain(|_, exp| *exp > now);
    }
}

fn keys_json(id: &str, key: &TempKey) -> serde_json::Value {
    json!({
        "AccessKeyId": id,
        "AccessKeySecret": key.secret,
        "SecurityToken": key.token,
        "Expiration": rfc3339(key.expires),
    })
}

/// Whether `path` is one of the credential endpoints (besides STS, which is `POST /`).
pub(crate) fn serves(path: &str) -> bool {
    path == METADATA_TOKEN_PATH
        || path.starts_with(METADATA_ROLE_PATH)
        || path == CREDENTIALS_URI_PATH
}

/// Whether the action is an STS action this emulator answers.
pub(crate) fn is_sts_action(action: &str) -> bool {
    matches!(action, "AssumeRole" | "AssumeRoleWithOIDC")
}

/// The metadata service and the credentials URI.
pub(crate) async fn handle_path(shared: Arc<Shared>, req: Request) -> Response {
    let (parts, _body) = req.into_parts();
    let path = parts.uri.path().to_string();
    let now = shared.now();
    let options = shared.options.alibaba().clone();
    let mut state = shared.state::<State>();
    state.credentials.settle(now);
    let text = |status: StatusCode, body: String| {
        let mut r = Response::new(axum::body::Body::from(body));
        *r.status_mut() = status;
        r.headers_mut()
            .insert("content-type", HeaderValue::from_static("text/plain"));
        r
    };
    if path == CREDENTIALS_URI_PATH {
        if parts.method != Method::GET {
            return text(StatusCode::METHOD_NOT_ALLOWED, "GET only".into());
        }
        let (id, key) = state
            .credentials
            .issue(now, options.temporary_lifetime, "uri");
        let mut body = keys_json(&id, &key);
        body["Code"] = json!("Success");
        return super::super::json(StatusCode::OK, &body);
    }
    if path == METADATA_TOKEN_PATH {
        if parts.method != Method::PUT {
            return text(StatusCode::METHOD_NOT_ALLOWED, "PUT only".into());
        }
        let ttl = header(&parts.headers, "x-aliyun-ecs-metadata-token-ttl-seconds")
            .and_then(|v| v.trim().parse::<u64>().ok());
        let Some(ttl) = ttl.filter(|t| (1..=21_600).contains(t)) else {
            return text(
                StatusCode::BAD_REQUEST,
                "X-aliyun-ecs-metadata-token-ttl-seconds must be 1 to 21600".into(),
            );
        };
        let token = format!("emu-metadata-token-{}", uuid::Uuid::new_v4().simple());
        state
            .credentials
            .metadata_tokens
            .insert(token.clone(), now + Duration::from_secs(ttl));
        return text(StatusCode::OK, token);
    }
    // The role and its credentials.
    if parts.method != Method::GET {
        return text(StatusCode::METHOD_NOT_ALLOWED, "GET only".into());
    }
    match header(&parts.headers, "x-aliyun-ecs-metadata-token") {
        Some(t) if !state.credentials.metadata_tokens.contains_key(t) => {
            return text(StatusCode::UNAUTHORIZED, "invalid metadata token".into());
        }
        None if options.metadata_hardened_only => {
            return text(
                StatusCode::FORBIDDEN,
                "this instance requires a metadata session token (hardened mode)".into(),
            );
        }
        _ => {}
    }
    let role = &path[METADATA_ROLE_PATH.len()..];
    if role.is_empty() {
        return text(StatusCode::OK, options.ecs_role.clone());
    }
    if role != options.ecs_role {
        return text(StatusCode::NOT_FOUND, "Not Found".into());
    }
    let (id, key) = state
        .credentials
        .issue(now, options.temporary_lifetime, "ecs");
    let mut body = keys_json(&id, &key);
    body["Code"] = json!("Success");
    body["LastUpdated"] = json!(rfc3339(now));
    super::super::json(StatusCode::OK, &body)
}

/// `AssumeRole` (ACS3-signed by a known key) and `AssumeRoleWithOIDC` (unsigned).
pub(crate) async fn handle_sts(shared: Arc<Shared>, req: Request, action: String) -> Response {
    let (parts, body) = req.into_parts();
    let headers = parts.headers.clone();
    let fail =
        |status: StatusCode, code: &str, message: &str| error(&headers, status, code, message);
    let query: HashMap<String, String> = query_pairs(&parts.uri).into_iter().collect();
    let version = header(&headers, deploykit::sign::acs3::HEADER_VERSION)
        .map(str::to_string)
        .or_else(|| query.get("Version").cloned());
    if version.as_deref() != Some("2015-04-01") {
        return fail(
            StatusCode::BAD_REQUEST,
            "InvalidVersion",
            "Specified parameter Version is not valid: STS is 2015-04-01.",
        );
    }
    let Some(bytes) = read_body(body, crate::MAX_JSON_BODY).await else {
        return fail(
            StatusCode::BAD_REQUEST,
            "InvalidParameter",
            "The request body is too large.",
        );
    };
    if action == "AssumeRole"
        && let Some(r) = super::rejection(&shared, &parts, &bytes)
    {
        return r;
    }
    let options = shared.options.alibaba().clone();
    let p = |k: &str| query.get(k).map(String::as_str).unwrap_or_default();
    let role = p("RoleArn");
    if role.is_empty() {
        return fail(
            StatusCode::BAD_REQUEST,
            "MissingRoleArn",
            "The input parameter \"RoleArn\" that is mandatory for processing this request is not supplied.",
        );
    }
    let session = p("RoleSessionName");
    if session.len() < 2
        || session.len() > 64
        || !session
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._@-".contains(&b))
    {
        return fail(
            StatusCode::BAD_REQUEST,
            "InvalidParameter.RoleSessionName",
            "The parameter RoleSessionName is wrongly formed: 2 to 64 of letters, digits, `.`, `@`, `-` and `_`.",
        );
    }
    let duration = match p("DurationSeconds") {
        "" => 3600,
        d => match d.parse::<u64>() {
            Ok(d) if (900..=options.temporary_lifetime.as_secs().max(900)).contains(&d) => d,
            _ => {
                return fail(
                    StatusCode::BAD_REQUEST,
                    "InvalidParameter.DurationSeconds",
                    "The Min/Max value of DurationSeconds is 15min/the role's maximum session duration.",
                );
            }
        },
    };
    if !options.roles.iter().any(|r| r == role) {
        return fail(
            StatusCode::NOT_FOUND,
            "EntityNotExist.Role",
            "The role not exists.",
        );
    }
    if action == "AssumeRoleWithOIDC" {
        if p("OIDCProviderArn") != options.oidc_provider_arn {
            return fail(
                StatusCode::NOT_FOUND,
                "EntityNotExist.OIDCProvider",
                "The OIDC provider does not exist.",
            );
        }
        if p("OIDCToken") != options.oidc_token {
            return fail(
                StatusCode::BAD_REQUEST,
                "AuthenticationFail.OIDCToken.Invalid",
                "The OIDC token is invalid.",
            );
        }
    }
    let now = shared.now();
    let mut state = shared.state::<State>();
    state.credentials.settle(now);
    let by = if action == "AssumeRole" {
        "AssumeRole"
    } else {
        "AssumeRoleWithOIDC"
    };
    let (id, key) = state
        .credentials
        .issue(now, Duration::from_secs(duration), by);
    let rid = crate::request_id();
    ok(json!({
        "RequestId": rid,
        "AssumedRoleUser": {
            "Arn": format!("{role}/{session}"),
            "AssumedRoleId": format!("3{:017}:{session}", id.len()),
        },
        "Credentials": keys_json(&id, &key),
    }))
}

/// The secret (and, for a temporary key, the token and expiry) of an AccessKey id the
/// emulator knows.
pub(crate) fn secret_of(
    shared: &Shared,
    state: &State,
    id: &str,
) -> Option<(String, Option<(String, SystemTime)>)> {
    let options = shared.options.alibaba();
    if id == options.access_key_id {
        return Some((options.access_key_secret.clone(), None));
    }
    state
        .credentials
        .keys
        .get(id)
        .map(|k| (k.secret.clone(), Some((k.token.clone(), k.expires))))
}

/// The refusal of a request signed with a temporary key whose token is missing, wrong or
/// expired.
pub(crate) fn token_problem(
    headers: &HeaderMap,
    expected: &(String, SystemTime),
    now: SystemTime,
) -> Option<Response> {
    let (token, expires) = expected;
    if *expires <= now {
        return Some(error(
            headers,
            StatusCode::BAD_REQUEST,
            "InvalidSecurityToken.Expired",
            "Specified SecurityToken is expired.",
        ));
    }
    if header(headers, "x-acs-security-token") != Some(token.as_str()) {
        return Some(error(
            headers,
            StatusCode::BAD_REQUEST,
            "InvalidSecurityToken.Mismatch",
            "Specified SecurityToken is not match with the AccessKeyId.",
        ));
    }
    None
}

/// Defaults of the credential endpoints, re-exported in [`defaults`].
pub(crate) fn default_roles() -> Vec<String> {
    vec![defaults::ROLE_ARN.to_string()]
}
