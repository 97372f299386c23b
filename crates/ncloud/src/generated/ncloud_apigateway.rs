#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, ResponseValue};
#[allow(unused_imports)]
pub use crate::runtime::generated::Error;
#[allow(unused_imports)]
use crate::runtime::generated::{
    encode_path, ClientHooks, OperationInfo, RequestBuilderExt,
};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**One rule of condition-based canary routing (used when `useDistributionRate` is false): a
request whose header or query parameter `parameterName` equals `parameterValue` is sent
to the canary.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CanaryCondition {
        #[serde(
            rename = "parameterCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_code: ::std::option::Option<
            crate::runtime::Open<CanaryParameterCode>,
        >,
        ///Name of the header or query parameter to match.
        #[serde(
            rename = "parameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_name: ::std::option::Option<::std::string::String>,
        ///Value the parameter must have.
        #[serde(
            rename = "parameterValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_value: ::std::option::Option<::std::string::String>,
    }
    impl CanaryCondition {
        pub fn builder() -> builder::CanaryCondition {
            Default::default()
        }
    }
    /**Where a canary condition looks for its parameter: `REQUEST_HEADER` (a request header) or
`REQUEST_QUERY` (a query-string parameter).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum CanaryParameterCode {
        #[serde(rename = "REQUEST_HEADER")]
        RequestHeader,
        #[serde(rename = "REQUEST_QUERY")]
        RequestQuery,
    }
    impl ::std::fmt::Display for CanaryParameterCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::RequestHeader => f.write_str("REQUEST_HEADER"),
                Self::RequestQuery => f.write_str("REQUEST_QUERY"),
            }
        }
    }
    impl ::std::str::FromStr for CanaryParameterCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "REQUEST_HEADER" => Ok(Self::RequestHeader),
                "REQUEST_QUERY" => Ok(Self::RequestQuery),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CanaryParameterCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CanaryParameterCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Body of `deploy_api`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeployApiRequest {
        #[serde(
            rename = "deploymentDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployment_description: ::std::option::Option<DeploymentDescription>,
        #[serde(rename = "stageId")]
        pub stage_id: ResourceId,
    }
    impl DeployApiRequest {
        pub fn builder() -> builder::DeployApiRequest {
            Default::default()
        }
    }
    ///Body of `deploy_stage`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeployStageRequest {
        #[serde(rename = "deploymentNo")]
        pub deployment_no: DeploymentNo,
    }
    impl DeployStageRequest {
        pub fn builder() -> builder::DeployStageRequest {
            Default::default()
        }
    }
    ///Free-text note stored with a deployment, at most 300 characters.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeploymentDescription(::std::string::String);
    impl ::std::ops::Deref for DeploymentDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentDescription> for ::std::string::String {
        fn from(value: DeploymentDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeploymentDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 300usize {
                return Err("longer than 300 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeploymentDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeploymentDescription {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Number NCP assigned to one deployment of a stage: a non-negative integer of at most
9,223,372,036,854,775,807 (NCP types it as a 64-bit long). `format` is left out on
purpose: with `format: int64` the generator (typify) picks `i64` and ignores `minimum`,
while `minimum: 0` alone yields `u64`, so a negative number cannot be sent.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DeploymentNo(pub u64);
    impl ::std::ops::Deref for DeploymentNo {
        type Target = u64;
        fn deref(&self) -> &u64 {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentNo> for u64 {
        fn from(value: DeploymentNo) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u64> for DeploymentNo {
        fn from(value: u64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for DeploymentNo {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for DeploymentNo {
        type Err = <u64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentNo {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for DeploymentNo {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///The `error` member of an NCP error body.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorDetail {
        ///Longer explanation, when NCP gives one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::std::string::String>,
        /**Gateway error code, sent as a string (see the table in the API description):
`100` bad request, `200` authentication failed, `210` permission denied,
`230` forbidden, `300` not found, `400`/`410`/`420` quota, throttle or rate limit,
`430` body too large, `500` endpoint error, `510` endpoint timeout,
`900` unexpected error.
*/
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///Short text naming the error (e.g. `Authentication Failed`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorDetail {
        pub fn builder() -> builder::ErrorDetail {
            Default::default()
        }
    }
    ///Body of a failed call.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<ErrorDetail>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///HTTP method of an API Gateway method; `ANY` matches every method.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum HttpMethodName {
        #[serde(rename = "ANY")]
        Any,
        #[serde(rename = "GET")]
        Get,
        #[serde(rename = "POST")]
        Post,
        #[serde(rename = "PUT")]
        Put,
        #[serde(rename = "DELETE")]
        Delete,
        #[serde(rename = "PATCH")]
        Patch,
        #[serde(rename = "OPTIONS")]
        Options,
        #[serde(rename = "HEAD")]
        Head,
    }
    impl ::std::fmt::Display for HttpMethodName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Any => f.write_str("ANY"),
                Self::Get => f.write_str("GET"),
                Self::Post => f.write_str("POST"),
                Self::Put => f.write_str("PUT"),
                Self::Delete => f.write_str("DELETE"),
                Self::Patch => f.write_str("PATCH"),
                Self::Options => f.write_str("OPTIONS"),
                Self::Head => f.write_str("HEAD"),
            }
        }
    }
    impl ::std::str::FromStr for HttpMethodName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ANY" => Ok(Self::Any),
                "GET" => Ok(Self::Get),
                "POST" => Ok(Self::Post),
                "PUT" => Ok(Self::Put),
                "DELETE" => Ok(Self::Delete),
                "PATCH" => Ok(Self::Patch),
                "OPTIONS" => Ok(Self::Options),
                "HEAD" => Ok(Self::Head),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for HttpMethodName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for HttpMethodName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**How the stage's IP ACL (`ipAclList`) is applied: `ALLOWED` admits only the listed
addresses, `REJECTED` blocks them.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum IpAclCode {
        #[serde(rename = "ALLOWED")]
        Allowed,
        #[serde(rename = "REJECTED")]
        Rejected,
    }
    impl ::std::fmt::Display for IpAclCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Allowed => f.write_str("ALLOWED"),
                Self::Rejected => f.write_str("REJECTED"),
            }
        }
    }
    impl ::std::str::FromStr for IpAclCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ALLOWED" => Ok(Self::Allowed),
                "REJECTED" => Ok(Self::Rejected),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IpAclCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IpAclCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Maximum number of entries in a page (at least 1).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PageLimit(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for PageLimit {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<PageLimit> for ::std::num::NonZeroU64 {
        fn from(value: PageLimit) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for PageLimit {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PageLimit {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PageLimit {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PageLimit {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PageLimit {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**Zero-based index of the first entry of a page (0 to 9,223,372,036,854,775,807). No
`format`, for the same reason as `DeploymentNo`: the generated type is `u64`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PageOffset(pub u64);
    impl ::std::ops::Deref for PageOffset {
        type Target = u64;
        fn deref(&self) -> &u64 {
            &self.0
        }
    }
    impl ::std::convert::From<PageOffset> for u64 {
        fn from(value: PageOffset) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<u64> for PageOffset {
        fn from(value: u64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PageOffset {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PageOffset {
        type Err = <u64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PageOffset {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PageOffset {
        type Error = <u64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**NCP API Gateway identifier of a product, API or stage: an opaque string of 1 to 10
characters (e.g. `c9z51hs2mt`).
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct ResourceId(::std::string::String);
    impl ::std::ops::Deref for ResourceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResourceId> for ::std::string::String {
        fn from(value: ResourceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ResourceId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 10usize {
                return Err("longer than 10 characters".into());
            }
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ResourceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ResourceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ResourceId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    /**Configuration of a stage. NCP leaves out fields that are not set (for instance all
`canary*` fields when no canary is active), so every field is optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Stage {
        ///ID of the API the stage belongs to.
        #[serde(
            rename = "apiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Time to live of the stage's response cache, in seconds.
        #[serde(
            rename = "cacheTtlSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cache_ttl_sec: ::std::option::Option<i32>,
        ///Time to live of the canary's response cache, in seconds.
        #[serde(
            rename = "canaryCacheTtlSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_cache_ttl_sec: ::std::option::Option<i32>,
        ///Rules for condition-based canary routing.
        #[serde(
            rename = "canaryConditions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub canary_conditions: ::std::vec::Vec<CanaryCondition>,
        ///When the canary deployment was made.
        #[serde(
            rename = "canaryDeployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub canary_deployed_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Description of the canary deployment.
        #[serde(
            rename = "canaryDeploymentDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_deployment_description: ::std::option::Option<::std::string::String>,
        ///Deployment number served by the canary.
        #[serde(
            rename = "canaryDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_deployment_no: ::std::option::Option<i64>,
        ///Percentage of requests sent to the canary when `useDistributionRate` is true.
        #[serde(
            rename = "canaryDistributionRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_distribution_rate: ::std::option::Option<f32>,
        ///Base URL of the backend that canary requests are forwarded to.
        #[serde(
            rename = "canaryEndpointDomain",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_endpoint_domain: ::std::option::Option<::std::string::String>,
        ///Request limit per second for each method of the canary.
        #[serde(
            rename = "canaryThrottleRps",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_throttle_rps: ::std::option::Option<i32>,
        ///Daily request quota (a usage-plan setting).
        #[serde(
            rename = "dayQuotaRequest",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub day_quota_request: ::std::option::Option<i64>,
        ///Deployment number the stage currently serves.
        #[serde(
            rename = "deployedStageDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_stage_deployment_no: ::std::option::Option<i64>,
        ///Whether responses are compressed.
        #[serde(
            rename = "enabledContentEncoding",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enabled_content_encoding: ::std::option::Option<bool>,
        ///Base URL of the backend that the stage forwards requests to.
        #[serde(
            rename = "endpointDomain",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub endpoint_domain: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ipAclCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_acl_code: ::std::option::Option<crate::runtime::Open<IpAclCode>>,
        ///The IP addresses / CIDR ranges the IP ACL applies to, as one string.
        #[serde(
            rename = "ipAclList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_acl_list: ::std::option::Option<::std::string::String>,
        ///Whether the stage is in maintenance mode (answers with `statusCode` / `response`).
        #[serde(
            rename = "isMaintenance",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_maintenance: ::std::option::Option<bool>,
        ///Smallest response size, in bytes, that is compressed.
        #[serde(
            rename = "minimumCompressionSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub minimum_compression_size: ::std::option::Option<i32>,
        ///Identifier of the user who last changed the stage.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub modifier: ::std::option::Option<::std::string::String>,
        ///Monthly request quota (a usage-plan setting).
        #[serde(
            rename = "monthQuotaRequest",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub month_quota_request: ::std::option::Option<i64>,
        ///Request rate limit per second (a usage-plan setting).
        #[serde(
            rename = "rateRps",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub rate_rps: ::std::option::Option<i32>,
        ///When the stage was created.
        #[serde(
            rename = "regTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub reg_time: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Response body returned while the stage is in maintenance mode.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub response: ::std::option::Option<::std::string::String>,
        ///ID of the stage.
        #[serde(
            rename = "stageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_id: ::std::option::Option<::std::string::String>,
        ///Name of the stage.
        #[serde(
            rename = "stageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
        ///HTTP status returned while the stage is in maintenance mode.
        #[serde(
            rename = "statusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status_code: ::std::option::Option<i32>,
        ///Tenant (account) identifier that owns the stage.
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<::std::string::String>,
        ///Request limit per second for each method of the stage.
        #[serde(
            rename = "throttleRps",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub throttle_rps: ::std::option::Option<i32>,
        /**How requests are split between stage and canary: `true` sends the percentage
`canaryDistributionRate` to the canary, `false` routes by `canaryConditions`.
*/
        #[serde(
            rename = "useDistributionRate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub use_distribution_rate: ::std::option::Option<bool>,
    }
    impl Stage {
        pub fn builder() -> builder::Stage {
            Default::default()
        }
    }
    ///One entry of a stage's deployment history.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageDeployment {
        ///When the deployment was made.
        #[serde(
            rename = "deployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub deployed_time: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Description given when the deployment was made.
        #[serde(
            rename = "deploymentDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployment_description: ::std::option::Option<::std::string::String>,
        ///The deployed API document, serialized as a JSON string.
        #[serde(
            rename = "documentJson",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_json: ::std::option::Option<::std::string::String>,
        ///Number of this deployment.
        #[serde(
            rename = "stageDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_deployment_no: ::std::option::Option<i64>,
        ///ID of the stage.
        #[serde(
            rename = "stageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_id: ::std::option::Option<::std::string::String>,
    }
    impl StageDeployment {
        pub fn builder() -> builder::StageDeployment {
            Default::default()
        }
    }
    ///One page of a stage's deployment history (`list_stage_deployments`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageDeploymentList {
        ///The deployments on this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub content: ::std::vec::Vec<StageDeployment>,
        ///Deployment number the stage currently serves.
        #[serde(
            rename = "defaultDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_deployment_no: ::std::option::Option<i64>,
        ///Number of deployments in the whole history.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
    }
    impl StageDeploymentList {
        pub fn builder() -> builder::StageDeploymentList {
            Default::default()
        }
    }
    ///Result of `get_stage_deployment`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageDocument {
        ///The API document of the deployment, serialized as a JSON string.
        #[serde(
            rename = "documentJson",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub document_json: ::std::option::Option<::std::string::String>,
    }
    impl StageDocument {
        pub fn builder() -> builder::StageDocument {
            Default::default()
        }
    }
    ///Result of `list_stages`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageListResponse {
        ///Host name reported with the stage list (NCP does not describe it further).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub host: ::std::option::Option<::std::string::String>,
        ///The stages of the API.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub stages: ::std::vec::Vec<StageSummary>,
    }
    impl StageListResponse {
        pub fn builder() -> builder::StageListResponse {
            Default::default()
        }
    }
    ///A resource (path) of the API deployed to a stage, with its CORS settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageResource {
        ///ID of the API the resource belongs to.
        #[serde(
            rename = "apiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Allow-Credentials` value (a string, as NCP sends it).
        #[serde(
            rename = "corsAllowCredentials",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_allow_credentials: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Allow-Headers` value.
        #[serde(
            rename = "corsAllowHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_allow_headers: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Allow-Methods` value.
        #[serde(
            rename = "corsAllowMethods",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_allow_methods: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Allow-Origin` value.
        #[serde(
            rename = "corsAllowOrigin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_allow_origin: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Expose-Headers` value.
        #[serde(
            rename = "corsExposeHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_expose_headers: ::std::option::Option<::std::string::String>,
        ///CORS `Access-Control-Max-Age` value (a string, as NCP sends it).
        #[serde(
            rename = "corsMaxAge",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cors_max_age: ::std::option::Option<::std::string::String>,
        ///Methods defined on the resource.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub methods: ::std::vec::Vec<StageResourceMethod>,
        ///ID of the resource.
        #[serde(
            rename = "resourceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_id: ::std::option::Option<::std::string::String>,
        ///Path of the resource, e.g. `/orders`.
        #[serde(
            rename = "resourcePath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub resource_path: ::std::option::Option<::std::string::String>,
    }
    impl StageResource {
        pub fn builder() -> builder::StageResource {
            Default::default()
        }
    }
    ///A method defined on a resource of the deployed API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageResourceMethod {
        ///NCP's internal code of the method.
        #[serde(
            rename = "methodCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method_code: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "methodName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method_name: ::std::option::Option<crate::runtime::Open<HttpMethodName>>,
    }
    impl StageResourceMethod {
        pub fn builder() -> builder::StageResourceMethod {
            Default::default()
        }
    }
    ///Envelope returned by `deploy_stage` and `get_stage`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stage: ::std::option::Option<Stage>,
    }
    impl StageResponse {
        pub fn builder() -> builder::StageResponse {
            Default::default()
        }
    }
    ///A stage as listed by `list_stages`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct StageSummary {
        ///Deployment number served by the canary, when one is active.
        #[serde(
            rename = "canaryDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub canary_deployment_no: ::std::option::Option<i64>,
        ///Deployment number the stage serves.
        #[serde(
            rename = "defaultDeploymentNo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_deployment_no: ::std::option::Option<i64>,
        ///Whether a canary is active on the stage.
        #[serde(
            rename = "isCanary",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_canary: ::std::option::Option<bool>,
        ///Resources of the API deployed to the stage.
        #[serde(
            rename = "resourceDtos",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub resource_dtos: ::std::vec::Vec<StageResource>,
        ///ID of the stage.
        #[serde(
            rename = "stageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_id: ::std::option::Option<::std::string::String>,
        ///Name of the stage.
        #[serde(
            rename = "stageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
    }
    impl StageSummary {
        pub fn builder() -> builder::StageSummary {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CanaryCondition {
            parameter_code: ::std::result::Result<
                ::std::option::Option<
                    crate::runtime::Open<super::CanaryParameterCode>,
                >,
                ::std::string::String,
            >,
            parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameter_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CanaryCondition {
            fn default() -> Self {
                Self {
                    parameter_code: Ok(Default::default()),
                    parameter_name: Ok(Default::default()),
                    parameter_value: Ok(Default::default()),
                }
            }
        }
        impl CanaryCondition {
            pub fn parameter_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::runtime::Open<super::CanaryParameterCode>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_code: {e}"
                        )
                    });
                self
            }
            pub fn parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_name: {e}"
                        )
                    });
                self
            }
            pub fn parameter_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_value: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CanaryCondition> for super::CanaryCondition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CanaryCondition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    parameter_code: value.parameter_code?,
                    parameter_name: value.parameter_name?,
                    parameter_value: value.parameter_value?,
                })
            }
        }
        impl ::std::convert::From<super::CanaryCondition> for CanaryCondition {
            fn from(value: super::CanaryCondition) -> Self {
                Self {
                    parameter_code: Ok(value.parameter_code),
                    parameter_name: Ok(value.parameter_name),
                    parameter_value: Ok(value.parameter_value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployApiRequest {
            deployment_description: ::std::result::Result<
                ::std::option::Option<super::DeploymentDescription>,
                ::std::string::String,
            >,
            stage_id: ::std::result::Result<super::ResourceId, ::std::string::String>,
        }
        impl ::std::default::Default for DeployApiRequest {
            fn default() -> Self {
                Self {
                    deployment_description: Ok(Default::default()),
                    stage_id: Err("no value supplied for stage_id".to_string()),
                }
            }
        }
        impl DeployApiRequest {
            pub fn deployment_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_description: {e}"
                        )
                    });
                self
            }
            pub fn stage_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResourceId>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployApiRequest> for super::DeployApiRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployApiRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployment_description: value.deployment_description?,
                    stage_id: value.stage_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeployApiRequest> for DeployApiRequest {
            fn from(value: super::DeployApiRequest) -> Self {
                Self {
                    deployment_description: Ok(value.deployment_description),
                    stage_id: Ok(value.stage_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployStageRequest {
            deployment_no: ::std::result::Result<
                super::DeploymentNo,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployStageRequest {
            fn default() -> Self {
                Self {
                    deployment_no: Err("no value supplied for deployment_no".to_string()),
                }
            }
        }
        impl DeployStageRequest {
            pub fn deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeploymentNo>,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployment_no: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployStageRequest> for super::DeployStageRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployStageRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployment_no: value.deployment_no?,
                })
            }
        }
        impl ::std::convert::From<super::DeployStageRequest> for DeployStageRequest {
            fn from(value: super::DeployStageRequest) -> Self {
                Self {
                    deployment_no: Ok(value.deployment_no),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorDetail {
            details: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorDetail {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorDetail {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorDetail> for super::ErrorDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    details: value.details?,
                    error_code: value.error_code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorDetail> for ErrorDetail {
            fn from(value: super::ErrorDetail) -> Self {
                Self {
                    details: Ok(value.details),
                    error_code: Ok(value.error_code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<
                ::std::option::Option<super::ErrorDetail>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorDetail>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Stage {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cache_ttl_sec: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            canary_cache_ttl_sec: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            canary_conditions: ::std::result::Result<
                ::std::vec::Vec<super::CanaryCondition>,
                ::std::string::String,
            >,
            canary_deployed_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            canary_deployment_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            canary_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            canary_distribution_rate: ::std::result::Result<
                ::std::option::Option<f32>,
                ::std::string::String,
            >,
            canary_endpoint_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            canary_throttle_rps: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            day_quota_request: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            deployed_stage_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            enabled_content_encoding: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            endpoint_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_acl_code: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::IpAclCode>>,
                ::std::string::String,
            >,
            ip_acl_list: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_maintenance: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            minimum_compression_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            modifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            month_quota_request: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            rate_rps: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            reg_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            response: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            tenant_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            throttle_rps: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            use_distribution_rate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Stage {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    cache_ttl_sec: Ok(Default::default()),
                    canary_cache_ttl_sec: Ok(Default::default()),
                    canary_conditions: Ok(Default::default()),
                    canary_deployed_time: Ok(Default::default()),
                    canary_deployment_description: Ok(Default::default()),
                    canary_deployment_no: Ok(Default::default()),
                    canary_distribution_rate: Ok(Default::default()),
                    canary_endpoint_domain: Ok(Default::default()),
                    canary_throttle_rps: Ok(Default::default()),
                    day_quota_request: Ok(Default::default()),
                    deployed_stage_deployment_no: Ok(Default::default()),
                    enabled_content_encoding: Ok(Default::default()),
                    endpoint_domain: Ok(Default::default()),
                    ip_acl_code: Ok(Default::default()),
                    ip_acl_list: Ok(Default::default()),
                    is_maintenance: Ok(Default::default()),
                    minimum_compression_size: Ok(Default::default()),
                    modifier: Ok(Default::default()),
                    month_quota_request: Ok(Default::default()),
                    rate_rps: Ok(Default::default()),
                    reg_time: Ok(Default::default()),
                    response: Ok(Default::default()),
                    stage_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                    status_code: Ok(Default::default()),
                    tenant_id: Ok(Default::default()),
                    throttle_rps: Ok(Default::default()),
                    use_distribution_rate: Ok(Default::default()),
                }
            }
        }
        impl Stage {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn cache_ttl_sec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.cache_ttl_sec = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cache_ttl_sec: {e}")
                    });
                self
            }
            pub fn canary_cache_ttl_sec<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_cache_ttl_sec = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_cache_ttl_sec: {e}"
                        )
                    });
                self
            }
            pub fn canary_conditions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CanaryCondition>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_conditions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_conditions: {e}"
                        )
                    });
                self
            }
            pub fn canary_deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.canary_deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_deployed_time: {e}"
                        )
                    });
                self
            }
            pub fn canary_deployment_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_deployment_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_deployment_description: {e}"
                        )
                    });
                self
            }
            pub fn canary_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn canary_distribution_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f32>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_distribution_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_distribution_rate: {e}"
                        )
                    });
                self
            }
            pub fn canary_endpoint_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_endpoint_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_endpoint_domain: {e}"
                        )
                    });
                self
            }
            pub fn canary_throttle_rps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_throttle_rps = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_throttle_rps: {e}"
                        )
                    });
                self
            }
            pub fn day_quota_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.day_quota_request = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for day_quota_request: {e}"
                        )
                    });
                self
            }
            pub fn deployed_stage_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_stage_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployed_stage_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn enabled_content_encoding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled_content_encoding = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enabled_content_encoding: {e}"
                        )
                    });
                self
            }
            pub fn endpoint_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_domain: {e}"
                        )
                    });
                self
            }
            pub fn ip_acl_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::runtime::Open<super::IpAclCode>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ip_acl_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_acl_code: {e}")
                    });
                self
            }
            pub fn ip_acl_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_acl_list = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_acl_list: {e}")
                    });
                self
            }
            pub fn is_maintenance<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_maintenance = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for is_maintenance: {e}"
                        )
                    });
                self
            }
            pub fn minimum_compression_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.minimum_compression_size = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for minimum_compression_size: {e}"
                        )
                    });
                self
            }
            pub fn modifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.modifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modifier: {e}")
                    });
                self
            }
            pub fn month_quota_request<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.month_quota_request = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for month_quota_request: {e}"
                        )
                    });
                self
            }
            pub fn rate_rps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.rate_rps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rate_rps: {e}")
                    });
                self
            }
            pub fn reg_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reg_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reg_time: {e}")
                    });
                self
            }
            pub fn response<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.response = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response: {e}")
                    });
                self
            }
            pub fn stage_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_id: {e}")
                    });
                self
            }
            pub fn stage_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_name: {e}")
                    });
                self
            }
            pub fn status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status_code: {e}")
                    });
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tenant_id: {e}")
                    });
                self
            }
            pub fn throttle_rps<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.throttle_rps = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for throttle_rps: {e}")
                    });
                self
            }
            pub fn use_distribution_rate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_distribution_rate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for use_distribution_rate: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Stage> for super::Stage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Stage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    cache_ttl_sec: value.cache_ttl_sec?,
                    canary_cache_ttl_sec: value.canary_cache_ttl_sec?,
                    canary_conditions: value.canary_conditions?,
                    canary_deployed_time: value.canary_deployed_time?,
                    canary_deployment_description: value.canary_deployment_description?,
                    canary_deployment_no: value.canary_deployment_no?,
                    canary_distribution_rate: value.canary_distribution_rate?,
                    canary_endpoint_domain: value.canary_endpoint_domain?,
                    canary_throttle_rps: value.canary_throttle_rps?,
                    day_quota_request: value.day_quota_request?,
                    deployed_stage_deployment_no: value.deployed_stage_deployment_no?,
                    enabled_content_encoding: value.enabled_content_encoding?,
                    endpoint_domain: value.endpoint_domain?,
                    ip_acl_code: value.ip_acl_code?,
                    ip_acl_list: value.ip_acl_list?,
                    is_maintenance: value.is_maintenance?,
                    minimum_compression_size: value.minimum_compression_size?,
                    modifier: value.modifier?,
                    month_quota_request: value.month_quota_request?,
                    rate_rps: value.rate_rps?,
                    reg_time: value.reg_time?,
                    response: value.response?,
                    stage_id: value.stage_id?,
                    stage_name: value.stage_name?,
                    status_code: value.status_code?,
                    tenant_id: value.tenant_id?,
                    throttle_rps: value.throttle_rps?,
                    use_distribution_rate: value.use_distribution_rate?,
                })
            }
        }
        impl ::std::convert::From<super::Stage> for Stage {
            fn from(value: super::Stage) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    cache_ttl_sec: Ok(value.cache_ttl_sec),
                    canary_cache_ttl_sec: Ok(value.canary_cache_ttl_sec),
                    canary_conditions: Ok(value.canary_conditions),
                    canary_deployed_time: Ok(value.canary_deployed_time),
                    canary_deployment_description: Ok(
                        value.canary_deployment_description,
                    ),
                    canary_deployment_no: Ok(value.canary_deployment_no),
                    canary_distribution_rate: Ok(value.canary_distribution_rate),
                    canary_endpoint_domain: Ok(value.canary_endpoint_domain),
                    canary_throttle_rps: Ok(value.canary_throttle_rps),
                    day_quota_request: Ok(value.day_quota_request),
                    deployed_stage_deployment_no: Ok(value.deployed_stage_deployment_no),
                    enabled_content_encoding: Ok(value.enabled_content_encoding),
                    endpoint_domain: Ok(value.endpoint_domain),
                    ip_acl_code: Ok(value.ip_acl_code),
                    ip_acl_list: Ok(value.ip_acl_list),
                    is_maintenance: Ok(value.is_maintenance),
                    minimum_compression_size: Ok(value.minimum_compression_size),
                    modifier: Ok(value.modifier),
                    month_quota_request: Ok(value.month_quota_request),
                    rate_rps: Ok(value.rate_rps),
                    reg_time: Ok(value.reg_time),
                    response: Ok(value.response),
                    stage_id: Ok(value.stage_id),
                    stage_name: Ok(value.stage_name),
                    status_code: Ok(value.status_code),
                    tenant_id: Ok(value.tenant_id),
                    throttle_rps: Ok(value.throttle_rps),
                    use_distribution_rate: Ok(value.use_distribution_rate),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageDeployment {
            deployed_time: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            deployment_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            document_json: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            stage_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageDeployment {
            fn default() -> Self {
                Self {
                    deployed_time: Ok(Default::default()),
                    deployment_description: Ok(Default::default()),
                    document_json: Ok(Default::default()),
                    stage_deployment_no: Ok(Default::default()),
                    stage_id: Ok(Default::default()),
                }
            }
        }
        impl StageDeployment {
            pub fn deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_time: {e}")
                    });
                self
            }
            pub fn deployment_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_description: {e}"
                        )
                    });
                self
            }
            pub fn document_json<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_json = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_json: {e}")
                    });
                self
            }
            pub fn stage_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for stage_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn stage_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageDeployment> for super::StageDeployment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageDeployment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployed_time: value.deployed_time?,
                    deployment_description: value.deployment_description?,
                    document_json: value.document_json?,
                    stage_deployment_no: value.stage_deployment_no?,
                    stage_id: value.stage_id?,
                })
            }
        }
        impl ::std::convert::From<super::StageDeployment> for StageDeployment {
            fn from(value: super::StageDeployment) -> Self {
                Self {
                    deployed_time: Ok(value.deployed_time),
                    deployment_description: Ok(value.deployment_description),
                    document_json: Ok(value.document_json),
                    stage_deployment_no: Ok(value.stage_deployment_no),
                    stage_id: Ok(value.stage_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageDeploymentList {
            content: ::std::result::Result<
                ::std::vec::Vec<super::StageDeployment>,
                ::std::string::String,
            >,
            default_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageDeploymentList {
            fn default() -> Self {
                Self {
                    content: Ok(Default::default()),
                    default_deployment_no: Ok(Default::default()),
                    total: Ok(Default::default()),
                }
            }
        }
        impl StageDeploymentList {
            pub fn content<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StageDeployment>>,
                T::Error: ::std::fmt::Display,
            {
                self.content = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for content: {e}")
                    });
                self
            }
            pub fn default_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageDeploymentList>
        for super::StageDeploymentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageDeploymentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content: value.content?,
                    default_deployment_no: value.default_deployment_no?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::StageDeploymentList> for StageDeploymentList {
            fn from(value: super::StageDeploymentList) -> Self {
                Self {
                    content: Ok(value.content),
                    default_deployment_no: Ok(value.default_deployment_no),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageDocument {
            document_json: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageDocument {
            fn default() -> Self {
                Self {
                    document_json: Ok(Default::default()),
                }
            }
        }
        impl StageDocument {
            pub fn document_json<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.document_json = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for document_json: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageDocument> for super::StageDocument {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageDocument,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    document_json: value.document_json?,
                })
            }
        }
        impl ::std::convert::From<super::StageDocument> for StageDocument {
            fn from(value: super::StageDocument) -> Self {
                Self {
                    document_json: Ok(value.document_json),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageListResponse {
            host: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stages: ::std::result::Result<
                ::std::vec::Vec<super::StageSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageListResponse {
            fn default() -> Self {
                Self {
                    host: Ok(Default::default()),
                    stages: Ok(Default::default()),
                }
            }
        }
        impl StageListResponse {
            pub fn host<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host: {e}")
                    });
                self
            }
            pub fn stages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StageSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.stages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageListResponse> for super::StageListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    host: value.host?,
                    stages: value.stages?,
                })
            }
        }
        impl ::std::convert::From<super::StageListResponse> for StageListResponse {
            fn from(value: super::StageListResponse) -> Self {
                Self {
                    host: Ok(value.host),
                    stages: Ok(value.stages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageResource {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_allow_credentials: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_allow_headers: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_allow_methods: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_allow_origin: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_expose_headers: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cors_max_age: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            methods: ::std::result::Result<
                ::std::vec::Vec<super::StageResourceMethod>,
                ::std::string::String,
            >,
            resource_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageResource {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    cors_allow_credentials: Ok(Default::default()),
                    cors_allow_headers: Ok(Default::default()),
                    cors_allow_methods: Ok(Default::default()),
                    cors_allow_origin: Ok(Default::default()),
                    cors_expose_headers: Ok(Default::default()),
                    cors_max_age: Ok(Default::default()),
                    methods: Ok(Default::default()),
                    resource_id: Ok(Default::default()),
                    resource_path: Ok(Default::default()),
                }
            }
        }
        impl StageResource {
            pub fn api_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_id: {e}")
                    });
                self
            }
            pub fn cors_allow_credentials<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_allow_credentials = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cors_allow_credentials: {e}"
                        )
                    });
                self
            }
            pub fn cors_allow_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_allow_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cors_allow_headers: {e}"
                        )
                    });
                self
            }
            pub fn cors_allow_methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_allow_methods = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cors_allow_methods: {e}"
                        )
                    });
                self
            }
            pub fn cors_allow_origin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_allow_origin = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cors_allow_origin: {e}"
                        )
                    });
                self
            }
            pub fn cors_expose_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_expose_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for cors_expose_headers: {e}"
                        )
                    });
                self
            }
            pub fn cors_max_age<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cors_max_age = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cors_max_age: {e}")
                    });
                self
            }
            pub fn methods<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StageResourceMethod>>,
                T::Error: ::std::fmt::Display,
            {
                self.methods = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for methods: {e}")
                    });
                self
            }
            pub fn resource_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_id: {e}")
                    });
                self
            }
            pub fn resource_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_path: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageResource> for super::StageResource {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageResource,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    cors_allow_credentials: value.cors_allow_credentials?,
                    cors_allow_headers: value.cors_allow_headers?,
                    cors_allow_methods: value.cors_allow_methods?,
                    cors_allow_origin: value.cors_allow_origin?,
                    cors_expose_headers: value.cors_expose_headers?,
                    cors_max_age: value.cors_max_age?,
                    methods: value.methods?,
                    resource_id: value.resource_id?,
                    resource_path: value.resource_path?,
                })
            }
        }
        impl ::std::convert::From<super::StageResource> for StageResource {
            fn from(value: super::StageResource) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    cors_allow_credentials: Ok(value.cors_allow_credentials),
                    cors_allow_headers: Ok(value.cors_allow_headers),
                    cors_allow_methods: Ok(value.cors_allow_methods),
                    cors_allow_origin: Ok(value.cors_allow_origin),
                    cors_expose_headers: Ok(value.cors_expose_headers),
                    cors_max_age: Ok(value.cors_max_age),
                    methods: Ok(value.methods),
                    resource_id: Ok(value.resource_id),
                    resource_path: Ok(value.resource_path),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageResourceMethod {
            method_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method_name: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::HttpMethodName>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageResourceMethod {
            fn default() -> Self {
                Self {
                    method_code: Ok(Default::default()),
                    method_name: Ok(Default::default()),
                }
            }
        }
        impl StageResourceMethod {
            pub fn method_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.method_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method_code: {e}")
                    });
                self
            }
            pub fn method_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::runtime::Open<super::HttpMethodName>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.method_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageResourceMethod>
        for super::StageResourceMethod {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageResourceMethod,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    method_code: value.method_code?,
                    method_name: value.method_name?,
                })
            }
        }
        impl ::std::convert::From<super::StageResourceMethod> for StageResourceMethod {
            fn from(value: super::StageResourceMethod) -> Self {
                Self {
                    method_code: Ok(value.method_code),
                    method_name: Ok(value.method_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageResponse {
            stage: ::std::result::Result<
                ::std::option::Option<super::Stage>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageResponse {
            fn default() -> Self {
                Self {
                    stage: Ok(Default::default()),
                }
            }
        }
        impl StageResponse {
            pub fn stage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Stage>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageResponse> for super::StageResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { stage: value.stage? })
            }
        }
        impl ::std::convert::From<super::StageResponse> for StageResponse {
            fn from(value: super::StageResponse) -> Self {
                Self { stage: Ok(value.stage) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct StageSummary {
            canary_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            default_deployment_no: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            is_canary: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            resource_dtos: ::std::result::Result<
                ::std::vec::Vec<super::StageResource>,
                ::std::string::String,
            >,
            stage_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for StageSummary {
            fn default() -> Self {
                Self {
                    canary_deployment_no: Ok(Default::default()),
                    default_deployment_no: Ok(Default::default()),
                    is_canary: Ok(Default::default()),
                    resource_dtos: Ok(Default::default()),
                    stage_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                }
            }
        }
        impl StageSummary {
            pub fn canary_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.canary_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for canary_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn default_deployment_no<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_deployment_no = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for default_deployment_no: {e}"
                        )
                    });
                self
            }
            pub fn is_canary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_canary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_canary: {e}")
                    });
                self
            }
            pub fn resource_dtos<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::StageResource>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource_dtos = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource_dtos: {e}")
                    });
                self
            }
            pub fn stage_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_id: {e}")
                    });
                self
            }
            pub fn stage_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<StageSummary> for super::StageSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: StageSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    canary_deployment_no: value.canary_deployment_no?,
                    default_deployment_no: value.default_deployment_no?,
                    is_canary: value.is_canary?,
                    resource_dtos: value.resource_dtos?,
                    stage_id: value.stage_id?,
                    stage_name: value.stage_name?,
                })
            }
        }
        impl ::std::convert::From<super::StageSummary> for StageSummary {
            fn from(value: super::StageSummary) -> Self {
                Self {
                    canary_deployment_no: Ok(value.canary_deployment_no),
                    default_deployment_no: Ok(value.default_deployment_no),
                    is_canary: Ok(value.is_canary),
                    resource_dtos: Ok(value.resource_dtos),
                    stage_id: Ok(value.stage_id),
                    stage_name: Ok(value.stage_name),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for NAVER Cloud Platform API Gateway (deployment operations)

Hand-written subset of the NAVER Cloud Platform (NCP) API Gateway management API: the calls
that deploy an API to a stage, inspect stages, and read or prune a stage's deployment history.
Paths are relative to the `/api/v1` base of the chosen server.

Identifiers (`product-id`, `api-id`, `stage-id`) are opaque strings of at most 10 characters.
A deployment number is a non-negative 64-bit integer that NCP assigns each time an API is
deployed to a stage.

## Authentication
Every request is signed; the signature headers are added by the client's signer and are
therefore not declared on the operations below:

- `x-ncp-apigw-timestamp`: current Unix time in milliseconds (13 digits). The gateway
  refuses requests whose timestamp is more than 5 minutes away from its own clock.
- `x-ncp-iam-access-key`: the access key ID (main account or Sub Account).
- `x-ncp-apigw-signature-v2`: Base64 of HMAC-SHA256, keyed with the secret key, over the
  string `"{METHOD} {URI}\n{timestamp}\n{access key}"` (one space after the method, LF
  separators, no trailing newline). `URI` is the request path *including* `/api/v1`, plus
  `?query` when there is one; scheme and host are not part of it and the body is not signed.

JSON request bodies are sent with `Content-Type: application/json`.

## Errors
Failed calls return a JSON body of the form
`{"error": {"errorCode": "…", "message": "…", "details": "…"}}` (see `ErrorResponse`).
The gateway's `errorCode` values and the HTTP statuses they come with:

| HTTP | errorCode | message | meaning |
| --- | --- | --- | --- |
| 400 | 100 | Bad Request Exception | malformed request (protocol, encoding, parameters) |
| 401 | 200 | Authentication Failed | credentials missing or invalid (bad signature, stale timestamp, unknown key) |
| 401 | 210 | Permission Denied | the key is valid but has no right to the resource |
| 403 | 230 | Forbidden | access to the resource is forbidden |
| 404 | 300 | Not Found Exception | the addressed product, API, stage or deployment does not exist |
| 413 | 430 | Request Entity Too Large | request body over the size limit |
| 429 | 400 | Quota Exceeded | usage quota used up |
| 429 | 410 | Throttle Limited | request rate over the throttle limit |
| 429 | 420 | Rate Limited | request rate over the rate limit |
| 503 | 500 | Endpoint Error | the gateway could not reach the service behind it |
| 504 | 510 | Endpoint Timeout | the service behind the gateway did not answer in time |
| 500 | 900 | Unexpected Error | unhandled server-side error |


Version: v1*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::runtime::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::runtime::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::runtime::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::runtime::Transport> for Client {
    fn api_version() -> &'static str {
        "v1"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::runtime::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::runtime::Transport>,
    {}
};
impl Client {
    /**Deploy an existing deployment to a stage

Makes the stage serve the API snapshot recorded under `deploymentNo`, one of the
deployment numbers listed by `list_stage_deployments` (or the stage's
`deployedStageDeploymentNo` / `defaultDeploymentNo`). Use it to redeploy or roll back a
stage to an earlier deployment. Returns the stage as it is after the deployment.


Sends a `POST` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deploy`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API that owns the stage.
- `stage_id`: ID of the stage to deploy to.
- `body`
```ignore
let response = client.deploy_stage()
    .product_id(product_id)
    .api_id(api_id)
    .stage_id(stage_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn deploy_stage(&self) -> builder::DeployStage<'_> {
        builder::DeployStage::new(self)
    }
    /**Deploy the current API definition to a stage

Deploys the API as it is currently defined (its resources and methods) to the stage
`stageId`. The deployment is recorded in the stage's deployment history, so repeating
the call deploys again rather than being a no-op. The reference gives no success status
and the gateway's common table allows 200, 201, 202 and 204: any 2xx is success, with no
body. Read the resulting deployment number with `get_stage` (`deployedStageDeploymentNo`)
or `list_stage_deployments`.


Sends a `POST` request to `/products/{product-id}/apis/{api-id}/deploy`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API to deploy.
- `body`
```ignore
let response = client.deploy_api()
    .product_id(product_id)
    .api_id(api_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn deploy_api(&self) -> builder::DeployApi<'_> {
        builder::DeployApi::new(self)
    }
    /**List the stages of an API

Lists every stage created on the API, with the deployment number each stage serves
(`defaultDeploymentNo`), its canary deployment if one is active, and the resources and
methods of the deployed API.


Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API whose stages are listed.
```ignore
let response = client.list_stages()
    .product_id(product_id)
    .api_id(api_id)
    .send()
    .await;
```*/
    pub fn list_stages(&self) -> builder::ListStages<'_> {
        builder::ListStages::new(self)
    }
    /**Get one stage

Returns the full configuration of a stage: endpoint domain, throttling, quotas, cache,
IP ACL, maintenance response, compression, the deployment it currently serves
(`deployedStageDeploymentNo`) and, when a canary is active, the canary settings.


Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API that owns the stage.
- `stage_id`: ID of the stage to read.
```ignore
let response = client.get_stage()
    .product_id(product_id)
    .api_id(api_id)
    .stage_id(stage_id)
    .send()
    .await;
```*/
    pub fn get_stage(&self) -> builder::GetStage<'_> {
        builder::GetStage::new(self)
    }
    /**List the deployment history of a stage

Pages through the deployments recorded for the stage. `total` is the number of
deployments in the whole history, `content` the requested page, and
`defaultDeploymentNo` the deployment the stage currently serves. `offset` and `limit`
are both optional and are used together to page. Each entry carries the deployed API
document as a JSON string (`documentJson`).


Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API that owns the stage.
- `stage_id`: ID of the stage whose history is listed.
- `limit`: Maximum number of entries to return; use with `offset` to page.
- `offset`: Index of the first entry to return (0-based); use with `limit` to page.
```ignore
let response = client.list_stage_deployments()
    .product_id(product_id)
    .api_id(api_id)
    .stage_id(stage_id)
    .limit(limit)
    .offset(offset)
    .send()
    .await;
```*/
    pub fn list_stage_deployments(&self) -> builder::ListStageDeployments<'_> {
        builder::ListStageDeployments::new(self)
    }
    /**Get the API document of one deployment

Returns the API document (resources, methods and their settings) that was recorded for
the given deployment of the stage, as a JSON string in `documentJson`.


Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API that owns the stage.
- `stage_id`: ID of the stage the deployment belongs to.
- `deployment_no`: Number of the deployment whose document is returned.
```ignore
let response = client.get_stage_deployment()
    .product_id(product_id)
    .api_id(api_id)
    .stage_id(stage_id)
    .deployment_no(deployment_no)
    .send()
    .await;
```*/
    pub fn get_stage_deployment(&self) -> builder::GetStageDeployment<'_> {
        builder::GetStageDeployment::new(self)
    }
    /**Delete one entry of a stage's deployment history

Removes the given deployment from the stage's history. The reference gives no success
status and the gateway's common table allows 200, 201, 202 and 204: any 2xx is success,
with no body.
NCP does not document what happens when the deployment is the one the stage currently
serves.


Sends a `DELETE` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}`

Arguments:
- `product_id`: ID of the product the API belongs to.
- `api_id`: ID of the API that owns the stage.
- `stage_id`: ID of the stage the deployment belongs to.
- `deployment_no`: Number of the deployment to delete.
```ignore
let response = client.delete_stage_deployment()
    .product_id(product_id)
    .api_id(api_id)
    .stage_id(stage_id)
    .deployment_no(deployment_no)
    .send()
    .await;
```*/
    pub fn delete_stage_deployment(&self) -> builder::DeleteStageDeployment<'_> {
        builder::DeleteStageDeployment::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::deploy_stage`]

[`Client::deploy_stage`]: super::Client::deploy_stage*/
    #[derive(Debug, Clone)]
    pub struct DeployStage<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        stage_id: Result<types::ResourceId, String>,
        body: Result<types::builder::DeployStageRequest, String>,
    }
    impl<'a> DeployStage<'a> {
        ///A builder of `deploy_stage` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                stage_id: Err("stage_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API that owns the stage.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///`stage-id` (path, required): ID of the stage to deploy to.
        pub fn stage_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.stage_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for stage_id failed".to_string()
                });
            self
        }
        ///Body of `deploy_stage`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeployStageRequest>,
            <V as std::convert::TryInto<
                types::DeployStageRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeployStageRequest` for body failed: {}", s)
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeployStageRequest,
            ) -> types::builder::DeployStageRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deploy`
        pub async fn send(self) -> Result<ResponseValue<types::StageResponse>, Error> {
            let Self { client, product_id, api_id, stage_id, body } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_stage",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_stage",
                    m,
                ))?;
            let stage_id = stage_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_stage",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeployStageRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_stage",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "deploy_stage",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy_stage",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy_stage",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy_stage",
                        "stage-id",
                        &stage_id,
                    )?,
                    "/deploy",
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "deploy_stage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::runtime::generated::from_response(client, &info, response)
                        .await
                }
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::deploy_api`]

[`Client::deploy_api`]: super::Client::deploy_api*/
    #[derive(Debug, Clone)]
    pub struct DeployApi<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        body: Result<types::builder::DeployApiRequest, String>,
    }
    impl<'a> DeployApi<'a> {
        ///A builder of `deploy_api` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API to deploy.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///Body of `deploy_api`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeployApiRequest>,
            <V as std::convert::TryInto<
                types::DeployApiRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeployApiRequest` for body failed: {}", s)
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeployApiRequest,
            ) -> types::builder::DeployApiRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/products/{product-id}/apis/{api-id}/deploy`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, product_id, api_id, body } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeployApiRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "deploy_api",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy_api",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy_api",
                        "api-id",
                        &api_id,
                    )?,
                    "/deploy",
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "deploy_api",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::list_stages`]

[`Client::list_stages`]: super::Client::list_stages*/
    #[derive(Debug, Clone)]
    pub struct ListStages<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
    }
    impl<'a> ListStages<'a> {
        ///A builder of `list_stages` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API whose stages are listed.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StageListResponse>, Error> {
            let Self { client, product_id, api_id } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stages",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stages",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_stages",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_stages",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_stages",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages",
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "list_stages",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::runtime::generated::from_response(client, &info, response)
                        .await
                }
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::get_stage`]

[`Client::get_stage`]: super::Client::get_stage*/
    #[derive(Debug, Clone)]
    pub struct GetStage<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        stage_id: Result<types::ResourceId, String>,
    }
    impl<'a> GetStage<'a> {
        ///A builder of `get_stage` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                stage_id: Err("stage_id was not initialized".to_string()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API that owns the stage.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///`stage-id` (path, required): ID of the stage to read.
        pub fn stage_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.stage_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for stage_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}`
        pub async fn send(self) -> Result<ResponseValue<types::StageResponse>, Error> {
            let Self { client, product_id, api_id, stage_id } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage",
                    m,
                ))?;
            let stage_id = stage_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_stage",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage",
                        "stage-id",
                        &stage_id,
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "get_stage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::runtime::generated::from_response(client, &info, response)
                        .await
                }
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::list_stage_deployments`]

[`Client::list_stage_deployments`]: super::Client::list_stage_deployments*/
    #[derive(Debug, Clone)]
    pub struct ListStageDeployments<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        stage_id: Result<types::ResourceId, String>,
        limit: Result<Option<types::PageLimit>, String>,
        offset: Result<Option<types::PageOffset>, String>,
    }
    impl<'a> ListStageDeployments<'a> {
        ///A builder of `list_stage_deployments` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                stage_id: Err("stage_id was not initialized".to_string()),
                limit: Ok(None),
                offset: Ok(None),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API that owns the stage.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///`stage-id` (path, required): ID of the stage whose history is listed.
        pub fn stage_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.stage_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for stage_id failed".to_string()
                });
            self
        }
        ///`limit` (query): Maximum number of entries to return; use with `offset` to page.
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageLimit>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PageLimit` for limit failed".to_string());
            self
        }
        ///`offset` (query): Index of the first entry to return (0-based); use with `limit` to page.
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageOffset>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PageOffset` for offset failed".to_string());
            self
        }
        ///Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::StageDeploymentList>, Error> {
            let Self { client, product_id, api_id, stage_id, limit, offset } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stage_deployments",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stage_deployments",
                    m,
                ))?;
            let stage_id = stage_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stage_deployments",
                    m,
                ))?;
            let limit = limit
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stage_deployments",
                    m,
                ))?;
            let offset = offset
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_stage_deployments",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_stage_deployments",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_stage_deployments",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_stage_deployments",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_stage_deployments",
                        "stage-id",
                        &stage_id,
                    )?,
                    "/deployments",
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let marked = {
                let mut query = crate::runtime::generated::Query::new(
                    &mut request,
                    client,
                    "list_stage_deployments",
                );
                query.param("limit", &limit)?;
                query.param("offset", &offset)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_stage_deployments",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec_marked(request, &info, marked).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::runtime::generated::from_response(client, &info, response)
                        .await
                }
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::get_stage_deployment`]

[`Client::get_stage_deployment`]: super::Client::get_stage_deployment*/
    #[derive(Debug, Clone)]
    pub struct GetStageDeployment<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        stage_id: Result<types::ResourceId, String>,
        deployment_no: Result<types::DeploymentNo, String>,
    }
    impl<'a> GetStageDeployment<'a> {
        ///A builder of `get_stage_deployment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                stage_id: Err("stage_id was not initialized".to_string()),
                deployment_no: Err("deployment_no was not initialized".to_string()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API that owns the stage.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///`stage-id` (path, required): ID of the stage the deployment belongs to.
        pub fn stage_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.stage_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for stage_id failed".to_string()
                });
            self
        }
        ///`deployment-no` (path, required): Number of the deployment whose document is returned.
        pub fn deployment_no<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentNo>,
        {
            self.deployment_no = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentNo` for deployment_no failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}`
        pub async fn send(self) -> Result<ResponseValue<types::StageDocument>, Error> {
            let Self { client, product_id, api_id, stage_id, deployment_no } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage_deployment",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage_deployment",
                    m,
                ))?;
            let stage_id = stage_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage_deployment",
                    m,
                ))?;
            let deployment_no = deployment_no
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_stage_deployment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_stage_deployment",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage_deployment",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage_deployment",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage_deployment",
                        "stage-id",
                        &stage_id,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_stage_deployment",
                        "deployment-no",
                        &deployment_no.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "get_stage_deployment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => {
                    crate::runtime::generated::from_response(client, &info, response)
                        .await
                }
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
    /**Builder for [`Client::delete_stage_deployment`]

[`Client::delete_stage_deployment`]: super::Client::delete_stage_deployment*/
    #[derive(Debug, Clone)]
    pub struct DeleteStageDeployment<'a> {
        client: &'a super::Client,
        product_id: Result<types::ResourceId, String>,
        api_id: Result<types::ResourceId, String>,
        stage_id: Result<types::ResourceId, String>,
        deployment_no: Result<types::DeploymentNo, String>,
    }
    impl<'a> DeleteStageDeployment<'a> {
        ///A builder of `delete_stage_deployment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                product_id: Err("product_id was not initialized".to_string()),
                api_id: Err("api_id was not initialized".to_string()),
                stage_id: Err("stage_id was not initialized".to_string()),
                deployment_no: Err("deployment_no was not initialized".to_string()),
            }
        }
        ///`product-id` (path, required): ID of the product the API belongs to.
        pub fn product_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.product_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for product_id failed".to_string()
                });
            self
        }
        ///`api-id` (path, required): ID of the API that owns the stage.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| "conversion to `ResourceId` for api_id failed".to_string());
            self
        }
        ///`stage-id` (path, required): ID of the stage the deployment belongs to.
        pub fn stage_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResourceId>,
        {
            self.stage_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ResourceId` for stage_id failed".to_string()
                });
            self
        }
        ///`deployment-no` (path, required): Number of the deployment to delete.
        pub fn deployment_no<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentNo>,
        {
            self.deployment_no = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentNo` for deployment_no failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, product_id, api_id, stage_id, deployment_no } = self;
            let product_id = product_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_stage_deployment",
                    m,
                ))?;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_stage_deployment",
                    m,
                ))?;
            let stage_id = stage_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_stage_deployment",
                    m,
                ))?;
            let deployment_no = deployment_no
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_stage_deployment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "delete_stage_deployment",
                &[
                    "/products/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_stage_deployment",
                        "product-id",
                        &product_id,
                    )?,
                    "/apis/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_stage_deployment",
                        "api-id",
                        &api_id,
                    )?,
                    "/stages/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_stage_deployment",
                        "stage-id",
                        &stage_id,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_stage_deployment",
                        "deployment-no",
                        &deployment_no.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "delete_stage_deployment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::empty(response)),
                _ => {
                    Err(
                        crate::runtime::generated::undeclared_status(
                            client,
                            &info,
                            response,
                        ),
                    )
                }
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Call an operation by its `operationId` with its parameters as JSON (the command line's
/// way in): the typed builder is filled from `args` (spec parameter names; `body` for the
/// request body) and sent like any call, through the same hooks, signing, retries and
/// error handling; the decoded answer comes back as JSON.
#[cfg(feature = "dispatch")]
pub async fn dispatch(
    client: &Client,
    operation_id: &str,
    mut args: crate::runtime::dispatch::Args,
) -> ::std::result::Result<crate::runtime::dispatch::Answer, crate::runtime::Error> {
    use crate::runtime::dispatch as d;
    match operation_id {
        "deploy_stage" => {
            #[allow(unused_mut)]
            let mut b = client.deploy_stage();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "deploy_stage", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "deploy_stage", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("stage-id") {
                b = b
                    .stage_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "deploy_stage", "stage-id", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeployStageRequest,
                        >(client, "deploy_stage", "body", v)?,
                    );
            }
            args.finish(client, "deploy_stage")?;
            d::answer(b.send().await?)
        }
        "deploy_api" => {
            #[allow(unused_mut)]
            let mut b = client.deploy_api();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "deploy_api", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "deploy_api", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeployApiRequest,
                        >(client, "deploy_api", "body", v)?,
                    );
            }
            args.finish(client, "deploy_api")?;
            d::answer(b.send().await?)
        }
        "list_stages" => {
            #[allow(unused_mut)]
            let mut b = client.list_stages();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "list_stages", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "list_stages", "api-id", v)?,
                    );
            }
            args.finish(client, "list_stages")?;
            d::answer(b.send().await?)
        }
        "get_stage" => {
            #[allow(unused_mut)]
            let mut b = client.get_stage();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("stage-id") {
                b = b
                    .stage_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage", "stage-id", v)?,
                    );
            }
            args.finish(client, "get_stage")?;
            d::answer(b.send().await?)
        }
        "list_stage_deployments" => {
            #[allow(unused_mut)]
            let mut b = client.list_stage_deployments();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "list_stage_deployments", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "list_stage_deployments", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("stage-id") {
                b = b
                    .stage_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "list_stage_deployments", "stage-id", v)?,
                    );
            }
            if let Some(v) = args.take("limit") {
                b = b
                    .limit(
                        d::value::<
                            _,
                            types::PageLimit,
                        >(client, "list_stage_deployments", "limit", v)?,
                    );
            }
            if let Some(v) = args.take("offset") {
                b = b
                    .offset(
                        d::value::<
                            _,
                            types::PageOffset,
                        >(client, "list_stage_deployments", "offset", v)?,
                    );
            }
            args.finish(client, "list_stage_deployments")?;
            d::answer(b.send().await?)
        }
        "get_stage_deployment" => {
            #[allow(unused_mut)]
            let mut b = client.get_stage_deployment();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage_deployment", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage_deployment", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("stage-id") {
                b = b
                    .stage_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "get_stage_deployment", "stage-id", v)?,
                    );
            }
            if let Some(v) = args.take("deployment-no") {
                b = b
                    .deployment_no(
                        d::value::<
                            _,
                            types::DeploymentNo,
                        >(client, "get_stage_deployment", "deployment-no", v)?,
                    );
            }
            args.finish(client, "get_stage_deployment")?;
            d::answer(b.send().await?)
        }
        "delete_stage_deployment" => {
            #[allow(unused_mut)]
            let mut b = client.delete_stage_deployment();
            if let Some(v) = args.take("product-id") {
                b = b
                    .product_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "delete_stage_deployment", "product-id", v)?,
                    );
            }
            if let Some(v) = args.take("api-id") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "delete_stage_deployment", "api-id", v)?,
                    );
            }
            if let Some(v) = args.take("stage-id") {
                b = b
                    .stage_id(
                        d::value::<
                            _,
                            types::ResourceId,
                        >(client, "delete_stage_deployment", "stage-id", v)?,
                    );
            }
            if let Some(v) = args.take("deployment-no") {
                b = b
                    .deployment_no(
                        d::value::<
                            _,
                            types::DeploymentNo,
                        >(client, "delete_stage_deployment", "deployment-no", v)?,
                    );
            }
            args.finish(client, "delete_stage_deployment")?;
            d::answer(b.send().await?)
        }
        other => Err(d::unknown(client, other)),
    }
}

/// The spec file this client was generated from.
pub const SPEC_FILE: &str = "specs/ncloud-apigateway.yaml";
/// The spec as JSON, as written (before normalisation).
pub const SPEC_JSON: &str = include_str!("ncloud_apigateway.json");
/// Operations with a `multipart/form-data` body: not generated, covered by hand-written code.
pub const MULTIPART_OPERATIONS: &[&str] = &[];
/// Every operation of the spec, as the runtime sees it.
pub const OPERATIONS: &[crate::runtime::OperationMeta] = &[
    crate::runtime::OperationMeta { id: "deploy_stage", method: "POST", path: "/products/{product-id}/apis/{api-id}/stages/{stage-id}/deploy", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "deploy_api", method: "POST", path: "/products/{product-id}/apis/{api-id}/deploy", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: Some(crate::runtime::MarkerField { field: "deploymentDescription", in_query: false, max_len: Some(300) }) },
    crate::runtime::OperationMeta { id: "list_stages", method: "GET", path: "/products/{product-id}/apis/{api-id}/stages", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_stage", method: "GET", path: "/products/{product-id}/apis/{api-id}/stages/{stage-id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_stage_deployments", method: "GET", path: "/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_stage_deployment", method: "GET", path: "/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "delete_stage_deployment", method: "DELETE", path: "/products/{product-id}/apis/{api-id}/stages/{stage-id}/deployments/{deployment-no}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
];
