//! GitHub App authentication end to end: the library signs the app's JWT on the emulator's
//! clock, gets an installation token from the emulated `POST /app/installations/{id}/access_tokens`
//! (the installation given or looked up from the repository), uses it for API calls, and renews
//! it before its hour ends; the emulator checks the JWT's signature, window and issuer.

mod common;

use std::time::{Duration, UNIX_EPOCH};

use common::*;
use deploykit::github::{self, Client};
use deploykit::runtime::{CredentialSource, ErrorKind, MapEnv};
use deploykit_emulator::github::defaults;
use reqwest::{Method, StatusCode};
use serde_json::json;

fn other_key() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/data/github-app-test-key.pem"),
    )
    .unwrap()
}

/// A client of the emulator on its clock, reading `env` only.
fn client(e: &Emu, b: deploykit::github::ClientBuilder, env: MapEnv) -> deploykit::Result<Client> {
    let clock = e.clock.clone();
    let mut b = b.base_url(e.handle.github_url()).env(env).no_stored_login();
    b.options_mut().set_clock(move || clock.now());
    b.build()
}

fn app_env() -> MapEnv {
    MapEnv::new()
        .with(github::APP_ID_VAR, &defaults::APP_ID.to_string())
        .with(github::APP_PRIVATE_KEY_VAR, defaults::APP_PRIVATE_KEY)
        .with(
            github::APP_INSTALLATION_ID_VAR,
            &defaults::INSTALLATION_ID.to_string(),
        )
}

async fn call(c: &Client) -> deploykit::Result<()> {
    c.list_deployments()
        .owner("octo")
        .repo("shop")
        .send()
        .await
        .map(|_| ())
}

fn secs(t: std::time::SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).unwrap().as_secs()
}

#[tokio::test]
async fn an_app_from_the_environment_gets_an_installation_token_and_calls_with_it() {
    let e = emu().await;
    let c = client(&e, Client::builder(), app_env()).unwrap();
    assert_eq!(
        c.credential_source(),
        &CredentialSource::GitHubApp {
            app: defaults::APP_ID.to_string(),
            key: Box::new(CredentialSource::Environment(vec![
                github::APP_PRIVATE_KEY_VAR
            ])),
        }
    );
    call(&c).await.unwrap();
    let id = c.identity().await.unwrap();
    let expires = secs(id.expires_at.expect("an installation token expires"));
    let now = secs(e.clock.now());
    assert!(
        (now + 3590..=now + 3600).contains(&expires),
        "{expires} vs {now}"
    );
    // Debug of the client shows where the token came from, never a key or a token.
    let debug = format!("{c:?}");
    assert!(debug.contains("GitHub App 424242"), "{debug}");
    assert!(
        !debug.contains("PRIVATE KEY") && !debug.contains("ghs_"),
        "{debug}"
    );
}

#[tokio::test]
async fn the_installation_is_looked_up_from_the_repository_with_a_client_id() {
    let e = emu().await;
    let b = Client::builder()
        .app(defaults::APP_CLIENT_ID, defaults::APP_PRIVATE_KEY)
        .installation_repo("octo", "shop");
    // An explicit app wins over a token in the environment.
    let c = client(&e, b, MapEnv::new().with("GH_TOKEN", "ghp_not_accepted")).unwrap();
    call(&c).await.unwrap();
    assert!(matches!(
        c.identity().await.unwrap().source,
        CredentialSource::GitHubApp { ref key, .. } if **key == CredentialSource::Explicit
    ));
    // No installation on the repository's owner: GitHub's 404, as a credentials error.
    let app = deploykit_emulator::github::App {
        owners: vec!["someone-else".into()],
        ..Default::default()
    };
    let e = emu_with(deploykit_emulator::Emulator::builder().github_apps(vec![app])).await;
    let b = Client::builder()
        .app(defaults::APP_ID.to_string(), defaults::APP_PRIVATE_KEY)
        .installation_repo("octo", "shop");
    let c = client(&e, b, MapEnv::new()).unwrap();
    let err = call(&c).await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Credentials, "{err}");
    assert_eq!(err.status(), Some(404));
    assert!(
        err.to_string().contains("/repos/octo/shop/installation"),
        "{err}"
    );
}

#[tokio::test]
async fn the_installation_token_is_renewed_before_its_hour_ends() {
    let e = emu().await;
    let c = client(&e, Client::builder(), app_env()).unwrap();
    call(&c).await.unwrap();
    let first = c.identity().await.unwrap().expires_at.unwrap();
    // 50 minutes later: still the same token.
    e.clock.advance(Duration::from_secs(50 * 60));
    call(&c).await.unwrap();
    assert_eq!(c.identity().await.unwrap().expires_at.unwrap(), first);
    // 56 minutes: within the renewal margin, a new one (signed with a JWT on the moved clock).
    e.clock.advance(Duration::from_secs(6 * 60));
    call(&c).await.unwrap();
    let second = c.identity().await.unwrap().expires_at.unwrap();
    assert!(
        secs(second) >= secs(first) + 5 * 60,
        "{second:?} vs {first:?}"
    );
}

#[tokio::test]
async fn a_key_of_another_app_is_refused_without_showing_a_secret() {
    let e = emu().await;
    let key = other_key();
    let b = Client::builder()
        .app(defaults::APP_ID.to_string(), key.clone())
        .installation_id(defaults::INSTALLATION_ID);
    let c = client(&e, b, MapEnv::new()).unwrap();
    let err = call(&c).await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Credentials, "{err}");
    assert_eq!(err.status(), Some(401));
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("JSON web token"), "{shown}");
    assert!(
        !shown.contains("eyJ") && !shown.contains("PRIVATE KEY"),
        "{shown}"
    );
    // A key-less app id in the environment names what is missing.
    let env = MapEnv::new().with(github::APP_ID_VAR, "424242");
    let err = client(&e, Client::builder(), env).unwrap_err();
    assert!(
        err.to_string().contains(github::APP_PRIVATE_KEY_VAR)
            && err.to_string().contains(github::APP_PRIVATE_KEY_FILE_VAR),
        "{err}"
    );
}

/// A JWT with these claims, signed with `key`.
fn jwt(key: &str, claims: serde_json::Value) -> String {
    let key = jsonwebtoken::EncodingKey::from_rsa_pem(key.as_bytes()).unwrap();
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256),
        &claims,
        &key,
    )
    .unwrap()
}

async fn ask(e: &Emu, method: Method, path: &str, bearer: &str) -> Answer {
    let r = e
        .http
        .request(method, format!("{}{path}", e.handle.github_url()))
        .bearer_auth(bearer)
        .header("x-github-api-version", "2022-11-28")
        .send()
        .await
        .unwrap();
    Answer::read(r).await
}

#[tokio::test]
async fn the_emulator_checks_the_jwt_window_issuer_and_signature_as_github_does() {
    let e = emu().await;
    let now = secs(e.clock.now());
    let key = defaults::APP_PRIVATE_KEY;
    let path = format!(
        "/app/installations/{}/access_tokens",
        defaults::INSTALLATION_ID
    );
    let refused = [
        (
            json!({"iat": now - 60, "exp": now + 900, "iss": defaults::APP_ID}),
            "too far in the future",
        ),
        (
            json!({"iat": now - 700, "exp": now - 100, "iss": defaults::APP_ID}),
            "'Expiration time'",
        ),
        (
            json!({"iat": now + 600, "exp": now + 660, "iss": defaults::APP_ID}),
            "'Issued at'",
        ),
        (
            json!({"exp": now + 60, "iss": defaults::APP_ID}),
            "'Issued at'",
        ),
        (
            json!({"iat": now - 60, "exp": now + 500, "iss": 1}),
            "Integration not found",
        ),
    ];
    for (claims, message) in refused {
        let a = ask(&e, Method::POST, &path, &jwt(key, claims.clone())).await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "{claims}");
        assert!(
            a.body["message"].as_str().unwrap().contains(message),
            "{claims}: {}",
            a.body
        );
        assert!(a.body["documentation_url"].is_string(), "{}", a.body);
    }
    // Another key's signature.
    let good = json!({"iat": now - 60, "exp": now + 540, "iss": defaults::APP_ID});
    let a = ask(&e, Method::POST, &path, &jwt(&other_key(), good.clone())).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.body["message"], "A JSON web token could not be decoded");
    // Not an installation of this app.
    let a = ask(
        &e,
        Method::POST,
        "/app/installations/7/access_tokens",
        &jwt(key, good.clone()),
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND);

    // The right JWT: a token for an hour, accepted by the API; the JWT itself is not.
    let app_jwt = jwt(key, good.clone());
    let a = ask(&e, Method::GET, "/repos/octo/shop/installation", &app_jwt).await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.body["id"], defaults::INSTALLATION_ID);
    assert_eq!(a.body["app_id"], defaults::APP_ID);
    let a = ask(&e, Method::POST, &path, &app_jwt).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let token = a.body["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("ghs_"));
    assert!(a.body["expires_at"].as_str().unwrap().ends_with('Z'));
    let deployments = "/repos/octo/shop/deployments";
    assert_eq!(
        ask(&e, Method::GET, deployments, &token).await.status,
        StatusCode::OK
    );
    assert_eq!(
        ask(&e, Method::GET, deployments, &app_jwt).await.status,
        StatusCode::UNAUTHORIZED
    );
    // After its hour, the installation token is refused.
    e.clock.advance(Duration::from_secs(3601));
    let a = ask(&e, Method::GET, deployments, &token).await;
    assert_eq!(a.status, StatusCode::UNAUTHORIZED);
    assert_eq!(a.body["message"], "Bad credentials");
}
