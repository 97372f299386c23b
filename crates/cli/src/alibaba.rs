//! Alibaba Cloud in the command: the client from the global flags (region, profile), and the
//! `batch-deploy` workflow.

use clap::{ArgAction, ArgMatches, Command};
use deploykit::Error;
use serde_json::{Value, json};

use super::Globals;
use super::providers::{
    Applies, Entry, FETCHED_AT_RUN_TIME, Settled, arg, get, options, req, text_arg, timeout,
    to_json, whoami_identity,
};
use deploykit::alibaba::{Client, PollOptions, types};

/// Alibaba Cloud's entry in the command.
pub fn entry() -> Entry {
    Entry {
        name: "alibaba",
        about: "Alibaba Cloud API Gateway: DeployApi, batch deploys, history, SwitchApi",
        spec_json: deploykit::generated::alibaba_cloudapi::SPEC_JSON,
        call: |g, op, args| {
            Box::pin(async move {
                let c = client(g)?;
                deploykit::generated::alibaba_cloudapi::dispatch(c.api(), op, args).await
            })
        },
        settle: |g, op, args, marker| {
            Box::pin(async move {
                // The APIs a deploy published: DeployApi's one, or each one of a batch.
                let apis: Vec<(String, String)> = match op {
                    "deploy_api" => vec![(
                        text_arg(args, "GroupId")?.to_string(),
                        text_arg(args, "ApiId")?.to_string(),
                    )],
                    "batch_deploy_apis" => args
                        .get("Api")?
                        .as_array()?
                        .iter()
                        .filter_map(|a| {
                            Some((
                                a.get("GroupId")?.as_str()?.to_string(),
                                a.get("ApiUid")?.as_str()?.to_string(),
                            ))
                        })
                        .collect(),
                    _ => return None,
                };
                let stage: types::StageName =
                    serde_json::from_value(args.get("StageName")?.clone()).ok()?;
                Some(
                    async {
                        let c = client(g)?;
                        let mut found = Vec::new();
                        for (group, api) in &apis {
                            if let Some(release) =
                                c.find_marked_release(group, api, stage, marker).await?
                            {
                                found.push(to_json(&release));
                            }
                        }
                        // One release with the marker means the call ran.
                        Ok(if found.is_empty() {
                            Settled::DidNot
                        } else {
                            Settled::Happened(Value::Array(found))
                        })
                    }
                    .await,
                )
            })
        },
        flags: Vec::new,
        param_env: &[],
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
        profile: Applies::Yes,
        region: Applies::Yes,
        whoami: |g| Box::pin(whoami(g)),
        credentials_hint: "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, run `aliyun configure` (any mode) and choose the profile with --profile or ALIBABA_CLOUD_PROFILE, use an OIDC role in CI (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), or set ALIBABA_CLOUD_CREDENTIALS_URI; off an ECS instance, ALIBABA_CLOUD_ECS_METADATA_DISABLED=true skips the metadata service",
    }
}

/// `deploykit alibaba whoami`: the source that supplied the keys (fetched first when they come
/// from STS, the metadata service or a URI, unless `--dry-run`), the AccessKey id, the expiry of
/// temporary keys, the region and where it came from, the endpoint.
async fn whoami(g: &Globals) -> Result<Value, Error> {
    let c = client(g)?;
    let unfetched = Some(FETCHED_AT_RUN_TIME.to_string());
    let mut out = whoami_identity(g, c.credential_source(), unfetched, c.identity()).await?;
    out.insert("region".into(), json!(c.region()));
    out.insert("region_source".into(), json!(c.region_source().to_string()));
    out.insert("endpoint".into(), json!(c.base_url()));
    Ok(Value::Object(out))
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
        let answer = c
            .batch_deploy_apis()
            .api(apis)
            .stage_name(stage)
            .description(description)
            .send()
            .await?;
        return Ok(Some(to_json(&answer.into_inner())));
    }
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
