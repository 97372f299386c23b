//! A cross-provider release, end to end, against the embedded emulator: no credentials, no network.
//!
//! `cargo run --release --example release_tour`
//!
//! It starts the emulator in-process and drives it with the real signed clients, as a release
//! pipeline would: issue an NHN token and upload a freshly built binary, deploy it and wait; record
//! the release as a GitHub deployment with its statuses; publish an Alibaba API and a batch of APIs;
//! deploy an NCP API to a stage and roll the stage back. Each step prints what it did and how long
//! it took.

use std::time::{Duration, Instant};

use deploykit::runtime::ClientOptions;
use deploykit::{Result, alibaba, github, ncloud, nhn};
use deploykit_emulator::{Emulator, EmulatorHandle};
use futures::TryStreamExt;

struct Tour {
    started: Instant,
    steps: usize,
}

impl Tour {
    fn step(&mut self, provider: &str, what: &str, since: Instant) {
        self.steps += 1;
        println!(
            "{:>2}. {provider:<8} {what:<74} {:>8.1} ms",
            self.steps,
            since.elapsed().as_secs_f64() * 1e3
        );
    }
}

fn options(base_url: String) -> ClientOptions {
    let mut o = ClientOptions::default();
    o.base_url = Some(base_url);
    o
}

/// A binary of `len` bytes, as a build would leave it.
fn build_artifact(dir: &std::path::Path, len: usize) -> std::io::Result<std::path::PathBuf> {
    let path = dir.join("shop-1.4.2.jar");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    std::fs::write(&path, bytes)?;
    Ok(path)
}

async fn nhn_release(emu: &EmulatorHandle, tour: &mut Tour) -> Result<()> {
    use deploykit_emulator::nhn::defaults;

    let creds = emu.options().nhn();
    let client = nhn::Client::builder()
        .options(options(emu.nhn_url()))
        .oauth_url(emu.nhn_oauth_url())
        .user_access_key(creds.access_key_id.clone(), creds.secret_access_key.clone())
        .app_key(defaults::APP_KEY)
        .build()?;

    let t = Instant::now();
    let artifacts = client.list_artifacts(None).await?;
    tour.step(
        "nhn",
        &format!(
            "token issued; {} artifact(s) visible",
            artifacts.artifacts.len()
        ),
        t,
    );

    let dir = tempfile::tempdir().map_err(|e| deploykit::Error::invalid_input(e.to_string()))?;
    let file = build_artifact(dir.path(), 16 << 20)
        .map_err(|e| deploykit::Error::invalid_input(e.to_string()))?;
    let t = Instant::now();
    let uploaded = client
        .upload_binary(
            defaults::ARTIFACT_ID,
            defaults::BINARY_GROUP_KEY,
            nhn::BinaryUpload::from_path(nhn::types::ApplicationType::Server, &file)
                .version("1.4.2")
                .description("release tour build"),
        )
        .await?;
    let key = uploaded
        .binary_key
        .map(|k| k.to_string())
        .unwrap_or_default();
    tour.step("nhn", &format!("uploaded 16 MiB binary, key {key}"), t);

    let t = Instant::now();
    let request = nhn::types::DeployRequest {
        deploy_note: Some("release 1.4.2".into()),
        ..Default::default()
    };
    let history = client
        .deploy_and_wait(
            defaults::ARTIFACT_ID,
            defaults::SERVER_GROUP_ID,
            request,
            // The emulator finishes async deploys after 500 ms: poll every 250 ms.
            &nhn::WaitOptions {
                initial_interval: Duration::from_millis(250),
                max_interval: Duration::from_secs(1),
                ..nhn::WaitOptions::with_timeout(Duration::from_secs(60))
            },
        )
        .await?;
    let outcome: Vec<String> = history
        .iter()
        .map(|h| {
            let result = h
                .total_result
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_else(|| "?".into());
            let key = h.deploy_key.map_or_else(|| "?".into(), |k| k.to_string());
            format!("deploy {key} {result}")
        })
        .collect();
    tour.step(
        "nhn",
        &format!("deployed with --wait: {}", outcome.join(", ")),
        t,
    );
    Ok(())
}

async fn github_release(emu: &EmulatorHandle, tour: &mut Tour) -> Result<()> {
    let client = github::Client::builder()
        .token(emu.options().github().tokens[0].clone())
        .options(options(emu.github_url()))
        .build()?;
    let t = Instant::now();
    let mut run = github::DeploymentRun::start(
        &client,
        "octo-shop",
        "shop",
        github::Deploy::new("v1.4.2")
            .environment("production")
            .description("Release 1.4.2")
            .log_url("https://ci.example.com/runs/142"),
    )
    .await?;
    run.set_environment_url("https://shop.example.com");
    run.in_progress("rolling out").await?;
    run.succeed("released").await?;
    let statuses: Vec<github::types::DeploymentStatus> = github::paginate(
        &client,
        client
            .list_deployment_statuses()
            .owner("octo-shop")
            .repo("shop")
            .deployment_id(run.id()),
    )
    .try_collect()
    .await?;
    let states: Vec<String> = statuses.iter().rev().map(|s| s.state.to_string()).collect();
    tour.step(
        "github",
        &format!("deployment {} statuses: {}", run.id(), states.join(" → ")),
        t,
    );
    Ok(())
}

async fn alibaba_release(emu: &EmulatorHandle, tour: &mut Tour) -> Result<()> {
    use deploykit_emulator::alibaba::defaults;

    let creds = emu.options().alibaba();
    let client = alibaba::Client::builder()
        .options(options(emu.alibaba_url()))
        .credentials(alibaba::Credentials::new(
            creds.access_key_id.clone(),
            creds.access_key_secret.clone(),
        ))
        .build()?;
    let (api, name, _, _) = defaults::APIS[0];
    let t = Instant::now();
    client
        .deploy_api()
        .group_id(defaults::GROUP_ID)
        .api_id(api)
        .stage_name(alibaba::types::StageName::Release)
        .description("release 1.4.2")
        .send()
        .await?;
    tour.step(
        "alibaba",
        &format!("DeployApi {name} to RELEASE (ACS3-signed)"),
        t,
    );

    let t = Instant::now();
    let apis = defaults::APIS[1..]
        .iter()
        .map(|(uid, ..)| alibaba::types::BatchDeployApiItem {
            api_uid: uid.to_string(),
            group_id: defaults::GROUP_ID.to_string(),
        })
        .collect();
    let outcome = client
        .batch_deploy(
            alibaba::types::StageName::Release,
            "release 1.4.2",
            apis,
            &alibaba::PollOptions::default()
                .with_intervals(Duration::from_millis(200), Duration::from_secs(1)),
        )
        .await?
        .into_result()?;
    tour.step(
        "alibaba",
        &format!(
            "BatchDeployApis task {}: {} API(s) succeeded",
            outcome.operation_id,
            outcome.results.len()
        ),
        t,
    );
    Ok(())
}

async fn ncloud_release(emu: &EmulatorHandle, tour: &mut Tour) -> Result<()> {
    use deploykit_emulator::ncloud::defaults;

    let creds = emu.options().ncloud();
    let client = ncloud::Client::builder()
        .options(options(emu.ncloud_url()))
        .credentials(creds.access_key.clone(), creds.secret_key.clone())
        .build()?;
    let (stage_id, stage_name) = defaults::STAGES[1];
    let stage = ncloud::StageRef::new(defaults::PRODUCT_ID, defaults::API_ID, stage_id)?;
    let t = Instant::now();
    client
        .deploy_api()
        .product_id(defaults::PRODUCT_ID)
        .api_id(defaults::API_ID)
        .body(
            ncloud::types::DeployApiRequest::builder()
                .stage_id(stage_id)
                .deployment_description(Some(
                    "release 1.4.2".parse().map_err(|e| {
                        deploykit::Error::invalid_input(format!("description: {e}"))
                    })?,
                )),
        )
        .send()
        .await?;
    let current = client
        .get_stage()
        .product_id(defaults::PRODUCT_ID)
        .api_id(defaults::API_ID)
        .stage_id(stage_id)
        .send()
        .await?
        .into_inner();
    tour.step(
        "ncloud",
        &format!(
            "API deployed to stage {stage_name}: deployment {}",
            current
                .stage
                .and_then(|s| s.deployed_stage_deployment_no)
                .map(|n| n.to_string())
                .unwrap_or_default()
        ),
        t,
    );
    let t = Instant::now();
    let rolled = client
        .rollback(&stage, ncloud::RollbackTarget::Previous)
        .await?;
    tour.step(
        "ncloud",
        &format!(
            "stage {stage_name} rolled back: deployment {} → {}",
            rolled
                .from
                .map(|n| n.to_string())
                .unwrap_or_else(|| "?".into()),
            rolled.to
        ),
        t,
    );
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::process::ExitCode {
    let emu = match Emulator::builder()
        .nhn_deploy_delay(Duration::from_millis(500))
        .alibaba_task_delay(Duration::from_millis(300))
        .start()
        .await
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("release_tour: cannot start the emulator: {e}");
            return std::process::ExitCode::from(1);
        }
    };
    println!(
        "deploykit release tour against the embedded emulator at {}\n",
        emu.base_url()
    );
    let mut tour = Tour {
        started: Instant::now(),
        steps: 0,
    };
    let result = async {
        nhn_release(&emu, &mut tour).await?;
        github_release(&emu, &mut tour).await?;
        alibaba_release(&emu, &mut tour).await?;
        ncloud_release(&emu, &mut tour).await
    }
    .await;
    let violations = emu.conformance_violations();
    emu.shutdown().await;
    match result {
        Ok(()) if violations.is_empty() => {
            println!(
                "\n{} steps in {:.2} s; every answer matched its spec.",
                tour.steps,
                tour.started.elapsed().as_secs_f64()
            );
            std::process::ExitCode::SUCCESS
        }
        Ok(()) => {
            eprintln!("\nanswers that broke their spec: {violations:#?}");
            std::process::ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("\nrelease_tour failed: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
