//! The one `reqwest::Client` every generated client shares.

use std::time::Duration;

/// Settings of the shared HTTP client.
#[derive(Clone, Debug)]
pub struct HttpConfig {
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Longest silence while reading a response (no total timeout: large downloads may take long).
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

/// Build the shared client: rustls, the deploykit user agent, connect and read timeouts, and
/// redirects followed only within the same host (so credentials never go to another host).
pub fn client(config: &HttpConfig) -> reqwest::Client {
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
        .user_agent(config.user_agent.clone())
        .connect_timeout(config.connect_timeout)
        .read_timeout(config.read_timeout)
        .redirect(policy)
        .build()
        .expect("the rustls HTTP client builds with these settings")
}
