//! NAVER Cloud in the command: the client from the global flags (region, profile), and the
//! `rollback` workflow.

use clap::{ArgMatches, Command};
use deploykit::Error;
use serde_json::{Value, json};

use super::Globals;
use super::providers::{
    Applies, Entry, FETCHED_AT_RUN_TIME, Settled, arg, get, get_i64, options, req, text_arg,
    to_json, whoami_identity,
};
use deploykit::ncloud::{Client, Region, RollbackTarget, StageRef};

/// NAVER Cloud's entry in the command.
pub fn entry() -> Entry {
    Entry {
        name: "ncloud",
        about: "NAVER Cloud API Gateway: stage and API deploys, deployment history, rollback",
        spec_json: deploykit::generated::ncloud_apigateway::SPEC_JSON,
        call: |g, op, args| {
            Box::pin(async move {
                let c = client(g)?;
                deploykit::generated::ncloud_apigateway::dispatch(c.api(), op, args).await
            })
        },
        settle: |g, op, args, marker| {
            Box::pin(async move {
                if op != "deploy_api" {
                    return None;
                }
                let product = text_arg(args, "product-id")?;
                let api = text_arg(args, "api-id")?;
                let stage = args.get("body")?.get("stageId")?.as_str()?;
                Some(
                    async {
                        let found = client(g)?
                            .find_marked_deployment(product, api, stage, marker)
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
        flags: Vec::new,
        param_env: &[],
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
        profile: Applies::Yes,
        region: Applies::Yes,
        whoami: |g| Box::pin(whoami(g)),
        credentials_hint: "set NCLOUD_ACCESS_KEY_ID and NCLOUD_SECRET_ACCESS_KEY (or NCLOUD_ACCESS_KEY and NCLOUD_SECRET_KEY), or run `ncloud configure` (it writes ~/.ncloud/configure) and choose its profile with --profile; on an NCP server, give the server a role (NCLOUD_METADATA_API_DISABLED=true skips the metadata API)",
    }
}

/// `deploykit ncloud whoami`: the source that supplied the keys (a server role's key is fetched
/// first, unless `--dry-run`), the access key id, the expiry of a server role's key, the region
/// (site) and where it came from, the endpoint.
async fn whoami(g: &Globals) -> Result<Value, Error> {
    let c = client(g)?;
    let key_id = c.access_key().unwrap_or_else(|| FETCHED_AT_RUN_TIME.into());
    let mut out = whoami_identity(g, c.credential_source(), Some(key_id), c.identity()).await?;
    out.insert("region".into(), json!(c.region().name()));
    out.insert("region_source".into(), json!(c.site_source().to_string()));
    out.insert("endpoint".into(), json!(c.base_url()));
    Ok(Value::Object(out))
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
