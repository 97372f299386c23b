//! The emulated GitHub, driven with real HTTP requests: deployments, statuses and pagination,
//! environments, branch policies and protection rules, its authentication failures, validation
//! errors from the spec, and the library's GitHub client run against it.

mod common;

use common::*;

use deploykit_emulator::github::defaults;
use reqwest::Method;
use serde_json::{Value, json};

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
        .bearer_auth(defaults::TOKEN)
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
    let behind = format!("topic{}", defaults::BEHIND_REF_SUFFIX);
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
        .header("authorization", format!("token {}", defaults::TOKEN))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    // No User-Agent.
    let bare = reqwest::Client::new();
    let r = bare
        .get(&url)
        .bearer_auth(defaults::TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = e
        .http
        .get(&url)
        .bearer_auth(defaults::TOKEN)
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
        .bearer_auth(defaults::TOKEN)
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
        .token(defaults::TOKEN)
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
