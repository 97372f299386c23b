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
    ///Kind of artifact.
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
    pub enum ApplicationType {
        #[serde(rename = "client")]
        Client,
        #[serde(rename = "server")]
        Server,
    }
    impl ::std::fmt::Display for ApplicationType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Client => f.write_str("client"),
                Self::Server => f.write_str("server"),
            }
        }
    }
    impl ::std::str::FromStr for ApplicationType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client" => Ok(Self::Client),
                "server" => Ok(Self::Server),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ApplicationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ApplicationType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An artifact of the Deploy project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Artifact {
        #[serde(
            rename = "applicationType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_type: ::std::option::Option<
            crate::runtime::Open<ApplicationType>,
        >,
        ///When the artifact was created.
        #[serde(
            rename = "createDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub create_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Artifact description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Artifact id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///When the artifact was last deployed.
        #[serde(
            rename = "lastDeployDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub last_deploy_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Artifact name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Artifact {
        pub fn builder() -> builder::Artifact {
            Default::default()
        }
    }
    ///Body of `list_artifacts`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ArtifactList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub artifacts: ::std::vec::Vec<Artifact>,
    }
    impl ArtifactList {
        pub fn builder() -> builder::ArtifactList {
            Default::default()
        }
    }
    ///Envelope answered by `list_artifacts`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ArtifactListResponse {
        pub body: ArtifactList,
        pub header: ResponseHeader,
    }
    impl ArtifactListResponse {
        pub fn builder() -> builder::ArtifactListResponse {
            Default::default()
        }
    }
    ///A binary stored in a binary group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct Binary {
        #[serde(
            rename = "binaryKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub binary_key: ::std::option::Option<crate::nhn::BinaryKey>,
        ///File name of the binary.
        #[serde(
            rename = "binaryName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub binary_name: ::std::option::Option<::std::string::String>,
        ///File size in bytes.
        #[serde(
            rename = "binarySize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub binary_size: ::std::option::Option<i64>,
        ///Binary description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///When the binary was uploaded.
        #[serde(
            rename = "uploadDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub upload_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Who uploaded the binary.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub uploader: ::std::option::Option<::std::string::String>,
        ///Binary version label.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl Binary {
        pub fn builder() -> builder::Binary {
            Default::default()
        }
    }
    ///A binary group of an artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BinaryGroup {
        ///When the binary group was created.
        #[serde(
            rename = "createDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub create_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Binary group description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Binary group key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<i64>,
        ///Binary group name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Region code of the binary group (e.g. `KR1`).
        #[serde(
            rename = "regionCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_code: ::std::option::Option<::std::string::String>,
    }
    impl BinaryGroup {
        pub fn builder() -> builder::BinaryGroup {
            Default::default()
        }
    }
    ///Body of `list_binary_groups`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BinaryGroupList {
        #[serde(
            rename = "binaryGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub binary_groups: ::std::vec::Vec<BinaryGroup>,
    }
    impl BinaryGroupList {
        pub fn builder() -> builder::BinaryGroupList {
            Default::default()
        }
    }
    ///Envelope answered by `list_binary_groups`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BinaryGroupListResponse {
        pub body: BinaryGroupList,
        pub header: ResponseHeader,
    }
    impl BinaryGroupListResponse {
        pub fn builder() -> builder::BinaryGroupListResponse {
            Default::default()
        }
    }
    ///Body of `list_binaries`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BinaryList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub binaries: ::std::vec::Vec<Binary>,
        ///Number of matching binaries over all pages.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i64>,
    }
    impl BinaryList {
        pub fn builder() -> builder::BinaryList {
            Default::default()
        }
    }
    ///Envelope answered by `list_binaries`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BinaryListResponse {
        pub body: BinaryList,
        pub header: ResponseHeader,
    }
    impl BinaryListResponse {
        pub fn builder() -> builder::BinaryListResponse {
            Default::default()
        }
    }
    ///Field to sort binaries by (the service's default when omitted is UPLOAD_DATE).
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
    pub enum BinarySortKey {
        #[serde(rename = "VERSION")]
        Version,
        #[serde(rename = "BINARY_KEY")]
        BinaryKey,
        #[serde(rename = "UPLOAD_DATE")]
        UploadDate,
    }
    impl ::std::fmt::Display for BinarySortKey {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Version => f.write_str("VERSION"),
                Self::BinaryKey => f.write_str("BINARY_KEY"),
                Self::UploadDate => f.write_str("UPLOAD_DATE"),
            }
        }
    }
    impl ::std::str::FromStr for BinarySortKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "VERSION" => Ok(Self::Version),
                "BINARY_KEY" => Ok(Self::BinaryKey),
                "UPLOAD_DATE" => Ok(Self::UploadDate),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for BinarySortKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BinarySortKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Envelope answered by `upload_binary`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BinaryUploadResponse {
        pub body: BinaryUploadResult,
        pub header: ResponseHeader,
    }
    impl BinaryUploadResponse {
        pub fn builder() -> builder::BinaryUploadResponse {
            Default::default()
        }
    }
    ///The binary that was just stored.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BinaryUploadResult {
        #[serde(
            rename = "binaryKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub binary_key: ::std::option::Option<crate::nhn::BinaryKey>,
        ///URL the binary can be downloaded from (the `download_binary` path).
        #[serde(
            rename = "downloadUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub download_url: ::std::option::Option<::std::string::String>,
    }
    impl BinaryUploadResult {
        pub fn builder() -> builder::BinaryUploadResult {
            Default::default()
        }
    }
    ///Version label of an uploaded binary (at most 100 characters); a timestamp when omitted.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct BinaryVersion(::std::string::String);
    impl ::std::ops::Deref for BinaryVersion {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<BinaryVersion> for ::std::string::String {
        fn from(value: BinaryVersion) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for BinaryVersion {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 100usize {
                return Err("longer than 100 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for BinaryVersion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for BinaryVersion {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for BinaryVersion {
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
    ///Operating system of a client binary (only for client artifacts).
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
    pub enum ClientOsType {
        #[serde(rename = "iOS")]
        IOs,
        Android,
        #[serde(rename = "etc")]
        Etc,
    }
    impl ::std::fmt::Display for ClientOsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::IOs => f.write_str("iOS"),
                Self::Android => f.write_str("Android"),
                Self::Etc => f.write_str("etc"),
            }
        }
    }
    impl ::std::str::FromStr for ClientOsType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "iOS" => Ok(Self::IOs),
                "Android" => Ok(Self::Android),
                "etc" => Ok(Self::Etc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ClientOsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ClientOsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**How many servers to deploy to in parallel; 0 deploys to the whole group at once (the
service's default when omitted).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ConcurrentNum(pub i32);
    impl ::std::ops::Deref for ConcurrentNum {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }
    impl ::std::convert::From<ConcurrentNum> for i32 {
        fn from(value: ConcurrentNum) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i32> for ConcurrentNum {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ConcurrentNum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ConcurrentNum {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ConcurrentNum {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ConcurrentNum {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///One past deployment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployHistory {
        ///Version of the deployed binary.
        #[serde(
            rename = "binaryVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub binary_version: ::std::option::Option<::std::string::String>,
        ///Key of the deployment.
        #[serde(
            rename = "deployKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_key: ::std::option::Option<i64>,
        ///When the deployment ran.
        #[serde(
            rename = "executeDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        #[serde(
            default,
            deserialize_with = "crate::runtime::generated::utc_date_time_opt"
        )]
        pub execute_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Who ran the deployment.
        #[serde(
            rename = "executeUser",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub execute_user: ::std::option::Option<::std::string::String>,
        ///Name of the scenario that ran.
        #[serde(
            rename = "scenarioName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scenario_name: ::std::option::Option<::std::string::String>,
        ///Id of the target server group.
        #[serde(
            rename = "serverGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_group_id: ::std::option::Option<i64>,
        ///Name of the target server group.
        #[serde(
            rename = "serverGroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_group_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "totalResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_result: ::std::option::Option<
            crate::runtime::Open<DeployHistoryResult>,
        >,
    }
    impl DeployHistory {
        pub fn builder() -> builder::DeployHistory {
            Default::default()
        }
    }
    ///Body of `list_deploy_histories`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployHistoryList {
        #[serde(
            rename = "deployHistories",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub deploy_histories: ::std::vec::Vec<DeployHistory>,
        ///Number of matching deployments over all pages.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i64>,
    }
    impl DeployHistoryList {
        pub fn builder() -> builder::DeployHistoryList {
            Default::default()
        }
    }
    ///Envelope answered by `list_deploy_histories`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeployHistoryListResponse {
        pub body: DeployHistoryList,
        pub header: ResponseHeader,
    }
    impl DeployHistoryListResponse {
        pub fn builder() -> builder::DeployHistoryListResponse {
            Default::default()
        }
    }
    ///Overall result of a past deployment.
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
    pub enum DeployHistoryResult {
        #[serde(rename = "SUCCESS")]
        Success,
        #[serde(rename = "FAIL")]
        Fail,
        #[serde(rename = "RUNNING")]
        Running,
    }
    impl ::std::fmt::Display for DeployHistoryResult {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Success => f.write_str("SUCCESS"),
                Self::Fail => f.write_str("FAIL"),
                Self::Running => f.write_str("RUNNING"),
            }
        }
    }
    impl ::std::str::FromStr for DeployHistoryResult {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "SUCCESS" => Ok(Self::Success),
                "FAIL" => Ok(Self::Fail),
                "RUNNING" => Ok(Self::Running),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeployHistoryResult {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeployHistoryResult {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Options of a deploy execution; every field is optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployRequest {
        ///Answer right away instead of waiting for the deployment to end (default false).
        #[serde(
            rename = "async",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub async_: ::std::option::Option<bool>,
        #[serde(
            rename = "concurrentNum",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub concurrent_num: ::std::option::Option<ConcurrentNum>,
        ///Free-text note recorded with the deployment.
        #[serde(
            rename = "deployNote",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_note: ::std::option::Option<::std::string::String>,
        ///Whether to go on with the next server when the scenario fails on one (default false, stop).
        #[serde(
            rename = "nextWhenFail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_when_fail: ::std::option::Option<bool>,
        /**Comma-separated ids of the scenarios to run (e.g. `1,2`). When omitted, every scenario
mapped to the server group runs. For an ordinary (non-autoscale) deployment the document
says exactly one scenario id has to be given.
*/
        #[serde(
            rename = "scenarioIds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub scenario_ids: ::std::option::Option<::std::string::String>,
        /**Comma-separated host names of the servers to deploy to (e.g. `server1,server2`). When
omitted, every server of the group is deployed.
*/
        #[serde(
            rename = "targetServerHostnames",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_server_hostnames: ::std::option::Option<::std::string::String>,
    }
    impl DeployRequest {
        pub fn builder() -> builder::DeployRequest {
            Default::default()
        }
    }
    ///Envelope answered by `deploy`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeployResponse {
        pub body: DeployResponseBody,
        pub header: ResponseHeader,
    }
    impl DeployResponse {
        pub fn builder() -> builder::DeployResponse {
            Default::default()
        }
    }
    /**One `DeployResult` for an ordinary server group, a list of them for an autoscale server group.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum DeployResponseBody {
        DeployResult(DeployResult),
        Array(::std::vec::Vec<DeployResult>),
    }
    impl ::std::convert::From<DeployResult> for DeployResponseBody {
        fn from(value: DeployResult) -> Self {
            Self::DeployResult(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<DeployResult>> for DeployResponseBody {
        fn from(value: ::std::vec::Vec<DeployResult>) -> Self {
            Self::Array(value)
        }
    }
    ///Result of a deploy execution on one server group.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployResult {
        ///Key of the deployment.
        #[serde(
            rename = "deployKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_key: ::std::option::Option<i64>,
        ///Result per target server.
        #[serde(
            rename = "deployResult",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub deploy_result: ::std::vec::Vec<ServerDeployResult>,
        ///Link to the Deploy project in the console where the deployment can be inspected.
        #[serde(
            rename = "deployResultLocation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_result_location: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "deployStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_status: ::std::option::Option<crate::runtime::Open<DeployStatus>>,
    }
    impl DeployResult {
        pub fn builder() -> builder::DeployResult {
            Default::default()
        }
    }
    /**Outcome of a deploy execution: `success`, `fail`, or `deploying` when the call was made with
`async: true` and returned before the deployment ended. Answers may carry other values
(the document's own sample answers the placeholder `{배포 상태}`): they decode as
`Open::Unknown`.
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
    pub enum DeployStatus {
        #[serde(rename = "success")]
        Success,
        #[serde(rename = "fail")]
        Fail,
        #[serde(rename = "deploying")]
        Deploying,
    }
    impl ::std::fmt::Display for DeployStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Success => f.write_str("success"),
                Self::Fail => f.write_str("fail"),
                Self::Deploying => f.write_str("deploying"),
            }
        }
    }
    impl ::std::str::FromStr for DeployStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "success" => Ok(Self::Success),
                "fail" => Ok(Self::Fail),
                "deploying" => Ok(Self::Deploying),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeployStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeployStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Envelope of a failed call; the header explains the failure, the body is usually null. The
document shows no failed answer, so nothing in it is required.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorEnvelope {
        ///Usually null on failure; its shape is not documented.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub body: ::std::option::Option<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub header: ::std::option::Option<ResponseHeader>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///OAuth 2.0 grant type; the only one accepted is `client_credentials`.
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
    pub enum GrantType {
        #[serde(rename = "client_credentials")]
        ClientCredentials,
    }
    impl ::std::fmt::Display for GrantType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ClientCredentials => f.write_str("client_credentials"),
            }
        }
    }
    impl ::std::str::FromStr for GrantType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client_credentials" => Ok(Self::ClientCredentials),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GrantType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::default::Default for GrantType {
        fn default() -> Self {
            GrantType::ClientCredentials
        }
    }
    ///A calendar day written `yyyy-MM-dd`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct HistoryDate(pub ::chrono::naive::NaiveDate);
    impl ::std::ops::Deref for HistoryDate {
        type Target = ::chrono::naive::NaiveDate;
        fn deref(&self) -> &::chrono::naive::NaiveDate {
            &self.0
        }
    }
    impl ::std::convert::From<HistoryDate> for ::chrono::naive::NaiveDate {
        fn from(value: HistoryDate) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::chrono::naive::NaiveDate> for HistoryDate {
        fn from(value: ::chrono::naive::NaiveDate) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for HistoryDate {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for HistoryDate {
        type Err = <::chrono::naive::NaiveDate as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for HistoryDate {
        type Error = <::chrono::naive::NaiveDate as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for HistoryDate {
        type Error = <::chrono::naive::NaiveDate as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Page number, starting at 1 (the service's default when omitted is 1).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PageNum(pub ::std::num::NonZeroU32);
    impl ::std::ops::Deref for PageNum {
        type Target = ::std::num::NonZeroU32;
        fn deref(&self) -> &::std::num::NonZeroU32 {
            &self.0
        }
    }
    impl ::std::convert::From<PageNum> for ::std::num::NonZeroU32 {
        fn from(value: PageNum) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU32> for PageNum {
        fn from(value: ::std::num::NonZeroU32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PageNum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PageNum {
        type Err = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PageNum {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PageNum {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Number of entries per page (the service's default when omitted is 20).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PageSize(pub ::std::num::NonZeroU32);
    impl ::std::ops::Deref for PageSize {
        type Target = ::std::num::NonZeroU32;
        fn deref(&self) -> &::std::num::NonZeroU32 {
            &self.0
        }
    }
    impl ::std::convert::From<PageSize> for ::std::num::NonZeroU32 {
        fn from(value: PageSize) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU32> for PageSize {
        fn from(value: ::std::num::NonZeroU32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PageSize {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PageSize {
        type Err = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PageSize {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PageSize {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**Common header of every Deploy API answer. Every response table of the document lists
`isSuccessful` and `resultCode`; `resultMessage` only appears in the samples.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResponseHeader {
        ///Whether the call succeeded. `false` is a failure even with HTTP 200.
        #[serde(rename = "isSuccessful")]
        pub is_successful: bool,
        #[serde(rename = "resultCode")]
        pub result_code: ResultCode,
        ///Human-readable result message.
        #[serde(
            rename = "resultMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_message: ::std::option::Option<::std::string::String>,
        ///Server time of the answer, in milliseconds since the Unix epoch.
        #[serde(
            rename = "serverTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_time: ::std::option::Option<i64>,
    }
    impl ResponseHeader {
        pub fn builder() -> builder::ResponseHeader {
            Default::default()
        }
    }
    /**Result code of the call: `SUCCESS` when it succeeded. The Deploy document gives it as a
string; other NHN Cloud APIs answer numeric codes in the same envelope, so both are accepted.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ResultCode {
        String(::std::string::String),
        Int64(i64),
    }
    impl ::std::fmt::Display for ResultCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ResultCode {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///Deployment result on one server.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ServerDeployResult {
        ///Key of the deployment.
        #[serde(
            rename = "deployKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deploy_key: ::std::option::Option<i64>,
        ///Host name (instance id) of the target server.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hostname: ::std::option::Option<::std::string::String>,
        ///Deployment result on this server.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        ///Per-task information of the deploy scenario; the element shape is not documented.
        #[serde(
            rename = "taskResult",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub task_result: ::std::vec::Vec<::serde_json::Value>,
    }
    impl ServerDeployResult {
        pub fn builder() -> builder::ServerDeployResult {
            Default::default()
        }
    }
    ///A server group of an artifact.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ServerGroup {
        ///Server group description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Server group id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Server group name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "osType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub os_type: ::std::option::Option<crate::runtime::Open<ServerOsType>>,
        ///Number of servers in the group.
        #[serde(
            rename = "serverCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub server_count: ::std::option::Option<i32>,
    }
    impl ServerGroup {
        pub fn builder() -> builder::ServerGroup {
            Default::default()
        }
    }
    /**Server group id to filter the deploy history by; 0 means every server group of the
artifact (the service's default when omitted).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ServerGroupFilter(pub i64);
    impl ::std::ops::Deref for ServerGroupFilter {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<ServerGroupFilter> for i64 {
        fn from(value: ServerGroupFilter) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for ServerGroupFilter {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ServerGroupFilter {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ServerGroupFilter {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ServerGroupFilter {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ServerGroupFilter {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Body of `list_server_groups`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ServerGroupList {
        #[serde(
            rename = "serverGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub server_groups: ::std::vec::Vec<ServerGroup>,
    }
    impl ServerGroupList {
        pub fn builder() -> builder::ServerGroupList {
            Default::default()
        }
    }
    ///Envelope answered by `list_server_groups`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ServerGroupListResponse {
        pub body: ServerGroupList,
        pub header: ResponseHeader,
    }
    impl ServerGroupListResponse {
        pub fn builder() -> builder::ServerGroupListResponse {
            Default::default()
        }
    }
    ///Operating system of the servers in a server group.
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
    pub enum ServerOsType {
        #[serde(rename = "LINUX")]
        Linux,
        #[serde(rename = "WINDOWS")]
        Windows,
    }
    impl ::std::fmt::Display for ServerOsType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Linux => f.write_str("LINUX"),
                Self::Windows => f.write_str("WINDOWS"),
            }
        }
    }
    impl ::std::str::FromStr for ServerOsType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "LINUX" => Ok(Self::Linux),
                "WINDOWS" => Ok(Self::Windows),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ServerOsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ServerOsType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Sort order (the service's default when omitted is DESC).
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
    pub enum SortDirection {
        #[serde(rename = "ASC")]
        Asc,
        #[serde(rename = "DESC")]
        Desc,
    }
    impl ::std::fmt::Display for SortDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("ASC"),
                Self::Desc => f.write_str("DESC"),
            }
        }
    }
    impl ::std::str::FromStr for SortDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ASC" => Ok(Self::Asc),
                "DESC" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**Seconds until the token expires (86,400 by default). The page types it as a String while
its example answers a number, so both are accepted.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum TokenLifetime {
        Int64(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for TokenLifetime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Int64(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for TokenLifetime {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }
    ///Form body of the token issuance request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenRequest {
        pub grant_type: GrantType,
    }
    impl TokenRequest {
        pub fn builder() -> builder::TokenRequest {
            Default::default()
        }
    }
    /**A freshly issued User Access Key token. The page's response table lists `grant_type`,
`access_token`, `token_type` and `expires_in` as required, but its own example has no
`grant_type`: only the three the example carries are required here.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TokenResponse {
        ///The Bearer token, sent to the Deploy API in the X-NHN-AUTHORIZATION header.
        pub access_token: ::std::string::String,
        pub expires_in: TokenLifetime,
        ///The grant type of the request, `client_credentials` (listed by the page, absent from its example).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub grant_type: ::std::option::Option<::std::string::String>,
        ///Token type, `Bearer`.
        pub token_type: ::std::string::String,
    }
    impl TokenResponse {
        pub fn builder() -> builder::TokenResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Artifact {
            application_type: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::ApplicationType>>,
                ::std::string::String,
            >,
            create_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            last_deploy_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Artifact {
            fn default() -> Self {
                Self {
                    application_type: Ok(Default::default()),
                    create_date: Ok(Default::default()),
                    description: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_deploy_date: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Artifact {
            pub fn application_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::runtime::Open<super::ApplicationType>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.application_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for application_type: {e}"
                        )
                    });
                self
            }
            pub fn create_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.create_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_date: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_deploy_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_deploy_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_deploy_date: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Artifact> for super::Artifact {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Artifact,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    application_type: value.application_type?,
                    create_date: value.create_date?,
                    description: value.description?,
                    id: value.id?,
                    last_deploy_date: value.last_deploy_date?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Artifact> for Artifact {
            fn from(value: super::Artifact) -> Self {
                Self {
                    application_type: Ok(value.application_type),
                    create_date: Ok(value.create_date),
                    description: Ok(value.description),
                    id: Ok(value.id),
                    last_deploy_date: Ok(value.last_deploy_date),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ArtifactList {
            artifacts: ::std::result::Result<
                ::std::vec::Vec<super::Artifact>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArtifactList {
            fn default() -> Self {
                Self {
                    artifacts: Ok(Default::default()),
                }
            }
        }
        impl ArtifactList {
            pub fn artifacts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Artifact>>,
                T::Error: ::std::fmt::Display,
            {
                self.artifacts = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for artifacts: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArtifactList> for super::ArtifactList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArtifactList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    artifacts: value.artifacts?,
                })
            }
        }
        impl ::std::convert::From<super::ArtifactList> for ArtifactList {
            fn from(value: super::ArtifactList) -> Self {
                Self {
                    artifacts: Ok(value.artifacts),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ArtifactListResponse {
            body: ::std::result::Result<super::ArtifactList, ::std::string::String>,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for ArtifactListResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl ArtifactListResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ArtifactList>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArtifactListResponse>
        for super::ArtifactListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArtifactListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::ArtifactListResponse> for ArtifactListResponse {
            fn from(value: super::ArtifactListResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Binary {
            binary_key: ::std::result::Result<
                ::std::option::Option<crate::nhn::BinaryKey>,
                ::std::string::String,
            >,
            binary_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            binary_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            upload_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            uploader: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Binary {
            fn default() -> Self {
                Self {
                    binary_key: Ok(Default::default()),
                    binary_name: Ok(Default::default()),
                    binary_size: Ok(Default::default()),
                    description: Ok(Default::default()),
                    upload_date: Ok(Default::default()),
                    uploader: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl Binary {
            pub fn binary_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::nhn::BinaryKey>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.binary_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binary_key: {e}")
                    });
                self
            }
            pub fn binary_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.binary_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binary_name: {e}")
                    });
                self
            }
            pub fn binary_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.binary_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binary_size: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn upload_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.upload_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for upload_date: {e}")
                    });
                self
            }
            pub fn uploader<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.uploader = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for uploader: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Binary> for super::Binary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Binary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    binary_key: value.binary_key?,
                    binary_name: value.binary_name?,
                    binary_size: value.binary_size?,
                    description: value.description?,
                    upload_date: value.upload_date?,
                    uploader: value.uploader?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::Binary> for Binary {
            fn from(value: super::Binary) -> Self {
                Self {
                    binary_key: Ok(value.binary_key),
                    binary_name: Ok(value.binary_name),
                    binary_size: Ok(value.binary_size),
                    description: Ok(value.description),
                    upload_date: Ok(value.upload_date),
                    uploader: Ok(value.uploader),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryGroup {
            create_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BinaryGroup {
            fn default() -> Self {
                Self {
                    create_date: Ok(Default::default()),
                    description: Ok(Default::default()),
                    key: Ok(Default::default()),
                    name: Ok(Default::default()),
                    region_code: Ok(Default::default()),
                }
            }
        }
        impl BinaryGroup {
            pub fn create_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.create_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_date: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn region_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryGroup> for super::BinaryGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_date: value.create_date?,
                    description: value.description?,
                    key: value.key?,
                    name: value.name?,
                    region_code: value.region_code?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryGroup> for BinaryGroup {
            fn from(value: super::BinaryGroup) -> Self {
                Self {
                    create_date: Ok(value.create_date),
                    description: Ok(value.description),
                    key: Ok(value.key),
                    name: Ok(value.name),
                    region_code: Ok(value.region_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryGroupList {
            binary_groups: ::std::result::Result<
                ::std::vec::Vec<super::BinaryGroup>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BinaryGroupList {
            fn default() -> Self {
                Self {
                    binary_groups: Ok(Default::default()),
                }
            }
        }
        impl BinaryGroupList {
            pub fn binary_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BinaryGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.binary_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binary_groups: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryGroupList> for super::BinaryGroupList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryGroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    binary_groups: value.binary_groups?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryGroupList> for BinaryGroupList {
            fn from(value: super::BinaryGroupList) -> Self {
                Self {
                    binary_groups: Ok(value.binary_groups),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryGroupListResponse {
            body: ::std::result::Result<super::BinaryGroupList, ::std::string::String>,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for BinaryGroupListResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl BinaryGroupListResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BinaryGroupList>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryGroupListResponse>
        for super::BinaryGroupListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryGroupListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryGroupListResponse>
        for BinaryGroupListResponse {
            fn from(value: super::BinaryGroupListResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryList {
            binaries: ::std::result::Result<
                ::std::vec::Vec<super::Binary>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BinaryList {
            fn default() -> Self {
                Self {
                    binaries: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl BinaryList {
            pub fn binaries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Binary>>,
                T::Error: ::std::fmt::Display,
            {
                self.binaries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binaries: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryList> for super::BinaryList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    binaries: value.binaries?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryList> for BinaryList {
            fn from(value: super::BinaryList) -> Self {
                Self {
                    binaries: Ok(value.binaries),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryListResponse {
            body: ::std::result::Result<super::BinaryList, ::std::string::String>,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for BinaryListResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl BinaryListResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BinaryList>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryListResponse> for super::BinaryListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryListResponse> for BinaryListResponse {
            fn from(value: super::BinaryListResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryUploadResponse {
            body: ::std::result::Result<
                super::BinaryUploadResult,
                ::std::string::String,
            >,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for BinaryUploadResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl BinaryUploadResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::BinaryUploadResult>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryUploadResponse>
        for super::BinaryUploadResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryUploadResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryUploadResponse> for BinaryUploadResponse {
            fn from(value: super::BinaryUploadResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BinaryUploadResult {
            binary_key: ::std::result::Result<
                ::std::option::Option<crate::nhn::BinaryKey>,
                ::std::string::String,
            >,
            download_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BinaryUploadResult {
            fn default() -> Self {
                Self {
                    binary_key: Ok(Default::default()),
                    download_url: Ok(Default::default()),
                }
            }
        }
        impl BinaryUploadResult {
            pub fn binary_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::nhn::BinaryKey>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.binary_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for binary_key: {e}")
                    });
                self
            }
            pub fn download_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.download_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for download_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BinaryUploadResult> for super::BinaryUploadResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BinaryUploadResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    binary_key: value.binary_key?,
                    download_url: value.download_url?,
                })
            }
        }
        impl ::std::convert::From<super::BinaryUploadResult> for BinaryUploadResult {
            fn from(value: super::BinaryUploadResult) -> Self {
                Self {
                    binary_key: Ok(value.binary_key),
                    download_url: Ok(value.download_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployHistory {
            binary_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deploy_key: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            execute_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            execute_user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scenario_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            server_group_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            server_group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_result: ::std::result::Result<
                ::std::option::Option<
                    crate::runtime::Open<super::DeployHistoryResult>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployHistory {
            fn default() -> Self {
                Self {
                    binary_version: Ok(Default::default()),
                    deploy_key: Ok(Default::default()),
                    execute_date: Ok(Default::default()),
                    execute_user: Ok(Default::default()),
                    scenario_name: Ok(Default::default()),
                    server_group_id: Ok(Default::default()),
                    server_group_name: Ok(Default::default()),
                    total_result: Ok(Default::default()),
                }
            }
        }
        impl DeployHistory {
            pub fn binary_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.binary_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for binary_version: {e}"
                        )
                    });
                self
            }
            pub fn deploy_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_key: {e}")
                    });
                self
            }
            pub fn execute_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.execute_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for execute_date: {e}")
                    });
                self
            }
            pub fn execute_user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.execute_user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for execute_user: {e}")
                    });
                self
            }
            pub fn scenario_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scenario_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scenario_name: {e}")
                    });
                self
            }
            pub fn server_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_group_id: {e}"
                        )
                    });
                self
            }
            pub fn server_group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for server_group_name: {e}"
                        )
                    });
                self
            }
            pub fn total_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::runtime::Open<super::DeployHistoryResult>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.total_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployHistory> for super::DeployHistory {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployHistory,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    binary_version: value.binary_version?,
                    deploy_key: value.deploy_key?,
                    execute_date: value.execute_date?,
                    execute_user: value.execute_user?,
                    scenario_name: value.scenario_name?,
                    server_group_id: value.server_group_id?,
                    server_group_name: value.server_group_name?,
                    total_result: value.total_result?,
                })
            }
        }
        impl ::std::convert::From<super::DeployHistory> for DeployHistory {
            fn from(value: super::DeployHistory) -> Self {
                Self {
                    binary_version: Ok(value.binary_version),
                    deploy_key: Ok(value.deploy_key),
                    execute_date: Ok(value.execute_date),
                    execute_user: Ok(value.execute_user),
                    scenario_name: Ok(value.scenario_name),
                    server_group_id: Ok(value.server_group_id),
                    server_group_name: Ok(value.server_group_name),
                    total_result: Ok(value.total_result),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployHistoryList {
            deploy_histories: ::std::result::Result<
                ::std::vec::Vec<super::DeployHistory>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployHistoryList {
            fn default() -> Self {
                Self {
                    deploy_histories: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl DeployHistoryList {
            pub fn deploy_histories<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeployHistory>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_histories = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deploy_histories: {e}"
                        )
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployHistoryList> for super::DeployHistoryList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployHistoryList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deploy_histories: value.deploy_histories?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::DeployHistoryList> for DeployHistoryList {
            fn from(value: super::DeployHistoryList) -> Self {
                Self {
                    deploy_histories: Ok(value.deploy_histories),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployHistoryListResponse {
            body: ::std::result::Result<super::DeployHistoryList, ::std::string::String>,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for DeployHistoryListResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl DeployHistoryListResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeployHistoryList>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployHistoryListResponse>
        for super::DeployHistoryListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployHistoryListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::DeployHistoryListResponse>
        for DeployHistoryListResponse {
            fn from(value: super::DeployHistoryListResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployRequest {
            async_: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            concurrent_num: ::std::result::Result<
                ::std::option::Option<super::ConcurrentNum>,
                ::std::string::String,
            >,
            deploy_note: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            next_when_fail: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scenario_ids: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target_server_hostnames: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployRequest {
            fn default() -> Self {
                Self {
                    async_: Ok(Default::default()),
                    concurrent_num: Ok(Default::default()),
                    deploy_note: Ok(Default::default()),
                    next_when_fail: Ok(Default::default()),
                    scenario_ids: Ok(Default::default()),
                    target_server_hostnames: Ok(Default::default()),
                }
            }
        }
        impl DeployRequest {
            pub fn async_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.async_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for async_: {e}")
                    });
                self
            }
            pub fn concurrent_num<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ConcurrentNum>>,
                T::Error: ::std::fmt::Display,
            {
                self.concurrent_num = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for concurrent_num: {e}"
                        )
                    });
                self
            }
            pub fn deploy_note<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_note = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_note: {e}")
                    });
                self
            }
            pub fn next_when_fail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_when_fail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for next_when_fail: {e}"
                        )
                    });
                self
            }
            pub fn scenario_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scenario_ids = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scenario_ids: {e}")
                    });
                self
            }
            pub fn target_server_hostnames<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_server_hostnames = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for target_server_hostnames: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployRequest> for super::DeployRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    async_: value.async_?,
                    concurrent_num: value.concurrent_num?,
                    deploy_note: value.deploy_note?,
                    next_when_fail: value.next_when_fail?,
                    scenario_ids: value.scenario_ids?,
                    target_server_hostnames: value.target_server_hostnames?,
                })
            }
        }
        impl ::std::convert::From<super::DeployRequest> for DeployRequest {
            fn from(value: super::DeployRequest) -> Self {
                Self {
                    async_: Ok(value.async_),
                    concurrent_num: Ok(value.concurrent_num),
                    deploy_note: Ok(value.deploy_note),
                    next_when_fail: Ok(value.next_when_fail),
                    scenario_ids: Ok(value.scenario_ids),
                    target_server_hostnames: Ok(value.target_server_hostnames),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployResponse {
            body: ::std::result::Result<
                super::DeployResponseBody,
                ::std::string::String,
            >,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for DeployResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl DeployResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeployResponseBody>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployResponse> for super::DeployResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::DeployResponse> for DeployResponse {
            fn from(value: super::DeployResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployResult {
            deploy_key: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            deploy_result: ::std::result::Result<
                ::std::vec::Vec<super::ServerDeployResult>,
                ::std::string::String,
            >,
            deploy_result_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deploy_status: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::DeployStatus>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployResult {
            fn default() -> Self {
                Self {
                    deploy_key: Ok(Default::default()),
                    deploy_result: Ok(Default::default()),
                    deploy_result_location: Ok(Default::default()),
                    deploy_status: Ok(Default::default()),
                }
            }
        }
        impl DeployResult {
            pub fn deploy_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_key: {e}")
                    });
                self
            }
            pub fn deploy_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServerDeployResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_result: {e}")
                    });
                self
            }
            pub fn deploy_result_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_result_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deploy_result_location: {e}"
                        )
                    });
                self
            }
            pub fn deploy_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::runtime::Open<super::DeployStatus>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployResult> for super::DeployResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deploy_key: value.deploy_key?,
                    deploy_result: value.deploy_result?,
                    deploy_result_location: value.deploy_result_location?,
                    deploy_status: value.deploy_status?,
                })
            }
        }
        impl ::std::convert::From<super::DeployResult> for DeployResult {
            fn from(value: super::DeployResult) -> Self {
                Self {
                    deploy_key: Ok(value.deploy_key),
                    deploy_result: Ok(value.deploy_result),
                    deploy_result_location: Ok(value.deploy_result_location),
                    deploy_status: Ok(value.deploy_status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            body: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            header: ::std::result::Result<
                ::std::option::Option<super::ResponseHeader>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    body: Ok(Default::default()),
                    header: Ok(Default::default()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ResponseHeader>>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResponseHeader {
            is_successful: ::std::result::Result<bool, ::std::string::String>,
            result_code: ::std::result::Result<super::ResultCode, ::std::string::String>,
            result_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            server_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResponseHeader {
            fn default() -> Self {
                Self {
                    is_successful: Err(
                        "no value supplied for is_successful".to_string(),
                    ),
                    result_code: Err("no value supplied for result_code".to_string()),
                    result_message: Ok(Default::default()),
                    server_time: Ok(Default::default()),
                }
            }
        }
        impl ResponseHeader {
            pub fn is_successful<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_successful = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_successful: {e}")
                    });
                self
            }
            pub fn result_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResultCode>,
                T::Error: ::std::fmt::Display,
            {
                self.result_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_code: {e}")
                    });
                self
            }
            pub fn result_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_message: {e}"
                        )
                    });
                self
            }
            pub fn server_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server_time: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResponseHeader> for super::ResponseHeader {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResponseHeader,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_successful: value.is_successful?,
                    result_code: value.result_code?,
                    result_message: value.result_message?,
                    server_time: value.server_time?,
                })
            }
        }
        impl ::std::convert::From<super::ResponseHeader> for ResponseHeader {
            fn from(value: super::ResponseHeader) -> Self {
                Self {
                    is_successful: Ok(value.is_successful),
                    result_code: Ok(value.result_code),
                    result_message: Ok(value.result_message),
                    server_time: Ok(value.server_time),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServerDeployResult {
            deploy_key: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            hostname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            task_result: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerDeployResult {
            fn default() -> Self {
                Self {
                    deploy_key: Ok(Default::default()),
                    hostname: Ok(Default::default()),
                    status: Ok(Default::default()),
                    task_result: Ok(Default::default()),
                }
            }
        }
        impl ServerDeployResult {
            pub fn deploy_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.deploy_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deploy_key: {e}")
                    });
                self
            }
            pub fn hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hostname: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn task_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.task_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task_result: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerDeployResult> for super::ServerDeployResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerDeployResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deploy_key: value.deploy_key?,
                    hostname: value.hostname?,
                    status: value.status?,
                    task_result: value.task_result?,
                })
            }
        }
        impl ::std::convert::From<super::ServerDeployResult> for ServerDeployResult {
            fn from(value: super::ServerDeployResult) -> Self {
                Self {
                    deploy_key: Ok(value.deploy_key),
                    hostname: Ok(value.hostname),
                    status: Ok(value.status),
                    task_result: Ok(value.task_result),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServerGroup {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            os_type: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::ServerOsType>>,
                ::std::string::String,
            >,
            server_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerGroup {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    os_type: Ok(Default::default()),
                    server_count: Ok(Default::default()),
                }
            }
        }
        impl ServerGroup {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn os_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::runtime::Open<super::ServerOsType>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.os_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for os_type: {e}")
                    });
                self
            }
            pub fn server_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerGroup> for super::ServerGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    id: value.id?,
                    name: value.name?,
                    os_type: value.os_type?,
                    server_count: value.server_count?,
                })
            }
        }
        impl ::std::convert::From<super::ServerGroup> for ServerGroup {
            fn from(value: super::ServerGroup) -> Self {
                Self {
                    description: Ok(value.description),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    os_type: Ok(value.os_type),
                    server_count: Ok(value.server_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServerGroupList {
            server_groups: ::std::result::Result<
                ::std::vec::Vec<super::ServerGroup>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServerGroupList {
            fn default() -> Self {
                Self {
                    server_groups: Ok(Default::default()),
                }
            }
        }
        impl ServerGroupList {
            pub fn server_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServerGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.server_groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for server_groups: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerGroupList> for super::ServerGroupList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerGroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    server_groups: value.server_groups?,
                })
            }
        }
        impl ::std::convert::From<super::ServerGroupList> for ServerGroupList {
            fn from(value: super::ServerGroupList) -> Self {
                Self {
                    server_groups: Ok(value.server_groups),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServerGroupListResponse {
            body: ::std::result::Result<super::ServerGroupList, ::std::string::String>,
            header: ::std::result::Result<super::ResponseHeader, ::std::string::String>,
        }
        impl ::std::default::Default for ServerGroupListResponse {
            fn default() -> Self {
                Self {
                    body: Err("no value supplied for body".to_string()),
                    header: Err("no value supplied for header".to_string()),
                }
            }
        }
        impl ServerGroupListResponse {
            pub fn body<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ServerGroupList>,
                T::Error: ::std::fmt::Display,
            {
                self.body = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body: {e}")
                    });
                self
            }
            pub fn header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseHeader>,
                T::Error: ::std::fmt::Display,
            {
                self.header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServerGroupListResponse>
        for super::ServerGroupListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerGroupListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body: value.body?,
                    header: value.header?,
                })
            }
        }
        impl ::std::convert::From<super::ServerGroupListResponse>
        for ServerGroupListResponse {
            fn from(value: super::ServerGroupListResponse) -> Self {
                Self {
                    body: Ok(value.body),
                    header: Ok(value.header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenRequest {
            grant_type: ::std::result::Result<super::GrantType, ::std::string::String>,
        }
        impl ::std::default::Default for TokenRequest {
            fn default() -> Self {
                Self {
                    grant_type: Err("no value supplied for grant_type".to_string()),
                }
            }
        }
        impl TokenRequest {
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GrantType>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenRequest> for super::TokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    grant_type: value.grant_type?,
                })
            }
        }
        impl ::std::convert::From<super::TokenRequest> for TokenRequest {
            fn from(value: super::TokenRequest) -> Self {
                Self {
                    grant_type: Ok(value.grant_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenResponse {
            access_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<
                super::TokenLifetime,
                ::std::string::String,
            >,
            grant_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    grant_type: Ok(Default::default()),
                    token_type: Err("no value supplied for token_type".to_string()),
                }
            }
        }
        impl TokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenLifetime>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            pub fn grant_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.grant_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for grant_type: {e}")
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenResponse> for super::TokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_in: value.expires_in?,
                    grant_type: value.grant_type?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::TokenResponse> for TokenResponse {
            fn from(value: super::TokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_in: Ok(value.expires_in),
                    grant_type: Ok(value.grant_type),
                    token_type: Ok(value.token_type),
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
/**Client for NHN Cloud Deploy API

Hand-written description of the NHN Cloud Deploy API v2.1 (binary upload and download, deploy
execution and read-only listings of artifacts, server groups, binary groups, deploy histories and
binaries), plus the User Access Key token issuance those calls need.

Every Deploy call authenticates with the header `X-NHN-AUTHORIZATION: Bearer {token}`, where the
token comes from `create_token` (served by the OAuth host, see that operation's `servers`). The
caller needs the Deploy ADMIN or Deploy VIEWER role.

Every JSON answer of the Deploy API is an envelope `{header, body}`. `header.isSuccessful: false`
means the call failed even when the HTTP status is 200.


Version: 2.1*/
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
        "2.1"
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
    /**Issue a User Access Key token

Exchanges a User Access Key ID and its Secret Access Key for a temporary Bearer token. The
credentials travel as HTTP Basic authentication (`Basic base64("{UserAccessKeyID}:{SecretAccessKey}")`)
and the form body carries `grant_type=client_credentials`. The token lifetime is set per key in
the console (60 to 86,400 seconds, one day by default); send it to the Deploy API as
`X-NHN-AUTHORIZATION: Bearer {access_token}`. This call is served by the OAuth host, not by the
Deploy endpoint. Issuing another token has no side effect, so the call is safe to retry.


Sends a `POST` request to `/oauth2/token/create`

```ignore
let response = client.create_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**List the binaries of a binary group

Pages through the binaries stored in a binary group, sorted by upload date (newest first)
unless told otherwise, optionally filtered by a version keyword. Note the plural
`binary-groups` in this path, unlike the upload and download paths.


Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups/{binaryGroupKey}/binaries`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact that owns the binary group.
- `binary_group_key`: Key of the binary group.
- `keyword`: Only return binaries whose version matches this keyword.
- `page_num`: Page to return, starting at 1 (default 1).
- `page_size`: Entries per page (default 20).
- `sort_direction`: Sort order (default `DESC`).
- `sort_key`: Field to sort by (default `UPLOAD_DATE`).
```ignore
let response = client.list_binaries()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .binary_group_key(binary_group_key)
    .keyword(keyword)
    .page_num(page_num)
    .page_size(page_size)
    .sort_direction(sort_direction)
    .sort_key(sort_key)
    .send()
    .await;
```*/
    pub fn list_binaries(&self) -> builder::ListBinaries<'_> {
        builder::ListBinaries::new(self)
    }
    /**Download a binary

Streams the stored binary file. This is the URL returned as `downloadUrl` by `upload_binary`.


Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-group/{binaryGroupKey}/binaries/{binaryKey}`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact that owns the binary group.
- `binary_group_key`: Key of the binary group holding the binary.
- `binary_key`: Key of the binary, issued when it was uploaded.
```ignore
let response = client.download_binary()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .binary_group_key(binary_group_key)
    .binary_key(binary_key)
    .send()
    .await;
```*/
    pub fn download_binary(&self) -> builder::DownloadBinary<'_> {
        builder::DownloadBinary::new(self)
    }
    /**Run a deployment on a server group

Runs the deploy scenarios of a server group. Only available when the artifact's command type
is Cloud Agent (not SSH); autoscale server groups can be deployed as well in v2.1.

`header.isSuccessful` only says whether the call was accepted; the outcome of the deployment is
`deployStatus` (`deploying` when `async` is true, since the call then returns before the
deployment ends). The `body` is one result object for an ordinary server group and a list of
result objects for an autoscale server group.


Sends a `POST` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-group/{serverGroupId}/deploy`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact to deploy.
- `server_group_id`: Id of the server group the deployment targets.
- `body`
```ignore
let response = client.deploy()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .server_group_id(server_group_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn deploy(&self) -> builder::Deploy<'_> {
        builder::Deploy::new(self)
    }
    /**List the artifacts of a project

Lists the artifacts of the Deploy project, optionally filtered by name.

Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_name`: Only return artifacts whose name matches this search term.
```ignore
let response = client.list_artifacts()
    .app_key(app_key)
    .artifact_name(artifact_name)
    .send()
    .await;
```*/
    pub fn list_artifacts(&self) -> builder::ListArtifacts<'_> {
        builder::ListArtifacts::new(self)
    }
    /**List the server groups of an artifact

Lists the server groups that belong to an artifact.

Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-groups`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact.
```ignore
let response = client.list_server_groups()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .send()
    .await;
```*/
    pub fn list_server_groups(&self) -> builder::ListServerGroups<'_> {
        builder::ListServerGroups::new(self)
    }
    /**List the binary groups of an artifact

Lists the binary groups that belong to an artifact.

Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact.
```ignore
let response = client.list_binary_groups()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .send()
    .await;
```*/
    pub fn list_binary_groups(&self) -> builder::ListBinaryGroups<'_> {
        builder::ListBinaryGroups::new(self)
    }
    /**List the deploy history of an artifact

Pages through the deployments of an artifact, optionally restricted to one server group and a
date range. The range may not span more than one year; without dates the service uses the last
month (today minus one month up to today).


Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/deploy-histories`

Arguments:
- `app_key`: App key of the Deploy service (project).
- `artifact_id`: Id of the artifact.
- `deployment_year_from`: First day of the range (`yyyy-MM-dd`); defaults to one month before today.
- `deployment_year_to`: Last day of the range (`yyyy-MM-dd`); defaults to today.
- `page_num`: Page to return, starting at 1 (default 1).
- `page_size`: Entries per page (default 20).
- `server_group_id`: Server group to restrict the history to; 0 (the default) covers the whole artifact.
```ignore
let response = client.list_deploy_histories()
    .app_key(app_key)
    .artifact_id(artifact_id)
    .deployment_year_from(deployment_year_from)
    .deployment_year_to(deployment_year_to)
    .page_num(page_num)
    .page_size(page_size)
    .server_group_id(server_group_id)
    .send()
    .await;
```*/
    pub fn list_deploy_histories(&self) -> builder::ListDeployHistories<'_> {
        builder::ListDeployHistories::new(self)
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
    /**Builder for [`Client::create_token`]

[`Client::create_token`]: super::Client::create_token*/
    #[derive(Debug, Clone)]
    pub struct CreateToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TokenRequest, String>,
    }
    impl<'a> CreateToken<'a> {
        ///A builder of `create_token` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        ///Form body of the token issuance request.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenRequest>,
            <V as std::convert::TryInto<types::TokenRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenRequest` for body failed: {}", s)
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenRequest,
            ) -> types::builder::TokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/oauth2/token/create`
        pub async fn send(self) -> Result<ResponseValue<types::TokenResponse>, Error> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TokenRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_token",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_token",
                &["/oauth2/token/create"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .form_urlencoded(&body)?
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "create_token",
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
    /**Builder for [`Client::list_binaries`]

[`Client::list_binaries`]: super::Client::list_binaries*/
    #[derive(Debug, Clone)]
    pub struct ListBinaries<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
        binary_group_key: Result<i64, String>,
        keyword: Result<Option<::std::string::String>, String>,
        page_num: Result<Option<types::PageNum>, String>,
        page_size: Result<Option<types::PageSize>, String>,
        sort_direction: Result<Option<types::SortDirection>, String>,
        sort_key: Result<Option<types::BinarySortKey>, String>,
    }
    impl<'a> ListBinaries<'a> {
        ///A builder of `list_binaries` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
                binary_group_key: Err(
                    "binary_group_key was not initialized".to_string(),
                ),
                keyword: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                sort_direction: Ok(None),
                sort_key: Ok(None),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact that owns the binary group.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///`binaryGroupKey` (path, required): Key of the binary group.
        pub fn binary_group_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.binary_group_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `i64` for binary_group_key failed".to_string()
                });
            self
        }
        ///`keyword` (query): Only return binaries whose version matches this keyword.
        pub fn keyword<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.keyword = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for keyword failed"
                        .to_string()
                });
            self
        }
        ///`pageNum` (query): Page to return, starting at 1 (default 1).
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageNum>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PageNum` for page_num failed".to_string());
            self
        }
        ///`pageSize` (query): Entries per page (default 20).
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageSize>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PageSize` for page_size failed".to_string()
                });
            self
        }
        ///`sortDirection` (query): Sort order (default `DESC`).
        pub fn sort_direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SortDirection>,
        {
            self.sort_direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `SortDirection` for sort_direction failed".to_string()
                });
            self
        }
        ///`sortKey` (query): Field to sort by (default `UPLOAD_DATE`).
        pub fn sort_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BinarySortKey>,
        {
            self.sort_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `BinarySortKey` for sort_key failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups/{binaryGroupKey}/binaries`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BinaryListResponse>, Error> {
            let Self {
                client,
                app_key,
                artifact_id,
                binary_group_key,
                keyword,
                page_num,
                page_size,
                sort_direction,
                sort_key,
            } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let binary_group_key = binary_group_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let keyword = keyword
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let page_num = page_num
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let page_size = page_size
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let sort_direction = sort_direction
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let sort_key = sort_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binaries",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_binaries",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_binaries",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_binaries",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/binary-groups/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_binaries",
                        "binaryGroupKey",
                        &binary_group_key.to_string(),
                    )?,
                    "/binaries",
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
                    "list_binaries",
                );
                if let Some(value) = &keyword {
                    query.text("keyword", value);
                }
                query.param("pageNum", &page_num)?;
                query.param("pageSize", &page_size)?;
                query.param("sortDirection", &sort_direction)?;
                query.param("sortKey", &sort_key)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_binaries",
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
    /**Builder for [`Client::download_binary`]

[`Client::download_binary`]: super::Client::download_binary*/
    #[derive(Debug, Clone)]
    pub struct DownloadBinary<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
        binary_group_key: Result<i64, String>,
        binary_key: Result<crate::nhn::BinaryKey, String>,
    }
    impl<'a> DownloadBinary<'a> {
        ///A builder of `download_binary` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
                binary_group_key: Err(
                    "binary_group_key was not initialized".to_string(),
                ),
                binary_key: Err("binary_key was not initialized".to_string()),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact that owns the binary group.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///`binaryGroupKey` (path, required): Key of the binary group holding the binary.
        pub fn binary_group_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.binary_group_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `i64` for binary_group_key failed".to_string()
                });
            self
        }
        ///`binaryKey` (path, required): Key of the binary, issued when it was uploaded.
        pub fn binary_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::nhn::BinaryKey>,
        {
            self.binary_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: crate :: nhn :: BinaryKey` for binary_key failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-group/{binaryGroupKey}/binaries/{binaryKey}`
        pub async fn send(self) -> Result<ResponseValue<ByteStream>, Error> {
            let Self { client, app_key, artifact_id, binary_group_key, binary_key } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "download_binary",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "download_binary",
                    m,
                ))?;
            let binary_group_key = binary_group_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "download_binary",
                    m,
                ))?;
            let binary_key = binary_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "download_binary",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "download_binary",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "download_binary",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "download_binary",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/binary-group/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "download_binary",
                        "binaryGroupKey",
                        &binary_group_key.to_string(),
                    )?,
                    "/binaries/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "download_binary",
                        "binaryKey",
                        &binary_key.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "download_binary",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::stream(response)),
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
    /**Builder for [`Client::deploy`]

[`Client::deploy`]: super::Client::deploy*/
    #[derive(Debug, Clone)]
    pub struct Deploy<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
        server_group_id: Result<i64, String>,
        body: Result<types::builder::DeployRequest, String>,
    }
    impl<'a> Deploy<'a> {
        ///A builder of `deploy` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
                server_group_id: Err("server_group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact to deploy.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///`serverGroupId` (path, required): Id of the server group the deployment targets.
        pub fn server_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.server_group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `i64` for server_group_id failed".to_string()
                });
            self
        }
        ///Options of a deploy execution; every field is optional.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeployRequest>,
            <V as std::convert::TryInto<types::DeployRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeployRequest` for body failed: {}", s)
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeployRequest,
            ) -> types::builder::DeployRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-group/{serverGroupId}/deploy`
        pub async fn send(self) -> Result<ResponseValue<types::DeployResponse>, Error> {
            let Self { client, app_key, artifact_id, server_group_id, body } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy",
                    m,
                ))?;
            let server_group_id = server_group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeployRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "deploy",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/server-group/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "deploy",
                        "serverGroupId",
                        &server_group_id.to_string(),
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
                operation_id: "deploy",
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
    /**Builder for [`Client::list_artifacts`]

[`Client::list_artifacts`]: super::Client::list_artifacts*/
    #[derive(Debug, Clone)]
    pub struct ListArtifacts<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_name: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListArtifacts<'a> {
        ///A builder of `list_artifacts` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_name: Ok(None),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactName` (query): Only return artifacts whose name matches this search term.
        pub fn artifact_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.artifact_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for artifact_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ArtifactListResponse>, Error> {
            let Self { client, app_key, artifact_name } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_artifacts",
                    m,
                ))?;
            let artifact_name = artifact_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_artifacts",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_artifacts",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_artifacts",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts",
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
                    "list_artifacts",
                );
                if let Some(value) = &artifact_name {
                    query.text("artifactName", value);
                }
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_artifacts",
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
    /**Builder for [`Client::list_server_groups`]

[`Client::list_server_groups`]: super::Client::list_server_groups*/
    #[derive(Debug, Clone)]
    pub struct ListServerGroups<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
    }
    impl<'a> ListServerGroups<'a> {
        ///A builder of `list_server_groups` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServerGroupListResponse>, Error> {
            let Self { client, app_key, artifact_id } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_server_groups",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_server_groups",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_server_groups",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_server_groups",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_server_groups",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/server-groups",
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
                operation_id: "list_server_groups",
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
    /**Builder for [`Client::list_binary_groups`]

[`Client::list_binary_groups`]: super::Client::list_binary_groups*/
    #[derive(Debug, Clone)]
    pub struct ListBinaryGroups<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
    }
    impl<'a> ListBinaryGroups<'a> {
        ///A builder of `list_binary_groups` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BinaryGroupListResponse>, Error> {
            let Self { client, app_key, artifact_id } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binary_groups",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_binary_groups",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_binary_groups",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_binary_groups",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_binary_groups",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/binary-groups",
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
                operation_id: "list_binary_groups",
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
    /**Builder for [`Client::list_deploy_histories`]

[`Client::list_deploy_histories`]: super::Client::list_deploy_histories*/
    #[derive(Debug, Clone)]
    pub struct ListDeployHistories<'a> {
        client: &'a super::Client,
        app_key: Result<::std::string::String, String>,
        artifact_id: Result<i64, String>,
        deployment_year_from: Result<Option<types::HistoryDate>, String>,
        deployment_year_to: Result<Option<types::HistoryDate>, String>,
        page_num: Result<Option<types::PageNum>, String>,
        page_size: Result<Option<types::PageSize>, String>,
        server_group_id: Result<Option<types::ServerGroupFilter>, String>,
    }
    impl<'a> ListDeployHistories<'a> {
        ///A builder of `list_deploy_histories` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                app_key: Err("app_key was not initialized".to_string()),
                artifact_id: Err("artifact_id was not initialized".to_string()),
                deployment_year_from: Ok(None),
                deployment_year_to: Ok(None),
                page_num: Ok(None),
                page_size: Ok(None),
                server_group_id: Ok(None),
            }
        }
        ///`appKey` (path, required): App key of the Deploy service (project).
        pub fn app_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.app_key = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for app_key failed"
                        .to_string()
                });
            self
        }
        ///`artifactId` (path, required): Id of the artifact.
        pub fn artifact_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.artifact_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for artifact_id failed".to_string());
            self
        }
        ///`deploymentYearFrom` (query): First day of the range (`yyyy-MM-dd`); defaults to one month before today.
        pub fn deployment_year_from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::HistoryDate>,
        {
            self.deployment_year_from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `HistoryDate` for deployment_year_from failed"
                        .to_string()
                });
            self
        }
        ///`deploymentYearTo` (query): Last day of the range (`yyyy-MM-dd`); defaults to today.
        pub fn deployment_year_to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::HistoryDate>,
        {
            self.deployment_year_to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `HistoryDate` for deployment_year_to failed"
                        .to_string()
                });
            self
        }
        ///`pageNum` (query): Page to return, starting at 1 (default 1).
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageNum>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PageNum` for page_num failed".to_string());
            self
        }
        ///`pageSize` (query): Entries per page (default 20).
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageSize>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PageSize` for page_size failed".to_string()
                });
            self
        }
        ///`serverGroupId` (query): Server group to restrict the history to; 0 (the default) covers the whole artifact.
        pub fn server_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ServerGroupFilter>,
        {
            self.server_group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ServerGroupFilter` for server_group_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/v2.1/projects/{appKey}/artifacts/{artifactId}/deploy-histories`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeployHistoryListResponse>, Error> {
            let Self {
                client,
                app_key,
                artifact_id,
                deployment_year_from,
                deployment_year_to,
                page_num,
                page_size,
                server_group_id,
            } = self;
            let app_key = app_key
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let artifact_id = artifact_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let deployment_year_from = deployment_year_from
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let deployment_year_to = deployment_year_to
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let page_num = page_num
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let page_size = page_size
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let server_group_id = server_group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deploy_histories",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deploy_histories",
                &[
                    "/api/v2.1/projects/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deploy_histories",
                        "appKey",
                        &app_key,
                    )?,
                    "/artifacts/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deploy_histories",
                        "artifactId",
                        &artifact_id.to_string(),
                    )?,
                    "/deploy-histories",
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
                    "list_deploy_histories",
                );
                query.param("deploymentYearFrom", &deployment_year_from)?;
                query.param("deploymentYearTo", &deployment_year_to)?;
                query.param("pageNum", &page_num)?;
                query.param("pageSize", &page_size)?;
                query.param("serverGroupId", &server_group_id)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_deploy_histories",
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
        "create_token" => {
            #[allow(unused_mut)]
            let mut b = client.create_token();
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::TokenRequest,
                        >(client, "create_token", "body", v)?,
                    );
            }
            args.finish(client, "create_token")?;
            d::answer(b.send().await?)
        }
        "list_binaries" => {
            #[allow(unused_mut)]
            let mut b = client.list_binaries();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_binaries", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactId") {
                b = b
                    .artifact_id(
                        d::value::<_, i64>(client, "list_binaries", "artifactId", v)?,
                    );
            }
            if let Some(v) = args.take("binaryGroupKey") {
                b = b
                    .binary_group_key(
                        d::value::<_, i64>(client, "list_binaries", "binaryGroupKey", v)?,
                    );
            }
            if let Some(v) = args.take("keyword") {
                b = b
                    .keyword(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_binaries", "keyword", v)?,
                    );
            }
            if let Some(v) = args.take("pageNum") {
                b = b
                    .page_num(
                        d::value::<
                            _,
                            types::PageNum,
                        >(client, "list_binaries", "pageNum", v)?,
                    );
            }
            if let Some(v) = args.take("pageSize") {
                b = b
                    .page_size(
                        d::value::<
                            _,
                            types::PageSize,
                        >(client, "list_binaries", "pageSize", v)?,
                    );
            }
            if let Some(v) = args.take("sortDirection") {
                b = b
                    .sort_direction(
                        d::value::<
                            _,
                            types::SortDirection,
                        >(client, "list_binaries", "sortDirection", v)?,
                    );
            }
            if let Some(v) = args.take("sortKey") {
                b = b
                    .sort_key(
                        d::value::<
                            _,
                            types::BinarySortKey,
                        >(client, "list_binaries", "sortKey", v)?,
                    );
            }
            args.finish(client, "list_binaries")?;
            d::answer(b.send().await?)
        }
        "download_binary" => {
            Err(d::unsupported(client, "download_binary", "its answer is binary"))
        }
        "deploy" => {
            #[allow(unused_mut)]
            let mut b = client.deploy();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "deploy", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactId") {
                b = b
                    .artifact_id(d::value::<_, i64>(client, "deploy", "artifactId", v)?);
            }
            if let Some(v) = args.take("serverGroupId") {
                b = b
                    .server_group_id(
                        d::value::<_, i64>(client, "deploy", "serverGroupId", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<_, types::DeployRequest>(client, "deploy", "body", v)?,
                    );
            }
            args.finish(client, "deploy")?;
            d::answer(b.send().await?)
        }
        "list_artifacts" => {
            #[allow(unused_mut)]
            let mut b = client.list_artifacts();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_artifacts", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactName") {
                b = b
                    .artifact_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_artifacts", "artifactName", v)?,
                    );
            }
            args.finish(client, "list_artifacts")?;
            d::answer(b.send().await?)
        }
        "list_server_groups" => {
            #[allow(unused_mut)]
            let mut b = client.list_server_groups();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_server_groups", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactId") {
                b = b
                    .artifact_id(
                        d::value::<
                            _,
                            i64,
                        >(client, "list_server_groups", "artifactId", v)?,
                    );
            }
            args.finish(client, "list_server_groups")?;
            d::answer(b.send().await?)
        }
        "list_binary_groups" => {
            #[allow(unused_mut)]
            let mut b = client.list_binary_groups();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_binary_groups", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactId") {
                b = b
                    .artifact_id(
                        d::value::<
                            _,
                            i64,
                        >(client, "list_binary_groups", "artifactId", v)?,
                    );
            }
            args.finish(client, "list_binary_groups")?;
            d::answer(b.send().await?)
        }
        "list_deploy_histories" => {
            #[allow(unused_mut)]
            let mut b = client.list_deploy_histories();
            if let Some(v) = args.take("appKey") {
                b = b
                    .app_key(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deploy_histories", "appKey", v)?,
                    );
            }
            if let Some(v) = args.take("artifactId") {
                b = b
                    .artifact_id(
                        d::value::<
                            _,
                            i64,
                        >(client, "list_deploy_histories", "artifactId", v)?,
                    );
            }
            if let Some(v) = args.take("deploymentYearFrom") {
                b = b
                    .deployment_year_from(
                        d::value::<
                            _,
                            types::HistoryDate,
                        >(client, "list_deploy_histories", "deploymentYearFrom", v)?,
                    );
            }
            if let Some(v) = args.take("deploymentYearTo") {
                b = b
                    .deployment_year_to(
                        d::value::<
                            _,
                            types::HistoryDate,
                        >(client, "list_deploy_histories", "deploymentYearTo", v)?,
                    );
            }
            if let Some(v) = args.take("pageNum") {
                b = b
                    .page_num(
                        d::value::<
                            _,
                            types::PageNum,
                        >(client, "list_deploy_histories", "pageNum", v)?,
                    );
            }
            if let Some(v) = args.take("pageSize") {
                b = b
                    .page_size(
                        d::value::<
                            _,
                            types::PageSize,
                        >(client, "list_deploy_histories", "pageSize", v)?,
                    );
            }
            if let Some(v) = args.take("serverGroupId") {
                b = b
                    .server_group_id(
                        d::value::<
                            _,
                            types::ServerGroupFilter,
                        >(client, "list_deploy_histories", "serverGroupId", v)?,
                    );
            }
            args.finish(client, "list_deploy_histories")?;
            d::answer(b.send().await?)
        }
        other => Err(d::unknown(client, other)),
    }
}

/// The spec file this client was generated from.
pub const SPEC_FILE: &str = "specs/nhn-deploy.yaml";
/// The spec as JSON, as written (before normalisation).
pub const SPEC_JSON: &str = include_str!("nhn_deploy.json");
/// Operations with a `multipart/form-data` body: not generated, covered by hand-written code.
pub const MULTIPART_OPERATIONS: &[&str] = &["upload_binary"];
/// Every operation of the spec, as the runtime sees it.
pub const OPERATIONS: &[crate::runtime::OperationMeta] = &[
    crate::runtime::OperationMeta { id: "create_token", method: "POST", path: "/oauth2/token/create", idempotent: true, repeat_list: &[], servers: &["https://oauth.api.nhncloudservice.com", "https://oauth.api.gov-nhncloudservice.com"], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "upload_binary", method: "POST", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-group/{binaryGroupKey}", idempotent: false, repeat_list: &[], servers: &[], multipart: true, streaming: true, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "download_binary", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-group/{binaryGroupKey}/binaries/{binaryKey}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: true, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "deploy", method: "POST", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-group/{serverGroupId}/deploy", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: Some(::std::time::Duration::from_secs(1800)), marker: Some(crate::runtime::MarkerField { field: "deployNote", in_query: false, max_len: None }) },
    crate::runtime::OperationMeta { id: "list_artifacts", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_server_groups", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/server-groups", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_binary_groups", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_deploy_histories", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/deploy-histories", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_binaries", method: "GET", path: "/api/v2.1/projects/{appKey}/artifacts/{artifactId}/binary-groups/{binaryGroupKey}/binaries", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
];
