//! The last source of NAVER's Go SDK chain: the server role of an NCP VPC server, read from the
//! server's metadata API.
//!
//! What NAVER's Go SDK does (`ncloud/credentials/server_role_provider.go`,
//! `ncloud/metadata/client.go`), and what this module does the same way:
//!
//! - the metadata API is `http://169.254.169.254` (`NCLOUD_METADATA_API_ENDPOINT` replaces it),
//!   its paths under `/latest/meta-data/`;
//! - `GET /latest/meta-data/iam/security-credentials/` lists the server's roles, one a line; the
//!   first one is used;
//! - `GET /latest/meta-data/iam/security-credentials/{role}` answers
//!   `{"AccessKeyId", "SecretAccessKey", "Expiration", "Code", "Message"}`, `Expiration` an RFC
//!   3339 time;
//! - requests are signed with that key pair like any other (no security token header: the SDK
//!   sends only the timestamp, the access key and the signature).
//!
//! Where deploykit differs: the SDK waits up to 3 s for every metadata request and asks again
//! only once the key has expired. Here the first request (listing the roles) gives up after
//! [`METADATA_PROBE_TIMEOUT`], so a machine without the service is not slowed down;
//! `NCLOUD_METADATA_API_DISABLED=true` ([`ENV_METADATA_API_DISABLED`], deploykit's own switch,
//! mirroring Alibaba's `ALIBABA_CLOUD_ECS_METADATA_DISABLED`) turns the source off; and the key
//! is renewed [`REFRESH_MARGIN`] before it expires.

use std::time::{Duration, SystemTime};

use serde::Deserialize;

use super::PROVIDER;
use super::credentials::Credentials;
use crate::runtime::credentials::CredentialSource;
use crate::runtime::error::clean;
use crate::runtime::refresh::{Answer, Fetched, exchange};
use crate::runtime::{Error, ErrorKind, Result};

/// The metadata API of an NCP server.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://169.254.169.254";
/// Environment variable replacing [`DEFAULT_METADATA_ENDPOINT`] (read by NAVER's Go SDK too).
pub const ENV_METADATA_API_ENDPOINT: &str = "NCLOUD_METADATA_API_ENDPOINT";
/// Environment variable that, set to `true`, keeps deploykit from asking the metadata API
/// (deploykit's own; NAVER's SDK has no such switch).
pub const ENV_METADATA_API_DISABLED: &str = "NCLOUD_METADATA_API_DISABLED";
/// The path listing the server's roles, and under which each role's key is served.
pub const SERVER_ROLE_PATH: &str = "/latest/meta-data/iam/security-credentials/";
/// The longest the first request to the metadata API may take: on a machine that is not an NCP
/// server, the chain gives up this fast.
pub const METADATA_PROBE_TIMEOUT: Duration = Duration::from_secs(1);
/// The longest the request for the role's key may take (the Go SDK's timeout).
const METADATA_TIMEOUT: Duration = Duration::from_secs(3);
/// A server role's key is renewed this long before it expires (at most half its lifetime
/// before).
pub const REFRESH_MARGIN: Duration = Duration::from_secs(5 * 60);

/// What is escaped in the role's name when it becomes a path segment (role names are letters,
/// digits, `-` and `_`; anything that would change the path is escaped).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// Where to ask for the server role's key.
#[derive(Clone, Debug)]
pub(crate) struct ServerRole {
    /// The metadata API's base URL, without a trailing slash.
    pub endpoint: String,
}

/// The role's key as the metadata API answers it. Holds a secret: no `Debug`.
#[derive(Deserialize)]
struct RoleKey {
    #[serde(rename = "AccessKeyId", default)]
    access_key_id: String,
    #[serde(rename = "SecretAccessKey", default)]
    secret_access_key: String,
    #[serde(rename = "Expiration", default)]
    expiration: String,
    #[serde(rename = "Code", default)]
    code: String,
    #[serde(rename = "Message", default)]
    message: String,
}

impl ServerRole {
    /// The metadata API named by [`ENV_METADATA_API_ENDPOINT`], else the default one.
    pub fn new(endpoint: Option<String>) -> Result<Self> {
        let endpoint = match endpoint {
            None => DEFAULT_METADATA_ENDPOINT.to_string(),
            Some(e) => {
                let e = e.trim().trim_end_matches('/').to_string();
                match url::Url::parse(&e) {
                    Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => e,
                    _ => {
                        return Err(Error::invalid_input(format!(
                            "{ENV_METADATA_API_ENDPOINT} `{}` is not an absolute http(s) URL",
                            clean(&e)
                        ))
                        .with_provider(PROVIDER));
                    }
                }
            }
        };
        Ok(Self { endpoint })
    }

    /// How the source is described before it answered.
    pub fn described(&self) -> CredentialSource {
        CredentialSource::InstanceMetadata {
            service: self.endpoint.clone(),
            role: None,
        }
    }

    /// Ask the metadata API for the server's first role, then for that role's key.
    pub async fn fetch(
        &self,
        http: &reqwest::Client,
    ) -> Result<(Fetched<Credentials>, CredentialSource)> {
        let list_url = format!("{}{SERVER_ROLE_PATH}", self.endpoint);
        let what = format!(
            "asking the NCP metadata API {} for the server's role",
            self.endpoint
        );
        let answer = self
            .get(http, &list_url, METADATA_PROBE_TIMEOUT, &what)
            .await?;
        let text = String::from_utf8_lossy(&answer.body);
        let role = text.lines().next().unwrap_or_default().trim().to_string();
        if role.is_empty() {
            return Err(Error::credentials(format!(
                "the NCP metadata API {} names no server role: set one for this server in the Sub Account console",
                self.endpoint
            ))
            .with_provider(PROVIDER));
        }
        let what = format!(
            "asking the NCP metadata API {} for the key of server role {}",
            self.endpoint,
            clean(&role)
        );
        let url = format!(
            "{list_url}{}",
            percent_encoding::utf8_percent_encode(&role, PATH_SEGMENT)
        );
        let answer = self.get(http, &url, METADATA_TIMEOUT, &what).await?;
        let key: RoleKey = serde_json::from_slice(&answer.body)
            .map_err(|e| unreadable(&answer, &what, &e.to_string()))?;
        if key.access_key_id.trim().is_empty() || key.secret_access_key.trim().is_empty() {
            let said = [key.code.trim(), key.message.trim()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(clean)
                .collect::<Vec<_>>()
                .join(": ");
            let why = if said.is_empty() {
                "the answer has no AccessKeyId or SecretAccessKey".to_string()
            } else {
                format!("the answer has no key ({said})")
            };
            return Err(Error::credentials(format!("{what}: {why}"))
                .with_provider(PROVIDER)
                .with_status(answer.status.as_u16()));
        }
        let expires_at = parse_expiration(&key.expiration).ok_or_else(|| {
            unreadable(
                &answer,
                &what,
                "the answer's Expiration is not an RFC 3339 time",
            )
        })?;
        let supplied_by = CredentialSource::InstanceMetadata {
            service: self.endpoint.clone(),
            role: Some(role),
        };
        let credentials = Credentials::fetched(
            key.access_key_id.trim().to_string(),
            key.secret_access_key.trim().to_string(),
            supplied_by.clone(),
        );
        Ok((
            Fetched {
                value: credentials,
                expires_at: Some(expires_at),
            },
            supplied_by,
        ))
    }

    async fn get(
        &self,
        http: &reqwest::Client,
        url: &str,
        timeout: Duration,
        what: &str,
    ) -> Result<Answer> {
        let parsed = url::Url::parse(url).map_err(|e| {
            Error::invalid_input(format!("{}: {e}", clean(url))).with_provider(PROVIDER)
        })?;
        let mut request = reqwest::Request::new(reqwest::Method::GET, parsed);
        *request.timeout_mut() = Some(timeout);
        let answer = exchange(http, request, PROVIDER, what).await?;
        if !answer.status.is_success() {
            let status = answer.status.as_u16();
            let mut e = Error::provider_answer(
                PROVIDER,
                status,
                None,
                format!(
                    "{what} failed: HTTP {status} {}",
                    answer.status.canonical_reason().unwrap_or("")
                )
                .trim_end()
                .to_string(),
                None,
            );
            if (400..500).contains(&status) {
                e = e.with_kind(ErrorKind::Credentials);
            }
            return Err(e);
        }
        Ok(answer)
    }
}

/// An RFC 3339 time (`2026-12-01T10:00:00Z`, `2026-12-01T19:00:00.123+09:00`), as Go encodes a
/// `time.Time`.
pub(crate) fn parse_expiration(text: &str) -> Option<SystemTime> {
    let t = chrono::DateTime::parse_from_rfc3339(text.trim()).ok()?;
    Some(SystemTime::from(t))
}

/// An answer that is not what the metadata API documents; never quotes the body (it holds a
/// key).
fn unreadable(answer: &Answer, what: &str, why: &str) -> Error {
    Error::new(
        ErrorKind::InvalidResponse,
        format!("{what}: the answer cannot be read ({})", clean(why)),
    )
    .with_provider(PROVIDER)
    .with_status(answer.status.as_u16())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expirations_in_go_s_encodings() {
        assert_eq!(
            parse_expiration("2023-11-14T22:13:20Z"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
        );
        assert_eq!(
            parse_expiration("2023-11-15T07:13:20.5+09:00"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_millis(1_700_000_000_500))
        );
        assert_eq!(parse_expiration("0001-01-01 00:00:00"), None);
    }

    #[test]
    fn endpoints_are_checked() {
        assert_eq!(
            ServerRole::new(None).unwrap().endpoint,
            DEFAULT_METADATA_ENDPOINT
        );
        assert_eq!(
            ServerRole::new(Some("http://127.0.0.1:9/".into()))
                .unwrap()
                .endpoint,
            "http://127.0.0.1:9"
        );
        let e = ServerRole::new(Some("169.254.169.254".into())).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput);
        assert!(e.to_string().contains(ENV_METADATA_API_ENDPOINT), "{e}");
    }
}
