//! NHN Cloud in the command: the client from the global flags and the app key, and the `upload`,
//! `download` and `deploy` workflows.

use clap::{Arg, ArgAction, ArgMatches, Command};
use deploykit::Error;
use serde_json::{Value, json};

use super::Globals;
use super::providers::{
    Applies, Entry, arg, get, get_i64, identity, need_i64, options, progress_bar, req, timeout,
    to_json,
};
use deploykit::nhn::{BinaryUpload, Client, WaitOptions, types};

/// NHN Cloud's entry in the command.
pub fn entry() -> Entry {
    Entry {
        name: "nhn",
        about: "NHN Cloud Deploy: binary upload/download, deploy (and wait), history",
        spec_json: deploykit::generated::nhn_deploy::SPEC_JSON,
        call: |g, op, args| {
            Box::pin(async move {
                let app_key = args
                    .get("appKey")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                let c = client(g, app_key)?;
                // Tokens come from the OAuth host, with the User Access Key and no app key.
                let api = if op == "create_token" {
                    c.token_api().ok_or_else(|| {
                        Error::credentials(format!(
                            "create-token needs a User Access Key: set {} and {}",
                            deploykit::nhn::ENV_ACCESS_KEY_ID,
                            deploykit::nhn::ENV_SECRET_ACCESS_KEY
                        ))
                    })?
                } else {
                    c.api()
                };
                deploykit::generated::nhn_deploy::dispatch(api, op, args).await
            })
        },
        // NHN's deploy history does not return the note that carries the marker: an unknown
        // outcome stays unknown (the note still shows the marker in NHN's console).
        settle: |_, _, _, _| Box::pin(async { None }),
        flags: || {
            vec![
                Arg::new(OAUTH_FLAG)
                    .long(OAUTH_FLAG)
                    .value_name("URL")
                    .env("NHN_CLOUD_OAUTH_URL")
                    .help("The OAuth host that issues tokens (default: NHN's; with a loopback --endpoint, that endpoint — an emulator)"),
            ]
        },
        param_env: &[("appKey", deploykit::nhn::ENV_APP_KEY)],
        workflows: || {
            let ids = |c: Command| {
                c.arg(req("app-key", "Deploy app key").env(deploykit::nhn::ENV_APP_KEY))
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
                .arg(req("application-type", "client or server").value_parser(["client", "server"]))
                .arg(arg(
                    "version",
                    "Version (at most 100 characters; default: a timestamp)",
                ))
                .arg(arg("description", "Description"))
                .arg(
                    arg("os-type", "OS of a client binary").value_parser(["iOS", "Android", "etc"]),
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
        profile: Applies::No(
            "NHN Cloud has no credentials profiles; set NHN_CLOUD_USER_ACCESS_KEY_ID and NHN_CLOUD_USER_SECRET_ACCESS_KEY (and the app key with --app-key or NHN_CLOUD_DEPLOY_APPKEY)",
        ),
        region: Applies::No(
            "NHN Deploy is served from one endpoint; for the government cloud, point --oauth-endpoint at https://oauth.api.gov-nhncloudservice.com (and --endpoint at its Deploy host)",
        ),
        whoami: |g| Box::pin(whoami(g)),
        credentials_hint: "set NHN_CLOUD_USER_ACCESS_KEY_ID and NHN_CLOUD_USER_SECRET_ACCESS_KEY (a User Access Key, created in the NHN Cloud console under API security settings), and the Deploy app key with --app-key or NHN_CLOUD_DEPLOY_APPKEY",
    }
}

/// NHN's flag naming the OAuth host.
const OAUTH_FLAG: &str = "oauth-endpoint";

/// The client for the flags. Tokens are issued by `--oauth-endpoint` / `NHN_CLOUD_OAUTH_URL`
/// when given; otherwise the library's rule holds: NHN's OAuth host, or a loopback `--endpoint`
/// (an emulator serves both) — never another host `--endpoint` names, which would receive the
/// Secret Access Key.
/// `deploykit nhn whoami`: where the User Access Key (or token) came from, its ID, the Deploy
/// endpoint, the OAuth host that issues tokens and whether an app key is set. No request: tokens
/// are issued at the first call.
async fn whoami(g: &Globals) -> Result<Value, Error> {
    let c = client(g, None)?;
    let mut out = identity(&c.identity());
    out.insert("endpoint".into(), json!(c.base_url()));
    out.insert("oauth_endpoint".into(), json!(c.oauth_url()));
    out.insert("app_key".into(), json!(c.app_key_if_set()));
    Ok(Value::Object(out))
}

fn client(g: &Globals, app_key: Option<String>) -> Result<Client, Error> {
    let mut b = Client::builder().options(options(g));
    if let Some(k) = app_key {
        b = b.app_key(k);
    }
    if let Some(url) = g.provider_flags.get(OAUTH_FLAG).filter(|v| !v.is_empty()) {
        b = b.oauth_url(url.clone());
    }
    b.build()
}

async fn upload(g: &Globals, m: &ArgMatches) -> Result<Option<Value>, Error> {
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
    let c = client(g, get(m, "app-key").cloned())?;
    let out = get(m, "output-file").cloned().unwrap_or_default();
    // Where the file goes is checked before any request (the token's included).
    deploykit::nhn::transfer::check_destination(std::path::Path::new(&out))?;
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
    let c = client(g, get(m, "app-key").cloned())?;
    let wait = m.get_flag("wait");
    let mut body = types::DeployRequest::builder()
        .async_(wait.then_some(true))
        .next_when_fail(m.get_flag("next-when-fail").then_some(true))
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
