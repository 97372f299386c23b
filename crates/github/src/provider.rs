//! GitHub's request rules: the token, the standard headers, rate limits, the request id; and the
//! client builder.

use std::fmt;
use std::time::{Duration, SystemTime};

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};

use super::PROVIDER;
use super::app::AppAuth;
use crate::runtime::credentials::{CredentialSource, ExposeSecret, Identity};
use crate::runtime::retry::retry_after;
use crate::runtime::{
    self, AttemptContext, Disposition, Error, ErrorFields, ResponseSnapshot, Result, SecretString,
    default_classify,
};

/// The public GitHub API (GitHub.com and GitHub Enterprise Cloud).
pub const DEFAULT_BASE_URL: &str = "https://api.github.com";
/// The REST API version deploykit is written against, sent as `X-GitHub-Api-Version`.
pub const API_VERSION: &str = "2022-11-28";
/// The media type GitHub recommends, sent as `Accept`.
pub const MEDIA_TYPE: &str = "application/vnd.github+json";
/// Where a token is looked up when none is given, in this order (the GitHub CLI's convention).
pub const TOKEN_VARS: [&str; 2] = ["GH_TOKEN", "GITHUB_TOKEN"];
/// The base URL variable GitHub Actions sets (points at the right host on GitHub Enterprise).
pub const API_URL_VAR: &str = "GITHUB_API_URL";

const API_VERSION_HEADER: HeaderName = HeaderName::from_static("x-github-api-version");
/// The two fixed header values, checked when compiled rather than at every call.
const MEDIA_TYPE_VALUE: HeaderValue = HeaderValue::from_static(MEDIA_TYPE);
const API_VERSION_VALUE: HeaderValue = HeaderValue::from_static(API_VERSION);
const REQUEST_ID_HEADER: &str = "x-github-request-id";
/// GitHub asks to wait at least a minute after a secondary rate limit without `retry-after`.
const SECONDARY_MIN_WAIT: Duration = Duration::from_secs(60);

/// GitHub's rules ([`runtime::Provider`]): bearer-token auth for one API origin (a token, or a
/// GitHub App's installation tokens fetched and renewed before each call needs one), GitHub's
/// rate-limit rules, its request id and its error bodies.
///
/// `Debug` shows the base URL and where the token comes from, never the token.
pub struct Provider {
    auth: Auth,
    base_url: String,
    origin: url::Origin,
    source: CredentialSource,
}

/// How requests are authenticated: the `Authorization` value is built once per token.
enum Auth {
    Token(HeaderValue),
    App(Box<AppAuth>),
}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("github::Provider")
            .field("base_url", &self.base_url)
            .field("token", &"[REDACTED]")
            .field("source", &self.source.to_string())
            .finish()
    }
}

impl Provider {
    /// Rules for `token` on the API at `base_url` (`https://api.github.com`, or
    /// `https://HOST/api/v3` for GitHub Enterprise Server).
    ///
    /// Fails with [`ErrorKind::InvalidInput`](crate::runtime::ErrorKind) for a base URL that is not an
    /// absolute `http(s)` URL, and with [`ErrorKind::Credentials`](crate::runtime::ErrorKind) for an empty
    /// token or one that cannot travel in an HTTP header.
    pub fn new(token: SecretString, base_url: &str) -> Result<Self> {
        Self::with_source(token, base_url, CredentialSource::Explicit)
    }

    /// As [`Provider::new`], for a token found at `source`.
    pub(crate) fn with_source(
        token: SecretString,
        base_url: &str,
        source: CredentialSource,
    ) -> Result<Self> {
        let (base_url, origin) = parse_base_url(base_url)?;
        let trimmed = token.expose_secret().trim();
        if trimmed.is_empty() {
            return Err(
                Error::credentials(format!("the GitHub token from {source} is empty"))
                    .with_provider(PROVIDER),
            );
        }
        let mut header = HeaderValue::from_str(&format!("Bearer {trimmed}")).map_err(|_| {
            Error::credentials(format!(
                "the GitHub token from {source} contains characters that cannot be sent in an HTTP header"
            ))
            .with_provider(PROVIDER)
        })?;
        header.set_sensitive(true);
        Ok(Self {
            auth: Auth::Token(header),
            base_url,
            origin,
            source,
        })
    }

    /// Rules authenticating as a GitHub App installation (tokens fetched at the first call).
    pub(crate) fn app(app: AppAuth, base_url: &str, source: CredentialSource) -> Result<Self> {
        let (base_url, origin) = parse_base_url(base_url)?;
        Ok(Self {
            auth: Auth::App(Box::new(app)),
            base_url,
            origin,
            source,
        })
    }

    /// The configured base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Whether `url` is on the configured API origin (scheme, host and port), the only place the
    /// token is sent.
    pub fn is_api_origin(&self, url: &url::Url) -> bool {
        same_origin(url, &self.origin)
    }

    /// Where the token comes from (never a secret).
    pub fn credential_source(&self) -> &CredentialSource {
        &self.source
    }

    /// Who requests are sent as: the token's source and, for a GitHub App once its installation
    /// token is fetched, when that token expires.
    pub fn identity(&self) -> Identity {
        let expires_at = match &self.auth {
            Auth::Token(_) => None,
            Auth::App(app) => app.tokens.expires_at(),
        };
        Identity {
            source: self.source.clone(),
            key_id: None,
            expires_at,
        }
    }

    fn authorization(&self) -> Result<HeaderValue> {
        match &self.auth {
            Auth::Token(h) => Ok(h.clone()),
            Auth::App(app) => app
                .tokens
                .current()
                .map(|t| t.header.clone())
                .ok_or_else(|| {
                    Error::credentials("no GitHub App installation token to send yet")
                        .with_provider(PROVIDER)
                }),
        }
    }

    fn insert_headers(&self, request: &mut reqwest::Request, authorization: HeaderValue) {
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, authorization);
        headers.insert(ACCEPT, MEDIA_TYPE_VALUE);
        headers.insert(API_VERSION_HEADER, API_VERSION_VALUE);
    }
}

fn parse_base_url(base_url: &str) -> Result<(String, url::Origin)> {
    let base_url = base_url.trim().trim_end_matches('/').to_string();
    let parsed = url::Url::parse(&base_url).map_err(|e| {
        Error::invalid_input(format!("GitHub base URL `{base_url}`: {e}")).with_provider(PROVIDER)
    })?;
    if !matches!(parsed.scheme(), "https" | "http") || parsed.host_str().is_none() {
        return Err(Error::invalid_input(format!(
            "GitHub base URL `{base_url}` must be an http(s) URL with a host (e.g. {DEFAULT_BASE_URL} or https://HOST/api/v3)"
        ))
        .with_provider(PROVIDER));
    }
    Ok((base_url, parsed.origin()))
}

/// `url.origin() == *origin`, compared part by part without building `url`'s origin (which
/// copies its host): the same scheme, host and port (the scheme's default when none is written).
/// An opaque origin equals no URL's.
fn same_origin(url: &url::Url, origin: &url::Origin) -> bool {
    use url::Host;
    let url::Origin::Tuple(scheme, host, port) = origin else {
        return false;
    };
    let same_host = match (url.host(), host) {
        (Some(Host::Domain(a)), Host::Domain(b)) => a == b,
        (Some(Host::Ipv4(a)), Host::Ipv4(b)) => a == *b,
        (Some(Host::Ipv6(a)), Host::Ipv6(b)) => a == *b,
        _ => false,
    };
    url.scheme() == scheme && same_host && url.port_or_known_default() == Some(*port)
}

#[async_trait::async_trait]
impl runtime::Provider for Provider {
    fn name(&self) -> &'static str {
        PROVIDER
    }

    /// Signs without a nonce.
    fn uses_nonce(&self) -> bool {
        false
    }

    /// A GitHub App's installation token is fetched (once for every call waiting) when none is
    /// cached or it expires within [`REFRESH_MARGIN`](super::REFRESH_MARGIN).
    async fn prepare(&self) -> Result<()> {
        match &self.auth {
            Auth::Token(_) => Ok(()),
            Auth::App(app) => app.ensure().await,
        }
    }

    /// A personal or installation token given as it is needs nothing before a call.
    fn needs_prepare(&self) -> bool {
        matches!(self.auth, Auth::App(_))
    }

    /// Adds `Authorization: Bearer <token>`, `Accept: application/vnd.github+json` and
    /// `X-GitHub-Api-Version: 2022-11-28` to requests for the configured origin; a request for any
    /// other origin is left untouched, so the token never leaves the API host.
    fn sign(&self, request: &mut reqwest::Request, _ctx: &AttemptContext) -> Result<()> {
        if !self.is_api_origin(request.url()) {
            return Ok(());
        }
        let authorization = self.authorization()?;
        self.insert_headers(request, authorization);
        Ok(())
    }

    /// `--dry-run` fetches no installation token: a placeholder stands in for one not fetched
    /// yet (the output masks the header anyway).
    fn sign_offline(&self, request: &mut reqwest::Request, ctx: &AttemptContext) -> Result<()> {
        match &self.auth {
            Auth::App(app) if app.tokens.current().is_none() => {
                if self.is_api_origin(request.url()) {
                    let mut v =
                        HeaderValue::from_static("Bearer <installation token fetched at run time>");
                    v.set_sensitive(true);
                    self.insert_headers(request, v);
                }
                Ok(())
            }
            _ => self.sign(request, ctx),
        }
    }

    /// A `401` while a GitHub App installation token was in use (revoked, or expired early):
    /// fetch a new one and repeat the request once.
    async fn recover(&self, answer: &ResponseSnapshot) -> bool {
        let Auth::App(app) = &self.auth else {
            return false;
        };
        if answer.status != reqwest::StatusCode::UNAUTHORIZED {
            return false;
        }
        app.tokens
            .renew_after_refusal(
                || app.ensure(),
                "fetching a new GitHub App installation token failed",
            )
            .await
    }

    /// Primary and secondary rate limits are throttling (see [`secondary_rate_limit_wait`] and
    /// the module docs); anything else as the runtime's default.
    fn classify(&self, answer: &ResponseSnapshot) -> Disposition {
        if matches!(answer.status.as_u16(), 403 | 429)
            && let Some(wait) = rate_limit_wait(answer)
        {
            return Disposition::Throttled { wait: Some(wait) };
        }
        default_classify(answer)
    }

    fn request_id(&self, headers: &HeaderMap, _body: &[u8]) -> Option<String> {
        headers
            .get(REQUEST_ID_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    fn error_fields(&self, answer: &ResponseSnapshot) -> ErrorFields {
        super::errors::error_fields(&answer.body)
    }
}

/// The wait GitHub asks for when `answer` (a `403` or `429`) is a rate limit, `None` when it is
/// not one.
fn rate_limit_wait(answer: &ResponseSnapshot) -> Option<Duration> {
    let asked = retry_after(&answer.headers, answer.received_at);
    let exhausted = header_str(&answer.headers, "x-ratelimit-remaining").is_some_and(|v| v == "0");
    if exhausted {
        let until_reset = header_str(&answer.headers, "x-ratelimit-reset")
            .and_then(|v| v.parse::<u64>().ok())
            .map(|reset| {
                match SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(reset)) {
                    Some(at) => at
                        .duration_since(answer.received_at)
                        .unwrap_or_default()
                        // A reset already past (clock skew): try again shortly, not at once.
                        .max(Duration::from_secs(1)),
                    // Past what the clock can count: longer than any wait deploykit accepts.
                    None => Duration::MAX,
                }
            });
        return Some(asked.or(until_reset).unwrap_or(SECONDARY_MIN_WAIT));
    }
    let text = String::from_utf8_lossy(&answer.body).to_ascii_lowercase();
    let secondary = text.contains("secondary rate limit") || text.contains("abuse detection");
    secondary.then(|| asked.unwrap_or_else(|| secondary_rate_limit_wait(answer.attempt)))
}

/// The wait after a secondary rate limit that came without `retry-after`: 60 s after the first
/// attempt, doubling with each further attempt (120 s, 240 s …).
pub fn secondary_rate_limit_wait(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(16);
    SECONDARY_MIN_WAIT * (1u32 << doublings)
}

fn header_str<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Client;
    use crate::runtime::{ClientOptions, MapEnv, Provider as _};
    use bytes::Bytes;
    use reqwest::StatusCode;
    use std::sync::Arc;

    fn options_with(env: MapEnv) -> ClientOptions {
        let mut options = ClientOptions::default();
        options.env = Some(Arc::new(env));
        options
    }

    fn ctx() -> AttemptContext {
        AttemptContext {
            attempt: 1,
            now: SystemTime::UNIX_EPOCH,
            nonce: String::new(),
            query_marker: None,
        }
    }

    fn provider() -> Provider {
        Provider::new(
            SecretString::from("ghp_secret".to_string()),
            "https://ghe.example.com/api/v3/",
        )
        .unwrap()
    }

    fn answer(status: u16, headers: &[(&str, &str)], body: &str, attempt: u32) -> ResponseSnapshot {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.insert(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        ResponseSnapshot {
            status: StatusCode::from_u16(status).unwrap(),
            headers: map,
            body: Bytes::from(body.to_string()),
            attempt,
            received_at: SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000),
        }
    }

    #[test]
    fn signs_only_requests_for_the_api_origin() {
        let p = provider();
        assert_eq!(p.base_url(), "https://ghe.example.com/api/v3");
        let mut same = reqwest::Request::new(
            reqwest::Method::GET,
            "https://ghe.example.com/api/v3/repos/o/r/deployments"
                .parse()
                .unwrap(),
        );
        // progenitor asks for `application/json`; GitHub's media type replaces it.
        same.headers_mut()
            .insert(ACCEPT, HeaderValue::from_static("application/json"));
        p.sign(&mut same, &ctx()).unwrap();
        assert_eq!(same.headers().get_all(ACCEPT).iter().count(), 1);
        assert_eq!(same.headers()[AUTHORIZATION], "Bearer ghp_secret");
        assert!(same.headers()[AUTHORIZATION].is_sensitive());
        assert_eq!(same.headers()[ACCEPT], MEDIA_TYPE);
        assert_eq!(same.headers()["x-github-api-version"], API_VERSION);

        for other in [
            "https://evil.example.com/api/v3/repos",
            "http://ghe.example.com/api/v3/repos",
            "https://ghe.example.com:8443/api/v3/repos",
        ] {
            let mut req = reqwest::Request::new(reqwest::Method::GET, other.parse().unwrap());
            p.sign(&mut req, &ctx()).unwrap();
            assert!(req.headers().is_empty(), "{other} got {:?}", req.headers());
        }
    }

    /// The part-by-part comparison agrees with comparing whole origins.
    #[test]
    fn same_origin_agrees_with_url_origin() {
        let urls = [
            "https://ghe.example.com/api/v3",
            "https://GHE.example.com:443/x",
            "https://ghe.example.com:8443/",
            "http://ghe.example.com/",
            "http://ghe.example.com:443/",
            "https://user:pw@ghe.example.com/",
            "https://ghe.example.com./",
            "https://127.0.0.1/",
            "https://127.0.0.1:443/",
            "https://[::1]/",
            "https://[0:0:0:0:0:0:0:1]:443/",
            "http://localhost:8080/",
            "http://127.0.0.1:8080/",
            "file:///etc/passwd",
            "data:text/plain,x",
            "ws://ghe.example.com/",
        ];
        for base in urls {
            let base: url::Url = base.parse().unwrap();
            let origin = base.origin();
            for other in urls {
                let other: url::Url = other.parse().unwrap();
                assert_eq!(
                    same_origin(&other, &origin),
                    other.origin() == origin,
                    "{other} against the origin of {base}"
                );
            }
        }
    }

    #[test]
    fn debug_hides_the_token() {
        let s = format!("{:?}", provider());
        assert!(
            s.contains("ghe.example.com") && !s.contains("ghp_secret"),
            "{s}"
        );
    }

    #[test]
    fn bad_base_urls_and_tokens_are_refused() {
        let t = || SecretString::from("t".to_string());
        assert_eq!(
            Provider::new(t(), "api.github.com").unwrap_err().kind(),
            &crate::runtime::ErrorKind::InvalidInput
        );
        assert_eq!(
            Provider::new(t(), "ftp://x/").unwrap_err().kind(),
            &crate::runtime::ErrorKind::InvalidInput
        );
        let e = Provider::new(SecretString::from("  ".to_string()), DEFAULT_BASE_URL).unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
        let e =
            Provider::new(SecretString::from("a\nb".to_string()), DEFAULT_BASE_URL).unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
        // Surrounding whitespace (a token file's newline) is dropped.
        let p = Provider::new(SecretString::from("tok\n".to_string()), DEFAULT_BASE_URL).unwrap();
        assert_eq!(p.authorization().unwrap(), "Bearer tok");
    }

    #[test]
    fn primary_limit_waits_until_reset_or_retry_after() {
        let p = provider();
        let a = answer(
            403,
            &[
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", "1700000030"),
            ],
            "{}",
            1,
        );
        assert_eq!(
            p.classify(&a),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(30))
            }
        );
        let a = answer(
            429,
            &[
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", "1700000030"),
                ("retry-after", "5"),
            ],
            "{}",
            1,
        );
        assert_eq!(
            p.classify(&a),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(5))
            }
        );
        let past = answer(
            403,
            &[
                ("x-ratelimit-remaining", "0"),
                ("x-ratelimit-reset", "1600000000"),
            ],
            "{}",
            1,
        );
        assert_eq!(
            p.classify(&past),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(1))
            }
        );
    }

    #[test]
    fn secondary_limit_honours_retry_after_else_backs_off_from_a_minute() {
        let p = provider();
        let body = r#"{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}"#;
        let a = answer(403, &[("x-ratelimit-remaining", "4000")], body, 1);
        assert_eq!(
            p.classify(&a),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(60))
            }
        );
        let a = answer(403, &[], body, 3);
        assert_eq!(
            p.classify(&a),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(240))
            }
        );
        let a = answer(429, &[("retry-after", "7")], body, 2);
        assert_eq!(
            p.classify(&a),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(7))
            }
        );
        assert_eq!(secondary_rate_limit_wait(2), Duration::from_secs(120));
        assert_eq!(
            secondary_rate_limit_wait(u32::MAX),
            Duration::from_secs(60 * 65_536)
        );
    }

    #[test]
    fn other_answers_keep_the_default_rules() {
        let p = provider();
        let forbidden = answer(
            403,
            &[("x-ratelimit-remaining", "12")],
            r#"{"message":"Resource not accessible by integration"}"#,
            1,
        );
        assert_eq!(p.classify(&forbidden), Disposition::Final);
        assert_eq!(p.classify(&answer(502, &[], "", 1)), Disposition::Transient);
        assert_eq!(p.classify(&answer(422, &[], "{}", 1)), Disposition::Final);
        assert_eq!(
            p.classify(&answer(429, &[("retry-after", "3")], "{}", 1)),
            Disposition::Throttled {
                wait: Some(Duration::from_secs(3))
            }
        );
    }

    #[test]
    fn request_id_comes_from_x_github_request_id() {
        let a = answer(
            404,
            &[
                ("x-github-request-id", "CAFE:1:2"),
                ("x-request-id", "other"),
            ],
            "{}",
            1,
        );
        assert_eq!(
            provider().request_id(&a.headers, &a.body).as_deref(),
            Some("CAFE:1:2")
        );
    }

    #[test]
    fn builder_reads_the_host_from_github_api_url_and_its_token() {
        // An Enterprise Server takes the enterprise variables; github.com's are not sent there.
        let env = MapEnv::new()
            .with("GH_TOKEN", "from-gh")
            .with("GH_ENTERPRISE_TOKEN", "from-ghe")
            .with("GITHUB_TOKEN", "from-github")
            .with("GITHUB_API_URL", "https://ghe.example.com/api/v3");
        let client = Client::builder()
            .options(options_with(env))
            .build()
            .unwrap();
        assert_eq!(client.base_url(), "https://ghe.example.com/api/v3");
        let debug = format!("{client:?}");
        assert!(
            !debug.contains("from-gh")
                && !debug.contains("from-github")
                && !debug.contains("from-ghe"),
            "{debug}"
        );

        let env = MapEnv::new().with("GITHUB_TOKEN", "from-github");
        let client = Client::builder()
            .options(options_with(env))
            .build()
            .unwrap();
        assert_eq!(client.base_url(), DEFAULT_BASE_URL);
    }

    #[test]
    fn missing_token_names_both_variables() {
        let e = Client::builder()
            .options(options_with(MapEnv::new()))
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::Credentials);
        let s = e.to_string();
        assert!(s.contains("GH_TOKEN") && s.contains("GITHUB_TOKEN"), "{s}");
    }
}
