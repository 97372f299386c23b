//! The HTTP clients every generated client shares: one for calls (each attempt has a total
//! deadline, so no idle timeout is needed: an operation may hold its answer as long as its
//! deadline allows), one for transfers (no total deadline, an idle timeout instead).

use std::sync::Arc;
use std::time::Duration;

#[cfg(not(any(feature = "tls-aws-lc", feature = "tls-ring")))]
compile_error!(
    "deploykit needs a TLS crypto provider: enable the feature `tls-aws-lc` (default) or `tls-ring`"
);

/// Settings of the shared HTTP client.
#[derive(Clone, Debug)]
pub struct HttpConfig {
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Longest silence while a transfer (an upload or a download) waits for or reads its answer.
    /// Other calls have a total deadline per attempt instead (`Limits::request_timeout`).
    pub read_timeout: Duration,
    /// `User-Agent` header.
    pub user_agent: String,
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(60),
            user_agent: format!("deploykit/{}", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// The client for calls: [`client_builder`]'s settings as they are.
pub fn client(config: &HttpConfig) -> reqwest::Client {
    client_builder(config)
        .build()
        .expect("the rustls HTTP client builds with these settings")
}

/// The client for transfers: as [`client`], plus the idle read timeout.
pub fn transfer_client(config: &HttpConfig) -> reqwest::Client {
    client_builder(config)
        .read_timeout(config.read_timeout)
        .build()
        .expect("the rustls HTTP client builds with these settings")
}

/// What every deploykit HTTP client is built from, for a caller who needs one more setting (a
/// proxy, HTTP/2 prior knowledge) and hands the result to `ClientOptions::http_client`: rustls
/// with [`tls_config`], the deploykit user agent, the connect timeout, redirects followed only
/// within the same host (so credentials never go to another host), and reqwest's own retries off.
///
/// deploykit repeats requests itself (`RetryPolicy`), signed afresh, including the ones an
/// HTTP/2 server refused without processing them, which reqwest's default policy would replay
/// as they were. That policy copies every request before sending it in case it has to; with
/// it off, nothing is copied for it.
pub fn client_builder(config: &HttpConfig) -> reqwest::ClientBuilder {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let same_host = attempt.previous().first().is_some_and(|first| {
            first.host_str() == attempt.url().host_str()
                && first.port_or_known_default() == attempt.url().port_or_known_default()
        });
        if attempt.previous().len() >= 5 || !same_host {
            attempt.stop()
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls_config())
        .user_agent(config.user_agent.clone())
        .connect_timeout(config.connect_timeout)
        .redirect(policy)
        // `never()` alone still copies the first attempt of each request (its scope is asked
        // only from the second on); no retries at all copies nothing.
        .retry(reqwest::retry::never().max_retries_per_request(0))
}

/// The crypto provider the `tls-*` features chose (AWS-LC when both are on).
pub fn crypto_provider() -> rustls::crypto::CryptoProvider {
    #[cfg(feature = "tls-aws-lc")]
    return rustls::crypto::aws_lc_rs::default_provider();
    #[cfg(all(feature = "tls-ring", not(feature = "tls-aws-lc")))]
    return rustls::crypto::ring::default_provider();
    #[cfg(not(any(feature = "tls-aws-lc", feature = "tls-ring")))]
    unreachable!("refused by the compile_error above")
}

/// The TLS settings of every deploykit client: the crypto provider of [`crypto_provider`] (given
/// to this configuration only, never installed as the process default), TLS 1.2 and 1.3, the
/// operating system's certificate verifier (as reqwest's own rustls setting uses), and ALPN for
/// HTTP/2 and HTTP/1.1. Built once per process (the platform verifier reads the system's
/// settings when it is made); each client gets a copy that shares it.
pub fn tls_config() -> rustls::ClientConfig {
    static CONFIG: std::sync::OnceLock<rustls::ClientConfig> = std::sync::OnceLock::new();
    CONFIG.get_or_init(build_tls_config).clone()
}

fn build_tls_config() -> rustls::ClientConfig {
    use rustls_platform_verifier::BuilderVerifierExt as _;
    let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(crypto_provider()))
        .with_safe_default_protocol_versions()
        .expect("the provider supports TLS 1.2 and 1.3")
        .with_platform_verifier()
        .expect("the platform verifier starts")
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    config
}

/// Whether `url`'s host is a loopback address (`localhost`, `127.0.0.0/8`, `::1`): an emulator
/// or a test server, which the providers' rules treat as standing for every host of the
/// provider (NHN's OAuth host, Alibaba's STS, GitHub's github.com tokens).
pub fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The origin of `url` when its host is a loopback address ([`is_loopback`]).
pub fn loopback_origin(url: &url::Url) -> Option<String> {
    is_loopback(url).then(|| url.origin().ascii_serialization())
}
