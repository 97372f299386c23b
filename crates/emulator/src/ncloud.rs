//! NAVER Cloud Platform API Gateway (`/api/v1`): API and stage deploys, stages, and the stage
//! deployment history.
//!
//! Requests are authenticated with signature v2, recomputed over `METHOD path?query` exactly as
//! received, the timestamp and the access key; timestamps more than 5 minutes away are refused.
//! Every answer carries a `Date` header from the emulator's clock. One product with one API and two stages
//! exists ([`defaults::PRODUCT_ID`] …); each stage starts with one deployment.
//!
//! The keys accepted are in [`Options`] ([`EmulatorOptions::ncloud`]); the fake ones accepted by
//! default and the resources that exist are in [`defaults`].
//!
//! The metadata API of an NCP server is emulated too, for the server role, as NAVER's Go SDK
//! reads it: `GET` [`SERVER_ROLE_PATH`] names the server's role ([`Options::server_role`]), and
//! `GET` [`SERVER_ROLE_PATH`]`{role}` answers a temporary key
//! (`{"AccessKeyId","SecretAccessKey","Expiration","Code":"Success"}`) that the API Gateway
//! accepts until it expires ([`Options::role_key_lifetime`]); a key used after that is refused
//! with `401` "Authentication Failed".

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::Request;
use axum::response::Response;
use futures::future::BoxFuture;
use http::{HeaderMap, StatusCode};
use serde_json::{Value, json};

use super::provider::{EmulatedProvider, ProviderOptions};
use super::spec::{Match, Operation, Params, Problem, Spec};
use super::{
    EmulatorBuilder, EmulatorHandle, EmulatorOptions, MAX_JSON_BODY, Provider, Shared,
    content_type, empty, header, query_pairs, read_body, rfc3339, tag, unix_millis,
};
use deploykit::sign::ncp;

/// The keys and resources the emulator knows when nothing else is configured.
///
/// They are fake and public: use them in tests, examples and the release tour.
pub mod defaults {
    /// Access key id accepted by default.
    pub const ACCESS_KEY: &str = "ncp_iam_EMULATORACCESSKEY";
    /// Secret key of [`ACCESS_KEY`].
    pub const SECRET_KEY: &str = "emulator-ncp-secret-key";
    /// The product that exists.
    pub const PRODUCT_ID: &str = "emuprod01";
    /// The API of [`PRODUCT_ID`] that exists.
    pub const API_ID: &str = "emuapi01";
    /// The stages of [`API_ID`], `(stage id, stage name)`.
    pub const STAGES: [(&str, &str); 2] = [("emustgdev", "dev"), ("emustgprd", "prod")];
    /// The role of the emulated server, which its metadata API names.
    pub const SERVER_ROLE: &str = "deploykit-emulator-role";
}

/// The path under which the emulated metadata API names the server's role and serves its key.
pub const SERVER_ROLE_PATH: &str = "/latest/meta-data/iam/security-credentials/";

/// What the emulated NCP API Gateway accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Access key id (default: [`defaults::ACCESS_KEY`]).
    pub access_key: String,
    /// Secret key (default: [`defaults::SECRET_KEY`]).
    pub secret_key: String,
    /// The server role the metadata API names (default: [`defaults::SERVER_ROLE`]; empty: the
    /// server has none).
    pub server_role: String,
    /// How long the server role's keys last (default 1 hour).
    pub role_key_lifetime: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            access_key: defaults::ACCESS_KEY.to_string(),
            secret_key: defaults::SECRET_KEY.to_string(),
            server_role: defaults::SERVER_ROLE.to_string(),
            role_key_lifetime: Duration::from_secs(3600),
        }
    }
}

impl EmulatorOptions {
    /// The options of the emulated NCP API Gateway.
    pub fn ncloud(&self) -> &Options {
        self.provider()
    }

    /// The options of the emulated NCP API Gateway, to change.
    pub fn ncloud_mut(&mut self) -> &mut Options {
        self.provider_mut()
    }
}

impl EmulatorBuilder {
    /// Accept this NCP access key and secret key.
    pub fn ncp_keys(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        let options = self.options.ncloud_mut();
        options.access_key = access_key.into();
        options.secret_key = secret_key.into();
        self
    }
}

impl EmulatorHandle {
    /// The NCP API Gateway base URL, `…/api/v1`.
    pub fn ncloud_url(&self) -> String {
        format!("{}/api/v1", self.base_url)
    }

    /// The emulated metadata API of an NCP server (as `NCLOUD_METADATA_API_ENDPOINT`).
    pub fn ncloud_metadata_url(&self) -> String {
        self.base_url.clone()
    }

    /// How many server role keys the emulated metadata API has issued.
    pub fn ncloud_role_keys_issued(&self) -> usize {
        self.shared.state::<State>().role_keys_issued
    }
}

/// NCP in the registry.
pub(crate) struct Ncloud;

impl EmulatedProvider for Ncloud {
    fn name(&self) -> &'static str {
        "ncloud"
    }

    fn aliases(&self) -> &'static [&'static str] {
        &["ncp", "naver"]
    }

    fn label(&self) -> &'static str {
        "NCP"
    }

    fn spec_json(&self) -> &'static str {
        deploykit::generated::ncloud_apigateway::SPEC_JSON
    }

    fn error_schema(&self) -> &'static str {
        "ErrorResponse"
    }

    fn serves(&self, path: &str) -> bool {
        path.strip_prefix("/api/v1/")
            .is_some_and(|rest| !rest.is_empty())
            || path.starts_with(SERVER_ROLE_PATH)
    }

    fn handle(&self, shared: Arc<Shared>, req: Request) -> BoxFuture<'static, Response> {
        Box::pin(handle(shared, req))
    }

    fn throttled(
        &self,
        _shared: &Shared,
        _headers: &HeaderMap,
        retry_after: Duration,
        _variant: u64,
    ) -> Response {
        throttled(retry_after)
    }

    fn server_error(&self, _shared: &Shared, _headers: &HeaderMap, variant: u64) -> Response {
        server_error(variant)
    }

    fn default_options(&self) -> Box<dyn ProviderOptions> {
        Box::new(Options::default())
    }

    fn new_state(&self, _options: &EmulatorOptions, now: SystemTime) -> Box<dyn Any + Send + Sync> {
        Box::new(Mutex::new(State::new(now)))
    }

    fn describe(&self, options: &EmulatorOptions, base_url: &str) -> Vec<String> {
        let o = options.ncloud();
        vec![
            format!("base URL {base_url}/api/v1"),
            format!("access key {} / secret key {}", o.access_key, o.secret_key),
            format!(
                "server role {} from the metadata API {base_url} (NCLOUD_METADATA_API_ENDPOINT)",
                if o.server_role.is_empty() {
                    "(none)"
                } else {
                    o.server_role.as_str()
                }
            ),
            format!(
                "product {} / API {} / stages {}",
                defaults::PRODUCT_ID,
                defaults::API_ID,
                defaults::STAGES
                    .iter()
                    .map(|(id, name)| format!("{id} ({name})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ]
    }

    fn env(&self, options: &EmulatorOptions, _base_url: &str) -> String {
        let o = options.ncloud();
        format!(
            "export NCLOUD_ACCESS_KEY={} NCLOUD_SECRET_KEY={}",
            o.access_key, o.secret_key
        )
    }
}

/// NCP's spec.
fn spec() -> &'static Spec {
    Provider::Ncloud.spec()
}

/// How far a request timestamp may be from the emulator's clock.
const WINDOW: Duration = Duration::from_secs(300);
/// First deployment number handed out.
const FIRST_DEPLOYMENT_NO: i64 = 250_001;

/// NCP's state: the API's stages and their deployment histories.
pub(crate) struct State {
    stages: Vec<Stage>,
    last_no: i64,
    /// The server role's keys: secret key and expiry by access key id.
    role_keys: HashMap<String, (String, SystemTime)>,
    role_keys_issued: usize,
}

struct Stage {
    id: String,
    name: String,
    created: SystemTime,
    deployed: i64,
    /// Oldest first.
    deployments: Vec<StageDeployment>,
}

struct StageDeployment {
    no: i64,
    description: String,
    time: SystemTime,
}

impl State {
    fn new(now: SystemTime) -> Self {
        let mut state = Self {
            stages: Vec::new(),
            last_no: FIRST_DEPLOYMENT_NO - 1,
            role_keys: HashMap::new(),
            role_keys_issued: 0,
        };
        for (id, name) in defaults::STAGES {
            let no = state.next_no();
            state.stages.push(Stage {
                id: id.to_string(),
                name: name.to_string(),
                created: now,
                deployed: no,
                deployments: vec![StageDeployment {
                    no,
                    description: "initial deployment".into(),
                    time: now,
                }],
            });
        }
        state
    }

    fn next_no(&mut self) -> i64 {
        self.last_no += 1;
        self.last_no
    }

    fn stage(&mut self, id: &str) -> Option<&mut Stage> {
        self.stages.iter_mut().find(|s| s.id == id)
    }
}

/// `{"error": {"errorCode", "message", "details"}}`.
fn error(status: StatusCode, code: &str, message: &str, details: &str) -> Response {
    super::json(
        status,
        &json!({"error": {"errorCode": code, "message": message, "details": details}}),
    )
}

fn not_found(details: &str) -> Response {
    error(StatusCode::NOT_FOUND, "300", "Not Found Exception", details)
}

fn unauthorized(details: &str) -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        "200",
        "Authentication Failed",
        details,
    )
}

fn bad_request(problems: &[Problem]) -> Response {
    let details = problems
        .iter()
        .map(|p| format!("{} {}: {}", p.location, p.field_name(), p.message))
        .collect::<Vec<_>>()
        .join("; ");
    error(
        StatusCode::BAD_REQUEST,
        "100",
        "Bad Request Exception",
        &details,
    )
}

/// Fault injection: throttled (`429`, errorCode `410`).
fn throttled(retry_after: Duration) -> Response {
    let mut r = error(
        StatusCode::TOO_MANY_REQUESTS,
        "410",
        "Throttle Limited",
        "The request rate is over the throttle limit.",
    );
    if let Ok(v) = http::HeaderValue::from_str(&retry_after.as_secs_f64().ceil().to_string()) {
        r.headers_mut().insert("retry-after", v);
    }
    r
}

/// Fault injection: a 5xx answer.
fn server_error(variant: u64) -> Response {
    match variant % 3 {
        0 => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            "900",
            "Unexpected Error",
            "An unexpected error occurred.",
        ),
        1 => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "500",
            "Endpoint Error",
            "The endpoint could not be reached.",
        ),
        _ => error(
            StatusCode::GATEWAY_TIMEOUT,
            "510",
            "Endpoint Timeout",
            "The endpoint did not answer in time.",
        ),
    }
}

/// Checks the signature v2 headers of a request: the `401` answer when they do not verify.
fn rejection(shared: &Shared, parts: &http::request::Parts) -> Option<Response> {
    let headers = &parts.headers;
    let get = |name: &str| header(headers, name).filter(|v| !v.is_empty());
    let (Some(timestamp), Some(access_key), Some(signature)) = (
        get(ncp::HEADER_TIMESTAMP),
        get(ncp::HEADER_ACCESS_KEY),
        get(ncp::HEADER_SIGNATURE).or_else(|| get("x-ncp-apigw-signature-v1")),
    ) else {
        return Some(unauthorized(
            "The x-ncp-apigw-timestamp, x-ncp-iam-access-key and x-ncp-apigw-signature-v2 headers are required.",
        ));
    };
    let Ok(timestamp_ms) = timestamp.parse::<u64>() else {
        return Some(unauthorized(
            "x-ncp-apigw-timestamp must be Unix time in milliseconds.",
        ));
    };
    let now = unix_millis(shared.now());
    let skew = now.abs_diff(i64::try_from(timestamp_ms).unwrap_or(i64::MAX));
    if u128::from(skew) > WINDOW.as_millis() {
        return Some(unauthorized(
            "The request timestamp is more than 5 minutes away from the server time.",
        ));
    }
    let credentials = shared.options.ncloud();
    let secret = if access_key == credentials.access_key {
        credentials.secret_key.clone()
    } else {
        let state = shared.state::<State>();
        match state.role_keys.get(access_key) {
            Some((_, expires)) if *expires <= shared.now() => {
                return Some(unauthorized(
                    "The temporary access key of the server role has expired.",
                ));
            }
            Some((secret, _)) => secret.clone(),
            None => return Some(unauthorized("The access key is not valid.")),
        }
    };
    let target = parts.uri.path_and_query().map_or_else(
        || parts.uri.path().to_string(),
        |pq| pq.as_str().to_string(),
    );
    let expected = ncp::NcpSigner::new(access_key, secret.as_bytes()).sign(
        parts.method.as_str(),
        &target,
        timestamp_ms,
    );
    if expected.signature != signature {
        return Some(unauthorized(&format!(
            "The signature does not match. Signed string expected by the server: {:?}",
            ncp::string_to_sign(parts.method.as_str(), &target, timestamp_ms, access_key)
        )));
    }
    None
}

/// The metadata API: the server's role, and the role's key.
fn metadata(shared: &Shared, parts: &http::request::Parts) -> Response {
    let text = |status: StatusCode, body: String| {
        let mut r = Response::new(axum::body::Body::from(body));
        *r.status_mut() = status;
        r.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("text/plain"),
        );
        r
    };
    if parts.method != http::Method::GET {
        return text(StatusCode::METHOD_NOT_ALLOWED, "GET only".into());
    }
    let options = shared.options.ncloud();
    let role = &parts.uri.path()[SERVER_ROLE_PATH.len()..];
    if role.is_empty() {
        return if options.server_role.is_empty() {
            text(StatusCode::NOT_FOUND, "Not Found".into())
        } else {
            text(StatusCode::OK, format!("{}\n", options.server_role))
        };
    }
    if options.server_role.is_empty() || role != options.server_role {
        return text(StatusCode::NOT_FOUND, "Not Found".into());
    }
    let now = shared.now();
    let expires = now + options.role_key_lifetime;
    let mut state = shared.state::<State>();
    // Keys expired a day ago are forgotten.
    state
        .role_keys
        .retain(|_, (_, exp)| *exp + Duration::from_secs(86_400) > now);
    state.role_keys_issued += 1;
    let id = format!(
        "ncp_iam_ROLE{:04}{}",
        state.role_keys_issued,
        &uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase()
    );
    let secret = format!("emu-role-secret-{}", uuid::Uuid::new_v4().simple());
    state
        .role_keys
        .insert(id.clone(), (secret.clone(), expires));
    super::json(
        StatusCode::OK,
        &json!({
            "AccessKeyId": id,
            "SecretAccessKey": secret,
            "Expiration": rfc3339(expires),
            "Code": "Success",
            "Message": "",
        }),
    )
}

/// Every request under `/api/v1/…`, and the metadata API.
async fn handle(shared: Arc<Shared>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    if parts.uri.path().starts_with(SERVER_ROLE_PATH) {
        return metadata(&shared, &parts);
    }
    let spec = spec();
    let (op, raw_path) = match spec.find(&parts.method, parts.uri.path()) {
        Match::Found(op, p) => (op, p),
        Match::WrongMethod => {
            return tag(
                error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "100",
                    "Bad Request Exception",
                    "The method is not allowed on this resource.",
                ),
                Provider::Ncloud,
                None,
            );
        }
        Match::NotFound => {
            return tag(
                not_found("No API Gateway resource has this path."),
                Provider::Ncloud,
                None,
            );
        }
    };
    let mut response = match rejection(&shared, &parts) {
        Some(r) => r,
        None => answer(&shared, op, &parts, &raw_path, body).await,
    };
    // The gateway's clock is the emulator's (a test may move it): its `Date` says so.
    if let Ok(date) = http::HeaderValue::from_str(&httpdate::fmt_http_date(shared.now())) {
        response.headers_mut().insert(http::header::DATE, date);
    }
    tag(response, Provider::Ncloud, Some(op.id.as_str()))
}

async fn answer(
    shared: &Shared,
    op: &'static Operation,
    parts: &http::request::Parts,
    raw_path: &std::collections::HashMap<String, String>,
    body: axum::body::Body,
) -> Response {
    let spec = spec();
    let params = match spec.validate_params(op, raw_path, &query_pairs(&parts.uri)) {
        Ok(p) => p,
        Err(problems) => return bad_request(&problems),
    };
    let body = if op.body.is_some() {
        let Some(bytes) = read_body(body, MAX_JSON_BODY).await else {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "430",
                "Request Entity Too Large",
                "The request body is over the size limit.",
            );
        };
        match spec.validate_body(op, content_type(&parts.headers), &bytes) {
            Ok(v) => v.unwrap_or(Value::Null),
            Err(problems) => return bad_request(&problems),
        }
    } else {
        Value::Null
    };
    if params.path_str("product-id") != defaults::PRODUCT_ID {
        return not_found("The requested product does not exist.");
    }
    if params.path_str("api-id") != defaults::API_ID {
        return not_found("The requested API does not exist.");
    }
    let now = shared.now();
    let mut state = shared.state::<State>();
    let state = &mut *state;
    match op.id.as_str() {
        "deploy_api" => deploy_api(state, &body, now),
        "deploy_stage" => deploy_stage(state, &params, &body),
        "list_stages" => list_stages(state),
        "get_stage" => match state.stage(&params.path_str("stage-id")) {
            Some(stage) => super::json(StatusCode::OK, &json!({"stage": stage_json(stage)})),
            None => not_found("The requested stage does not exist."),
        },
        "list_stage_deployments" => list_deployments(state, &params),
        "get_stage_deployment" => get_deployment(state, &params),
        "delete_stage_deployment" => delete_deployment(state, &params),
        _ => not_found("No API Gateway resource has this path."),
    }
}

fn stage_json(stage: &Stage) -> Value {
    json!({
        "tenantId": "e6d4a6a0c2b04f5d9d2c3a1b0e9f8d7c",
        "modifier": "deploykit-emulator",
        "apiId": defaults::API_ID,
        "stageId": stage.id,
        "stageName": stage.name,
        "endpointDomain": format!("https://{}.example.com", stage.name),
        "deployedStageDeploymentNo": stage.deployed,
        "regTime": rfc3339(stage.created),
        "throttleRps": 100,
        "cacheTtlSec": 0,
        "isMaintenance": false,
        "enabledContentEncoding": false,
    })
}

/// The API document recorded with a deployment.
fn document(no: i64, time: SystemTime) -> String {
    json!({
        "openapi": "3.0.1",
        "info": {"title": defaults::API_ID, "version": rfc3339(time), "x-deployment-no": no},
        "paths": {"/orders": {"get": {}, "post": {}}},
    })
    .to_string()
}

fn deployment_json(stage_id: &str, d: &StageDeployment) -> Value {
    json!({
        "stageId": stage_id,
        "stageDeploymentNo": d.no,
        "deploymentDescription": d.description,
        "deployedTime": rfc3339(d.time),
        "documentJson": document(d.no, d.time),
    })
}

fn deploy_api(state: &mut State, body: &Value, now: SystemTime) -> Response {
    let stage_id = body
        .get("stageId")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let description = body
        .get("deploymentDescription")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if state.stage(stage_id).is_none() {
        return not_found("The requested stage does not exist.");
    }
    let no = state.next_no();
    if let Some(stage) = state.stage(stage_id) {
        stage.deployments.push(StageDeployment {
            no,
            description,
            time: now,
        });
        stage.deployed = no;
    }
    empty(StatusCode::OK)
}

fn deploy_stage(state: &mut State, params: &Params, body: &Value) -> Response {
    let no = body
        .get("deploymentNo")
        .and_then(Value::as_i64)
        .unwrap_or(-1);
    let Some(stage) = state.stage(&params.path_str("stage-id")) else {
        return not_found("The requested stage does not exist.");
    };
    if !stage.deployments.iter().any(|d| d.no == no) {
        return not_found("The requested deployment does not exist in this stage's history.");
    }
    stage.deployed = no;
    super::json(StatusCode::OK, &json!({"stage": stage_json(stage)}))
}

fn list_stages(state: &State) -> Response {
    let stages: Vec<Value> = state
        .stages
        .iter()
        .map(|s| {
            json!({
                "stageId": s.id,
                "stageName": s.name,
                "defaultDeploymentNo": s.deployed,
                "isCanary": false,
                "resourceDtos": [{
                    "apiId": defaults::API_ID,
                    "resourceId": "emures0001",
                    "resourcePath": "/orders",
                    "methods": [
                        {"methodName": "GET", "methodCode": "0001"},
                        {"methodName": "POST", "methodCode": "0002"},
                    ],
                }],
            })
        })
        .collect();
    super::json(
        StatusCode::OK,
        &json!({"host": format!("{}.apigw.ntruss.com", defaults::API_ID), "stages": stages}),
    )
}

fn list_deployments(state: &mut State, params: &Params) -> Response {
    let offset = usize::try_from(params.query_i64("offset").unwrap_or(0)).unwrap_or(usize::MAX);
    let limit = params
        .query_i64("limit")
        .map_or(usize::MAX, |l| usize::try_from(l).unwrap_or(usize::MAX));
    let Some(stage) = state.stage(&params.path_str("stage-id")) else {
        return not_found("The requested stage does not exist.");
    };
    let content: Vec<Value> = stage
        .deployments
        .iter()
        .rev()
        .skip(offset)
        .take(limit)
        .map(|d| deployment_json(&stage.id, d))
        .collect();
    super::json(
        StatusCode::OK,
        &json!({
            "total": stage.deployments.len(),
            "content": content,
            "defaultDeploymentNo": stage.deployed,
        }),
    )
}

fn get_deployment(state: &mut State, params: &Params) -> Response {
    let no = params.path_i64("deployment-no");
    let Some(stage) = state.stage(&params.path_str("stage-id")) else {
        return not_found("The requested stage does not exist.");
    };
    match stage.deployments.iter().find(|d| d.no == no) {
        Some(d) => super::json(
            StatusCode::OK,
            &json!({"documentJson": document(d.no, d.time)}),
        ),
        None => not_found("The requested deployment does not exist."),
    }
}

fn delete_deployment(state: &mut State, params: &Params) -> Response {
    let no = params.path_i64("deployment-no");
    let Some(stage) = state.stage(&params.path_str("stage-id")) else {
        return not_found("The requested stage does not exist.");
    };
    if !stage.deployments.iter().any(|d| d.no == no) {
        return not_found("The requested deployment does not exist.");
    }
    if stage.deployed == no {
        return error(
            StatusCode::BAD_REQUEST,
            "100",
            "Bad Request Exception",
            "The deployment the stage currently serves cannot be deleted.",
        );
    }
    stage.deployments.retain(|d| d.no != no);
    empty(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_loads_with_its_operations() {
        assert_eq!(spec().ops.len(), 7);
        assert_eq!(spec().base_path, "/api/v1");
    }

    #[test]
    fn responses_are_checked_against_the_declared_schema() {
        let s = spec();
        let op = s.op("get_stage_deployment");
        let ct = Some("application/json");
        assert!(
            s.check_response(op, 200, ct, br#"{"documentJson":"{}"}"#)
                .is_ok()
        );
        assert!(
            s.check_response(op, 200, ct, br#"{"documentJson":1}"#)
                .is_err()
        );
        // An undeclared error status is checked against the generic error body.
        assert!(
            s.check_response(op, 418, ct, br#"{"error":{"errorCode":"100"}}"#)
                .is_ok()
        );
        assert!(s.check_response(op, 418, ct, br#"{"error":"x"}"#).is_err());
        // An undeclared success status is a violation.
        assert!(s.check_response(op, 201, ct, b"{}").is_err());
    }
}
