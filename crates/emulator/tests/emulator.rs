//! The emulator, started in-process and driven with real HTTP requests: every operation of every
//! spec, each provider's authentication failures, state across calls, validation errors from the
//! specs, reproducible fault injection, and conformance of every answer to the specs.
//!
//! Requests are made with reqwest and the crate's signers, so that wrong signatures, stale
//! timestamps and reused nonces can be sent on purpose; where a provider client module is
//! compiled in, it is also run against the emulator.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use base64::Engine as _;
use deploykit::sign::acs3::{Acs3Request, Acs3Signer, format_acs_date};
use deploykit::sign::ncp::NcpSigner;
use deploykit_emulator::{
    Emulator, EmulatorBuilder, EmulatorHandle, FaultConfig, Faults, Provider, check_response,
    defaults, operations,
};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

// ---- fixtures ------------------------------------------------------------------------------

/// The emulator's clock: the system clock plus an offset the test can move forward.
#[derive(Clone, Default)]
struct TestClock(Arc<AtomicI64>);

impl TestClock {
    fn now(&self) -> SystemTime {
        let offset = self.0.load(Ordering::SeqCst);
        SystemTime::now() + Duration::from_millis(u64::try_from(offset).unwrap_or(0))
    }

    fn advance(&self, by: Duration) {
        self.0
            .fetch_add(i64::try_from(by.as_millis()).unwrap(), Ordering::SeqCst);
    }
}

/// A running emulator, an HTTP client and the emulator's clock.
struct Emu {
    handle: EmulatorHandle,
    http: reqwest::Client,
    clock: TestClock,
}

/// An answer: status, headers and the body as JSON (`Null` when empty or not JSON).
struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
    bytes: Vec<u8>,
}

impl Answer {
    async fn read(r: reqwest::Response) -> Self {
        let status = r.status();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.unwrap().to_vec();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Self {
            status,
            headers,
            body,
            bytes,
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

async fn emu() -> Emu {
    emu_with(Emulator::builder()).await
}

async fn emu_with(builder: EmulatorBuilder) -> Emu {
    let clock = TestClock::default();
    let c = clock.clone();
    let handle = builder
        .clock(move || c.now())
        .check_responses(true)
        .start()
        .await
        .expect("the emulator starts");
    let http = reqwest::Client::builder()
        .user_agent("deploykit-emulator-tests")
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Emu {
        handle,
        http,
        clock,
    }
}

fn unix_ms(t: SystemTime) -> u64 {
    u64::try_from(
        t.duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

impl Emu {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle.base_url())
    }

    /// Fails the test if any answer so far did not conform to the specs.
    fn assert_conformant(&self) {
        let violations = self.handle.conformance_violations();
        assert!(violations.is_empty(), "{violations:#?}");
    }

    // ---- GitHub ----

    async fn gh(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let mut req = self
            .http
            .request(method, self.url(path))
            .bearer_auth(defaults::GITHUB_TOKEN)
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28");
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }

    // ---- NCP ----

    async fn ncp(&self, method: Method, target: &str, body: Option<Value>) -> Answer {
        let ts = unix_ms(SystemTime::now());
        self.ncp_signed(
            method,
            target,
            body,
            ts,
            defaults::NCP_ACCESS_KEY,
            defaults::NCP_SECRET_KEY,
        )
        .await
    }

    async fn ncp_signed(
        &self,
        method: Method,
        target: &str,
        body: Option<Value>,
        ts: u64,
        access_key: &str,
        secret: &str,
    ) -> Answer {
        let signed = NcpSigner::new(access_key, secret).sign(method.as_str(), target, ts);
        let mut req = self.http.request(method, self.url(target));
        for (name, value) in signed.iter() {
            req = req.header(name, value);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }

    // ---- Alibaba ----

    fn host(&self) -> String {
        self.handle.addr().to_string()
    }

    async fn ali(&self, action: &str, params: &[(&str, &str)]) -> Answer {
        let nonce = uuid::Uuid::new_v4().to_string();
        let date = format_acs_date(i64::try_from(unix_ms(SystemTime::now()) / 1000).unwrap());
        self.ali_raw(
            action,
            params,
            &AliSigning {
                date: &date,
                nonce: &nonce,
                ..AliSigning::default()
            },
        )
        .await
    }

    async fn ali_raw(&self, action: &str, params: &[(&str, &str)], s: &AliSigning<'_>) -> Answer {
        let host = self.host();
        let signer = Acs3Signer::new(s.id, s.secret, None);
        let mut req = Acs3Request::rpc(&host, action, "2016-07-14", params);
        req.body = s.signed_body;
        let signed = signer.sign(&req, s.date, s.nonce);
        let url = if signed.canonical_query.is_empty() {
            self.url("/")
        } else {
            self.url(&format!("/?{}", signed.canonical_query))
        };
        let mut http = self.http.post(url);
        for (name, value) in signed.iter() {
            http = http.header(name, value);
        }
        let body = s.sent_body.unwrap_or(s.signed_body).to_vec();
        if !body.is_empty() {
            http = http.body(body);
        }
        Answer::read(http.send().await.unwrap()).await
    }

    // ---- NHN ----

    async fn nhn_token(&self) -> String {
        let r = self
            .http
            .post(self.url("/oauth2/token/create"))
            .basic_auth(
                defaults::NHN_ACCESS_KEY_ID,
                Some(defaults::NHN_SECRET_ACCESS_KEY),
            )
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .unwrap();
        let a = Answer::read(r).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        a.body["access_token"].as_str().unwrap().to_string()
    }

    async fn nhn(&self, method: Method, path: &str, token: &str, body: Option<Value>) -> Answer {
        let mut req = self
            .http
            .request(method, self.url(path))
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"));
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }
}

/// How an Alibaba request is signed and what body is sent.
struct AliSigning<'a> {
    id: &'a str,
    secret: &'a str,
    date: &'a str,
    nonce: &'a str,
    signed_body: &'a [u8],
    /// A different body than the signed one, to tamper with the request.
    sent_body: Option<&'a [u8]>,
}

impl Default for AliSigning<'_> {
    fn default() -> Self {
        Self {
            id: defaults::ALIBABA_ACCESS_KEY_ID,
            secret: defaults::ALIBABA_ACCESS_KEY_SECRET,
            date: "",
            nonce: "",
            signed_body: b"",
            sent_body: None,
        }
    }
}

/// The `rel="next"` URL of a `Link` header.
fn next_link(link: Option<&str>) -> Option<String> {
    link?.split(',').find_map(|part| {
        let (url, rel) = part.split_once(';')?;
        rel.contains("rel=\"next\"").then(|| {
            url.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
    })
}

const NCP_API: &str = "/api/v1/products/emuprod01/apis/emuapi01";
const NHN_ARTIFACT: &str = "/api/v2.1/projects/emulator-app-key/artifacts/1";
const API_1: &str = defaults::ALIBABA_APIS[0].0;
const API_2: &str = defaults::ALIBABA_APIS[1].0;
const GROUP: &str = defaults::ALIBABA_GROUP_ID;

// ---- startup ---------------------------------------------------------------------------------

#[tokio::test]
async fn starts_on_an_ephemeral_port_describes_itself_and_shuts_down() {
    let e = emu().await;
    assert!(e.handle.base_url().starts_with("http://127.0.0.1:"));
    assert_ne!(e.handle.addr().port(), 0);
    let described = e.handle.describe();
    for expected in [
        defaults::GITHUB_TOKEN,
        defaults::NCP_ACCESS_KEY,
        defaults::NCP_SECRET_KEY,
        defaults::ALIBABA_ACCESS_KEY_ID,
        defaults::ALIBABA_ACCESS_KEY_SECRET,
        defaults::NHN_ACCESS_KEY_ID,
        defaults::NHN_SECRET_ACCESS_KEY,
        defaults::NHN_APP_KEY,
        e.handle.base_url(),
    ] {
        assert!(
            described.contains(expected),
            "{expected} missing in:\n{described}"
        );
    }
    assert_eq!(
        e.handle.ncloud_url(),
        format!("{}/api/v1", e.handle.base_url())
    );

    // One address serves all four providers.
    assert_eq!(
        e.gh(Method::GET, "/repos/o/r/deployments", None)
            .await
            .status,
        200
    );
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
            .await
            .status,
        200
    );
    assert_eq!(e.ali("DescribeDeployedApis", &[]).await.status, 200);
    let token = e.nhn_token().await;
    assert_eq!(
        e.nhn(
            Method::GET,
            "/api/v2.1/projects/emulator-app-key/artifacts",
            &token,
            None
        )
        .await
        .status,
        200
    );
    // Paths no provider serves.
    let r = e.http.get(e.url("/nothing/here")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    e.assert_conformant();

    let url = e.url("/repos/o/r/deployments");
    let http = e.http.clone();
    e.handle.shutdown().await;
    assert!(
        http.get(url).send().await.is_err(),
        "still answering after shutdown"
    );
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let e = emu().await;
    let url = e.url("/repos/o/r/deployments");
    let http = e.http.clone();
    drop(e);
    tokio::task::yield_now().await;
    assert!(http.get(url).send().await.is_err());
}

#[tokio::test]
async fn listens_on_a_given_address_with_given_credentials() {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = probe.local_addr().unwrap();
    drop(probe);
    let e = emu_with(Emulator::builder().addr(addr).github_token("custom-token")).await;
    assert_eq!(e.handle.addr(), addr);
    assert_eq!(e.handle.credentials().github_tokens, vec!["custom-token"]);
    let r = e.gh(Method::GET, "/repos/o/r/deployments", None).await;
    assert_eq!(r.status, 401);
    let r = e
        .http
        .get(e.url("/repos/o/r/deployments"))
        .bearer_auth("custom-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
}

// ---- GitHub ----------------------------------------------------------------------------------

#[tokio::test]
async fn github_deployments_statuses_and_pagination() {
    let e = emu().await;
    let base = "/repos/octo-org/shop";
    let mut ids = Vec::new();
    for (i, env) in ["staging", "staging", "production"].iter().enumerate() {
        let r = e
            .gh(
                Method::POST,
                &format!("{base}/deployments"),
                Some(json!({"ref": format!("v1.{i}"), "environment": env, "description": "release", "required_contexts": []})),
            )
            .await;
        assert_eq!(r.status, 201, "{}", r.body);
        assert_eq!(r.body["environment"], *env);
        assert_eq!(r.body["task"], "deploy");
        assert_eq!(r.body["sha"].as_str().unwrap().len(), 40);
        ids.push(r.body["id"].as_i64().unwrap());
    }
    assert!(e.handle.conformance_violations().is_empty());

    // Created deployments are listed, newest first, page by page with Link headers.
    let r = e
        .gh(Method::GET, &format!("{base}/deployments?per_page=2"), None)
        .await;
    assert_eq!(r.status, 200);
    let first: Vec<i64> = r
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_i64().unwrap())
        .collect();
    assert_eq!(first, vec![ids[2], ids[1]]);
    let next = next_link(r.header("link")).expect("a next link");
    assert!(r.header("link").unwrap().contains("rel=\"last\""));
    let r = e
        .http
        .get(&next)
        .bearer_auth(defaults::GITHUB_TOKEN)
        .send()
        .await
        .unwrap();
    let r = Answer::read(r).await;
    assert_eq!(r.body.as_array().unwrap().len(), 1);
    assert_eq!(r.body[0]["id"], ids[0]);
    assert!(next_link(r.header("link")).is_none());
    assert!(r.header("link").unwrap().contains("rel=\"prev\""));

    // Filters.
    let r = e
        .gh(
            Method::GET,
            &format!("{base}/deployments?environment=staging&ref=v1.1"),
            None,
        )
        .await;
    assert_eq!(r.body.as_array().unwrap().len(), 1);
    assert_eq!(r.body[0]["id"], ids[1]);

    // Statuses accumulate; a success with auto_inactive makes the earlier successful deployment
    // of the same environment inactive.
    let e = &e;
    let status = |id: i64, body: Value| async move {
        e.gh(
            Method::POST,
            &format!("{base}/deployments/{id}/statuses"),
            Some(body),
        )
        .await
    };
    let r = status(
        ids[0],
        json!({"state": "in_progress", "log_url": "https://ci.example.com/1"}),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.body);
    assert_eq!(r.body["target_url"], "https://ci.example.com/1");
    assert!(
        r.header("location")
            .unwrap()
            .ends_with(&format!("/statuses/{}", r.body["id"]))
    );
    assert_eq!(
        status(ids[0], json!({"state": "success"})).await.status,
        201
    );
    let r = status(
        ids[1],
        json!({"state": "success", "environment_url": "https://staging.example.com"}),
    )
    .await;
    assert_eq!(r.status, 201);
    let status_id = r.body["id"].as_i64().unwrap();

    let r = e
        .gh(
            Method::GET,
            &format!("{base}/deployments/{}/statuses", ids[0]),
            None,
        )
        .await;
    let states: Vec<&str> = r
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, vec!["inactive", "success", "in_progress"]);
    let r = e
        .gh(
            Method::GET,
            &format!("{base}/deployments/{}/statuses/{status_id}", ids[1]),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["environment_url"], "https://staging.example.com");
    let r = e
        .gh(Method::GET, &format!("{base}/deployments/{}", ids[1]), None)
        .await;
    assert_eq!(r.body["ref"], "v1.1");

    // auto_inactive: false leaves earlier deployments alone.
    assert_eq!(
        status(ids[2], json!({"state": "success", "auto_inactive": false}))
            .await
            .status,
        201
    );

    // An active deployment cannot be deleted while others share its environment; an inactive one can.
    let r = e
        .gh(
            Method::DELETE,
            &format!("{base}/deployments/{}", ids[1]),
            None,
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = e
        .gh(
            Method::DELETE,
            &format!("{base}/deployments/{}", ids[0]),
            None,
        )
        .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        e.gh(Method::GET, &format!("{base}/deployments/{}", ids[0]), None)
            .await
            .status,
        404
    );
    assert_eq!(
        e.gh(
            Method::GET,
            &format!("{base}/deployments/{}/statuses/999999", ids[1]),
            None
        )
        .await
        .status,
        404
    );

    // Deployments created environments, as on GitHub.
    let r = e
        .gh(Method::GET, &format!("{base}/environments"), None)
        .await;
    assert_eq!(r.body["total_count"], 2);

    // The 202 (merged instead of deployed) and 409 outcomes.
    let behind = format!("topic{}", defaults::GITHUB_BEHIND_REF_SUFFIX);
    let r = e
        .gh(
            Method::POST,
            &format!("{base}/deployments"),
            Some(json!({"ref": behind, "auto_merge": false})),
        )
        .await;
    assert_eq!(r.status, 409);
    let r = e
        .gh(
            Method::POST,
            &format!("{base}/deployments"),
            Some(json!({"ref": behind})),
        )
        .await;
    assert_eq!(r.status, 202);
    assert!(r.body["message"].as_str().unwrap().contains("Auto-merged"));
    let r = e
        .gh(
            Method::POST,
            &format!("{base}/deployments"),
            Some(json!({"ref": behind})),
        )
        .await;
    assert_eq!(r.status, 201);
    let r = e
        .gh(
            Method::POST,
            &format!("{base}/deployments"),
            Some(json!({"ref": "main", "required_contexts": ["ci/build"]})),
        )
        .await;
    assert_eq!(r.status, 409);
    assert!(
        r.body["message"]
            .as_str()
            .unwrap()
            .contains("Commit status checks failed")
    );

    // Every answer carries GitHub's headers.
    assert!(r.header("x-github-request-id").is_some());
    assert_eq!(r.header("x-ratelimit-limit"), Some("5000"));
    e.assert_conformant();
}

#[tokio::test]
async fn github_environments_branch_policies_and_protection_rules() {
    let e = emu().await;
    let env = "/repos/octo-org/shop/environments/release%2Fprod";
    let r = e.gh(Method::GET, env, None).await;
    assert_eq!(r.status, 404);

    let r = e
        .gh(
            Method::PUT,
            env,
            Some(json!({
                "wait_timer": 30,
                "prevent_self_review": true,
                "reviewers": [{"type": "User", "id": 4532992}, {"type": "Team", "id": 7}],
                "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true},
            })),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["name"], "release/prod");
    let rules: Vec<&str> = r.body["protection_rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        vec!["wait_timer", "required_reviewers", "branch_policy"]
    );
    // A PUT without a body is allowed and keeps the settings.
    let r = e.gh(Method::PUT, env, None).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["protection_rules"][0]["wait_timer"], 30);
    let r = e
        .gh(Method::PUT, env, Some(json!({"deployment_branch_policy": {"protected_branches": true, "custom_branch_policies": true}})))
        .await;
    assert_eq!(r.status, 422);

    let r = e
        .gh(
            Method::GET,
            "/repos/octo-org/shop/environments?per_page=1",
            None,
        )
        .await;
    assert_eq!(r.body["environments"][0]["name"], "release/prod");
    assert_eq!(e.gh(Method::GET, env, None).await.status, 200);

    // Branch policies.
    let policies = format!("{env}/deployment-branch-policies");
    let r = e
        .gh(
            Method::POST,
            &policies,
            Some(json!({"name": "release/*", "type": "branch"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let policy_id = r.body["id"].as_i64().unwrap();
    let r = e
        .gh(
            Method::POST,
            &policies,
            Some(json!({"name": "release/*", "type": "branch"})),
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        r.header("location")
            .unwrap()
            .ends_with(&format!("/{policy_id}"))
    );
    assert!(r.bytes.is_empty());
    let r = e
        .gh(
            Method::PUT,
            &format!("{policies}/{policy_id}"),
            Some(json!({"name": "v*"})),
        )
        .await;
    assert_eq!(r.body["name"], "v*");
    assert_eq!(
        e.gh(Method::GET, &format!("{policies}/{policy_id}"), None)
            .await
            .body["name"],
        "v*"
    );
    let r = e.gh(Method::GET, &policies, None).await;
    assert_eq!(r.body["total_count"], 1);
    assert_eq!(
        e.gh(Method::DELETE, &format!("{policies}/{policy_id}"), None)
            .await
            .status,
        204
    );
    assert_eq!(
        e.gh(Method::GET, &format!("{policies}/{policy_id}"), None)
            .await
            .status,
        404
    );

    // Custom deployment protection rules.
    let rules = format!("{env}/deployment_protection_rules");
    let r = e.gh(Method::GET, &format!("{rules}/apps"), None).await;
    assert_eq!(r.status, 200);
    let app_id = r.body["available_custom_deployment_protection_rule_integrations"][0]["id"]
        .as_i64()
        .unwrap();
    let r = e
        .gh(
            Method::POST,
            &rules,
            Some(json!({"integration_id": app_id})),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    let rule_id = r.body["id"].as_i64().unwrap();
    assert_eq!(
        e.gh(
            Method::POST,
            &rules,
            Some(json!({"integration_id": app_id}))
        )
        .await
        .status,
        422
    );
    assert_eq!(
        e.gh(Method::POST, &rules, Some(json!({"integration_id": 1})))
            .await
            .status,
        422
    );
    let r = e.gh(Method::GET, &rules, None).await;
    assert_eq!(
        r.body["custom_deployment_protection_rules"][0]["app"]["id"],
        app_id
    );
    assert_eq!(
        e.gh(Method::GET, &format!("{rules}/{rule_id}"), None)
            .await
            .status,
        200
    );
    assert_eq!(
        e.gh(Method::DELETE, &format!("{rules}/{rule_id}"), None)
            .await
            .status,
        204
    );
    assert_eq!(
        e.gh(Method::GET, &format!("{rules}/{rule_id}"), None)
            .await
            .status,
        404
    );

    assert_eq!(e.gh(Method::DELETE, env, None).await.status, 204);
    assert_eq!(e.gh(Method::GET, env, None).await.status, 404);
    e.assert_conformant();
}

#[tokio::test]
async fn github_rejects_missing_or_bad_credentials_and_missing_user_agent() {
    let e = emu().await;
    let url = e.url("/repos/o/r/deployments");
    let r = Answer::read(e.http.get(&url).send().await.unwrap()).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["message"], "Requires authentication");
    let r = Answer::read(
        e.http
            .get(&url)
            .bearer_auth("ghp_wrong")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["message"], "Bad credentials");
    assert!(r.body["documentation_url"].is_string());
    // octokit's `token …` form is accepted too.
    let r = e
        .http
        .get(&url)
        .header("authorization", format!("token {}", defaults::GITHUB_TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // No User-Agent.
    let bare = reqwest::Client::new();
    let r = bare
        .get(&url)
        .bearer_auth(defaults::GITHUB_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = e
        .http
        .get(&url)
        .bearer_auth(defaults::GITHUB_TOKEN)
        .header("x-github-api-version", "1999-01-01")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    e.assert_conformant();
}

#[tokio::test]
async fn github_validation_errors_are_422_with_errors() {
    let e = emu().await;
    let deployments = "/repos/o/r/deployments";
    let r = e
        .gh(
            Method::POST,
            deployments,
            Some(json!({"environment": "qa"})),
        )
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(r.body["message"], "Validation Failed");
    assert_eq!(r.body["errors"][0]["field"], "ref");
    assert_eq!(r.body["errors"][0]["code"], "missing_field");
    assert_eq!(r.body["errors"][0]["resource"], "Deployment");

    let r = e
        .gh(
            Method::POST,
            deployments,
            Some(json!({"ref": "main", "auto_merge": "yes"})),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.body["errors"][0]["field"], "auto_merge");
    assert_eq!(r.body["errors"][0]["code"], "invalid");

    let id = e
        .gh(Method::POST, deployments, Some(json!({"ref": "main"})))
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    let r = e
        .gh(
            Method::POST,
            &format!("{deployments}/{id}/statuses"),
            Some(json!({"state": "done"})),
        )
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.body["errors"][0]["field"], "state");
    assert_eq!(r.body["errors"][0]["resource"], "DeploymentStatus");
    let long = "x".repeat(141);
    let r = e
        .gh(
            Method::POST,
            &format!("{deployments}/{id}/statuses"),
            Some(json!({"state": "success", "description": long})),
        )
        .await;
    assert_eq!(r.status, 422);

    let r = e
        .gh(Method::GET, &format!("{deployments}?per_page=500"), None)
        .await;
    assert_eq!(r.status, 422);
    assert_eq!(r.body["errors"][0]["field"], "per_page");
    let r = e
        .gh(Method::GET, &format!("{deployments}?page=0"), None)
        .await;
    assert_eq!(r.status, 422);
    let r = e
        .gh(
            Method::PUT,
            "/repos/o/r/environments/qa",
            Some(json!({"wait_timer": 50000})),
        )
        .await;
    assert_eq!(r.status, 422);
    let r = e
        .gh(
            Method::PUT,
            "/repos/o/r/environments/qa",
            Some(json!({"unknown": 1})),
        )
        .await;
    assert_eq!(r.status, 422);

    // Malformed JSON and malformed ids.
    let r = e
        .http
        .post(e.url(deployments))
        .bearer_auth(defaults::GITHUB_TOKEN)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(
        e.gh(Method::GET, &format!("{deployments}/abc"), None)
            .await
            .status,
        404
    );
    assert_eq!(
        e.gh(Method::GET, &format!("{deployments}/0"), None)
            .await
            .status,
        404
    );
    e.assert_conformant();
}

#[tokio::test]
async fn github_client_module_runs_against_the_emulator() {
    use deploykit::github::{self, Deploy, DeploymentRun};
    use futures::TryStreamExt;

    let e = emu().await;
    let client = github::Client::builder()
        .token(defaults::GITHUB_TOKEN)
        .base_url(e.handle.github_url())
        .build()
        .unwrap();
    let first = DeploymentRun::start(
        &client,
        "octo-org",
        "shop",
        Deploy::new("v1").environment("qa"),
    )
    .await
    .unwrap();
    first.in_progress("rolling out").await.unwrap();
    first.succeed("done").await.unwrap();
    let second = DeploymentRun::start(
        &client,
        "octo-org",
        "shop",
        Deploy::new("v2").environment("qa"),
    )
    .await
    .unwrap();
    second.succeed("done").await.unwrap();
    let statuses = client
        .list_deployment_statuses()
        .owner("octo-org")
        .repo("shop")
        .deployment_id(first.id())
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(statuses[0].state.to_string(), "inactive");

    let all: Vec<_> = github::paginate(
        &client,
        client
            .list_deployments()
            .owner("octo-org")
            .repo("shop")
            .per_page(std::num::NonZeroU64::new(1).unwrap()),
    )
    .try_collect()
    .await
    .unwrap();
    assert_eq!(all.len(), 2);
    e.assert_conformant();
}

// ---- NCP -------------------------------------------------------------------------------------

#[tokio::test]
async fn ncloud_deploys_and_stage_history() {
    let e = emu().await;
    let (dev, _) = defaults::NCP_STAGES[0];
    let r = e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["stages"].as_array().unwrap().len(), 2);
    let initial = r.body["stages"][0]["defaultDeploymentNo"].as_i64().unwrap();

    // API deploy adds a stage deployment number, which the stage then serves.
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/deploy"),
            Some(json!({"stageId": dev, "deploymentDescription": "release 2"})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.bytes.is_empty());
    let r = e
        .ncp(Method::GET, &format!("{NCP_API}/stages/{dev}"), None)
        .await;
    let deployed = r.body["stage"]["deployedStageDeploymentNo"]
        .as_i64()
        .unwrap();
    assert!(deployed > initial);

    let history = format!("{NCP_API}/stages/{dev}/deployments");
    let r = e.ncp(Method::GET, &history, None).await;
    assert_eq!(r.body["total"], 2);
    assert_eq!(r.body["defaultDeploymentNo"], deployed);
    assert_eq!(r.body["content"][0]["stageDeploymentNo"], deployed);
    assert_eq!(r.body["content"][0]["deploymentDescription"], "release 2");
    let r = e
        .ncp(Method::GET, &format!("{history}?offset=1&limit=1"), None)
        .await;
    assert_eq!(r.body["content"].as_array().unwrap().len(), 1);
    assert_eq!(r.body["content"][0]["stageDeploymentNo"], initial);

    // Stage deploy switches the deployed number back.
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/stages/{dev}/deploy"),
            Some(json!({"deploymentNo": initial})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["stage"]["deployedStageDeploymentNo"], initial);
    let r = e
        .ncp(
            Method::POST,
            &format!("{NCP_API}/stages/{dev}/deploy"),
            Some(json!({"deploymentNo": 1})),
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["error"]["errorCode"], "300");

    // History document, then delete (not the deployment the stage serves).
    let r = e
        .ncp(Method::GET, &format!("{history}/{deployed}"), None)
        .await;
    let doc: Value = serde_json::from_str(r.body["documentJson"].as_str().unwrap()).unwrap();
    assert_eq!(doc["openapi"], "3.0.1");
    let r = e
        .ncp(Method::DELETE, &format!("{history}/{initial}"), None)
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["error"]["errorCode"], "100");
    let r = e
        .ncp(Method::DELETE, &format!("{history}/{deployed}"), None)
        .await;
    assert_eq!(r.status, 204);
    assert_eq!(
        e.ncp(Method::GET, &format!("{history}/{deployed}"), None)
            .await
            .status,
        404
    );
    assert_eq!(e.ncp(Method::GET, &history, None).await.body["total"], 1);

    // Unknown resources.
    let r = e
        .ncp(
            Method::GET,
            "/api/v1/products/nope/apis/emuapi01/stages",
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["error"]["errorCode"], "300");
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages/nostage"), None)
            .await
            .status,
        404
    );
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_rejects_bad_signatures_and_stale_timestamps_with_a_date_header() {
    let e = emu().await;
    let target = format!("{NCP_API}/stages");
    let now = unix_ms(SystemTime::now());
    let expect_401 = |r: &Answer| {
        assert_eq!(r.status, 401, "{}", r.body);
        assert_eq!(r.body["error"]["errorCode"], "200");
        assert_eq!(r.body["error"]["message"], "Authentication Failed");
        assert!(r.header("date").is_some(), "no Date header");
    };
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now,
            defaults::NCP_ACCESS_KEY,
            "wrong-secret",
        )
        .await;
    expect_401(&r);
    let stale = now - 6 * 60 * 1000;
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            stale,
            defaults::NCP_ACCESS_KEY,
            defaults::NCP_SECRET_KEY,
        )
        .await;
    expect_401(&r);
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now,
            "ncp_iam_UNKNOWN",
            defaults::NCP_SECRET_KEY,
        )
        .await;
    expect_401(&r);
    // Signed over another target than the one sent.
    let signed = NcpSigner::new(defaults::NCP_ACCESS_KEY, defaults::NCP_SECRET_KEY).sign(
        "GET",
        "/api/v1/other",
        now,
    );
    let mut req = e.http.get(e.url(&target));
    for (n, v) in signed.iter() {
        req = req.header(n, v);
    }
    expect_401(&Answer::read(req.send().await.unwrap()).await);
    expect_401(&Answer::read(e.http.get(e.url(&target)).send().await.unwrap()).await);
    // Within the window (4 minutes off) is fine; the query is part of what is signed.
    let r = e
        .ncp_signed(
            Method::GET,
            &target,
            None,
            now - 4 * 60 * 1000,
            defaults::NCP_ACCESS_KEY,
            defaults::NCP_SECRET_KEY,
        )
        .await;
    assert_eq!(r.status, 200);
    let r = e
        .ncp(
            Method::GET,
            &format!("{NCP_API}/stages/emustgdev/deployments?limit=1&offset=0"),
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    assert!(r.header("date").is_some());
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_validation_errors_are_400_code_100() {
    let e = emu().await;
    let cases = [
        (
            Method::GET,
            format!("{NCP_API}/stages/stage-id-longer-than-ten"),
            None,
        ),
        (
            Method::POST,
            format!("{NCP_API}/deploy"),
            Some(json!({"deploymentDescription": "no stage"})),
        ),
        (
            Method::POST,
            format!("{NCP_API}/deploy"),
            Some(json!({"stageId": "emustgdev", "deploymentDescription": "x".repeat(301)})),
        ),
        (
            Method::POST,
            format!("{NCP_API}/stages/emustgdev/deploy"),
            Some(json!({"deploymentNo": -1})),
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments?limit=0"),
            None,
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments?offset=first"),
            None,
        ),
        (
            Method::GET,
            format!("{NCP_API}/stages/emustgdev/deployments/-5"),
            None,
        ),
    ];
    for (method, target, body) in cases {
        let r = e.ncp(method.clone(), &target, body).await;
        assert_eq!(r.status, 400, "{method} {target}: {}", r.body);
        assert_eq!(r.body["error"]["errorCode"], "100", "{target}");
        assert!(!r.body["error"]["details"].as_str().unwrap().is_empty());
    }
    e.assert_conformant();
}

#[tokio::test]
async fn ncloud_client_module_runs_against_the_emulator() {
    use deploykit::ncloud::{Client, StageRef, types};

    let e = emu().await;
    let client = Client::builder()
        .base_url(e.handle.ncloud_url())
        .credentials(defaults::NCP_ACCESS_KEY, defaults::NCP_SECRET_KEY)
        .build()
        .unwrap();
    client
        .deploy_api()
        .product_id(defaults::NCP_PRODUCT_ID)
        .api_id(defaults::NCP_API_ID)
        .body(types::DeployApiRequest {
            stage_id: types::ResourceId::try_from("emustgprd").unwrap(),
            deployment_description: Some(
                types::DeploymentDescription::try_from("from the client").unwrap(),
            ),
        })
        .send()
        .await
        .unwrap();
    let stage = StageRef::new(defaults::NCP_PRODUCT_ID, defaults::NCP_API_ID, "emustgprd").unwrap();
    let history = client.all_deployments(&stage).await.unwrap();
    assert_eq!(history.len(), 2);
    e.assert_conformant();
}

// ---- Alibaba ---------------------------------------------------------------------------------

#[tokio::test]
async fn alibaba_deploys_history_switch_and_abolish() {
    let e = emu().await;
    let r = e
        .ali(
            "DeployApi",
            &[
                ("GroupId", GROUP),
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("Description", "first"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body["RequestId"].is_string());
    assert!(r.header("x-acs-request-id").is_some());

    // A deployed API shows in DescribeDeployedApis and DescribeHistoryApis.
    let r = e
        .ali("DescribeDeployedApis", &[("StageName", "RELEASE")])
        .await;
    assert_eq!(r.body["TotalCount"], 1);
    assert_eq!(r.body["DeployedApis"]["DeployedApiItem"][0]["ApiId"], API_1);
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "TEST")])
            .await
            .body["TotalCount"],
        0
    );
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("Description", "second"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    let r = e
        .ali(
            "DescribeHistoryApis",
            &[("GroupId", GROUP), ("ApiId", API_1)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let items = r.body["ApiHisItems"]["ApiHisItem"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["Status"], "ONLINE");
    assert_eq!(items[0]["Description"], "second");
    assert_eq!(items[1]["Status"], "OFFLINE");
    let old = items[1]["HistoryVersion"].as_str().unwrap().to_string();
    let r = e
        .ali(
            "DescribeHistoryApis",
            &[("GroupId", GROUP), ("PageSize", "1"), ("PageNumber", "2")],
        )
        .await;
    assert_eq!(
        r.body["ApiHisItems"]["ApiHisItem"][0]["HistoryVersion"],
        old.as_str()
    );

    // SwitchApi rolls back to the old version.
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", &old),
                ("Description", "roll back"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = e
        .ali(
            "DescribeDeployedApi",
            &[("ApiId", API_1), ("StageName", "RELEASE")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["Description"], "first");
    let r = e
        .ali(
            "DescribeApiHistory",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", &old),
            ],
        )
        .await;
    assert_eq!(r.body["Status"], "ONLINE");
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", "1"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);

    // AbolishApi takes it offline.
    assert_eq!(
        e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "RELEASE")])
            .await
            .status,
        200
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[]).await.body["TotalCount"],
        0
    );
    assert_eq!(
        e.ali(
            "DescribeDeployedApi",
            &[("ApiId", API_1), ("StageName", "RELEASE")]
        )
        .await
        .status,
        404
    );
    assert_eq!(
        e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "RELEASE")])
            .await
            .status,
        404
    );
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", "nope"),
                ("StageName", "RELEASE"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["Code"], "NotFoundApi");
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_batch_tasks_report_deploying_then_succeed() {
    let e = emu_with(Emulator::builder().alibaba_task_delay(Duration::from_secs(5))).await;
    let r = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("Api.1.GroupId", GROUP),
                ("Api.2.ApiUid", API_2),
                ("Api.2.GroupId", GROUP),
                ("Api.3.ApiUid", "missing"),
                ("Api.3.GroupId", GROUP),
                ("StageName", "PRE"),
                ("Description", "batch"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let op = r.body["OperationId"].as_str().unwrap().to_string();
    let (e, op) = (&e, &op);
    let task = || async move {
        e.ali("DescribeDeployApiTask", &[("OperationUid", op)])
            .await
    };
    let r = task().await;
    let statuses: Vec<&str> = r.body["DeployedResults"]["DeployedResult"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["DeployedStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["DEPLOYING"; 3]);
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        0
    );

    e.clock.advance(Duration::from_secs(6));
    let r = task().await;
    let results = r.body["DeployedResults"]["DeployedResult"]
        .as_array()
        .unwrap()
        .clone();
    let statuses: Vec<&str> = results
        .iter()
        .map(|i| i["DeployedStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["SUCCEED", "SUCCEED", "FAILED"]);
    assert_eq!(results[0]["ErrorMsg"], "Success. Request Success.");
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        2
    );
    // A deploy task is not an abolish task.
    assert_eq!(
        e.ali("DescribeAbolishApiTask", &[("OperationUid", op)])
            .await
            .status,
        404
    );

    let r = e
        .ali(
            "BatchAbolishApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("Api.1.GroupId", GROUP),
                ("Api.1.StageName", "PRE"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let op = r.body["OperationId"].as_str().unwrap().to_string();
    let r = e
        .ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;
    assert_eq!(
        r.body["ApiAbolishResults"]["ApiAbolishResult"][0]["AbolishStatus"],
        "ABOLISHING"
    );
    e.clock.advance(Duration::from_secs(6));
    let r = e
        .ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;
    assert_eq!(
        r.body["ApiAbolishResults"]["ApiAbolishResult"][0]["AbolishStatus"],
        "SUCCEED"
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        1
    );
    assert_eq!(
        e.ali("DescribeDeployApiTask", &[("OperationUid", "unknown")])
            .await
            .status,
        404
    );
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_rejects_bad_signatures_stale_dates_and_reused_nonces() {
    let e = emu().await;
    let params = [("StageName", "RELEASE")];
    let now_s = i64::try_from(unix_ms(SystemTime::now()) / 1000).unwrap();
    let date = format_acs_date(now_s);
    let expect_error = |r: &Answer, status: u16, code: &str| {
        assert_eq!(r.status, status, "{}", r.body);
        assert_eq!(r.body["Code"], code, "{}", r.body);
        for field in ["RequestId", "HostId", "Message", "Recommend"] {
            assert!(r.body[field].is_string(), "{field} missing: {}", r.body);
        }
    };

    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                secret: "wrong",
                date: &date,
                nonce: "n-1",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 403, "SignatureDoesNotMatch");
    assert!(
        r.body["Message"]
            .as_str()
            .unwrap()
            .contains("ACS3-HMAC-SHA256")
    );

    let stale = format_acs_date(now_s - 16 * 60);
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &stale,
                nonce: "n-2",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 400, "InvalidTimeStamp.Expired");

    // A nonce is accepted once.
    let signing = AliSigning {
        date: &date,
        nonce: "n-3",
        ..AliSigning::default()
    };
    assert_eq!(
        e.ali_raw("DescribeDeployedApis", &params, &signing)
            .await
            .status,
        200
    );
    let r = e.ali_raw("DescribeDeployedApis", &params, &signing).await;
    expect_error(&r, 400, "SignatureNonceUsed");

    // The body hash is part of the signature.
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &date,
                nonce: "n-4",
                signed_body: b"a=1",
                sent_body: Some(b"a=2"),
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 403, "SignatureDoesNotMatch");
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &date,
                nonce: "n-5",
                signed_body: b"a=1",
                ..AliSigning::default()
            },
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                id: "LTAIunknown",
                date: &date,
                nonce: "n-6",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 404, "InvalidAccessKeyId.NotFound");
    let r = Answer::read(
        e.http
            .post(e.url("/?StageName=RELEASE"))
            .header("x-acs-action", "DescribeDeployedApis")
            .header("x-acs-version", "2016-07-14")
            .send()
            .await
            .unwrap(),
    )
    .await;
    expect_error(&r, 400, "IncompleteSignature");
    let r = e.ali("NoSuchAction", &[]).await;
    expect_error(&r, 404, "InvalidAction.NotFound");
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_validation_errors_are_400_invalid_parameter() {
    let e = emu().await;
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", API_1),
                ("StageName", "PROD"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["Code"], "InvalidParameter");
    assert!(r.body["Message"].as_str().unwrap().contains("StageName"));
    let r = e
        .ali(
            "DeployApi",
            &[("StageName", "RELEASE"), ("Description", "x")],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["Code"], "MissingParameter");
    assert!(r.body["Message"].as_str().unwrap().contains("ApiId"));
    let r = e.ali("DescribeDeployedApis", &[("PageSize", "101")]).await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    let r = e
        .ali("DescribeDeployedApis", &[("PageNumber", "one")])
        .await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "TEST"),
                ("HistoryVersion", "1"),
                ("Description", &"d".repeat(201)),
            ],
        )
        .await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    // A repeat-list item without its required GroupId.
    let r = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("StageName", "TEST"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_client_module_runs_against_the_emulator() {
    use deploykit::alibaba::{Client, Credentials, PollOptions, types};

    let e = emu_with(Emulator::builder().alibaba_task_delay(Duration::from_millis(300))).await;
    let client = Client::builder()
        .base_url(e.handle.alibaba_url())
        .credentials(Credentials::new(
            defaults::ALIBABA_ACCESS_KEY_ID,
            defaults::ALIBABA_ACCESS_KEY_SECRET,
        ))
        .build()
        .unwrap();
    let answer = client
        .deploy_api()
        .api_id(API_1)
        .stage_name(types::StageName::Release)
        .description("from the client")
        .send()
        .await
        .unwrap();
    assert!(!answer.request_id.is_empty());
    let poll = PollOptions {
        interval: Duration::from_millis(100),
        max_interval: Duration::from_millis(200),
        timeout: Duration::from_secs(20),
    };
    let outcome = client
        .batch_deploy(
            types::StageName::Test,
            "batch from the client",
            vec![types::BatchDeployApiItem {
                api_uid: API_2.into(),
                group_id: GROUP.into(),
            }],
            &poll,
        )
        .await
        .unwrap();
    let _ = outcome;
    let deployed = client
        .describe_deployed_apis()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(deployed.total_count, Some(2));
    e.assert_conformant();
}

// ---- NHN -------------------------------------------------------------------------------------

#[tokio::test]
async fn nhn_upload_download_deploy_and_history() {
    let e = emu_with(Emulator::builder().nhn_deploy_delay(Duration::from_secs(30))).await;
    let token = e.nhn_token().await;
    let (e, token) = (&e, &token);
    let get = |path: String| async move { e.nhn(Method::GET, &path, token, None).await };

    let r = get("/api/v2.1/projects/emulator-app-key/artifacts?artifactName=server".into()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["header"]["isSuccessful"], true);
    assert_eq!(r.body["body"]["artifacts"].as_array().unwrap().len(), 1);
    let r = get(format!("{NHN_ARTIFACT}/server-groups")).await;
    assert_eq!(r.body["body"]["serverGroups"].as_array().unwrap().len(), 2);
    let r = get(format!("{NHN_ARTIFACT}/binary-groups")).await;
    assert_eq!(
        r.body["body"]["binaryGroups"][0]["key"],
        defaults::NHN_BINARY_GROUP_KEY
    );

    // Upload (multipart, 3 MiB + 17 bytes of pseudo-random data), then download byte for byte.
    let data: Vec<u8> = (0..3 * 1024 * 1024 + 17u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .text("version", "1.4.2")
        .text("description", "release build")
        .text("fix", "false")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(data.clone()).file_name("shop-1.4.2.jar"),
        );
    let upload_url = e.url(&format!(
        "{NHN_ARTIFACT}/binary-group/{}",
        defaults::NHN_BINARY_GROUP_KEY
    ));
    let r = Answer::read(
        e.http
            .post(&upload_url)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let key = r.body["body"]["binaryKey"].as_str().unwrap().to_string();
    let download_url = r.body["body"]["downloadUrl"].as_str().unwrap().to_string();
    assert!(download_url.ends_with(&format!("/binaries/{key}")));
    let downloaded = e
        .http
        .get(&download_url)
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(downloaded.status(), 200);
    assert_eq!(
        downloaded.headers()["content-type"],
        "application/octet-stream"
    );
    let bytes = downloaded.bytes().await.unwrap();
    assert!(bytes.as_ref() == data.as_slice(), "downloaded bytes differ");

    // A second upload without version; the list shows both, sorted and filtered.
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(b"tiny".to_vec()).file_name("tiny.bin"),
        );
    let r = Answer::read(
        e.http
            .post(&upload_url)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let binaries = format!(
        "{NHN_ARTIFACT}/binary-groups/{}/binaries",
        defaults::NHN_BINARY_GROUP_KEY
    );
    let r = get(format!("{binaries}?sortKey=BINARY_KEY&sortDirection=ASC")).await;
    assert_eq!(r.body["body"]["totalCount"], 2);
    assert_eq!(r.body["body"]["binaries"][0]["binaryKey"].to_string(), key);
    assert_eq!(r.body["body"]["binaries"][0]["binarySize"], data.len());
    assert_eq!(
        r.body["body"]["binaries"][0]["binaryName"],
        "shop-1.4.2.jar"
    );
    let r = get(format!("{binaries}?keyword=1.4&pageSize=1&pageNum=1")).await;
    assert_eq!(r.body["body"]["totalCount"], 1);
    assert_eq!(
        get(format!("{binaries}?pageNum=3&pageSize=1")).await.body["body"]["binaries"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        get(format!(
            "{NHN_ARTIFACT}/binary-group/{}/binaries/424242",
            defaults::NHN_BINARY_GROUP_KEY
        ))
        .await
        .status,
        404
    );

    // Deploys: synchronous, autoscale (a list), failing, and asynchronous.
    let deploy = |group: i64, body: Value| async move {
        e.nhn(
            Method::POST,
            &format!("{NHN_ARTIFACT}/server-group/{group}/deploy"),
            token,
            Some(body),
        )
        .await
    };
    let r = deploy(
        defaults::NHN_SERVER_GROUP_ID,
        json!({"scenarioIds": "3", "deployNote": "release 1.4.2"}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["body"]["deployStatus"], "success");
    assert_eq!(r.body["body"]["deployResult"].as_array().unwrap().len(), 2);
    let r = deploy(
        defaults::NHN_AUTOSCALE_GROUP_ID,
        json!({"scenarioIds": "1,2"}),
    )
    .await;
    assert_eq!(r.body["body"][0]["deployStatus"], "success");
    let r = deploy(
        defaults::NHN_SERVER_GROUP_ID,
        json!({"scenarioIds": defaults::NHN_FAILING_SCENARIO_ID}),
    )
    .await;
    assert_eq!(r.body["header"]["isSuccessful"], true);
    assert_eq!(r.body["body"]["deployStatus"], "fail");
    let r = deploy(
        defaults::NHN_SERVER_GROUP_ID,
        json!({"async": true, "targetServerHostnames": "emulator-server-1"}),
    )
    .await;
    assert_eq!(r.body["body"]["deployStatus"], "deploying");
    assert_eq!(r.body["body"]["deployResult"].as_array().unwrap().len(), 1);
    let async_key = r.body["body"]["deployKey"].as_i64().unwrap();
    let r = deploy(
        defaults::NHN_SERVER_GROUP_ID,
        json!({"targetServerHostnames": "elsewhere"}),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(deploy(999, json!({})).await.status, 404);

    // Deploys produce deploy-history entries; the asynchronous one finishes after the delay.
    let history = format!("{NHN_ARTIFACT}/deploy-histories");
    let r = get(history.clone()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["body"]["totalCount"], 4);
    let entries = r.body["body"]["deployHistories"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(entries[0]["deployKey"], async_key);
    assert_eq!(entries[0]["totalResult"], "RUNNING");
    assert_eq!(entries[1]["totalResult"], "FAIL");
    assert_eq!(entries[3]["binaryVersion"], entries[2]["binaryVersion"]);
    let r = get(format!(
        "{history}?serverGroupId={}",
        defaults::NHN_AUTOSCALE_GROUP_ID
    ))
    .await;
    assert_eq!(r.body["body"]["totalCount"], 1);
    e.clock.advance(Duration::from_secs(31));
    let token = e.nhn_token().await;
    let r = e
        .nhn(Method::GET, &format!("{history}?pageSize=1"), &token, None)
        .await;
    assert_eq!(
        r.body["body"]["deployHistories"][0]["totalResult"],
        "SUCCESS"
    );
    assert_eq!(
        r.body["body"]["deployHistories"].as_array().unwrap().len(),
        1
    );
    let r = e
        .nhn(
            Method::GET,
            &format!("{history}?deploymentYearFrom=2001-01-01&deploymentYearTo=2001-06-01"),
            &token,
            None,
        )
        .await;
    assert_eq!(r.body["body"]["totalCount"], 0);
    let r = e
        .nhn(
            Method::GET,
            &format!("{history}?deploymentYearFrom=2001-01-01&deploymentYearTo=2003-01-01"),
            &token,
            None,
        )
        .await;
    assert_eq!(r.status, 400);
    let r = e
        .nhn(
            Method::GET,
            "/api/v2.1/projects/other-app/artifacts",
            &token,
            None,
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_token_issuance_and_expiry() {
    let e = emu_with(Emulator::builder().nhn_token_lifetime(Duration::from_secs(60))).await;
    let issue = |user: &str, secret: &str, grant: &str| {
        e.http
            .post(e.url("/oauth2/token/create"))
            .basic_auth(user, Some(secret))
            .form(&[("grant_type", grant)])
            .send()
    };
    let r = Answer::read(
        issue(defaults::NHN_ACCESS_KEY_ID, "wrong", "client_credentials")
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 401);
    let r = Answer::read(
        issue(
            defaults::NHN_ACCESS_KEY_ID,
            defaults::NHN_SECRET_ACCESS_KEY,
            "password",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    let r = Answer::read(
        issue(
            defaults::NHN_ACCESS_KEY_ID,
            defaults::NHN_SECRET_ACCESS_KEY,
            "client_credentials",
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["token_type"], "Bearer");
    assert_eq!(r.body["expires_in"], 60);
    let token = r.body["access_token"].as_str().unwrap().to_string();
    // The documented Basic form works as such.
    let basic = base64::engine::general_purpose::STANDARD.encode(format!(
        "{}:{}",
        defaults::NHN_ACCESS_KEY_ID,
        defaults::NHN_SECRET_ACCESS_KEY
    ));
    let r = e
        .http
        .post(e.url("/oauth2/token/create"))
        .header("authorization", format!("Basic {basic}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    let artifacts = "/api/v2.1/projects/emulator-app-key/artifacts";
    assert_eq!(
        e.nhn(Method::GET, artifacts, &token, None).await.status,
        200
    );
    let r = e.nhn(Method::GET, artifacts, "not-a-token", None).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.body["header"]["isSuccessful"], false);
    let r = Answer::read(e.http.get(e.url(artifacts)).send().await.unwrap()).await;
    assert_eq!(r.status, 401);
    e.clock.advance(Duration::from_secs(61));
    let r = e.nhn(Method::GET, artifacts, &token, None).await;
    assert_eq!(r.status, 401);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("expired")
    );
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_validation_errors_are_unsuccessful_envelopes() {
    let e = emu().await;
    let token = e.nhn_token().await;
    let binaries = format!(
        "{NHN_ARTIFACT}/binary-groups/{}/binaries",
        defaults::NHN_BINARY_GROUP_KEY
    );
    for path in [
        format!("{binaries}?pageSize=0"),
        format!("{binaries}?sortKey=SIZE"),
        format!("{binaries}?sortDirection=UP"),
        format!("{NHN_ARTIFACT}/deploy-histories?deploymentYearFrom=2024-13-01"),
        format!("{NHN_ARTIFACT}/deploy-histories?serverGroupId=-1"),
        "/api/v2.1/projects/emulator-app-key/artifacts/one/server-groups".to_string(),
    ] {
        let r = e.nhn(Method::GET, &path, &token, None).await;
        assert_eq!(r.status, 400, "{path}: {}", r.body);
        assert_eq!(r.body["header"]["isSuccessful"], false, "{path}");
        assert_eq!(r.body["header"]["resultCode"], "INVALID_PARAMETER");
    }
    let deploy = format!(
        "{NHN_ARTIFACT}/server-group/{}/deploy",
        defaults::NHN_SERVER_GROUP_ID
    );
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"concurrentNum": -1})),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"async": "soon"})),
        )
        .await;
    assert_eq!(r.status, 400);
    let r = e
        .nhn(
            Method::POST,
            &deploy,
            &token,
            Some(json!({"scenarioIds": "1,2"})),
        )
        .await;
    assert_eq!(r.status, 400);

    let upload = e.url(&format!(
        "{NHN_ARTIFACT}/binary-group/{}",
        defaults::NHN_BINARY_GROUP_KEY
    ));
    let send = |form: reqwest::multipart::Form| {
        e.http
            .post(&upload)
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
    };
    let file = || reqwest::multipart::Part::bytes(b"x".to_vec()).file_name("x.bin");
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "desktop")
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    let r = Answer::read(
        send(reqwest::multipart::Form::new().text("applicationType", "server"))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("binaryFile")
    );
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "server")
                .text("version", "v".repeat(101))
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    let r = Answer::read(
        send(
            reqwest::multipart::Form::new()
                .text("applicationType", "client")
                .text("osType", "BeOS")
                .part("binaryFile", file()),
        )
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(r.status, 400);
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_uploads_over_the_size_limit_are_refused() {
    let e = emu_with(Emulator::builder().max_upload_size(1024)).await;
    let token = e.nhn_token().await;
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(vec![7u8; 4096]).file_name("big.bin"),
        );
    let r = e
        .http
        .post(e.url(&format!(
            "{NHN_ARTIFACT}/binary-group/{}",
            defaults::NHN_BINARY_GROUP_KEY
        )))
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let r = Answer::read(r).await;
    assert_eq!(r.status, 400);
    assert!(
        r.body["header"]["resultMessage"]
            .as_str()
            .unwrap()
            .contains("limit")
    );
    e.assert_conformant();
}

#[tokio::test]
async fn nhn_client_module_runs_against_the_emulator() {
    use deploykit::nhn::{BinaryUpload, Client, WaitOptions, types};

    let e = emu_with(Emulator::builder().nhn_deploy_delay(Duration::from_millis(300))).await;
    let client = Client::builder()
        .base_url(e.handle.nhn_url())
        .oauth_url(e.handle.nhn_oauth_url())
        .user_access_key(defaults::NHN_ACCESS_KEY_ID, defaults::NHN_SECRET_ACCESS_KEY)
        .app_key(defaults::NHN_APP_KEY)
        .build()
        .unwrap();
    let artifacts = client.list_artifacts(None).await.unwrap();
    assert_eq!(artifacts.artifacts.len(), 2);

    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let upload = BinaryUpload::from_reader(
        types::ApplicationType::Server,
        std::io::Cursor::new(data.clone()),
        data.len() as u64,
        "app.bin",
    )
    .version("2.0.0");
    let uploaded = client
        .upload_binary(
            defaults::NHN_ARTIFACT_ID,
            defaults::NHN_BINARY_GROUP_KEY,
            upload,
        )
        .await
        .unwrap();
    let key: i64 = match uploaded.binary_key {
        Some(types::BinaryKeyValue::String(k)) => k.parse().unwrap(),
        Some(types::BinaryKeyValue::Int64(k)) => k,
        None => panic!("no binary key"),
    };
    let mut downloaded = Vec::new();
    client
        .download_binary(
            defaults::NHN_ARTIFACT_ID,
            defaults::NHN_BINARY_GROUP_KEY,
            key,
        )
        .await
        .unwrap()
        .to_writer(&mut downloaded)
        .await
        .unwrap();
    assert_eq!(downloaded, data);

    let done = client
        .deploy_and_wait(
            defaults::NHN_ARTIFACT_ID,
            defaults::NHN_SERVER_GROUP_ID,
            types::DeployRequest {
                async_: Some(true),
                scenario_ids: Some("3".into()),
                ..Default::default()
            },
            &WaitOptions::with_timeout(Duration::from_secs(20)),
        )
        .await
        .unwrap();
    assert!(!done.is_empty());
    e.assert_conformant();
}

// ---- faults ----------------------------------------------------------------------------------

/// What one request to the emulator came to: a status, or a dropped connection.
async fn outcome(e: &Emu) -> String {
    match e
        .http
        .get(e.url("/repos/o/r/deployments"))
        .bearer_auth(defaults::GITHUB_TOKEN)
        .send()
        .await
    {
        Ok(r) => {
            let retry = r
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap().to_string());
            match retry {
                Some(retry) => format!("{} retry-after {retry}", r.status().as_u16()),
                None => r.status().as_u16().to_string(),
            }
        }
        Err(_) => "dropped".to_string(),
    }
}

async fn outcomes(e: &Emu, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(outcome(e).await);
    }
    out
}

fn faulty() -> Faults {
    Faults {
        error_rate: 0.25,
        throttle_rate: 0.2,
        drop_rate: 0.1,
        retry_after: Duration::from_secs(3),
        ..Faults::default()
    }
}

#[tokio::test]
async fn fault_injection_is_reproducible_with_a_seed() {
    let a = emu_with(
        Emulator::builder()
            .seed(42)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let b = emu_with(
        Emulator::builder()
            .seed(42)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let c = emu_with(
        Emulator::builder()
            .seed(43)
            .faults(Provider::GitHub, faulty()),
    )
    .await;
    let first = outcomes(&a, 60).await;
    assert_eq!(first, outcomes(&b, 60).await, "same seed, same faults");
    assert_ne!(first, outcomes(&c, 60).await, "another seed, other faults");
    for kind in ["200", "429 retry-after 3", "dropped"] {
        assert!(first.iter().any(|o| o == kind), "no {kind} in {first:?}");
    }
    assert!(
        first.iter().any(|o| o.starts_with('5')),
        "no 5xx in {first:?}"
    );

    // Changing the faults at run time restarts the sequence.
    a.handle.set_faults(Provider::GitHub, faulty());
    assert_eq!(outcomes(&a, 60).await, first);
    // Other providers are unaffected.
    for _ in 0..10 {
        assert_eq!(
            a.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
                .await
                .status,
            200
        );
    }
    a.assert_conformant();
    b.assert_conformant();
}

#[tokio::test]
async fn faults_never_change_state_and_speak_each_providers_format() {
    let all = Faults {
        error_rate: 0.5,
        throttle_rate: 0.5,
        retry_after: Duration::from_millis(1500),
        ..Faults::default()
    };
    let e = emu_with(Emulator::builder().seed(5).faults_all(all)).await;
    for _ in 0..8 {
        let r = e
            .gh(
                Method::POST,
                "/repos/o/r/deployments",
                Some(json!({"ref": "main"})),
            )
            .await;
        assert!(
            r.status == 429 || r.status.is_server_error(),
            "{}",
            r.status
        );
        assert!(r.body["message"].is_string());
        let r = e
            .ali(
                "DeployApi",
                &[
                    ("ApiId", API_1),
                    ("StageName", "RELEASE"),
                    ("Description", "x"),
                ],
            )
            .await;
        if r.status == 200 {
            panic!("a faulted request reached the provider");
        }
        if r.body["Code"] == "Throttling.User" {
            assert!(r.status == 400 || r.status == 503);
            assert_eq!(r.header("x-acs-retry-after"), Some("1500"));
            assert_eq!(r.header("retry-after"), Some("2"));
        } else {
            assert!(r.status.is_server_error(), "{}", r.body);
        }
        let r = e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
        assert!(
            ["410", "500", "510", "900"].contains(&r.body["error"]["errorCode"].as_str().unwrap())
        );
        let r = Answer::read(e.http.get(e.url(NHN_ARTIFACT)).send().await.unwrap()).await;
        assert_eq!(r.body["header"]["isSuccessful"], false);
    }
    // Nothing was created.
    e.handle.set_faults(Provider::GitHub, Faults::none());
    e.handle.set_faults(Provider::Alibaba, Faults::none());
    assert_eq!(
        e.gh(Method::GET, "/repos/o/r/deployments", None).await.body,
        json!([])
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[]).await.body["TotalCount"],
        0
    );
    e.assert_conformant();
}

#[tokio::test]
async fn latency_is_added_to_every_answer() {
    let slow = Faults {
        latency: Duration::from_millis(120),
        ..Faults::default()
    };
    let e = emu_with(Emulator::builder().faults(Provider::Ncloud, slow)).await;
    let started = Instant::now();
    assert_eq!(
        e.ncp(Method::GET, &format!("{NCP_API}/stages"), None)
            .await
            .status,
        200
    );
    assert!(started.elapsed() >= Duration::from_millis(120));
    let started = Instant::now();
    e.gh(Method::GET, "/repos/o/r/deployments", None).await;
    assert!(
        started.elapsed() < Duration::from_millis(120),
        "GitHub has no latency configured"
    );
}

#[test]
fn fault_flags_parse_as_the_cli_passes_them() {
    let mut faults = FaultConfig::default();
    faults.apply_flag("latency=25ms,jitter=5ms").unwrap();
    faults
        .apply_flag("alibaba:throttle=0.3,retry-after=2s")
        .unwrap();
    faults.apply_flag("nhn:drops=0.05").unwrap();
    assert_eq!(
        faults.get(Provider::GitHub).latency,
        Duration::from_millis(25)
    );
    assert_eq!(faults.get(Provider::Alibaba).throttle_rate, 0.3);
    assert_eq!(
        faults.get(Provider::Alibaba).retry_after,
        Duration::from_secs(2)
    );
    assert_eq!(faults.get(Provider::Nhn).drop_rate, 0.05);
    assert_eq!(faults.get(Provider::Ncloud).drop_rate, 0.0);
    assert!(faults.apply_flag("errors=2").is_err());
    assert!(faults.apply_flag("aws:errors=0.1").is_err());
}

// ---- conformance -----------------------------------------------------------------------------

#[test]
fn the_conformance_checker_catches_answers_that_break_the_spec() {
    let ct = Some("application/json");
    // A deployment missing required fields.
    let bad = check_response(
        Provider::GitHub,
        Some("get_deployment"),
        200,
        ct,
        br#"{"id": 1}"#,
    );
    assert!(bad.is_err());
    assert!(bad.unwrap_err().iter().any(|v| v.contains("node_id")));
    // A wrong type deep inside.
    let bad = check_response(
        Provider::Alibaba,
        Some("describe_deployed_apis"),
        200,
        ct,
        br#"{"RequestId": "r", "TotalCount": "two"}"#,
    );
    assert!(bad.is_err());
    // An undeclared success status, a body where the spec declares none, and not JSON.
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 201, ct, b"{}").is_err());
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 200, ct, b"{}").is_err());
    assert!(
        check_response(
            Provider::Nhn,
            Some("list_artifacts"),
            200,
            Some("text/html"),
            b"<html>"
        )
        .is_err()
    );
    // Good answers pass; undeclared errors are checked against the generic error body.
    assert!(check_response(Provider::Ncloud, Some("deploy_api"), 200, None, b"").is_ok());
    assert!(
        check_response(
            Provider::Nhn,
            Some("download_binary"),
            200,
            Some("application/octet-stream"),
            b""
        )
        .is_ok()
    );
    assert!(
        check_response(
            Provider::GitHub,
            Some("list_deployments"),
            401,
            ct,
            br#"{"message": "Bad credentials"}"#
        )
        .is_ok()
    );
    assert!(
        check_response(
            Provider::GitHub,
            Some("list_deployments"),
            401,
            ct,
            br#"{"message": 1}"#
        )
        .is_err()
    );
    assert!(
        check_response(
            Provider::Nhn,
            None,
            404,
            ct,
            br#"{"header": {"isSuccessful": false, "resultCode": "X", "resultMessage": "m"}}"#
        )
        .is_ok()
    );
    assert!(check_response(Provider::GitHub, Some("no_such_operation"), 200, ct, b"{}").is_err());
}

/// Every operation of every spec was answered with a 2xx by the flows above: run them all on
/// one emulator and compare with the specs' operation lists.
#[tokio::test]
async fn every_operation_of_every_spec_is_served_and_conforms() {
    let e = emu_with(
        Emulator::builder()
            .nhn_deploy_delay(Duration::ZERO)
            .alibaba_task_delay(Duration::ZERO),
    )
    .await;
    let gh = "/repos/o/r";
    let d = e
        .gh(
            Method::POST,
            &format!("{gh}/deployments"),
            Some(json!({"ref": "main"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(Method::GET, &format!("{gh}/deployments"), None).await;
    e.gh(Method::GET, &format!("{gh}/deployments/{d}"), None)
        .await;
    let s = e
        .gh(
            Method::POST,
            &format!("{gh}/deployments/{d}/statuses"),
            Some(json!({"state": "inactive"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(Method::GET, &format!("{gh}/deployments/{d}/statuses"), None)
        .await;
    e.gh(
        Method::GET,
        &format!("{gh}/deployments/{d}/statuses/{s}"),
        None,
    )
    .await;
    e.gh(Method::DELETE, &format!("{gh}/deployments/{d}"), None)
        .await;
    let env = format!("{gh}/environments/prod");
    e.gh(Method::PUT, &env, Some(json!({"deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}}))).await;
    e.gh(Method::GET, &format!("{gh}/environments"), None).await;
    e.gh(Method::GET, &env, None).await;
    let p = e
        .gh(
            Method::POST,
            &format!("{env}/deployment-branch-policies"),
            Some(json!({"name": "main"})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(
        Method::GET,
        &format!("{env}/deployment-branch-policies"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment-branch-policies/{p}"),
        None,
    )
    .await;
    e.gh(
        Method::PUT,
        &format!("{env}/deployment-branch-policies/{p}"),
        Some(json!({"name": "release"})),
    )
    .await;
    e.gh(
        Method::DELETE,
        &format!("{env}/deployment-branch-policies/{p}"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules/apps"),
        None,
    )
    .await;
    let r = e
        .gh(
            Method::POST,
            &format!("{env}/deployment_protection_rules"),
            Some(json!({"integration_id": defaults::GITHUB_INTEGRATION_IDS[0]})),
        )
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules"),
        None,
    )
    .await;
    e.gh(
        Method::GET,
        &format!("{env}/deployment_protection_rules/{r}"),
        None,
    )
    .await;
    e.gh(
        Method::DELETE,
        &format!("{env}/deployment_protection_rules/{r}"),
        None,
    )
    .await;
    e.gh(Method::DELETE, &env, None).await;

    let dev = "emustgdev";
    e.ncp(
        Method::POST,
        &format!("{NCP_API}/deploy"),
        Some(json!({"stageId": dev})),
    )
    .await;
    e.ncp(Method::GET, &format!("{NCP_API}/stages"), None).await;
    let no = e
        .ncp(Method::GET, &format!("{NCP_API}/stages/{dev}"), None)
        .await
        .body["stage"]["deployedStageDeploymentNo"]
        .as_i64()
        .unwrap();
    let listed = e
        .ncp(
            Method::GET,
            &format!("{NCP_API}/stages/{dev}/deployments"),
            None,
        )
        .await;
    let older = listed.body["content"][1]["stageDeploymentNo"]
        .as_i64()
        .unwrap();
    e.ncp(
        Method::GET,
        &format!("{NCP_API}/stages/{dev}/deployments/{no}"),
        None,
    )
    .await;
    e.ncp(
        Method::POST,
        &format!("{NCP_API}/stages/{dev}/deploy"),
        Some(json!({"deploymentNo": older})),
    )
    .await;
    e.ncp(
        Method::DELETE,
        &format!("{NCP_API}/stages/{dev}/deployments/{no}"),
        None,
    )
    .await;

    e.ali(
        "DeployApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("Description", "a"),
        ],
    )
    .await;
    e.ali(
        "DeployApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("Description", "b"),
        ],
    )
    .await;
    e.ali("DescribeDeployedApis", &[]).await;
    e.ali(
        "DescribeDeployedApi",
        &[("ApiId", API_1), ("StageName", "TEST")],
    )
    .await;
    let h = e.ali("DescribeHistoryApis", &[("GroupId", GROUP)]).await;
    let v = h.body["ApiHisItems"]["ApiHisItem"][1]["HistoryVersion"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali(
        "DescribeApiHistory",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("HistoryVersion", &v),
        ],
    )
    .await;
    e.ali(
        "SwitchApi",
        &[
            ("ApiId", API_1),
            ("StageName", "TEST"),
            ("HistoryVersion", &v),
            ("Description", "back"),
        ],
    )
    .await;
    e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "TEST")])
        .await;
    let op = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_2),
                ("Api.1.GroupId", GROUP),
                ("StageName", "TEST"),
                ("Description", "b"),
            ],
        )
        .await
        .body["OperationId"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali("DescribeDeployApiTask", &[("OperationUid", &op)])
        .await;
    let op = e
        .ali(
            "BatchAbolishApis",
            &[
                ("Api.1.ApiUid", API_2),
                ("Api.1.GroupId", GROUP),
                ("Api.1.StageName", "TEST"),
            ],
        )
        .await
        .body["OperationId"]
        .as_str()
        .unwrap()
        .to_string();
    e.ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;

    let token = e.nhn_token().await;
    let form = reqwest::multipart::Form::new()
        .text("applicationType", "server")
        .part(
            "binaryFile",
            reqwest::multipart::Part::bytes(b"bin".to_vec()).file_name("a.bin"),
        );
    let up = Answer::read(
        e.http
            .post(e.url(&format!(
                "{NHN_ARTIFACT}/binary-group/{}",
                defaults::NHN_BINARY_GROUP_KEY
            )))
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let url = up.body["body"]["downloadUrl"].as_str().unwrap();
    e.http
        .get(url)
        .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"))
        .send()
        .await
        .unwrap();
    e.nhn(
        Method::POST,
        &format!(
            "{NHN_ARTIFACT}/server-group/{}/deploy",
            defaults::NHN_SERVER_GROUP_ID
        ),
        &token,
        Some(json!({})),
    )
    .await;
    e.nhn(
        Method::GET,
        "/api/v2.1/projects/emulator-app-key/artifacts",
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/server-groups"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/binary-groups"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!("{NHN_ARTIFACT}/deploy-histories"),
        &token,
        None,
    )
    .await;
    e.nhn(
        Method::GET,
        &format!(
            "{NHN_ARTIFACT}/binary-groups/{}/binaries",
            defaults::NHN_BINARY_GROUP_KEY
        ),
        &token,
        None,
    )
    .await;

    let served = e.handle.operations_served();
    let mut missing = BTreeSet::new();
    for provider in Provider::ALL {
        for op in operations(provider) {
            if !served.contains(&(provider, op)) {
                missing.insert(format!("{provider}:{op}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "operations never answered with 2xx: {missing:?}"
    );
    e.assert_conformant();
}
