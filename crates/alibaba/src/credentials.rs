//! Alibaba Cloud AccessKey credentials, and the names of the variables and files the chain reads
//! (see [`super::chain`] for the order).

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

use super::PROVIDER;
use crate::runtime::credentials::Env;
use crate::runtime::{Error, Result};

/// Environment variable holding the AccessKey id.
pub const ENV_ACCESS_KEY_ID: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// Environment variable holding the AccessKey secret.
pub const ENV_ACCESS_KEY_SECRET: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// Environment variable holding the STS security token of temporary credentials.
pub const ENV_SECURITY_TOKEN: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";
/// Environment variable naming the profile of the aliyun CLI file to use (instead of `current`),
/// and the section of the credentials file (instead of `default`).
pub const ENV_PROFILE: &str = "ALIBABA_CLOUD_PROFILE";
/// The aliyun CLI's profile file, relative to the home directory.
pub const CONFIG_FILE: &str = "~/.aliyun/config.json";
/// `true` turns the aliyun CLI profile file off.
pub const ENV_CLI_PROFILE_DISABLED: &str = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
/// The credentials file of Alibaba's credentials libraries, relative to the home directory.
pub const CREDENTIALS_FILE: &str = "~/.alibabacloud/credentials";
/// Environment variable naming another credentials file.
pub const ENV_CREDENTIALS_FILE: &str = "ALIBABA_CLOUD_CREDENTIALS_FILE";
/// The RAM role to assume (with an OIDC token; or the default of a RamRoleArn configuration).
pub const ENV_ROLE_ARN: &str = "ALIBABA_CLOUD_ROLE_ARN";
/// The OIDC identity provider of `AssumeRoleWithOIDC`.
pub const ENV_OIDC_PROVIDER_ARN: &str = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
/// The file holding the OIDC token (re-read at every renewal).
pub const ENV_OIDC_TOKEN_FILE: &str = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
/// The session name of an assumed role.
pub const ENV_ROLE_SESSION_NAME: &str = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
/// The RAM role of the ECS instance (otherwise asked of the metadata service).
pub const ENV_ECS_METADATA: &str = "ALIBABA_CLOUD_ECS_METADATA";
/// `true` turns the ECS metadata service off.
pub const ENV_ECS_METADATA_DISABLED: &str = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
/// `true` requires the metadata service's hardened mode (a session token on every request).
pub const ENV_IMDSV1_DISABLED: &str = "ALIBABA_CLOUD_IMDSV1_DISABLED";
/// deploykit's override of the metadata service (`host[:port]` or a URL; default
/// `http://100.100.100.200`), for tests and emulators.
pub const ENV_ECS_METADATA_HOST: &str = "ALIBABA_CLOUD_ECS_METADATA_HOST";
/// An HTTP endpoint that answers credentials (the last source of the chain).
pub const ENV_CREDENTIALS_URI: &str = "ALIBABA_CLOUD_CREDENTIALS_URI";
/// The region of the STS endpoint (`sts.{region}.aliyuncs.com`).
pub const ENV_STS_REGION: &str = "ALIBABA_CLOUD_STS_REGION";
/// `true`: use STS's VPC endpoint (`sts-vpc…`).
pub const ENV_VPC_ENDPOINT_ENABLED: &str = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
/// deploykit's override of the STS endpoint (`host[:port]` or a URL; default
/// `https://sts.aliyuncs.com`), for tests and emulators.
pub const ENV_STS_ENDPOINT: &str = "ALIBABA_CLOUD_STS_ENDPOINT";
/// The region (after an explicit one, before the profile's `region_id`).
pub const ENV_REGION_ID: &str = "ALIBABA_CLOUD_REGION_ID";

/// An Alibaba Cloud AccessKey pair, with the STS security token when the credentials are
/// temporary.
///
/// `Debug` shows the AccessKey id (it is sent in every `Authorization` header) but never the
/// secret or the token.
#[derive(Clone)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: SecretString,
    security_token: Option<SecretString>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("alibaba::Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"[REDACTED]")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "[REDACTED]"),
            )
            .finish()
    }
}

impl Credentials {
    /// Long-term AccessKey credentials.
    pub fn new(access_key_id: impl Into<String>, access_key_secret: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: SecretString::from(access_key_secret.into()),
            security_token: None,
        }
    }

    /// Temporary (STS) credentials: the token is sent and signed as `x-acs-security-token`.
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(SecretString::from(token.into()));
        self
    }

    /// The AccessKey id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &SecretString {
        &self.access_key_secret
    }

    /// The STS security token, for temporary credentials.
    pub fn security_token(&self) -> Option<&SecretString> {
        self.security_token.as_ref()
    }

    /// Whether these are temporary STS credentials.
    pub fn is_sts(&self) -> bool {
        self.security_token.is_some()
    }

    /// Credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID` and `ALIBABA_CLOUD_ACCESS_KEY_SECRET` (and
    /// `ALIBABA_CLOUD_SECURITY_TOKEN` when set). `Ok(None)` when neither key variable is set; an
    /// error when only one of them is.
    pub fn from_env(env: &dyn Env) -> Result<Option<Self>> {
        match (env.var(ENV_ACCESS_KEY_ID), env.var(ENV_ACCESS_KEY_SECRET)) {
            (None, None) => Ok(None),
            (Some(id), Some(secret)) => {
                let mut c = Self::new(id.trim(), secret.trim());
                if let Some(token) = env.var(ENV_SECURITY_TOKEN) {
                    c = c.with_security_token(token.trim());
                }
                Ok(Some(c))
            }
            (Some(_), None) => Err(Error::credentials(format!(
                "{ENV_ACCESS_KEY_ID} is set but {ENV_ACCESS_KEY_SECRET} is not: set both, or neither"
            ))
            .with_provider(PROVIDER)),
            (None, Some(_)) => Err(Error::credentials(format!(
                "{ENV_ACCESS_KEY_SECRET} is set but {ENV_ACCESS_KEY_ID} is not: set both, or neither"
            ))
            .with_provider(PROVIDER)),
        }
    }
}

/// The secret, for the signer only.
pub(crate) fn expose(secret: &SecretString) -> &str {
    secret.expose_secret()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::MapEnv;

    #[test]
    fn half_configured_environment_is_an_error() {
        let env = MapEnv::new().with(ENV_ACCESS_KEY_ID, "ID");
        let e = Credentials::from_env(&env).unwrap_err();
        assert!(e.to_string().contains(ENV_ACCESS_KEY_SECRET));
    }

    #[test]
    fn debug_hides_secret_and_token() {
        let c = Credentials::new("ID", "SECRET-VALUE").with_security_token("TOKEN-VALUE");
        let d = format!("{c:?}");
        assert!(d.contains("ID") && !d.contains("SECRET-VALUE") && !d.contains("TOKEN-VALUE"));
    }
}
