//! GitHub in the command: the client from the global flags, and the `deploy` / `status` workflows.

use clap::{ArgAction, ArgMatches, Command};
use deploykit::Error;
use serde_json::{Value, json};

use super::Globals;
use super::providers::{
    Applies, Entry, Settled, arg, get, need_i64, options, req, text_arg, to_json, whoami_identity,
};

use deploykit::github::{Client, Deploy, DeploymentRun, types};

/// GitHub's entry in the command.
pub fn entry() -> Entry {
    Entry {
        name: "github",
        about: "GitHub deployments, statuses, environments, branch policies, protection rules",
        spec_json: deploykit::generated::github::SPEC_JSON,
        call: |g, op, mut args| {
            Box::pin(async move {
                let host = repo_args(&mut args)?;
                let owner = text_arg(&args, "owner").map(str::to_string);
                let repo = text_arg(&args, "repo").map(str::to_string);
                let c = client_for(g, host.as_deref(), owner.as_deref().zip(repo.as_deref()))?;
                deploykit::generated::github::dispatch(c.api(), op, args).await
            })
        },
        settle: |g, op, args, marker| {
            Box::pin(async move {
                if op != "create_deployment" {
                    return None;
                }
                let mut args = args.clone();
                let host = repo_args(&mut args).ok()?;
                let (owner, repo) = (
                    text_arg(&args, "owner")?.to_string(),
                    text_arg(&args, "repo")?.to_string(),
                );
                Some(
                    async {
                        let found = client_for(g, host.as_deref(), Some((&owner, &repo)))?
                            .find_marked_deployment(&owner, &repo, marker)
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
            vec![
                clap::Arg::new(HOST_FLAG)
                    .long(HOST_FLAG)
                    .value_name("HOST")
                    .help("The GitHub host, as gh names it: github.com (default), TENANT.ghe.com, or an Enterprise Server host (its API at https://HOST/api/v3); GH_HOST is read when not given"),
                clap::Arg::new(APP_ID_FLAG)
                    .long(APP_ID_FLAG)
                    .value_name("ID")
                    .help("Authenticate as this GitHub App (app id or client id) with installation tokens; GITHUB_APP_ID is read when not given"),
                clap::Arg::new(APP_KEY_FILE_FLAG)
                    .long(APP_KEY_FILE_FLAG)
                    .value_name("FILE")
                    .help("The GitHub App's private key (.pem); else GITHUB_APP_PRIVATE_KEY_FILE or GITHUB_APP_PRIVATE_KEY (PEM text)"),
                clap::Arg::new(INSTALLATION_FLAG)
                    .long(INSTALLATION_FLAG)
                    .value_name("ID")
                    .help("The GitHub App installation to act as; else GITHUB_APP_INSTALLATION_ID, else the installation on --owner/--repo"),
            ]
        },
        param_env: &[
            ("owner", REPO_VARS[0]),
            ("owner", REPO_VARS[1]),
            ("repo", REPO_VARS[0]),
            ("repo", REPO_VARS[1]),
        ],
        workflows: || {
            let repo = |c: Command| {
                c.arg(req("owner", "Repository owner").env(repo_var()))
                    .arg(req("repo", "Repository name").env(repo_var()))
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

/// `deploykit github whoami`: where the token comes from (a GitHub App's installation token is
/// fetched first, unless `--dry-run`, so a wrong key or installation shows here), when it expires,
/// and the host's API endpoint. Never the token.
async fn whoami(g: &Globals) -> Result<Value, Error> {
    let repo = default_repo()?;
    let c = match &repo {
        Some((owner, name, host)) => client_for(g, host.as_deref(), Some((owner, name)))?,
        None => client_for(g, None, None)?,
    };
    let mut out = whoami_identity(g, c.credential_source(), None, c.identity()).await?;
    out.insert("endpoint".into(), json!(c.base_url()));
    Ok(Value::Object(out))
}

/// The default repository for `whoami` (where a GitHub App's installation is looked up), when
/// `GH_REPO`/`GITHUB_REPOSITORY` name one: owner, repo and the host `GH_REPO` may name.
fn default_repo() -> Result<Option<(String, String, Option<String>)>, Error> {
    let Some(value) = std::env::var(repo_var()).ok().filter(|x| !x.is_empty()) else {
        return Ok(None);
    };
    let (host, owner, repo) = split_repo(&value)?;
    Ok(Some((
        owner.to_string(),
        repo.to_string(),
        host.map(str::to_string),
    )))
}

/// GitHub App flags.
const APP_ID_FLAG: &str = "app-id";
const APP_KEY_FILE_FLAG: &str = "app-key-file";
const INSTALLATION_FLAG: &str = "installation-id";

/// The default repository, `[HOST/]OWNER/REPO` (gh's `GH_REPO`), then inside GitHub Actions
/// `OWNER/REPO` (`GITHUB_REPOSITORY`); `--owner`/`--repo` win.
const REPO_VARS: [&str; 2] = ["GH_REPO", "GITHUB_REPOSITORY"];

/// The variable that supplies `--owner`/`--repo` when they are not given: the first set.
fn repo_var() -> &'static str {
    REPO_VARS
        .into_iter()
        .find(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()))
        .unwrap_or(REPO_VARS[0])
}

/// `[HOST/]OWNER/REPO` as (host, owner, repo).
fn split_repo(value: &str) -> Result<(Option<&str>, &str, &str), Error> {
    let parts: Vec<&str> = value.trim().split('/').collect();
    match parts.as_slice() {
        [owner, repo] if !owner.is_empty() && !repo.is_empty() => Ok((None, owner, repo)),
        [host, owner, repo] if !host.is_empty() && !owner.is_empty() && !repo.is_empty() => {
            Ok((Some(host), owner, repo))
        }
        _ => Err(Error::invalid_input(format!(
            "`{value}` is not a repository: {} takes [HOST/]OWNER/REPO and {} OWNER/REPO",
            REPO_VARS[0], REPO_VARS[1]
        ))),
    }
}

/// Owner and repo that came from `GH_REPO`/`GITHUB_REPOSITORY` (the whole `[HOST/]OWNER/REPO`,
/// which no owner or repository name can be) are cut to their part; the host such a value
/// names is returned.
fn repo_args(args: &mut deploykit::runtime::dispatch::Args) -> Result<Option<String>, Error> {
    let mut host = None;
    for (name, index) in [("owner", 1), ("repo", 2)] {
        let Some(value) = text_arg(args, name).filter(|v| v.contains('/')) else {
            continue;
        };
        let (h, owner, repo) = split_repo(value)?;
        host = host.or(h.map(str::to_string));
        let part = if index == 1 { owner } else { repo };
        args.set(name, Value::String(part.to_string()));
    }
    Ok(host)
}

/// Owner and repo of a workflow (flags, else the default repository), and the host it names.
fn workflow_repo(m: &ArgMatches) -> Result<(String, String, Option<String>), Error> {
    let mut args = deploykit::runtime::dispatch::Args::new();
    args.set("owner", Value::String(text(m, "owner")));
    args.set("repo", Value::String(text(m, "repo")));
    let host = repo_args(&mut args)?;
    let get = |n: &str| text_arg(&args, n).unwrap_or_default().to_string();
    Ok((get("owner"), get("repo"), host))
}

/// The client: `--hostname` (else `GH_HOST`, else the host of `GH_REPO`), GitHub App flags, and
/// the repository as the place to find the app's installation.
fn client_for(
    g: &Globals,
    repo_host: Option<&str>,
    repo: Option<(&str, &str)>,
) -> Result<Client, Error> {
    let mut b = deploykit::github::Client::builder().options(options(g));
    let flags = &g.provider_flags;
    if let Some(host) = flags.get(HOST_FLAG) {
        b = b.host(host.clone());
    } else if let Some(host) = repo_host
        && std::env::var_os(deploykit::github::HOST_VAR).is_none()
    {
        b = b.host(host.to_string());
    }
    match (flags.get(APP_ID_FLAG), flags.get(APP_KEY_FILE_FLAG)) {
        (Some(id), Some(file)) => b = b.app_key_file(id.clone(), file.clone()),
        (Some(id), None) => b = b.app_id(id.clone()),
        (None, Some(file)) => {
            let id = std::env::var(deploykit::github::APP_ID_VAR).map_err(|_| {
                Error::credentials(format!(
                    "--{APP_KEY_FILE_FLAG} needs the app's id: pass --{APP_ID_FLAG} or set {}",
                    deploykit::github::APP_ID_VAR
                ))
            })?;
            b = b.app_key_file(id, file.clone());
        }
        (None, None) => {}
    }
    if let Some(id) = flags.get(INSTALLATION_FLAG) {
        let id = id
            .trim()
            .parse::<u64>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                Error::invalid_input(format!(
                    "--{INSTALLATION_FLAG} {id:?}: not a positive number"
                ))
            })?;
        b = b.installation_id(id);
    }
    if let Some((owner, repo)) = repo {
        b = b.installation_repo(owner, repo);
    }
    b.build()
}

fn text(m: &ArgMatches, name: &str) -> String {
    get(m, name).cloned().unwrap_or_default()
}

async fn deploy(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
    let (owner, repo, host) = workflow_repo(m)?;
    let c = client_for(g, host.as_deref(), Some((&owner, &repo)))?;
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
    let run = DeploymentRun::start(&c, &owner, &repo, d).await?;
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
    let (owner, repo, host) = workflow_repo(m)?;
    let c = client_for(g, host.as_deref(), Some((&owner, &repo)))?;
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
        .owner(owner)
        .repo(repo)
        .deployment_id(id)
        .body(body)
        .send()
        .await?;
    Ok(Some(to_json(&answer.into_inner())))
}
