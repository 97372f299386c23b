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
    ///Result of `AbolishApi`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AbolishApiResponse {
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl AbolishApiResponse {
        pub fn builder() -> builder::AbolishApiResponse {
            Default::default()
        }
    }
    ///Outcome of unpublishing one API within a batch task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiAbolishResult {
        ///Unpublishing status of this API: in progress until the task reaches a final status (`SUCCEED` or `FAILED`); Alibaba's own example answers `OVER` (finished), with `ErrorMsg` telling the outcome.
        #[serde(
            rename = "AbolishStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub abolish_status: ::std::option::Option<::std::string::String>,
        ///Name of the API.
        #[serde(
            rename = "ApiName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_name: ::std::option::Option<::std::string::String>,
        ///ID of the API.
        #[serde(
            rename = "ApiUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_uid: ::std::option::Option<::std::string::String>,
        ///Result message; a success text when nothing went wrong.
        #[serde(
            rename = "ErrorMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Name of the API group.
        #[serde(
            rename = "GroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///ID of the environment.
        #[serde(
            rename = "StageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_id: ::std::option::Option<::std::string::String>,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
    }
    impl ApiAbolishResult {
        pub fn builder() -> builder::ApiAbolishResult {
            Default::default()
        }
    }
    ///One recorded release of an API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiHisItem {
        ///ID of the API.
        #[serde(
            rename = "ApiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Name of the API.
        #[serde(
            rename = "ApiName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_name: ::std::option::Option<::std::string::String>,
        ///When this version was published (UTC, as Alibaba formats it).
        #[serde(
            rename = "DeployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_time: ::std::option::Option<::std::string::String>,
        ///Description recorded with the API.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Name of the API group.
        #[serde(
            rename = "GroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///Version number of this release.
        #[serde(
            rename = "HistoryVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub history_version: ::std::option::Option<::std::string::String>,
        ///Region of the API.
        #[serde(
            rename = "RegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_id: ::std::option::Option<::std::string::String>,
        ///Display alias of the environment.
        #[serde(
            rename = "StageAlias",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_alias: ::std::option::Option<::std::string::String>,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
        ///`ONLINE` if this version is the one in effect, `OFFLINE` otherwise.
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl ApiHisItem {
        pub fn builder() -> builder::ApiHisItem {
            Default::default()
        }
    }
    ///How callers reached the API in this version.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiHistoryRequestConfig {
        ///`FORM` or `STREAM`; only meaningful in `MAPPING` mode for POST/PUT.
        #[serde(
            rename = "BodyFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub body_format: ::std::option::Option<::std::string::String>,
        ///URL of the body model.
        #[serde(
            rename = "BodyModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub body_model: ::std::option::Option<::std::string::String>,
        ///Whether `[param]` in the path is taken literally instead of as a path parameter.
        #[serde(
            rename = "EscapePathParam",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub escape_path_param: ::std::option::Option<bool>,
        ///Description of the request body.
        #[serde(
            rename = "PostBodyDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub post_body_description: ::std::option::Option<::std::string::String>,
        ///HTTP method callers use.
        #[serde(
            rename = "RequestHttpMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_http_method: ::std::option::Option<::std::string::String>,
        ///`MAPPING`, `PASSTHROUGH` or `MAPPING_PASSTHROUGH`.
        #[serde(
            rename = "RequestMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_mode: ::std::option::Option<::std::string::String>,
        ///Request path.
        #[serde(
            rename = "RequestPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_path: ::std::option::Option<::std::string::String>,
        ///Accepted protocols, comma-separated: `HTTP`, `HTTPS`, `WebSocket`.
        #[serde(
            rename = "RequestProtocol",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_protocol: ::std::option::Option<::std::string::String>,
    }
    impl ApiHistoryRequestConfig {
        pub fn builder() -> builder::ApiHistoryRequestConfig {
            Default::default()
        }
    }
    ///How the gateway called the backend in this version.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiHistoryServiceConfig {
        ///How the backend Content-Type is chosen: `DEFAULT`, `CUSTOM` or `CLIENT` (Alibaba's spelling of the field name).
        #[serde(
            rename = "ContentTypeCatagory",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type_catagory: ::std::option::Option<::std::string::String>,
        ///Content-Type value when the category is `DEFAULT` or `CUSTOM`.
        #[serde(
            rename = "ContentTypeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type_value: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "EventBridgeConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_bridge_config: ::std::option::Option<EventBridgeConfig>,
        #[serde(
            rename = "FunctionComputeConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub function_compute_config: ::std::option::Option<FunctionComputeConfig>,
        ///`TRUE` if the mock backend is enabled, else `FALSE`.
        #[serde(rename = "Mock", skip_serializing_if = "::std::option::Option::is_none")]
        pub mock: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "MockHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_headers: ::std::option::Option<ApiHistoryServiceConfigMockHeaders>,
        ///Body returned by the mock backend.
        #[serde(
            rename = "MockResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_result: ::std::option::Option<::std::string::String>,
        ///Status code returned by the mock backend.
        #[serde(
            rename = "MockStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_status_code: ::std::option::Option<i32>,
        #[serde(
            rename = "OssConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oss_config: ::std::option::Option<OssConfig>,
        ///Backend base URL.
        #[serde(
            rename = "ServiceAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_address: ::std::option::Option<::std::string::String>,
        ///HTTP method used towards the backend.
        #[serde(
            rename = "ServiceHttpMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_http_method: ::std::option::Option<::std::string::String>,
        ///Backend path.
        #[serde(
            rename = "ServicePath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_path: ::std::option::Option<::std::string::String>,
        ///Backend protocol: `HTTP`, `HTTPS` or `FunctionCompute`.
        #[serde(
            rename = "ServiceProtocol",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_protocol: ::std::option::Option<::std::string::String>,
        ///Backend timeout in milliseconds.
        #[serde(
            rename = "ServiceTimeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_timeout: ::std::option::Option<i32>,
        ///`TRUE` if the backend is reached through a VPC channel, else `FALSE`.
        #[serde(
            rename = "ServiceVpcEnable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_vpc_enable: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "VpcConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_config: ::std::option::Option<ApiHistoryVpcConfig>,
        ///ID of the VPC.
        #[serde(
            rename = "VpcId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_id: ::std::option::Option<::std::string::String>,
    }
    impl ApiHistoryServiceConfig {
        pub fn builder() -> builder::ApiHistoryServiceConfig {
            Default::default()
        }
    }
    ///Headers returned by the mock backend.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiHistoryServiceConfigMockHeaders {
        #[serde(
            rename = "MockHeader",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub mock_header: ::std::vec::Vec<MockHeader>,
    }
    impl ApiHistoryServiceConfigMockHeaders {
        pub fn builder() -> builder::ApiHistoryServiceConfigMockHeaders {
            Default::default()
        }
    }
    ///VPC channel settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ApiHistoryVpcConfig {
        ///ID of the instance (ECS/SLB) inside the VPC.
        #[serde(
            rename = "InstanceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub instance_id: ::std::option::Option<::std::string::String>,
        ///Name of the VPC access authorisation.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Port of the instance.
        #[serde(rename = "Port", skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i32>,
        ///ID of the VPC.
        #[serde(
            rename = "VpcId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_id: ::std::option::Option<::std::string::String>,
        ///Protocol used inside the VPC, e.g. `HTTP`.
        #[serde(
            rename = "VpcScheme",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_scheme: ::std::option::Option<::std::string::String>,
    }
    impl ApiHistoryVpcConfig {
        pub fn builder() -> builder::ApiHistoryVpcConfig {
            Default::default()
        }
    }
    ///The backend service the API version was bound to.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BackendConfig {
        ///ID of the backend service.
        #[serde(
            rename = "BackendId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backend_id: ::std::option::Option<::std::string::String>,
        ///Name of the backend service.
        #[serde(
            rename = "BackendName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backend_name: ::std::option::Option<::std::string::String>,
        ///Type of the backend service, e.g. `HTTP`.
        #[serde(
            rename = "BackendType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backend_type: ::std::option::Option<::std::string::String>,
    }
    impl BackendConfig {
        pub fn builder() -> builder::BackendConfig {
            Default::default()
        }
    }
    ///One API to unpublish in `BatchAbolishApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BatchAbolishApiItem {
        ///ID of the API.
        #[serde(rename = "ApiUid")]
        pub api_uid: ::std::string::String,
        ///ID of the API group the API belongs to.
        #[serde(rename = "GroupId")]
        pub group_id: ::std::string::String,
        ///ID of the environment (an alternative way to name it).
        #[serde(
            rename = "StageId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<StageName>,
    }
    impl BatchAbolishApiItem {
        pub fn builder() -> builder::BatchAbolishApiItem {
            Default::default()
        }
    }
    ///APIs to unpublish; flattened on the wire as `Api.N.ApiUid`, `Api.N.GroupId`, `Api.N.StageName`, `Api.N.StageId`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct BatchAbolishApiList(pub ::std::vec::Vec<BatchAbolishApiItem>);
    impl ::std::ops::Deref for BatchAbolishApiList {
        type Target = ::std::vec::Vec<BatchAbolishApiItem>;
        fn deref(&self) -> &::std::vec::Vec<BatchAbolishApiItem> {
            &self.0
        }
    }
    impl ::std::convert::From<BatchAbolishApiList>
    for ::std::vec::Vec<BatchAbolishApiItem> {
        fn from(value: BatchAbolishApiList) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<BatchAbolishApiItem>>
    for BatchAbolishApiList {
        fn from(value: ::std::vec::Vec<BatchAbolishApiItem>) -> Self {
            Self(value)
        }
    }
    ///Result of `BatchAbolishApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BatchAbolishApisResponse {
        ///ID of the asynchronous unpublishing task; query it with `DescribeAbolishApiTask`.
        #[serde(
            rename = "OperationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub operation_id: ::std::option::Option<::std::string::String>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl BatchAbolishApisResponse {
        pub fn builder() -> builder::BatchAbolishApisResponse {
            Default::default()
        }
    }
    ///One API to publish in `BatchDeployApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct BatchDeployApiItem {
        ///ID of the API.
        #[serde(rename = "ApiUid")]
        pub api_uid: ::std::string::String,
        ///ID of the API group the API belongs to.
        #[serde(rename = "GroupId")]
        pub group_id: ::std::string::String,
    }
    impl BatchDeployApiItem {
        pub fn builder() -> builder::BatchDeployApiItem {
            Default::default()
        }
    }
    ///APIs to publish; flattened on the wire as `Api.N.ApiUid` / `Api.N.GroupId`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct BatchDeployApiList(pub ::std::vec::Vec<BatchDeployApiItem>);
    impl ::std::ops::Deref for BatchDeployApiList {
        type Target = ::std::vec::Vec<BatchDeployApiItem>;
        fn deref(&self) -> &::std::vec::Vec<BatchDeployApiItem> {
            &self.0
        }
    }
    impl ::std::convert::From<BatchDeployApiList>
    for ::std::vec::Vec<BatchDeployApiItem> {
        fn from(value: BatchDeployApiList) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<BatchDeployApiItem>>
    for BatchDeployApiList {
        fn from(value: ::std::vec::Vec<BatchDeployApiItem>) -> Self {
            Self(value)
        }
    }
    ///Result of `BatchDeployApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BatchDeployApisResponse {
        ///ID of the asynchronous publishing task; query it with `DescribeDeployApiTask`.
        #[serde(
            rename = "OperationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub operation_id: ::std::option::Option<::std::string::String>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl BatchDeployApisResponse {
        pub fn builder() -> builder::BatchDeployApisResponse {
            Default::default()
        }
    }
    ///A constant sent to the backend on every call.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ConstantParameter {
        ///The constant value.
        #[serde(
            rename = "ConstantValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub constant_value: ::std::option::Option<::std::string::String>,
        ///Description of the parameter.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Where the parameter travels: `BODY`, `HEAD`, `QUERY` or `PATH`.
        #[serde(
            rename = "Location",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location: ::std::option::Option<::std::string::String>,
        ///Name of the parameter at the backend.
        #[serde(
            rename = "ServiceParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameter_name: ::std::option::Option<::std::string::String>,
    }
    impl ConstantParameter {
        pub fn builder() -> builder::ConstantParameter {
            Default::default()
        }
    }
    ///A custom system parameter forwarded to the backend.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomSystemParameter {
        ///Sample value.
        #[serde(
            rename = "DemoValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub demo_value: ::std::option::Option<::std::string::String>,
        ///Description of the parameter.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Where the parameter travels: `BODY`, `HEAD`, `QUERY` or `PATH`.
        #[serde(
            rename = "Location",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location: ::std::option::Option<::std::string::String>,
        ///Name of the system parameter.
        #[serde(
            rename = "ParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_name: ::std::option::Option<::std::string::String>,
        ///Name of the parameter at the backend.
        #[serde(
            rename = "ServiceParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameter_name: ::std::option::Option<::std::string::String>,
    }
    impl CustomSystemParameter {
        pub fn builder() -> builder::CustomSystemParameter {
            Default::default()
        }
    }
    ///Result of `DeployApi`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployApiResponse {
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DeployApiResponse {
        pub fn builder() -> builder::DeployApiResponse {
            Default::default()
        }
    }
    ///Summary of one published API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedApiItem {
        ///ID of the API.
        #[serde(
            rename = "ApiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///HTTP method of the API.
        #[serde(
            rename = "ApiMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_method: ::std::option::Option<::std::string::String>,
        ///Name of the API.
        #[serde(
            rename = "ApiName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_name: ::std::option::Option<::std::string::String>,
        ///Request path of the API.
        #[serde(
            rename = "ApiPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_path: ::std::option::Option<::std::string::String>,
        ///When the API was published (UTC, as Alibaba formats it).
        #[serde(
            rename = "DeployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_time: ::std::option::Option<::std::string::String>,
        ///Description of the API.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Name of the API group.
        #[serde(
            rename = "GroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///Region of the API.
        #[serde(
            rename = "RegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_id: ::std::option::Option<::std::string::String>,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
        ///`PUBLIC` or `PRIVATE`.
        #[serde(
            rename = "Visibility",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub visibility: ::std::option::Option<::std::string::String>,
    }
    impl DeployedApiItem {
        pub fn builder() -> builder::DeployedApiItem {
            Default::default()
        }
    }
    ///How callers reach the published API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedApiRequestConfig {
        ///`FORM` or `STREAM`; only meaningful in `MAPPING` mode for POST/PUT.
        #[serde(
            rename = "BodyFormat",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub body_format: ::std::option::Option<::std::string::String>,
        ///URL of the body model.
        #[serde(
            rename = "BodyModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub body_model: ::std::option::Option<::std::string::String>,
        ///Description of the request body.
        #[serde(
            rename = "PostBodyDescription",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub post_body_description: ::std::option::Option<::std::string::String>,
        ///HTTP method callers use.
        #[serde(
            rename = "RequestHttpMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_http_method: ::std::option::Option<::std::string::String>,
        ///`MAPPING`, `PASSTHROUGH` or `MAPPING_PASSTHROUGH`.
        #[serde(
            rename = "RequestMode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_mode: ::std::option::Option<::std::string::String>,
        ///Request path, e.g. `/object/add`.
        #[serde(
            rename = "RequestPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_path: ::std::option::Option<::std::string::String>,
        ///Accepted protocols, comma-separated: `HTTP`, `HTTPS`, `WebSocket`.
        #[serde(
            rename = "RequestProtocol",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_protocol: ::std::option::Option<::std::string::String>,
    }
    impl DeployedApiRequestConfig {
        pub fn builder() -> builder::DeployedApiRequestConfig {
            Default::default()
        }
    }
    ///How the gateway calls the backend of the published API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedApiServiceConfig {
        #[serde(
            rename = "FunctionComputeConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub function_compute_config: ::std::option::Option<FunctionComputeConfig>,
        ///`TRUE` if the mock backend is enabled, else `FALSE`.
        #[serde(rename = "Mock", skip_serializing_if = "::std::option::Option::is_none")]
        pub mock: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "MockHeaders",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_headers: ::std::option::Option<DeployedApiServiceConfigMockHeaders>,
        ///Body returned by the mock backend.
        #[serde(
            rename = "MockResult",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_result: ::std::option::Option<::std::string::String>,
        ///Status code returned by the mock backend.
        #[serde(
            rename = "MockStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mock_status_code: ::std::option::Option<i32>,
        ///Backend base URL, e.g. `http://api.example.com:8080`.
        #[serde(
            rename = "ServiceAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_address: ::std::option::Option<::std::string::String>,
        ///HTTP method used towards the backend.
        #[serde(
            rename = "ServiceHttpMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_http_method: ::std::option::Option<::std::string::String>,
        ///Backend path.
        #[serde(
            rename = "ServicePath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_path: ::std::option::Option<::std::string::String>,
        ///Backend protocol: `HTTP`, `HTTPS` or `FunctionCompute`.
        #[serde(
            rename = "ServiceProtocol",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_protocol: ::std::option::Option<::std::string::String>,
        ///Backend timeout in milliseconds.
        #[serde(
            rename = "ServiceTimeout",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_timeout: ::std::option::Option<i32>,
        ///`TRUE` if the backend is reached through a VPC channel, else `FALSE`.
        #[serde(
            rename = "ServiceVpcEnable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_vpc_enable: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "VpcConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_config: ::std::option::Option<DeployedApiVpcConfig>,
        ///ID of the VPC.
        #[serde(
            rename = "VpcId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_id: ::std::option::Option<::std::string::String>,
    }
    impl DeployedApiServiceConfig {
        pub fn builder() -> builder::DeployedApiServiceConfig {
            Default::default()
        }
    }
    ///Headers returned by the mock backend.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedApiServiceConfigMockHeaders {
        #[serde(
            rename = "MockHeader",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub mock_header: ::std::vec::Vec<MockHeader>,
    }
    impl DeployedApiServiceConfigMockHeaders {
        pub fn builder() -> builder::DeployedApiServiceConfigMockHeaders {
            Default::default()
        }
    }
    ///VPC channel settings.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedApiVpcConfig {
        ///ID of the instance (ECS/SLB) inside the VPC.
        #[serde(
            rename = "InstanceId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub instance_id: ::std::option::Option<::std::string::String>,
        ///Name of the VPC access authorisation.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Port of the instance.
        #[serde(rename = "Port", skip_serializing_if = "::std::option::Option::is_none")]
        pub port: ::std::option::Option<i32>,
        ///ID of the VPC.
        #[serde(
            rename = "VpcId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub vpc_id: ::std::option::Option<::std::string::String>,
    }
    impl DeployedApiVpcConfig {
        pub fn builder() -> builder::DeployedApiVpcConfig {
            Default::default()
        }
    }
    ///Entries per page for `DescribeDeployedApis` (1–100).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DeployedApisPageSize(pub ::std::num::NonZeroU32);
    impl ::std::ops::Deref for DeployedApisPageSize {
        type Target = ::std::num::NonZeroU32;
        fn deref(&self) -> &::std::num::NonZeroU32 {
            &self.0
        }
    }
    impl ::std::convert::From<DeployedApisPageSize> for ::std::num::NonZeroU32 {
        fn from(value: DeployedApisPageSize) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU32> for DeployedApisPageSize {
        fn from(value: ::std::num::NonZeroU32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for DeployedApisPageSize {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for DeployedApisPageSize {
        type Err = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeployedApisPageSize {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for DeployedApisPageSize {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Outcome of publishing one API within a batch task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeployedResult {
        ///ID of the API.
        #[serde(
            rename = "ApiUid",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_uid: ::std::option::Option<::std::string::String>,
        ///Publishing status of this API: `DEPLOYING` while the task runs, then `SUCCEED` or `FAILED`. Alibaba's own example answers `OVER` (finished), with `ErrorMsg` telling the outcome (`Success. Request Success.`).
        #[serde(
            rename = "DeployedStatus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_status: ::std::option::Option<::std::string::String>,
        ///Result message; a success text when nothing went wrong.
        #[serde(
            rename = "ErrorMsg",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_msg: ::std::option::Option<::std::string::String>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
    }
    impl DeployedResult {
        pub fn builder() -> builder::DeployedResult {
            Default::default()
        }
    }
    ///Result of `DescribeAbolishApiTask`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeAbolishApiTaskResponse {
        #[serde(
            rename = "ApiAbolishResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_abolish_results: ::std::option::Option<
            DescribeAbolishApiTaskResponseApiAbolishResults,
        >,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DescribeAbolishApiTaskResponse {
        pub fn builder() -> builder::DescribeAbolishApiTaskResponse {
            Default::default()
        }
    }
    ///Per-API results of the task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeAbolishApiTaskResponseApiAbolishResults {
        #[serde(
            rename = "ApiAbolishResult",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub api_abolish_result: ::std::vec::Vec<ApiAbolishResult>,
    }
    impl DescribeAbolishApiTaskResponseApiAbolishResults {
        pub fn builder() -> builder::DescribeAbolishApiTaskResponseApiAbolishResults {
            Default::default()
        }
    }
    ///Result of `DescribeApiHistory`: the API definition of one historical version.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponse {
        ///Signature algorithms accepted from apps: `HmacSHA256` or `HmacSHA1,HmacSHA256`.
        #[serde(
            rename = "AllowSignatureMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_signature_method: ::std::option::Option<::std::string::String>,
        ///ID of the API.
        #[serde(
            rename = "ApiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Name of the API.
        #[serde(
            rename = "ApiName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_name: ::std::option::Option<::std::string::String>,
        ///AppCode authentication: `DEFAULT`, `DISABLE`, `HEADER` or `HEADER_QUERY`.
        #[serde(
            rename = "AppCodeAuthType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub app_code_auth_type: ::std::option::Option<::std::string::String>,
        ///Caller authentication: `APP` (authorised applications only) or `ANONYMOUS`.
        #[serde(
            rename = "AuthType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "BackendConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backend_config: ::std::option::Option<BackendConfig>,
        ///Whether the API uses a separately defined backend service.
        #[serde(
            rename = "BackendEnable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub backend_enable: ::std::option::Option<bool>,
        #[serde(
            rename = "ConstantParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub constant_parameters: ::std::option::Option<
            DescribeApiHistoryResponseConstantParameters,
        >,
        #[serde(
            rename = "CustomSystemParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_system_parameters: ::std::option::Option<
            DescribeApiHistoryResponseCustomSystemParameters,
        >,
        ///When this definition was published (UTC, as Alibaba formats it).
        #[serde(
            rename = "DeployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_time: ::std::option::Option<::std::string::String>,
        ///Description of the API.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether calls are limited to the VPC.
        #[serde(
            rename = "DisableInternet",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_internet: ::std::option::Option<bool>,
        #[serde(
            rename = "ErrorCodeSamples",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code_samples: ::std::option::Option<
            DescribeApiHistoryResponseErrorCodeSamples,
        >,
        ///Sample error response.
        #[serde(
            rename = "FailResultSample",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_result_sample: ::std::option::Option<::std::string::String>,
        ///Whether callers must send a unique `X-Ca-Nonce` (replay protection).
        #[serde(
            rename = "ForceNonceCheck",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub force_nonce_check: ::std::option::Option<bool>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Name of the API group.
        #[serde(
            rename = "GroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        ///The historical version returned.
        #[serde(
            rename = "HistoryVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub history_version: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "OpenIdConnectConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub open_id_connect_config: ::std::option::Option<OpenIdConnectConfig>,
        ///Region of the API group.
        #[serde(
            rename = "RegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "RequestConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_config: ::std::option::Option<ApiHistoryRequestConfig>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "RequestParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_parameters: ::std::option::Option<
            DescribeApiHistoryResponseRequestParameters,
        >,
        ///Model of the response body.
        #[serde(
            rename = "ResultBodyModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_body_model: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ResultDescriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_descriptions: ::std::option::Option<
            DescribeApiHistoryResponseResultDescriptions,
        >,
        ///Sample success response.
        #[serde(
            rename = "ResultSample",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_sample: ::std::option::Option<::std::string::String>,
        ///Response format of the backend: `JSON`, `TEXT`, `BINARY`, `XML` or `HTML`.
        #[serde(
            rename = "ResultType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ServiceConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_config: ::std::option::Option<ApiHistoryServiceConfig>,
        #[serde(
            rename = "ServiceParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameters: ::std::option::Option<
            DescribeApiHistoryResponseServiceParameters,
        >,
        #[serde(
            rename = "ServiceParametersMap",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameters_map: ::std::option::Option<
            DescribeApiHistoryResponseServiceParametersMap,
        >,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
        ///Status of this version as reported by Alibaba.
        #[serde(
            rename = "Status",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SystemParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_parameters: ::std::option::Option<
            DescribeApiHistoryResponseSystemParameters,
        >,
        ///`PUBLIC` or `PRIVATE`.
        #[serde(
            rename = "Visibility",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub visibility: ::std::option::Option<::std::string::String>,
        ///Two-way communication role: `COMMON`, `REGISTER`, `UNREGISTER` or `NOTIFY`.
        #[serde(
            rename = "WebSocketApiType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub web_socket_api_type: ::std::option::Option<::std::string::String>,
    }
    impl DescribeApiHistoryResponse {
        pub fn builder() -> builder::DescribeApiHistoryResponse {
            Default::default()
        }
    }
    ///Constant parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseConstantParameters {
        #[serde(
            rename = "ConstantParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub constant_parameter: ::std::vec::Vec<ConstantParameter>,
    }
    impl DescribeApiHistoryResponseConstantParameters {
        pub fn builder() -> builder::DescribeApiHistoryResponseConstantParameters {
            Default::default()
        }
    }
    ///Custom system parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseCustomSystemParameters {
        #[serde(
            rename = "CustomSystemParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub custom_system_parameter: ::std::vec::Vec<CustomSystemParameter>,
    }
    impl DescribeApiHistoryResponseCustomSystemParameters {
        pub fn builder() -> builder::DescribeApiHistoryResponseCustomSystemParameters {
            Default::default()
        }
    }
    ///Documented backend errors.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseErrorCodeSamples {
        #[serde(
            rename = "ErrorCodeSample",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub error_code_sample: ::std::vec::Vec<ErrorCodeSample>,
    }
    impl DescribeApiHistoryResponseErrorCodeSamples {
        pub fn builder() -> builder::DescribeApiHistoryResponseErrorCodeSamples {
            Default::default()
        }
    }
    ///Parameters callers send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseRequestParameters {
        #[serde(
            rename = "RequestParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub request_parameter: ::std::vec::Vec<RequestParameter>,
    }
    impl DescribeApiHistoryResponseRequestParameters {
        pub fn builder() -> builder::DescribeApiHistoryResponseRequestParameters {
            Default::default()
        }
    }
    ///Documented response structure.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseResultDescriptions {
        #[serde(
            rename = "ResultDescription",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub result_description: ::std::vec::Vec<ResultDescription>,
    }
    impl DescribeApiHistoryResponseResultDescriptions {
        pub fn builder() -> builder::DescribeApiHistoryResponseResultDescriptions {
            Default::default()
        }
    }
    ///Parameters the backend receives.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseServiceParameters {
        #[serde(
            rename = "ServiceParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub service_parameter: ::std::vec::Vec<ServiceParameter>,
    }
    impl DescribeApiHistoryResponseServiceParameters {
        pub fn builder() -> builder::DescribeApiHistoryResponseServiceParameters {
            Default::default()
        }
    }
    ///Caller-to-backend parameter mapping.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseServiceParametersMap {
        #[serde(
            rename = "ServiceParameterMap",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub service_parameter_map: ::std::vec::Vec<ServiceParameterMap>,
    }
    impl DescribeApiHistoryResponseServiceParametersMap {
        pub fn builder() -> builder::DescribeApiHistoryResponseServiceParametersMap {
            Default::default()
        }
    }
    ///Gateway system parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeApiHistoryResponseSystemParameters {
        #[serde(
            rename = "SystemParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub system_parameter: ::std::vec::Vec<SystemParameter>,
    }
    impl DescribeApiHistoryResponseSystemParameters {
        pub fn builder() -> builder::DescribeApiHistoryResponseSystemParameters {
            Default::default()
        }
    }
    ///Result of `DescribeDeployApiTask`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployApiTaskResponse {
        #[serde(
            rename = "DeployedResults",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_results: ::std::option::Option<
            DescribeDeployApiTaskResponseDeployedResults,
        >,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DescribeDeployApiTaskResponse {
        pub fn builder() -> builder::DescribeDeployApiTaskResponse {
            Default::default()
        }
    }
    ///Per-API results of the task.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployApiTaskResponseDeployedResults {
        #[serde(
            rename = "DeployedResult",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub deployed_result: ::std::vec::Vec<DeployedResult>,
    }
    impl DescribeDeployApiTaskResponseDeployedResults {
        pub fn builder() -> builder::DescribeDeployApiTaskResponseDeployedResults {
            Default::default()
        }
    }
    ///Result of `DescribeDeployedApi`: the published API definition.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponse {
        ///Signature algorithms accepted from apps: `HmacSHA256` or `HmacSHA1,HmacSHA256`.
        #[serde(
            rename = "AllowSignatureMethod",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_signature_method: ::std::option::Option<::std::string::String>,
        ///ID of the API.
        #[serde(
            rename = "ApiId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_id: ::std::option::Option<::std::string::String>,
        ///Name of the API.
        #[serde(
            rename = "ApiName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_name: ::std::option::Option<::std::string::String>,
        ///Caller authentication: `APP` (authorised applications only) or `ANONYMOUS`.
        #[serde(
            rename = "AuthType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ConstantParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub constant_parameters: ::std::option::Option<
            DescribeDeployedApiResponseConstantParameters,
        >,
        #[serde(
            rename = "CustomSystemParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub custom_system_parameters: ::std::option::Option<
            DescribeDeployedApiResponseCustomSystemParameters,
        >,
        ///When this definition was published (UTC, as Alibaba formats it).
        #[serde(
            rename = "DeployedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_time: ::std::option::Option<::std::string::String>,
        ///Description of the API.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether calls are limited to the VPC.
        #[serde(
            rename = "DisableInternet",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_internet: ::std::option::Option<bool>,
        #[serde(
            rename = "ErrorCodeSamples",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code_samples: ::std::option::Option<
            DescribeDeployedApiResponseErrorCodeSamples,
        >,
        ///Sample error response.
        #[serde(
            rename = "FailResultSample",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fail_result_sample: ::std::option::Option<::std::string::String>,
        ///Whether callers must send a unique `X-Ca-Nonce` (replay protection).
        #[serde(
            rename = "ForceNonceCheck",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub force_nonce_check: ::std::option::Option<bool>,
        ///ID of the API group.
        #[serde(
            rename = "GroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<::std::string::String>,
        ///Name of the API group.
        #[serde(
            rename = "GroupName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "OpenIdConnectConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub open_id_connect_config: ::std::option::Option<OpenIdConnectConfig>,
        ///Region of the API group.
        #[serde(
            rename = "RegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "RequestConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_config: ::std::option::Option<DeployedApiRequestConfig>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "RequestParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_parameters: ::std::option::Option<
            DescribeDeployedApiResponseRequestParameters,
        >,
        ///Model of the response body.
        #[serde(
            rename = "ResultBodyModel",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_body_model: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ResultDescriptions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_descriptions: ::std::option::Option<
            DescribeDeployedApiResponseResultDescriptions,
        >,
        ///Sample success response.
        #[serde(
            rename = "ResultSample",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_sample: ::std::option::Option<::std::string::String>,
        ///Response format of the backend: `JSON`, `TEXT`, `BINARY`, `XML` or `HTML`.
        #[serde(
            rename = "ResultType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub result_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ServiceConfig",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_config: ::std::option::Option<DeployedApiServiceConfig>,
        #[serde(
            rename = "ServiceParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameters: ::std::option::Option<
            DescribeDeployedApiResponseServiceParameters,
        >,
        #[serde(
            rename = "ServiceParametersMap",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameters_map: ::std::option::Option<
            DescribeDeployedApiResponseServiceParametersMap,
        >,
        ///Runtime environment (`RELEASE`, `PRE` or `TEST`).
        #[serde(
            rename = "StageName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub stage_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "SystemParameters",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub system_parameters: ::std::option::Option<
            DescribeDeployedApiResponseSystemParameters,
        >,
        ///`PUBLIC` or `PRIVATE`.
        #[serde(
            rename = "Visibility",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub visibility: ::std::option::Option<::std::string::String>,
    }
    impl DescribeDeployedApiResponse {
        pub fn builder() -> builder::DescribeDeployedApiResponse {
            Default::default()
        }
    }
    ///Constant parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseConstantParameters {
        #[serde(
            rename = "ConstantParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub constant_parameter: ::std::vec::Vec<ConstantParameter>,
    }
    impl DescribeDeployedApiResponseConstantParameters {
        pub fn builder() -> builder::DescribeDeployedApiResponseConstantParameters {
            Default::default()
        }
    }
    ///Custom system parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseCustomSystemParameters {
        #[serde(
            rename = "CustomSystemParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub custom_system_parameter: ::std::vec::Vec<CustomSystemParameter>,
    }
    impl DescribeDeployedApiResponseCustomSystemParameters {
        pub fn builder() -> builder::DescribeDeployedApiResponseCustomSystemParameters {
            Default::default()
        }
    }
    ///Documented backend errors.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseErrorCodeSamples {
        #[serde(
            rename = "ErrorCodeSample",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub error_code_sample: ::std::vec::Vec<ErrorCodeSample>,
    }
    impl DescribeDeployedApiResponseErrorCodeSamples {
        pub fn builder() -> builder::DescribeDeployedApiResponseErrorCodeSamples {
            Default::default()
        }
    }
    ///Parameters callers send.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseRequestParameters {
        #[serde(
            rename = "RequestParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub request_parameter: ::std::vec::Vec<RequestParameter>,
    }
    impl DescribeDeployedApiResponseRequestParameters {
        pub fn builder() -> builder::DescribeDeployedApiResponseRequestParameters {
            Default::default()
        }
    }
    ///Documented response structure.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseResultDescriptions {
        #[serde(
            rename = "ResultDescription",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub result_description: ::std::vec::Vec<ResultDescription>,
    }
    impl DescribeDeployedApiResponseResultDescriptions {
        pub fn builder() -> builder::DescribeDeployedApiResponseResultDescriptions {
            Default::default()
        }
    }
    ///Parameters the backend receives.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseServiceParameters {
        #[serde(
            rename = "ServiceParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub service_parameter: ::std::vec::Vec<ServiceParameter>,
    }
    impl DescribeDeployedApiResponseServiceParameters {
        pub fn builder() -> builder::DescribeDeployedApiResponseServiceParameters {
            Default::default()
        }
    }
    ///Caller-to-backend parameter mapping.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseServiceParametersMap {
        #[serde(
            rename = "ServiceParameterMap",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub service_parameter_map: ::std::vec::Vec<ServiceParameterMap>,
    }
    impl DescribeDeployedApiResponseServiceParametersMap {
        pub fn builder() -> builder::DescribeDeployedApiResponseServiceParametersMap {
            Default::default()
        }
    }
    ///Gateway system parameters forwarded.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApiResponseSystemParameters {
        #[serde(
            rename = "SystemParameter",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub system_parameter: ::std::vec::Vec<SystemParameter>,
    }
    impl DescribeDeployedApiResponseSystemParameters {
        pub fn builder() -> builder::DescribeDeployedApiResponseSystemParameters {
            Default::default()
        }
    }
    ///Result of `DescribeDeployedApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApisResponse {
        #[serde(
            rename = "DeployedApis",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deployed_apis: ::std::option::Option<
            DescribeDeployedApisResponseDeployedApis,
        >,
        ///Number of this page.
        #[serde(
            rename = "PageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i32>,
        ///Entries per page.
        #[serde(
            rename = "PageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///Number of matching entries over all pages.
        #[serde(
            rename = "TotalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl DescribeDeployedApisResponse {
        pub fn builder() -> builder::DescribeDeployedApisResponse {
            Default::default()
        }
    }
    ///The APIs on this page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeDeployedApisResponseDeployedApis {
        #[serde(
            rename = "DeployedApiItem",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub deployed_api_item: ::std::vec::Vec<DeployedApiItem>,
    }
    impl DescribeDeployedApisResponseDeployedApis {
        pub fn builder() -> builder::DescribeDeployedApisResponseDeployedApis {
            Default::default()
        }
    }
    ///Result of `DescribeHistoryApis`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeHistoryApisResponse {
        #[serde(
            rename = "ApiHisItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_his_items: ::std::option::Option<DescribeHistoryApisResponseApiHisItems>,
        ///Number of this page.
        #[serde(
            rename = "PageNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_number: ::std::option::Option<i32>,
        ///Entries per page.
        #[serde(
            rename = "PageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
        ///Number of matching entries over all pages.
        #[serde(
            rename = "TotalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl DescribeHistoryApisResponse {
        pub fn builder() -> builder::DescribeHistoryApisResponse {
            Default::default()
        }
    }
    ///The versions on this page.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DescribeHistoryApisResponseApiHisItems {
        #[serde(
            rename = "ApiHisItem",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub api_his_item: ::std::vec::Vec<ApiHisItem>,
    }
    impl DescribeHistoryApisResponseApiHisItems {
        pub fn builder() -> builder::DescribeHistoryApisResponseApiHisItems {
            Default::default()
        }
    }
    ///A documented error of the backend service.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorCodeSample {
        ///Error code.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Explanation of the error.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Error message.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl ErrorCodeSample {
        pub fn builder() -> builder::ErrorCodeSample {
            Default::default()
        }
    }
    ///Error body returned by Alibaba Cloud's OpenAPI gateway with a 4xx/5xx status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ErrorResponse {
        ///Machine-readable error code, e.g. `InvalidParameter`, `Throttling.User`, `SignatureDoesNotMatch`.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Endpoint that answered, e.g. `apigateway.cn-hangzhou.aliyuncs.com`.
        #[serde(
            rename = "HostId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_id: ::std::option::Option<::std::string::String>,
        ///Human-readable explanation.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///Link to Alibaba's diagnosis page for this request.
        #[serde(
            rename = "Recommend",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///ID of the failed request.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///Backend settings when the backend is EventBridge.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EventBridgeConfig {
        ///Region of the EventBridge instance.
        #[serde(
            rename = "EventBridgeRegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_bridge_region_id: ::std::option::Option<::std::string::String>,
        ///Event bus name.
        #[serde(
            rename = "EventBus",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_bus: ::std::option::Option<::std::string::String>,
        ///Event source.
        #[serde(
            rename = "EventSource",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub event_source: ::std::option::Option<::std::string::String>,
        ///ARN of the RAM role the gateway assumes to publish events.
        #[serde(
            rename = "RoleArn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_arn: ::std::option::Option<::std::string::String>,
    }
    impl EventBridgeConfig {
        pub fn builder() -> builder::EventBridgeConfig {
            Default::default()
        }
    }
    ///Backend settings when the backend is Function Compute.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct FunctionComputeConfig {
        ///How the backend Content-Type is chosen: `DEFAULT`, `CUSTOM` or `CLIENT` (Alibaba's spelling of the field name).
        #[serde(
            rename = "ContentTypeCatagory",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type_catagory: ::std::option::Option<::std::string::String>,
        ///Content-Type value when the category is `DEFAULT` or `CUSTOM`.
        #[serde(
            rename = "ContentTypeValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub content_type_value: ::std::option::Option<::std::string::String>,
        ///Root URL of the Function Compute trigger.
        #[serde(
            rename = "FcBaseUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fc_base_url: ::std::option::Option<::std::string::String>,
        ///Kind of Function Compute backend, e.g. `HttpTrigger`.
        #[serde(
            rename = "FcType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub fc_type: ::std::option::Option<::std::string::String>,
        ///Function name.
        #[serde(
            rename = "FunctionName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub function_name: ::std::option::Option<::std::string::String>,
        ///HTTP method used for the call.
        #[serde(
            rename = "Method",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub method: ::std::option::Option<::std::string::String>,
        ///Whether the backend receives only the business path.
        #[serde(
            rename = "OnlyBusinessPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub only_business_path: ::std::option::Option<bool>,
        ///Request path.
        #[serde(rename = "Path", skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
        ///Alias or version of the function.
        #[serde(
            rename = "Qualifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub qualifier: ::std::option::Option<::std::string::String>,
        ///Region of the Function Compute service.
        #[serde(
            rename = "RegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub region_id: ::std::option::Option<::std::string::String>,
        ///ARN of the RAM role the gateway assumes to invoke the function.
        #[serde(
            rename = "RoleArn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub role_arn: ::std::option::Option<::std::string::String>,
        ///Function Compute service name.
        #[serde(
            rename = "ServiceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_name: ::std::option::Option<::std::string::String>,
    }
    impl FunctionComputeConfig {
        pub fn builder() -> builder::FunctionComputeConfig {
            Default::default()
        }
    }
    ///A header returned by the mock backend.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct MockHeader {
        ///Header name.
        #[serde(
            rename = "HeaderName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub header_name: ::std::option::Option<::std::string::String>,
        ///Header value.
        #[serde(
            rename = "HeaderValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub header_value: ::std::option::Option<::std::string::String>,
    }
    impl MockHeader {
        pub fn builder() -> builder::MockHeader {
            Default::default()
        }
    }
    ///OpenID Connect settings of the API.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OpenIdConnectConfig {
        ///Name of the parameter that carries the token.
        #[serde(
            rename = "IdTokenParamName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token_param_name: ::std::option::Option<::std::string::String>,
        ///`IDTOKEN` for the API that issues tokens, `BUSINESS` for APIs called with a token.
        #[serde(
            rename = "OpenIdApiType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub open_id_api_type: ::std::option::Option<::std::string::String>,
        ///Public key used to verify tokens.
        #[serde(
            rename = "PublicKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub public_key: ::std::option::Option<::std::string::String>,
        ///ID of the public key.
        #[serde(
            rename = "PublicKeyId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub public_key_id: ::std::option::Option<::std::string::String>,
    }
    impl OpenIdConnectConfig {
        pub fn builder() -> builder::OpenIdConnectConfig {
            Default::default()
        }
    }
    ///Backend settings when the backend is OSS.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OssConfig {
        ///OSS operation: `GetObject`, `PostObject`, `DeleteObject`, `PutObject`, `HeadObject`, `GetObjectMeta` or `AppendObject`.
        #[serde(
            rename = "Action",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub action: ::std::option::Option<::std::string::String>,
        ///Bucket name.
        #[serde(
            rename = "BucketName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bucket_name: ::std::option::Option<::std::string::String>,
        ///Object key or folder path.
        #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Region of the OSS bucket.
        #[serde(
            rename = "OssRegionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub oss_region_id: ::std::option::Option<::std::string::String>,
    }
    impl OssConfig {
        pub fn builder() -> builder::OssConfig {
            Default::default()
        }
    }
    ///Page number, counting from 1.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PageNumber(pub ::std::num::NonZeroU32);
    impl ::std::ops::Deref for PageNumber {
        type Target = ::std::num::NonZeroU32;
        fn deref(&self) -> &::std::num::NonZeroU32 {
            &self.0
        }
    }
    impl ::std::convert::From<PageNumber> for ::std::num::NonZeroU32 {
        fn from(value: PageNumber) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU32> for PageNumber {
        fn from(value: ::std::num::NonZeroU32) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PageNumber {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PageNumber {
        type Err = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PageNumber {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PageNumber {
        type Error = <::std::num::NonZeroU32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A parameter that callers send to the gateway.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RequestParameter {
        ///Name of the parameter.
        #[serde(
            rename = "ApiParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub api_parameter_name: ::std::option::Option<::std::string::String>,
        ///Element type when the parameter is an array.
        #[serde(
            rename = "ArrayItemsType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub array_items_type: ::std::option::Option<::std::string::String>,
        ///Default value.
        #[serde(
            rename = "DefaultValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_value: ::std::option::Option<::std::string::String>,
        ///Sample value.
        #[serde(
            rename = "DemoValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub demo_value: ::std::option::Option<::std::string::String>,
        ///Description of the parameter.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Position of the parameter in the documentation.
        #[serde(
            rename = "DocOrder",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub doc_order: ::std::option::Option<i32>,
        ///Whether the parameter appears in the public documentation: `PUBLIC` or `PRIVATE`.
        #[serde(
            rename = "DocShow",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub doc_show: ::std::option::Option<::std::string::String>,
        ///Allowed values, comma-separated.
        #[serde(
            rename = "EnumValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enum_value: ::std::option::Option<::std::string::String>,
        ///JSON schema of the value.
        #[serde(
            rename = "JsonScheme",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub json_scheme: ::std::option::Option<::std::string::String>,
        ///Where the parameter travels: `BODY`, `HEAD`, `QUERY` or `PATH`.
        #[serde(
            rename = "Location",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location: ::std::option::Option<::std::string::String>,
        ///Longest allowed length for `String`.
        #[serde(
            rename = "MaxLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_length: ::std::option::Option<i64>,
        ///Largest allowed value for numeric types.
        #[serde(
            rename = "MaxValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_value: ::std::option::Option<i64>,
        ///Shortest allowed length for `String`.
        #[serde(
            rename = "MinLength",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_length: ::std::option::Option<i64>,
        ///Smallest allowed value for numeric types.
        #[serde(
            rename = "MinValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub min_value: ::std::option::Option<i64>,
        ///Data type: `String`, `Int`, `Long`, `Float`, `Double` or `Boolean`.
        #[serde(
            rename = "ParameterType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_type: ::std::option::Option<::std::string::String>,
        ///Pattern a `String` value must match.
        #[serde(
            rename = "RegularExpression",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub regular_expression: ::std::option::Option<::std::string::String>,
        ///`REQUIRED` or `OPTIONAL`.
        #[serde(
            rename = "Required",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub required: ::std::option::Option<::std::string::String>,
    }
    impl RequestParameter {
        pub fn builder() -> builder::RequestParameter {
            Default::default()
        }
    }
    ///One node of the documented response structure.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResultDescription {
        ///Description of the node.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Whether the node has children.
        #[serde(
            rename = "HasChild",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_child: ::std::option::Option<bool>,
        ///ID of the node.
        #[serde(rename = "Id", skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Key of the node.
        #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Whether the node is always present.
        #[serde(
            rename = "Mandatory",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub mandatory: ::std::option::Option<bool>,
        ///Name of the node.
        #[serde(rename = "Name", skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///ID of the parent node.
        #[serde(rename = "Pid", skip_serializing_if = "::std::option::Option::is_none")]
        pub pid: ::std::option::Option<::std::string::String>,
        ///Data type of the node.
        #[serde(rename = "Type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ResultDescription {
        pub fn builder() -> builder::ResultDescription {
            Default::default()
        }
    }
    ///A parameter as the backend receives it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ServiceParameter {
        ///Where the parameter travels: `BODY`, `HEAD`, `QUERY` or `PATH`.
        #[serde(
            rename = "Location",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location: ::std::option::Option<::std::string::String>,
        ///Data type of the parameter at the backend.
        #[serde(
            rename = "ParameterType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_type: ::std::option::Option<::std::string::String>,
        ///Name of the parameter at the backend.
        #[serde(
            rename = "ServiceParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameter_name: ::std::option::Option<::std::string::String>,
    }
    impl ServiceParameter {
        pub fn builder() -> builder::ServiceParameter {
            Default::default()
        }
    }
    ///Maps a caller-side parameter to its backend name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ServiceParameterMap {
        ///Name of the caller-side parameter.
        #[serde(
            rename = "RequestParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_parameter_name: ::std::option::Option<::std::string::String>,
        ///Name of the parameter at the backend.
        #[serde(
            rename = "ServiceParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameter_name: ::std::option::Option<::std::string::String>,
    }
    impl ServiceParameterMap {
        pub fn builder() -> builder::ServiceParameterMap {
            Default::default()
        }
    }
    ///Runtime environment of an API group: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
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
    pub enum StageName {
        #[serde(rename = "RELEASE")]
        Release,
        #[serde(rename = "PRE")]
        Pre,
        #[serde(rename = "TEST")]
        Test,
    }
    impl ::std::fmt::Display for StageName {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Release => f.write_str("RELEASE"),
                Self::Pre => f.write_str("PRE"),
                Self::Test => f.write_str("TEST"),
            }
        }
    }
    impl ::std::str::FromStr for StageName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "RELEASE" => Ok(Self::Release),
                "PRE" => Ok(Self::Pre),
                "TEST" => Ok(Self::Test),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for StageName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for StageName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Note recorded with a version switch.
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct SwitchApiDescription(::std::string::String);
    impl ::std::ops::Deref for SwitchApiDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<SwitchApiDescription> for ::std::string::String {
        fn from(value: SwitchApiDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for SwitchApiDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 200usize {
                return Err("longer than 200 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for SwitchApiDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SwitchApiDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for SwitchApiDescription {
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
    ///Result of `SwitchApi`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SwitchApiResponse {
        ///ID of the request, for support and tracing.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl SwitchApiResponse {
        pub fn builder() -> builder::SwitchApiResponse {
            Default::default()
        }
    }
    ///A gateway system parameter (`CaClientIp`, `CaDomain`, `CaRequestHandleTime`, `CaAppId`, `CaRequestId`, `CaHttpSchema`, `CaProxy`) forwarded to the backend.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SystemParameter {
        ///Sample value.
        #[serde(
            rename = "DemoValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub demo_value: ::std::option::Option<::std::string::String>,
        ///Description of the parameter.
        #[serde(
            rename = "Description",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub description: ::std::option::Option<::std::string::String>,
        ///Where the parameter travels: `BODY`, `HEAD`, `QUERY` or `PATH`.
        #[serde(
            rename = "Location",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub location: ::std::option::Option<::std::string::String>,
        ///Name of the system parameter.
        #[serde(
            rename = "ParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_name: ::std::option::Option<::std::string::String>,
        ///Name of the parameter at the backend.
        #[serde(
            rename = "ServiceParameterName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub service_parameter_name: ::std::option::Option<::std::string::String>,
    }
    impl SystemParameter {
        pub fn builder() -> builder::SystemParameter {
            Default::default()
        }
    }
    ///A tag filter entry.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TagItem {
        ///Tag key.
        #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Tag value.
        #[serde(
            rename = "Value",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl TagItem {
        pub fn builder() -> builder::TagItem {
            Default::default()
        }
    }
    ///Tag filters; flattened on the wire as `Tag.N.Key` / `Tag.N.Value`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct TagList(pub ::std::vec::Vec<TagItem>);
    impl ::std::ops::Deref for TagList {
        type Target = ::std::vec::Vec<TagItem>;
        fn deref(&self) -> &::std::vec::Vec<TagItem> {
            &self.0
        }
    }
    impl ::std::convert::From<TagList> for ::std::vec::Vec<TagItem> {
        fn from(value: TagList) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<TagItem>> for TagList {
        fn from(value: ::std::vec::Vec<TagItem>) -> Self {
            Self(value)
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AbolishApiResponse {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AbolishApiResponse {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl AbolishApiResponse {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AbolishApiResponse> for super::AbolishApiResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AbolishApiResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::AbolishApiResponse> for AbolishApiResponse {
            fn from(value: super::AbolishApiResponse) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiAbolishResult {
            abolish_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
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
        }
        impl ::std::default::Default for ApiAbolishResult {
            fn default() -> Self {
                Self {
                    abolish_status: Ok(Default::default()),
                    api_name: Ok(Default::default()),
                    api_uid: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    stage_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                }
            }
        }
        impl ApiAbolishResult {
            pub fn abolish_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.abolish_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for abolish_status: {e}"
                        )
                    });
                self
            }
            pub fn api_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_name: {e}")
                    });
                self
            }
            pub fn api_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_uid: {e}")
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
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
        impl ::std::convert::TryFrom<ApiAbolishResult> for super::ApiAbolishResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiAbolishResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    abolish_status: value.abolish_status?,
                    api_name: value.api_name?,
                    api_uid: value.api_uid?,
                    error_msg: value.error_msg?,
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    stage_id: value.stage_id?,
                    stage_name: value.stage_name?,
                })
            }
        }
        impl ::std::convert::From<super::ApiAbolishResult> for ApiAbolishResult {
            fn from(value: super::ApiAbolishResult) -> Self {
                Self {
                    abolish_status: Ok(value.abolish_status),
                    api_name: Ok(value.api_name),
                    api_uid: Ok(value.api_uid),
                    error_msg: Ok(value.error_msg),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    stage_id: Ok(value.stage_id),
                    stage_name: Ok(value.stage_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiHisItem {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deployed_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            history_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_alias: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiHisItem {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    api_name: Ok(Default::default()),
                    deployed_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    history_version: Ok(Default::default()),
                    region_id: Ok(Default::default()),
                    stage_alias: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl ApiHisItem {
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
            pub fn api_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_name: {e}")
                    });
                self
            }
            pub fn deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_time: {e}")
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
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn history_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.history_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for history_version: {e}"
                        )
                    });
                self
            }
            pub fn region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_id: {e}")
                    });
                self
            }
            pub fn stage_alias<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.stage_alias = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for stage_alias: {e}")
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
        }
        impl ::std::convert::TryFrom<ApiHisItem> for super::ApiHisItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiHisItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    api_name: value.api_name?,
                    deployed_time: value.deployed_time?,
                    description: value.description?,
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    history_version: value.history_version?,
                    region_id: value.region_id?,
                    stage_alias: value.stage_alias?,
                    stage_name: value.stage_name?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::ApiHisItem> for ApiHisItem {
            fn from(value: super::ApiHisItem) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    api_name: Ok(value.api_name),
                    deployed_time: Ok(value.deployed_time),
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    history_version: Ok(value.history_version),
                    region_id: Ok(value.region_id),
                    stage_alias: Ok(value.stage_alias),
                    stage_name: Ok(value.stage_name),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiHistoryRequestConfig {
            body_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            body_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            escape_path_param: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            post_body_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_http_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_mode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiHistoryRequestConfig {
            fn default() -> Self {
                Self {
                    body_format: Ok(Default::default()),
                    body_model: Ok(Default::default()),
                    escape_path_param: Ok(Default::default()),
                    post_body_description: Ok(Default::default()),
                    request_http_method: Ok(Default::default()),
                    request_mode: Ok(Default::default()),
                    request_path: Ok(Default::default()),
                    request_protocol: Ok(Default::default()),
                }
            }
        }
        impl ApiHistoryRequestConfig {
            pub fn body_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body_format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body_format: {e}")
                    });
                self
            }
            pub fn body_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body_model: {e}")
                    });
                self
            }
            pub fn escape_path_param<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.escape_path_param = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for escape_path_param: {e}"
                        )
                    });
                self
            }
            pub fn post_body_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_body_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for post_body_description: {e}"
                        )
                    });
                self
            }
            pub fn request_http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_http_method: {e}"
                        )
                    });
                self
            }
            pub fn request_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_mode: {e}")
                    });
                self
            }
            pub fn request_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_path: {e}")
                    });
                self
            }
            pub fn request_protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_protocol: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiHistoryRequestConfig>
        for super::ApiHistoryRequestConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiHistoryRequestConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body_format: value.body_format?,
                    body_model: value.body_model?,
                    escape_path_param: value.escape_path_param?,
                    post_body_description: value.post_body_description?,
                    request_http_method: value.request_http_method?,
                    request_mode: value.request_mode?,
                    request_path: value.request_path?,
                    request_protocol: value.request_protocol?,
                })
            }
        }
        impl ::std::convert::From<super::ApiHistoryRequestConfig>
        for ApiHistoryRequestConfig {
            fn from(value: super::ApiHistoryRequestConfig) -> Self {
                Self {
                    body_format: Ok(value.body_format),
                    body_model: Ok(value.body_model),
                    escape_path_param: Ok(value.escape_path_param),
                    post_body_description: Ok(value.post_body_description),
                    request_http_method: Ok(value.request_http_method),
                    request_mode: Ok(value.request_mode),
                    request_path: Ok(value.request_path),
                    request_protocol: Ok(value.request_protocol),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiHistoryServiceConfig {
            content_type_catagory: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_type_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_bridge_config: ::std::result::Result<
                ::std::option::Option<super::EventBridgeConfig>,
                ::std::string::String,
            >,
            function_compute_config: ::std::result::Result<
                ::std::option::Option<super::FunctionComputeConfig>,
                ::std::string::String,
            >,
            mock: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mock_headers: ::std::result::Result<
                ::std::option::Option<super::ApiHistoryServiceConfigMockHeaders>,
                ::std::string::String,
            >,
            mock_result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mock_status_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            oss_config: ::std::result::Result<
                ::std::option::Option<super::OssConfig>,
                ::std::string::String,
            >,
            service_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_http_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_timeout: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            service_vpc_enable: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vpc_config: ::std::result::Result<
                ::std::option::Option<super::ApiHistoryVpcConfig>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiHistoryServiceConfig {
            fn default() -> Self {
                Self {
                    content_type_catagory: Ok(Default::default()),
                    content_type_value: Ok(Default::default()),
                    event_bridge_config: Ok(Default::default()),
                    function_compute_config: Ok(Default::default()),
                    mock: Ok(Default::default()),
                    mock_headers: Ok(Default::default()),
                    mock_result: Ok(Default::default()),
                    mock_status_code: Ok(Default::default()),
                    oss_config: Ok(Default::default()),
                    service_address: Ok(Default::default()),
                    service_http_method: Ok(Default::default()),
                    service_path: Ok(Default::default()),
                    service_protocol: Ok(Default::default()),
                    service_timeout: Ok(Default::default()),
                    service_vpc_enable: Ok(Default::default()),
                    vpc_config: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                }
            }
        }
        impl ApiHistoryServiceConfig {
            pub fn content_type_catagory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type_catagory = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_type_catagory: {e}"
                        )
                    });
                self
            }
            pub fn content_type_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_type_value: {e}"
                        )
                    });
                self
            }
            pub fn event_bridge_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EventBridgeConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.event_bridge_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_bridge_config: {e}"
                        )
                    });
                self
            }
            pub fn function_compute_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FunctionComputeConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.function_compute_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for function_compute_config: {e}"
                        )
                    });
                self
            }
            pub fn mock<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock: {e}")
                    });
                self
            }
            pub fn mock_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiHistoryServiceConfigMockHeaders>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mock_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_headers: {e}")
                    });
                self
            }
            pub fn mock_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_result: {e}")
                    });
                self
            }
            pub fn mock_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mock_status_code: {e}"
                        )
                    });
                self
            }
            pub fn oss_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::OssConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.oss_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oss_config: {e}")
                    });
                self
            }
            pub fn service_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_address: {e}"
                        )
                    });
                self
            }
            pub fn service_http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_http_method: {e}"
                        )
                    });
                self
            }
            pub fn service_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_path: {e}")
                    });
                self
            }
            pub fn service_protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_protocol: {e}"
                        )
                    });
                self
            }
            pub fn service_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_timeout: {e}"
                        )
                    });
                self
            }
            pub fn service_vpc_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_vpc_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_vpc_enable: {e}"
                        )
                    });
                self
            }
            pub fn vpc_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiHistoryVpcConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_config: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiHistoryServiceConfig>
        for super::ApiHistoryServiceConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiHistoryServiceConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type_catagory: value.content_type_catagory?,
                    content_type_value: value.content_type_value?,
                    event_bridge_config: value.event_bridge_config?,
                    function_compute_config: value.function_compute_config?,
                    mock: value.mock?,
                    mock_headers: value.mock_headers?,
                    mock_result: value.mock_result?,
                    mock_status_code: value.mock_status_code?,
                    oss_config: value.oss_config?,
                    service_address: value.service_address?,
                    service_http_method: value.service_http_method?,
                    service_path: value.service_path?,
                    service_protocol: value.service_protocol?,
                    service_timeout: value.service_timeout?,
                    service_vpc_enable: value.service_vpc_enable?,
                    vpc_config: value.vpc_config?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::ApiHistoryServiceConfig>
        for ApiHistoryServiceConfig {
            fn from(value: super::ApiHistoryServiceConfig) -> Self {
                Self {
                    content_type_catagory: Ok(value.content_type_catagory),
                    content_type_value: Ok(value.content_type_value),
                    event_bridge_config: Ok(value.event_bridge_config),
                    function_compute_config: Ok(value.function_compute_config),
                    mock: Ok(value.mock),
                    mock_headers: Ok(value.mock_headers),
                    mock_result: Ok(value.mock_result),
                    mock_status_code: Ok(value.mock_status_code),
                    oss_config: Ok(value.oss_config),
                    service_address: Ok(value.service_address),
                    service_http_method: Ok(value.service_http_method),
                    service_path: Ok(value.service_path),
                    service_protocol: Ok(value.service_protocol),
                    service_timeout: Ok(value.service_timeout),
                    service_vpc_enable: Ok(value.service_vpc_enable),
                    vpc_config: Ok(value.vpc_config),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiHistoryServiceConfigMockHeaders {
            mock_header: ::std::result::Result<
                ::std::vec::Vec<super::MockHeader>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiHistoryServiceConfigMockHeaders {
            fn default() -> Self {
                Self {
                    mock_header: Ok(Default::default()),
                }
            }
        }
        impl ApiHistoryServiceConfigMockHeaders {
            pub fn mock_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MockHeader>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiHistoryServiceConfigMockHeaders>
        for super::ApiHistoryServiceConfigMockHeaders {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiHistoryServiceConfigMockHeaders,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mock_header: value.mock_header?,
                })
            }
        }
        impl ::std::convert::From<super::ApiHistoryServiceConfigMockHeaders>
        for ApiHistoryServiceConfigMockHeaders {
            fn from(value: super::ApiHistoryServiceConfigMockHeaders) -> Self {
                Self {
                    mock_header: Ok(value.mock_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiHistoryVpcConfig {
            instance_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vpc_scheme: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiHistoryVpcConfig {
            fn default() -> Self {
                Self {
                    instance_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    port: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                    vpc_scheme: Ok(Default::default()),
                }
            }
        }
        impl ApiHistoryVpcConfig {
            pub fn instance_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instance_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instance_id: {e}")
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
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
            pub fn vpc_scheme<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_scheme = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_scheme: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiHistoryVpcConfig>
        for super::ApiHistoryVpcConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiHistoryVpcConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instance_id: value.instance_id?,
                    name: value.name?,
                    port: value.port?,
                    vpc_id: value.vpc_id?,
                    vpc_scheme: value.vpc_scheme?,
                })
            }
        }
        impl ::std::convert::From<super::ApiHistoryVpcConfig> for ApiHistoryVpcConfig {
            fn from(value: super::ApiHistoryVpcConfig) -> Self {
                Self {
                    instance_id: Ok(value.instance_id),
                    name: Ok(value.name),
                    port: Ok(value.port),
                    vpc_id: Ok(value.vpc_id),
                    vpc_scheme: Ok(value.vpc_scheme),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BackendConfig {
            backend_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            backend_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            backend_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BackendConfig {
            fn default() -> Self {
                Self {
                    backend_id: Ok(Default::default()),
                    backend_name: Ok(Default::default()),
                    backend_type: Ok(Default::default()),
                }
            }
        }
        impl BackendConfig {
            pub fn backend_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backend_id: {e}")
                    });
                self
            }
            pub fn backend_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backend_name: {e}")
                    });
                self
            }
            pub fn backend_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for backend_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BackendConfig> for super::BackendConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BackendConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    backend_id: value.backend_id?,
                    backend_name: value.backend_name?,
                    backend_type: value.backend_type?,
                })
            }
        }
        impl ::std::convert::From<super::BackendConfig> for BackendConfig {
            fn from(value: super::BackendConfig) -> Self {
                Self {
                    backend_id: Ok(value.backend_id),
                    backend_name: Ok(value.backend_name),
                    backend_type: Ok(value.backend_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchAbolishApiItem {
            api_uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            stage_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<super::StageName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchAbolishApiItem {
            fn default() -> Self {
                Self {
                    api_uid: Err("no value supplied for api_uid".to_string()),
                    group_id: Err("no value supplied for group_id".to_string()),
                    stage_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                }
            }
        }
        impl BatchAbolishApiItem {
            pub fn api_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_uid: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
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
                T: ::std::convert::TryInto<::std::option::Option<super::StageName>>,
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
        impl ::std::convert::TryFrom<BatchAbolishApiItem>
        for super::BatchAbolishApiItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchAbolishApiItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_uid: value.api_uid?,
                    group_id: value.group_id?,
                    stage_id: value.stage_id?,
                    stage_name: value.stage_name?,
                })
            }
        }
        impl ::std::convert::From<super::BatchAbolishApiItem> for BatchAbolishApiItem {
            fn from(value: super::BatchAbolishApiItem) -> Self {
                Self {
                    api_uid: Ok(value.api_uid),
                    group_id: Ok(value.group_id),
                    stage_id: Ok(value.stage_id),
                    stage_name: Ok(value.stage_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchAbolishApisResponse {
            operation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchAbolishApisResponse {
            fn default() -> Self {
                Self {
                    operation_id: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl BatchAbolishApisResponse {
            pub fn operation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchAbolishApisResponse>
        for super::BatchAbolishApisResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchAbolishApisResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    operation_id: value.operation_id?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::BatchAbolishApisResponse>
        for BatchAbolishApisResponse {
            fn from(value: super::BatchAbolishApisResponse) -> Self {
                Self {
                    operation_id: Ok(value.operation_id),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchDeployApiItem {
            api_uid: ::std::result::Result<::std::string::String, ::std::string::String>,
            group_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchDeployApiItem {
            fn default() -> Self {
                Self {
                    api_uid: Err("no value supplied for api_uid".to_string()),
                    group_id: Err("no value supplied for group_id".to_string()),
                }
            }
        }
        impl BatchDeployApiItem {
            pub fn api_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.api_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_uid: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchDeployApiItem> for super::BatchDeployApiItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchDeployApiItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_uid: value.api_uid?,
                    group_id: value.group_id?,
                })
            }
        }
        impl ::std::convert::From<super::BatchDeployApiItem> for BatchDeployApiItem {
            fn from(value: super::BatchDeployApiItem) -> Self {
                Self {
                    api_uid: Ok(value.api_uid),
                    group_id: Ok(value.group_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BatchDeployApisResponse {
            operation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BatchDeployApisResponse {
            fn default() -> Self {
                Self {
                    operation_id: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl BatchDeployApisResponse {
            pub fn operation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.operation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for operation_id: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BatchDeployApisResponse>
        for super::BatchDeployApisResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BatchDeployApisResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    operation_id: value.operation_id?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::BatchDeployApisResponse>
        for BatchDeployApisResponse {
            fn from(value: super::BatchDeployApisResponse) -> Self {
                Self {
                    operation_id: Ok(value.operation_id),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConstantParameter {
            constant_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConstantParameter {
            fn default() -> Self {
                Self {
                    constant_value: Ok(Default::default()),
                    description: Ok(Default::default()),
                    location: Ok(Default::default()),
                    service_parameter_name: Ok(Default::default()),
                }
            }
        }
        impl ConstantParameter {
            pub fn constant_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.constant_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constant_value: {e}"
                        )
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
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn service_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConstantParameter> for super::ConstantParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConstantParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    constant_value: value.constant_value?,
                    description: value.description?,
                    location: value.location?,
                    service_parameter_name: value.service_parameter_name?,
                })
            }
        }
        impl ::std::convert::From<super::ConstantParameter> for ConstantParameter {
            fn from(value: super::ConstantParameter) -> Self {
                Self {
                    constant_value: Ok(value.constant_value),
                    description: Ok(value.description),
                    location: Ok(value.location),
                    service_parameter_name: Ok(value.service_parameter_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomSystemParameter {
            demo_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomSystemParameter {
            fn default() -> Self {
                Self {
                    demo_value: Ok(Default::default()),
                    description: Ok(Default::default()),
                    location: Ok(Default::default()),
                    parameter_name: Ok(Default::default()),
                    service_parameter_name: Ok(Default::default()),
                }
            }
        }
        impl CustomSystemParameter {
            pub fn demo_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.demo_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for demo_value: {e}")
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
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
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
            pub fn service_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomSystemParameter>
        for super::CustomSystemParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomSystemParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    demo_value: value.demo_value?,
                    description: value.description?,
                    location: value.location?,
                    parameter_name: value.parameter_name?,
                    service_parameter_name: value.service_parameter_name?,
                })
            }
        }
        impl ::std::convert::From<super::CustomSystemParameter>
        for CustomSystemParameter {
            fn from(value: super::CustomSystemParameter) -> Self {
                Self {
                    demo_value: Ok(value.demo_value),
                    description: Ok(value.description),
                    location: Ok(value.location),
                    parameter_name: Ok(value.parameter_name),
                    service_parameter_name: Ok(value.service_parameter_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployApiResponse {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployApiResponse {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DeployApiResponse {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployApiResponse> for super::DeployApiResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployApiResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeployApiResponse> for DeployApiResponse {
            fn from(value: super::DeployApiResponse) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedApiItem {
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deployed_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedApiItem {
            fn default() -> Self {
                Self {
                    api_id: Ok(Default::default()),
                    api_method: Ok(Default::default()),
                    api_name: Ok(Default::default()),
                    api_path: Ok(Default::default()),
                    deployed_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    region_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                    visibility: Ok(Default::default()),
                }
            }
        }
        impl DeployedApiItem {
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
            pub fn api_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_method: {e}")
                    });
                self
            }
            pub fn api_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_name: {e}")
                    });
                self
            }
            pub fn api_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_path: {e}")
                    });
                self
            }
            pub fn deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_time: {e}")
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
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_id: {e}")
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
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployedApiItem> for super::DeployedApiItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedApiItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_id: value.api_id?,
                    api_method: value.api_method?,
                    api_name: value.api_name?,
                    api_path: value.api_path?,
                    deployed_time: value.deployed_time?,
                    description: value.description?,
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    region_id: value.region_id?,
                    stage_name: value.stage_name?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedApiItem> for DeployedApiItem {
            fn from(value: super::DeployedApiItem) -> Self {
                Self {
                    api_id: Ok(value.api_id),
                    api_method: Ok(value.api_method),
                    api_name: Ok(value.api_name),
                    api_path: Ok(value.api_path),
                    deployed_time: Ok(value.deployed_time),
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    region_id: Ok(value.region_id),
                    stage_name: Ok(value.stage_name),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedApiRequestConfig {
            body_format: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            body_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            post_body_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_http_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_mode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedApiRequestConfig {
            fn default() -> Self {
                Self {
                    body_format: Ok(Default::default()),
                    body_model: Ok(Default::default()),
                    post_body_description: Ok(Default::default()),
                    request_http_method: Ok(Default::default()),
                    request_mode: Ok(Default::default()),
                    request_path: Ok(Default::default()),
                    request_protocol: Ok(Default::default()),
                }
            }
        }
        impl DeployedApiRequestConfig {
            pub fn body_format<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body_format = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body_format: {e}")
                    });
                self
            }
            pub fn body_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.body_model = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for body_model: {e}")
                    });
                self
            }
            pub fn post_body_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.post_body_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for post_body_description: {e}"
                        )
                    });
                self
            }
            pub fn request_http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_http_method: {e}"
                        )
                    });
                self
            }
            pub fn request_mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_mode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_mode: {e}")
                    });
                self
            }
            pub fn request_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_path: {e}")
                    });
                self
            }
            pub fn request_protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_protocol: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployedApiRequestConfig>
        for super::DeployedApiRequestConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedApiRequestConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    body_format: value.body_format?,
                    body_model: value.body_model?,
                    post_body_description: value.post_body_description?,
                    request_http_method: value.request_http_method?,
                    request_mode: value.request_mode?,
                    request_path: value.request_path?,
                    request_protocol: value.request_protocol?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedApiRequestConfig>
        for DeployedApiRequestConfig {
            fn from(value: super::DeployedApiRequestConfig) -> Self {
                Self {
                    body_format: Ok(value.body_format),
                    body_model: Ok(value.body_model),
                    post_body_description: Ok(value.post_body_description),
                    request_http_method: Ok(value.request_http_method),
                    request_mode: Ok(value.request_mode),
                    request_path: Ok(value.request_path),
                    request_protocol: Ok(value.request_protocol),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedApiServiceConfig {
            function_compute_config: ::std::result::Result<
                ::std::option::Option<super::FunctionComputeConfig>,
                ::std::string::String,
            >,
            mock: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mock_headers: ::std::result::Result<
                ::std::option::Option<super::DeployedApiServiceConfigMockHeaders>,
                ::std::string::String,
            >,
            mock_result: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mock_status_code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            service_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_http_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_protocol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_timeout: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            service_vpc_enable: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vpc_config: ::std::result::Result<
                ::std::option::Option<super::DeployedApiVpcConfig>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedApiServiceConfig {
            fn default() -> Self {
                Self {
                    function_compute_config: Ok(Default::default()),
                    mock: Ok(Default::default()),
                    mock_headers: Ok(Default::default()),
                    mock_result: Ok(Default::default()),
                    mock_status_code: Ok(Default::default()),
                    service_address: Ok(Default::default()),
                    service_http_method: Ok(Default::default()),
                    service_path: Ok(Default::default()),
                    service_protocol: Ok(Default::default()),
                    service_timeout: Ok(Default::default()),
                    service_vpc_enable: Ok(Default::default()),
                    vpc_config: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                }
            }
        }
        impl DeployedApiServiceConfig {
            pub fn function_compute_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::FunctionComputeConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.function_compute_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for function_compute_config: {e}"
                        )
                    });
                self
            }
            pub fn mock<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock: {e}")
                    });
                self
            }
            pub fn mock_headers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeployedApiServiceConfigMockHeaders>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.mock_headers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_headers: {e}")
                    });
                self
            }
            pub fn mock_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_result: {e}")
                    });
                self
            }
            pub fn mock_status_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_status_code = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for mock_status_code: {e}"
                        )
                    });
                self
            }
            pub fn service_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_address: {e}"
                        )
                    });
                self
            }
            pub fn service_http_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_http_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_http_method: {e}"
                        )
                    });
                self
            }
            pub fn service_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_path: {e}")
                    });
                self
            }
            pub fn service_protocol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_protocol = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_protocol: {e}"
                        )
                    });
                self
            }
            pub fn service_timeout<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_timeout = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_timeout: {e}"
                        )
                    });
                self
            }
            pub fn service_vpc_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_vpc_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_vpc_enable: {e}"
                        )
                    });
                self
            }
            pub fn vpc_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeployedApiVpcConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_config = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_config: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployedApiServiceConfig>
        for super::DeployedApiServiceConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedApiServiceConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    function_compute_config: value.function_compute_config?,
                    mock: value.mock?,
                    mock_headers: value.mock_headers?,
                    mock_result: value.mock_result?,
                    mock_status_code: value.mock_status_code?,
                    service_address: value.service_address?,
                    service_http_method: value.service_http_method?,
                    service_path: value.service_path?,
                    service_protocol: value.service_protocol?,
                    service_timeout: value.service_timeout?,
                    service_vpc_enable: value.service_vpc_enable?,
                    vpc_config: value.vpc_config?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedApiServiceConfig>
        for DeployedApiServiceConfig {
            fn from(value: super::DeployedApiServiceConfig) -> Self {
                Self {
                    function_compute_config: Ok(value.function_compute_config),
                    mock: Ok(value.mock),
                    mock_headers: Ok(value.mock_headers),
                    mock_result: Ok(value.mock_result),
                    mock_status_code: Ok(value.mock_status_code),
                    service_address: Ok(value.service_address),
                    service_http_method: Ok(value.service_http_method),
                    service_path: Ok(value.service_path),
                    service_protocol: Ok(value.service_protocol),
                    service_timeout: Ok(value.service_timeout),
                    service_vpc_enable: Ok(value.service_vpc_enable),
                    vpc_config: Ok(value.vpc_config),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedApiServiceConfigMockHeaders {
            mock_header: ::std::result::Result<
                ::std::vec::Vec<super::MockHeader>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedApiServiceConfigMockHeaders {
            fn default() -> Self {
                Self {
                    mock_header: Ok(Default::default()),
                }
            }
        }
        impl DeployedApiServiceConfigMockHeaders {
            pub fn mock_header<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MockHeader>>,
                T::Error: ::std::fmt::Display,
            {
                self.mock_header = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mock_header: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployedApiServiceConfigMockHeaders>
        for super::DeployedApiServiceConfigMockHeaders {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedApiServiceConfigMockHeaders,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    mock_header: value.mock_header?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedApiServiceConfigMockHeaders>
        for DeployedApiServiceConfigMockHeaders {
            fn from(value: super::DeployedApiServiceConfigMockHeaders) -> Self {
                Self {
                    mock_header: Ok(value.mock_header),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedApiVpcConfig {
            instance_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            port: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            vpc_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedApiVpcConfig {
            fn default() -> Self {
                Self {
                    instance_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    port: Ok(Default::default()),
                    vpc_id: Ok(Default::default()),
                }
            }
        }
        impl DeployedApiVpcConfig {
            pub fn instance_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.instance_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for instance_id: {e}")
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
            pub fn port<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.port = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for port: {e}")
                    });
                self
            }
            pub fn vpc_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vpc_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vpc_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeployedApiVpcConfig>
        for super::DeployedApiVpcConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedApiVpcConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    instance_id: value.instance_id?,
                    name: value.name?,
                    port: value.port?,
                    vpc_id: value.vpc_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedApiVpcConfig> for DeployedApiVpcConfig {
            fn from(value: super::DeployedApiVpcConfig) -> Self {
                Self {
                    instance_id: Ok(value.instance_id),
                    name: Ok(value.name),
                    port: Ok(value.port),
                    vpc_id: Ok(value.vpc_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeployedResult {
            api_uid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deployed_status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeployedResult {
            fn default() -> Self {
                Self {
                    api_uid: Ok(Default::default()),
                    deployed_status: Ok(Default::default()),
                    error_msg: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                }
            }
        }
        impl DeployedResult {
            pub fn api_uid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_uid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_uid: {e}")
                    });
                self
            }
            pub fn deployed_status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_status = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployed_status: {e}"
                        )
                    });
                self
            }
            pub fn error_msg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_msg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_msg: {e}")
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
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
        impl ::std::convert::TryFrom<DeployedResult> for super::DeployedResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeployedResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_uid: value.api_uid?,
                    deployed_status: value.deployed_status?,
                    error_msg: value.error_msg?,
                    group_id: value.group_id?,
                    stage_name: value.stage_name?,
                })
            }
        }
        impl ::std::convert::From<super::DeployedResult> for DeployedResult {
            fn from(value: super::DeployedResult) -> Self {
                Self {
                    api_uid: Ok(value.api_uid),
                    deployed_status: Ok(value.deployed_status),
                    error_msg: Ok(value.error_msg),
                    group_id: Ok(value.group_id),
                    stage_name: Ok(value.stage_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeAbolishApiTaskResponse {
            api_abolish_results: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeAbolishApiTaskResponseApiAbolishResults,
                >,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeAbolishApiTaskResponse {
            fn default() -> Self {
                Self {
                    api_abolish_results: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DescribeAbolishApiTaskResponse {
            pub fn api_abolish_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeAbolishApiTaskResponseApiAbolishResults,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.api_abolish_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for api_abolish_results: {e}"
                        )
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeAbolishApiTaskResponse>
        for super::DescribeAbolishApiTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeAbolishApiTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_abolish_results: value.api_abolish_results?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeAbolishApiTaskResponse>
        for DescribeAbolishApiTaskResponse {
            fn from(value: super::DescribeAbolishApiTaskResponse) -> Self {
                Self {
                    api_abolish_results: Ok(value.api_abolish_results),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeAbolishApiTaskResponseApiAbolishResults {
            api_abolish_result: ::std::result::Result<
                ::std::vec::Vec<super::ApiAbolishResult>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for DescribeAbolishApiTaskResponseApiAbolishResults {
            fn default() -> Self {
                Self {
                    api_abolish_result: Ok(Default::default()),
                }
            }
        }
        impl DescribeAbolishApiTaskResponseApiAbolishResults {
            pub fn api_abolish_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiAbolishResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_abolish_result = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for api_abolish_result: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeAbolishApiTaskResponseApiAbolishResults>
        for super::DescribeAbolishApiTaskResponseApiAbolishResults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeAbolishApiTaskResponseApiAbolishResults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_abolish_result: value.api_abolish_result?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeAbolishApiTaskResponseApiAbolishResults>
        for DescribeAbolishApiTaskResponseApiAbolishResults {
            fn from(
                value: super::DescribeAbolishApiTaskResponseApiAbolishResults,
            ) -> Self {
                Self {
                    api_abolish_result: Ok(value.api_abolish_result),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponse {
            allow_signature_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            app_code_auth_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            backend_config: ::std::result::Result<
                ::std::option::Option<super::BackendConfig>,
                ::std::string::String,
            >,
            backend_enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            constant_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseConstantParameters,
                >,
                ::std::string::String,
            >,
            custom_system_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseCustomSystemParameters,
                >,
                ::std::string::String,
            >,
            deployed_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_internet: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_code_samples: ::std::result::Result<
                ::std::option::Option<super::DescribeApiHistoryResponseErrorCodeSamples>,
                ::std::string::String,
            >,
            fail_result_sample: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            force_nonce_check: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            history_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            open_id_connect_config: ::std::result::Result<
                ::std::option::Option<super::OpenIdConnectConfig>,
                ::std::string::String,
            >,
            region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_config: ::std::result::Result<
                ::std::option::Option<super::ApiHistoryRequestConfig>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseRequestParameters,
                >,
                ::std::string::String,
            >,
            result_body_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_descriptions: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseResultDescriptions,
                >,
                ::std::string::String,
            >,
            result_sample: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_config: ::std::result::Result<
                ::std::option::Option<super::ApiHistoryServiceConfig>,
                ::std::string::String,
            >,
            service_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseServiceParameters,
                >,
                ::std::string::String,
            >,
            service_parameters_map: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeApiHistoryResponseServiceParametersMap,
                >,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            system_parameters: ::std::result::Result<
                ::std::option::Option<super::DescribeApiHistoryResponseSystemParameters>,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            web_socket_api_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponse {
            fn default() -> Self {
                Self {
                    allow_signature_method: Ok(Default::default()),
                    api_id: Ok(Default::default()),
                    api_name: Ok(Default::default()),
                    app_code_auth_type: Ok(Default::default()),
                    auth_type: Ok(Default::default()),
                    backend_config: Ok(Default::default()),
                    backend_enable: Ok(Default::default()),
                    constant_parameters: Ok(Default::default()),
                    custom_system_parameters: Ok(Default::default()),
                    deployed_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    disable_internet: Ok(Default::default()),
                    error_code_samples: Ok(Default::default()),
                    fail_result_sample: Ok(Default::default()),
                    force_nonce_check: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    history_version: Ok(Default::default()),
                    open_id_connect_config: Ok(Default::default()),
                    region_id: Ok(Default::default()),
                    request_config: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    request_parameters: Ok(Default::default()),
                    result_body_model: Ok(Default::default()),
                    result_descriptions: Ok(Default::default()),
                    result_sample: Ok(Default::default()),
                    result_type: Ok(Default::default()),
                    service_config: Ok(Default::default()),
                    service_parameters: Ok(Default::default()),
                    service_parameters_map: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                    status: Ok(Default::default()),
                    system_parameters: Ok(Default::default()),
                    visibility: Ok(Default::default()),
                    web_socket_api_type: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponse {
            pub fn allow_signature_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_signature_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_signature_method: {e}"
                        )
                    });
                self
            }
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
            pub fn api_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_name: {e}")
                    });
                self
            }
            pub fn app_code_auth_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.app_code_auth_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for app_code_auth_type: {e}"
                        )
                    });
                self
            }
            pub fn auth_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_type: {e}")
                    });
                self
            }
            pub fn backend_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::BackendConfig>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backend_config: {e}"
                        )
                    });
                self
            }
            pub fn backend_enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.backend_enable = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for backend_enable: {e}"
                        )
                    });
                self
            }
            pub fn constant_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseConstantParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.constant_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constant_parameters: {e}"
                        )
                    });
                self
            }
            pub fn custom_system_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseCustomSystemParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_system_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_system_parameters: {e}"
                        )
                    });
                self
            }
            pub fn deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_time: {e}")
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
            pub fn disable_internet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_internet = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_internet: {e}"
                        )
                    });
                self
            }
            pub fn error_code_samples<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseErrorCodeSamples,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error_code_samples = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_code_samples: {e}"
                        )
                    });
                self
            }
            pub fn fail_result_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fail_result_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fail_result_sample: {e}"
                        )
                    });
                self
            }
            pub fn force_nonce_check<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.force_nonce_check = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for force_nonce_check: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn history_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.history_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for history_version: {e}"
                        )
                    });
                self
            }
            pub fn open_id_connect_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpenIdConnectConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.open_id_connect_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for open_id_connect_config: {e}"
                        )
                    });
                self
            }
            pub fn region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_id: {e}")
                    });
                self
            }
            pub fn request_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiHistoryRequestConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_config: {e}"
                        )
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseRequestParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_parameters: {e}"
                        )
                    });
                self
            }
            pub fn result_body_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_body_model = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_body_model: {e}"
                        )
                    });
                self
            }
            pub fn result_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseResultDescriptions,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn result_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_sample: {e}")
                    });
                self
            }
            pub fn result_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_type: {e}")
                    });
                self
            }
            pub fn service_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiHistoryServiceConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_config: {e}"
                        )
                    });
                self
            }
            pub fn service_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseServiceParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameters: {e}"
                        )
                    });
                self
            }
            pub fn service_parameters_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseServiceParametersMap,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameters_map = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameters_map: {e}"
                        )
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
            pub fn system_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeApiHistoryResponseSystemParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.system_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_parameters: {e}"
                        )
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
            pub fn web_socket_api_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.web_socket_api_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for web_socket_api_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponse>
        for super::DescribeApiHistoryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_signature_method: value.allow_signature_method?,
                    api_id: value.api_id?,
                    api_name: value.api_name?,
                    app_code_auth_type: value.app_code_auth_type?,
                    auth_type: value.auth_type?,
                    backend_config: value.backend_config?,
                    backend_enable: value.backend_enable?,
                    constant_parameters: value.constant_parameters?,
                    custom_system_parameters: value.custom_system_parameters?,
                    deployed_time: value.deployed_time?,
                    description: value.description?,
                    disable_internet: value.disable_internet?,
                    error_code_samples: value.error_code_samples?,
                    fail_result_sample: value.fail_result_sample?,
                    force_nonce_check: value.force_nonce_check?,
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    history_version: value.history_version?,
                    open_id_connect_config: value.open_id_connect_config?,
                    region_id: value.region_id?,
                    request_config: value.request_config?,
                    request_id: value.request_id?,
                    request_parameters: value.request_parameters?,
                    result_body_model: value.result_body_model?,
                    result_descriptions: value.result_descriptions?,
                    result_sample: value.result_sample?,
                    result_type: value.result_type?,
                    service_config: value.service_config?,
                    service_parameters: value.service_parameters?,
                    service_parameters_map: value.service_parameters_map?,
                    stage_name: value.stage_name?,
                    status: value.status?,
                    system_parameters: value.system_parameters?,
                    visibility: value.visibility?,
                    web_socket_api_type: value.web_socket_api_type?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponse>
        for DescribeApiHistoryResponse {
            fn from(value: super::DescribeApiHistoryResponse) -> Self {
                Self {
                    allow_signature_method: Ok(value.allow_signature_method),
                    api_id: Ok(value.api_id),
                    api_name: Ok(value.api_name),
                    app_code_auth_type: Ok(value.app_code_auth_type),
                    auth_type: Ok(value.auth_type),
                    backend_config: Ok(value.backend_config),
                    backend_enable: Ok(value.backend_enable),
                    constant_parameters: Ok(value.constant_parameters),
                    custom_system_parameters: Ok(value.custom_system_parameters),
                    deployed_time: Ok(value.deployed_time),
                    description: Ok(value.description),
                    disable_internet: Ok(value.disable_internet),
                    error_code_samples: Ok(value.error_code_samples),
                    fail_result_sample: Ok(value.fail_result_sample),
                    force_nonce_check: Ok(value.force_nonce_check),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    history_version: Ok(value.history_version),
                    open_id_connect_config: Ok(value.open_id_connect_config),
                    region_id: Ok(value.region_id),
                    request_config: Ok(value.request_config),
                    request_id: Ok(value.request_id),
                    request_parameters: Ok(value.request_parameters),
                    result_body_model: Ok(value.result_body_model),
                    result_descriptions: Ok(value.result_descriptions),
                    result_sample: Ok(value.result_sample),
                    result_type: Ok(value.result_type),
                    service_config: Ok(value.service_config),
                    service_parameters: Ok(value.service_parameters),
                    service_parameters_map: Ok(value.service_parameters_map),
                    stage_name: Ok(value.stage_name),
                    status: Ok(value.status),
                    system_parameters: Ok(value.system_parameters),
                    visibility: Ok(value.visibility),
                    web_socket_api_type: Ok(value.web_socket_api_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseConstantParameters {
            constant_parameter: ::std::result::Result<
                ::std::vec::Vec<super::ConstantParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseConstantParameters {
            fn default() -> Self {
                Self {
                    constant_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseConstantParameters {
            pub fn constant_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConstantParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.constant_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constant_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseConstantParameters>
        for super::DescribeApiHistoryResponseConstantParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseConstantParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    constant_parameter: value.constant_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseConstantParameters>
        for DescribeApiHistoryResponseConstantParameters {
            fn from(value: super::DescribeApiHistoryResponseConstantParameters) -> Self {
                Self {
                    constant_parameter: Ok(value.constant_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseCustomSystemParameters {
            custom_system_parameter: ::std::result::Result<
                ::std::vec::Vec<super::CustomSystemParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for DescribeApiHistoryResponseCustomSystemParameters {
            fn default() -> Self {
                Self {
                    custom_system_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseCustomSystemParameters {
            pub fn custom_system_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CustomSystemParameter>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_system_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_system_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseCustomSystemParameters>
        for super::DescribeApiHistoryResponseCustomSystemParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseCustomSystemParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_system_parameter: value.custom_system_parameter?,
                })
            }
        }
        impl ::std::convert::From<
            super::DescribeApiHistoryResponseCustomSystemParameters,
        > for DescribeApiHistoryResponseCustomSystemParameters {
            fn from(
                value: super::DescribeApiHistoryResponseCustomSystemParameters,
            ) -> Self {
                Self {
                    custom_system_parameter: Ok(value.custom_system_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseErrorCodeSamples {
            error_code_sample: ::std::result::Result<
                ::std::vec::Vec<super::ErrorCodeSample>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseErrorCodeSamples {
            fn default() -> Self {
                Self {
                    error_code_sample: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseErrorCodeSamples {
            pub fn error_code_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorCodeSample>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_code_sample: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseErrorCodeSamples>
        for super::DescribeApiHistoryResponseErrorCodeSamples {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseErrorCodeSamples,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code_sample: value.error_code_sample?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseErrorCodeSamples>
        for DescribeApiHistoryResponseErrorCodeSamples {
            fn from(value: super::DescribeApiHistoryResponseErrorCodeSamples) -> Self {
                Self {
                    error_code_sample: Ok(value.error_code_sample),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseRequestParameters {
            request_parameter: ::std::result::Result<
                ::std::vec::Vec<super::RequestParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseRequestParameters {
            fn default() -> Self {
                Self {
                    request_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseRequestParameters {
            pub fn request_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RequestParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseRequestParameters>
        for super::DescribeApiHistoryResponseRequestParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseRequestParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_parameter: value.request_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseRequestParameters>
        for DescribeApiHistoryResponseRequestParameters {
            fn from(value: super::DescribeApiHistoryResponseRequestParameters) -> Self {
                Self {
                    request_parameter: Ok(value.request_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseResultDescriptions {
            result_description: ::std::result::Result<
                ::std::vec::Vec<super::ResultDescription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseResultDescriptions {
            fn default() -> Self {
                Self {
                    result_description: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseResultDescriptions {
            pub fn result_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultDescription>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseResultDescriptions>
        for super::DescribeApiHistoryResponseResultDescriptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseResultDescriptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result_description: value.result_description?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseResultDescriptions>
        for DescribeApiHistoryResponseResultDescriptions {
            fn from(value: super::DescribeApiHistoryResponseResultDescriptions) -> Self {
                Self {
                    result_description: Ok(value.result_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseServiceParameters {
            service_parameter: ::std::result::Result<
                ::std::vec::Vec<super::ServiceParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseServiceParameters {
            fn default() -> Self {
                Self {
                    service_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseServiceParameters {
            pub fn service_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseServiceParameters>
        for super::DescribeApiHistoryResponseServiceParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseServiceParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    service_parameter: value.service_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseServiceParameters>
        for DescribeApiHistoryResponseServiceParameters {
            fn from(value: super::DescribeApiHistoryResponseServiceParameters) -> Self {
                Self {
                    service_parameter: Ok(value.service_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseServiceParametersMap {
            service_parameter_map: ::std::result::Result<
                ::std::vec::Vec<super::ServiceParameterMap>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseServiceParametersMap {
            fn default() -> Self {
                Self {
                    service_parameter_map: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseServiceParametersMap {
            pub fn service_parameter_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceParameterMap>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_map = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_map: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseServiceParametersMap>
        for super::DescribeApiHistoryResponseServiceParametersMap {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseServiceParametersMap,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    service_parameter_map: value.service_parameter_map?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseServiceParametersMap>
        for DescribeApiHistoryResponseServiceParametersMap {
            fn from(
                value: super::DescribeApiHistoryResponseServiceParametersMap,
            ) -> Self {
                Self {
                    service_parameter_map: Ok(value.service_parameter_map),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeApiHistoryResponseSystemParameters {
            system_parameter: ::std::result::Result<
                ::std::vec::Vec<super::SystemParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeApiHistoryResponseSystemParameters {
            fn default() -> Self {
                Self {
                    system_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeApiHistoryResponseSystemParameters {
            pub fn system_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SystemParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeApiHistoryResponseSystemParameters>
        for super::DescribeApiHistoryResponseSystemParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeApiHistoryResponseSystemParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    system_parameter: value.system_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeApiHistoryResponseSystemParameters>
        for DescribeApiHistoryResponseSystemParameters {
            fn from(value: super::DescribeApiHistoryResponseSystemParameters) -> Self {
                Self {
                    system_parameter: Ok(value.system_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployApiTaskResponse {
            deployed_results: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployApiTaskResponseDeployedResults,
                >,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployApiTaskResponse {
            fn default() -> Self {
                Self {
                    deployed_results: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployApiTaskResponse {
            pub fn deployed_results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployApiTaskResponseDeployedResults,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_results = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployed_results: {e}"
                        )
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployApiTaskResponse>
        for super::DescribeDeployApiTaskResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployApiTaskResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployed_results: value.deployed_results?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployApiTaskResponse>
        for DescribeDeployApiTaskResponse {
            fn from(value: super::DescribeDeployApiTaskResponse) -> Self {
                Self {
                    deployed_results: Ok(value.deployed_results),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployApiTaskResponseDeployedResults {
            deployed_result: ::std::result::Result<
                ::std::vec::Vec<super::DeployedResult>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployApiTaskResponseDeployedResults {
            fn default() -> Self {
                Self {
                    deployed_result: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployApiTaskResponseDeployedResults {
            pub fn deployed_result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeployedResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_result = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployed_result: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployApiTaskResponseDeployedResults>
        for super::DescribeDeployApiTaskResponseDeployedResults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployApiTaskResponseDeployedResults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployed_result: value.deployed_result?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployApiTaskResponseDeployedResults>
        for DescribeDeployApiTaskResponseDeployedResults {
            fn from(value: super::DescribeDeployApiTaskResponseDeployedResults) -> Self {
                Self {
                    deployed_result: Ok(value.deployed_result),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponse {
            allow_signature_method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            api_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            constant_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseConstantParameters,
                >,
                ::std::string::String,
            >,
            custom_system_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseCustomSystemParameters,
                >,
                ::std::string::String,
            >,
            deployed_time: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_internet: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_code_samples: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseErrorCodeSamples,
                >,
                ::std::string::String,
            >,
            fail_result_sample: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            force_nonce_check: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            open_id_connect_config: ::std::result::Result<
                ::std::option::Option<super::OpenIdConnectConfig>,
                ::std::string::String,
            >,
            region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_config: ::std::result::Result<
                ::std::option::Option<super::DeployedApiRequestConfig>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseRequestParameters,
                >,
                ::std::string::String,
            >,
            result_body_model: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_descriptions: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseResultDescriptions,
                >,
                ::std::string::String,
            >,
            result_sample: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            result_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_config: ::std::result::Result<
                ::std::option::Option<super::DeployedApiServiceConfig>,
                ::std::string::String,
            >,
            service_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseServiceParameters,
                >,
                ::std::string::String,
            >,
            service_parameters_map: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseServiceParametersMap,
                >,
                ::std::string::String,
            >,
            stage_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            system_parameters: ::std::result::Result<
                ::std::option::Option<
                    super::DescribeDeployedApiResponseSystemParameters,
                >,
                ::std::string::String,
            >,
            visibility: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponse {
            fn default() -> Self {
                Self {
                    allow_signature_method: Ok(Default::default()),
                    api_id: Ok(Default::default()),
                    api_name: Ok(Default::default()),
                    auth_type: Ok(Default::default()),
                    constant_parameters: Ok(Default::default()),
                    custom_system_parameters: Ok(Default::default()),
                    deployed_time: Ok(Default::default()),
                    description: Ok(Default::default()),
                    disable_internet: Ok(Default::default()),
                    error_code_samples: Ok(Default::default()),
                    fail_result_sample: Ok(Default::default()),
                    force_nonce_check: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    group_name: Ok(Default::default()),
                    open_id_connect_config: Ok(Default::default()),
                    region_id: Ok(Default::default()),
                    request_config: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    request_parameters: Ok(Default::default()),
                    result_body_model: Ok(Default::default()),
                    result_descriptions: Ok(Default::default()),
                    result_sample: Ok(Default::default()),
                    result_type: Ok(Default::default()),
                    service_config: Ok(Default::default()),
                    service_parameters: Ok(Default::default()),
                    service_parameters_map: Ok(Default::default()),
                    stage_name: Ok(Default::default()),
                    system_parameters: Ok(Default::default()),
                    visibility: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponse {
            pub fn allow_signature_method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allow_signature_method = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allow_signature_method: {e}"
                        )
                    });
                self
            }
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
            pub fn api_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_name: {e}")
                    });
                self
            }
            pub fn auth_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_type: {e}")
                    });
                self
            }
            pub fn constant_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseConstantParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.constant_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constant_parameters: {e}"
                        )
                    });
                self
            }
            pub fn custom_system_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseCustomSystemParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_system_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_system_parameters: {e}"
                        )
                    });
                self
            }
            pub fn deployed_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_time: {e}")
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
            pub fn disable_internet<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_internet = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_internet: {e}"
                        )
                    });
                self
            }
            pub fn error_code_samples<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseErrorCodeSamples,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.error_code_samples = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_code_samples: {e}"
                        )
                    });
                self
            }
            pub fn fail_result_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fail_result_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for fail_result_sample: {e}"
                        )
                    });
                self
            }
            pub fn force_nonce_check<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.force_nonce_check = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for force_nonce_check: {e}"
                        )
                    });
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn group_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_name: {e}")
                    });
                self
            }
            pub fn open_id_connect_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OpenIdConnectConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.open_id_connect_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for open_id_connect_config: {e}"
                        )
                    });
                self
            }
            pub fn region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_id: {e}")
                    });
                self
            }
            pub fn request_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeployedApiRequestConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_config: {e}"
                        )
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseRequestParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.request_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_parameters: {e}"
                        )
                    });
                self
            }
            pub fn result_body_model<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_body_model = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_body_model: {e}"
                        )
                    });
                self
            }
            pub fn result_descriptions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseResultDescriptions,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result_descriptions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_descriptions: {e}"
                        )
                    });
                self
            }
            pub fn result_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_sample: {e}")
                    });
                self
            }
            pub fn result_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result_type: {e}")
                    });
                self
            }
            pub fn service_config<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeployedApiServiceConfig>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_config = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_config: {e}"
                        )
                    });
                self
            }
            pub fn service_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseServiceParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameters: {e}"
                        )
                    });
                self
            }
            pub fn service_parameters_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseServiceParametersMap,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameters_map = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameters_map: {e}"
                        )
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
            pub fn system_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApiResponseSystemParameters,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.system_parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_parameters: {e}"
                        )
                    });
                self
            }
            pub fn visibility<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.visibility = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for visibility: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponse>
        for super::DescribeDeployedApiResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allow_signature_method: value.allow_signature_method?,
                    api_id: value.api_id?,
                    api_name: value.api_name?,
                    auth_type: value.auth_type?,
                    constant_parameters: value.constant_parameters?,
                    custom_system_parameters: value.custom_system_parameters?,
                    deployed_time: value.deployed_time?,
                    description: value.description?,
                    disable_internet: value.disable_internet?,
                    error_code_samples: value.error_code_samples?,
                    fail_result_sample: value.fail_result_sample?,
                    force_nonce_check: value.force_nonce_check?,
                    group_id: value.group_id?,
                    group_name: value.group_name?,
                    open_id_connect_config: value.open_id_connect_config?,
                    region_id: value.region_id?,
                    request_config: value.request_config?,
                    request_id: value.request_id?,
                    request_parameters: value.request_parameters?,
                    result_body_model: value.result_body_model?,
                    result_descriptions: value.result_descriptions?,
                    result_sample: value.result_sample?,
                    result_type: value.result_type?,
                    service_config: value.service_config?,
                    service_parameters: value.service_parameters?,
                    service_parameters_map: value.service_parameters_map?,
                    stage_name: value.stage_name?,
                    system_parameters: value.system_parameters?,
                    visibility: value.visibility?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponse>
        for DescribeDeployedApiResponse {
            fn from(value: super::DescribeDeployedApiResponse) -> Self {
                Self {
                    allow_signature_method: Ok(value.allow_signature_method),
                    api_id: Ok(value.api_id),
                    api_name: Ok(value.api_name),
                    auth_type: Ok(value.auth_type),
                    constant_parameters: Ok(value.constant_parameters),
                    custom_system_parameters: Ok(value.custom_system_parameters),
                    deployed_time: Ok(value.deployed_time),
                    description: Ok(value.description),
                    disable_internet: Ok(value.disable_internet),
                    error_code_samples: Ok(value.error_code_samples),
                    fail_result_sample: Ok(value.fail_result_sample),
                    force_nonce_check: Ok(value.force_nonce_check),
                    group_id: Ok(value.group_id),
                    group_name: Ok(value.group_name),
                    open_id_connect_config: Ok(value.open_id_connect_config),
                    region_id: Ok(value.region_id),
                    request_config: Ok(value.request_config),
                    request_id: Ok(value.request_id),
                    request_parameters: Ok(value.request_parameters),
                    result_body_model: Ok(value.result_body_model),
                    result_descriptions: Ok(value.result_descriptions),
                    result_sample: Ok(value.result_sample),
                    result_type: Ok(value.result_type),
                    service_config: Ok(value.service_config),
                    service_parameters: Ok(value.service_parameters),
                    service_parameters_map: Ok(value.service_parameters_map),
                    stage_name: Ok(value.stage_name),
                    system_parameters: Ok(value.system_parameters),
                    visibility: Ok(value.visibility),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseConstantParameters {
            constant_parameter: ::std::result::Result<
                ::std::vec::Vec<super::ConstantParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseConstantParameters {
            fn default() -> Self {
                Self {
                    constant_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseConstantParameters {
            pub fn constant_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConstantParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.constant_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constant_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseConstantParameters>
        for super::DescribeDeployedApiResponseConstantParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseConstantParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    constant_parameter: value.constant_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseConstantParameters>
        for DescribeDeployedApiResponseConstantParameters {
            fn from(
                value: super::DescribeDeployedApiResponseConstantParameters,
            ) -> Self {
                Self {
                    constant_parameter: Ok(value.constant_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseCustomSystemParameters {
            custom_system_parameter: ::std::result::Result<
                ::std::vec::Vec<super::CustomSystemParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for DescribeDeployedApiResponseCustomSystemParameters {
            fn default() -> Self {
                Self {
                    custom_system_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseCustomSystemParameters {
            pub fn custom_system_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CustomSystemParameter>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_system_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_system_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseCustomSystemParameters>
        for super::DescribeDeployedApiResponseCustomSystemParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseCustomSystemParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_system_parameter: value.custom_system_parameter?,
                })
            }
        }
        impl ::std::convert::From<
            super::DescribeDeployedApiResponseCustomSystemParameters,
        > for DescribeDeployedApiResponseCustomSystemParameters {
            fn from(
                value: super::DescribeDeployedApiResponseCustomSystemParameters,
            ) -> Self {
                Self {
                    custom_system_parameter: Ok(value.custom_system_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseErrorCodeSamples {
            error_code_sample: ::std::result::Result<
                ::std::vec::Vec<super::ErrorCodeSample>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseErrorCodeSamples {
            fn default() -> Self {
                Self {
                    error_code_sample: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseErrorCodeSamples {
            pub fn error_code_sample<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ErrorCodeSample>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code_sample = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_code_sample: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseErrorCodeSamples>
        for super::DescribeDeployedApiResponseErrorCodeSamples {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseErrorCodeSamples,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error_code_sample: value.error_code_sample?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseErrorCodeSamples>
        for DescribeDeployedApiResponseErrorCodeSamples {
            fn from(value: super::DescribeDeployedApiResponseErrorCodeSamples) -> Self {
                Self {
                    error_code_sample: Ok(value.error_code_sample),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseRequestParameters {
            request_parameter: ::std::result::Result<
                ::std::vec::Vec<super::RequestParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseRequestParameters {
            fn default() -> Self {
                Self {
                    request_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseRequestParameters {
            pub fn request_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RequestParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseRequestParameters>
        for super::DescribeDeployedApiResponseRequestParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseRequestParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_parameter: value.request_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseRequestParameters>
        for DescribeDeployedApiResponseRequestParameters {
            fn from(value: super::DescribeDeployedApiResponseRequestParameters) -> Self {
                Self {
                    request_parameter: Ok(value.request_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseResultDescriptions {
            result_description: ::std::result::Result<
                ::std::vec::Vec<super::ResultDescription>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseResultDescriptions {
            fn default() -> Self {
                Self {
                    result_description: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseResultDescriptions {
            pub fn result_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResultDescription>>,
                T::Error: ::std::fmt::Display,
            {
                self.result_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for result_description: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseResultDescriptions>
        for super::DescribeDeployedApiResponseResultDescriptions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseResultDescriptions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    result_description: value.result_description?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseResultDescriptions>
        for DescribeDeployedApiResponseResultDescriptions {
            fn from(
                value: super::DescribeDeployedApiResponseResultDescriptions,
            ) -> Self {
                Self {
                    result_description: Ok(value.result_description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseServiceParameters {
            service_parameter: ::std::result::Result<
                ::std::vec::Vec<super::ServiceParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseServiceParameters {
            fn default() -> Self {
                Self {
                    service_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseServiceParameters {
            pub fn service_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseServiceParameters>
        for super::DescribeDeployedApiResponseServiceParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseServiceParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    service_parameter: value.service_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseServiceParameters>
        for DescribeDeployedApiResponseServiceParameters {
            fn from(value: super::DescribeDeployedApiResponseServiceParameters) -> Self {
                Self {
                    service_parameter: Ok(value.service_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseServiceParametersMap {
            service_parameter_map: ::std::result::Result<
                ::std::vec::Vec<super::ServiceParameterMap>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default
        for DescribeDeployedApiResponseServiceParametersMap {
            fn default() -> Self {
                Self {
                    service_parameter_map: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseServiceParametersMap {
            pub fn service_parameter_map<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceParameterMap>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_map = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_map: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseServiceParametersMap>
        for super::DescribeDeployedApiResponseServiceParametersMap {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseServiceParametersMap,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    service_parameter_map: value.service_parameter_map?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseServiceParametersMap>
        for DescribeDeployedApiResponseServiceParametersMap {
            fn from(
                value: super::DescribeDeployedApiResponseServiceParametersMap,
            ) -> Self {
                Self {
                    service_parameter_map: Ok(value.service_parameter_map),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApiResponseSystemParameters {
            system_parameter: ::std::result::Result<
                ::std::vec::Vec<super::SystemParameter>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApiResponseSystemParameters {
            fn default() -> Self {
                Self {
                    system_parameter: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApiResponseSystemParameters {
            pub fn system_parameter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SystemParameter>>,
                T::Error: ::std::fmt::Display,
            {
                self.system_parameter = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for system_parameter: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApiResponseSystemParameters>
        for super::DescribeDeployedApiResponseSystemParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApiResponseSystemParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    system_parameter: value.system_parameter?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApiResponseSystemParameters>
        for DescribeDeployedApiResponseSystemParameters {
            fn from(value: super::DescribeDeployedApiResponseSystemParameters) -> Self {
                Self {
                    system_parameter: Ok(value.system_parameter),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApisResponse {
            deployed_apis: ::std::result::Result<
                ::std::option::Option<super::DescribeDeployedApisResponseDeployedApis>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApisResponse {
            fn default() -> Self {
                Self {
                    deployed_apis: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApisResponse {
            pub fn deployed_apis<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DescribeDeployedApisResponseDeployedApis,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_apis = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployed_apis: {e}")
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
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
        impl ::std::convert::TryFrom<DescribeDeployedApisResponse>
        for super::DescribeDeployedApisResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApisResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployed_apis: value.deployed_apis?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    request_id: value.request_id?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApisResponse>
        for DescribeDeployedApisResponse {
            fn from(value: super::DescribeDeployedApisResponse) -> Self {
                Self {
                    deployed_apis: Ok(value.deployed_apis),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    request_id: Ok(value.request_id),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeDeployedApisResponseDeployedApis {
            deployed_api_item: ::std::result::Result<
                ::std::vec::Vec<super::DeployedApiItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeDeployedApisResponseDeployedApis {
            fn default() -> Self {
                Self {
                    deployed_api_item: Ok(Default::default()),
                }
            }
        }
        impl DescribeDeployedApisResponseDeployedApis {
            pub fn deployed_api_item<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DeployedApiItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployed_api_item = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployed_api_item: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeDeployedApisResponseDeployedApis>
        for super::DescribeDeployedApisResponseDeployedApis {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeDeployedApisResponseDeployedApis,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployed_api_item: value.deployed_api_item?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeDeployedApisResponseDeployedApis>
        for DescribeDeployedApisResponseDeployedApis {
            fn from(value: super::DescribeDeployedApisResponseDeployedApis) -> Self {
                Self {
                    deployed_api_item: Ok(value.deployed_api_item),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeHistoryApisResponse {
            api_his_items: ::std::result::Result<
                ::std::option::Option<super::DescribeHistoryApisResponseApiHisItems>,
                ::std::string::String,
            >,
            page_number: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeHistoryApisResponse {
            fn default() -> Self {
                Self {
                    api_his_items: Ok(Default::default()),
                    page_number: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl DescribeHistoryApisResponse {
            pub fn api_his_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DescribeHistoryApisResponseApiHisItems>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.api_his_items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_his_items: {e}")
                    });
                self
            }
            pub fn page_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_number: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
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
        impl ::std::convert::TryFrom<DescribeHistoryApisResponse>
        for super::DescribeHistoryApisResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeHistoryApisResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_his_items: value.api_his_items?,
                    page_number: value.page_number?,
                    page_size: value.page_size?,
                    request_id: value.request_id?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeHistoryApisResponse>
        for DescribeHistoryApisResponse {
            fn from(value: super::DescribeHistoryApisResponse) -> Self {
                Self {
                    api_his_items: Ok(value.api_his_items),
                    page_number: Ok(value.page_number),
                    page_size: Ok(value.page_size),
                    request_id: Ok(value.request_id),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DescribeHistoryApisResponseApiHisItems {
            api_his_item: ::std::result::Result<
                ::std::vec::Vec<super::ApiHisItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DescribeHistoryApisResponseApiHisItems {
            fn default() -> Self {
                Self {
                    api_his_item: Ok(Default::default()),
                }
            }
        }
        impl DescribeHistoryApisResponseApiHisItems {
            pub fn api_his_item<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiHisItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_his_item = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_his_item: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DescribeHistoryApisResponseApiHisItems>
        for super::DescribeHistoryApisResponseApiHisItems {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DescribeHistoryApisResponseApiHisItems,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_his_item: value.api_his_item?,
                })
            }
        }
        impl ::std::convert::From<super::DescribeHistoryApisResponseApiHisItems>
        for DescribeHistoryApisResponseApiHisItems {
            fn from(value: super::DescribeHistoryApisResponseApiHisItems) -> Self {
                Self {
                    api_his_item: Ok(value.api_his_item),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorCodeSample {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorCodeSample {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    description: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl ErrorCodeSample {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
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
        impl ::std::convert::TryFrom<ErrorCodeSample> for super::ErrorCodeSample {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorCodeSample,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    description: value.description?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorCodeSample> for ErrorCodeSample {
            fn from(value: super::ErrorCodeSample) -> Self {
                Self {
                    code: Ok(value.code),
                    description: Ok(value.description),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn host_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_id: {e}")
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
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EventBridgeConfig {
            event_bridge_region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_bus: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            event_source: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EventBridgeConfig {
            fn default() -> Self {
                Self {
                    event_bridge_region_id: Ok(Default::default()),
                    event_bus: Ok(Default::default()),
                    event_source: Ok(Default::default()),
                    role_arn: Ok(Default::default()),
                }
            }
        }
        impl EventBridgeConfig {
            pub fn event_bridge_region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_bridge_region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for event_bridge_region_id: {e}"
                        )
                    });
                self
            }
            pub fn event_bus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_bus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_bus: {e}")
                    });
                self
            }
            pub fn event_source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.event_source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for event_source: {e}")
                    });
                self
            }
            pub fn role_arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_arn: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EventBridgeConfig> for super::EventBridgeConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EventBridgeConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    event_bridge_region_id: value.event_bridge_region_id?,
                    event_bus: value.event_bus?,
                    event_source: value.event_source?,
                    role_arn: value.role_arn?,
                })
            }
        }
        impl ::std::convert::From<super::EventBridgeConfig> for EventBridgeConfig {
            fn from(value: super::EventBridgeConfig) -> Self {
                Self {
                    event_bridge_region_id: Ok(value.event_bridge_region_id),
                    event_bus: Ok(value.event_bus),
                    event_source: Ok(value.event_source),
                    role_arn: Ok(value.role_arn),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FunctionComputeConfig {
            content_type_catagory: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            content_type_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fc_base_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fc_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            function_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            method: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            only_business_path: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            qualifier: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role_arn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for FunctionComputeConfig {
            fn default() -> Self {
                Self {
                    content_type_catagory: Ok(Default::default()),
                    content_type_value: Ok(Default::default()),
                    fc_base_url: Ok(Default::default()),
                    fc_type: Ok(Default::default()),
                    function_name: Ok(Default::default()),
                    method: Ok(Default::default()),
                    only_business_path: Ok(Default::default()),
                    path: Ok(Default::default()),
                    qualifier: Ok(Default::default()),
                    region_id: Ok(Default::default()),
                    role_arn: Ok(Default::default()),
                    service_name: Ok(Default::default()),
                }
            }
        }
        impl FunctionComputeConfig {
            pub fn content_type_catagory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type_catagory = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_type_catagory: {e}"
                        )
                    });
                self
            }
            pub fn content_type_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.content_type_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for content_type_value: {e}"
                        )
                    });
                self
            }
            pub fn fc_base_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fc_base_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fc_base_url: {e}")
                    });
                self
            }
            pub fn fc_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fc_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fc_type: {e}")
                    });
                self
            }
            pub fn function_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.function_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for function_name: {e}")
                    });
                self
            }
            pub fn method<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.method = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for method: {e}")
                    });
                self
            }
            pub fn only_business_path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.only_business_path = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for only_business_path: {e}"
                        )
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn qualifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.qualifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for qualifier: {e}")
                    });
                self
            }
            pub fn region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for region_id: {e}")
                    });
                self
            }
            pub fn role_arn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role_arn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_arn: {e}")
                    });
                self
            }
            pub fn service_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for service_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FunctionComputeConfig>
        for super::FunctionComputeConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FunctionComputeConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    content_type_catagory: value.content_type_catagory?,
                    content_type_value: value.content_type_value?,
                    fc_base_url: value.fc_base_url?,
                    fc_type: value.fc_type?,
                    function_name: value.function_name?,
                    method: value.method?,
                    only_business_path: value.only_business_path?,
                    path: value.path?,
                    qualifier: value.qualifier?,
                    region_id: value.region_id?,
                    role_arn: value.role_arn?,
                    service_name: value.service_name?,
                })
            }
        }
        impl ::std::convert::From<super::FunctionComputeConfig>
        for FunctionComputeConfig {
            fn from(value: super::FunctionComputeConfig) -> Self {
                Self {
                    content_type_catagory: Ok(value.content_type_catagory),
                    content_type_value: Ok(value.content_type_value),
                    fc_base_url: Ok(value.fc_base_url),
                    fc_type: Ok(value.fc_type),
                    function_name: Ok(value.function_name),
                    method: Ok(value.method),
                    only_business_path: Ok(value.only_business_path),
                    path: Ok(value.path),
                    qualifier: Ok(value.qualifier),
                    region_id: Ok(value.region_id),
                    role_arn: Ok(value.role_arn),
                    service_name: Ok(value.service_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MockHeader {
            header_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            header_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MockHeader {
            fn default() -> Self {
                Self {
                    header_name: Ok(Default::default()),
                    header_value: Ok(Default::default()),
                }
            }
        }
        impl MockHeader {
            pub fn header_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.header_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_name: {e}")
                    });
                self
            }
            pub fn header_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.header_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for header_value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MockHeader> for super::MockHeader {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MockHeader,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    header_name: value.header_name?,
                    header_value: value.header_value?,
                })
            }
        }
        impl ::std::convert::From<super::MockHeader> for MockHeader {
            fn from(value: super::MockHeader) -> Self {
                Self {
                    header_name: Ok(value.header_name),
                    header_value: Ok(value.header_value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OpenIdConnectConfig {
            id_token_param_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            open_id_api_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            public_key_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OpenIdConnectConfig {
            fn default() -> Self {
                Self {
                    id_token_param_name: Ok(Default::default()),
                    open_id_api_type: Ok(Default::default()),
                    public_key: Ok(Default::default()),
                    public_key_id: Ok(Default::default()),
                }
            }
        }
        impl OpenIdConnectConfig {
            pub fn id_token_param_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_token_param_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for id_token_param_name: {e}"
                        )
                    });
                self
            }
            pub fn open_id_api_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.open_id_api_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for open_id_api_type: {e}"
                        )
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
            pub fn public_key_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OpenIdConnectConfig>
        for super::OpenIdConnectConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OpenIdConnectConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id_token_param_name: value.id_token_param_name?,
                    open_id_api_type: value.open_id_api_type?,
                    public_key: value.public_key?,
                    public_key_id: value.public_key_id?,
                })
            }
        }
        impl ::std::convert::From<super::OpenIdConnectConfig> for OpenIdConnectConfig {
            fn from(value: super::OpenIdConnectConfig) -> Self {
                Self {
                    id_token_param_name: Ok(value.id_token_param_name),
                    open_id_api_type: Ok(value.open_id_api_type),
                    public_key: Ok(value.public_key),
                    public_key_id: Ok(value.public_key_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OssConfig {
            action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            bucket_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            oss_region_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OssConfig {
            fn default() -> Self {
                Self {
                    action: Ok(Default::default()),
                    bucket_name: Ok(Default::default()),
                    key: Ok(Default::default()),
                    oss_region_id: Ok(Default::default()),
                }
            }
        }
        impl OssConfig {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for action: {e}")
                    });
                self
            }
            pub fn bucket_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.bucket_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for bucket_name: {e}")
                    });
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn oss_region_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.oss_region_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for oss_region_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OssConfig> for super::OssConfig {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OssConfig,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    bucket_name: value.bucket_name?,
                    key: value.key?,
                    oss_region_id: value.oss_region_id?,
                })
            }
        }
        impl ::std::convert::From<super::OssConfig> for OssConfig {
            fn from(value: super::OssConfig) -> Self {
                Self {
                    action: Ok(value.action),
                    bucket_name: Ok(value.bucket_name),
                    key: Ok(value.key),
                    oss_region_id: Ok(value.oss_region_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestParameter {
            api_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            array_items_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            default_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            demo_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            doc_order: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            doc_show: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enum_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            json_scheme: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            max_length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            max_value: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_length: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            min_value: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            parameter_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            regular_expression: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            required: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestParameter {
            fn default() -> Self {
                Self {
                    api_parameter_name: Ok(Default::default()),
                    array_items_type: Ok(Default::default()),
                    default_value: Ok(Default::default()),
                    demo_value: Ok(Default::default()),
                    description: Ok(Default::default()),
                    doc_order: Ok(Default::default()),
                    doc_show: Ok(Default::default()),
                    enum_value: Ok(Default::default()),
                    json_scheme: Ok(Default::default()),
                    location: Ok(Default::default()),
                    max_length: Ok(Default::default()),
                    max_value: Ok(Default::default()),
                    min_length: Ok(Default::default()),
                    min_value: Ok(Default::default()),
                    parameter_type: Ok(Default::default()),
                    regular_expression: Ok(Default::default()),
                    required: Ok(Default::default()),
                }
            }
        }
        impl RequestParameter {
            pub fn api_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for api_parameter_name: {e}"
                        )
                    });
                self
            }
            pub fn array_items_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.array_items_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for array_items_type: {e}"
                        )
                    });
                self
            }
            pub fn default_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default_value: {e}")
                    });
                self
            }
            pub fn demo_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.demo_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for demo_value: {e}")
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
            pub fn doc_order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.doc_order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for doc_order: {e}")
                    });
                self
            }
            pub fn doc_show<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.doc_show = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for doc_show: {e}")
                    });
                self
            }
            pub fn enum_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enum_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enum_value: {e}")
                    });
                self
            }
            pub fn json_scheme<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.json_scheme = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for json_scheme: {e}")
                    });
                self
            }
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn max_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_length: {e}")
                    });
                self
            }
            pub fn max_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for max_value: {e}")
                    });
                self
            }
            pub fn min_length<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_length = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_length: {e}")
                    });
                self
            }
            pub fn min_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.min_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for min_value: {e}")
                    });
                self
            }
            pub fn parameter_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_type: {e}"
                        )
                    });
                self
            }
            pub fn regular_expression<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.regular_expression = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for regular_expression: {e}"
                        )
                    });
                self
            }
            pub fn required<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.required = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for required: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestParameter> for super::RequestParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_parameter_name: value.api_parameter_name?,
                    array_items_type: value.array_items_type?,
                    default_value: value.default_value?,
                    demo_value: value.demo_value?,
                    description: value.description?,
                    doc_order: value.doc_order?,
                    doc_show: value.doc_show?,
                    enum_value: value.enum_value?,
                    json_scheme: value.json_scheme?,
                    location: value.location?,
                    max_length: value.max_length?,
                    max_value: value.max_value?,
                    min_length: value.min_length?,
                    min_value: value.min_value?,
                    parameter_type: value.parameter_type?,
                    regular_expression: value.regular_expression?,
                    required: value.required?,
                })
            }
        }
        impl ::std::convert::From<super::RequestParameter> for RequestParameter {
            fn from(value: super::RequestParameter) -> Self {
                Self {
                    api_parameter_name: Ok(value.api_parameter_name),
                    array_items_type: Ok(value.array_items_type),
                    default_value: Ok(value.default_value),
                    demo_value: Ok(value.demo_value),
                    description: Ok(value.description),
                    doc_order: Ok(value.doc_order),
                    doc_show: Ok(value.doc_show),
                    enum_value: Ok(value.enum_value),
                    json_scheme: Ok(value.json_scheme),
                    location: Ok(value.location),
                    max_length: Ok(value.max_length),
                    max_value: Ok(value.max_value),
                    min_length: Ok(value.min_length),
                    min_value: Ok(value.min_value),
                    parameter_type: Ok(value.parameter_type),
                    regular_expression: Ok(value.regular_expression),
                    required: Ok(value.required),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResultDescription {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            has_child: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            mandatory: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResultDescription {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    has_child: Ok(Default::default()),
                    id: Ok(Default::default()),
                    key: Ok(Default::default()),
                    mandatory: Ok(Default::default()),
                    name: Ok(Default::default()),
                    pid: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl ResultDescription {
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
            pub fn has_child<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_child = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for has_child: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn mandatory<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.mandatory = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mandatory: {e}")
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
            pub fn pid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.pid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pid: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResultDescription> for super::ResultDescription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResultDescription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    has_child: value.has_child?,
                    id: value.id?,
                    key: value.key?,
                    mandatory: value.mandatory?,
                    name: value.name?,
                    pid: value.pid?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ResultDescription> for ResultDescription {
            fn from(value: super::ResultDescription) -> Self {
                Self {
                    description: Ok(value.description),
                    has_child: Ok(value.has_child),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    mandatory: Ok(value.mandatory),
                    name: Ok(value.name),
                    pid: Ok(value.pid),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceParameter {
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameter_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceParameter {
            fn default() -> Self {
                Self {
                    location: Ok(Default::default()),
                    parameter_type: Ok(Default::default()),
                    service_parameter_name: Ok(Default::default()),
                }
            }
        }
        impl ServiceParameter {
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn parameter_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_type: {e}"
                        )
                    });
                self
            }
            pub fn service_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceParameter> for super::ServiceParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    location: value.location?,
                    parameter_type: value.parameter_type?,
                    service_parameter_name: value.service_parameter_name?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceParameter> for ServiceParameter {
            fn from(value: super::ServiceParameter) -> Self {
                Self {
                    location: Ok(value.location),
                    parameter_type: Ok(value.parameter_type),
                    service_parameter_name: Ok(value.service_parameter_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceParameterMap {
            request_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceParameterMap {
            fn default() -> Self {
                Self {
                    request_parameter_name: Ok(Default::default()),
                    service_parameter_name: Ok(Default::default()),
                }
            }
        }
        impl ServiceParameterMap {
            pub fn request_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_parameter_name: {e}"
                        )
                    });
                self
            }
            pub fn service_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceParameterMap>
        for super::ServiceParameterMap {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceParameterMap,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_parameter_name: value.request_parameter_name?,
                    service_parameter_name: value.service_parameter_name?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceParameterMap> for ServiceParameterMap {
            fn from(value: super::ServiceParameterMap) -> Self {
                Self {
                    request_parameter_name: Ok(value.request_parameter_name),
                    service_parameter_name: Ok(value.service_parameter_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SwitchApiResponse {
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SwitchApiResponse {
            fn default() -> Self {
                Self {
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl SwitchApiResponse {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SwitchApiResponse> for super::SwitchApiResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SwitchApiResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::SwitchApiResponse> for SwitchApiResponse {
            fn from(value: super::SwitchApiResponse) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SystemParameter {
            demo_value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            service_parameter_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SystemParameter {
            fn default() -> Self {
                Self {
                    demo_value: Ok(Default::default()),
                    description: Ok(Default::default()),
                    location: Ok(Default::default()),
                    parameter_name: Ok(Default::default()),
                    service_parameter_name: Ok(Default::default()),
                }
            }
        }
        impl SystemParameter {
            pub fn demo_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.demo_value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for demo_value: {e}")
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
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
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
            pub fn service_parameter_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.service_parameter_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for service_parameter_name: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SystemParameter> for super::SystemParameter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SystemParameter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    demo_value: value.demo_value?,
                    description: value.description?,
                    location: value.location?,
                    parameter_name: value.parameter_name?,
                    service_parameter_name: value.service_parameter_name?,
                })
            }
        }
        impl ::std::convert::From<super::SystemParameter> for SystemParameter {
            fn from(value: super::SystemParameter) -> Self {
                Self {
                    demo_value: Ok(value.demo_value),
                    description: Ok(value.description),
                    location: Ok(value.location),
                    parameter_name: Ok(value.parameter_name),
                    service_parameter_name: Ok(value.service_parameter_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TagItem {
            key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TagItem {
            fn default() -> Self {
                Self {
                    key: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl TagItem {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TagItem> for super::TagItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TagItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::TagItem> for TagItem {
            fn from(value: super::TagItem) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
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
/**Client for Alibaba Cloud API Gateway (CloudAPI) — API publishing

Publishing, unpublishing, batch tasks, release history and rollback of APIs in Alibaba Cloud API Gateway (product `CloudAPI`, API version 2016-07-14).

These are RPC-style actions: every call is `POST /` on the regional endpoint with all parameters in the query string and an empty body. Each action is modelled as its own path whose key carries the fixed `Action` and `Version` query; the generated query parameters are appended after them. Request signing (ACS3-HMAC-SHA256, including the STS `SecurityToken` when used) is added by the client's hooks and is not declared here.

List parameters marked `x-deploykit-style: repeatList` are flattened as `Name.1.Field`, `Name.2.Field`, … before sending.

Version: 2016-07-14*/
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
        "2016-07-14"
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
    /**Publish an API to an environment

Publishes the current definition of one API to a runtime environment. Only a published API can be called through the gateway; the new definition reaches the gateway cluster within about five seconds. For API providers; limited to 50 calls per second per account.

Sends a `POST` request to `/?Action=DeployApi&Version=2016-07-14`

Arguments:
- `api_id`: ID of the API.
- `description`: Free-text note recorded with this release.
- `group_id`: ID of the API group the API belongs to.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
```ignore
let response = client.deploy_api()
    .api_id(api_id)
    .description(description)
    .group_id(group_id)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn deploy_api(&self) -> builder::DeployApi<'_> {
        builder::DeployApi::new(self)
    }
    /**Unpublish an API from an environment

Takes one published API offline in a runtime environment; callers of that environment stop reaching it. The API definition itself is kept and can be published again.

Sends a `POST` request to `/?Action=AbolishApi&Version=2016-07-14`

Arguments:
- `api_id`: ID of the API.
- `group_id`: ID of the API group the API belongs to.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`. The reference lists `RELEASE` and `TEST` for this action.
```ignore
let response = client.abolish_api()
    .api_id(api_id)
    .group_id(group_id)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn abolish_api(&self) -> builder::AbolishApi<'_> {
        builder::AbolishApi::new(self)
    }
    /**Publish several APIs to one environment

Starts an asynchronous task that publishes a list of APIs to one runtime environment. The response carries the task's `OperationId`; pass it as `OperationUid` to `DescribeDeployApiTask` to follow the per-API outcome.

Sends a `POST` request to `/?Action=BatchDeployApis&Version=2016-07-14`

Arguments:
- `api`: The APIs to publish, each identified by `ApiUid` and `GroupId`. Sent as `Api.1.ApiUid`, `Api.1.GroupId`, `Api.2.ApiUid`, … (Alibaba's `repeatList` style). The reference marks the list itself optional, its item fields required.
- `description`: Free-text note recorded with this release.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`. Every API in the list goes to this environment.
```ignore
let response = client.batch_deploy_apis()
    .api(api)
    .description(description)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn batch_deploy_apis(&self) -> builder::BatchDeployApis<'_> {
        builder::BatchDeployApis::new(self)
    }
    /**Unpublish several APIs

Starts an asynchronous task that takes a list of published APIs offline; each entry names its own environment. The response carries the task's `OperationId`; pass it as `OperationUid` to `DescribeAbolishApiTask` to follow the per-API outcome.

Sends a `POST` request to `/?Action=BatchAbolishApis&Version=2016-07-14`

Arguments:
- `api`: The APIs to unpublish. Sent as `Api.1.ApiUid`, `Api.1.GroupId`, `Api.1.StageName`, `Api.1.StageId`, `Api.2.…` (Alibaba's `repeatList` style).
```ignore
let response = client.batch_abolish_apis()
    .api(api)
    .send()
    .await;
```*/
    pub fn batch_abolish_apis(&self) -> builder::BatchAbolishApis<'_> {
        builder::BatchAbolishApis::new(self)
    }
    /**Get the progress of a batch publishing task

Reports, API by API, how far an asynchronous publishing task started by `BatchDeployApis` has got. Read-only, safe to repeat while polling.

Sends a `POST` request to `/?Action=DescribeDeployApiTask&Version=2016-07-14`

Arguments:
- `operation_uid`: The task ID, i.e. the `OperationId` returned by `BatchDeployApis`.
```ignore
let response = client.describe_deploy_api_task()
    .operation_uid(operation_uid)
    .send()
    .await;
```*/
    pub fn describe_deploy_api_task(&self) -> builder::DescribeDeployApiTask<'_> {
        builder::DescribeDeployApiTask::new(self)
    }
    /**Get the progress of a batch unpublishing task

Reports, API by API, how far an asynchronous unpublishing task started by `BatchAbolishApis` has got. Read-only, safe to repeat while polling.

Sends a `POST` request to `/?Action=DescribeAbolishApiTask&Version=2016-07-14`

Arguments:
- `operation_uid`: The task ID, i.e. the `OperationId` returned by `BatchAbolishApis`.
```ignore
let response = client.describe_abolish_api_task()
    .operation_uid(operation_uid)
    .send()
    .await;
```*/
    pub fn describe_abolish_api_task(&self) -> builder::DescribeAbolishApiTask<'_> {
        builder::DescribeAbolishApiTask::new(self)
    }
    /**List published APIs

Lists, page by page, the APIs that are currently published in an environment, optionally narrowed by group, API ID, name (fuzzy match), path, method or tags. Read-only.

Sends a `POST` request to `/?Action=DescribeDeployedApis&Version=2016-07-14`

Arguments:
- `api_id`: Only the API with this ID.
- `api_method`: Only APIs with this HTTP method, e.g. `POST`.
- `api_name`: Only APIs whose name matches this value (fuzzy match).
- `api_path`: Only APIs with this request path, e.g. `/st4`.
- `enable_tag_auth`: Whether tag verification is enabled for this query.
- `group_id`: ID of the API group the API belongs to.
- `page_number`: Page to return, counting from 1 (default 1).
- `page_size`: Entries per page, at most 100 (default 10).
- `stage_name`: Only APIs published in this environment.
- `tag`: Tag filter. Sent as `Tag.1.Key`, `Tag.1.Value`, `Tag.2.Key`, … (Alibaba's `repeatList` style).
```ignore
let response = client.describe_deployed_apis()
    .api_id(api_id)
    .api_method(api_method)
    .api_name(api_name)
    .api_path(api_path)
    .enable_tag_auth(enable_tag_auth)
    .group_id(group_id)
    .page_number(page_number)
    .page_size(page_size)
    .stage_name(stage_name)
    .tag(tag)
    .send()
    .await;
```*/
    pub fn describe_deployed_apis(&self) -> builder::DescribeDeployedApis<'_> {
        builder::DescribeDeployedApis::new(self)
    }
    /**Get the definition of a published API

Returns the definition of one API as it is currently published in an environment (which may differ from the draft definition). Read-only.

Sends a `POST` request to `/?Action=DescribeDeployedApi&Version=2016-07-14`

Arguments:
- `api_id`: ID of the API.
- `group_id`: ID of the API group the API belongs to. Generated by the system and globally unique.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
```ignore
let response = client.describe_deployed_api()
    .api_id(api_id)
    .group_id(group_id)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn describe_deployed_api(&self) -> builder::DescribeDeployedApi<'_> {
        builder::DescribeDeployedApi::new(self)
    }
    /**List the release history of APIs in a group

Lists, page by page, the historical versions recorded each time APIs of a group were published, optionally narrowed by environment, API ID or name (fuzzy match). The `HistoryVersion` values feed `DescribeApiHistory` and `SwitchApi`. Read-only.

Sends a `POST` request to `/?Action=DescribeHistoryApis&Version=2016-07-14`

Arguments:
- `api_id`: Only versions of the API with this ID.
- `api_name`: Only APIs whose name matches this value (fuzzy match).
- `group_id`: ID of the API group the API belongs to.
- `page_number`: Page to return, counting from 1. Declared as a string by Alibaba; send a decimal number.
- `page_size`: Entries per page (default 10, at most 50). Declared as a string by Alibaba; send a decimal number.
- `stage_name`: Only versions published to this environment.
```ignore
let response = client.describe_history_apis()
    .api_id(api_id)
    .api_name(api_name)
    .group_id(group_id)
    .page_number(page_number)
    .page_size(page_size)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn describe_history_apis(&self) -> builder::DescribeHistoryApis<'_> {
        builder::DescribeHistoryApis::new(self)
    }
    /**Get one historical version of an API

Returns the full definition of an API as it was published in a given historical version. Read-only.

Sends a `POST` request to `/?Action=DescribeApiHistory&Version=2016-07-14`

Arguments:
- `api_id`: ID of the API.
- `group_id`: ID of the API group the API belongs to. Generated by the system and globally unique.
- `history_version`: The historical version to read, as listed by `DescribeHistoryApis`.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
```ignore
let response = client.describe_api_history()
    .api_id(api_id)
    .group_id(group_id)
    .history_version(history_version)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn describe_api_history(&self) -> builder::DescribeApiHistory<'_> {
        builder::DescribeApiHistory::new(self)
    }
    /**Roll an API back to a historical version

Makes a previously published historical version of an API the live definition in an environment (a rollback, or a roll-forward to a newer recorded version).

Sends a `POST` request to `/?Action=SwitchApi&Version=2016-07-14`

Arguments:
- `api_id`: ID of the API.
- `description`: Free-text note recorded with the switch, at most 200 characters.
- `group_id`: ID of the API group the API belongs to.
- `history_version`: The historical version to switch to, as listed by `DescribeHistoryApis`.
- `stage_name`: Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
```ignore
let response = client.switch_api()
    .api_id(api_id)
    .description(description)
    .group_id(group_id)
    .history_version(history_version)
    .stage_name(stage_name)
    .send()
    .await;
```*/
    pub fn switch_api(&self) -> builder::SwitchApi<'_> {
        builder::SwitchApi::new(self)
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
    /**Builder for [`Client::deploy_api`]

[`Client::deploy_api`]: super::Client::deploy_api*/
    #[derive(Debug, Clone)]
    pub struct DeployApi<'a> {
        client: &'a super::Client,
        api_id: Result<::std::string::String, String>,
        description: Result<::std::string::String, String>,
        group_id: Result<Option<::std::string::String>, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> DeployApi<'a> {
        ///A builder of `deploy_api` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Err("api_id was not initialized".to_string()),
                description: Err("description was not initialized".to_string()),
                group_id: Ok(None),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`ApiId` (query, required): ID of the API.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`Description` (query, required): Free-text note recorded with this release.
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.description = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for description failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DeployApi&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeployApiResponse>, Error> {
            let Self { client, api_id, description, group_id, stage_name } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let description = description
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "deploy_api",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "deploy_api",
                &["/?Action=DeployApi&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "deploy_api",
                );
                query.text("ApiId", &api_id);
                query.text("Description", &description);
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "deploy_api",
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
    /**Builder for [`Client::abolish_api`]

[`Client::abolish_api`]: super::Client::abolish_api*/
    #[derive(Debug, Clone)]
    pub struct AbolishApi<'a> {
        client: &'a super::Client,
        api_id: Result<::std::string::String, String>,
        group_id: Result<Option<::std::string::String>, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> AbolishApi<'a> {
        ///A builder of `abolish_api` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Err("api_id was not initialized".to_string()),
                group_id: Ok(None),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`ApiId` (query, required): ID of the API.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`. The reference lists `RELEASE` and `TEST` for this action.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=AbolishApi&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AbolishApiResponse>, Error> {
            let Self { client, api_id, group_id, stage_name } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "abolish_api",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "abolish_api",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "abolish_api",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "abolish_api",
                &["/?Action=AbolishApi&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "abolish_api",
                );
                query.text("ApiId", &api_id);
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "abolish_api",
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
    /**Builder for [`Client::batch_deploy_apis`]

[`Client::batch_deploy_apis`]: super::Client::batch_deploy_apis*/
    #[derive(Debug, Clone)]
    pub struct BatchDeployApis<'a> {
        client: &'a super::Client,
        api: Result<
            Option<crate::runtime::RepeatList<types::BatchDeployApiItem>>,
            String,
        >,
        description: Result<::std::string::String, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> BatchDeployApis<'a> {
        ///A builder of `batch_deploy_apis` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api: Ok(None),
                description: Err("description was not initialized".to_string()),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`Api` (query): The APIs to publish, each identified by `ApiUid` and `GroupId`. Sent as `Api.1.ApiUid`, `Api.1.GroupId`, `Api.2.ApiUid`, … (Alibaba's `repeatList` style). The reference marks the list itself optional, its item fields required.
        pub fn api<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                crate::runtime::RepeatList<types::BatchDeployApiItem>,
            >,
        {
            self.api = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: crate :: runtime :: RepeatList < BatchDeployApiItem , >` for api failed"
                        .to_string()
                });
            self
        }
        ///`Description` (query, required): Free-text note recorded with this release.
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.description = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for description failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`. Every API in the list goes to this environment.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=BatchDeployApis&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BatchDeployApisResponse>, Error> {
            let Self { client, api, description, stage_name } = self;
            let api = api
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "batch_deploy_apis",
                    m,
                ))?;
            let description = description
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "batch_deploy_apis",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "batch_deploy_apis",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "batch_deploy_apis",
                &["/?Action=BatchDeployApis&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "batch_deploy_apis",
                );
                query.param("Api", &api)?;
                query.text("Description", &description);
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "batch_deploy_apis",
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
    /**Builder for [`Client::batch_abolish_apis`]

[`Client::batch_abolish_apis`]: super::Client::batch_abolish_apis*/
    #[derive(Debug, Clone)]
    pub struct BatchAbolishApis<'a> {
        client: &'a super::Client,
        api: Result<crate::runtime::RepeatList<types::BatchAbolishApiItem>, String>,
    }
    impl<'a> BatchAbolishApis<'a> {
        ///A builder of `batch_abolish_apis` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api: Err("api was not initialized".to_string()),
            }
        }
        ///`Api` (query, required): The APIs to unpublish. Sent as `Api.1.ApiUid`, `Api.1.GroupId`, `Api.1.StageName`, `Api.1.StageId`, `Api.2.…` (Alibaba's `repeatList` style).
        pub fn api<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                crate::runtime::RepeatList<types::BatchAbolishApiItem>,
            >,
        {
            self.api = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: crate :: runtime :: RepeatList < BatchAbolishApiItem , >` for api failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=BatchAbolishApis&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BatchAbolishApisResponse>, Error> {
            let Self { client, api } = self;
            let api = api
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "batch_abolish_apis",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "batch_abolish_apis",
                &["/?Action=BatchAbolishApis&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "batch_abolish_apis",
                );
                query.param("Api", &api)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "batch_abolish_apis",
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
    /**Builder for [`Client::describe_deploy_api_task`]

[`Client::describe_deploy_api_task`]: super::Client::describe_deploy_api_task*/
    #[derive(Debug, Clone)]
    pub struct DescribeDeployApiTask<'a> {
        client: &'a super::Client,
        operation_uid: Result<::std::string::String, String>,
    }
    impl<'a> DescribeDeployApiTask<'a> {
        ///A builder of `describe_deploy_api_task` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                operation_uid: Err("operation_uid was not initialized".to_string()),
            }
        }
        ///`OperationUid` (query, required): The task ID, i.e. the `OperationId` returned by `BatchDeployApis`.
        pub fn operation_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeDeployApiTask&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeDeployApiTaskResponse>, Error> {
            let Self { client, operation_uid } = self;
            let operation_uid = operation_uid
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deploy_api_task",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_deploy_api_task",
                &["/?Action=DescribeDeployApiTask&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_deploy_api_task",
                );
                query.text("OperationUid", &operation_uid);
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_deploy_api_task",
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
    /**Builder for [`Client::describe_abolish_api_task`]

[`Client::describe_abolish_api_task`]: super::Client::describe_abolish_api_task*/
    #[derive(Debug, Clone)]
    pub struct DescribeAbolishApiTask<'a> {
        client: &'a super::Client,
        operation_uid: Result<::std::string::String, String>,
    }
    impl<'a> DescribeAbolishApiTask<'a> {
        ///A builder of `describe_abolish_api_task` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                operation_uid: Err("operation_uid was not initialized".to_string()),
            }
        }
        ///`OperationUid` (query, required): The task ID, i.e. the `OperationId` returned by `BatchAbolishApis`.
        pub fn operation_uid<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.operation_uid = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for operation_uid failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeAbolishApiTask&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeAbolishApiTaskResponse>, Error> {
            let Self { client, operation_uid } = self;
            let operation_uid = operation_uid
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_abolish_api_task",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_abolish_api_task",
                &["/?Action=DescribeAbolishApiTask&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_abolish_api_task",
                );
                query.text("OperationUid", &operation_uid);
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_abolish_api_task",
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
    /**Builder for [`Client::describe_deployed_apis`]

[`Client::describe_deployed_apis`]: super::Client::describe_deployed_apis*/
    #[derive(Debug, Clone)]
    pub struct DescribeDeployedApis<'a> {
        client: &'a super::Client,
        api_id: Result<Option<::std::string::String>, String>,
        api_method: Result<Option<::std::string::String>, String>,
        api_name: Result<Option<::std::string::String>, String>,
        api_path: Result<Option<::std::string::String>, String>,
        enable_tag_auth: Result<Option<bool>, String>,
        group_id: Result<Option<::std::string::String>, String>,
        page_number: Result<Option<types::PageNumber>, String>,
        page_size: Result<Option<types::DeployedApisPageSize>, String>,
        stage_name: Result<Option<types::StageName>, String>,
        tag: Result<Option<crate::runtime::RepeatList<types::TagItem>>, String>,
    }
    impl<'a> DescribeDeployedApis<'a> {
        ///A builder of `describe_deployed_apis` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Ok(None),
                api_method: Ok(None),
                api_name: Ok(None),
                api_path: Ok(None),
                enable_tag_auth: Ok(None),
                group_id: Ok(None),
                page_number: Ok(None),
                page_size: Ok(None),
                stage_name: Ok(None),
                tag: Ok(None),
            }
        }
        ///`ApiId` (query): Only the API with this ID.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`ApiMethod` (query): Only APIs with this HTTP method, e.g. `POST`.
        pub fn api_method<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_method = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_method failed"
                        .to_string()
                });
            self
        }
        ///`ApiName` (query): Only APIs whose name matches this value (fuzzy match).
        pub fn api_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_name failed"
                        .to_string()
                });
            self
        }
        ///`ApiPath` (query): Only APIs with this request path, e.g. `/st4`.
        pub fn api_path<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_path = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_path failed"
                        .to_string()
                });
            self
        }
        ///`EnableTagAuth` (query): Whether tag verification is enabled for this query.
        pub fn enable_tag_auth<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.enable_tag_auth = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for enable_tag_auth failed".to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`PageNumber` (query): Page to return, counting from 1 (default 1).
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PageNumber>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `PageNumber` for page_number failed".to_string()
                });
            self
        }
        ///`PageSize` (query): Entries per page, at most 100 (default 10).
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeployedApisPageSize>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `DeployedApisPageSize` for page_size failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query): Only APIs published in this environment.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///`Tag` (query): Tag filter. Sent as `Tag.1.Key`, `Tag.1.Value`, `Tag.2.Key`, … (Alibaba's `repeatList` style).
        pub fn tag<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::runtime::RepeatList<types::TagItem>>,
        {
            self.tag = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: crate :: runtime :: RepeatList < TagItem , >` for tag failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeDeployedApis&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeDeployedApisResponse>, Error> {
            let Self {
                client,
                api_id,
                api_method,
                api_name,
                api_path,
                enable_tag_auth,
                group_id,
                page_number,
                page_size,
                stage_name,
                tag,
            } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let api_method = api_method
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let api_name = api_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let api_path = api_path
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let enable_tag_auth = enable_tag_auth
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let page_number = page_number
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let page_size = page_size
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let tag = tag
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_apis",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_deployed_apis",
                &["/?Action=DescribeDeployedApis&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_deployed_apis",
                );
                if let Some(value) = &api_id {
                    query.text("ApiId", value);
                }
                if let Some(value) = &api_method {
                    query.text("ApiMethod", value);
                }
                if let Some(value) = &api_name {
                    query.text("ApiName", value);
                }
                if let Some(value) = &api_path {
                    query.text("ApiPath", value);
                }
                query.param("EnableTagAuth", &enable_tag_auth)?;
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.param("PageNumber", &page_number)?;
                query.param("PageSize", &page_size)?;
                query.param("StageName", &stage_name)?;
                query.param("Tag", &tag)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_deployed_apis",
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
    /**Builder for [`Client::describe_deployed_api`]

[`Client::describe_deployed_api`]: super::Client::describe_deployed_api*/
    #[derive(Debug, Clone)]
    pub struct DescribeDeployedApi<'a> {
        client: &'a super::Client,
        api_id: Result<::std::string::String, String>,
        group_id: Result<Option<::std::string::String>, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> DescribeDeployedApi<'a> {
        ///A builder of `describe_deployed_api` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Err("api_id was not initialized".to_string()),
                group_id: Ok(None),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`ApiId` (query, required): ID of the API.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to. Generated by the system and globally unique.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeDeployedApi&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeDeployedApiResponse>, Error> {
            let Self { client, api_id, group_id, stage_name } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_api",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_api",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_deployed_api",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_deployed_api",
                &["/?Action=DescribeDeployedApi&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_deployed_api",
                );
                query.text("ApiId", &api_id);
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_deployed_api",
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
    /**Builder for [`Client::describe_history_apis`]

[`Client::describe_history_apis`]: super::Client::describe_history_apis*/
    #[derive(Debug, Clone)]
    pub struct DescribeHistoryApis<'a> {
        client: &'a super::Client,
        api_id: Result<Option<::std::string::String>, String>,
        api_name: Result<Option<::std::string::String>, String>,
        group_id: Result<::std::string::String, String>,
        page_number: Result<Option<::std::string::String>, String>,
        page_size: Result<Option<::std::string::String>, String>,
        stage_name: Result<Option<types::StageName>, String>,
    }
    impl<'a> DescribeHistoryApis<'a> {
        ///A builder of `describe_history_apis` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Ok(None),
                api_name: Ok(None),
                group_id: Err("group_id was not initialized".to_string()),
                page_number: Ok(None),
                page_size: Ok(None),
                stage_name: Ok(None),
            }
        }
        ///`ApiId` (query): Only versions of the API with this ID.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`ApiName` (query): Only APIs whose name matches this value (fuzzy match).
        pub fn api_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_name failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query, required): ID of the API group the API belongs to.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`PageNumber` (query): Page to return, counting from 1. Declared as a string by Alibaba; send a decimal number.
        pub fn page_number<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_number = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_number failed"
                        .to_string()
                });
            self
        }
        ///`PageSize` (query): Entries per page (default 10, at most 50). Declared as a string by Alibaba; send a decimal number.
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for page_size failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query): Only versions published to this environment.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeHistoryApis&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeHistoryApisResponse>, Error> {
            let Self {
                client,
                api_id,
                api_name,
                group_id,
                page_number,
                page_size,
                stage_name,
            } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let api_name = api_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let page_number = page_number
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let page_size = page_size
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_history_apis",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_history_apis",
                &["/?Action=DescribeHistoryApis&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_history_apis",
                );
                if let Some(value) = &api_id {
                    query.text("ApiId", value);
                }
                if let Some(value) = &api_name {
                    query.text("ApiName", value);
                }
                query.text("GroupId", &group_id);
                if let Some(value) = &page_number {
                    query.text("PageNumber", value);
                }
                if let Some(value) = &page_size {
                    query.text("PageSize", value);
                }
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_history_apis",
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
    /**Builder for [`Client::describe_api_history`]

[`Client::describe_api_history`]: super::Client::describe_api_history*/
    #[derive(Debug, Clone)]
    pub struct DescribeApiHistory<'a> {
        client: &'a super::Client,
        api_id: Result<::std::string::String, String>,
        group_id: Result<Option<::std::string::String>, String>,
        history_version: Result<::std::string::String, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> DescribeApiHistory<'a> {
        ///A builder of `describe_api_history` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Err("api_id was not initialized".to_string()),
                group_id: Ok(None),
                history_version: Err("history_version was not initialized".to_string()),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`ApiId` (query, required): ID of the API.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to. Generated by the system and globally unique.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`HistoryVersion` (query, required): The historical version to read, as listed by `DescribeHistoryApis`.
        pub fn history_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.history_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for history_version failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=DescribeApiHistory&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DescribeApiHistoryResponse>, Error> {
            let Self { client, api_id, group_id, history_version, stage_name } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_api_history",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_api_history",
                    m,
                ))?;
            let history_version = history_version
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_api_history",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "describe_api_history",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "describe_api_history",
                &["/?Action=DescribeApiHistory&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "describe_api_history",
                );
                query.text("ApiId", &api_id);
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.text("HistoryVersion", &history_version);
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "describe_api_history",
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
    /**Builder for [`Client::switch_api`]

[`Client::switch_api`]: super::Client::switch_api*/
    #[derive(Debug, Clone)]
    pub struct SwitchApi<'a> {
        client: &'a super::Client,
        api_id: Result<::std::string::String, String>,
        description: Result<types::SwitchApiDescription, String>,
        group_id: Result<Option<::std::string::String>, String>,
        history_version: Result<::std::string::String, String>,
        stage_name: Result<types::StageName, String>,
    }
    impl<'a> SwitchApi<'a> {
        ///A builder of `switch_api` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_id: Err("api_id was not initialized".to_string()),
                description: Err("description was not initialized".to_string()),
                group_id: Ok(None),
                history_version: Err("history_version was not initialized".to_string()),
                stage_name: Err("stage_name was not initialized".to_string()),
            }
        }
        ///`ApiId` (query, required): ID of the API.
        pub fn api_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_id failed"
                        .to_string()
                });
            self
        }
        ///`Description` (query, required): Free-text note recorded with the switch, at most 200 characters.
        pub fn description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SwitchApiDescription>,
        {
            self.description = value
                .try_into()
                .map_err(|_| {
                    "conversion to `SwitchApiDescription` for description failed"
                        .to_string()
                });
            self
        }
        ///`GroupId` (query): ID of the API group the API belongs to.
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.group_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for group_id failed"
                        .to_string()
                });
            self
        }
        ///`HistoryVersion` (query, required): The historical version to switch to, as listed by `DescribeHistoryApis`.
        pub fn history_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.history_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for history_version failed"
                        .to_string()
                });
            self
        }
        ///`StageName` (query, required): Runtime environment: `RELEASE` (production), `PRE` (pre-release) or `TEST`.
        pub fn stage_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::StageName>,
        {
            self.stage_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `StageName` for stage_name failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/?Action=SwitchApi&Version=2016-07-14`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SwitchApiResponse>, Error> {
            let Self {
                client,
                api_id,
                description,
                group_id,
                history_version,
                stage_name,
            } = self;
            let api_id = api_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "switch_api",
                    m,
                ))?;
            let description = description
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "switch_api",
                    m,
                ))?;
            let group_id = group_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "switch_api",
                    m,
                ))?;
            let history_version = history_version
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "switch_api",
                    m,
                ))?;
            let stage_name = stage_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "switch_api",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "switch_api",
                &["/?Action=SwitchApi&Version=2016-07-14"],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
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
                    "switch_api",
                );
                query.text("ApiId", &api_id);
                query.text("Description", &description);
                if let Some(value) = &group_id {
                    query.text("GroupId", value);
                }
                query.text("HistoryVersion", &history_version);
                query.param("StageName", &stage_name)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "switch_api",
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
        "deploy_api" => {
            #[allow(unused_mut)]
            let mut b = client.deploy_api();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "deploy_api", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("Description") {
                b = b
                    .description(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "deploy_api", "Description", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "deploy_api", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "deploy_api", "StageName", v)?,
                    );
            }
            args.finish(client, "deploy_api")?;
            d::answer(b.send().await?)
        }
        "abolish_api" => {
            #[allow(unused_mut)]
            let mut b = client.abolish_api();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "abolish_api", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "abolish_api", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "abolish_api", "StageName", v)?,
                    );
            }
            args.finish(client, "abolish_api")?;
            d::answer(b.send().await?)
        }
        "batch_deploy_apis" => {
            #[allow(unused_mut)]
            let mut b = client.batch_deploy_apis();
            if let Some(v) = args.take("Api") {
                b = b
                    .api(
                        d::value::<
                            _,
                            crate::runtime::RepeatList<types::BatchDeployApiItem>,
                        >(client, "batch_deploy_apis", "Api", v)?,
                    );
            }
            if let Some(v) = args.take("Description") {
                b = b
                    .description(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "batch_deploy_apis", "Description", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "batch_deploy_apis", "StageName", v)?,
                    );
            }
            args.finish(client, "batch_deploy_apis")?;
            d::answer(b.send().await?)
        }
        "batch_abolish_apis" => {
            #[allow(unused_mut)]
            let mut b = client.batch_abolish_apis();
            if let Some(v) = args.take("Api") {
                b = b
                    .api(
                        d::value::<
                            _,
                            crate::runtime::RepeatList<types::BatchAbolishApiItem>,
                        >(client, "batch_abolish_apis", "Api", v)?,
                    );
            }
            args.finish(client, "batch_abolish_apis")?;
            d::answer(b.send().await?)
        }
        "describe_deploy_api_task" => {
            #[allow(unused_mut)]
            let mut b = client.describe_deploy_api_task();
            if let Some(v) = args.take("OperationUid") {
                b = b
                    .operation_uid(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deploy_api_task", "OperationUid", v)?,
                    );
            }
            args.finish(client, "describe_deploy_api_task")?;
            d::answer(b.send().await?)
        }
        "describe_abolish_api_task" => {
            #[allow(unused_mut)]
            let mut b = client.describe_abolish_api_task();
            if let Some(v) = args.take("OperationUid") {
                b = b
                    .operation_uid(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_abolish_api_task", "OperationUid", v)?,
                    );
            }
            args.finish(client, "describe_abolish_api_task")?;
            d::answer(b.send().await?)
        }
        "describe_deployed_apis" => {
            #[allow(unused_mut)]
            let mut b = client.describe_deployed_apis();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_apis", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("ApiMethod") {
                b = b
                    .api_method(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_apis", "ApiMethod", v)?,
                    );
            }
            if let Some(v) = args.take("ApiName") {
                b = b
                    .api_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_apis", "ApiName", v)?,
                    );
            }
            if let Some(v) = args.take("ApiPath") {
                b = b
                    .api_path(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_apis", "ApiPath", v)?,
                    );
            }
            if let Some(v) = args.take("EnableTagAuth") {
                b = b
                    .enable_tag_auth(
                        d::value::<
                            _,
                            bool,
                        >(client, "describe_deployed_apis", "EnableTagAuth", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_apis", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("PageNumber") {
                b = b
                    .page_number(
                        d::value::<
                            _,
                            types::PageNumber,
                        >(client, "describe_deployed_apis", "PageNumber", v)?,
                    );
            }
            if let Some(v) = args.take("PageSize") {
                b = b
                    .page_size(
                        d::value::<
                            _,
                            types::DeployedApisPageSize,
                        >(client, "describe_deployed_apis", "PageSize", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "describe_deployed_apis", "StageName", v)?,
                    );
            }
            if let Some(v) = args.take("Tag") {
                b = b
                    .tag(
                        d::value::<
                            _,
                            crate::runtime::RepeatList<types::TagItem>,
                        >(client, "describe_deployed_apis", "Tag", v)?,
                    );
            }
            args.finish(client, "describe_deployed_apis")?;
            d::answer(b.send().await?)
        }
        "describe_deployed_api" => {
            #[allow(unused_mut)]
            let mut b = client.describe_deployed_api();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_api", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_deployed_api", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "describe_deployed_api", "StageName", v)?,
                    );
            }
            args.finish(client, "describe_deployed_api")?;
            d::answer(b.send().await?)
        }
        "describe_history_apis" => {
            #[allow(unused_mut)]
            let mut b = client.describe_history_apis();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_history_apis", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("ApiName") {
                b = b
                    .api_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_history_apis", "ApiName", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_history_apis", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("PageNumber") {
                b = b
                    .page_number(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_history_apis", "PageNumber", v)?,
                    );
            }
            if let Some(v) = args.take("PageSize") {
                b = b
                    .page_size(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_history_apis", "PageSize", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "describe_history_apis", "StageName", v)?,
                    );
            }
            args.finish(client, "describe_history_apis")?;
            d::answer(b.send().await?)
        }
        "describe_api_history" => {
            #[allow(unused_mut)]
            let mut b = client.describe_api_history();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_api_history", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_api_history", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("HistoryVersion") {
                b = b
                    .history_version(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "describe_api_history", "HistoryVersion", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "describe_api_history", "StageName", v)?,
                    );
            }
            args.finish(client, "describe_api_history")?;
            d::answer(b.send().await?)
        }
        "switch_api" => {
            #[allow(unused_mut)]
            let mut b = client.switch_api();
            if let Some(v) = args.take("ApiId") {
                b = b
                    .api_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "switch_api", "ApiId", v)?,
                    );
            }
            if let Some(v) = args.take("Description") {
                b = b
                    .description(
                        d::value::<
                            _,
                            types::SwitchApiDescription,
                        >(client, "switch_api", "Description", v)?,
                    );
            }
            if let Some(v) = args.take("GroupId") {
                b = b
                    .group_id(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "switch_api", "GroupId", v)?,
                    );
            }
            if let Some(v) = args.take("HistoryVersion") {
                b = b
                    .history_version(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "switch_api", "HistoryVersion", v)?,
                    );
            }
            if let Some(v) = args.take("StageName") {
                b = b
                    .stage_name(
                        d::value::<
                            _,
                            types::StageName,
                        >(client, "switch_api", "StageName", v)?,
                    );
            }
            args.finish(client, "switch_api")?;
            d::answer(b.send().await?)
        }
        other => Err(d::unknown(client, other)),
    }
}

/// The spec file this client was generated from.
pub const SPEC_FILE: &str = "specs/alibaba-cloudapi.yaml";
/// The spec as JSON, as written (before normalisation).
pub const SPEC_JSON: &str = include_str!("alibaba_cloudapi.json");
/// Operations with a `multipart/form-data` body: not generated, covered by hand-written code.
pub const MULTIPART_OPERATIONS: &[&str] = &[];
/// Every operation of the spec, as the runtime sees it.
pub const OPERATIONS: &[crate::runtime::OperationMeta] = &[
    crate::runtime::OperationMeta { id: "deploy_api", method: "POST", path: "/?Action=DeployApi&Version=2016-07-14", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: Some(crate::runtime::MarkerField { field: "Description", in_query: true, max_len: None }) },
    crate::runtime::OperationMeta { id: "abolish_api", method: "POST", path: "/?Action=AbolishApi&Version=2016-07-14", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "batch_deploy_apis", method: "POST", path: "/?Action=BatchDeployApis&Version=2016-07-14", idempotent: false, repeat_list: &["Api"], servers: &[], multipart: false, streaming: false, timeout: None, marker: Some(crate::runtime::MarkerField { field: "Description", in_query: true, max_len: None }) },
    crate::runtime::OperationMeta { id: "batch_abolish_apis", method: "POST", path: "/?Action=BatchAbolishApis&Version=2016-07-14", idempotent: false, repeat_list: &["Api"], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_deploy_api_task", method: "POST", path: "/?Action=DescribeDeployApiTask&Version=2016-07-14", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_abolish_api_task", method: "POST", path: "/?Action=DescribeAbolishApiTask&Version=2016-07-14", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_deployed_apis", method: "POST", path: "/?Action=DescribeDeployedApis&Version=2016-07-14", idempotent: true, repeat_list: &["Tag"], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_deployed_api", method: "POST", path: "/?Action=DescribeDeployedApi&Version=2016-07-14", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_history_apis", method: "POST", path: "/?Action=DescribeHistoryApis&Version=2016-07-14", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "describe_api_history", method: "POST", path: "/?Action=DescribeApiHistory&Version=2016-07-14", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "switch_api", method: "POST", path: "/?Action=SwitchApi&Version=2016-07-14", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
];
