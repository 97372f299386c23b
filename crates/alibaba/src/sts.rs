//! The sources of Alibaba credentials that need a round trip, fetched at the first call and
//! renewed before they expire (see [`crate::runtime::refresh`]): STS `AssumeRole` (signed with
//! ACS3-HMAC-SHA256 by the source credentials), STS `AssumeRoleWithOIDC` (unsigned; the OIDC
//! token file is read again at every renewal), the ECS metadata service (hardened mode's session
//! token first) and a credentials URI.
//!
//! Requests, parameters and answers are those of Alibaba's official credentials libraries
//! (`alibabacloud_credentials` 1.0: `ram_role_arn.py`, `oidc.py`, `ecs_ram_role.py`, `uri.py`).
//! Errors are [`Error`]s with the service's status, code and request id; no secret and no token
//! ever goes into a message.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use futures::future::BoxFuture;
use reqwest::header::{ACCEPT, HeaderValue};
use serde::Deserialize;

use super::PROVIDER;
use super::credentials::*;
use crate::runtime::credentials::{CredentialSource, Env, is_true};
use crate::runtime::error::clean;
use crate::runtime::refresh::{Answer, Fetched, exchange};
use crate::runtime::{AttemptContext, ClientOptions, Error, ErrorKind, Result};

/// The STS API version.
pub const STS_VERSION: &str = "2015-04-01";
/// The global STS endpoint.
pub const DEFAULT_STS_ENDPOINT: &str = "https://sts.aliyuncs.com";
/// The ECS metadata service.
pub const DEFAULT_ECS_METADATA_ENDPOINT: &str = "http://100.100.100.200";
/// How long an assumed role's session lasts when nothing says otherwise (seconds).
pub(crate) const DEFAULT_DURATION: u64 = 3600;
/// Temporary credentials are renewed this long before they expire (Alibaba's libraries treat
/// them as stale 15 minutes before), at most half their lifetime before.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(15 * 60);
/// The longest one request to the metadata service may take: on a machine without one, the
/// chain gives up this fast (Alibaba's libraries wait 1 s to connect and 1 s to read).
pub const METADATA_TIMEOUT: Duration = Duration::from_secs(1);
/// The longest one request to STS or a credentials URI may take.
const SERVICE_TIMEOUT: Duration = Duration::from_secs(15);
/// The lifetime asked of the metadata service's session token (seconds), as Alibaba's libraries.
const METADATA_TOKEN_TTL: &str = "21600";
const METADATA_TOKEN_PATH: &str = "/latest/api/token";
const METADATA_ROLE_PATH: &str = "/latest/meta-data/ram/security-credentials/";
/// The header carrying the metadata service's session token.
pub const METADATA_TOKEN_HEADER: &str = "x-aliyun-ecs-metadata-token";
/// The header asking the metadata service for a session token of this lifetime.
pub const METADATA_TOKEN_TTL_HEADER: &str = "x-aliyun-ecs-metadata-token-ttl-seconds";

/// Where STS and the metadata service are.
#[derive(Clone, Debug)]
pub(crate) struct Endpoints {
    /// An override of STS (builder, `ALIBABA_CLOUD_STS_ENDPOINT`, a loopback base URL).
    pub sts: Option<String>,
    /// The metadata service's base URL.
    pub metadata: String,
}

impl Endpoints {
    /// The STS endpoint for a configuration naming `region` and `vpc`: the override, else
    /// `https://sts[-vpc][.{region}].aliyuncs.com` (`ALIBABA_CLOUD_STS_REGION` and
    /// `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED` when the configuration says nothing).
    pub fn sts_for(&self, region: Option<&str>, vpc: bool, env: &dyn Env) -> String {
        if let Some(over) = &self.sts {
            return over.clone();
        }
        let region = region
            .map(str::to_string)
            .or_else(|| env.var(ENV_STS_REGION));
        let prefix = if vpc || is_true(env, ENV_VPC_ENDPOINT_ENABLED) {
            "sts-vpc"
        } else {
            "sts"
        };
        match region {
            Some(r) => format!("https://{prefix}.{r}.aliyuncs.com"),
            None => format!("https://{prefix}.aliyuncs.com"),
        }
    }
}

/// `host[:port]` or a URL as a base URL without a trailing slash (`scheme` when none is given).
pub(crate) fn base_url(value: &str, scheme: &str) -> Result<String> {
    let v = value.trim().trim_end_matches('/');
    let full = if v.contains("://") {
        v.to_string()
    } else {
        format!("{scheme}://{v}")
    };
    match url::Url::parse(&full) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(full),
        _ => Err(Error::invalid_input(format!(
            "`{}` is not a host or an http(s) URL",
            clean(value)
        ))
        .with_provider(PROVIDER)),
    }
}

/// A source of credentials (see [`super::chain`]). Holds secrets: no `Debug`.
pub(crate) enum Source {
    /// Keys given or read from a file or the environment.
    Static(Credentials),
    /// STS `AssumeRole`, signed with the credentials of `with`.
    AssumeRole {
        with: Box<Source>,
        role_arn: String,
        session_name: Option<String>,
        duration_secs: u64,
        policy: Option<String>,
        external_id: Option<String>,
        sts: String,
    },
    /// STS `AssumeRoleWithOIDC` with the token in its `token_file`.
    Oidc(OidcRole),
    /// The ECS instance role.
    Ecs {
        role: Option<String>,
        endpoint: String,
        imds_v1_disabled: bool,
    },
    /// A credentials URI.
    Uri(String),
    /// The first of these that answers; the second list says what was not found at build time.
    FirstOf(Vec<(Source, CredentialSource)>, Vec<String>),
}

/// An OIDC role: what STS `AssumeRoleWithOIDC` is asked with, whichever place named it.
pub(crate) struct OidcRole {
    pub role_arn: String,
    pub provider_arn: String,
    pub token_file: PathBuf,
    pub session_name: Option<String>,
    pub duration_secs: u64,
    pub policy: Option<String>,
    pub sts: String,
}

/// What fetching needs: the HTTP client and the options' clock and nonce.
#[derive(Clone)]
pub(crate) struct Fetcher {
    pub http: reqwest::Client,
    pub options: ClientOptions,
}

/// What one fetch gave: the credentials, their expiry, and the source that answered.
pub(crate) type Got = (Fetched<Credentials>, CredentialSource);

impl Fetcher {
    /// Fetch from `source` (described as `described`).
    pub fn fetch<'a>(
        &'a self,
        source: &'a Source,
        described: &'a CredentialSource,
    ) -> BoxFuture<'a, Result<Got>> {
        Box::pin(async move {
            match source {
                Source::Static(c) => Ok((
                    Fetched {
                        value: c.clone(),
                        expires_at: None,
                    },
                    described.clone(),
                )),
                Source::AssumeRole {
                    with,
                    role_arn,
                    session_name,
                    duration_secs,
                    policy,
                    external_id,
                    sts,
                } => {
                    let inner_described = match described {
                        CredentialSource::Role { with, .. } => (**with).clone(),
                        other => other.clone(),
                    };
                    let (inner, _) = self.fetch(with, &inner_described).await?;
                    let mut params = self.role_params(role_arn, session_name, *duration_secs);
                    if let Some(p) = policy {
                        params.push(("Policy", p.clone()));
                    }
                    if let Some(x) = external_id {
                        params.push(("ExternalId", x.clone()));
                    }
                    let got = self
                        .sts_call(sts, "AssumeRole", &params, Some(&inner.value), role_arn)
                        .await?;
                    Ok((got, described.clone()))
                }
                Source::Oidc(OidcRole {
                    role_arn,
                    provider_arn,
                    token_file,
                    session_name,
                    duration_secs,
                    policy,
                    sts,
                }) => {
                    let token = std::fs::read_to_string(token_file).map_err(|e| {
                        Error::credentials(format!(
                            "the OIDC token file {} cannot be read: {e}",
                            token_file.display()
                        ))
                        .with_provider(PROVIDER)
                    })?;
                    let token = token.trim();
                    if token.is_empty() {
                        return Err(Error::credentials(format!(
                            "the OIDC token file {} is empty",
                            token_file.display()
                        ))
                        .with_provider(PROVIDER));
                    }
                    let mut params = self.role_params(role_arn, session_name, *duration_secs);
                    params.push(("OIDCProviderArn", provider_arn.clone()));
                    params.push(("OIDCToken", token.to_string()));
                    params.push(("Format", "JSON".to_string()));
                    params.push((
                        "Timestamp",
                        chrono::DateTime::<chrono::Utc>::from(self.options.now())
                            .format("%Y-%m-%dT%H:%M:%SZ")
                            .to_string(),
                    ));
                    if let Some(p) = policy {
                        params.push(("Policy", p.clone()));
                    }
                    let got = self
                        .sts_call(sts, "AssumeRoleWithOIDC", &params, None, role_arn)
                        .await?;
                    Ok((got, described.clone()))
                }
                Source::Ecs {
                    role,
                    endpoint,
                    imds_v1_disabled,
                } => {
                    let got = self
                        .ecs(role.as_deref(), endpoint, *imds_v1_disabled)
                        .await?;
                    Ok((got, described.clone()))
                }
                Source::Uri(uri) => Ok((self.uri(uri).await?, described.clone())),
                Source::FirstOf(all, tried) => {
                    let mut notes = tried.clone();
                    for (source, described) in all {
                        match self.fetch(source, described).await {
                            Ok(got) => return Ok(got),
                            Err(e) => {
                                tracing::debug!(source = %described, error = %e, "credential source did not answer");
                                notes.push(format!("{described}: {}", e.message()));
                            }
                        }
                    }
                    Err(Error::credentials(format!(
                        "no Alibaba Cloud credentials found (none given explicitly or with --profile); looked at: {}",
                        notes.join("; ")
                    ))
                    .with_provider(PROVIDER)
                    .with_hint(format!(
                        "set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET}, or run `aliyun configure`; on a machine that is not an ECS instance, {ENV_ECS_METADATA_DISABLED}=true skips the metadata service"
                    )))
                }
            }
        })
    }

    fn role_params(
        &self,
        role_arn: &str,
        session_name: &Option<String>,
        duration: u64,
    ) -> Vec<(&'static str, String)> {
        let session = session_name.clone().unwrap_or_else(|| {
            let secs = self
                .options
                .now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            format!("deploykit-{secs}")
        });
        vec![
            ("RoleArn", role_arn.to_string()),
            ("RoleSessionName", session),
            ("DurationSeconds", duration.to_string()),
        ]
    }

    /// One STS action: `POST {sts}/?Action=…&Version=2015-04-01&…`, ACS3-signed with `signer`
    /// when given (AssumeRole), unsigned otherwise (AssumeRoleWithOIDC).
    async fn sts_call(
        &self,
        sts: &str,
        action: &str,
        params: &[(&'static str, String)],
        signer: Option<&Credentials>,
        role_arn: &str,
    ) -> Result<Fetched<Credentials>> {
        let mut url = url::Url::parse(&format!("{sts}/")).map_err(|e| {
            Error::invalid_input(format!("STS endpoint {}: {e}", clean(sts)))
                .with_provider(PROVIDER)
        })?;
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("Action", action);
            q.append_pair("Version", STS_VERSION);
            for (k, v) in params {
                q.append_pair(k, v);
            }
        }
        let mut request = reqwest::Request::new(reqwest::Method::POST, url);
        request
            .headers_mut()
            .insert(ACCEPT, HeaderValue::from_static("application/json"));
        *request.timeout_mut() = Some(SERVICE_TIMEOUT);
        if let Some(creds) = signer {
            use crate::runtime::Provider as _;
            let rules = super::provider::Provider::new(creds, CredentialSource::Explicit);
            let ctx = AttemptContext {
                attempt: 1,
                now: self.options.now(),
                nonce: self.options.nonce(),
                query_marker: None,
            };
            rules.sign(&mut request, &ctx)?;
        }
        let what = format!("{action} for role {role_arn} at {}", clean(sts));
        let answer = exchange(&self.http, request, PROVIDER, &what).await?;
        if !answer.status.is_success() {
            return Err(service_error(&answer, &what, true));
        }
        #[derive(Deserialize)]
        struct Body {
            #[serde(rename = "Credentials")]
            credentials: Option<Keys>,
        }
        let body: Body = serde_json::from_slice(&answer.body)
            .map_err(|e| unreadable(&answer, &what, &e.to_string()))?;
        let keys = body
            .credentials
            .ok_or_else(|| unreadable(&answer, &what, "no Credentials in the answer"))?;
        keys.into_fetched(&answer, &what)
    }

    /// The metadata service's session token (hardened mode).
    async fn metadata_token(&self, endpoint: &str) -> Result<String> {
        let url = format!("{endpoint}{METADATA_TOKEN_PATH}");
        let mut request = reqwest::Request::new(reqwest::Method::PUT, parse(&url)?);
        request.headers_mut().insert(
            METADATA_TOKEN_TTL_HEADER,
            HeaderValue::from_static(METADATA_TOKEN_TTL),
        );
        *request.timeout_mut() = Some(METADATA_TIMEOUT);
        let what = format!("asking the ECS metadata service {endpoint} for a session token");
        let answer = exchange(&self.http, request, PROVIDER, &what).await?;
        if !answer.status.is_success() {
            return Err(service_error(&answer, &what, false));
        }
        Ok(String::from_utf8_lossy(&answer.body).trim().to_string())
    }

    async fn metadata_get(&self, url: &str, token: Option<&str>, what: &str) -> Result<Answer> {
        let mut request = reqwest::Request::new(reqwest::Method::GET, parse(url)?);
        if let Some(t) = token {
            let mut v = HeaderValue::from_str(t).map_err(|_| {
                Error::new(
                    ErrorKind::InvalidResponse,
                    "the metadata service's session token cannot be sent back in a header",
                )
                .with_provider(PROVIDER)
            })?;
            v.set_sensitive(true);
            request.headers_mut().insert(METADATA_TOKEN_HEADER, v);
        }
        *request.timeout_mut() = Some(METADATA_TIMEOUT);
        let answer = exchange(&self.http, request, PROVIDER, what).await?;
        if !answer.status.is_success() {
            return Err(service_error(&answer, what, false));
        }
        Ok(answer)
    }

    /// The ECS instance role's credentials: a session token first (hardened mode); without one
    /// (the service refused it) plain requests, unless `ALIBABA_CLOUD_IMDSV1_DISABLED`. A
    /// service that cannot be reached is not asked again.
    async fn ecs(
        &self,
        role: Option<&str>,
        endpoint: &str,
        imds_v1_disabled: bool,
    ) -> Result<Fetched<Credentials>> {
        let token = match self.metadata_token(endpoint).await {
            Ok(t) => Some(t),
            Err(e) if *e.kind() == ErrorKind::Transport || imds_v1_disabled => return Err(e),
            Err(e) => {
                tracing::debug!(error = %e, "no metadata session token; asking without one");
                None
            }
        };
        let role = match role {
            Some(r) => r.to_string(),
            None => {
                let what = format!(
                    "asking the ECS metadata service {endpoint} for the instance's RAM role"
                );
                let answer = self
                    .metadata_get(
                        &format!("{endpoint}{METADATA_ROLE_PATH}"),
                        token.as_deref(),
                        &what,
                    )
                    .await?;
                let text = String::from_utf8_lossy(&answer.body);
                let role = text.lines().next().unwrap_or_default().trim().to_string();
                if role.is_empty() {
                    return Err(Error::credentials(format!(
                        "the ECS metadata service {endpoint} names no RAM role: attach one to the instance, or set {ENV_ECS_METADATA}"
                    ))
                    .with_provider(PROVIDER));
                }
                role
            }
        };
        let what = format!(
            "asking the ECS metadata service {endpoint} for the credentials of role {role}"
        );
        let url = format!(
            "{endpoint}{METADATA_ROLE_PATH}{}",
            percent_encoding::utf8_percent_encode(&role, percent_encoding::NON_ALPHANUMERIC)
        );
        let answer = self.metadata_get(&url, token.as_deref(), &what).await?;
        coded_keys(&answer, &what)
    }

    /// A credentials URI: `GET` answering `{Code: "Success", AccessKeyId, AccessKeySecret,
    /// SecurityToken, Expiration}`.
    async fn uri(&self, uri: &str) -> Result<Fetched<Credentials>> {
        let mut request = reqwest::Request::new(reqwest::Method::GET, parse(uri)?);
        *request.timeout_mut() = Some(SERVICE_TIMEOUT);
        let what = format!("asking the credentials URI {}", redact_uri(uri));
        let answer = exchange(&self.http, request, PROVIDER, &what).await?;
        if !answer.status.is_success() {
            return Err(service_error(&answer, &what, true));
        }
        coded_keys(&answer, &what)
    }
}

fn parse(url: &str) -> Result<url::Url> {
    url::Url::parse(url).map_err(|e| {
        Error::invalid_input(format!("{}: {e}", redact_uri(url))).with_provider(PROVIDER)
    })
}

/// A URI as shown in messages: scheme, host, port and path; no user information, no query.
pub(crate) fn redact_uri(uri: &str) -> String {
    match url::Url::parse(uri) {
        Ok(mut u) => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.set_query(None);
            u.set_fragment(None);
            u.to_string()
        }
        Err(_) => clean(uri),
    }
}

/// Temporary keys as the services answer them.
#[derive(Deserialize)]
struct Keys {
    #[serde(rename = "AccessKeyId", default)]
    access_key_id: String,
    #[serde(rename = "AccessKeySecret", default)]
    access_key_secret: String,
    #[serde(rename = "SecurityToken", default)]
    security_token: String,
    #[serde(rename = "Expiration", default)]
    expiration: String,
}

impl Keys {
    fn into_fetched(self, answer: &Answer, what: &str) -> Result<Fetched<Credentials>> {
        if self.access_key_id.is_empty() || self.access_key_secret.is_empty() {
            return Err(unreadable(
                answer,
                what,
                "the answer has no AccessKeyId or AccessKeySecret",
            ));
        }
        let expires_at = parse_expiration(&self.expiration).ok_or_else(|| {
            unreadable(
                answer,
                what,
                "the answer's Expiration is not a yyyy-MM-ddTHH:mm:ssZ time",
            )
        })?;
        let mut c = Credentials::new(self.access_key_id, self.access_key_secret);
        if !self.security_token.is_empty() {
            c = c.with_security_token(self.security_token);
        }
        Ok(Fetched {
            value: c,
            expires_at: Some(expires_at),
        })
    }
}

/// An answer with `Code: "Success"` and the keys at the top level (metadata service, URI).
fn coded_keys(answer: &Answer, what: &str) -> Result<Fetched<Credentials>> {
    #[derive(Deserialize)]
    struct Coded {
        #[serde(rename = "Code", default)]
        code: String,
        #[serde(flatten)]
        keys: Keys,
    }
    let body: Coded = serde_json::from_slice(&answer.body)
        .map_err(|e| unreadable(answer, what, &e.to_string()))?;
    if body.code != "Success" {
        return Err(Error::credentials(format!(
            "{what}: the answer's Code is `{}`, not Success",
            clean(&body.code)
        ))
        .with_provider(PROVIDER)
        .with_status(answer.status.as_u16())
        .with_sent(crate::runtime::Sent::Yes));
    }
    body.keys.into_fetched(answer, what)
}

/// `2024-05-07T23:48:47Z` as a time.
pub(crate) fn parse_expiration(text: &str) -> Option<SystemTime> {
    let t = chrono::NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%SZ").ok()?;
    Some(SystemTime::from(t.and_utc()))
}

/// An answer that is not what the service documents; never quotes the body (it may hold keys).
fn unreadable(answer: &Answer, what: &str, why: &str) -> Error {
    let request_id = super::provider::error_fields(&answer.body).request_id;
    Error::new(
        ErrorKind::InvalidResponse,
        format!("{what}: the answer cannot be read ({})", clean(why)),
    )
    .with_provider(PROVIDER)
    .with_status(answer.status.as_u16())
    .with_request_id(request_id)
}

/// A refusal of a credential service, with its status, code, message and request id. A `4xx`
/// is a credentials error (the configuration is wrong); other statuses keep the provider kind.
fn service_error(answer: &Answer, what: &str, alibaba_body: bool) -> Error {
    let fields = if alibaba_body {
        super::provider::error_fields(&answer.body)
    } else {
        Default::default()
    };
    let status = answer.status.as_u16();
    let message = answer.failure(what, fields.message.as_deref());
    let request_id = fields.request_id.clone().or_else(|| {
        answer
            .headers
            .get("x-acs-request-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    });
    let mut e = Error::provider_answer(PROVIDER, status, fields.code.clone(), message, request_id);
    if (400..500).contains(&status) {
        e = e.with_kind(ErrorKind::Credentials);
    }
    if let Some(h) = fields.hint {
        e = e.with_hint(h);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    #[test]
    fn sts_endpoints_follow_region_vpc_and_overrides() {
        let e = Endpoints {
            sts: None,
            metadata: DEFAULT_ECS_METADATA_ENDPOINT.into(),
        };
        let env = MapEnv::new();
        assert_eq!(e.sts_for(None, false, &env), DEFAULT_STS_ENDPOINT);
        assert_eq!(
            e.sts_for(Some("cn-shanghai"), true, &env),
            "https://sts-vpc.cn-shanghai.aliyuncs.com"
        );
        let env = MapEnv::new()
            .with(ENV_STS_REGION, "ap-southeast-1")
            .with(ENV_VPC_ENDPOINT_ENABLED, "TRUE");
        assert_eq!(
            e.sts_for(None, false, &env),
            "https://sts-vpc.ap-southeast-1.aliyuncs.com"
        );
        let e = Endpoints {
            sts: Some("http://127.0.0.1:9".into()),
            ..e
        };
        assert_eq!(e.sts_for(Some("x"), true, &env), "http://127.0.0.1:9");
    }

    #[test]
    fn hosts_become_base_urls() {
        assert_eq!(
            base_url("127.0.0.1:80", "http").unwrap(),
            "http://127.0.0.1:80"
        );
        assert_eq!(
            base_url("https://sts.example/", "http").unwrap(),
            "https://sts.example"
        );
        assert!(base_url("ftp://x", "http").is_err());
    }

    #[test]
    fn expirations_and_uris_for_messages() {
        assert_eq!(
            parse_expiration("2023-11-14T22:13:20Z"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000))
        );
        assert_eq!(parse_expiration("tomorrow"), None);
        assert_eq!(
            redact_uri("http://u:pw@h:8/creds?token=SECRET"),
            "http://h:8/creds"
        );
    }
}
