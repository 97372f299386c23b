//! Alibaba Cloud API Gateway (CloudAPI 2016-07-14), RPC style: `POST /` with the action in
//! `x-acs-action` (or `Action` in the query) and every parameter in the query.
//!
//! Requests are authenticated with `ACS3-HMAC-SHA256`, recomputed from the request as received:
//! method, path, the canonical form of the received query, the signed headers and the SHA-256 of
//! the received body. `x-acs-date` must be within 15 minutes of the emulator's clock, and a
//! signature nonce is accepted once (for 15 minutes). One API group with three APIs exists
//! ([`defaults::GROUP_ID`] …).
//!
//! Releases are kept per `(API, stage)` as history versions; the online one is what
//! `DescribeDeployedApis` lists. Batch tasks report `DEPLOYING` / `ABOLISHING` until
//! [`Options::task_delay`] has passed, then take effect and report `SUCCEED` (or `FAILED` for an
//! unknown API).
//!
//! The AccessKey accepted and the task delay are in [`Options`] ([`EmulatorOptions::alibaba`]);
//! the fake AccessKey accepted by default and the resources that exist are in [`defaults`].
//!
//! Credentials are served as Alibaba serves them, on the same address: STS `AssumeRole`
//! (ACS3-signed by a known key, for a role in [`Options::roles`]) and `AssumeRoleWithOIDC`
//! (unsigned, with [`Options::oidc_token`]) as `POST /` actions of version 2015-04-01; the ECS
//! metadata service ([`METADATA_TOKEN_PATH`], [`METADATA_ROLE_PATH`]); a credentials URI
//! ([`CREDENTIALS_URI_PATH`]). The temporary keys they issue are accepted, with their security
//! token, until they expire.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::Request;
use axum::response::Response;
use futures::future::BoxFuture;
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use serde_json::{Value, json};

mod credentials;

pub use credentials::{CREDENTIALS_URI_PATH, METADATA_ROLE_PATH, METADATA_TOKEN_PATH};

use super::provider::{EmulatedProvider, ProviderOptions};
use super::spec::{Operation, Params, Problem, ProblemKind, Spec};
use super::{
    EmulatorBuilder, EmulatorHandle, EmulatorOptions, MAX_JSON_BODY, Provider, Shared, header,
    query_pairs, read_body, request_id, rfc3339, tag,
};
use deploykit::sign::acs3;

/// The AccessKey and resources the emulator knows when nothing else is configured.
///
/// They are fake and public: use them in tests, examples and the release tour.
pub mod defaults {
    /// AccessKey id accepted by default.
    pub const ACCESS_KEY_ID: &str = "LTAI5tEmulatorAccessKey";
    /// AccessKey secret of [`ACCESS_KEY_ID`].
    pub const ACCESS_KEY_SECRET: &str = "emulator-alibaba-access-key-secret";
    /// The RAM role that STS lets a known key (or the OIDC token) assume.
    pub const ROLE_ARN: &str = "acs:ram::1234567890123456:role/deploykit-emulator";
    /// The OIDC identity provider `AssumeRoleWithOIDC` accepts.
    pub const OIDC_PROVIDER_ARN: &str = "acs:ram::1234567890123456:oidc-provider/emulator-ci";
    /// The OIDC token `AssumeRoleWithOIDC` accepts.
    pub const OIDC_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.emulator-ci-oidc-token.c2lnbmF0dXJl";
    /// The RAM role attached to the emulated ECS instance.
    pub const ECS_ROLE: &str = "EmulatorEcsRole";
    /// The API group that exists.
    pub const GROUP_ID: &str = "emu0group0000000000000000000001";
    /// The APIs of [`GROUP_ID`], `(api id, name, path, method)`.
    pub const APIS: [(&str, &str, &str, &str); 3] = [
        (
            "emu0api00000000000000000000001",
            "ListOrders",
            "/orders",
            "GET",
        ),
        (
            "emu0api00000000000000000000002",
            "CreateOrder",
            "/orders",
            "POST",
        ),
        (
            "emu0api00000000000000000000003",
            "GetOrder",
            "/orders/[id]",
            "GET",
        ),
    ];
}

/// What the emulated Alibaba Cloud API Gateway accepts, and how long its tasks take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// AccessKey id (default: [`defaults::ACCESS_KEY_ID`]).
    pub access_key_id: String,
    /// AccessKey secret (default: [`defaults::ACCESS_KEY_SECRET`]).
    pub access_key_secret: String,
    /// How long a batch task reports `DEPLOYING` / `ABOLISHING` (default 2 s).
    pub task_delay: Duration,
    /// The RAM roles STS lets a caller assume (default: [`defaults::ROLE_ARN`]).
    pub roles: Vec<String>,
    /// The OIDC provider `AssumeRoleWithOIDC` accepts (default [`defaults::OIDC_PROVIDER_ARN`]).
    pub oidc_provider_arn: String,
    /// The OIDC token `AssumeRoleWithOIDC` accepts (default [`defaults::OIDC_TOKEN`]).
    pub oidc_token: String,
    /// The RAM role of the emulated ECS instance (default [`defaults::ECS_ROLE`]).
    pub ecs_role: String,
    /// The metadata service answers only requests with a session token (hardened mode only).
    pub metadata_hardened_only: bool,
    /// How long the keys of the metadata service and the credentials URI last, and the longest
    /// STS session (default 1 hour).
    pub temporary_lifetime: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            access_key_id: defaults::ACCESS_KEY_ID.to_string(),
            access_key_secret: defaults::ACCESS_KEY_SECRET.to_string(),
            task_delay: Duration::from_secs(2),
            roles: credentials::default_roles(),
            oidc_provider_arn: defaults::OIDC_PROVIDER_ARN.to_string(),
            oidc_token: defaults::OIDC_TOKEN.to_string(),
            ecs_role: defaults::ECS_ROLE.to_string(),
            metadata_hardened_only: false,
            temporary_lifetime: Duration::from_secs(3600),
        }
    }
}

impl EmulatorOptions {
    /// The options of the emulated Alibaba Cloud API Gateway.
    pub fn alibaba(&self) -> &Options {
        self.provider()
    }

    /// The options of the emulated Alibaba Cloud API Gateway, to change.
    pub fn alibaba_mut(&mut self) -> &mut Options {
        self.provider_mut()
    }
}

impl EmulatorBuilder {
    /// Accept this Alibaba AccessKey id and secret.
    pub fn alibaba_keys(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        let options = self.options.alibaba_mut();
        options.access_key_id = id.into();
        options.access_key_secret = secret.into();
        self
    }

    /// How long Alibaba batch tasks run (default 2 s).
    pub fn alibaba_task_delay(mut self, delay: Duration) -> Self {
        self.options.alibaba_mut().task_delay = delay;
        self
    }
}

impl EmulatorHandle {
    /// The Alibaba endpoint (API Gateway and STS).
    pub fn alibaba_url(&self) -> String {
        self.base_url.clone()
    }

    /// The emulated ECS metadata service (as `ALIBABA_CLOUD_ECS_METADATA_HOST`).
    pub fn alibaba_metadata_url(&self) -> String {
        self.base_url.clone()
    }

    /// The emulated credentials URI (as `ALIBABA_CLOUD_CREDENTIALS_URI`).
    pub fn alibaba_credentials_uri(&self) -> String {
        format!("{}{CREDENTIALS_URI_PATH}", self.base_url)
    }

    /// How many times credentials were issued by `endpoint`: `AssumeRole`,
    /// `AssumeRoleWithOIDC`, `ecs` (the metadata service) or `uri`.
    pub fn alibaba_credentials_issued(&self, endpoint: &str) -> usize {
        self.shared
            .state::<State>()
            .credentials
            .issued
            .get(endpoint)
            .copied()
            .unwrap_or(0)
    }
}

/// Alibaba in the registry.
pub(crate) struct Alibaba;

impl EmulatedProvider for Alibaba {
    fn name(&self) -> &'static str {
        "alibaba"
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["aliyun"]
    }

    fn label(&self) -> &'static str {
        "Alibaba"
    }

    fn spec_json(&self) -> &'static str {
        deploykit::generated::alibaba_cloudapi::SPEC_JSON
    }

    fn error_schema(&self) -> &'static str {
        "ErrorResponse"
    }

    fn serves(&self, path: &str) -> bool {
        path == "/" || credentials::serves(path)
    }

    /// By the action (`x-acs-action`, else `Action` in the query): every action is `POST /`.
    fn operation(
        &self,
        spec: &'static Spec,
        _method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
    ) -> Option<&'static Operation> {
        action(headers, uri).and_then(|a| spec.op_for_action(&a))
    }

    fn handle(&self, shared: Arc<Shared>, req: Request) -> BoxFuture<'static, Response> {
        Box::pin(handle(shared, req))
    }

    fn throttled(
        &self,
        _shared: &Shared,
        headers: &HeaderMap,
        retry_after: Duration,
        variant: u64,
    ) -> Response {
        throttled(headers, retry_after, variant)
    }

    fn server_error(&self, _shared: &Shared, headers: &HeaderMap, variant: u64) -> Response {
        server_error(headers, variant)
    }

    fn default_options(&self) -> Box<dyn ProviderOptions> {
        Box::new(Options::default())
    }

    fn new_state(
        &self,
        _options: &EmulatorOptions,
        _now: SystemTime,
    ) -> Box<dyn Any + Send + Sync> {
        Box::new(Mutex::new(State::new()))
    }

    fn describe(&self, options: &EmulatorOptions, base_url: &str) -> Vec<String> {
        let o = options.alibaba();
        vec![
            format!("endpoint {base_url}"),
            format!(
                "AccessKey id {} / secret {}",
                o.access_key_id, o.access_key_secret
            ),
            format!(
                "group {} / APIs {}",
                defaults::GROUP_ID,
                defaults::APIS
                    .iter()
                    .map(|(id, name, _, _)| format!("{id} ({name})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!(
                "STS {base_url} (AssumeRole to {}; AssumeRoleWithOIDC with {} and token {})",
                o.roles.first().map_or("(none)", String::as_str),
                o.oidc_provider_arn,
                o.oidc_token
            ),
            format!(
                "ECS metadata {base_url} (role {}), credentials URI {base_url}{CREDENTIALS_URI_PATH}",
                o.ecs_role
            ),
        ]
    }

    fn env(&self, options: &EmulatorOptions, _base_url: &str) -> String {
        let o = options.alibaba();
        format!(
            "export ALIBABA_CLOUD_ACCESS_KEY_ID={} ALIBABA_CLOUD_ACCESS_KEY_SECRET={}",
            o.access_key_id, o.access_key_secret
        )
    }
}

/// Alibaba's spec.
fn spec() -> &'static Spec {
    Provider::Alibaba.spec()
}

/// How far `x-acs-date` may be from the emulator's clock, and how long a nonce is remembered.
const WINDOW: Duration = Duration::from_secs(15 * 60);
/// The region reported in answers.
const REGION: &str = "cn-hangzhou";
/// The API group's name.
const GROUP_NAME: &str = "emulator-orders";
/// Success text of a task item.
const TASK_OK: &str = "Success. Request Success.";

/// Alibaba's state: releases per `(api id, stage)`, tasks, and the nonces seen.
pub(crate) struct State {
    credentials: credentials::CredentialState,
    releases: HashMap<(String, String), Releases>,
    tasks: HashMap<String, Task>,
    nonces: HashMap<String, SystemTime>,
    last_version: u64,
}

#[derive(Default)]
struct Releases {
    /// Oldest first.
    history: Vec<Release>,
    /// The history version in effect, if the API is published in the stage.
    online: Option<String>,
}

#[derive(Clone)]
struct Release {
    version: String,
    description: String,
    time: SystemTime,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TaskKind {
    Deploy,
    Abolish,
}

struct Task {
    kind: TaskKind,
    created: SystemTime,
    description: String,
    items: Vec<TaskItem>,
    applied: bool,
}

struct TaskItem {
    api_id: String,
    group_id: String,
    stage: String,
    /// Why the item fails, if it does.
    failure: Option<String>,
}

impl State {
    fn new() -> Self {
        Self {
            credentials: credentials::CredentialState::default(),
            releases: HashMap::new(),
            tasks: HashMap::new(),
            nonces: HashMap::new(),
            last_version: 0,
        }
    }

    /// A new history version, `yyyyMMddHHmmssSSS`, strictly increasing.
    fn next_version(&mut self, now: SystemTime) -> String {
        let stamp: u64 = chrono::DateTime::<chrono::Utc>::from(now)
            .format("%Y%m%d%H%M%S%3f")
            .to_string()
            .parse()
            .unwrap_or(0);
        self.last_version = stamp.max(self.last_version + 1);
        self.last_version.to_string()
    }

    fn publish(&mut self, api_id: &str, stage: &str, description: &str, now: SystemTime) {
        let version = self.next_version(now);
        let releases = self
            .releases
            .entry((api_id.to_string(), stage.to_string()))
            .or_default();
        releases.history.push(Release {
            version: version.clone(),
            description: description.to_string(),
            time: now,
        });
        releases.online = Some(version);
    }

    /// Unpublishes; false when the API was not published in the stage.
    fn abolish(&mut self, api_id: &str, stage: &str) -> bool {
        match self
            .releases
            .get_mut(&(api_id.to_string(), stage.to_string()))
        {
            Some(r) if r.online.is_some() => {
                r.online = None;
                true
            }
            _ => false,
        }
    }

    fn is_online(&self, api_id: &str, stage: &str) -> bool {
        self.releases
            .get(&(api_id.to_string(), stage.to_string()))
            .is_some_and(|r| r.online.is_some())
    }

    /// Applies the tasks whose delay has passed.
    fn settle(&mut self, now: SystemTime, delay: Duration) {
        let due: Vec<String> = self
            .tasks
            .iter()
            .filter(|(_, t)| !t.applied && t.created + delay <= now)
            .map(|(id, _)| id.clone())
            .collect();
        for id in due {
            let Some(task) = self.tasks.get_mut(&id) else {
                continue;
            };
            task.applied = true;
            let kind = task.kind;
            let description = task.description.clone();
            let work: Vec<(String, String)> = task
                .items
                .iter()
                .filter(|i| i.failure.is_none())
                .map(|i| (i.api_id.clone(), i.stage.clone()))
                .collect();
            for (api_id, stage) in work {
                match kind {
                    TaskKind::Deploy => self.publish(&api_id, &stage, &description, now),
                    TaskKind::Abolish => {
                        self.abolish(&api_id, &stage);
                    }
                }
            }
        }
        self.nonces.retain(|_, seen| *seen + WINDOW > now);
    }
}

fn api(api_id: &str) -> Option<(&'static str, &'static str, &'static str, &'static str)> {
    defaults::APIS
        .iter()
        .find(|(id, ..)| *id == api_id)
        .copied()
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// `{RequestId, HostId, Code, Message, Recommend}` with `x-acs-request-id`.
fn error(headers: &HeaderMap, status: StatusCode, code: &str, message: &str) -> Response {
    let id = request_id();
    let host = header(headers, "host").unwrap_or("apigateway.cn-hangzhou.aliyuncs.com");
    let mut r = super::json(
        status,
        &json!({
            "RequestId": id,
            "HostId": host,
            "Code": code,
            "Message": message,
            "Recommend": format!("https://api.aliyun.com/troubleshoot?q={code}&product=CloudAPI&requestId={id}"),
        }),
    );
    if let Ok(v) = HeaderValue::from_str(&id) {
        r.headers_mut().insert("x-acs-request-id", v);
    }
    r
}

fn ok(value: Value) -> Response {
    let id = value
        .get("RequestId")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let mut r = super::json(StatusCode::OK, &value);
    if let Ok(v) = HeaderValue::from_str(&id) {
        r.headers_mut().insert("x-acs-request-id", v);
    }
    r
}

fn invalid(headers: &HeaderMap, problems: &[Problem]) -> Response {
    let first = &problems[0];
    let (code, message) = match first.kind {
        ProblemKind::Missing => (
            "MissingParameter",
            format!(
                "The input parameter \"{}\" that is mandatory for processing this request is not supplied.",
                first.field_name()
            ),
        ),
        _ => (
            "InvalidParameter",
            format!(
                "The specified parameter \"{}\" is not valid: {}",
                first.field_name(),
                problems
                    .iter()
                    .map(|p| p.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        ),
    };
    error(headers, StatusCode::BAD_REQUEST, code, &message)
}

/// Fault injection: `Throttling.User` with `Retry-After` (seconds) and `x-acs-retry-after`
/// (milliseconds); Alibaba answers throttling with 400 or 503, `variant` picks which.
fn throttled(headers: &HeaderMap, retry_after: Duration, variant: u64) -> Response {
    let status = if variant.is_multiple_of(2) {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut r = error(
        headers,
        status,
        "Throttling.User",
        "Request was denied due to user flow control.",
    );
    if let Ok(v) = HeaderValue::from_str(&retry_after.as_millis().to_string()) {
        r.headers_mut().insert("x-acs-retry-after", v);
    }
    if let Ok(v) = HeaderValue::from_str(&retry_after.as_secs_f64().ceil().to_string()) {
        r.headers_mut().insert("retry-after", v);
    }
    r
}

/// Fault injection: a 5xx answer.
fn server_error(headers: &HeaderMap, variant: u64) -> Response {
    if variant.is_multiple_of(2) {
        error(
            headers,
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            "The request processing has failed due to some unknown error.",
        )
    } else {
        error(
            headers,
            StatusCode::SERVICE_UNAVAILABLE,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.",
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------------------------

/// The action of a request: `x-acs-action`, else `Action` in the query.
fn action(headers: &HeaderMap, uri: &Uri) -> Option<String> {
    header(headers, acs3::HEADER_ACTION)
        .map(str::to_string)
        .or_else(|| {
            query_pairs(uri)
                .into_iter()
                .find(|(k, _)| k == "Action")
                .map(|(_, v)| v)
        })
}

/// The parts of `Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…`.
struct Authorization {
    credential: String,
    signed_headers: String,
    signature: String,
}

fn parse_authorization(value: &str) -> Option<Authorization> {
    let rest = value.strip_prefix(acs3::ALGORITHM)?.trim_start();
    let mut fields: HashMap<&str, &str> = HashMap::new();
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        fields.insert(k, v);
    }
    Some(Authorization {
        credential: fields.get("Credential")?.to_string(),
        signed_headers: fields.get("SignedHeaders")?.to_string(),
        signature: fields.get("Signature")?.to_string(),
    })
}

/// Verifies the `ACS3-HMAC-SHA256` signature, then uses up the nonce: the error answer when the
/// request is refused.
fn rejection(shared: &Shared, parts: &http::request::Parts, body: &[u8]) -> Option<Response> {
    let headers = &parts.headers;
    let fail =
        |status: StatusCode, code: &str, message: &str| error(headers, status, code, message);
    let Some(auth) = header(headers, "authorization").and_then(parse_authorization) else {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "IncompleteSignature",
            "The request signature does not conform to Aliyun standards: send Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=….",
        ));
    };
    let options = shared.options.alibaba();
    let known = {
        let mut state = shared.state::<State>();
        state.credentials.settle(shared.now());
        credentials::secret_of(shared, &state, &auth.credential)
    };
    let Some((secret, temporary)) = known else {
        return Some(fail(
            StatusCode::NOT_FOUND,
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
        ));
    };
    if let Some(expected) = &temporary
        && let Some(r) = credentials::token_problem(headers, expected, shared.now())
    {
        return Some(r);
    }
    let signed: Vec<&str> = auth.signed_headers.split(';').collect();
    for required in ["host", acs3::HEADER_DATE, acs3::HEADER_SIGNATURE_NONCE] {
        if !signed.contains(&required) {
            return Some(fail(
                StatusCode::BAD_REQUEST,
                "IncompleteSignature",
                &format!(
                    "The request signature does not conform to Aliyun standards: `{required}` must be signed."
                ),
            ));
        }
    }
    let Some(date) = header(headers, acs3::HEADER_DATE) else {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "MissingParameter",
            "The input parameter \"x-acs-date\" that is mandatory for processing this request is not supplied.",
        ));
    };
    let Ok(date) = chrono::NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%SZ") else {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted (expected yyyy-MM-ddTHH:mm:ssZ).",
        ));
    };
    let date = SystemTime::from(date.and_utc());
    let now = shared.now();
    let skew = now
        .duration_since(date)
        .or_else(|_| date.duration_since(now))
        .unwrap_or_default();
    if skew > WINDOW {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
        ));
    }
    let Some(nonce) = header(headers, acs3::HEADER_SIGNATURE_NONCE).filter(|n| !n.is_empty())
    else {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "MissingSignatureNonce",
            "The input parameter \"x-acs-signature-nonce\" that is mandatory for processing this request is not supplied.",
        ));
    };

    // Recompute from the request as received.
    let pairs = query_pairs(&parts.uri);
    let borrowed: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let query = acs3::canonical_query(&borrowed);
    let mut signed_values: Vec<(String, String)> = Vec::new();
    for name in &signed {
        let values: Vec<&str> = headers
            .get_all(*name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        if values.is_empty() {
            return Some(fail(
                StatusCode::FORBIDDEN,
                "SignatureDoesNotMatch",
                &format!(
                    "Specified signature does not match our calculation: the signed header `{name}` is not in the request."
                ),
            ));
        }
        signed_values.push((name.to_string(), values.join(",")));
    }
    let header_refs: Vec<(&str, &str)> = signed_values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let canonical = acs3::canonical_request(
        parts.method.as_str(),
        parts.uri.path(),
        &query,
        &header_refs,
        &acs3::hashed_payload(body),
    );
    let string_to_sign = acs3::string_to_sign(&canonical.canonical);
    let expected = acs3::signature(secret.as_bytes(), &string_to_sign);
    if canonical.signed_headers != auth.signed_headers || expected != auth.signature {
        return Some(fail(
            StatusCode::FORBIDDEN,
            "SignatureDoesNotMatch",
            &format!(
                "Specified signature does not match our calculation. Server string to sign is:{string_to_sign}"
            ),
        ));
    }
    let mut state = shared.state::<State>();
    state.settle(now, options.task_delay);
    if state.nonces.contains_key(nonce) {
        return Some(fail(
            StatusCode::BAD_REQUEST,
            "SignatureNonceUsed",
            "Specified signature nonce was used already.",
        ));
    }
    state.nonces.insert(nonce.to_string(), now);
    None
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

/// `POST /` (and `GET /`): every action.
async fn handle(shared: Arc<Shared>, req: Request) -> Response {
    if req.uri().path() != "/" {
        return credentials::handle_path(shared, req).await;
    }
    if let Some(a) = action(req.headers(), req.uri()).filter(|a| credentials::is_sts_action(a)) {
        return credentials::handle_sts(shared, req, a).await;
    }
    let (parts, body) = req.into_parts();
    let headers = &parts.headers;
    let spec = spec();
    let Some(op) = action(headers, &parts.uri).and_then(|a| spec.op_for_action(&a)) else {
        return tag(
            error(
                headers,
                StatusCode::NOT_FOUND,
                "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method.",
            ),
            Provider::Alibaba,
            None,
        );
    };
    let id = Some(op.id.as_str());
    let version = header(headers, acs3::HEADER_VERSION)
        .map(str::to_string)
        .or_else(|| {
            query_pairs(&parts.uri)
                .into_iter()
                .find(|(k, _)| k == "Version")
                .map(|(_, v)| v)
        });
    if version != op.version {
        let r = error(
            headers,
            StatusCode::BAD_REQUEST,
            "InvalidVersion",
            &format!(
                "Specified parameter Version is not valid: this emulator serves {}.",
                op.version.as_deref().unwrap_or("")
            ),
        );
        return tag(r, Provider::Alibaba, id);
    }
    if parts.method != http::Method::POST && parts.method != http::Method::GET {
        let r = error(
            headers,
            StatusCode::BAD_REQUEST,
            "UnsupportedHTTPMethod",
            "This action supports POST and GET only.",
        );
        return tag(r, Provider::Alibaba, id);
    }
    let Some(bytes) = read_body(body, MAX_JSON_BODY).await else {
        return tag(
            error(
                headers,
                StatusCode::BAD_REQUEST,
                "InvalidParameter",
                "The request body is too large.",
            ),
            Provider::Alibaba,
            id,
        );
    };
    if let Some(r) = rejection(&shared, &parts, &bytes) {
        return tag(r, Provider::Alibaba, id);
    }
    let params = match spec.validate_params(op, &HashMap::new(), &query_pairs(&parts.uri)) {
        Ok(p) => p,
        Err(problems) => return tag(invalid(headers, &problems), Provider::Alibaba, id),
    };
    let now = shared.now();
    let delay = shared.options.alibaba().task_delay;
    let mut state = shared.state::<State>();
    state.settle(now, delay);
    let response = run(&mut state, &op.id, &params, headers, now, delay);
    tag(response, Provider::Alibaba, id)
}

fn run(
    state: &mut State,
    op: &str,
    params: &Params,
    headers: &HeaderMap,
    now: SystemTime,
    delay: Duration,
) -> Response {
    let rid = request_id();
    let p = |name: &str| params.query_str(name).unwrap_or_default();
    let api_id = p("ApiId");
    let stage = p("StageName");
    let unknown_api = || {
        error(
            headers,
            StatusCode::NOT_FOUND,
            "NotFoundApi",
            &format!(
                "Specified API `{}` is not found.",
                params.query_str("ApiId").unwrap_or_default()
            ),
        )
    };
    let wrong_group = |given: Option<String>| given.is_some_and(|g| g != defaults::GROUP_ID);
    match op {
        "deploy_api" => {
            if api(&api_id).is_none() || wrong_group(params.query_str("GroupId")) {
                return unknown_api();
            }
            state.publish(&api_id, &stage, &p("Description"), now);
            ok(json!({"RequestId": rid}))
        }
        "abolish_api" => {
            if api(&api_id).is_none() || wrong_group(params.query_str("GroupId")) {
                return unknown_api();
            }
            if !state.abolish(&api_id, &stage) {
                return error(
                    headers,
                    StatusCode::NOT_FOUND,
                    "NotFoundDeployedApi",
                    &format!("The API `{api_id}` is not published in the {stage} stage."),
                );
            }
            ok(json!({"RequestId": rid}))
        }
        "batch_deploy_apis" | "batch_abolish_apis" => {
            let kind = if op == "batch_deploy_apis" {
                TaskKind::Deploy
            } else {
                TaskKind::Abolish
            };
            let list = params
                .query
                .get("Api")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let items = list
                .iter()
                .map(|item| {
                    let field = |n: &str| {
                        item.get(n)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string()
                    };
                    let api_id = field("ApiUid");
                    let group_id = field("GroupId");
                    let item_stage = match kind {
                        TaskKind::Deploy => stage.clone(),
                        TaskKind::Abolish => {
                            let s = field("StageName");
                            if s.is_empty() {
                                "RELEASE".to_string()
                            } else {
                                s
                            }
                        }
                    };
                    let failure = if api(&api_id).is_none() || group_id != defaults::GROUP_ID {
                        Some(format!(
                            "Specified API `{api_id}` is not found in group `{group_id}`."
                        ))
                    } else if kind == TaskKind::Abolish && !state.is_online(&api_id, &item_stage) {
                        Some(format!(
                            "The API `{api_id}` is not published in the {item_stage} stage."
                        ))
                    } else {
                        None
                    };
                    TaskItem {
                        api_id,
                        group_id,
                        stage: item_stage,
                        failure,
                    }
                })
                .collect();
            let operation_id = uuid::Uuid::new_v4().simple().to_string();
            state.tasks.insert(
                operation_id.clone(),
                Task {
                    kind,
                    created: now,
                    description: p("Description"),
                    items,
                    applied: false,
                },
            );
            state.settle(now, delay);
            ok(json!({"RequestId": rid, "OperationId": operation_id}))
        }
        "describe_deploy_api_task" | "describe_abolish_api_task" => {
            let kind = if op == "describe_deploy_api_task" {
                TaskKind::Deploy
            } else {
                TaskKind::Abolish
            };
            let uid = p("OperationUid");
            let Some(task) = state.tasks.get(&uid).filter(|t| t.kind == kind) else {
                return error(
                    headers,
                    StatusCode::NOT_FOUND,
                    "NotFoundOperation",
                    &format!("Specified operation `{uid}` is not found."),
                );
            };
            let results: Vec<Value> = task
                .items
                .iter()
                .map(|i| {
                    let status = match (&i.failure, task.applied, kind) {
                        (Some(_), true, _) => "FAILED",
                        (_, false, TaskKind::Deploy) => "DEPLOYING",
                        (_, false, TaskKind::Abolish) => "ABOLISHING",
                        (None, true, _) => "SUCCEED",
                    };
                    let message = match (&i.failure, task.applied) {
                        (Some(f), true) => f.as_str(),
                        (_, false) => "",
                        (None, true) => TASK_OK,
                    };
                    match kind {
                        TaskKind::Deploy => json!({
                            "ApiUid": i.api_id,
                            "GroupId": i.group_id,
                            "StageName": i.stage,
                            "DeployedStatus": status,
                            "ErrorMsg": message,
                        }),
                        TaskKind::Abolish => json!({
                            "ApiUid": i.api_id,
                            "ApiName": api(&i.api_id).map(|a| a.1).unwrap_or_default(),
                            "GroupId": i.group_id,
                            "GroupName": GROUP_NAME,
                            "StageId": stage_id(&i.stage),
                            "StageName": i.stage,
                            "AbolishStatus": status,
                            "ErrorMsg": message,
                        }),
                    }
                })
                .collect();
            match kind {
                TaskKind::Deploy => {
                    ok(json!({"RequestId": rid, "DeployedResults": {"DeployedResult": results}}))
                }
                TaskKind::Abolish => ok(
                    json!({"RequestId": rid, "ApiAbolishResults": {"ApiAbolishResult": results}}),
                ),
            }
        }
        "describe_deployed_apis" => {
            let filter = |name: &str| params.query_str(name);
            let mut items = Vec::new();
            for ((id, name, path, method), stage, releases) in published(state, params) {
                let Some(online) = releases
                    .online
                    .as_ref()
                    .and_then(|v| releases.history.iter().find(|r| r.version == *v))
                else {
                    continue;
                };
                let keep = filter("GroupId").is_none_or(|g| g == defaults::GROUP_ID)
                    && filter("ApiPath").is_none_or(|p| path.contains(p.as_str()))
                    && filter("ApiMethod").is_none_or(|m| m.eq_ignore_ascii_case(method));
                if keep {
                    items.push(json!({
                        "RegionId": REGION,
                        "GroupId": defaults::GROUP_ID,
                        "GroupName": GROUP_NAME,
                        "StageName": stage,
                        "ApiId": id,
                        "ApiName": name,
                        "ApiPath": path,
                        "ApiMethod": method,
                        "Visibility": "PRIVATE",
                        "Description": online.description,
                        "DeployedTime": rfc3339(online.time),
                    }));
                }
            }
            let (page, size, total, items) = paginate(
                items,
                params.query_i64("PageNumber"),
                params.query_i64("PageSize"),
            );
            ok(json!({
                "RequestId": rid,
                "TotalCount": total,
                "PageSize": size,
                "PageNumber": page,
                "DeployedApis": {"DeployedApiItem": items},
            }))
        }
        "describe_history_apis" => {
            if p("GroupId") != defaults::GROUP_ID {
                return error(
                    headers,
                    StatusCode::NOT_FOUND,
                    "NotFoundApiGroup",
                    "Specified group is not found.",
                );
            }
            let mut items = Vec::new();
            for ((id, name, _, _), stage, releases) in published(state, params) {
                for r in releases.history.iter().rev() {
                    let online = releases.online.as_deref() == Some(r.version.as_str());
                    items.push(json!({
                        "RegionId": REGION,
                        "GroupId": defaults::GROUP_ID,
                        "GroupName": GROUP_NAME,
                        "StageName": stage,
                        "StageAlias": stage_alias(stage),
                        "ApiId": id,
                        "ApiName": name,
                        "Description": r.description,
                        "HistoryVersion": r.version,
                        "Status": if online { "ONLINE" } else { "OFFLINE" },
                        "DeployedTime": rfc3339(r.time),
                    }));
                }
            }
            // PageNumber and PageSize are strings in this action's reference.
            let number = params.query_str("PageNumber").and_then(|s| s.parse().ok());
            let size = params.query_str("PageSize").and_then(|s| s.parse().ok());
            let (page, size, total, items) = paginate(items, number, size);
            ok(json!({
                "RequestId": rid,
                "TotalCount": total,
                "PageSize": size,
                "PageNumber": page,
                "ApiHisItems": {"ApiHisItem": items},
            }))
        }
        "describe_deployed_api" | "describe_api_history" => {
            let Some((id, name, path, method)) = api(&api_id) else {
                return unknown_api();
            };
            let releases = state.releases.get(&(api_id.clone(), stage.clone()));
            let version = if op == "describe_deployed_api" {
                releases.and_then(|r| r.online.clone())
            } else {
                params.query_str("HistoryVersion")
            };
            let Some((release, online)) = releases.and_then(|r| {
                let v = version.as_ref()?;
                let release = r.history.iter().find(|h| &h.version == v)?;
                Some((release.clone(), r.online.as_ref() == Some(v)))
            }) else {
                return error(
                    headers,
                    StatusCode::NOT_FOUND,
                    if op == "describe_deployed_api" {
                        "NotFoundDeployedApi"
                    } else {
                        "NotFoundApiHistory"
                    },
                    &format!("The API `{api_id}` has no such release in the {stage} stage."),
                );
            };
            let mut body = json!({
                "RequestId": rid,
                "RegionId": REGION,
                "GroupId": defaults::GROUP_ID,
                "GroupName": GROUP_NAME,
                "StageName": stage,
                "ApiId": id,
                "ApiName": name,
                "Description": release.description,
                "Visibility": "PRIVATE",
                "AuthType": "APP",
                "AllowSignatureMethod": "HmacSHA256",
                "ForceNonceCheck": false,
                "DisableInternet": false,
                "DeployedTime": rfc3339(release.time),
                "ResultType": "JSON",
                "ResultSample": "{\"orders\":[]}",
                "FailResultSample": "{\"errorCode\":\"fail\"}",
                "RequestConfig": {
                    "RequestProtocol": "HTTP,HTTPS",
                    "RequestHttpMethod": method,
                    "RequestPath": path,
                    "RequestMode": "PASSTHROUGH",
                    "BodyFormat": "FORM",
                },
                "ServiceConfig": {
                    "ServiceProtocol": "HTTP",
                    "ServiceAddress": "http://orders.internal.example.com:8080",
                    "ServicePath": path,
                    "ServiceHttpMethod": method,
                    "ServiceTimeout": 10000,
                    "ServiceVpcEnable": "FALSE",
                    "Mock": "FALSE",
                },
            });
            if op == "describe_api_history" {
                body["HistoryVersion"] = json!(release.version);
                body["Status"] = json!(if online { "ONLINE" } else { "OFFLINE" });
            }
            ok(body)
        }
        "switch_api" => {
            if api(&api_id).is_none() || wrong_group(params.query_str("GroupId")) {
                return unknown_api();
            }
            let version = p("HistoryVersion");
            match state.releases.get_mut(&(api_id.clone(), stage.clone())) {
                Some(r) if r.history.iter().any(|h| h.version == version) => {
                    r.online = Some(version);
                    ok(json!({"RequestId": rid}))
                }
                _ => error(
                    headers,
                    StatusCode::NOT_FOUND,
                    "NotFoundApiHistory",
                    &format!(
                        "The API `{api_id}` has no history version `{version}` in the {stage} stage."
                    ),
                ),
            }
        }
        _ => error(
            headers,
            StatusCode::NOT_FOUND,
            "InvalidAction.NotFound",
            "Specified api is not found.",
        ),
    }
}

type ApiRow = (&'static str, &'static str, &'static str, &'static str);

/// Every (API, stage, releases) with a release, in a stable order, narrowed by the `StageName`,
/// `ApiId` and `ApiName` filters that the Describe* list actions share.
fn published<'a>(
    state: &'a State,
    params: &'a Params,
) -> impl Iterator<Item = (ApiRow, &'static str, &'a Releases)> + 'a {
    let filter = |name: &str| params.query_str(name);
    defaults::APIS
        .into_iter()
        .flat_map(|api| ["RELEASE", "PRE", "TEST"].map(|stage| (api, stage)))
        .filter_map(move |(api, stage)| {
            let (id, name, _, _) = api;
            let releases = state.releases.get(&(id.to_string(), stage.to_string()))?;
            let keep = filter("StageName").is_none_or(|s| s == stage)
                && filter("ApiId").is_none_or(|a| a == id)
                && filter("ApiName").is_none_or(|n| name.contains(n.as_str()));
            keep.then_some((api, stage, releases))
        })
}

fn stage_id(stage: &str) -> String {
    format!("emu0stage0{}", stage.to_ascii_lowercase())
}

fn stage_alias(stage: &str) -> &'static str {
    match stage {
        "RELEASE" => "Production",
        "PRE" => "Pre-release",
        _ => "Test",
    }
}

/// One page (numbers from 1, default size 10): `(page, size, total, items)`.
fn paginate(
    items: Vec<Value>,
    page: Option<i64>,
    size: Option<i64>,
) -> (i64, i64, usize, Vec<Value>) {
    let page = page.unwrap_or(1).max(1);
    let size = size.unwrap_or(10).max(1);
    let total = items.len();
    let skip = usize::try_from((page - 1).saturating_mul(size)).unwrap_or(usize::MAX);
    let take = usize::try_from(size).unwrap_or(usize::MAX);
    (
        page,
        size,
        total,
        items.into_iter().skip(skip).take(take).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_loads_with_its_operations() {
        assert_eq!(spec().ops.len(), 11);
        assert_eq!(
            spec().op_for_action("DeployApi").map(|o| o.id.as_str()),
            Some("deploy_api")
        );
    }

    #[test]
    fn repeat_lists_are_rebuilt() {
        let s = spec();
        let op = s.op("batch_deploy_apis").unwrap();
        let q: Vec<(String, String)> = [
            ("Api.2.ApiUid", "b"),
            ("Api.2.GroupId", "g"),
            ("Api.1.ApiUid", "a"),
            ("Api.1.GroupId", "g"),
            ("StageName", "RELEASE"),
            ("Description", "d"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let p = s.validate_params(op, &HashMap::new(), &q).unwrap();
        assert_eq!(
            p.query["Api"],
            json!([{"ApiUid": "a", "GroupId": "g"}, {"ApiUid": "b", "GroupId": "g"}])
        );
        let missing_group: Vec<(String, String)> = q
            .into_iter()
            .filter(|(k, _)| k != "Api.2.GroupId")
            .collect();
        assert!(
            s.validate_params(op, &HashMap::new(), &missing_group)
                .is_err()
        );
    }
}
