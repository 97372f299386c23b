#![cfg(feature = "github")]
//! The GitHub client against a local mock server: every operation's wire format (method, path,
//! query, GitHub's standard headers, JSON body) and documented response examples, the distinct
//! outcomes of creating a deployment, Link-header pagination, rate limits, retries, credentials
//! and secrecy of the token.

mod common;

use common::RecordingSleeper;
use std::num::NonZeroU64;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use deploykit::ErrorKind;
use deploykit::github::{self, Client, CreateOutcome, Deploy, DeploymentRun, types};
use deploykit::runtime::{ClientOptions, MapEnv, RetryPolicy, Sent};
use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use httpmock::{Then, When};
use serde_json::{Value, json};

const TOKEN: &str = "ghp_TEST0123456789abcdefSECRET";
/// The fixed clock of every client here (2023-11-14T22:13:20Z).
const NOW: u64 = 1_700_000_000;

// ---- fixtures ------------------------------------------------------------------------------

/// These tests check bodies exactly as given, so deploys go without deploykit's marker (tests/
/// hostile.rs checks the marker).
fn options(env: MapEnv, sleeper: &RecordingSleeper) -> ClientOptions {
    let mut o = common::options(env, sleeper, Some(common::at(NOW)));
    o.no_markers = true;
    o
}

/// A client for `server` with the test token, a fixed clock and a recording sleeper.
fn client(server: &MockServer) -> (Client, RecordingSleeper) {
    let sleeper = RecordingSleeper::default();
    let client = github::Client::builder()
        .token(TOKEN)
        .base_url(server.base_url())
        .options(options(MapEnv::new(), &sleeper))
        .build()
        .unwrap();
    (client, sleeper)
}

/// What GitHub documents for every request: the bearer token, its media type and API version,
/// a user agent — and nothing of progenitor's own `api-version` header.
fn github_request(when: When) -> When {
    when.header("authorization", format!("Bearer {TOKEN}"))
        .header("accept", "application/vnd.github+json")
        .header("x-github-api-version", "2022-11-28")
        .header_prefix("user-agent", "deploykit/")
        .header_missing("api-version")
}

fn json_answer(then: Then, status: u16, body: Value) -> Then {
    then.status(status)
        .header("content-type", "application/json; charset=utf-8")
        .header("x-github-request-id", "CAFE:1234:5678:9ABC:DEF0")
        .json_body(body)
}

fn id(n: u64) -> NonZeroU64 {
    NonZeroU64::new(n).unwrap()
}

/// `octocat` as in the examples of `specs/github.yaml`.
fn octocat() -> Value {
    json!({
        "login": "octocat",
        "id": 1,
        "node_id": "MDQ6VXNlcjE=",
        "avatar_url": "https://github.com/images/error/octocat_happy.gif",
        "gravatar_id": "",
        "url": "https://api.github.com/users/octocat",
        "html_url": "https://github.com/octocat",
        "followers_url": "https://api.github.com/users/octocat/followers",
        "following_url": "https://api.github.com/users/octocat/following{/other_user}",
        "gists_url": "https://api.github.com/users/octocat/gists{/gist_id}",
        "starred_url": "https://api.github.com/users/octocat/starred{/owner}{/repo}",
        "subscriptions_url": "https://api.github.com/users/octocat/subscriptions",
        "organizations_url": "https://api.github.com/users/octocat/orgs",
        "repos_url": "https://api.github.com/users/octocat/repos",
        "events_url": "https://api.github.com/users/octocat/events{/privacy}",
        "received_events_url": "https://api.github.com/users/octocat/received_events",
        "type": "User",
        "site_admin": false
    })
}

/// The `Deployment` example of `specs/github.yaml` (the seed's schema), with another id.
fn deployment(id: i64) -> Value {
    json!({
        "url": format!("https://api.github.com/repos/octocat/example/deployments/{id}"),
        "id": id,
        "node_id": "MDEwOkRlcGxveW1lbnQx",
        "sha": "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d",
        "ref": "topic-branch",
        "task": "deploy",
        "payload": {},
        "original_environment": "staging",
        "environment": "production",
        "description": "Deploy request from hubot",
        "creator": octocat(),
        "created_at": "2012-07-20T01:19:13Z",
        "updated_at": "2012-07-20T01:19:13Z",
        "statuses_url": format!("https://api.github.com/repos/octocat/example/deployments/{id}/statuses"),
        "repository_url": "https://api.github.com/repos/octocat/example",
        "transient_environment": false,
        "production_environment": true,
        "performed_via_github_app": null
    })
}

/// The `create_deployment` 201 example.
fn created_deployment() -> Value {
    let mut d = deployment(1);
    d["payload"] = json!({"deploy": "migrate"});
    d["original_environment"] = json!("production");
    d.as_object_mut()
        .unwrap()
        .remove("performed_via_github_app");
    d
}

/// The `DeploymentStatus` example of `create_deployment_status` / `get_deployment_status`.
fn deployment_status(id: i64, state: &str) -> Value {
    json!({
        "url": format!("https://api.github.com/repos/octocat/example/deployments/42/statuses/{id}"),
        "id": id,
        "node_id": "MDE2OkRlcGxveW1lbnRTdGF0dXMx",
        "state": state,
        "creator": octocat(),
        "description": "Deployment finished successfully.",
        "environment": "production",
        "target_url": "https://example.com/deployment/42/output",
        "created_at": "2012-07-20T01:19:13Z",
        "updated_at": "2012-07-20T01:19:13Z",
        "deployment_url": "https://api.github.com/repos/octocat/example/deployments/42",
        "repository_url": "https://api.github.com/repos/octocat/example",
        "environment_url": "https://staging.example.com/",
        "log_url": "https://example.com/deployment/42/output"
    })
}

/// The `list_deployment_statuses` example: one status made through a GitHub App, by a deleted
/// account (`creator: null`), and one by octocat.
fn deployment_status_list() -> Value {
    let mut through_app = deployment_status(2, "success");
    through_app["node_id"] = json!("MDE2OkRlcGxveW1lbnRTdGF0dXMy");
    through_app["creator"] = Value::Null;
    through_app["performed_via_github_app"] = json!({
        "id": 37,
        "slug": "probot-owners",
        "node_id": "MDExOkludGVncmF0aW9uMQ==",
        "client_id": "Iv1.25b5d1e65ffc4022",
        "owner": {
            "login": "github",
            "id": 9919,
            "node_id": "MDEyOk9yZ2FuaXphdGlvbjk5MTk=",
            "avatar_url": "https://avatars.githubusercontent.com/u/9919?v=4",
            "gravatar_id": "",
            "url": "https://api.github.com/users/github",
            "html_url": "https://github.com/github",
            "followers_url": "https://api.github.com/users/github/followers",
            "following_url": "https://api.github.com/users/github/following{/other_user}",
            "gists_url": "https://api.github.com/users/github/gists{/gist_id}",
            "starred_url": "https://api.github.com/users/github/starred{/owner}{/repo}",
            "subscriptions_url": "https://api.github.com/users/github/subscriptions",
            "organizations_url": "https://api.github.com/users/github/orgs",
            "repos_url": "https://api.github.com/users/github/repos",
            "events_url": "https://api.github.com/users/github/events{/privacy}",
            "received_events_url": "https://api.github.com/users/github/received_events",
            "type": "Organization",
            "site_admin": false
        },
        "name": "Probot Owners",
        "description": "Deploys on behalf of the Probot project.",
        "external_url": "https://example.com",
        "html_url": "https://github.com/apps/probot-owners",
        "created_at": "2017-07-08T16:18:44-04:00",
        "updated_at": "2017-07-08T16:18:44-04:00",
        "permissions": {"metadata": "read", "deployments": "write"},
        "events": ["deployment", "deployment_status"]
    });
    let mut started = deployment_status(1, "in_progress");
    started["description"] = json!("Deployment started.");
    started["environment_url"] = json!("");
    started["performed_via_github_app"] = Value::Null;
    json!([through_app, started])
}

/// The `Environment` example of `get_environment` / `create_or_update_environment`.
fn environment(id: i64, name: &str) -> Value {
    json!({
        "id": id,
        "node_id": "MDExOkVudmlyb25tZW50MTYxMDg4MDY4",
        "name": name,
        "url": format!("https://api.github.com/repos/github/hello-world/environments/{name}"),
        "html_url": format!("https://github.com/github/hello-world/deployments/activity_log?environments_filter={name}"),
        "created_at": "2020-11-23T22:00:40Z",
        "updated_at": "2020-11-23T22:00:40Z",
        "protection_rules": [
            {"id": 3736, "node_id": "MDQ6R2F0ZTM3MzY=", "type": "wait_timer", "wait_timer": 30},
            {"id": 3756, "node_id": "MDQ6R2F0ZTM3NTY=", "type": "branch_policy"}
        ],
        "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}
    })
}

/// The `list_environments` example, with required reviewers (a user and a team).
fn environment_list() -> Value {
    let mut env = environment(161088068, "staging");
    env["protection_rules"].as_array_mut().unwrap().insert(
        1,
        json!({
            "id": 3755,
            "node_id": "MDQ6R2F0ZTM3NTU=",
            "prevent_self_review": false,
            "type": "required_reviewers",
            "reviewers": [
                {"type": "User", "reviewer": octocat()},
                {"type": "Team", "reviewer": {
                    "id": 1,
                    "node_id": "MDQ6VGVhbTE=",
                    "url": "https://api.github.com/teams/1",
                    "html_url": "https://github.com/orgs/github/teams/justice-league",
                    "name": "Justice League",
                    "slug": "justice-league",
                    "description": "A great team.",
                    "privacy": "closed",
                    "notification_setting": "notifications_enabled",
                    "permission": "admin",
                    "members_url": "https://api.github.com/teams/1/members{/member}",
                    "repositories_url": "https://api.github.com/teams/1/repos",
                    "type": "organization",
                    "organization_id": 9919,
                    "parent": null
                }}
            ]
        }),
    );
    json!({"total_count": 1, "environments": [env]})
}

fn branch_policy() -> Value {
    json!({"id": 361471, "node_id": "MDE2OkdhdGVCcmFuY2hQb2xpY3kzNjE0NzE=", "name": "release/*", "type": "branch"})
}

fn protection_rule() -> Value {
    json!({
        "id": 3,
        "node_id": "IEH37kRlcGxveW1lbnRTdGF0ddiv",
        "enabled": true,
        "app": {
            "id": 5,
            "node_id": "GHT58kRlcGxveW1lbnRTdTY!bbcy",
            "slug": "a-custom-app",
            "integration_url": "https://api.github.com/apps/a-custom-app"
        }
    })
}

fn app(id: i64, slug: &str) -> Value {
    json!({
        "id": id,
        "node_id": "GHT58kRlcGxveW1lbnRTdTY!bbcy",
        "slug": slug,
        "integration_url": format!("https://api.github.com/apps/{slug}")
    })
}

// ---- the 21 operations ---------------------------------------------------------------------

#[tokio::test]
async fn deployment_operations_use_the_documented_wire_format() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);

    let list = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments")
                .query_param("sha", "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d")
                .query_param("ref", "topic-branch")
                .query_param("task", "deploy")
                .query_param("environment", "production")
                .query_param("per_page", "30")
                .query_param("page", "1");
            json_answer(then, 200, json!([deployment(1)]));
        })
        .await;
    let page = client
        .list_deployments()
        .owner("octocat")
        .repo("example")
        .sha("a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d")
        .ref_("topic-branch")
        .task("deploy")
        .environment("production")
        .per_page(id(30))
        .page(id(1))
        .send()
        .await
        .unwrap()
        .into_inner();
    list.assert_async().await;
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].id, 1);
    assert_eq!(page[0].ref_, "topic-branch");
    assert_eq!(page[0].original_environment.as_deref(), Some("staging"));
    assert_eq!(page[0].creator.0.as_ref().unwrap().login, "octocat");
    assert!(matches!(&page[0].payload, types::DeploymentPayload::Object(m) if m.is_empty()));

    // The documented "simple example" body: only the fields that were set go out (GitHub applies
    // its documented defaults to the rest); `required_contexts` stays omitted.
    let create = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments")
                .header("content-type", "application/json")
                .json_body(json!({
                    "ref": "topic-branch",
                    "payload": "{ \"deploy\": \"migrate\" }",
                    "description": "Deploy request from hubot"
                }));
            json_answer(then, 201, created_deployment());
        })
        .await;
    let body = types::DeploymentCreateRequest::builder()
        .ref_("topic-branch")
        .payload(Some(types::DeploymentPayload::String(
            "{ \"deploy\": \"migrate\" }".into(),
        )))
        .description(Some("Deploy request from hubot".to_string()));
    let created = client
        .create_deployment()
        .owner("octocat")
        .repo("example")
        .body(body)
        .send()
        .await
        .unwrap();
    create.assert_async().await;
    assert_eq!(created.status(), 201);
    let types::CreateDeploymentSuccess::Variant0(d) = created.into_inner() else {
        panic!("201 must read as a deployment");
    };
    assert_eq!(d.task, "deploy");
    assert!(matches!(&d.payload, types::DeploymentPayload::Object(m) if m["deploy"] == "migrate"));

    // The documented "advanced example": no auto-merge, selected status contexts.
    let advanced = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments")
                .json_body_includes(
                    r#"{"ref":"topic-branch","auto_merge":false,"required_contexts":["ci/janky","security/brakeman"]}"#,
                );
            json_answer(then, 201, created_deployment());
        })
        .await;
    let outcome = github::create_deployment(
        &client,
        "octocat",
        "example",
        types::DeploymentCreateRequest::builder()
            .ref_("topic-branch")
            .auto_merge(false)
            .required_contexts(Some(vec![
                "ci/janky".to_string(),
                "security/brakeman".to_string(),
            ]))
            .payload(Some(types::DeploymentPayload::String(
                "{ \"deploy\": \"migrate\" }".into(),
            ))),
    )
    .await
    .unwrap();
    advanced.assert_async().await;
    assert_eq!(outcome.deployment().unwrap().id, 1);

    let get = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/1");
            json_answer(then, 200, deployment(1));
        })
        .await;
    let d = client
        .get_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap()
        .into_inner();
    get.assert_async().await;
    assert_eq!(d.sha, "a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d");
    assert_eq!(
        d.created_at.to_rfc3339(),
        "2012-07-20T01:19:13+00:00",
        "RFC 3339 timestamps"
    );

    let delete = server
        .mock_async(|when, then| {
            github_request(when)
                .method(DELETE)
                .path("/repos/octocat/example/deployments/1");
            then.status(204);
        })
        .await;
    let r = client
        .delete_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap();
    delete.assert_async().await;
    assert_eq!(r.status(), 204);
}

#[tokio::test]
async fn deployment_status_operations_use_the_documented_wire_format() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);

    let list = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/42/statuses")
                .query_param("per_page", "100")
                .query_param("page", "2");
            json_answer(then, 200, deployment_status_list());
        })
        .await;
    let statuses = client
        .list_deployment_statuses()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(42))
        .per_page(id(100))
        .page(id(2))
        .send()
        .await
        .unwrap()
        .into_inner();
    list.assert_async().await;
    assert_eq!(statuses.len(), 2);
    assert_eq!(statuses[0].state, types::DeploymentStatusState::Success);
    assert!(
        statuses[0].creator.0.is_none(),
        "a deleted creator reads as null"
    );
    let app = statuses[0]
        .performed_via_github_app
        .as_ref()
        .unwrap()
        .0
        .as_ref()
        .unwrap();
    assert_eq!(app.slug.as_deref(), Some("probot-owners"));
    assert_eq!(app.events, vec!["deployment", "deployment_status"]);
    assert_eq!(statuses[1].state, types::DeploymentStatusState::InProgress);
    assert_eq!(statuses[1].environment_url, "");

    // The documented example body (the generated type writes out GitHub's defaults).
    let create = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments/42/statuses")
                .header("content-type", "application/json")
                .json_body(json!({
                    "environment": "production",
                    "state": "success",
                    "log_url": "https://example.com/deployment/42/output",
                    "description": "Deployment finished successfully."
                }));
            json_answer(then, 201, deployment_status(1, "success")).header(
                "location",
                "https://api.github.com/repos/octocat/example/deployments/42/statuses/1",
            );
        })
        .await;
    let status = client
        .create_deployment_status()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(42))
        .body(
            types::DeploymentStatusCreateRequest::builder()
                .environment(Some("production".to_string()))
                .state(types::DeploymentStatusState::Success)
                .log_url(Some("https://example.com/deployment/42/output".to_string()))
                .description(Some(
                    "Deployment finished successfully."
                        .parse::<types::DeploymentStatusCreateRequestDescription>()
                        .unwrap(),
                )),
        )
        .send()
        .await
        .unwrap();
    create.assert_async().await;
    assert_eq!(status.status(), 201);
    assert_eq!(
        status.headers()["location"],
        "https://api.github.com/repos/octocat/example/deployments/42/statuses/1"
    );
    assert_eq!(status.log_url, "https://example.com/deployment/42/output");

    let get = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/42/statuses/1");
            json_answer(then, 200, deployment_status(1, "success"));
        })
        .await;
    let s = client
        .get_deployment_status()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(42))
        .status_id(id(1))
        .send()
        .await
        .unwrap()
        .into_inner();
    get.assert_async().await;
    assert_eq!(s.id, 1);
    assert_eq!(s.description.as_str(), "Deployment finished successfully.");
    assert_eq!(s.environment_url, "https://staging.example.com/");
}

#[tokio::test]
async fn environment_operations_use_the_documented_wire_format() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);

    let list = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/github/hello-world/environments")
                .query_param("per_page", "10");
            json_answer(then, 200, environment_list());
        })
        .await;
    let envs = client
        .list_environments()
        .owner("github")
        .repo("hello-world")
        .per_page(id(10))
        .send()
        .await
        .unwrap()
        .into_inner();
    list.assert_async().await;
    assert_eq!(envs.total_count, Some(1));
    let staging = &envs.environments[0];
    assert_eq!(staging.name, "staging");
    assert_eq!(staging.protection_rules.len(), 3);
    let settings = staging
        .deployment_branch_policy
        .as_ref()
        .unwrap()
        .0
        .as_ref()
        .unwrap();
    assert!(settings.custom_branch_policies && !settings.protected_branches);

    // A name with a slash travels as one path segment.
    let get = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/github/hello-world/environments/review%2Fpr-7");
            json_answer(then, 200, environment(161088068, "review/pr-7"));
        })
        .await;
    let env = client
        .get_environment()
        .owner("github")
        .repo("hello-world")
        .environment_name("review/pr-7")
        .send()
        .await
        .unwrap()
        .into_inner();
    get.assert_async().await;
    assert_eq!(env.name, "review/pr-7");

    let example = json!({
        "wait_timer": 30,
        "prevent_self_review": false,
        "reviewers": [{"type": "User", "id": 1}, {"type": "Team", "id": 1}],
        "deployment_branch_policy": {"protected_branches": false, "custom_branch_policies": true}
    });
    let put = server
        .mock_async(|when, then| {
            github_request(when)
                .method(PUT)
                .path("/repos/github/hello-world/environments/staging")
                .json_body(example.clone());
            json_answer(then, 200, environment(161088068, "staging"));
        })
        .await;
    let request: types::EnvironmentCreateOrUpdateRequest =
        serde_json::from_value(example.clone()).unwrap();
    let env = client
        .create_or_update_environment()
        .owner("github")
        .repo("hello-world")
        .environment_name("staging")
        .body(request)
        .send()
        .await
        .unwrap()
        .into_inner();
    put.assert_async().await;
    assert_eq!(env.id, 161088068);

    // Branch policy `null` (any branch may deploy) can be sent.
    let reset = server
        .mock_async(|when, then| {
            github_request(when)
                .method(PUT)
                .path("/repos/github/hello-world/environments/qa")
                .json_body(json!({"deployment_branch_policy": null}));
            json_answer(then, 200, environment(7, "qa"));
        })
        .await;
    let request = types::EnvironmentCreateOrUpdateRequest {
        deployment_branch_policy: Some(types::DeploymentBranchPolicySettings(None)),
        ..Default::default()
    };
    client
        .create_or_update_environment()
        .owner("github")
        .repo("hello-world")
        .environment_name("qa")
        .body(request)
        .send()
        .await
        .unwrap();
    reset.assert_async().await;

    let delete = server
        .mock_async(|when, then| {
            github_request(when)
                .method(DELETE)
                .path("/repos/github/hello-world/environments/staging");
            then.status(204);
        })
        .await;
    let r = client
        .delete_environment()
        .owner("github")
        .repo("hello-world")
        .environment_name("staging")
        .send()
        .await
        .unwrap();
    delete.assert_async().await;
    assert_eq!(r.status(), 204);
}

#[tokio::test]
async fn branch_policy_operations_use_the_documented_wire_format() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let base = "/repos/octocat/example/environments/production/deployment-branch-policies";

    let list = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path(base)
                .query_param("per_page", "2");
            json_answer(
                then,
                200,
                json!({"total_count": 2, "branch_policies": [
                    branch_policy(),
                    {"id": 361472, "node_id": "MDE2OkdhdGVCcmFuY2hQb2xpY3kzNjE0NzI=", "name": "v*", "type": "tag"}
                ]}),
            );
        })
        .await;
    let policies = client
        .list_deployment_branch_policies()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .per_page(id(2))
        .send()
        .await
        .unwrap()
        .into_inner();
    list.assert_async().await;
    assert_eq!(policies.total_count, 2);
    assert_eq!(
        policies.branch_policies[1].type_,
        Some(types::DeploymentBranchPolicyType::Tag.into())
    );

    let create = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path(base)
                .json_body(json!({"name": "release/*", "type": "branch"}));
            json_answer(then, 200, branch_policy());
        })
        .await;
    let p = client
        .create_deployment_branch_policy()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .body(
            types::DeploymentBranchPolicyNamePatternWithType::builder()
                .name("release/*")
                .type_(Some(types::DeploymentBranchPolicyType::Branch)),
        )
        .send()
        .await
        .unwrap()
        .into_inner();
    create.assert_async().await;
    assert_eq!(p.id, Some(361471));

    let path = format!("{base}/361471");
    let get = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path(path.as_str());
            json_answer(then, 200, branch_policy());
        })
        .await;
    let p = client
        .get_deployment_branch_policy()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .branch_policy_id(id(361471))
        .send()
        .await
        .unwrap()
        .into_inner();
    get.assert_async().await;
    assert_eq!(p.name.as_deref(), Some("release/*"));

    let update = server
        .mock_async(|when, then| {
            github_request(when)
                .method(PUT)
                .path(path.as_str())
                .json_body(json!({"name": "release/*"}));
            json_answer(then, 200, branch_policy());
        })
        .await;
    client
        .update_deployment_branch_policy()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .branch_policy_id(id(361471))
        .body(types::DeploymentBranchPolicyNamePattern::builder().name("release/*"))
        .send()
        .await
        .unwrap();
    update.assert_async().await;

    let delete = server
        .mock_async(|when, then| {
            github_request(when).method(DELETE).path(path.as_str());
            then.status(204);
        })
        .await;
    let r = client
        .delete_deployment_branch_policy()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .branch_policy_id(id(361471))
        .send()
        .await
        .unwrap();
    delete.assert_async().await;
    assert_eq!(r.status(), 204);
}

#[tokio::test]
async fn protection_rule_operations_use_the_documented_wire_format() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let base = "/repos/octocat/example/environments/production/deployment_protection_rules";

    let list = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path(base);
            let mut second = protection_rule();
            second["id"] = json!(4);
            second["app"] = app(2, "another-custom-app");
            json_answer(
                then,
                200,
                json!({"total_count": 2, "custom_deployment_protection_rules": [protection_rule(), second]}),
            );
        })
        .await;
    let rules = client
        .list_deployment_protection_rules()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .send()
        .await
        .unwrap()
        .into_inner();
    list.assert_async().await;
    assert_eq!(rules.total_count, Some(2));
    assert_eq!(
        rules.custom_deployment_protection_rules[1].app.slug,
        "another-custom-app"
    );

    let create = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path(base)
                .json_body(json!({"integration_id": 5}));
            json_answer(then, 201, protection_rule());
        })
        .await;
    let rule = client
        .create_deployment_protection_rule()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .body(types::DeploymentProtectionRuleCreateRequest::builder().integration_id(Some(5)))
        .send()
        .await
        .unwrap();
    create.assert_async().await;
    assert_eq!(rule.status(), 201);
    assert_eq!(rule.app.id, 5);

    let apps_path = format!("{base}/apps");
    let apps = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path(apps_path.as_str())
                .query_param("page", "1")
                .query_param("per_page", "30");
            json_answer(
                then,
                200,
                json!({"total_count": 2, "available_custom_deployment_protection_rule_integrations": [
                    app(1, "a-custom-app"), app(2, "another-custom-app")
                ]}),
            );
        })
        .await;
    let available = client
        .list_deployment_rule_integrations()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .page(id(1))
        .per_page(id(30))
        .send()
        .await
        .unwrap()
        .into_inner();
    apps.assert_async().await;
    assert_eq!(
        available
            .available_custom_deployment_protection_rule_integrations
            .len(),
        2
    );

    let rule_path = format!("{base}/3");
    let get = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path(rule_path.as_str());
            json_answer(then, 200, protection_rule());
        })
        .await;
    let rule = client
        .get_deployment_protection_rule()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .protection_rule_id(id(3))
        .send()
        .await
        .unwrap()
        .into_inner();
    get.assert_async().await;
    assert!(rule.enabled);
    assert_eq!(
        rule.app.integration_url,
        "https://api.github.com/apps/a-custom-app"
    );

    let disable = server
        .mock_async(|when, then| {
            github_request(when).method(DELETE).path(rule_path.as_str());
            then.status(204);
        })
        .await;
    let r = client
        .disable_deployment_protection_rule()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .protection_rule_id(id(3))
        .send()
        .await
        .unwrap();
    disable.assert_async().await;
    assert_eq!(r.status(), 204);
}

#[test]
fn the_client_covers_the_21_operations_of_the_spec() {
    let ids: Vec<&str> = github::OPERATIONS.iter().map(|o| o.id).collect();
    assert_eq!(ids.len(), 21, "{ids:?}");
    assert_eq!(github::SPEC_FILE, "specs/github.yaml");
}

// ---- create deployment outcomes and error bodies -------------------------------------------

#[tokio::test]
async fn create_deployment_tells_201_202_409_and_422_apart() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let path = "/repos/octocat/example/deployments";
    let when_ref = |when: When, r: &str| {
        github_request(when)
            .method(POST)
            .path(path)
            .json_body_includes(json!({ "ref": r }).to_string())
    };
    let created = server
        .mock_async(|when, then| {
            when_ref(when, "created");
            json_answer(then, 201, created_deployment());
        })
        .await;
    let merged = server
        .mock_async(|when, then| {
            when_ref(when, "topic-branch");
            json_answer(
                then,
                202,
                json!({"message": "Auto-merged master into topic-branch on deployment."}),
            );
        })
        .await;
    let conflict = server
        .mock_async(|when, then| {
            when_ref(when, "conflicting");
            json_answer(
                then,
                409,
                json!({
                    "message": "Conflict merging master into topic-branch.",
                    "documentation_url": "https://docs.github.com/rest/deployments/deployments#create-a-deployment"
                }),
            );
        })
        .await;
    let invalid = server
        .mock_async(|when, then| {
            when_ref(when, "");
            json_answer(
                then,
                422,
                json!({
                    "message": "Validation Failed",
                    "documentation_url": "https://docs.github.com/rest",
                    "errors": [
                        {"resource": "Deployment", "field": "ref", "code": "missing_field"},
                        {"resource": "Deployment", "field": "environment", "code": "invalid", "message": "is too long"}
                    ]
                }),
            );
        })
        .await;
    let create = |r: &'static str| {
        github::create_deployment(
            &client,
            "octocat",
            "example",
            types::DeploymentCreateRequest::builder().ref_(r),
        )
    };

    match create("created").await.unwrap() {
        CreateOutcome::Created(d) => assert_eq!(d.id, 1),
        other => panic!("201 must be Created, got {other:?}"),
    }
    match create("topic-branch").await.unwrap() {
        CreateOutcome::Merged { message } => {
            assert_eq!(
                message,
                "Auto-merged master into topic-branch on deployment."
            )
        }
        other => panic!("202 must be Merged, got {other:?}"),
    }

    let e = create("conflicting").await.unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Provider);
    assert_eq!(e.provider(), Some("github"));
    assert_eq!(e.status(), Some(409));
    assert_eq!(e.message(), "Conflict merging master into topic-branch.");
    assert!(e.details().is_empty());
    assert_eq!(e.request_id(), Some("CAFE:1234:5678:9ABC:DEF0"));
    assert_eq!(e.sent(), Sent::Yes);
    assert!(!e.is_retryable());
    assert!(
        e.to_string().contains(
            "see https://docs.github.com/rest/deployments/deployments#create-a-deployment"
        ),
        "{e}"
    );

    let e = create("").await.unwrap_err();
    assert_eq!(e.status(), Some(422));
    assert_eq!(e.message(), "Validation Failed");
    assert_eq!(
        e.details(),
        &[
            "Deployment.ref: missing_field".to_string(),
            "Deployment.environment: is too long [invalid]".to_string()
        ]
    );
    assert_eq!(
        e.to_string(),
        "github: HTTP 422 Validation Failed; Deployment.ref: missing_field; \
         Deployment.environment: is too long [invalid] (request id CAFE:1234:5678:9ABC:DEF0) \
         — see https://docs.github.com/rest"
    );

    for mock in [&created, &merged, &conflict, &invalid] {
        mock.assert_async().await;
    }
}

#[tokio::test]
async fn declared_error_bodies_carry_message_hint_and_details() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);

    server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/9");
            json_answer(
                then,
                404,
                json!({"message": "Not Found", "documentation_url": "https://docs.github.com/rest", "status": "404"}),
            );
        })
        .await;
    let e = client
        .get_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(9))
        .send()
        .await
        .unwrap_err();
    assert_eq!((e.status(), e.message()), (Some(404), "Not Found"));
    assert!(
        e.to_string()
            .ends_with("— see https://docs.github.com/rest"),
        "{e}"
    );

    server
        .mock_async(|when, then| {
            github_request(when)
                .method(DELETE)
                .path("/repos/octocat/example/deployments/1");
            json_answer(
                then,
                422,
                json!({
                    "message": "We cannot delete an active deployment unless it is the only deployment in a given environment.",
                    "documentation_url": "https://docs.github.com/rest/deployments/deployments#delete-a-deployment",
                    "errors": ["Deployment 1 is active"]
                }),
            );
        })
        .await;
    let e = client
        .delete_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(422));
    assert!(
        e.message()
            .starts_with("We cannot delete an active deployment")
    );
    assert_eq!(e.details(), &["Deployment 1 is active".to_string()]);

    server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments/42/statuses");
            json_answer(
                then,
                422,
                json!({
                    "message": "Validation Failed",
                    "documentation_url": "https://docs.github.com/rest",
                    "errors": [{"resource": "DeploymentStatus", "field": "state", "code": "invalid"}]
                }),
            );
        })
        .await;
    let e = client
        .create_deployment_status()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(42))
        .body(
            types::DeploymentStatusCreateRequest::builder()
                .state(types::DeploymentStatusState::Queued),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.details(),
        &["DeploymentStatus.state: invalid".to_string()]
    );
}

// ---- pagination ----------------------------------------------------------------------------

#[tokio::test]
async fn pagination_follows_link_next_over_three_pages_and_stops_at_the_last() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let page_url = |n: u32| {
        server.url(format!(
            "/repositories/1296269/deployments?per_page=2&page={n}"
        ))
    };
    let link = |prev: Option<u32>, next: Option<u32>| {
        let mut parts = Vec::new();
        if let Some(n) = prev {
            parts.push(format!("<{}>; rel=\"prev\"", page_url(n)));
        }
        if let Some(n) = next {
            parts.push(format!("<{}>; rel=\"next\"", page_url(n)));
        }
        parts.push(format!("<{}>; rel=\"last\"", page_url(3)));
        parts.push(format!("<{}>; rel=\"first\"", page_url(1)));
        parts.join(", ")
    };

    let first = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments")
                .query_param("environment", "production")
                .query_param("per_page", "2");
            json_answer(then, 200, json!([deployment(6), deployment(5)]))
                .header("link", link(None, Some(2)));
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repositories/1296269/deployments")
                .query_param("per_page", "2")
                .query_param("page", "2");
            json_answer(then, 200, json!([deployment(4), deployment(3)]))
                .header("link", link(Some(1), Some(3)));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repositories/1296269/deployments")
                .query_param("per_page", "2")
                .query_param("page", "3");
            json_answer(then, 200, json!([deployment(2), deployment(1)]))
                .header("link", link(Some(2), None));
        })
        .await;

    let ids: Vec<i64> = github::paginate(
        &client,
        client
            .list_deployments()
            .owner("octocat")
            .repo("example")
            .environment("production")
            .per_page(id(2)),
    )
    .map_ok(|d| d.id)
    .try_collect()
    .await
    .unwrap();
    assert_eq!(ids, vec![6, 5, 4, 3, 2, 1]);
    first.assert_async().await;
    second.assert_async().await;
    third.assert_async().await;
}

#[tokio::test]
async fn pagination_streams_the_inner_items_of_wrapped_pages() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let path = "/repos/octocat/example/environments";
    let next = |n: u32| {
        format!(
            "<{}>; rel=\"next\"",
            server.url(format!("{path}?per_page=1&page={n}"))
        )
    };

    let mocks = [
        server
            .mock_async(|when, then| {
                github_request(when)
                    .method(GET)
                    .path(path)
                    .query_param("per_page", "1")
                    .query_param_missing("page");
                json_answer(
                    then,
                    200,
                    json!({"total_count": 3, "environments": [environment(1, "dev")]}),
                )
                .header("link", next(2));
            })
            .await,
        server
            .mock_async(|when, then| {
                github_request(when)
                    .method(GET)
                    .path(path)
                    .query_param("page", "2");
                json_answer(
                    then,
                    200,
                    json!({"total_count": 3, "environments": [environment(2, "staging")]}),
                )
                .header("link", next(3));
            })
            .await,
        server
            .mock_async(|when, then| {
                github_request(when)
                    .method(GET)
                    .path(path)
                    .query_param("page", "3");
                json_answer(
                    then,
                    200,
                    json!({"total_count": 3, "environments": [environment(3, "production")]}),
                );
            })
            .await,
    ];
    let names: Vec<String> = github::paginate(
        &client,
        client
            .list_environments()
            .owner("octocat")
            .repo("example")
            .per_page(id(1)),
    )
    .map_ok(|e| e.name)
    .try_collect()
    .await
    .unwrap();
    assert_eq!(names, vec!["dev", "staging", "production"]);
    for m in &mocks {
        m.assert_async().await;
    }

    // The other wrapped lists stream their inner arrays too.
    let policies = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/environments/production/deployment-branch-policies");
            json_answer(
                then,
                200,
                json!({"total_count": 1, "branch_policies": [branch_policy()]}),
            );
        })
        .await;
    let items: Vec<_> = github::paginate(
        &client,
        client
            .list_deployment_branch_policies()
            .owner("octocat")
            .repo("example")
            .environment_name("production"),
    )
    .try_collect()
    .await
    .unwrap();
    policies.assert_async().await;
    assert_eq!(items[0].name.as_deref(), Some("release/*"));

    let base = "/repos/octocat/example/environments/production/deployment_protection_rules";
    let rules = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path(base);
            json_answer(then, 200, json!({"total_count": 1, "custom_deployment_protection_rules": [protection_rule()]}));
        })
        .await;
    let apps_path = format!("{base}/apps");
    let apps = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path(apps_path.as_str());
            json_answer(
                then,
                200,
                json!({"total_count": 1, "available_custom_deployment_protection_rule_integrations": [app(1, "a-custom-app")]}),
            );
        })
        .await;
    let statuses = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/42/statuses");
            json_answer(then, 200, deployment_status_list());
        })
        .await;
    let rule_ids: Vec<i64> = github::paginate(
        &client,
        client
            .list_deployment_protection_rules()
            .owner("octocat")
            .repo("example")
            .environment_name("production"),
    )
    .map_ok(|r| r.id)
    .try_collect()
    .await
    .unwrap();
    let app_slugs: Vec<String> = github::paginate(
        &client,
        client
            .list_deployment_rule_integrations()
            .owner("octocat")
            .repo("example")
            .environment_name("production"),
    )
    .map_ok(|a| a.slug)
    .try_collect()
    .await
    .unwrap();
    let states: Vec<_> = github::paginate(
        &client,
        client
            .list_deployment_statuses()
            .owner("octocat")
            .repo("example")
            .deployment_id(id(42)),
    )
    .map_ok(|s| s.state)
    .try_collect()
    .await
    .unwrap();
    assert_eq!(rule_ids, vec![3]);
    assert_eq!(app_slugs, vec!["a-custom-app"]);
    assert_eq!(
        states,
        vec![
            types::DeploymentStatusState::Success,
            types::DeploymentStatusState::InProgress
        ]
    );
    for m in [&rules, &apps, &statuses] {
        m.assert_async().await;
    }
}

#[tokio::test]
async fn pagination_refuses_a_next_link_to_another_host_without_sending_anything_there() {
    let server = MockServer::start_async().await;
    let elsewhere = MockServer::start_async().await;
    let (client, _) = client(&server);
    let trap = elsewhere
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(json!([]));
        })
        .await;
    // Another host name (and port) for a server that is listening: a request would be seen.
    let foreign = format!(
        "http://localhost:{}/repositories/1/deployments?page=2",
        elsewhere.port()
    );
    let first = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments");
            json_answer(then, 200, json!([deployment(2), deployment(1)]))
                .header("link", format!("<{foreign}>; rel=\"next\""));
        })
        .await;

    let results: Vec<_> = github::paginate(
        &client,
        client.list_deployments().owner("octocat").repo("example"),
    )
    .collect()
    .await;
    assert_eq!(results.len(), 3, "two items, then the refusal");
    assert_eq!(results[0].as_ref().unwrap().id, 2);
    assert_eq!(results[1].as_ref().unwrap().id, 1);
    let e = results[2].as_ref().unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::InvalidInput);
    assert_eq!(e.provider(), Some("github"));
    assert!(!e.may_have_reached_server());
    assert!(
        e.to_string()
            .contains(&format!("localhost:{}", elsewhere.port())),
        "{e}"
    );
    first.assert_async().await;
    assert_eq!(
        trap.calls_async().await,
        0,
        "nothing may be sent to the other host"
    );
}

#[tokio::test]
async fn a_failed_page_ends_the_stream_with_githubs_error() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments");
            json_answer(then, 200, json!([deployment(3)])).header(
                "link",
                format!(
                    "<{}>; rel=\"next\"",
                    server.url("/repositories/1/deployments?page=2")
                ),
            );
        })
        .await;
    let second = server
        .mock_async(|when, then| {
            github_request(when).method(GET).path("/repositories/1/deployments");
            json_answer(then, 401, json!({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}));
        })
        .await;
    let results: Vec<_> = github::paginate(
        &client,
        client.list_deployments().owner("octocat").repo("example"),
    )
    .collect()
    .await;
    assert_eq!(results.len(), 2);
    let e = results[1].as_ref().unwrap_err();
    assert_eq!((e.status(), e.message()), (Some(401), "Bad credentials"));
    assert_eq!(e.request_id(), Some("CAFE:1234:5678:9ABC:DEF0"));
    assert!(!e.to_string().contains(TOKEN));
    second.assert_async().await;
}

// ---- rate limits and retries ---------------------------------------------------------------

#[tokio::test]
async fn primary_rate_limit_is_waited_out_until_reset_then_the_call_succeeds() {
    let server = MockServer::start_async().await;
    let (client, sleeper) = client(&server);
    let limited = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/1");
            json_answer(
                then,
                403,
                json!({
                    "message": "API rate limit exceeded for user ID 1.",
                    "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"
                }),
            )
            .header("x-ratelimit-limit", "5000")
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-used", "5000")
            .header("x-ratelimit-reset", (NOW + 30).to_string())
            .header("x-ratelimit-resource", "core")
            .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/1");
            json_answer(then, 200, deployment(1));
        })
        .await;
    let d = client
        .get_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap();
    assert_eq!(d.id, 1);
    assert_eq!(sleeper.waits(), vec![Duration::from_secs(30)]);
    limited.assert_async().await;
    ok.assert_async().await;
}

#[tokio::test]
async fn secondary_rate_limit_with_retry_after_is_waited_out_even_for_a_post() {
    let server = MockServer::start_async().await;
    let (client, sleeper) = client(&server);
    let limited = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments");
            json_answer(
                then,
                429,
                json!({
                    "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                    "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"
                }),
            )
            .header("retry-after", "7")
            .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments");
            json_answer(then, 201, created_deployment());
        })
        .await;
    let outcome = github::create_deployment(
        &client,
        "octocat",
        "example",
        types::DeploymentCreateRequest::builder().ref_("topic-branch"),
    )
    .await
    .unwrap();
    assert!(matches!(outcome, CreateOutcome::Created(_)));
    assert_eq!(sleeper.waits(), vec![Duration::from_secs(7)]);
    limited.assert_async().await;
    ok.assert_async().await;
}

#[tokio::test]
async fn secondary_rate_limit_without_retry_after_waits_a_minute_then_longer() {
    let server = MockServer::start_async().await;
    let sleeper = RecordingSleeper::default();
    let mut opts = options(MapEnv::new(), &sleeper);
    // A pipeline that accepts long waits raises both bounds: one wait, and all waits together.
    opts.retry = Some(
        RetryPolicy::default()
            .with_sleeper(Arc::new(sleeper.clone()))
            .with_max_wait(Duration::from_secs(300))
            .with_max_total_wait(Duration::from_secs(600)),
    );
    let client = github::Client::builder()
        .token(TOKEN)
        .base_url(server.base_url())
        .options(opts)
        .build()
        .unwrap();
    let limited = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/environments/production");
            json_answer(
                then,
                403,
                json!({"message": "You have exceeded a secondary rate limit and have been temporarily blocked from content creation."}),
            )
            .header("x-ratelimit-remaining", "4321")
            .up_to_n_times(2);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/environments/production");
            json_answer(then, 200, environment(1, "production"));
        })
        .await;
    client
        .get_environment()
        .owner("octocat")
        .repo("example")
        .environment_name("production")
        .send()
        .await
        .unwrap();
    assert_eq!(
        sleeper.waits(),
        vec![Duration::from_secs(60), Duration::from_secs(120)]
    );
    limited.assert_calls_async(2).await;
    ok.assert_async().await;
}

#[tokio::test]
async fn a_wait_beyond_max_wait_is_rate_limited_without_sleeping() {
    let server = MockServer::start_async().await;
    let (client, sleeper) = client(&server);
    let reset = NOW + 3600;
    let primary = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments");
            json_answer(
                then,
                403,
                json!({"message": "API rate limit exceeded for user ID 1."}),
            )
            .header("x-ratelimit-remaining", "0")
            .header("x-ratelimit-reset", reset.to_string());
        })
        .await;
    let e = client
        .list_deployments()
        .owner("octocat")
        .repo("example")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::RateLimited {
            reset_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(reset))
        }
    );
    assert_eq!(e.status(), Some(403));
    assert_eq!(e.message(), "API rate limit exceeded for user ID 1.");
    assert!(e.is_retryable());
    assert!(sleeper.waits().is_empty(), "{:?}", sleeper.waits());
    primary.assert_async().await;

    let secondary = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments/42/statuses");
            json_answer(
                then,
                403,
                json!({"message": "You have exceeded a secondary rate limit."}),
            )
            .header("retry-after", "600");
        })
        .await;
    let run = DeploymentRun::resume(
        &client,
        "octocat",
        "example",
        serde_json::from_value(deployment(42)).unwrap(),
    )
    .unwrap();
    let e = run.in_progress("Deploying").await.unwrap_err();
    assert_eq!(
        e.kind(),
        &ErrorKind::RateLimited {
            reset_at: Some(SystemTime::UNIX_EPOCH + Duration::from_secs(NOW + 600))
        }
    );
    assert!(sleeper.waits().is_empty(), "{:?}", sleeper.waits());
    secondary.assert_async().await;
}

#[tokio::test]
async fn a_post_answered_500_is_not_retried() {
    let server = MockServer::start_async().await;
    let (client, sleeper) = client(&server);
    let failing = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments");
            json_answer(then, 500, json!({"message": "Server Error"}));
        })
        .await;
    let e = github::create_deployment(
        &client,
        "octocat",
        "example",
        types::DeploymentCreateRequest::builder().ref_("main"),
    )
    .await
    .unwrap_err();
    assert_eq!(e.status(), Some(500));
    assert_eq!(e.sent(), Sent::Yes);
    failing.assert_calls_async(1).await;
    assert!(sleeper.waits().is_empty());

    // The same answer to a GET is retried.
    let flaky = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/1");
            json_answer(then, 502, json!({"message": "Server Error"})).up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            github_request(when)
                .method(GET)
                .path("/repos/octocat/example/deployments/1");
            json_answer(then, 200, deployment(1));
        })
        .await;
    client
        .get_deployment()
        .owner("octocat")
        .repo("example")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap();
    flaky.assert_async().await;
    ok.assert_async().await;
}

// ---- credentials and secrecy ---------------------------------------------------------------

#[tokio::test]
async fn a_missing_token_is_a_credentials_error_and_no_request_is_made() {
    let server = MockServer::start_async().await;
    let anything = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let sleeper = RecordingSleeper::default();
    let env = MapEnv::new()
        .with("GITHUB_API_URL", &server.base_url())
        .with("GH_TOKEN", "")
        .with("GITHUB_TOKEN", "");
    let e = github::Client::builder()
        .options(options(env, &sleeper))
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    assert_eq!(e.provider(), Some("github"));
    assert!(!e.may_have_reached_server());
    let text = e.to_string();
    assert!(
        text.contains("GH_TOKEN") && text.contains("GITHUB_TOKEN"),
        "{text}"
    );
    assert_eq!(anything.calls_async().await, 0);
}

#[tokio::test]
async fn the_token_comes_from_gh_token_then_github_token_and_the_host_from_github_api_url() {
    let server = MockServer::start_async().await;
    let sleeper = RecordingSleeper::default();
    for (env, expected) in [
        (
            MapEnv::new()
                .with("GH_TOKEN", "gh-token")
                .with("GITHUB_TOKEN", "actions-token"),
            "gh-token",
        ),
        (
            MapEnv::new().with("GITHUB_TOKEN", "actions-token"),
            "actions-token",
        ),
    ] {
        let env = env.with("GITHUB_API_URL", &server.base_url());
        let client = github::Client::builder()
            .options(options(env, &sleeper))
            .build()
            .unwrap();
        let mock = server
            .mock_async(|when, then| {
                when.method(DELETE)
                    .path("/repos/o/r/environments/e")
                    .header("authorization", format!("Bearer {expected}"));
                then.status(204);
            })
            .await;
        client
            .delete_environment()
            .owner("o")
            .repo("r")
            .environment_name("e")
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        mock.delete_async().await;
    }
}

#[tokio::test]
async fn the_token_never_shows_in_debug_output_or_error_messages() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let builder = github::Client::builder()
        .token(TOKEN)
        .base_url(server.base_url());
    for debug in [
        format!("{client:?}"),
        format!("{builder:?}"),
        format!(
            "{:?}",
            github::Provider::new(TOKEN.to_string().into(), &server.base_url()).unwrap()
        ),
    ] {
        assert!(
            !debug.contains(TOKEN) && !debug.contains("TEST0123"),
            "{debug}"
        );
    }

    server
        .mock_async(|when, then| {
            github_request(when).method(GET).path("/repos/o/r/deployments/1");
            json_answer(then, 401, json!({"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}));
        })
        .await;
    server
        .mock_async(|when, then| {
            github_request(when).method(POST).path("/repos/o/r/deployments");
            json_answer(
                then,
                422,
                json!({"message": "Validation Failed", "documentation_url": "https://docs.github.com/rest",
                       "errors": [{"resource": "Deployment", "field": "ref", "code": "missing_field"}]}),
            );
        })
        .await;
    let unauthorized = client
        .get_deployment()
        .owner("o")
        .repo("r")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap_err();
    let invalid = github::create_deployment(
        &client,
        "o",
        "r",
        types::DeploymentCreateRequest::builder().ref_(""),
    )
    .await
    .unwrap_err();
    // Nothing listens on the discard port: a transport error that names the URL.
    let unreachable = github::Client::builder()
        .token(TOKEN)
        .base_url("http://127.0.0.1:9")
        .options(options(MapEnv::new(), &RecordingSleeper::default()))
        .build()
        .unwrap();
    let transport = unreachable
        .get_deployment()
        .owner("o")
        .repo("r")
        .deployment_id(id(1))
        .send()
        .await
        .unwrap_err();
    let unusable = github::Client::builder()
        .token(format!("{TOKEN}\u{7f}"))
        .options(options(MapEnv::new(), &RecordingSleeper::default()))
        .build()
        .unwrap_err();
    let errors = [unauthorized, invalid, transport, unusable];
    assert_eq!(errors[0].status(), Some(401));
    assert_eq!(errors[2].kind(), &ErrorKind::Transport);
    assert_eq!(errors[3].kind(), &ErrorKind::Credentials);
    for e in &errors {
        let shown = format!("{e} {e:?}");
        assert!(
            !shown.contains(TOKEN) && !shown.contains("TEST0123"),
            "{shown}"
        );
    }
}

// ---- the release workflow ------------------------------------------------------------------

#[tokio::test]
async fn a_deployment_run_reports_queued_in_progress_and_success() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let create = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments")
                .json_body(json!({
                    "ref": "v1.4.2",
                    "environment": "staging",
                    "description": "Release v1.4.2",
                    "payload": {"version": "1.4.2"},
                    "required_contexts": [],
                    "auto_merge": false
                }));
            let mut d = deployment(42);
            d["ref"] = json!("v1.4.2");
            d["environment"] = json!("staging");
            json_answer(then, 201, d);
        })
        .await;
    let statuses = "/repos/octocat/example/deployments/42/statuses";
    // Only what the run sets goes out: the environment URL with `success` alone.
    let status_body = |state: &str, description: &str, environment_url: &str| {
        let mut body = json!({
            "state": state,
            "description": description,
            "log_url": "https://ci.example.com/runs/7"
        });
        if !environment_url.is_empty() {
            body["environment_url"] = json!(environment_url);
        }
        body
    };
    let mut mocks = Vec::new();
    for (state, description, environment_url) in [
        ("queued", "", ""),
        ("in_progress", "Rolling out", ""),
        ("success", "Released v1.4.2", "https://staging.example.com/"),
    ] {
        mocks.push(
            server
                .mock_async(|when, then| {
                    github_request(when)
                        .method(POST)
                        .path(statuses)
                        .json_body(status_body(state, description, environment_url));
                    json_answer(then, 201, deployment_status(1, state));
                })
                .await,
        );
    }

    let run = DeploymentRun::start(
        &client,
        "octocat",
        "example",
        Deploy::new("v1.4.2")
            .environment("staging")
            .description("Release v1.4.2")
            .payload(json!({"version": "1.4.2"}))
            .required_contexts(Vec::<String>::new())
            .auto_merge(false)
            .log_url("https://ci.example.com/runs/7")
            .environment_url("https://staging.example.com/"),
    )
    .await
    .unwrap();
    assert_eq!(run.id().get(), 42);
    assert_eq!(run.deployment().ref_, "v1.4.2");
    assert_eq!(
        run.in_progress("Rolling out").await.unwrap().state,
        types::DeploymentStatusState::InProgress
    );
    assert_eq!(
        run.succeed("Released v1.4.2").await.unwrap().state,
        types::DeploymentStatusState::Success
    );
    create.assert_async().await;
    for m in &mocks {
        m.assert_async().await;
    }
}

#[tokio::test]
async fn a_deployment_run_reports_failure_and_refuses_a_merged_ref() {
    let server = MockServer::start_async().await;
    let (client, _) = client(&server);
    let failure = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments/42/statuses")
                .json_body_includes(
                    json!({
                        "state": "failure",
                        "log_url": "https://ci.example.com/runs/8",
                        // Shortened to GitHub's 140 characters.
                        "description": format!("{}…", "x".repeat(139)),
                    })
                    .to_string(),
                )
                .body_excludes("staging.example.com");
            json_answer(then, 201, deployment_status(2, "failure"));
        })
        .await;
    let mut run = DeploymentRun::resume(
        &client,
        "octocat",
        "example",
        serde_json::from_value(deployment(42)).unwrap(),
    )
    .unwrap();
    run.set_log_url("https://ci.example.com/runs/8");
    run.set_environment_url("https://staging.example.com/");
    let long = "x".repeat(300);
    let status = run.fail(&long).await.unwrap();
    assert_eq!(status.state, types::DeploymentStatusState::Failure);
    failure.assert_async().await;

    let merged = server
        .mock_async(|when, then| {
            github_request(when)
                .method(POST)
                .path("/repos/octocat/example/deployments");
            json_answer(
                then,
                202,
                json!({"message": "Auto-merged master into topic-branch on deployment."}),
            );
        })
        .await;
    let e = DeploymentRun::start(&client, "octocat", "example", Deploy::new("topic-branch"))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(202));
    assert_eq!(
        e.message(),
        "Auto-merged master into topic-branch on deployment."
    );
    merged.assert_async().await;
}
