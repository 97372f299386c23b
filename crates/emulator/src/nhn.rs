//! NHN Cloud Deploy API v2.1 and the User Access Key token issuance it needs.
//!
//! Tokens come from `POST /oauth2/token/create` (Basic auth with the User Access Key,
//! `grant_type=client_credentials`) and are checked, with their expiry, in
//! `X-NHN-AUTHORIZATION: Bearer …`. Every Deploy answer is the `{header, body}` envelope.
//!
//! Uploaded binaries are read from the multipart stream chunk by chunk into one buffer and kept in
//! memory (each costs its size once; the limit is [`Options::max_upload_size`]); downloads send
//! that buffer as is. Deploys record deploy-history entries; `async: true` deploys stay
//! `deploying` / `RUNNING` for [`Options::deploy_delay`].
//!
//! The User Access Key accepted, the project (app key) and the timings are in [`Options`]
//! ([`EmulatorOptions::nhn`]); the fake key accepted by default and the resources that exist are
//! in [`defaults`].

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::extract::{FromRequest, Multipart, Request};
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use bytes::{Bytes, BytesMut};
use chrono::{DateTime, FixedOffset, Months, NaiveDate, Offset as _, Utc};
use futures::future::BoxFuture;
use http::header::{CONTENT_DISPOSITION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde_json::{Map, Value, json};

use super::provider::{EmulatedProvider, ProviderOptions};
use super::spec::{Match, Operation, Params, Problem, Spec};
use super::{
    EmulatorBuilder, EmulatorHandle, EmulatorOptions, MAX_JSON_BODY, Provider, Shared, base_url,
    content_type, empty, header, query_pairs, read_body, tag, unix_millis,
};

/// The User Access Key and resources the emulator knows when nothing else is configured.
///
/// They are fake and public: use them in tests, examples and the release tour.
pub mod defaults {
    /// User Access Key ID accepted by default.
    pub const ACCESS_KEY_ID: &str = "emulator-user-access-key-id";
    /// Secret Access Key of [`ACCESS_KEY_ID`].
    pub const SECRET_ACCESS_KEY: &str = "emulator-secret-access-key";
    /// The app key (project) that exists.
    pub const APP_KEY: &str = "emulator-app-key";
    /// The server artifact that exists.
    pub const ARTIFACT_ID: i64 = 1;
    /// An ordinary server group of [`ARTIFACT_ID`] (two servers).
    pub const SERVER_GROUP_ID: i64 = 11;
    /// An autoscale server group of [`ARTIFACT_ID`] (deploys answer a list).
    pub const AUTOSCALE_GROUP_ID: i64 = 12;
    /// The binary group of [`ARTIFACT_ID`].
    pub const BINARY_GROUP_KEY: i64 = 21;
    /// A scenario id that makes a deploy fail (`deployStatus: fail`, history `FAIL`).
    pub const FAILING_SCENARIO_ID: &str = "999";
}

/// What the emulated NHN Cloud Deploy accepts, the project that exists, and its timings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// User Access Key ID (default: [`defaults::ACCESS_KEY_ID`]).
    pub access_key_id: String,
    /// Secret Access Key (default: [`defaults::SECRET_ACCESS_KEY`]).
    pub secret_access_key: String,
    /// The app key (project) that exists (default: [`defaults::APP_KEY`]).
    pub app_key: String,
    /// Lifetime of issued tokens, `expires_in` (default one day).
    pub token_lifetime: Duration,
    /// How long an `async: true` deploy stays `deploying` / `RUNNING` (default 2 s).
    pub deploy_delay: Duration,
    /// The largest binary accepted by `upload_binary`, in bytes (default 1 GiB). Binaries are
    /// kept in memory.
    pub max_upload_size: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            access_key_id: defaults::ACCESS_KEY_ID.to_string(),
            secret_access_key: defaults::SECRET_ACCESS_KEY.to_string(),
            app_key: defaults::APP_KEY.to_string(),
            token_lifetime: Duration::from_secs(86_400),
            deploy_delay: Duration::from_secs(2),
            max_upload_size: 1 << 30,
        }
    }
}

impl EmulatorOptions {
    /// The options of the emulated NHN Cloud Deploy.
    pub fn nhn(&self) -> &Options {
        self.provider()
    }

    /// The options of the emulated NHN Cloud Deploy, to change.
    pub fn nhn_mut(&mut self) -> &mut Options {
        self.provider_mut()
    }
}

impl EmulatorBuilder {
    /// Accept this NHN User Access Key ID and Secret Access Key.
    pub fn nhn_keys(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        let options = self.options.nhn_mut();
        options.access_key_id = id.into();
        options.secret_access_key = secret.into();
        self
    }

    /// The NHN app key (project) that exists.
    pub fn nhn_app_key(mut self, app_key: impl Into<String>) -> Self {
        self.options.nhn_mut().app_key = app_key.into();
        self
    }

    /// Lifetime of NHN tokens (default one day).
    pub fn nhn_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.options.nhn_mut().token_lifetime = lifetime;
        self
    }

    /// How long NHN `async: true` deploys run (default 2 s).
    pub fn nhn_deploy_delay(mut self, delay: Duration) -> Self {
        self.options.nhn_mut().deploy_delay = delay;
        self
    }

    /// Largest NHN binary accepted, in bytes (default 1 GiB; binaries are kept in memory).
    pub fn max_upload_size(mut self, bytes: u64) -> Self {
        self.options.nhn_mut().max_upload_size = bytes;
        self
    }
}

impl EmulatorHandle {
    /// The NHN Deploy API base URL.
    pub fn nhn_url(&self) -> String {
        self.base_url.clone()
    }

    /// The NHN OAuth (token issuance) base URL.
    pub fn nhn_oauth_url(&self) -> String {
        self.base_url.clone()
    }
}

/// NHN in the registry.
pub(crate) struct Nhn;

impl EmulatedProvider for Nhn {
    fn name(&self) -> &'static str {
        "nhn"
    }

    fn label(&self) -> &'static str {
        "NHN"
    }

    fn spec_json(&self) -> &'static str {
        deploykit::generated::nhn_deploy::SPEC_JSON
    }

    fn error_schema(&self) -> &'static str {
        "ErrorEnvelope"
    }

    fn serves(&self, path: &str) -> bool {
        path == TOKEN_PATH
            || path
                .strip_prefix("/api/v2.1/")
                .is_some_and(|rest| !rest.is_empty())
    }

    fn handle(&self, shared: Arc<Shared>, req: Request) -> BoxFuture<'static, Response> {
        if req.uri().path() == TOKEN_PATH {
            Box::pin(token(shared, req))
        } else {
            Box::pin(handle(shared, req))
        }
    }

    fn throttled(
        &self,
        shared: &Shared,
        _headers: &HeaderMap,
        retry_after: Duration,
        _variant: u64,
    ) -> Response {
        throttled(shared, retry_after)
    }

    fn server_error(&self, shared: &Shared, _headers: &HeaderMap, variant: u64) -> Response {
        server_error(shared, variant)
    }

    fn default_options(&self) -> Box<dyn ProviderOptions> {
        Box::new(Options::default())
    }

    fn new_state(&self, options: &EmulatorOptions, now: SystemTime) -> Box<dyn Any + Send + Sync> {
        Box::new(Mutex::new(State::new(&options.nhn().app_key, now)))
    }

    fn describe(&self, options: &EmulatorOptions, base_url: &str) -> Vec<String> {
        let o = options.nhn();
        vec![
            format!("Deploy URL {base_url}, OAuth URL {base_url}"),
            format!(
                "User Access Key ID {} / Secret Access Key {}",
                o.access_key_id, o.secret_access_key
            ),
            format!(
                "app key {} / artifact {} / server groups {} (ordinary), {} (autoscale) / binary group {}",
                o.app_key,
                defaults::ARTIFACT_ID,
                defaults::SERVER_GROUP_ID,
                defaults::AUTOSCALE_GROUP_ID,
                defaults::BINARY_GROUP_KEY
            ),
            format!(
                "scenario id {} fails; async deploys finish after {:?}",
                defaults::FAILING_SCENARIO_ID,
                o.deploy_delay
            ),
        ]
    }

    fn env(&self, options: &EmulatorOptions, _base_url: &str) -> String {
        let o = options.nhn();
        format!(
            "export NHN_CLOUD_USER_ACCESS_KEY_ID={} NHN_CLOUD_USER_SECRET_ACCESS_KEY={}",
            o.access_key_id, o.secret_access_key
        )
    }
}

/// NHN's spec.
fn spec() -> &'static Spec {
    Provider::Nhn.spec()
}

/// Path of the token issuance (served by NHN's OAuth host; here on the same address).
const TOKEN_PATH: &str = "/oauth2/token/create";
/// Header carrying the Bearer token.
const AUTH_HEADER: &str = "x-nhn-authorization";
/// Korea Standard Time, in which NHN writes its dates.
const KST_SECONDS: i32 = 9 * 3600;
/// First deploy key handed out.
const FIRST_DEPLOY_KEY: i64 = 192_001;
/// First binary key handed out.
const FIRST_BINARY_KEY: i64 = 1001;

/// NHN's state: the project's artifacts, deploy history and issued tokens.
pub(crate) struct State {
    app_key: String,
    artifacts: Vec<Artifact>,
    /// Oldest first.
    histories: Vec<History>,
    tokens: HashMap<String, SystemTime>,
    last_deploy_key: i64,
    last_binary_key: i64,
}

struct Artifact {
    id: i64,
    name: String,
    application_type: &'static str,
    description: String,
    created: SystemTime,
    last_deploy: Option<SystemTime>,
    server_groups: Vec<ServerGroup>,
    binary_groups: Vec<BinaryGroup>,
}

struct ServerGroup {
    id: i64,
    name: String,
    description: String,
    hosts: Vec<String>,
    autoscale: bool,
}

struct BinaryGroup {
    key: i64,
    name: String,
    description: String,
    created: SystemTime,
    binaries: Vec<StoredBinary>,
}

struct StoredBinary {
    key: i64,
    version: String,
    name: String,
    description: String,
    uploaded: SystemTime,
    data: Bytes,
}

struct History {
    key: i64,
    artifact_id: i64,
    server_group_id: i64,
    server_group_name: String,
    scenario_name: String,
    binary_version: String,
    executed: SystemTime,
    finishes: SystemTime,
    fails: bool,
}

impl State {
    fn new(app_key: &str, now: SystemTime) -> Self {
        let hosts = |prefix: &str| vec![format!("{prefix}-1"), format!("{prefix}-2")];
        Self {
            app_key: app_key.to_string(),
            artifacts: vec![
                Artifact {
                    id: defaults::ARTIFACT_ID,
                    name: "emulator-server".into(),
                    application_type: "server",
                    description: "Server artifact of the deploykit emulator".into(),
                    created: now,
                    last_deploy: None,
                    server_groups: vec![
                        ServerGroup {
                            id: defaults::SERVER_GROUP_ID,
                            name: "emulator-servers".into(),
                            description: "Two Linux servers".into(),
                            hosts: hosts("emulator-server"),
                            autoscale: false,
                        },
                        ServerGroup {
                            id: defaults::AUTOSCALE_GROUP_ID,
                            name: "emulator-autoscale".into(),
                            description: "An autoscale group".into(),
                            hosts: hosts("emulator-scale"),
                            autoscale: true,
                        },
                    ],
                    binary_groups: vec![BinaryGroup {
                        key: defaults::BINARY_GROUP_KEY,
                        name: "emulator-binaries".into(),
                        description: "Binaries of the emulator's server artifact".into(),
                        created: now,
                        binaries: Vec::new(),
                    }],
                },
                Artifact {
                    id: defaults::ARTIFACT_ID + 1,
                    name: "emulator-client".into(),
                    application_type: "client",
                    description: "Client artifact of the deploykit emulator".into(),
                    created: now,
                    last_deploy: None,
                    server_groups: Vec::new(),
                    binary_groups: Vec::new(),
                },
            ],
            histories: Vec::new(),
            tokens: HashMap::new(),
            last_deploy_key: FIRST_DEPLOY_KEY - 1,
            last_binary_key: FIRST_BINARY_KEY - 1,
        }
    }

    fn artifact(&mut self, id: i64) -> Option<&mut Artifact> {
        self.artifacts.iter_mut().find(|a| a.id == id)
    }
}

impl Artifact {
    fn binary_group(&mut self, key: i64) -> Option<&mut BinaryGroup> {
        self.binary_groups.iter_mut().find(|g| g.key == key)
    }
}

fn kst(t: SystemTime) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(KST_SECONDS).unwrap_or_else(|| Utc.fix());
    DateTime::<Utc>::from(t).with_timezone(&offset)
}

fn kst_string(t: SystemTime) -> String {
    kst(t).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

// ---------------------------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------------------------

fn envelope(status: StatusCode, now: SystemTime, header: Value, body: Value) -> Response {
    let mut header = header;
    header["serverTime"] = json!(unix_millis(now));
    super::json(status, &json!({"header": header, "body": body}))
}

fn ok(now: SystemTime, body: Value) -> Response {
    envelope(
        StatusCode::OK,
        now,
        json!({"isSuccessful": true, "resultCode": "SUCCESS", "resultMessage": "success"}),
        body,
    )
}

fn fail(status: StatusCode, now: SystemTime, code: &str, message: &str) -> Response {
    envelope(
        status,
        now,
        json!({"isSuccessful": false, "resultCode": code, "resultMessage": message}),
        Value::Null,
    )
}

fn not_found(now: SystemTime, what: &str) -> Response {
    fail(
        StatusCode::NOT_FOUND,
        now,
        "NOT_FOUND",
        &format!("{what} does not exist."),
    )
}

fn invalid(now: SystemTime, problems: &[Problem]) -> Response {
    let message = problems
        .iter()
        .map(|p| p.message.clone())
        .collect::<Vec<_>>()
        .join("; ");
    fail(StatusCode::BAD_REQUEST, now, "INVALID_PARAMETER", &message)
}

/// Fault injection: throttled (`429` with `Retry-After`).
fn throttled(shared: &Shared, retry_after: Duration) -> Response {
    let mut r = fail(
        StatusCode::TOO_MANY_REQUESTS,
        shared.now(),
        "TOO_MANY_REQUESTS",
        "Too many requests; retry later.",
    );
    if let Ok(v) = HeaderValue::from_str(&retry_after.as_secs_f64().ceil().to_string()) {
        r.headers_mut().insert("retry-after", v);
    }
    r
}

/// Fault injection: a 5xx answer.
fn server_error(shared: &Shared, variant: u64) -> Response {
    let (status, message) = if variant.is_multiple_of(2) {
        (StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "Service temporarily unavailable.",
        )
    };
    fail(status, shared.now(), "SERVER_ERROR", message)
}

// ---------------------------------------------------------------------------------------------
// Token issuance
// ---------------------------------------------------------------------------------------------

/// `POST /oauth2/token/create`.
async fn token(shared: Arc<Shared>, req: Request) -> Response {
    let spec = spec();
    let op = spec.op("create_token");
    let id = op.map(|o| o.id.as_str());
    let (parts, body) = req.into_parts();
    let now = shared.now();
    let Some(op) = op.filter(|_| parts.method == http::Method::POST) else {
        return tag(not_found(now, "This resource"), Provider::Nhn, id);
    };
    let options = shared.options.nhn();
    let authorized = header(&parts.headers, "authorization")
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| STANDARD.decode(b.trim()).ok())
        .and_then(|raw| String::from_utf8(raw).ok())
        .is_some_and(|pair| {
            pair.split_once(':').is_some_and(|(id, secret)| {
                id == options.access_key_id && secret == options.secret_access_key
            })
        });
    if !authorized {
        // The spec documents the 401 without a body.
        return tag(empty(StatusCode::UNAUTHORIZED), Provider::Nhn, id);
    }
    let Some(bytes) = read_body(body, MAX_JSON_BODY).await else {
        return tag(
            fail(
                StatusCode::BAD_REQUEST,
                now,
                "INVALID_PARAMETER",
                "The body is too large.",
            ),
            Provider::Nhn,
            id,
        );
    };
    if let Err(problems) = spec.validate_body(op, content_type(&parts.headers), &bytes) {
        return tag(invalid(now, &problems), Provider::Nhn, id);
    }
    let token: String = std::iter::repeat_with(fastrand::alphanumeric)
        .take(52)
        .collect();
    let lifetime = options.token_lifetime;
    shared
        .state::<State>()
        .tokens
        .insert(token.clone(), now + lifetime);
    let response = super::json(
        StatusCode::OK,
        &json!({
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": lifetime.as_secs(),
        }),
    );
    tag(response, Provider::Nhn, id)
}

// ---------------------------------------------------------------------------------------------
// Deploy API
// ---------------------------------------------------------------------------------------------

/// Every request under `/api/v2.1/…`.
async fn handle(shared: Arc<Shared>, req: Request) -> Response {
    let now = shared.now();
    let spec = spec();
    let (op, raw_path) = match spec.find(req.method(), req.uri().path()) {
        Match::Found(op, p) => (op, p),
        Match::WrongMethod | Match::NotFound => {
            return tag(not_found(now, "This resource"), Provider::Nhn, None);
        }
    };
    let response = answer(&shared, op, &raw_path, req, now).await;
    tag(response, Provider::Nhn, Some(op.id.as_str()))
}

async fn answer(
    shared: &Shared,
    op: &'static Operation,
    raw_path: &HashMap<String, String>,
    req: Request,
    now: SystemTime,
) -> Response {
    let spec = spec();
    let bearer = header(req.headers(), AUTH_HEADER)
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| t.trim().to_string());
    let Some(token) = bearer else {
        return fail(
            StatusCode::UNAUTHORIZED,
            now,
            "UNAUTHORIZED",
            "The X-NHN-AUTHORIZATION header with a Bearer token is required.",
        );
    };
    match shared.state::<State>().tokens.get(&token) {
        None => {
            return fail(
                StatusCode::UNAUTHORIZED,
                now,
                "UNAUTHORIZED",
                "The token is not valid.",
            );
        }
        Some(expiry) if *expiry <= now => {
            return fail(
                StatusCode::UNAUTHORIZED,
                now,
                "UNAUTHORIZED",
                "The token has expired.",
            );
        }
        Some(_) => {}
    }
    let params = match spec.validate_params(op, raw_path, &query_pairs(req.uri())) {
        Ok(p) => p,
        Err(problems) => return invalid(now, &problems),
    };
    if params.path_str("appKey") != shared.state::<State>().app_key {
        return not_found(now, "The project (app key)");
    }
    if op.id == "upload_binary" {
        return upload(shared, op, &params, req, now).await;
    }
    let base = base_url(req.headers());
    let body = if op.body.is_some() {
        let ct = content_type(req.headers()).map(str::to_string);
        let Some(bytes) = read_body(req.into_body(), MAX_JSON_BODY).await else {
            return fail(
                StatusCode::BAD_REQUEST,
                now,
                "INVALID_PARAMETER",
                "The body is too large.",
            );
        };
        match spec.validate_body(op, ct.as_deref(), &bytes) {
            Ok(v) => v.unwrap_or(Value::Null),
            Err(problems) => return invalid(now, &problems),
        }
    } else {
        Value::Null
    };
    let delay = shared.options.nhn().deploy_delay;
    let mut state = shared.state::<State>();
    let state = &mut *state;
    match op.id.as_str() {
        "download_binary" => download(state, &params, now),
        "deploy" => deploy(state, &params, &body, now, delay, &base),
        "list_artifacts" => list_artifacts(state, &params, now),
        "list_server_groups" => match state.artifact(params.path_i64("artifactId")) {
            Some(a) => {
                let groups: Vec<Value> = a
                    .server_groups
                    .iter()
                    .map(|g| {
                        json!({
                            "id": g.id,
                            "name": g.name,
                            "description": g.description,
                            "osType": "LINUX",
                            "serverCount": g.hosts.len(),
                        })
                    })
                    .collect();
                ok(now, json!({"serverGroups": groups}))
            }
            None => not_found(now, "The artifact"),
        },
        "list_binary_groups" => match state.artifact(params.path_i64("artifactId")) {
            Some(a) => {
                let groups: Vec<Value> = a
                    .binary_groups
                    .iter()
                    .map(|g| {
                        json!({
                            "key": g.key,
                            "name": g.name,
                            "description": g.description,
                            "regionCode": "KR1",
                            "createDate": kst_string(g.created),
                        })
                    })
                    .collect();
                ok(now, json!({"binaryGroups": groups}))
            }
            None => not_found(now, "The artifact"),
        },
        "list_deploy_histories" => list_histories(state, &params, now),
        "list_binaries" => list_binaries(state, &params, now),
        _ => not_found(now, "This resource"),
    }
}

/// `upload_binary`: reads the multipart stream, keeping the file in one buffer.
async fn upload(
    shared: &Shared,
    op: &Operation,
    params: &Params,
    req: Request,
    now: SystemTime,
) -> Response {
    let artifact_id = params.path_i64("artifactId");
    let group_key = params.path_i64("binaryGroupKey");
    {
        let mut state = shared.state::<State>();
        let Some(artifact) = state.artifact(artifact_id) else {
            return not_found(now, "The artifact");
        };
        if artifact.binary_group(group_key).is_none() {
            return not_found(now, "The binary group");
        }
    }
    let base = base_url(req.headers());
    let path = req.uri().path().to_string();
    // The whole body's length bounds the file's: reserve once instead of growing the buffer.
    let expected = header(req.headers(), CONTENT_LENGTH.as_str())
        .and_then(|l| l.parse::<u64>().ok())
        .unwrap_or(0)
        .min(shared.options.nhn().max_upload_size);
    let bad = |message: String| fail(StatusCode::BAD_REQUEST, now, "INVALID_PARAMETER", &message);
    let mut multipart = match Multipart::from_request(req, &()).await {
        Ok(m) => m,
        Err(e) => return bad(format!("The body must be multipart/form-data: {e}")),
    };
    let spec = spec();
    let schema = op
        .body
        .as_ref()
        .map(|b| b.schema.clone())
        .unwrap_or(Value::Null);
    let limit = usize::try_from(shared.options.nhn().max_upload_size).unwrap_or(usize::MAX);
    let mut fields = Map::new();
    let mut file: Option<(String, Bytes)> = None;
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return bad(format!("The multipart body is malformed: {e}")),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "binaryFile" || name == "metaFile" {
            let file_name = field.file_name().unwrap_or(&name).to_string();
            let mut buffer = if name == "binaryFile" {
                BytesMut::with_capacity(usize::try_from(expected).unwrap_or(0))
            } else {
                BytesMut::new()
            };
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => {
                        if buffer.len() + chunk.len() > limit {
                            return bad(format!(
                                "`{name}` is larger than the emulator's limit of {limit} bytes."
                            ));
                        }
                        buffer.extend_from_slice(&chunk);
                    }
                    Ok(None) => break,
                    Err(e) => return bad(format!("`{name}` could not be read: {e}")),
                }
            }
            // The schema only needs to see that the file is there.
            fields.insert(name.clone(), Value::String(String::new()));
            if name == "binaryFile" {
                file = Some((file_name, buffer.freeze()));
            }
        } else {
            let text = match field.text().await {
                Ok(t) => t,
                Err(e) => return bad(format!("`{name}` could not be read: {e}")),
            };
            fields.insert(name.clone(), spec.coerce_field(&schema, &name, &text));
        }
    }
    let problems = spec.validate_value_as_body(&schema, &Value::Object(fields.clone()));
    if !problems.is_empty() {
        return invalid(now, &problems);
    }
    let Some((file_name, data)) = file else {
        return invalid(now, &[Problem::missing("body", "binaryFile")]);
    };
    let text = |name: &str| fields.get(name).and_then(Value::as_str).map(str::to_string);
    let mut state = shared.state::<State>();
    state.last_binary_key += 1;
    let key = state.last_binary_key;
    let Some(group) = state
        .artifact(artifact_id)
        .and_then(|a| a.binary_group(group_key))
    else {
        return not_found(now, "The binary group");
    };
    group.binaries.push(StoredBinary {
        key,
        version: text("version")
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| kst(now).format("%Y%m%d%H%M%S").to_string()),
        name: file_name,
        description: text("description").unwrap_or_default(),
        uploaded: now,
        data,
    });
    ok(
        now,
        json!({
            "downloadUrl": format!("{base}{path}/binaries/{key}"),
            "binaryKey": key.to_string(),
        }),
    )
}

fn download(state: &mut State, params: &Params, now: SystemTime) -> Response {
    let key = params.path_i64("binaryKey");
    let Some(artifact) = state.artifact(params.path_i64("artifactId")) else {
        return not_found(now, "The artifact");
    };
    let Some(group) = artifact.binary_group(params.path_i64("binaryGroupKey")) else {
        return not_found(now, "The binary group");
    };
    let Some(binary) = group.binaries.iter().find(|b| b.key == key) else {
        return not_found(now, "The binary");
    };
    let mut r = Response::new(axum::body::Body::from(binary.data.clone()));
    let headers = r.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    headers.insert(CONTENT_LENGTH, HeaderValue::from(binary.data.len()));
    let disposition = format!(
        "attachment; filename=\"{}\"",
        binary.name.replace(['"', '\\'], "_")
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(CONTENT_DISPOSITION, v);
    }
    r
}

fn deploy(
    state: &mut State,
    params: &Params,
    body: &Value,
    now: SystemTime,
    delay: Duration,
    base: &str,
) -> Response {
    let artifact_id = params.path_i64("artifactId");
    let group_id = params.path_i64("serverGroupId");
    let app_key = state.app_key.clone();
    let Some(artifact) = state.artifact(artifact_id) else {
        return not_found(now, "The artifact");
    };
    let Some(group) = artifact.server_groups.iter().find(|g| g.id == group_id) else {
        return not_found(now, "The server group");
    };
    let text = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or_default();
    let hosts: Vec<String> = if text("targetServerHostnames").trim().is_empty() {
        group.hosts.clone()
    } else {
        text("targetServerHostnames")
            .split(',')
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .collect()
    };
    if let Some(unknown) = hosts.iter().find(|h| !group.hosts.contains(h)) {
        return fail(
            StatusCode::BAD_REQUEST,
            now,
            "INVALID_PARAMETER",
            &format!("`{unknown}` is not a server of the server group {group_id}."),
        );
    }
    let scenarios: Vec<&str> = text("scenarioIds")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !group.autoscale && scenarios.len() > 1 {
        return fail(
            StatusCode::BAD_REQUEST,
            now,
            "INVALID_PARAMETER",
            "An ordinary server group is deployed with exactly one scenario id.",
        );
    }
    let fails = scenarios.contains(&defaults::FAILING_SCENARIO_ID);
    let is_async = body.get("async").and_then(Value::as_bool).unwrap_or(false);
    let binary_version = artifact
        .binary_groups
        .iter()
        .flat_map(|g| g.binaries.iter())
        .max_by_key(|b| (b.uploaded, b.key))
        .map(|b| b.version.clone())
        .unwrap_or_default();
    let group_name = group.name.clone();
    let autoscale = group.autoscale;
    artifact.last_deploy = Some(now);
    state.last_deploy_key += 1;
    let key = state.last_deploy_key;
    state.histories.push(History {
        key,
        artifact_id,
        server_group_id: group_id,
        server_group_name: group_name,
        scenario_name: if scenarios.is_empty() {
            "all scenarios".to_string()
        } else {
            format!("scenario {}", scenarios.join(","))
        },
        binary_version,
        executed: now,
        finishes: if is_async { now + delay } else { now },
        fails,
    });
    let (deploy_status, server_status) = match (is_async, fails) {
        (true, _) => ("deploying", "RUNNING"),
        (false, true) => ("fail", "FAIL"),
        (false, false) => ("success", "SUCCESS"),
    };
    let results: Vec<Value> = hosts
        .iter()
        .map(|h| {
            json!({
                "deployKey": key,
                "hostname": h,
                "status": server_status,
                "taskResult": [],
            })
        })
        .collect();
    let result = json!({
        "deployKey": key,
        "deployStatus": deploy_status,
        "deployResult": results,
        "deployResultLocation": format!("{base}/console/deploy/{app_key}/artifacts/{artifact_id}/histories/{key}"),
    });
    ok(
        now,
        if autoscale {
            Value::Array(vec![result])
        } else {
            result
        },
    )
}

fn list_artifacts(state: &mut State, params: &Params, now: SystemTime) -> Response {
    let name = params.query_str("artifactName");
    let artifacts: Vec<Value> = state
        .artifacts
        .iter()
        .filter(|a| name.as_ref().is_none_or(|n| a.name.contains(n.as_str())))
        .map(|a| {
            json!({
                "id": a.id,
                "name": a.name,
                "applicationType": a.application_type,
                "description": a.description,
                "createDate": kst_string(a.created),
                "lastDeployDate": a.last_deploy.map(kst_string),
            })
        })
        .collect();
    ok(now, json!({"artifacts": artifacts}))
}

/// One page (numbers from 1, default size 20) of `items`.
fn page<T>(items: Vec<T>, params: &Params) -> Vec<T> {
    let number = params.query_i64("pageNum").unwrap_or(1).max(1);
    let size = params.query_i64("pageSize").unwrap_or(20).max(1);
    let skip = usize::try_from((number - 1).saturating_mul(size)).unwrap_or(usize::MAX);
    let take = usize::try_from(size).unwrap_or(usize::MAX);
    items.into_iter().skip(skip).take(take).collect()
}

fn list_histories(state: &mut State, params: &Params, now: SystemTime) -> Response {
    let artifact_id = params.path_i64("artifactId");
    if state.artifact(artifact_id).is_none() {
        return not_found(now, "The artifact");
    }
    let today = kst(now).date_naive();
    let date = |name: &str| {
        params
            .query_str(name)
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
    };
    let to = date("deploymentYearTo").unwrap_or(today);
    let from = date("deploymentYearFrom")
        .unwrap_or_else(|| to.checked_sub_months(Months::new(1)).unwrap_or(to));
    if from > to {
        return fail(
            StatusCode::BAD_REQUEST,
            now,
            "INVALID_PARAMETER",
            "deploymentYearFrom is after deploymentYearTo.",
        );
    }
    if to
        .checked_sub_months(Months::new(12))
        .is_some_and(|limit| from < limit)
    {
        return fail(
            StatusCode::BAD_REQUEST,
            now,
            "INVALID_PARAMETER",
            "The date range may not span more than one year.",
        );
    }
    let group = params.query_i64("serverGroupId").unwrap_or(0);
    let matching: Vec<Value> = state
        .histories
        .iter()
        .rev()
        .filter(|h| h.artifact_id == artifact_id)
        .filter(|h| group == 0 || h.server_group_id == group)
        .filter(|h| {
            let day = kst(h.executed).date_naive();
            from <= day && day <= to
        })
        .map(|h| {
            let result = if now < h.finishes {
                "RUNNING"
            } else if h.fails {
                "FAIL"
            } else {
                "SUCCESS"
            };
            json!({
                "deployKey": h.key,
                "scenarioName": h.scenario_name,
                "serverGroupName": h.server_group_name,
                "serverGroupId": h.server_group_id,
                "binaryVersion": h.binary_version,
                "executeDate": kst_string(h.executed),
                "executeUser": "deploykit-emulator@example.com",
                "totalResult": result,
            })
        })
        .collect();
    let total = matching.len();
    ok(
        now,
        json!({"totalCount": total, "deployHistories": page(matching, params)}),
    )
}

fn list_binaries(state: &mut State, params: &Params, now: SystemTime) -> Response {
    let keyword = params.query_str("keyword");
    let sort_key = params
        .query_str("sortKey")
        .unwrap_or_else(|| "UPLOAD_DATE".into());
    let ascending = params.query_str("sortDirection").as_deref() == Some("ASC");
    let Some(artifact) = state.artifact(params.path_i64("artifactId")) else {
        return not_found(now, "The artifact");
    };
    let Some(group) = artifact.binary_group(params.path_i64("binaryGroupKey")) else {
        return not_found(now, "The binary group");
    };
    let mut binaries: Vec<&StoredBinary> = group
        .binaries
        .iter()
        .filter(|b| {
            keyword
                .as_ref()
                .is_none_or(|k| b.version.contains(k.as_str()))
        })
        .collect();
    binaries.sort_by(|a, b| match sort_key.as_str() {
        "VERSION" => a.version.cmp(&b.version).then(a.key.cmp(&b.key)),
        "BINARY_KEY" => a.key.cmp(&b.key),
        _ => a.uploaded.cmp(&b.uploaded).then(a.key.cmp(&b.key)),
    });
    if !ascending {
        binaries.reverse();
    }
    let total = binaries.len();
    let items: Vec<Value> = page(binaries, params)
        .into_iter()
        .map(|b| {
            json!({
                "binaryKey": b.key,
                "version": b.version,
                "binaryName": b.name,
                "binarySize": b.data.len(),
                "uploadDate": kst_string(b.uploaded),
                "uploader": "deploykit-emulator@example.com",
                "description": b.description,
            })
        })
        .collect();
    ok(now, json!({"totalCount": total, "binaries": items}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_loads_with_its_operations() {
        assert_eq!(spec().ops.len(), 9);
        assert!(spec().op("create_token").is_some());
    }
}
