//! GitHub REST API (version `2022-11-28`): deployments, deployment statuses, environments,
//! deployment branch policies and custom deployment protection rules.
//!
//! Any `owner/repo` exists (created on first use, names case-insensitive). A deployment to an
//! environment creates the environment, as GitHub does. Every answer carries
//! `x-github-request-id` and the `x-ratelimit-*` headers (5,000 requests an hour per token).
//!
//! The tokens accepted are in [`Options`] ([`EmulatorOptions::github`]); the fake ones accepted by
//! default and the resources that behave specially are in [`defaults`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use std::any::Any;

use axum::extract::Request;
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use futures::future::BoxFuture;
use http::header::{LOCATION, USER_AGENT};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

mod app;
pub use app::{App, TOKEN_LIFETIME};

use super::provider::{EmulatedProvider, ProviderOptions};
use super::spec::{Match, Operation, Params, Problem, ProblemKind, Spec};
use super::{
    EmulatorBuilder, EmulatorHandle, EmulatorOptions, MAX_JSON_BODY, Provider, Shared, base_url,
    content_type, empty, header, query_pairs, read_body, rfc3339, tag,
};

/// The token and resources the emulator knows when nothing else is configured.
///
/// They are fake and public: use them in tests, examples and the release tour.
pub mod defaults {
    /// Token accepted by default (`Authorization: Bearer …`).
    pub const TOKEN: &str = "ghp_deploykitEmulatorToken000000000000000";
    /// A ref suffix that plays a branch behind the default branch: the first
    /// `create_deployment` with `auto_merge` answers `202` (merged), later ones deploy; with
    /// `auto_merge: false` it answers `409`.
    pub const BEHIND_REF_SUFFIX: &str = "-behind";
    /// Ids of the custom protection rule apps available to every environment.
    pub const INTEGRATION_IDS: [i64; 2] = [3515, 3516];
    pub use super::app::defaults::*;
}

/// What the emulated GitHub accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Tokens accepted in `Authorization` (default: [`defaults::TOKEN`]).
    pub tokens: Vec<String>,
    /// GitHub Apps whose JWTs are accepted by the app endpoints (default: one [`App`] with
    /// [`defaults::APP_ID`] and [`defaults::APP_PUBLIC_KEY`]); the installation tokens they
    /// obtain are accepted like [`Options::tokens`] until they expire.
    pub apps: Vec<App>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            tokens: vec![defaults::TOKEN.to_string()],
            apps: vec![App::default()],
        }
    }
}

impl EmulatorOptions {
    /// The options of the emulated GitHub.
    pub fn github(&self) -> &Options {
        self.provider()
    }

    /// The options of the emulated GitHub, to change.
    pub fn github_mut(&mut self) -> &mut Options {
        self.provider_mut()
    }
}

impl EmulatorBuilder {
    /// Accept only this GitHub token.
    pub fn github_token(mut self, token: impl Into<String>) -> Self {
        self.options.github_mut().tokens = vec![token.into()];
        self
    }

    /// Know these GitHub Apps (instead of the default one).
    pub fn github_apps(mut self, apps: Vec<App>) -> Self {
        self.options.github_mut().apps = apps;
        self
    }
}

impl EmulatorHandle {
    /// The GitHub API base URL (as `GITHUB_API_URL`).
    pub fn github_url(&self) -> String {
        self.base_url.clone()
    }
}

/// GitHub in the registry.
pub(crate) struct GitHub;

impl EmulatedProvider for GitHub {
    fn name(&self) -> &'static str {
        "github"
    }

    fn label(&self) -> &'static str {
        "GitHub"
    }

    fn spec_json(&self) -> &'static str {
        deploykit::generated::github::SPEC_JSON
    }

    fn error_schema(&self) -> &'static str {
        "BasicError"
    }

    fn serves(&self, path: &str) -> bool {
        app::serves(path)
            || path
                .strip_prefix("/repos/")
                .is_some_and(|rest| !rest.is_empty())
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

    fn new_state(
        &self,
        _options: &EmulatorOptions,
        _now: SystemTime,
    ) -> Box<dyn Any + Send + Sync> {
        Box::new(std::sync::Mutex::new(State::default()))
    }

    fn describe(&self, options: &EmulatorOptions, base_url: &str) -> Vec<String> {
        vec![
            format!("base URL {base_url}"),
            format!(
                "token {} (Authorization: Bearer …; a User-Agent is required)",
                options
                    .github()
                    .tokens
                    .first()
                    .map_or("(none)", String::as_str)
            ),
            format!(
                "any owner/repo; refs ending in `{}` play a branch behind the default branch",
                defaults::BEHIND_REF_SUFFIX
            ),
            format!(
                "GitHub App {} (client id {}), installation {} on every repository; its test private key is deploykit_emulator::github::defaults::APP_PRIVATE_KEY",
                defaults::APP_ID,
                defaults::APP_CLIENT_ID,
                defaults::INSTALLATION_ID
            ),
        ]
    }

    fn env(&self, options: &EmulatorOptions, base_url: &str) -> String {
        format!(
            "export GITHUB_API_URL={base_url} GH_TOKEN={}",
            options.github().tokens.first().map_or("", String::as_str)
        )
    }
}

/// GitHub's spec.
fn spec() -> &'static Spec {
    Provider::GitHub.spec()
}

/// Documentation link of GitHub's error bodies.
const DOCS: &str = "https://docs.github.com/rest";
/// The API version GitHub answers with.
const API_VERSION: &str = "2022-11-28";
/// Requests per hour and token.
const RATE_LIMIT: u64 = 5000;

/// GitHub's state: repositories by lower-case `owner/repo`, id counters and rate-limit windows.
#[derive(Default)]
pub(crate) struct State {
    repos: HashMap<(String, String), Repo>,
    last_id: i64,
    /// Per token: requests used and when the window resets (Unix seconds).
    rate: HashMap<String, (u64, u64)>,
    /// Installation tokens issued to GitHub Apps, with their expiry.
    installation_tokens: HashMap<String, SystemTime>,
}

#[derive(Default)]
struct Repo {
    deployments: Vec<Deployment>,
    environments: BTreeMap<String, Environment>,
    /// Refs "behind the default branch" that were merged by an earlier request.
    merged: BTreeSet<String>,
}

struct Deployment {
    id: i64,
    sha: String,
    reference: String,
    task: String,
    payload: Value,
    original_environment: String,
    environment: String,
    description: Option<String>,
    created: SystemTime,
    updated: SystemTime,
    transient: bool,
    production: bool,
    statuses: Vec<Status>,
}

struct Status {
    id: i64,
    state: String,
    description: String,
    environment: String,
    target_url: String,
    log_url: String,
    environment_url: String,
    created: SystemTime,
}

struct Environment {
    id: i64,
    name: String,
    created: SystemTime,
    updated: SystemTime,
    wait_timer: Option<i64>,
    prevent_self_review: bool,
    /// `(type, id)` of each required reviewer.
    reviewers: Vec<(String, i64)>,
    branch_policy: Value,
    rule_ids: (i64, i64, i64),
    policies: Vec<BranchPolicy>,
    rules: Vec<ProtectionRule>,
}

struct BranchPolicy {
    id: i64,
    name: String,
    kind: String,
}

struct ProtectionRule {
    id: i64,
    app_id: i64,
}

/// What an operation handler sees.
struct Ctx<'a> {
    base: String,
    owner: String,
    repo: String,
    /// The request path as received, for `Link` URLs.
    path: &'a str,
    query: &'a [(String, String)],
    params: &'a Params,
    body: Option<Value>,
    now: SystemTime,
}

impl Ctx<'_> {
    fn repo_url(&self) -> String {
        format!("{}/repos/{}/{}", self.base, self.owner, self.repo)
    }

    fn body_str(&self, name: &str) -> Option<String> {
        self.body.as_ref()?.get(name)?.as_str().map(str::to_string)
    }

    fn body_bool(&self, name: &str) -> Option<bool> {
        self.body.as_ref()?.get(name)?.as_bool()
    }

    fn body_value(&self, name: &str) -> Option<&Value> {
        self.body.as_ref()?.get(name)
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

fn error(status: StatusCode, message: &str) -> Response {
    super::json(
        status,
        &json!({
            "message": message,
            "documentation_url": DOCS,
            "status": status.as_u16().to_string(),
        }),
    )
}

fn not_found() -> Response {
    error(StatusCode::NOT_FOUND, "Not Found")
}

/// The resource name GitHub puts in `errors[].resource`.
fn resource(op: &Operation) -> &'static str {
    match op.id.as_str() {
        "create_deployment_status" | "list_deployment_statuses" => "DeploymentStatus",
        id if id.contains("branch_polic") => "DeploymentBranchPolicy",
        id if id.contains("protection_rule") || id.contains("rule_integrations") => {
            "DeploymentProtectionRule"
        }
        id if id.contains("environment") => "Environment",
        _ => "Deployment",
    }
}

/// `422 Validation Failed` with one `errors[]` entry per problem.
fn validation_failed(op: &Operation, problems: &[Problem]) -> Response {
    let errors: Vec<Value> = problems
        .iter()
        .map(|p| {
            let code = match p.kind {
                ProblemKind::Missing => "missing_field",
                ProblemKind::Invalid | ProblemKind::Unparseable => "invalid",
            };
            json!({
                "resource": resource(op),
                "field": p.field_name(),
                "code": code,
                "message": p.message,
            })
        })
        .collect();
    super::json(
        StatusCode::UNPROCESSABLE_ENTITY,
        &json!({
            "message": "Validation Failed",
            "errors": errors,
            "documentation_url": DOCS,
            "status": "422",
        }),
    )
}

/// Fault injection: a secondary rate limit.
fn throttled(retry_after: Duration) -> Response {
    let mut r = super::json(
        StatusCode::TOO_MANY_REQUESTS,
        &json!({
            "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
            "status": "429",
        }),
    );
    set(
        r.headers_mut(),
        "retry-after",
        retry_after.as_secs_f64().ceil().to_string(),
    );
    common_headers(r.headers_mut());
    r
}

/// Fault injection: a 5xx answer.
fn server_error(variant: u64) -> Response {
    let (status, message) = match variant % 3 {
        0 => (StatusCode::INTERNAL_SERVER_ERROR, "Server Error"),
        1 => (StatusCode::BAD_GATEWAY, "Server Error"),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "Service Unavailable"),
    };
    let mut r = error(status, message);
    common_headers(r.headers_mut());
    r
}

fn set(headers: &mut HeaderMap, name: &'static str, value: String) {
    if let Ok(v) = HeaderValue::from_str(&value) {
        headers.insert(name, v);
    }
}

fn common_headers(headers: &mut HeaderMap) {
    let id = uuid::Uuid::new_v4().simple().to_string().to_uppercase();
    set(
        headers,
        "x-github-request-id",
        format!("{}:{}:{}", &id[..4], &id[4..10], &id[10..20]),
    );
    headers.insert(
        "x-github-api-version-selected",
        HeaderValue::from_static(API_VERSION),
    );
}

// ---------------------------------------------------------------------------------------------
// Request handling
// ---------------------------------------------------------------------------------------------

/// Every request under `/repos/…`.
async fn handle(shared: Arc<Shared>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    if let Some(mut r) = app::answer(&shared, &parts.method, parts.uri.path(), &parts.headers) {
        common_headers(r.headers_mut());
        return tag(r, Provider::GitHub, None);
    }
    let spec = spec();
    let (op, raw_path) = match spec.find(&parts.method, parts.uri.path()) {
        Match::Found(op, p) => (op, p),
        Match::WrongMethod | Match::NotFound => {
            let mut r = not_found();
            common_headers(r.headers_mut());
            return tag(r, Provider::GitHub, None);
        }
    };
    let id = Some(op.id.as_str());
    let headers = &parts.headers;
    let mut response = 'answer: {
        if header(headers, USER_AGENT.as_str()).is_none_or(str::is_empty) {
            break 'answer error(
                StatusCode::FORBIDDEN,
                "Request forbidden by administrative rules. Please make sure your request has a User-Agent header.",
            );
        }
        let token = match header(headers, "authorization") {
            None => break 'answer error(StatusCode::UNAUTHORIZED, "Requires authentication"),
            Some(value) => {
                let token = value
                    .strip_prefix("Bearer ")
                    .or_else(|| value.strip_prefix("bearer "))
                    .or_else(|| value.strip_prefix("token "))
                    .unwrap_or("")
                    .trim();
                let known = shared.options.github().tokens.iter().any(|t| t == token)
                    || app::accepts(&shared.state::<State>(), token, shared.now());
                if !known {
                    break 'answer error(StatusCode::UNAUTHORIZED, "Bad credentials");
                }
                token.to_string()
            }
        };
        if let Some(version) = header(headers, "x-github-api-version")
            && version != API_VERSION
        {
            let mut r = error(
                StatusCode::BAD_REQUEST,
                &format!("API version '{version}' is not supported."),
            );
            rate_headers(&shared, &token, false, r.headers_mut());
            break 'answer r;
        }
        if !rate_headers(&shared, &token, true, &mut HeaderMap::new()) {
            let mut r = error(
                StatusCode::FORBIDDEN,
                "API rate limit exceeded for user ID 1.",
            );
            rate_headers(&shared, &token, false, r.headers_mut());
            break 'answer r;
        }
        let mut r = answer(&shared, op, &parts, &raw_path, body).await;
        rate_headers(&shared, &token, false, r.headers_mut());
        r
    };
    common_headers(response.headers_mut());
    tag(response, Provider::GitHub, id)
}

/// Counts one request of `token` (when `count`) and writes the `x-ratelimit-*` headers.
/// Returns false when the hourly limit is used up.
fn rate_headers(shared: &Shared, token: &str, count: bool, headers: &mut HeaderMap) -> bool {
    let now = shared
        .now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut state = shared.state::<State>();
    let entry = state
        .rate
        .entry(token.to_string())
        .or_insert((0, now + 3600));
    if entry.1 <= now {
        *entry = (0, now + 3600);
    }
    let allowed = entry.0 < RATE_LIMIT;
    if count && allowed {
        entry.0 += 1;
    }
    let (used, reset) = *entry;
    set(headers, "x-ratelimit-limit", RATE_LIMIT.to_string());
    set(
        headers,
        "x-ratelimit-remaining",
        RATE_LIMIT.saturating_sub(used).to_string(),
    );
    set(headers, "x-ratelimit-used", used.to_string());
    set(headers, "x-ratelimit-reset", reset.to_string());
    headers.insert("x-ratelimit-resource", HeaderValue::from_static("core"));
    allowed
}

/// Validation, then the operation.
async fn answer(
    shared: &Shared,
    op: &'static Operation,
    parts: &http::request::Parts,
    raw_path: &HashMap<String, String>,
    body: axum::body::Body,
) -> Response {
    let spec = spec();
    let query = query_pairs(&parts.uri);
    let params = match spec.validate_params(op, raw_path, &query) {
        Ok(p) => p,
        // GitHub's routes only match well-formed ids: a bad path parameter is "Not Found".
        Err(problems) if problems.iter().any(|p| p.location == "path") => return not_found(),
        Err(problems) => return validation_failed(op, &problems),
    };
    let body = if op.body.is_some() {
        let Some(bytes) = read_body(body, MAX_JSON_BODY).await else {
            return error(StatusCode::PAYLOAD_TOO_LARGE, "Request body too large");
        };
        match spec.validate_body(op, content_type(&parts.headers), &bytes) {
            Ok(v) => v,
            Err(problems) if problems.iter().any(|p| p.kind == ProblemKind::Unparseable) => {
                return error(StatusCode::BAD_REQUEST, "Problems parsing JSON");
            }
            Err(problems) => return validation_failed(op, &problems),
        }
    } else {
        None
    };
    let ctx = Ctx {
        base: base_url(&parts.headers),
        owner: params.path_str("owner"),
        repo: params.path_str("repo"),
        path: parts.uri.path(),
        query: &query,
        params: &params,
        body,
        now: shared.now(),
    };
    let mut state = shared.state::<State>();
    let state = &mut *state;
    match op.id.as_str() {
        "list_deployments" => state.list_deployments(&ctx),
        "create_deployment" => state.create_deployment(&ctx),
        "get_deployment" => state.get_deployment(&ctx),
        "delete_deployment" => state.delete_deployment(&ctx),
        "list_deployment_statuses" => state.list_statuses(&ctx),
        "create_deployment_status" => state.create_status(&ctx),
        "get_deployment_status" => state.get_status(&ctx),
        "list_environments" => state.list_environments(&ctx),
        "get_environment" => state.get_environment(&ctx),
        "create_or_update_environment" => state.put_environment(&ctx),
        "delete_environment" => state.delete_environment(&ctx),
        "list_deployment_branch_policies" => state.list_policies(&ctx),
        "create_deployment_branch_policy" => state.create_policy(&ctx),
        "get_deployment_branch_policy" => state.get_policy(&ctx),
        "update_deployment_branch_policy" => state.update_policy(&ctx),
        "delete_deployment_branch_policy" => state.delete_policy(&ctx),
        "list_deployment_protection_rules" => state.list_rules(&ctx),
        "create_deployment_protection_rule" => state.create_rule(&ctx),
        "list_deployment_rule_integrations" => list_integrations(&ctx),
        "get_deployment_protection_rule" => state.get_rule(&ctx),
        "disable_deployment_protection_rule" => state.delete_rule(&ctx),
        _ => not_found(),
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

fn node_id(kind: &str, id: i64) -> String {
    STANDARD.encode(format!("{kind}:{id}"))
}

/// The user every write is attributed to.
fn user(base: &str) -> Value {
    let login = "deploykit-emulator";
    let u = format!("{base}/users/{login}");
    json!({
        "login": login,
        "id": 1,
        "node_id": "MDQ6VXNlcjE=",
        "avatar_url": format!("{base}/avatars/{login}"),
        "gravatar_id": "",
        "url": u,
        "html_url": format!("{base}/{login}"),
        "followers_url": format!("{u}/followers"),
        "following_url": format!("{u}/following{{/other_user}}"),
        "gists_url": format!("{u}/gists{{/gist_id}}"),
        "starred_url": format!("{u}/starred{{/owner}}{{/repo}}"),
        "subscriptions_url": format!("{u}/subscriptions"),
        "organizations_url": format!("{u}/orgs"),
        "repos_url": format!("{u}/repos"),
        "events_url": format!("{u}/events{{/privacy}}"),
        "received_events_url": format!("{u}/received_events"),
        "type": "User",
        "site_admin": false,
        "user_view_type": "public",
    })
}

/// A reviewer user with this id.
fn reviewer_user(base: &str, id: i64) -> Value {
    let mut u = user(base);
    let login = format!("reviewer-{id}");
    u["login"] = json!(login);
    u["id"] = json!(id);
    u["node_id"] = json!(node_id("User", id));
    u["url"] = json!(format!("{base}/users/{login}"));
    u
}

/// A reviewer team with this id.
fn reviewer_team(base: &str, id: i64) -> Value {
    let slug = format!("team-{id}");
    json!({
        "id": id,
        "node_id": node_id("Team", id),
        "url": format!("{base}/teams/{id}"),
        "html_url": format!("{base}/orgs/emulator/teams/{slug}"),
        "members_url": format!("{base}/teams/{id}/members{{/member}}"),
        "repositories_url": format!("{base}/teams/{id}/repos"),
        "name": slug,
        "slug": slug,
        "description": null,
        "privacy": "closed",
        "notification_setting": "notifications_enabled",
        "permission": "pull",
        "type": "organization",
        "parent": null,
    })
}

fn app(id: i64) -> Value {
    let slug = format!("emulator-deploy-gate-{id}");
    json!({
        "id": id,
        "node_id": node_id("Integration", id),
        "slug": slug,
        "integration_url": format!("https://api.github.com/apps/{slug}"),
    })
}

impl Deployment {
    fn render(&self, ctx: &Ctx<'_>) -> Value {
        let url = format!("{}/deployments/{}", ctx.repo_url(), self.id);
        json!({
            "url": url,
            "id": self.id,
            "node_id": node_id("Deployment", self.id),
            "sha": self.sha,
            "ref": self.reference,
            "task": self.task,
            "payload": self.payload,
            "original_environment": self.original_environment,
            "environment": self.environment,
            "description": self.description,
            "creator": user(&ctx.base),
            "created_at": rfc3339(self.created),
            "updated_at": rfc3339(self.updated),
            "statuses_url": format!("{url}/statuses"),
            "repository_url": ctx.repo_url(),
            "transient_environment": self.transient,
            "production_environment": self.production,
            "performed_via_github_app": null,
        })
    }

    fn latest_state(&self) -> Option<&str> {
        self.statuses.last().map(|s| s.state.as_str())
    }
}

impl Status {
    fn render(&self, ctx: &Ctx<'_>, deployment_id: i64) -> Value {
        let deployment_url = format!("{}/deployments/{deployment_id}", ctx.repo_url());
        json!({
            "url": format!("{deployment_url}/statuses/{}", self.id),
            "id": self.id,
            "node_id": node_id("DeploymentStatus", self.id),
            "state": self.state,
            "creator": user(&ctx.base),
            "description": self.description,
            "environment": self.environment,
            "target_url": self.target_url,
            "created_at": rfc3339(self.created),
            "updated_at": rfc3339(self.created),
            "deployment_url": deployment_url,
            "repository_url": ctx.repo_url(),
            "environment_url": self.environment_url,
            "log_url": self.log_url,
            "performed_via_github_app": null,
        })
    }
}

fn encode_segment(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

impl Environment {
    fn render(&self, ctx: &Ctx<'_>) -> Value {
        let mut rules = Vec::new();
        if let Some(wait) = self.wait_timer.filter(|w| *w > 0) {
            rules.push(json!({
                "id": self.rule_ids.0,
                "node_id": node_id("ProtectionRule", self.rule_ids.0),
                "type": "wait_timer",
                "wait_timer": wait,
            }));
        }
        if !self.reviewers.is_empty() {
            let reviewers: Vec<Value> = self
                .reviewers
                .iter()
                .map(|(kind, id)| {
                    let reviewer = if kind == "Team" {
                        reviewer_team(&ctx.base, *id)
                    } else {
                        reviewer_user(&ctx.base, *id)
                    };
                    json!({"type": kind, "reviewer": reviewer})
                })
                .collect();
            rules.push(json!({
                "id": self.rule_ids.1,
                "node_id": node_id("ProtectionRule", self.rule_ids.1),
                "prevent_self_review": self.prevent_self_review,
                "type": "required_reviewers",
                "reviewers": reviewers,
            }));
        }
        if !self.branch_policy.is_null() {
            rules.push(json!({
                "id": self.rule_ids.2,
                "node_id": node_id("ProtectionRule", self.rule_ids.2),
                "type": "branch_policy",
            }));
        }
        json!({
            "id": self.id,
            "node_id": node_id("Environment", self.id),
            "name": self.name,
            "url": format!("{}/environments/{}", ctx.repo_url(), encode_segment(&self.name)),
            "html_url": format!(
                "{}/{}/{}/deployments/activity_log?environments_filter={}",
                ctx.base, ctx.owner, ctx.repo, encode_segment(&self.name)
            ),
            "created_at": rfc3339(self.created),
            "updated_at": rfc3339(self.updated),
            "protection_rules": rules,
            "deployment_branch_policy": self.branch_policy,
        })
    }
}

impl BranchPolicy {
    fn render(&self) -> Value {
        json!({
            "id": self.id,
            "node_id": node_id("DeploymentBranchPolicy", self.id),
            "name": self.name,
            "type": self.kind,
        })
    }
}

impl ProtectionRule {
    fn render(&self) -> Value {
        json!({
            "id": self.id,
            "node_id": node_id("DeploymentProtectionRule", self.id),
            "enabled": true,
            "app": app(self.app_id),
        })
    }
}

/// One page of `items` per `page` / `per_page`, and the `Link` header for the others.
fn paginate<T>(items: Vec<T>, ctx: &Ctx<'_>) -> (Vec<T>, Option<String>) {
    let per_page =
        usize::try_from(ctx.params.query_i64("per_page").unwrap_or(30).clamp(1, 100)).unwrap_or(30);
    let page = usize::try_from(ctx.params.query_i64("page").unwrap_or(1).max(1)).unwrap_or(1);
    let last = items.len().div_ceil(per_page).max(1);
    let link_to = |p: usize| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        let mut has_per_page = false;
        for (k, v) in ctx.query {
            match k.as_str() {
                "page" => {}
                "per_page" => {
                    has_per_page = true;
                    query.append_pair(k, v);
                }
                _ => {
                    query.append_pair(k, v);
                }
            }
        }
        if !has_per_page {
            query.append_pair("per_page", &per_page.to_string());
        }
        query.append_pair("page", &p.to_string());
        format!("<{}{}?{}>", ctx.base, ctx.path, query.finish())
    };
    let mut links = Vec::new();
    if last > 1 {
        if page > 1 {
            links.push(format!("{}; rel=\"prev\"", link_to((page - 1).min(last))));
        }
        if page < last {
            links.push(format!("{}; rel=\"next\"", link_to(page + 1)));
            links.push(format!("{}; rel=\"last\"", link_to(last)));
        }
        if page > 1 {
            links.push(format!("{}; rel=\"first\"", link_to(1)));
        }
    }
    let page_items = items
        .into_iter()
        .skip((page - 1).saturating_mul(per_page))
        .take(per_page)
        .collect();
    (page_items, (!links.is_empty()).then(|| links.join(", ")))
}

/// A `200` JSON answer with an optional `Link` header.
fn ok_with_link(value: &Value, link: Option<String>) -> Response {
    let mut r = super::json(StatusCode::OK, value);
    if let Some(link) = link {
        set(r.headers_mut(), "link", link);
    }
    r
}

/// A commit SHA for a ref: the ref itself when it is one, else a stable made-up SHA.
fn sha_for(owner: &str, repo: &str, reference: &str) -> String {
    if reference.len() == 40 && reference.bytes().all(|b| b.is_ascii_hexdigit()) {
        return reference.to_ascii_lowercase();
    }
    let digest = Sha256::digest(format!("{owner}/{repo}@{reference}").as_bytes());
    hex::encode(digest)[..40].to_string()
}

fn list_integrations(ctx: &Ctx<'_>) -> Response {
    let apps: Vec<Value> = defaults::INTEGRATION_IDS
        .iter()
        .map(|id| app(*id))
        .collect();
    let total = apps.len();
    let (page, link) = paginate(apps, ctx);
    ok_with_link(
        &json!({
            "total_count": total,
            "available_custom_deployment_protection_rule_integrations": page,
        }),
        link,
    )
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

impl State {
    fn next_id(&mut self) -> i64 {
        self.last_id += 1;
        self.last_id
    }

    fn repo(&mut self, ctx: &Ctx<'_>) -> &mut Repo {
        self.repos
            .entry((ctx.owner.to_lowercase(), ctx.repo.to_lowercase()))
            .or_default()
    }

    /// Creates the environment `name` if it does not exist yet.
    fn ensure_environment(&mut self, ctx: &Ctx<'_>, name: &str) {
        if self.repo(ctx).environments.contains_key(name) {
            return;
        }
        let ids = (
            self.next_id(),
            self.next_id(),
            self.next_id(),
            self.next_id(),
        );
        let env = Environment {
            id: ids.0,
            name: name.to_string(),
            created: ctx.now,
            updated: ctx.now,
            wait_timer: None,
            prevent_self_review: false,
            reviewers: Vec::new(),
            branch_policy: Value::Null,
            rule_ids: (ids.1, ids.2, ids.3),
            policies: Vec::new(),
            rules: Vec::new(),
        };
        self.repo(ctx).environments.insert(name.to_string(), env);
    }

    fn list_deployments(&mut self, ctx: &Ctx<'_>) -> Response {
        let filter = |name: &str| ctx.params.query_str(name);
        let (sha, reference, task, environment) = (
            filter("sha"),
            filter("ref"),
            filter("task"),
            filter("environment"),
        );
        let repo = self.repo(ctx);
        let matching: Vec<Value> = repo
            .deployments
            .iter()
            .rev()
            .filter(|d| sha.as_ref().is_none_or(|s| *s == d.sha))
            .filter(|d| reference.as_ref().is_none_or(|r| *r == d.reference))
            .filter(|d| task.as_ref().is_none_or(|t| *t == d.task))
            .filter(|d| environment.as_ref().is_none_or(|e| *e == d.environment))
            .map(|d| d.render(ctx))
            .collect();
        let (page, link) = paginate(matching, ctx);
        ok_with_link(&Value::Array(page), link)
    }

    fn create_deployment(&mut self, ctx: &Ctx<'_>) -> Response {
        let reference = ctx.body_str("ref").unwrap_or_default();
        let auto_merge = ctx.body_bool("auto_merge").unwrap_or(true);
        if reference.ends_with(defaults::BEHIND_REF_SUFFIX)
            && !self.repo(ctx).merged.contains(&reference)
        {
            if !auto_merge {
                return error(
                    StatusCode::CONFLICT,
                    &format!("Conflict merging main into {reference}."),
                );
            }
            self.repo(ctx).merged.insert(reference.clone());
            return super::json(
                StatusCode::ACCEPTED,
                &json!({"message": format!("Auto-merged main into {reference} on deployment.")}),
            );
        }
        if let Some(Value::Array(contexts)) = ctx.body_value("required_contexts")
            && !contexts.is_empty()
        {
            // The emulator knows no commit statuses: every required context is missing.
            let missing: Vec<Value> = contexts
                .iter()
                .map(|c| json!({"context": c, "state": "missing"}))
                .collect();
            return super::json(
                StatusCode::CONFLICT,
                &json!({
                    "message": format!("Conflict: Commit status checks failed for {reference}."),
                    "errors": [{"contexts": missing, "resource": "Deployment", "field": "required_contexts"}],
                    "documentation_url": DOCS,
                    "status": "409",
                }),
            );
        }
        let environment = ctx
            .body_str("environment")
            .unwrap_or_else(|| "production".to_string());
        let id = self.next_id();
        let deployment = Deployment {
            id,
            sha: sha_for(&ctx.owner, &ctx.repo, &reference),
            reference,
            task: ctx.body_str("task").unwrap_or_else(|| "deploy".to_string()),
            payload: ctx.body_value("payload").cloned().unwrap_or(json!({})),
            original_environment: environment.clone(),
            environment: environment.clone(),
            description: match ctx.body_value("description") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Null) => None,
                _ => Some(String::new()),
            },
            created: ctx.now,
            updated: ctx.now,
            transient: ctx.body_bool("transient_environment").unwrap_or(false),
            production: ctx
                .body_bool("production_environment")
                .unwrap_or(environment == "production"),
            statuses: Vec::new(),
        };
        let rendered = deployment.render(ctx);
        self.repo(ctx).deployments.push(deployment);
        self.ensure_environment(ctx, &environment);
        super::json(StatusCode::CREATED, &rendered)
    }

    fn find_deployment(&mut self, ctx: &Ctx<'_>) -> Option<&mut Deployment> {
        let id = ctx.params.path_i64("deployment_id");
        self.repo(ctx).deployments.iter_mut().find(|d| d.id == id)
    }

    fn get_deployment(&mut self, ctx: &Ctx<'_>) -> Response {
        match self.find_deployment(ctx) {
            Some(d) => super::json(StatusCode::OK, &d.render(ctx)),
            None => not_found(),
        }
    }

    fn delete_deployment(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = ctx.params.path_i64("deployment_id");
        let repo = self.repo(ctx);
        let Some(index) = repo.deployments.iter().position(|d| d.id == id) else {
            return not_found();
        };
        let d = &repo.deployments[index];
        let same_environment = repo
            .deployments
            .iter()
            .filter(|o| o.environment == d.environment)
            .count();
        if same_environment > 1 && d.latest_state() != Some("inactive") {
            return super::json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({
                    "message": "We cannot delete an active deployment unless it is the only deployment in a given environment.",
                    "documentation_url": DOCS,
                }),
            );
        }
        repo.deployments.remove(index);
        empty(StatusCode::NO_CONTENT)
    }

    fn list_statuses(&mut self, ctx: &Ctx<'_>) -> Response {
        let Some(d) = self.find_deployment(ctx) else {
            return not_found();
        };
        let id = d.id;
        let statuses: Vec<Value> = d.statuses.iter().rev().map(|s| s.render(ctx, id)).collect();
        let (page, link) = paginate(statuses, ctx);
        ok_with_link(&Value::Array(page), link)
    }

    fn create_status(&mut self, ctx: &Ctx<'_>) -> Response {
        let status_id = self.next_id();
        let Some(d) = self.find_deployment(ctx) else {
            return not_found();
        };
        let state = ctx.body_str("state").unwrap_or_default();
        let log_url = ctx.body_str("log_url");
        let target_url = ctx.body_str("target_url");
        let environment = match ctx.body_str("environment") {
            Some(e) => {
                d.environment = e.clone();
                e
            }
            None => d
                .statuses
                .last()
                .map_or_else(|| d.environment.clone(), |s| s.environment.clone()),
        };
        let status = Status {
            id: status_id,
            state: state.clone(),
            description: ctx.body_str("description").unwrap_or_default(),
            environment: environment.clone(),
            target_url: log_url.clone().or(target_url.clone()).unwrap_or_default(),
            log_url: log_url.or(target_url).unwrap_or_default(),
            environment_url: ctx.body_str("environment_url").unwrap_or_default(),
            created: ctx.now,
        };
        let deployment_id = d.id;
        let rendered = status.render(ctx, deployment_id);
        d.statuses.push(status);
        d.updated = ctx.now;
        if state == "success" && ctx.body_bool("auto_inactive").unwrap_or(true) {
            let earlier: Vec<i64> = self
                .repo(ctx)
                .deployments
                .iter()
                .filter(|o| {
                    o.id < deployment_id
                        && o.environment == environment
                        && o.latest_state() == Some("success")
                })
                .map(|o| o.id)
                .collect();
            for id in earlier {
                let inactive_id = self.next_id();
                if let Some(o) = self.repo(ctx).deployments.iter_mut().find(|o| o.id == id) {
                    let last = o.statuses.last();
                    let inactive = Status {
                        id: inactive_id,
                        state: "inactive".into(),
                        description: String::new(),
                        environment: environment.clone(),
                        target_url: last.map(|s| s.target_url.clone()).unwrap_or_default(),
                        log_url: last.map(|s| s.log_url.clone()).unwrap_or_default(),
                        environment_url: last
                            .map(|s| s.environment_url.clone())
                            .unwrap_or_default(),
                        created: ctx.now,
                    };
                    o.statuses.push(inactive);
                    o.updated = ctx.now;
                }
            }
        }
        self.ensure_environment(ctx, &environment);
        let mut r = super::json(StatusCode::CREATED, &rendered);
        if let Some(url) = rendered.get("url").and_then(Value::as_str) {
            set(r.headers_mut(), LOCATION.as_str(), url.to_string());
        }
        r
    }

    fn get_status(&mut self, ctx: &Ctx<'_>) -> Response {
        let status_id = ctx.params.path_i64("status_id");
        let Some(d) = self.find_deployment(ctx) else {
            return not_found();
        };
        match d.statuses.iter().find(|s| s.id == status_id) {
            Some(s) => super::json(StatusCode::OK, &s.render(ctx, d.id)),
            None => not_found(),
        }
    }

    fn list_environments(&mut self, ctx: &Ctx<'_>) -> Response {
        let envs: Vec<Value> = self
            .repo(ctx)
            .environments
            .values()
            .map(|e| e.render(ctx))
            .collect();
        let total = envs.len();
        let (page, link) = paginate(envs, ctx);
        ok_with_link(&json!({"total_count": total, "environments": page}), link)
    }

    fn environment(&mut self, ctx: &Ctx<'_>) -> Option<&mut Environment> {
        let name = ctx.params.path_str("environment_name");
        self.repo(ctx).environments.get_mut(&name)
    }

    fn get_environment(&mut self, ctx: &Ctx<'_>) -> Response {
        match self.environment(ctx) {
            Some(e) => super::json(StatusCode::OK, &e.render(ctx)),
            None => not_found(),
        }
    }

    fn put_environment(&mut self, ctx: &Ctx<'_>) -> Response {
        if let Some(policy) = ctx.body_value("deployment_branch_policy")
            && policy.is_object()
            && policy.get("protected_branches") == policy.get("custom_branch_policies")
        {
            return super::json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({
                    "message": "Validation Failed",
                    "errors": ["Exactly one of `protected_branches` and `custom_branch_policies` must be true."],
                    "documentation_url": DOCS,
                    "status": "422",
                }),
            );
        }
        let name = ctx.params.path_str("environment_name");
        self.ensure_environment(ctx, &name);
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        if let Some(wait) = ctx.body_value("wait_timer").and_then(Value::as_i64) {
            env.wait_timer = Some(wait);
        }
        if let Some(prevent) = ctx.body_bool("prevent_self_review") {
            env.prevent_self_review = prevent;
        }
        match ctx.body_value("reviewers") {
            Some(Value::Array(list)) => {
                env.reviewers = list
                    .iter()
                    .filter_map(|r| {
                        let kind = r.get("type")?.as_str()?.to_string();
                        Some((kind, r.get("id")?.as_i64()?))
                    })
                    .collect();
            }
            Some(Value::Null) => env.reviewers.clear(),
            _ => {}
        }
        if let Some(policy) = ctx.body_value("deployment_branch_policy") {
            env.branch_policy = policy.clone();
        }
        env.updated = ctx.now;
        super::json(StatusCode::OK, &env.render(ctx))
    }

    fn delete_environment(&mut self, ctx: &Ctx<'_>) -> Response {
        let name = ctx.params.path_str("environment_name");
        match self.repo(ctx).environments.remove(&name) {
            Some(_) => empty(StatusCode::NO_CONTENT),
            None => not_found(),
        }
    }

    fn list_policies(&mut self, ctx: &Ctx<'_>) -> Response {
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        let policies: Vec<Value> = env.policies.iter().map(BranchPolicy::render).collect();
        let total = policies.len();
        let (page, link) = paginate(policies, ctx);
        ok_with_link(
            &json!({"total_count": total, "branch_policies": page}),
            link,
        )
    }

    fn create_policy(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = self.next_id();
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        if env.branch_policy.get("custom_branch_policies") != Some(&Value::Bool(true)) {
            return error(
                StatusCode::NOT_FOUND,
                "Not Found: custom branch policies are not enabled for this environment",
            );
        }
        let name = ctx.body_str("name").unwrap_or_default();
        let kind = ctx.body_str("type").unwrap_or_else(|| "branch".into());
        if let Some(existing) = env
            .policies
            .iter()
            .find(|p| p.name == name && p.kind == kind)
        {
            let mut r = empty(StatusCode::SEE_OTHER);
            set(
                r.headers_mut(),
                LOCATION.as_str(),
                format!(
                    "{}/environments/{}/deployment-branch-policies/{}",
                    ctx.repo_url(),
                    encode_segment(&env.name),
                    existing.id
                ),
            );
            return r;
        }
        let policy = BranchPolicy { id, name, kind };
        let rendered = policy.render();
        env.policies.push(policy);
        super::json(StatusCode::OK, &rendered)
    }

    fn policy(&mut self, ctx: &Ctx<'_>) -> Option<&mut BranchPolicy> {
        let id = ctx.params.path_i64("branch_policy_id");
        self.environment(ctx)?
            .policies
            .iter_mut()
            .find(|p| p.id == id)
    }

    fn get_policy(&mut self, ctx: &Ctx<'_>) -> Response {
        match self.policy(ctx) {
            Some(p) => super::json(StatusCode::OK, &p.render()),
            None => not_found(),
        }
    }

    fn update_policy(&mut self, ctx: &Ctx<'_>) -> Response {
        let name = ctx.body_str("name").unwrap_or_default();
        match self.policy(ctx) {
            Some(p) => {
                p.name = name;
                super::json(StatusCode::OK, &p.render())
            }
            None => not_found(),
        }
    }

    fn delete_policy(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = ctx.params.path_i64("branch_policy_id");
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        let before = env.policies.len();
        env.policies.retain(|p| p.id != id);
        if env.policies.len() == before {
            not_found()
        } else {
            empty(StatusCode::NO_CONTENT)
        }
    }

    fn list_rules(&mut self, ctx: &Ctx<'_>) -> Response {
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        let rules: Vec<Value> = env.rules.iter().map(ProtectionRule::render).collect();
        super::json(
            StatusCode::OK,
            &json!({"total_count": rules.len(), "custom_deployment_protection_rules": rules}),
        )
    }

    fn create_rule(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = self.next_id();
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        let integration = ctx.body_value("integration_id").and_then(Value::as_i64);
        let Some(app_id) = integration.filter(|i| defaults::INTEGRATION_IDS.contains(i)) else {
            return super::json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({
                    "message": "Validation Failed",
                    "errors": [{"resource": "DeploymentProtectionRule", "field": "integration_id", "code": "invalid",
                                "message": "integration_id is not an app available to this environment"}],
                    "documentation_url": DOCS,
                    "status": "422",
                }),
            );
        };
        if env.rules.iter().any(|r| r.app_id == app_id) {
            return super::json(
                StatusCode::UNPROCESSABLE_ENTITY,
                &json!({
                    "message": "Validation Failed",
                    "errors": [{"resource": "DeploymentProtectionRule", "field": "integration_id", "code": "already_exists"}],
                    "documentation_url": DOCS,
                    "status": "422",
                }),
            );
        }
        let rule = ProtectionRule { id, app_id };
        let rendered = rule.render();
        env.rules.push(rule);
        super::json(StatusCode::CREATED, &rendered)
    }

    fn get_rule(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = ctx.params.path_i64("protection_rule_id");
        match self
            .environment(ctx)
            .and_then(|e| e.rules.iter().find(|r| r.id == id))
        {
            Some(r) => super::json(StatusCode::OK, &r.render()),
            None => not_found(),
        }
    }

    fn delete_rule(&mut self, ctx: &Ctx<'_>) -> Response {
        let id = ctx.params.path_i64("protection_rule_id");
        let Some(env) = self.environment(ctx) else {
            return not_found();
        };
        let before = env.rules.len();
        env.rules.retain(|r| r.id != id);
        if env.rules.len() == before {
            not_found()
        } else {
            empty(StatusCode::NO_CONTENT)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    #[test]
    fn the_spec_loads_with_its_operations() {
        assert_eq!(spec().ops.len(), 21);
        assert_eq!(spec().base_path, "");
    }

    #[test]
    fn literal_segments_win_over_parameters() {
        let s = spec();
        let path = "/repos/o/r/environments/prod/deployment_protection_rules/apps";
        match s.find(&Method::GET, path) {
            Match::Found(op, _) => assert_eq!(op.id, "list_deployment_rule_integrations"),
            _ => panic!("no match"),
        }
        match s.find(&Method::GET, "/repos/o/r/environments/a%2Fb") {
            Match::Found(op, params) => {
                assert_eq!(op.id, "get_environment");
                assert_eq!(params["environment_name"], "a/b");
            }
            _ => panic!("no match"),
        }
        assert!(matches!(
            s.find(&Method::PATCH, "/repos/o/r/deployments"),
            Match::WrongMethod
        ));
        assert!(matches!(
            s.find(&Method::GET, "/repos/o/r/nothing"),
            Match::NotFound
        ));
    }

    #[test]
    fn parameters_are_converted_and_checked() {
        let s = spec();
        let op = s.op("list_deployments").unwrap();
        let path = HashMap::from([("owner".into(), "o".into()), ("repo".into(), "r".into())]);
        let ok = s
            .validate_params(op, &path, &[("per_page".into(), "5".into())])
            .unwrap();
        assert_eq!(ok.query["per_page"], json!(5));
        let bad = s
            .validate_params(op, &path, &[("per_page".into(), "500".into())])
            .unwrap_err();
        assert_eq!(bad[0].field, "per_page");
        let bad = s
            .validate_params(op, &path, &[("page".into(), "x".into())])
            .unwrap_err();
        assert_eq!(bad[0].kind, ProblemKind::Invalid);
    }
}
