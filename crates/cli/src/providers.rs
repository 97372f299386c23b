//! The providers compiled into this binary: how the command connects to each, and the release
//! workflows each adds to its generated operations.

use std::io::IsTerminal;
use std::sync::Arc;

use clap::{Arg, ArgAction, ArgMatches, Command};
use futures::future::BoxFuture;
use progenitor_client::ClientInfo;
use serde_json::{Value, json};

use super::{Connected, Globals, parse_duration};
use deploykit::runtime::{ClientOptions, Error};

/// What a workflow command returns: `None` when the subcommand is not a workflow.
pub type WorkflowResult<'a> = BoxFuture<'a, Option<Result<Option<Value>, Error>>>;

/// One provider as the command sees it.
pub struct Entry {
    /// Subcommand name (the cargo feature name).
    pub name: &'static str,
    /// One-line description.
    pub about: &'static str,
    /// The spec as JSON.
    pub spec_json: &'static str,
    /// Build a connected client from the global flags (and the operation's flags).
    pub connect: fn(&Globals, &ArgMatches) -> Result<Connected, Error>,
    /// Workflow subcommands.
    pub workflows: fn() -> Vec<Command>,
    /// Run a workflow subcommand.
    pub run_workflow: for<'a> fn(&'a str, &'a Globals, &'a ArgMatches) -> WorkflowResult<'a>,
}

/// Every provider compiled in.
pub fn all() -> Vec<Entry> {
    let makers: &[fn() -> Entry] = &[github::entry, ncloud::entry, alibaba::entry, nhn::entry];
    makers.iter().map(|make| make()).collect()
}

fn options(g: &Globals) -> ClientOptions {
    let mut o = ClientOptions::default();
    o.base_url = g.endpoint.clone();
    o.retry = Some(g.retry());
    // Reproducible signatures (golden files, comparing a --dry-run with a colleague's): a fixed
    // signing time and nonce from the environment.
    if let Some(secs) = std::env::var("DEPLOYKIT_FIXED_TIME")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        o.set_clock(move || std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs));
    }
    if let Ok(nonce) = std::env::var("DEPLOYKIT_FIXED_NONCE") {
        o.set_nonce(move || nonce.clone());
    }
    o
}

fn connected<C: ClientInfo<deploykit::runtime::Transport>>(
    c: &C,
    operations: &'static [deploykit::runtime::OperationMeta],
) -> Connected {
    Connected {
        base_url: c.baseurl().to_string(),
        http: c.client().clone(),
        transport: c.inner().clone(),
        operations,
    }
}

fn no_dry_run(g: &Globals, what: &str) -> Result<(), Error> {
    if g.dry_run {
        return Err(Error::invalid_input(format!(
            "{what} makes several dependent calls and cannot be shown with --dry-run; run its single operations with --dry-run instead"
        )));
    }
    Ok(())
}

fn arg(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).help(help)
}

fn req(name: &'static str, help: &'static str) -> Arg {
    arg(name, help).required(true)
}

fn get<'a>(m: &'a ArgMatches, name: &str) -> Option<&'a String> {
    m.try_get_one::<String>(name).ok().flatten()
}

fn get_i64(m: &ArgMatches, name: &str) -> Result<Option<i64>, Error> {
    get(m, name)
        .map(|v| {
            v.trim()
                .parse::<i64>()
                .map_err(|_| Error::invalid_input(format!("--{name} {v:?}: not an integer")))
        })
        .transpose()
}

fn need_i64(m: &ArgMatches, name: &str) -> Result<i64, Error> {
    get_i64(m, name)?.ok_or_else(|| Error::invalid_input(format!("--{name} is required")))
}

fn timeout(m: &ArgMatches, default_secs: u64) -> Result<std::time::Duration, Error> {
    match get(m, "timeout") {
        Some(t) => parse_duration(t).map_err(Error::invalid_input),
        None => Ok(std::time::Duration::from_secs(default_secs)),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// A progress reporter for transfers: a bar on a terminal, nothing otherwise.
fn progress_bar(label: &str) -> Option<Arc<indicatif::ProgressBar>> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} {bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(label.to_string());
    Some(Arc::new(bar))
}

mod github {
    use super::*;
    use deploykit::github::{Client, Deploy, DeploymentRun, types};

    pub fn entry() -> Entry {
        Entry {
            name: "github",
            about: "GitHub deployments, statuses, environments, branch policies, protection rules",
            spec_json: deploykit::generated::github::SPEC_JSON,
            connect: |g, _| {
                Ok(connected(
                    &client(g)?,
                    deploykit::generated::github::OPERATIONS,
                ))
            },
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
        }
    }

    fn client(g: &Globals) -> Result<Client, Error> {
        deploykit::github::builder().options(options(g)).build()
    }

    fn text(m: &ArgMatches, name: &str) -> String {
        get(m, name).cloned().unwrap_or_default()
    }

    async fn deploy(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        no_dry_run(g, "deploy")?;
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
            body = body.description(d.clone());
        }
        if let Some(u) = get(m, "log-url") {
            body = body.log_url(u.clone());
        }
        if let Some(u) = get(m, "environment-url") {
            body = body.environment_url(u.clone());
        }
        let body: types::DeploymentStatusCreateRequest = body
            .try_into()
            .map_err(|e: types::error::ConversionError| Error::invalid_input(e.to_string()))?;
        // One call: --dry-run shows it like any generated operation.
        let connected = connected(&c, deploykit::generated::github::OPERATIONS);
        let url = format!(
            "{}/repos/{}/{}/deployments/{id}/statuses",
            connected.base_url.trim_end_matches('/'),
            text(m, "owner"),
            text(m, "repo")
        );
        let mut request = reqwest::Request::new(
            reqwest::Method::POST,
            url.parse()
                .map_err(|e| Error::invalid_input(format!("{url}: {e}")))?,
        );
        request.headers_mut().insert(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        *request.body_mut() = Some(reqwest::Body::from(
            serde_json::to_vec(&body).unwrap_or_default(),
        ));
        super::super::send_generic(&connected, "create_deployment_status", request, g).await
    }
}

mod ncloud {
    use super::*;
    use deploykit::ncloud::{Client, Region, RollbackTarget, StageRef};

    pub fn entry() -> Entry {
        Entry {
            name: "ncloud",
            about: "NAVER Cloud API Gateway: stage and API deploys, deployment history, rollback",
            spec_json: deploykit::generated::ncloud_apigateway::SPEC_JSON,
            connect: |g, _| {
                Ok(connected(
                    client(g)?.api(),
                    deploykit::generated::ncloud_apigateway::OPERATIONS,
                ))
            },
            workflows: || {
                vec![
                    Command::new("rollback")
                        .about("Redeploy the previous (or a chosen) deployment of a stage")
                        .arg(req("product-id", "Product ID (at most 10 characters)"))
                        .arg(req("api-id", "API ID (at most 10 characters)"))
                        .arg(req("stage-id", "Stage ID (at most 10 characters)"))
                        .arg(arg(
                            "deployment-no",
                            "Deployment number to redeploy (default: the one before the current)",
                        )),
                ]
            },
            run_workflow: |name, g, m| {
                Box::pin(async move {
                    match name {
                        "rollback" => Some(rollback(g, m).await),
                        _ => None,
                    }
                })
            },
        }
    }

    fn client(g: &Globals) -> Result<Client, Error> {
        let mut b = Client::builder().options(options(g));
        if let Some(r) = &g.region {
            b = b.region(r.parse::<Region>()?);
        }
        if let Some(p) = &g.profile {
            b = b.profile(p.clone());
        }
        b.build()
    }

    async fn rollback(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        no_dry_run(g, "rollback")?;
        let stage = StageRef::new(
            get(m, "product-id").map(String::as_str).unwrap_or_default(),
            get(m, "api-id").map(String::as_str).unwrap_or_default(),
            get(m, "stage-id").map(String::as_str).unwrap_or_default(),
        )?;
        let target = match get_i64(m, "deployment-no")? {
            Some(n) => RollbackTarget::Deployment(n),
            None => RollbackTarget::Previous,
        };
        let done = client(g)?.rollback(&stage, target).await?;
        Ok(Some(
            json!({ "from": done.from, "to": done.to, "stage": to_json(&done.stage) }),
        ))
    }
}

mod alibaba {
    use super::*;
    use deploykit::alibaba::{Client, PollOptions, types};

    pub fn entry() -> Entry {
        Entry {
            name: "alibaba",
            about: "Alibaba Cloud API Gateway: DeployApi, batch deploys, history, SwitchApi",
            spec_json: deploykit::generated::alibaba_cloudapi::SPEC_JSON,
            connect: |g, _| {
                Ok(connected(
                    client(g)?.api(),
                    deploykit::generated::alibaba_cloudapi::OPERATIONS,
                ))
            },
            workflows: || {
                vec![
                    Command::new("batch-deploy")
                        .about("Deploy several APIs to a stage (BatchDeployApis); with --wait, follow the task to the end")
                        .arg(
                            req("api", "An API as API_UID:GROUP_ID (repeat for several)")
                                .action(ArgAction::Append)
                                .value_name("API_UID:GROUP_ID"),
                        )
                        .arg(req("stage", "Stage: RELEASE, PRE or TEST").value_parser(["RELEASE", "PRE", "TEST"]))
                        .arg(req("description", "Publishing remarks"))
                        .arg(arg("wait", "Poll DescribeDeployApiTask until every API is final").action(ArgAction::SetTrue))
                        .arg(arg("timeout", "Give up waiting after this long (e.g. 5m); default 5m")),
                ]
            },
            run_workflow: |name, g, m| {
                Box::pin(async move {
                    match name {
                        "batch-deploy" => Some(batch_deploy(g, m).await),
                        _ => None,
                    }
                })
            },
        }
    }

    fn client(g: &Globals) -> Result<Client, Error> {
        let mut b = Client::builder().options(options(g));
        if let Some(r) = &g.region {
            b = b.region(r.clone());
        }
        if let Some(p) = &g.profile {
            b = b.profile(p.clone());
        }
        b.build()
    }

    async fn batch_deploy(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        let apis: Vec<types::BatchDeployApiItem> = m
            .get_many::<String>("api")
            .into_iter()
            .flatten()
            .map(|s| {
                let (uid, group) = s.split_once(':').ok_or_else(|| {
                    Error::invalid_input(format!("--api {s:?}: write API_UID:GROUP_ID"))
                })?;
                Ok(types::BatchDeployApiItem {
                    api_uid: uid.to_string(),
                    group_id: group.to_string(),
                })
            })
            .collect::<Result<_, Error>>()?;
        let stage: types::StageName = get(m, "stage")
            .map(String::as_str)
            .unwrap_or("RELEASE")
            .parse()
            .map_err(|e| Error::invalid_input(format!("--stage: {e}")))?;
        let description = get(m, "description").cloned().unwrap_or_default();
        let c = client(g)?;
        if !m.get_flag("wait") {
            // One call: the generic path prints it with --dry-run as well.
            let connected = connected(c.api(), deploykit::generated::alibaba_cloudapi::OPERATIONS);
            let mut url =
                url::Url::parse(&format!("{}/", connected.base_url.trim_end_matches('/')))
                    .map_err(|e| Error::invalid_input(e.to_string()))?;
            let list =
                serde_json::to_string(&apis).map_err(|e| Error::invalid_input(e.to_string()))?;
            url.query_pairs_mut()
                .append_pair("Action", "BatchDeployApis")
                .append_pair("Version", deploykit::alibaba::API_VERSION)
                .append_pair("Api", &list)
                .append_pair("StageName", &stage.to_string())
                .append_pair("Description", &description);
            let request = reqwest::Request::new(reqwest::Method::POST, url);
            return super::super::send_generic(&connected, "batch_deploy_apis", request, g).await;
        }
        no_dry_run(g, "batch-deploy --wait")?;
        let poll = PollOptions {
            timeout: timeout(m, 300)?,
            ..PollOptions::default()
        };
        let outcome = c.batch_deploy(stage, &description, apis, &poll).await?;
        let results: Vec<Value> = outcome
            .results
            .iter()
            .map(|r| json!({"ApiUid": r.api_uid, "GroupId": r.group_id, "StageName": r.stage_name, "Status": r.status, "Message": r.message}))
            .collect();
        let summary = json!({ "OperationId": outcome.operation_id, "RequestId": outcome.request_id, "Results": results });
        outcome.into_result()?;
        Ok(Some(summary))
    }
}

mod nhn {
    use super::*;
    use deploykit::nhn::{BinaryUpload, Client, WaitOptions, types};

    pub fn entry() -> Entry {
        Entry {
            name: "nhn",
            about: "NHN Cloud Deploy: binary upload/download, deploy (and wait), history",
            spec_json: deploykit::generated::nhn_deploy::SPEC_JSON,
            connect: |g, m| {
                let app_key = get(m, "appKey").cloned();
                Ok(connected(
                    client(g, app_key)?.api(),
                    deploykit::generated::nhn_deploy::OPERATIONS,
                ))
            },
            workflows: || {
                let ids = |c: Command| {
                    c.arg(req("app-key", "Deploy app key").env("NHN_CLOUD_DEPLOY_APPKEY"))
                        .arg(req("artifact-id", "Artifact ID"))
                };
                vec![
                    ids(Command::new("upload")
                        .about("Upload a binary (streamed; progress bar on a terminal)"))
                    .arg(
                        Arg::new("file")
                            .required(true)
                            .value_name("FILE")
                            .help("The binary to upload"),
                    )
                    .arg(req("binary-group-key", "Binary group key"))
                    .arg(
                        req("application-type", "client or server")
                            .value_parser(["client", "server"]),
                    )
                    .arg(arg(
                        "version",
                        "Version (at most 100 characters; default: a timestamp)",
                    ))
                    .arg(arg("description", "Description"))
                    .arg(
                        arg("os-type", "OS of a client binary")
                            .value_parser(["iOS", "Android", "etc"]),
                    )
                    .arg(arg("meta-file", "plist file of an iOS binary"))
                    .arg(arg("fix", "Fix the client binary").action(ArgAction::SetTrue)),
                    ids(Command::new("download").about("Download a binary to a file (streamed)"))
                        .arg(req("binary-group-key", "Binary group key"))
                        .arg(req("binary-key", "Binary key"))
                        .arg(
                            Arg::new("output-file")
                                .short('O')
                                .long("out")
                                .required(true)
                                .value_name("FILE")
                                .help("Where to write it"),
                        ),
                    ids(Command::new("deploy").about(
                        "Run a deploy on a server group; with --wait, follow it to SUCCESS or FAIL",
                    ))
                    .arg(req("server-group-id", "Server group ID"))
                    .arg(arg(
                        "target-server-hostnames",
                        "Comma-separated hostnames (default: the whole group)",
                    ))
                    .arg(arg("scenario-ids", "Comma-separated scenario ids"))
                    .arg(arg("concurrent-num", "Parallel deploys (0: all at once)"))
                    .arg(arg("deploy-note", "Note"))
                    .arg(
                        arg(
                            "next-when-fail",
                            "Continue with the next server after a failure",
                        )
                        .action(ArgAction::SetTrue),
                    )
                    .arg(
                        arg(
                            "wait",
                            "Deploy asynchronously and poll the history until SUCCESS or FAIL",
                        )
                        .action(ArgAction::SetTrue),
                    )
                    .arg(arg(
                        "timeout",
                        "Give up waiting after this long (e.g. 30m); default 30m",
                    )),
                ]
            },
            run_workflow: |name, g, m| {
                Box::pin(async move {
                    match name {
                        "upload" => Some(upload(g, m).await),
                        "download" => Some(download(g, m).await),
                        "deploy" => Some(deploy(g, m).await),
                        _ => None,
                    }
                })
            },
        }
    }

    /// With `--endpoint`, tokens are issued from the same address (the emulator serves both),
    /// unless `NHN_CLOUD_OAUTH_URL` names the token server.
    fn client(g: &Globals, app_key: Option<String>) -> Result<Client, Error> {
        let mut b = Client::builder().options(options(g));
        if let Some(k) = app_key {
            b = b.app_key(k);
        }
        match std::env::var("NHN_CLOUD_OAUTH_URL")
            .ok()
            .filter(|v| !v.is_empty())
        {
            Some(url) => b = b.oauth_url(url),
            None => {
                if let Some(endpoint) = &g.endpoint {
                    b = b.oauth_url(endpoint.clone());
                }
            }
        }
        b.build()
    }

    async fn upload(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        no_dry_run(g, "upload")?;
        let c = client(g, get(m, "app-key").cloned())?;
        let kind: types::ApplicationType = get(m, "application-type")
            .map(String::as_str)
            .unwrap_or("server")
            .parse()
            .map_err(|e| Error::invalid_input(format!("--application-type: {e}")))?;
        let file = get(m, "file").cloned().unwrap_or_default();
        let mut upload = BinaryUpload::from_path(kind, &file);
        if let Some(v) = get(m, "version") {
            upload = upload.version(v.clone());
        }
        if let Some(d) = get(m, "description") {
            upload = upload.description(d.clone());
        }
        if let Some(os) = get(m, "os-type") {
            upload = upload.os_type(
                os.parse()
                    .map_err(|e| Error::invalid_input(format!("--os-type: {e}")))?,
            );
        }
        if m.get_flag("fix") {
            upload = upload.fix(true);
        }
        if let Some(meta) = get(m, "meta-file") {
            upload = upload.meta_file(meta.clone());
        }
        let bar = progress_bar("upload");
        if let Some(bar) = bar.clone() {
            upload = upload.on_progress(move |p| {
                if let Some(t) = p.total {
                    bar.set_length(t);
                }
                bar.set_position(p.done);
            });
        }
        let result = c
            .upload_binary(
                need_i64(m, "artifact-id")?,
                need_i64(m, "binary-group-key")?,
                upload,
            )
            .await;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(Some(to_json(&result?)))
    }

    async fn download(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        no_dry_run(g, "download")?;
        let c = client(g, get(m, "app-key").cloned())?;
        let out = get(m, "output-file").cloned().unwrap_or_default();
        let mut dl = c
            .download_binary(
                need_i64(m, "artifact-id")?,
                need_i64(m, "binary-group-key")?,
                need_i64(m, "binary-key")?,
            )
            .await?;
        let bar = progress_bar("download");
        if let Some(bar) = bar.clone() {
            if let Some(len) = dl.content_length() {
                bar.set_length(len);
            }
            dl = dl.on_progress(move |p| bar.set_position(p.done));
        }
        let written = dl.to_path(&out).await;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(Some(json!({ "file": out, "bytes": written? })))
    }

    async fn deploy(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
        no_dry_run(g, "deploy")?;
        let c = client(g, get(m, "app-key").cloned())?;
        let wait = m.get_flag("wait");
        let mut body = types::DeployRequest::builder()
            .async_(wait)
            .next_when_fail(m.get_flag("next-when-fail"))
            .target_server_hostnames(get(m, "target-server-hostnames").cloned())
            .scenario_ids(get(m, "scenario-ids").cloned())
            .deploy_note(get(m, "deploy-note").cloned());
        if let Some(n) = get_i64(m, "concurrent-num")? {
            let n = i32::try_from(n)
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| Error::invalid_input("--concurrent-num must be 0 or more"))?;
            body = body.concurrent_num(Some(types::ConcurrentNum(n)));
        }
        let body: types::DeployRequest = body
            .try_into()
            .map_err(|e: types::error::ConversionError| Error::invalid_input(e.to_string()))?;
        let artifact = need_i64(m, "artifact-id")?;
        let group = need_i64(m, "server-group-id")?;
        if wait {
            let options = WaitOptions::with_timeout(timeout(m, 1800)?);
            let history = c.deploy_and_wait(artifact, group, body, &options).await?;
            return Ok(Some(Value::Array(history.iter().map(to_json).collect())));
        }
        let done = c.deploy(artifact, group, body).await?;
        Ok(Some(Value::Array(
            done.results.iter().map(to_json).collect(),
        )))
    }
}
