//! GitHub in the command: the client from the global flags, and the `deploy` / `status` workflows.

use clap::{ArgAction, ArgMatches, Command};
use deploykit::Error;
use serde_json::{Value, json};

use super::Globals;
use super::providers::{
    Applies, Entry, Settled, arg, get, need_i64, options, req, text_arg, to_json,
};

use deploykit::github::{Client, Deploy, DeploymentRun, types};

/// GitHub's entry in the command.
pub fn entry() -> Entry {
    Entry {
        name: "github",
        about: "GitHub deployments, statuses, environments, branch policies, protection rules",
        spec_json: deploykit::generated::github::SPEC_JSON,
        call: |g, op, args| {
            Box::pin(async move {
                let c = client(g)?;
                deploykit::generated::github::dispatch(c.api(), op, args).await
            })
        },
        settle: |g, op, args, marker| {
            Box::pin(async move {
                if op != "create_deployment" {
                    return None;
                }
                let (owner, repo) = (text_arg(args, "owner")?, text_arg(args, "repo")?);
                Some(
                    async {
                        let found = client(g)?
                            .find_marked_deployment(owner, repo, marker)
                            .await?;
                        Ok(match found {
                            Some(d) => Settled::Happened(to_json(&d)),
                            None => Settled::DidNot,
                        })
                    }
                    .await,
                )
            })
        },
        flags: || {
            vec![clap::Arg::new(HOST_FLAG)
                .long(HOST_FLAG)
                .value_name("HOST")
                .help("The GitHub host, as gh names it: github.com (default), TENANT.ghe.com, or an Enterprise Server host (its API at https://HOST/api/v3); GH_HOST is read when not given")]
        },
        param_env: &[],
        workflows: || {
            let repo = |c: Command| {
                c.arg(req("owner", "Repository owner"))
                    .arg(req("repo", "Repository name"))
            };
            vec![
                repo(Command::new("deploy").about(
                    "Create a deployment of a ref to an environment and mark it queued (then in_progress with --start)",
                ))
                .arg(req("ref", "Branch, tag or SHA to deploy"))
                .arg(arg("environment", "Target environment (default: production)"))
                .arg(arg("description", "Short description"))
                .arg(arg("payload", "Extra JSON for the deploy tooling"))
                .arg(arg("log-url", "Where the deploy's log is"))
                .arg(arg("no-auto-merge", "Do not let GitHub merge the default branch first").action(ArgAction::SetTrue))
                .arg(arg("start", "Also post in_progress").action(ArgAction::SetTrue)),
                repo(Command::new("status").about("Post a status on a deployment (its lifecycle: queued → in_progress → success/failure)"))
                    .arg(req("deployment-id", "Deployment id"))
                    .arg(
                        req("state", "New state")
                            .value_parser(["queued", "in_progress", "success", "failure", "error", "inactive", "pending"]),
                    )
                    .arg(arg("description", "Short description (140 characters at most)"))
                    .arg(arg("log-url", "Where the deploy's log is"))
                    .arg(arg("environment-url", "Where the deployed environment is (on success)")),
            ]
        },
        run_workflow: |name, g, m| {
            Box::pin(async move {
                match name {
                    "deploy" => Some(deploy(g, m).await),
                    "status" => Some(status(g, m).await),
                    _ => None,
                }
            })
        },
        profile: Applies::No(
            "GitHub has no credentials profiles; the token comes from GH_TOKEN / GITHUB_TOKEN (GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN for an Enterprise Server)",
        ),
        region: Applies::No("GitHub has no regions; choose the host with --hostname (or GH_HOST)"),
        whoami: |g| Box::pin(whoami(g)),
        credentials_hint: "set GH_TOKEN (or GITHUB_TOKEN) for github.com, GH_ENTERPRISE_TOKEN (or GITHUB_ENTERPRISE_TOKEN) for an Enterprise Server chosen with --hostname or GH_HOST",
    }
}

/// GitHub's flag naming the host, as gh's `--hostname`.
const HOST_FLAG: &str = "hostname";

/// `deploykit github whoami`: the host's API endpoint and where the token comes from. The
/// library's client does not report its token's source yet: the variable is named here by the
/// rules the library applies (gh's), checked by building the client first. Replace the body with
/// `providers::identity(&client(g)?.identity().await?)` plus the endpoint once
/// `github::Client::identity()` exists.
async fn whoami(g: &Globals) -> Result<Value, Error> {
    let c = client(g)?;
    let endpoint = c.base_url().to_string();
    let dotcom = ["GH_TOKEN", "GITHUB_TOKEN"];
    let enterprise = [
        "GH_ENTERPRISE_TOKEN",
        "GITHUB_ENTERPRISE_TOKEN",
        "GITHUB_TOKEN",
    ];
    let host = url::Url::parse(&endpoint)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    let github_com = host == "api.github.com"
        || host.ends_with(".ghe.com")
        || host == "localhost"
        || host.starts_with("127.")
        || host == "[::1]";
    let names: &[&str] = if github_com { &dotcom } else { &enterprise };
    let var = names
        .iter()
        .find(|n| std::env::var(n).is_ok_and(|v| !v.is_empty()));
    Ok(json!({
        "source": var.map_or_else(|| "explicit configuration".to_string(), |v| format!("environment ({v})")),
        "key_id": null,
        "expires_at": null,
        "endpoint": endpoint,
    }))
}

fn client(g: &Globals) -> Result<Client, Error> {
    let mut b = deploykit::github::Client::builder().options(options(g));
    if let Some(host) = g.provider_flags.get(HOST_FLAG) {
        b = b.host(host.clone());
    }
    b.build()
}

fn text(m: &ArgMatches, name: &str) -> String {
    get(m, name).cloned().unwrap_or_default()
}

async fn deploy(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
    let c = client(g)?;
    let mut d = Deploy::new(text(m, "ref"));
    if let Some(e) = get(m, "environment") {
        d = d.environment(e.clone());
    }
    if let Some(desc) = get(m, "description") {
        d = d.description(desc.clone());
    }
    if let Some(p) = get(m, "payload") {
        let v: Value = serde_json::from_str(p)
            .map_err(|e| Error::invalid_input(format!("--payload: not JSON: {e}")))?;
        d = d.payload(v);
    }
    if let Some(u) = get(m, "log-url") {
        d = d.log_url(u.clone());
    }
    if m.get_flag("no-auto-merge") {
        d = d.auto_merge(false);
    }
    let run = DeploymentRun::start(&c, &text(m, "owner"), &text(m, "repo"), d).await?;
    let mut state = "queued";
    if m.get_flag("start") {
        run.in_progress("").await?;
        state = "in_progress";
    }
    Ok(Some(
        json!({ "id": run.id().get(), "state": state, "deployment": to_json(run.deployment()) }),
    ))
}

async fn status(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
    let c = client(g)?;
    let id = need_i64(m, "deployment-id")?;
    let id = std::num::NonZeroU64::new(u64::try_from(id).unwrap_or(0))
        .ok_or_else(|| Error::invalid_input("--deployment-id must be a positive number"))?;
    let state: types::DeploymentStatusState = text(m, "state")
        .parse()
        .map_err(|e| Error::invalid_input(format!("--state: {e}")))?;
    let mut body = types::DeploymentStatusCreateRequest::builder().state(state);
    if let Some(d) = get(m, "description") {
        let d = d
            .parse::<types::DeploymentStatusCreateRequestDescription>()
            .map_err(|e| Error::invalid_input(format!("--description: {e}")))?;
        body = body.description(Some(d));
    }
    if let Some(u) = get(m, "log-url") {
        body = body.log_url(u.clone());
    }
    if let Some(u) = get(m, "environment-url") {
        body = body.environment_url(u.clone());
    }
    let answer = c
        .create_deployment_status()
        .owner(text(m, "owner"))
        .repo(text(m, "repo"))
        .deployment_id(id)
        .body(body)
        .send()
        .await?;
    Ok(Some(to_json(&answer.into_inner())))
}
