//! The last source of NAVER's credential chain, end to end against the emulator: the server role
//! of an NCP server. The library's client finds no keys in the environment or the configure
//! file, asks the emulated metadata API for the server's role and its temporary key, and signs
//! API Gateway calls with it; the emulator checks the signature and refuses the key once it has
//! expired. Expiry and renewal run on a clock the test moves.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use common::*;
use deploykit::ncloud::{self, Client, server_role};
use deploykit::runtime::{ClientOptions, CredentialSource, ErrorKind, MapEnv};
use deploykit_emulator::ncloud::defaults;
use deploykit_emulator::{Emulator, EmulatorOptions};

/// An environment with no NCP variables, `home` as the home folder, and no metadata API.
fn empty_env(home: &Path) -> MapEnv {
    MapEnv::new()
        .with("HOME", home.to_str().unwrap())
        .with("USERPROFILE", home.to_str().unwrap())
        .with_home(home)
}

/// An NCP server whose metadata API is the emulator's.
fn server_env(e: &Emu, home: &Path) -> MapEnv {
    empty_env(home).with_instance_metadata(true).with(
        server_role::ENV_METADATA_API_ENDPOINT,
        &e.handle.ncloud_metadata_url(),
    )
}

/// A client of the emulator reading `env`, on the emulator's clock minus `lag` seconds.
fn client_lagging(e: &Emu, env: MapEnv, lag: Arc<AtomicU64>) -> deploykit::Result<Client> {
    let clock = e.clock.clone();
    let mut o = ClientOptions::default();
    o.env = Some(Arc::new(env));
    o.set_clock(move || clock.now() - Duration::from_secs(lag.load(Ordering::SeqCst)));
    Client::builder()
        .options(o)
        .base_url(e.handle.ncloud_url())
        .build()
}

fn client(e: &Emu, env: MapEnv) -> deploykit::Result<Client> {
    client_lagging(e, env, Arc::default())
}

/// A call that needs valid keys.
async fn call(c: &Client) -> deploykit::Result<()> {
    c.list_stages()
        .product_id(defaults::PRODUCT_ID)
        .api_id(defaults::API_ID)
        .send()
        .await
        .map(|_| ())
}

#[tokio::test]
async fn the_server_role_signs_calls_and_is_renewed_before_it_expires() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let c = client(&e, server_env(&e, home.path())).unwrap();
    // Nothing is asked before the first call.
    assert_eq!(e.handle.ncloud_role_keys_issued(), 0);
    assert!(matches!(
        c.credential_source(),
        CredentialSource::InstanceMetadata { role: None, .. }
    ));
    assert_eq!(c.access_key(), None);

    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 1);
    let id = c.identity().await.unwrap();
    assert_eq!(
        id.source,
        CredentialSource::InstanceMetadata {
            service: e.handle.ncloud_metadata_url(),
            role: Some(defaults::SERVER_ROLE.to_string()),
        }
    );
    let key = id.key_id.clone().unwrap();
    assert!(key.starts_with("ncp_iam_ROLE"), "{key}");
    let left = id
        .expires_at
        .unwrap()
        .duration_since(e.clock.now())
        .unwrap();
    assert!(left > Duration::from_secs(3500) && left <= Duration::from_secs(3600));

    // The cached key serves the next calls.
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 1);

    // Four minutes before it expires (inside the 5-minute margin) it is renewed first.
    e.clock.advance(Duration::from_secs(56 * 60));
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 2);
    let renewed = c.identity().await.unwrap();
    assert_ne!(renewed.key_id.as_deref(), Some(key.as_str()));

    // Long after everything expired: a fresh key again.
    e.clock.advance(Duration::from_secs(3 * 3600));
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 3);
    e.assert_conformant();
}

#[tokio::test]
async fn a_key_the_gateway_says_expired_is_fetched_again_and_the_call_repeated() {
    let mut options = EmulatorOptions::default();
    options.ncloud_mut().role_key_lifetime = Duration::from_secs(600);
    let e = emu_with(Emulator::builder().options(options)).await;
    let home = tempfile::tempdir().unwrap();
    let lag = Arc::new(AtomicU64::new(0));
    let c = client_lagging(&e, server_env(&e, home.path()), lag.clone()).unwrap();
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 1);
    // The key expired for the gateway; the client, 6 minutes behind, still thinks it fresh
    // (renewal is due 5 minutes before the end). The gateway's 401 shows the clock is off: the
    // client adopts the gateway's time, sees the key expired by it, fetches it again and
    // repeats the call once.
    e.clock.advance(Duration::from_secs(601));
    lag.store(360, Ordering::SeqCst);
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 2);
    // From now on renewals follow the gateway's clock: no 401 first.
    e.clock.advance(Duration::from_secs(300));
    call(&c).await.unwrap();
    assert_eq!(e.handle.ncloud_role_keys_issued(), 3);
}

#[tokio::test]
async fn keys_found_before_the_server_role_win_and_nothing_is_asked() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    // The environment.
    let env = server_env(&e, home.path())
        .with(ncloud::ENV_ACCESS_KEY_ID, defaults::ACCESS_KEY)
        .with(ncloud::ENV_SECRET_ACCESS_KEY, defaults::SECRET_KEY);
    let c = client(&e, env).unwrap();
    call(&c).await.unwrap();
    assert!(matches!(
        c.identity().await.unwrap().source,
        CredentialSource::Environment(_)
    ));
    // The configure file.
    std::fs::create_dir_all(home.path().join(".ncloud")).unwrap();
    std::fs::write(
        home.path().join(ncloud::CONFIGURE_FILE),
        format!(
            "[DEFAULT]\nncloud_access_key_id = {}\nncloud_secret_access_key = {}\n",
            defaults::ACCESS_KEY,
            defaults::SECRET_KEY
        ),
    )
    .unwrap();
    let c = client(&e, server_env(&e, home.path())).unwrap();
    call(&c).await.unwrap();
    assert!(matches!(c.credential_source(), CredentialSource::File(..)));
    assert_eq!(e.handle.ncloud_role_keys_issued(), 0);
}

#[tokio::test]
async fn turned_off_or_absent_the_chain_ends_with_every_place_named() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let err = client(
        &e,
        server_env(&e, home.path()).with(server_role::ENV_METADATA_API_DISABLED, "TRUE"),
    )
    .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Credentials);
    let text = err.to_string();
    for place in [
        ncloud::ENV_ACCESS_KEY_ID,
        ncloud::ENV_SECRET_ACCESS_KEY,
        ".ncloud/configure",
        server_role::ENV_METADATA_API_DISABLED,
    ] {
        assert!(text.contains(place), "{place} missing from: {text}");
    }
    // A test environment has no metadata API unless it says so.
    let err = client(&e, empty_env(home.path())).unwrap_err();
    assert!(err.to_string().contains("no metadata API here"), "{err}");
    assert_eq!(e.handle.ncloud_role_keys_issued(), 0);
}

#[tokio::test]
async fn a_server_without_a_role_or_a_machine_without_the_service_fails_fast() {
    let mut options = EmulatorOptions::default();
    options.ncloud_mut().server_role = String::new();
    let e = emu_with(Emulator::builder().options(options)).await;
    let home = tempfile::tempdir().unwrap();
    let c = client(&e, server_env(&e, home.path())).unwrap();
    let err = call(&c).await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Credentials);
    let text = err.to_string();
    assert!(text.contains("server role"), "{text}");
    assert!(text.contains(ncloud::ENV_ACCESS_KEY_ID), "{text}");
    assert!(!err.may_have_reached_server());

    // A loopback port nobody listens on stands for 169.254.169.254 off NCP.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let env = empty_env(home.path())
        .with_instance_metadata(true)
        .with(server_role::ENV_METADATA_API_ENDPOINT, &dead);
    let c = client(&e, env).unwrap();
    let started = std::time::Instant::now();
    let err = call(&c).await.unwrap_err();
    assert!(started.elapsed() < server_role::METADATA_PROBE_TIMEOUT * 3);
    assert_eq!(err.kind(), &ErrorKind::Credentials);
    assert!(err.to_string().contains(&dead), "{err}");
}

#[tokio::test]
async fn the_server_role_s_secret_never_shows_in_debug_errors_or_identity() {
    let e = emu().await;
    let home = tempfile::tempdir().unwrap();
    let c = client(&e, server_env(&e, home.path())).unwrap();
    call(&c).await.unwrap();
    let shown = format!(
        "{c:?} {:?} {} {}",
        c.identity().await.unwrap(),
        c.credential_source(),
        c.identity().await.unwrap().source
    );
    assert!(shown.contains("ncp_iam_ROLE"), "{shown}");
    assert!(!shown.contains("emu-role-secret"), "{shown}");
    // Before the first call, Debug says where the key will come from.
    let fresh = client(&e, server_env(&e, home.path())).unwrap();
    let before = format!("{fresh:?}");
    assert!(before.contains("fetched at the first call"), "{before}");
}
