//! Every source of Alibaba credentials, end to end against the emulator: the library's client
//! finds its credentials through the chain (environment, OIDC role, aliyun CLI profile in each
//! mode, credentials file, ECS instance role, credentials URI), fetches temporary keys from the
//! emulated STS / metadata service / URI, and signs API Gateway calls with them; the emulator
//! checks the signature and the security token. Expiry and renewal run on a clock the test moves.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use deploykit::alibaba::{self, Client};
use deploykit::runtime::{CredentialSource, ErrorKind, MapEnv};
use deploykit_emulator::alibaba::defaults;
use deploykit_emulator::{Emulator, EmulatorOptions};

/// A client of the emulator reading `env`, on the emulator's clock.
fn client(e: &Emu, env: MapEnv) -> deploykit::Result<Client> {
    let clock = e.clock.clone();
    let mut b = Client::builder().base_url(e.handle.alibaba_url()).env(env);
    b.options_mut().set_clock(move || clock.now());
    b.build()
}

/// An environment with no Alibaba variables, `home` as the home folder, and no metadata service.
fn empty_env(home: &Path) -> MapEnv {
    MapEnv::new()
        .with("HOME", home.to_str().unwrap())
        .with("USERPROFILE", home.to_str().unwrap())
        .with_home(home)
}

/// A call that needs valid credentials.
async fn call(c: &Client) -> deploykit::Result<()> {
    c.describe_deployed_apis().send().await.map(|_| ())
}

fn write_cli_file(home: &Path, profiles: serde_json::Value, current: &str) {
    let dir = home.join(".aliyun");
    std::fs::create_dir_all(&dir).unwrap();
    let config = serde_json::json!({ "current": current, "profiles": profiles, "meta_path": "" });
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
}

fn ak_profile(name: &str) -> serde_json::Value {
    serde_json::json!({
        "name": name, "mode": "AK",
        "access_key_id": defaults::ACCESS_KEY_ID,
        "access_key_secret": defaults::ACCESS_KEY_SECRET,
        "region_id": "cn-shanghai"
    })
}

fn oidc_env(home: &Path, token_file: &Path) -> MapEnv {
    empty_env(home)
        .with(alibaba::ENV_ROLE_ARN, defaults::ROLE_ARN)
        .with(alibaba::ENV_OIDC_PROVIDER_ARN, defaults::OIDC_PROVIDER_ARN)
        .with(alibaba::ENV_OIDC_TOKEN_FILE, token_file.to_str().unwrap())
}

fn role_of(source: &CredentialSource) -> Option<&str> {
    match source {
        CredentialSource::Role { role, .. } => Some(role),
        _ => None,
    }
}

#[tokio::test]
async fn an_oidc_role_from_the_environment_is_assumed_and_its_token_file_read_at_each_renewal() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("oidc-token");
    // A wrong token first: STS refuses it, nothing is cached.
    std::fs::write(&token_file, "not-the-token\n").unwrap();
    let c = client(&e, oidc_env(home.path(), &token_file)).unwrap();
    assert_eq!(role_of(c.credential_source()), Some(defaults::ROLE_ARN));
    let err = call(&c).await.unwrap_err();
    assert_eq!(*err.kind(), ErrorKind::Credentials, "{err}");
    assert_eq!(err.code(), Some("AuthenticationFail.OIDCToken.Invalid"));
    assert!(err.to_string().contains("AssumeRoleWithOIDC"), "{err}");
    assert!(!err.to_string().contains("not-the-token"), "{err}");

    // The CI system writes a fresh token: the next call reads the file again and succeeds.
    std::fs::write(&token_file, format!("{}\n", defaults::OIDC_TOKEN)).unwrap();
    call(&c).await.unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 1);
    let id = c.identity().await.unwrap();
    assert!(id.key_id.as_deref().unwrap().starts_with("STS."), "{id:?}");
    assert!(id.expires_at.is_some());

    // 50 minutes later (within 15 minutes of the hour's end) the role is assumed again, with
    // the token now in the file.
    std::fs::write(&token_file, "rotated-but-wrong").unwrap();
    e.clock.advance(Duration::from_secs(50 * 60));
    // The renewal fails, but the keys in hand are still valid for 10 minutes: they stay in use.
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 1);
    std::fs::write(&token_file, defaults::OIDC_TOKEN).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 2);
    e.assert_conformant();
}

#[tokio::test]
async fn an_expired_role_session_is_renewed_before_the_call() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("t");
    std::fs::write(&token_file, defaults::OIDC_TOKEN).unwrap();
    let c = client(&e, oidc_env(home.path(), &token_file)).unwrap();
    call(&c).await.unwrap();
    let first = c.identity().await.unwrap().key_id;
    // 44 minutes: still fresh, nothing fetched.
    e.clock.advance(Duration::from_secs(44 * 60));
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 1);
    // Two hours later the first keys have expired: new ones, once for concurrent calls.
    e.clock.advance(Duration::from_secs(2 * 3600));
    let (a, b, d) = tokio::join!(call(&c), call(&c), call(&c));
    a.unwrap();
    b.unwrap();
    d.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 2);
    assert_ne!(c.identity().await.unwrap().key_id, first);
}

#[tokio::test]
async fn the_cli_profile_modes_ram_role_arn_and_chainable_assume_the_role_with_signed_sts_calls() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    write_cli_file(
        home.path(),
        serde_json::json!([
            ak_profile("base"),
            {
                "name": "role", "mode": "RamRoleArn",
                "access_key_id": defaults::ACCESS_KEY_ID,
                "access_key_secret": defaults::ACCESS_KEY_SECRET,
                "ram_role_arn": defaults::ROLE_ARN, "ram_session_name": "release-42",
                "expired_seconds": 1800
            },
            {
                "name": "chain", "mode": "ChainableRamRoleArn", "source_profile": "base",
                "ram_role_arn": defaults::ROLE_ARN
            },
            {
                "name": "badkey", "mode": "RamRoleArn",
                "access_key_id": defaults::ACCESS_KEY_ID, "access_key_secret": "wrong-secret",
                "ram_role_arn": defaults::ROLE_ARN
            },
            {
                "name": "norole", "mode": "RamRoleArn",
                "access_key_id": defaults::ACCESS_KEY_ID,
                "access_key_secret": defaults::ACCESS_KEY_SECRET,
                "ram_role_arn": "acs:ram::1:role/unknown"
            }
        ]),
        "role",
    );
    let c = client(&e, empty_env(home.path())).unwrap();
    call(&c).await.unwrap();
    let id = c.identity().await.unwrap();
    assert_eq!(role_of(&id.source), Some(defaults::ROLE_ARN));
    assert!(id.key_id.unwrap().starts_with("STS."));
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRole"), 1);
    // The profile's session length is asked for: the keys last 30 minutes.
    let left = id
        .expires_at
        .unwrap()
        .duration_since(e.clock.now())
        .unwrap();
    assert!(left <= Duration::from_secs(1800) && left > Duration::from_secs(1700));

    let c = client(
        &e,
        empty_env(home.path()).with(alibaba::ENV_PROFILE, "chain"),
    )
    .unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRole"), 2);

    // STS checks the signature of AssumeRole and knows its roles.
    let c = client(
        &e,
        empty_env(home.path()).with(alibaba::ENV_PROFILE, "badkey"),
    )
    .unwrap();
    let err = call(&c).await.unwrap_err();
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"), "{err}");
    assert!(!format!("{err:?}").contains("wrong-secret"));
    let c = client(
        &e,
        empty_env(home.path()).with(alibaba::ENV_PROFILE, "norole"),
    )
    .unwrap();
    let err = call(&c).await.unwrap_err();
    assert_eq!(err.code(), Some("EntityNotExist.Role"), "{err}");
    assert!(err.to_string().contains("acs:ram::1:role/unknown"), "{err}");
}

#[tokio::test]
async fn the_cli_profile_modes_ecs_ram_role_oidc_and_credentials_uri() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("token");
    std::fs::write(&token_file, defaults::OIDC_TOKEN).unwrap();
    write_cli_file(
        home.path(),
        serde_json::json!([
            {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": defaults::ECS_ROLE},
            {"name": "ecs-any", "mode": "EcsRamRole"},
            {
                "name": "oidc", "mode": "OIDC", "ram_role_arn": defaults::ROLE_ARN,
                "oidc_provider_arn": defaults::OIDC_PROVIDER_ARN,
                "oidc_token_file": token_file.to_str().unwrap()
            },
            {"name": "uri", "mode": "CredentialsURI", "credentials_uri": e.handle.alibaba_credentials_uri()},
            {"name": "sso", "mode": "CloudSSO"}
        ]),
        "ecs",
    );
    let env = || {
        empty_env(home.path()).with(
            alibaba::ENV_ECS_METADATA_HOST,
            &e.handle.alibaba_metadata_url(),
        )
    };
    let c = client(&e, env()).unwrap();
    call(&c).await.unwrap();
    let c = client(&e, env().with(alibaba::ENV_PROFILE, "ecs-any")).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("ecs"), 2);
    let c = client(&e, env().with(alibaba::ENV_PROFILE, "oidc")).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 1);
    let c = client(&e, env().with(alibaba::ENV_PROFILE, "uri")).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("uri"), 1);
    assert!(matches!(c.credential_source(), CredentialSource::Uri(_)));
    // A mode deploykit does not read is named, before any request.
    let err = client(&e, env().with(alibaba::ENV_PROFILE, "sso")).unwrap_err();
    assert!(err.to_string().contains("CloudSSO"), "{err}");
    assert!(err.to_string().contains("--profile"), "{err}");
}

#[tokio::test]
async fn the_credentials_file_is_read_after_the_cli_file_and_in_its_section() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(".alibabacloud");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("credentials"),
        format!(
            "[default]\ntype = access_key\naccess_key_id = {}\naccess_key_secret = {}\n\n[ci]\ntype = ram_role_arn\naccess_key_id = {}\naccess_key_secret = {}\nrole_arn = {}\nrole_session_name = ci\n",
            defaults::ACCESS_KEY_ID,
            defaults::ACCESS_KEY_SECRET,
            defaults::ACCESS_KEY_ID,
            defaults::ACCESS_KEY_SECRET,
            defaults::ROLE_ARN
        ),
    )
    .unwrap();
    let c = client(&e, empty_env(home.path())).unwrap();
    assert_eq!(
        *c.credential_source(),
        CredentialSource::File(dir.join("credentials"), "default".into())
    );
    call(&c).await.unwrap();
    let c = client(&e, empty_env(home.path()).with(alibaba::ENV_PROFILE, "ci")).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRole"), 1);

    // ALIBABA_CLOUD_CREDENTIALS_FILE names another file.
    let other = home.path().join("elsewhere.ini");
    std::fs::write(
        &other,
        "[default]\ntype = access_key\naccess_key_id = LTAI-nobody\naccess_key_secret = x\n",
    )
    .unwrap();
    let c = client(
        &e,
        empty_env(home.path()).with(alibaba::ENV_CREDENTIALS_FILE, other.to_str().unwrap()),
    )
    .unwrap();
    assert_eq!(
        call(&c).await.unwrap_err().code(),
        Some("InvalidAccessKeyId.NotFound")
    );

    // The aliyun CLI file comes first.
    write_cli_file(home.path(), serde_json::json!([ak_profile("p")]), "p");
    let c = client(&e, empty_env(home.path())).unwrap();
    assert!(
        matches!(c.credential_source(), CredentialSource::File(p, n) if p.ends_with("config.json") && n == "p")
    );
    // … unless ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true.
    let c = client(
        &e,
        empty_env(home.path()).with(alibaba::ENV_CLI_PROFILE_DISABLED, "true"),
    )
    .unwrap();
    assert!(
        matches!(c.credential_source(), CredentialSource::File(p, _) if p.ends_with("credentials"))
    );
}

#[tokio::test]
async fn the_ecs_instance_role_comes_last_but_one_with_the_hardened_mode_token() {
    let mut options = EmulatorOptions::default();
    options.alibaba_mut().metadata_hardened_only = true;
    let e = emu_with(Emulator::builder().options(options)).await;
    let home = tempfile::tempdir().unwrap();
    let env = || {
        empty_env(home.path()).with_instance_metadata(true).with(
            alibaba::ENV_ECS_METADATA_HOST,
            &e.handle.alibaba_metadata_url(),
        )
    };
    let c = client(&e, env()).unwrap();
    assert!(matches!(
        c.credential_source(),
        CredentialSource::InstanceMetadata { role: None, .. }
    ));
    call(&c).await.unwrap();
    let id = c.identity().await.unwrap();
    assert!(matches!(
        id.source,
        CredentialSource::InstanceMetadata { .. }
    ));
    assert_eq!(e.handle.alibaba_credentials_issued("ecs"), 1);

    // Turned off: the chain ends with an error naming every place it looked at, before any
    // request.
    let err = client(&e, env().with(alibaba::ENV_ECS_METADATA_DISABLED, "true")).unwrap_err();
    let text = err.to_string();
    for place in [
        alibaba::ENV_ACCESS_KEY_ID,
        alibaba::ENV_OIDC_TOKEN_FILE,
        "config.json",
        "credentials",
        alibaba::ENV_ECS_METADATA_DISABLED,
        alibaba::ENV_CREDENTIALS_URI,
    ] {
        assert!(text.contains(place), "{place} missing from: {text}");
    }
    assert_eq!(e.handle.alibaba_credentials_issued("ecs"), 1);
}

#[tokio::test]
async fn a_machine_without_a_metadata_service_falls_through_to_the_credentials_uri_quickly() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    // A loopback port nobody listens on stands for 100.100.100.200 off Alibaba Cloud.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let env = empty_env(home.path())
        .with_instance_metadata(true)
        .with(alibaba::ENV_ECS_METADATA_HOST, &dead)
        .with(
            alibaba::ENV_CREDENTIALS_URI,
            &e.handle.alibaba_credentials_uri(),
        );
    let c = client(&e, env).unwrap();
    assert!(matches!(c.credential_source(), CredentialSource::FirstOf(all) if all.len() == 2));
    let started = std::time::Instant::now();
    call(&c).await.unwrap();
    assert!(started.elapsed() < alibaba::METADATA_TIMEOUT * 3);
    let id = c.identity().await.unwrap();
    assert!(
        matches!(id.source, CredentialSource::Uri(_)),
        "{:?}",
        id.source
    );
    assert_eq!(e.handle.alibaba_credentials_issued("uri"), 1);
}

#[tokio::test]
async fn precedence_environment_then_oidc_then_files() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let token_file = home.path().join("t");
    std::fs::write(&token_file, defaults::OIDC_TOKEN).unwrap();
    write_cli_file(home.path(), serde_json::json!([ak_profile("p")]), "p");
    // OIDC before the CLI file.
    let c = client(&e, oidc_env(home.path(), &token_file)).unwrap();
    assert_eq!(role_of(c.credential_source()), Some(defaults::ROLE_ARN));
    // Keys in the environment before OIDC.
    let c = client(
        &e,
        oidc_env(home.path(), &token_file)
            .with(alibaba::ENV_ACCESS_KEY_ID, defaults::ACCESS_KEY_ID)
            .with(alibaba::ENV_ACCESS_KEY_SECRET, defaults::ACCESS_KEY_SECRET),
    )
    .unwrap();
    assert!(matches!(
        c.credential_source(),
        CredentialSource::Environment(_)
    ));
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("AssumeRoleWithOIDC"), 0);
    // Half an OIDC configuration is an error naming what is missing (a role ARN alone is not
    // one: Alibaba's libraries read it for other sources too).
    let err = client(
        &e,
        empty_env(home.path())
            .with(alibaba::ENV_ROLE_ARN, defaults::ROLE_ARN)
            .with(alibaba::ENV_OIDC_PROVIDER_ARN, defaults::OIDC_PROVIDER_ARN),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains(alibaba::ENV_OIDC_TOKEN_FILE),
        "{err}"
    );
}

#[tokio::test]
async fn keys_the_gateway_calls_expired_are_fetched_again_and_the_call_repeated() {
    // Keys that last 10 minutes, and a client whose clock can lag behind the emulator's.
    let mut options = EmulatorOptions::default();
    options.alibaba_mut().temporary_lifetime = Duration::from_secs(600);
    let e = emu_with(Emulator::builder().options(options)).await;
    let home = tempfile::tempdir().unwrap();
    let lag = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let (clock, l) = (e.clock.clone(), lag.clone());
    let mut b =
        Client::builder()
            .base_url(e.handle.alibaba_url())
            .env(empty_env(home.path()).with(
                alibaba::ENV_CREDENTIALS_URI,
                &e.handle.alibaba_credentials_uri(),
            ));
    b.options_mut().set_clock(move || {
        clock.now() - Duration::from_secs(l.load(std::sync::atomic::Ordering::SeqCst))
    });
    let c = b.build().unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("uri"), 1);
    // The keys expired for the gateway; the client, 6 minutes behind, still thinks them fresh
    // (renewal is due 5 minutes before the end). The gateway's InvalidSecurityToken.Expired makes
    // it fetch new keys and repeat the call once.
    e.clock.advance(Duration::from_secs(601));
    lag.store(360, std::sync::atomic::Ordering::SeqCst);
    call(&c).await.unwrap();
    assert_eq!(e.handle.alibaba_credentials_issued("uri"), 2);
}

#[tokio::test]
async fn secrets_of_fetched_keys_never_show_in_debug_errors_or_identity() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let c = client(
        &e,
        empty_env(home.path()).with(
            alibaba::ENV_CREDENTIALS_URI,
            &e.handle.alibaba_credentials_uri(),
        ),
    )
    .unwrap();
    call(&c).await.unwrap();
    let shown = format!(
        "{c:?} {:?} {}",
        c.identity().await.unwrap(),
        c.credential_source()
    );
    for needle in [
        "emu-temp-secret",
        "emu-security-token",
        defaults::ACCESS_KEY_SECRET,
    ] {
        assert!(!shown.contains(needle), "{needle} in {shown}");
    }
}
