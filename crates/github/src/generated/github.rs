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
    /**Error body returned by most failing GitHub REST calls. `errors` is not part of GitHub's
basic error schema; it is declared so that a validation error body read as a basic error
(an operation whose error answers have different schemas gets one type that tries them in
order, and every GitHub error body is a valid basic error) keeps its entries: objects with
`resource`, `field`, `code` and `message`, or plain strings.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BasicError {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub documentation_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl BasicError {
        pub fn builder() -> builder::BasicError {
            Default::default()
        }
    }
    ///Numeric id of a deployment branch or tag policy.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct BranchPolicyId(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for BranchPolicyId {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<BranchPolicyId> for ::std::num::NonZeroU64 {
        fn from(value: BranchPolicyId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for BranchPolicyId {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for BranchPolicyId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for BranchPolicyId {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for BranchPolicyId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for BranchPolicyId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///`CreateDeploymentError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CreateDeploymentError {
        BasicError(BasicError),
        ValidationError(ValidationError),
    }
    impl ::std::convert::From<BasicError> for CreateDeploymentError {
        fn from(value: BasicError) -> Self {
            Self::BasicError(value)
        }
    }
    impl ::std::convert::From<ValidationError> for CreateDeploymentError {
        fn from(value: ValidationError) -> Self {
            Self::ValidationError(value)
        }
    }
    ///`CreateDeploymentSuccess`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum CreateDeploymentSuccess {
        Variant0(Deployment),
        Variant1(DeploymentMergedBranch),
    }
    impl ::std::convert::From<Deployment> for CreateDeploymentSuccess {
        fn from(value: Deployment) -> Self {
            Self::Variant0(value)
        }
    }
    impl ::std::convert::From<DeploymentMergedBranch> for CreateDeploymentSuccess {
        fn from(value: DeploymentMergedBranch) -> Self {
            Self::Variant1(value)
        }
    }
    ///A GitHub App that provides a custom deployment protection rule.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct CustomDeploymentRuleApp {
        ///Numeric id of the app.
        pub id: i64,
        ///API URL with the app's details.
        pub integration_url: ::std::string::String,
        pub node_id: ::std::string::String,
        ///URL-friendly name of the app.
        pub slug: ::std::string::String,
    }
    impl CustomDeploymentRuleApp {
        pub fn builder() -> builder::CustomDeploymentRuleApp {
            Default::default()
        }
    }
    ///One page of apps that can be enabled as custom protection rules.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CustomDeploymentRuleIntegrationList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub available_custom_deployment_protection_rule_integrations: ::std::vec::Vec<
            CustomDeploymentRuleApp,
        >,
        ///Number of apps available for the environment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl CustomDeploymentRuleIntegrationList {
        pub fn builder() -> builder::CustomDeploymentRuleIntegrationList {
            Default::default()
        }
    }
    ///`DeleteDeploymentError`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum DeleteDeploymentError {
        BasicError(BasicError),
        ValidationErrorSimple(ValidationErrorSimple),
    }
    impl ::std::convert::From<BasicError> for DeleteDeploymentError {
        fn from(value: BasicError) -> Self {
            Self::BasicError(value)
        }
    }
    impl ::std::convert::From<ValidationErrorSimple> for DeleteDeploymentError {
        fn from(value: ValidationErrorSimple) -> Self {
            Self::ValidationErrorSimple(value)
        }
    }
    ///A request to deploy a specific ref (branch, tag or SHA).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Deployment {
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub creator: NullableSimpleUser,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Environment the deployment targets.
        pub environment: ::std::string::String,
        ///Numeric id of the deployment.
        pub id: i64,
        pub node_id: ::std::string::String,
        ///Environment the deployment was first created for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub original_environment: ::std::option::Option<::std::string::String>,
        pub payload: DeploymentPayload,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub performed_via_github_app: ::std::option::Option<NullableIntegration>,
        ///Whether end users interact with the environment directly.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub production_environment: ::std::option::Option<bool>,
        ///Branch, tag or SHA that was requested.
        #[serde(rename = "ref")]
        pub ref_: ::std::string::String,
        pub repository_url: ::std::string::String,
        ///Commit SHA the ref resolved to.
        pub sha: ::std::string::String,
        pub statuses_url: ::std::string::String,
        ///Task the deployment system should run.
        pub task: ::std::string::String,
        ///Whether the environment is specific to this deployment and will go away later.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transient_environment: ::std::option::Option<bool>,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub url: ::std::string::String,
    }
    impl Deployment {
        pub fn builder() -> builder::Deployment {
            Default::default()
        }
    }
    ///A branch or tag name pattern allowed to deploy to an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeploymentBranchPolicy {
        ///Numeric id of the policy.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        ///Name pattern that branches or tags must match.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub node_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<
            crate::runtime::Open<DeploymentBranchPolicyType>,
        >,
    }
    impl DeploymentBranchPolicy {
        pub fn builder() -> builder::DeploymentBranchPolicy {
            Default::default()
        }
    }
    ///One page of branch and tag policies.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentBranchPolicyList {
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub branch_policies: ::std::vec::Vec<DeploymentBranchPolicy>,
        ///Number of policies of the environment.
        pub total_count: i64,
    }
    impl DeploymentBranchPolicyList {
        pub fn builder() -> builder::DeploymentBranchPolicyList {
            Default::default()
        }
    }
    ///Body of `update_deployment_branch_policy`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentBranchPolicyNamePattern {
        /**New name pattern (Ruby `File.fnmatch` syntax). A wildcard does not match `/`.
*/
        pub name: ::std::string::String,
    }
    impl DeploymentBranchPolicyNamePattern {
        pub fn builder() -> builder::DeploymentBranchPolicyNamePattern {
            Default::default()
        }
    }
    ///Body of `create_deployment_branch_policy`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentBranchPolicyNamePatternWithType {
        #[doc = "Name pattern (Ruby `File.fnmatch` syntax) that branches or tags must match. A wildcard\ndoes not match `/`: `release/*/*` matches names below `release/` with one more slash.\n"]
        pub name: ::std::string::String,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<DeploymentBranchPolicyType>,
    }
    impl DeploymentBranchPolicyNamePatternWithType {
        pub fn builder() -> builder::DeploymentBranchPolicyNamePatternWithType {
            Default::default()
        }
    }
    /**Which branches may deploy to the environment; `null` means any branch. Exactly one of the
two flags must be `true`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DeploymentBranchPolicySettings(
        pub ::std::option::Option<::std::boxed::Box<DeploymentBranchPolicySettingsInner>>,
    );
    impl ::std::ops::Deref for DeploymentBranchPolicySettings {
        type Target = ::std::option::Option<
            ::std::boxed::Box<DeploymentBranchPolicySettingsInner>,
        >;
        fn deref(
            &self,
        ) -> &::std::option::Option<
            ::std::boxed::Box<DeploymentBranchPolicySettingsInner>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentBranchPolicySettings>
    for ::std::option::Option<::std::boxed::Box<DeploymentBranchPolicySettingsInner>> {
        fn from(value: DeploymentBranchPolicySettings) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<::std::boxed::Box<DeploymentBranchPolicySettingsInner>>,
    > for DeploymentBranchPolicySettings {
        fn from(
            value: ::std::option::Option<
                ::std::boxed::Box<DeploymentBranchPolicySettingsInner>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    /**Which branches may deploy to the environment; `null` means any branch. Exactly one of the
two flags must be `true`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentBranchPolicySettingsInner {
        ///Only branches and tags matching the environment's name patterns may deploy.
        pub custom_branch_policies: bool,
        ///Only branches with branch protection rules may deploy.
        pub protected_branches: bool,
    }
    impl DeploymentBranchPolicySettingsInner {
        pub fn builder() -> builder::DeploymentBranchPolicySettingsInner {
            Default::default()
        }
    }
    ///Whether a policy matches branch names or tag names.
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
    pub enum DeploymentBranchPolicyType {
        #[serde(rename = "branch")]
        Branch,
        #[serde(rename = "tag")]
        Tag,
    }
    impl ::std::fmt::Display for DeploymentBranchPolicyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Branch => f.write_str("branch"),
                Self::Tag => f.write_str("tag"),
            }
        }
    }
    impl ::std::str::FromStr for DeploymentBranchPolicyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "branch" => Ok(Self::Branch),
                "tag" => Ok(Self::Tag),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentBranchPolicyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeploymentBranchPolicyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Body of `create_deployment`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentCreateRequest {
        /**Merge the default branch into `ref` first when `ref` is behind it. GitHub's default
when omitted: `true`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_merge: ::std::option::Option<bool>,
        ///Short description of the deployment (GitHub's default when omitted is empty).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Target environment, for example `production`, `staging` or `qa`. GitHub's default
when omitted: `production`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub payload: ::std::option::Option<DeploymentPayload>,
        /**End users interact with the environment directly. When omitted, GitHub assumes `true`
for `production` and `false` for any other environment.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub production_environment: ::std::option::Option<bool>,
        ///Branch, tag or SHA to deploy.
        #[serde(rename = "ref")]
        pub ref_: ::std::string::String,
        /**Commit status contexts that must be `success` before deploying. Omitted: every context
on the commit is checked. Empty array: no check at all. (Declared `nullable` only so
that the generated field is an `Option`: `None` is omitted from the body and
`Some(vec![])` is sent as `[]`; never send `null`.)
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required_contexts: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /**Task for the deployment system, such as `deploy` or `deploy:migrations`. GitHub's
default when omitted: `deploy`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub task: ::std::option::Option<::std::string::String>,
        /**The environment exists only for this deployment and will be removed later. GitHub's
default when omitted: `false`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub transient_environment: ::std::option::Option<bool>,
    }
    impl DeploymentCreateRequest {
        pub fn builder() -> builder::DeploymentCreateRequest {
            Default::default()
        }
    }
    ///Numeric id of a deployment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DeploymentId(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for DeploymentId {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentId> for ::std::num::NonZeroU64 {
        fn from(value: DeploymentId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for DeploymentId {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for DeploymentId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for DeploymentId {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for DeploymentId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**Answer of `create_deployment` when GitHub merged the default branch into the ref instead of
creating a deployment. GitHub's description requires nothing in it (`message` is optional);
`send()` tells it from a `Deployment` by its status, 202.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeploymentMergedBranch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl DeploymentMergedBranch {
        pub fn builder() -> builder::DeploymentMergedBranch {
            Default::default()
        }
    }
    /**Extra data for the deployment system: a JSON object, or a string (GitHub also accepts a
string containing JSON).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum DeploymentPayload {
        Object(::serde_json::Map<::std::string::String, ::serde_json::Value>),
        String(::std::string::String),
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for DeploymentPayload {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self::Object(value)
        }
    }
    ///A custom deployment protection rule enabled on an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentProtectionRule {
        pub app: CustomDeploymentRuleApp,
        ///Whether the rule is active for the environment.
        pub enabled: bool,
        ///Numeric id of the rule.
        pub id: i64,
        pub node_id: ::std::string::String,
    }
    impl DeploymentProtectionRule {
        pub fn builder() -> builder::DeploymentProtectionRule {
            Default::default()
        }
    }
    ///Body of `create_deployment_protection_rule`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeploymentProtectionRuleCreateRequest {
        ///Numeric id of the GitHub App to enable on the environment.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub integration_id: ::std::option::Option<i64>,
    }
    impl DeploymentProtectionRuleCreateRequest {
        pub fn builder() -> builder::DeploymentProtectionRuleCreateRequest {
            Default::default()
        }
    }
    ///Custom deployment protection rules of an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeploymentProtectionRuleList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub custom_deployment_protection_rules: ::std::vec::Vec<
            DeploymentProtectionRule,
        >,
        ///Number of enabled custom protection rules.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl DeploymentProtectionRuleList {
        pub fn builder() -> builder::DeploymentProtectionRuleList {
            Default::default()
        }
    }
    ///Kind of required reviewer.
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
    pub enum DeploymentReviewerType {
        User,
        Team,
    }
    impl ::std::fmt::Display for DeploymentReviewerType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::User => f.write_str("User"),
                Self::Team => f.write_str("Team"),
            }
        }
    }
    impl ::std::str::FromStr for DeploymentReviewerType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "User" => Ok(Self::User),
                "Team" => Ok(Self::Team),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentReviewerType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeploymentReviewerType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A progress report of a deployment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentStatus {
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub creator: NullableSimpleUser,
        pub deployment_url: ::std::string::String,
        ///Short description of the status (at most 140 characters).
        pub description: DeploymentStatusDescription,
        ///Environment the status applies to.
        #[serde(default)]
        pub environment: ::std::string::String,
        ///URL where the deployed environment can be reached.
        #[serde(default)]
        pub environment_url: ::std::string::String,
        pub id: i64,
        ///URL of the deployment output.
        #[serde(default)]
        pub log_url: ::std::string::String,
        pub node_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub performed_via_github_app: ::std::option::Option<NullableIntegration>,
        pub repository_url: ::std::string::String,
        pub state: crate::runtime::Open<DeploymentStatusState>,
        ///Legacy URL of the deployment output; `log_url` supersedes it.
        pub target_url: ::std::string::String,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub url: ::std::string::String,
    }
    impl DeploymentStatus {
        pub fn builder() -> builder::DeploymentStatus {
            Default::default()
        }
    }
    ///Body of `create_deployment_status`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeploymentStatusCreateRequest {
        /**Add an `inactive` status to earlier successful deployments of the same repository and
non-transient, non-production environment. GitHub's default when omitted: `true`.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_inactive: ::std::option::Option<bool>,
        ///Short description of the status (at most 140 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<DeploymentStatusCreateRequestDescription>,
        /**Environment name, which may change with this status. When omitted, the environment of
the previous status is kept, or else the deployment's own environment.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment: ::std::option::Option<::std::string::String>,
        ///URL where the deployed environment can be reached.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub environment_url: ::std::option::Option<::std::string::String>,
        ///URL of the deployment output; also sets `target_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub log_url: ::std::option::Option<::std::string::String>,
        pub state: DeploymentStatusState,
        ///Legacy URL of the deployment output; prefer `log_url`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target_url: ::std::option::Option<::std::string::String>,
    }
    impl DeploymentStatusCreateRequest {
        pub fn builder() -> builder::DeploymentStatusCreateRequest {
            Default::default()
        }
    }
    ///Short description of the status (at most 140 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeploymentStatusCreateRequestDescription(::std::string::String);
    impl ::std::ops::Deref for DeploymentStatusCreateRequestDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentStatusCreateRequestDescription>
    for ::std::string::String {
        fn from(value: DeploymentStatusCreateRequestDescription) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DeploymentStatusCreateRequestDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 140usize {
                return Err("longer than 140 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentStatusCreateRequestDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeploymentStatusCreateRequestDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeploymentStatusCreateRequestDescription {
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
    ///Short description of the status (at most 140 characters).
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct DeploymentStatusDescription(::std::string::String);
    impl ::std::ops::Deref for DeploymentStatusDescription {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentStatusDescription> for ::std::string::String {
        fn from(value: DeploymentStatusDescription) -> Self {
            value.0
        }
    }
    impl ::std::default::Default for DeploymentStatusDescription {
        fn default() -> Self {
            DeploymentStatusDescription("".to_string())
        }
    }
    impl ::std::str::FromStr for DeploymentStatusDescription {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 140usize {
                return Err("longer than 140 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentStatusDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeploymentStatusDescription {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DeploymentStatusDescription {
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
    ///Numeric id of a deployment status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DeploymentStatusId(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for DeploymentStatusId {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<DeploymentStatusId> for ::std::num::NonZeroU64 {
        fn from(value: DeploymentStatusId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for DeploymentStatusId {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for DeploymentStatusId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for DeploymentStatusId {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentStatusId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for DeploymentStatusId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///State of a deployment status.
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
    pub enum DeploymentStatusState {
        #[serde(rename = "error")]
        Error,
        #[serde(rename = "failure")]
        Failure,
        #[serde(rename = "inactive")]
        Inactive,
        #[serde(rename = "in_progress")]
        InProgress,
        #[serde(rename = "queued")]
        Queued,
        #[serde(rename = "pending")]
        Pending,
        #[serde(rename = "success")]
        Success,
    }
    impl ::std::fmt::Display for DeploymentStatusState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Error => f.write_str("error"),
                Self::Failure => f.write_str("failure"),
                Self::Inactive => f.write_str("inactive"),
                Self::InProgress => f.write_str("in_progress"),
                Self::Queued => f.write_str("queued"),
                Self::Pending => f.write_str("pending"),
                Self::Success => f.write_str("success"),
            }
        }
    }
    impl ::std::str::FromStr for DeploymentStatusState {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "error" => Ok(Self::Error),
                "failure" => Ok(Self::Failure),
                "inactive" => Ok(Self::Inactive),
                "in_progress" => Ok(Self::InProgress),
                "queued" => Ok(Self::Queued),
                "pending" => Ok(Self::Pending),
                "success" => Ok(Self::Success),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeploymentStatusState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeploymentStatusState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A GitHub enterprise account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Enterprise {
        pub avatar_url: ::std::string::String,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time_opt")]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub html_url: ::std::string::String,
        pub id: i64,
        pub name: ::std::string::String,
        pub node_id: ::std::string::String,
        pub slug: ::std::string::String,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time_opt")]
        pub updated_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub website_url: ::std::option::Option<::std::string::String>,
    }
    impl Enterprise {
        pub fn builder() -> builder::Enterprise {
            Default::default()
        }
    }
    ///A deployment environment of a repository.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Environment {
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deployment_branch_policy: ::std::option::Option<
            DeploymentBranchPolicySettings,
        >,
        pub html_url: ::std::string::String,
        pub id: i64,
        pub name: ::std::string::String,
        pub node_id: ::std::string::String,
        ///Built-in protection rules configured on the environment.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub protection_rules: ::std::vec::Vec<EnvironmentProtectionRulesItem>,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub url: ::std::string::String,
    }
    impl Environment {
        pub fn builder() -> builder::Environment {
            Default::default()
        }
    }
    ///Branch policy protection rule of an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EnvironmentBranchPolicyRule {
        pub id: i64,
        pub node_id: ::std::string::String,
        ///Rule kind; `branch_policy` here.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl EnvironmentBranchPolicyRule {
        pub fn builder() -> builder::EnvironmentBranchPolicyRule {
            Default::default()
        }
    }
    ///Body of `create_or_update_environment`; every field is optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct EnvironmentCreateOrUpdateRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deployment_branch_policy: ::std::option::Option<
            DeploymentBranchPolicySettings,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prevent_self_review: ::std::option::Option<PreventSelfReview>,
        /**Users or teams allowed to approve jobs that target the environment (at most six, each
with at least read access; one approval is enough).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reviewers: ::std::option::Option<::std::vec::Vec<EnvironmentReviewerInput>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wait_timer: ::std::option::Option<WaitTimer>,
    }
    impl EnvironmentCreateOrUpdateRequest {
        pub fn builder() -> builder::EnvironmentCreateOrUpdateRequest {
            Default::default()
        }
    }
    ///One page of environments.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EnvironmentList {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub environments: ::std::vec::Vec<Environment>,
        ///Number of environments in the repository.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_count: ::std::option::Option<i64>,
    }
    impl EnvironmentList {
        pub fn builder() -> builder::EnvironmentList {
            Default::default()
        }
    }
    ///`EnvironmentProtectionRulesItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EnvironmentProtectionRulesItem {
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_0: ::std::option::Option<EnvironmentWaitTimerRule>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_1: ::std::option::Option<EnvironmentRequiredReviewersRule>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_2: ::std::option::Option<EnvironmentBranchPolicyRule>,
    }
    impl EnvironmentProtectionRulesItem {
        pub fn builder() -> builder::EnvironmentProtectionRulesItem {
            Default::default()
        }
    }
    ///Required reviewers protection rule of an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EnvironmentRequiredReviewersRule {
        pub id: i64,
        pub node_id: ::std::string::String,
        ///Whether the user who triggered a job is barred from approving it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub prevent_self_review: ::std::option::Option<bool>,
        ///Users or teams allowed to approve jobs that target the environment.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub reviewers: ::std::vec::Vec<EnvironmentReviewer>,
        ///Rule kind; `required_reviewers` here.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl EnvironmentRequiredReviewersRule {
        pub fn builder() -> builder::EnvironmentRequiredReviewersRule {
            Default::default()
        }
    }
    ///One required reviewer of an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EnvironmentReviewer {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reviewer: ::std::option::Option<EnvironmentReviewerReviewer>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<crate::runtime::Open<DeploymentReviewerType>>,
    }
    impl EnvironmentReviewer {
        pub fn builder() -> builder::EnvironmentReviewer {
            Default::default()
        }
    }
    ///A user or team to set as required reviewer.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EnvironmentReviewerInput {
        ///Numeric id of the user or team.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<i64>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<DeploymentReviewerType>,
    }
    impl EnvironmentReviewerInput {
        pub fn builder() -> builder::EnvironmentReviewerInput {
            Default::default()
        }
    }
    ///`EnvironmentReviewerReviewer`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum EnvironmentReviewerReviewer {
        SimpleUser(SimpleUser),
        Team(Team),
    }
    impl ::std::convert::From<SimpleUser> for EnvironmentReviewerReviewer {
        fn from(value: SimpleUser) -> Self {
            Self::SimpleUser(value)
        }
    }
    impl ::std::convert::From<Team> for EnvironmentReviewerReviewer {
        fn from(value: Team) -> Self {
            Self::Team(value)
        }
    }
    ///Wait timer protection rule of an environment.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EnvironmentWaitTimerRule {
        pub id: i64,
        pub node_id: ::std::string::String,
        ///Rule kind; `wait_timer` here.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub wait_timer: ::std::option::Option<WaitTimer>,
    }
    impl EnvironmentWaitTimerRule {
        pub fn builder() -> builder::EnvironmentWaitTimerRule {
            Default::default()
        }
    }
    /**The GitHub App that acted on behalf of a user, or `null` when the action was not performed
through an app.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct NullableIntegration(
        pub ::std::option::Option<::std::boxed::Box<NullableIntegrationInner>>,
    );
    impl ::std::ops::Deref for NullableIntegration {
        type Target = ::std::option::Option<::std::boxed::Box<NullableIntegrationInner>>;
        fn deref(
            &self,
        ) -> &::std::option::Option<::std::boxed::Box<NullableIntegrationInner>> {
            &self.0
        }
    }
    impl ::std::convert::From<NullableIntegration>
    for ::std::option::Option<::std::boxed::Box<NullableIntegrationInner>> {
        fn from(value: NullableIntegration) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<::std::boxed::Box<NullableIntegrationInner>>,
    > for NullableIntegration {
        fn from(
            value: ::std::option::Option<::std::boxed::Box<NullableIntegrationInner>>,
        ) -> Self {
            Self(value)
        }
    }
    /**The GitHub App that acted on behalf of a user, or `null` when the action was not performed
through an app.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NullableIntegrationInner {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Webhook events the app subscribes to.
        #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
        pub events: ::std::vec::Vec<::std::string::String>,
        pub external_url: ::std::string::String,
        pub html_url: ::std::string::String,
        ///Numeric id of the app.
        pub id: i64,
        ///Number of installations; only present when an app asks about itself.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub installations_count: ::std::option::Option<i64>,
        ///Display name of the app.
        pub name: ::std::string::String,
        pub node_id: ::std::string::String,
        ///Account that owns the app.
        pub owner: NullableIntegrationInnerOwner,
        pub permissions: NullableIntegrationInnerPermissions,
        ///URL-friendly name of the app.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<::std::string::String>,
        #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl NullableIntegrationInner {
        pub fn builder() -> builder::NullableIntegrationInner {
            Default::default()
        }
    }
    ///Account that owns the app.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum NullableIntegrationInnerOwner {
        SimpleUser(SimpleUser),
        Enterprise(Enterprise),
    }
    impl ::std::convert::From<SimpleUser> for NullableIntegrationInnerOwner {
        fn from(value: SimpleUser) -> Self {
            Self::SimpleUser(value)
        }
    }
    impl ::std::convert::From<Enterprise> for NullableIntegrationInnerOwner {
        fn from(value: Enterprise) -> Self {
            Self::Enterprise(value)
        }
    }
    ///Access level (`read` or `write`) the app holds per permission name.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NullableIntegrationInnerPermissions {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub checks: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub contents: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub deployments: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issues: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
    }
    impl NullableIntegrationInnerPermissions {
        pub fn builder() -> builder::NullableIntegrationInnerPermissions {
            Default::default()
        }
    }
    ///A GitHub account in its short form, or `null` when the account no longer exists.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct NullableSimpleUser(
        pub ::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>>,
    );
    impl ::std::ops::Deref for NullableSimpleUser {
        type Target = ::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>>;
        fn deref(
            &self,
        ) -> &::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>> {
            &self.0
        }
    }
    impl ::std::convert::From<NullableSimpleUser>
    for ::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>> {
        fn from(value: NullableSimpleUser) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>>,
    > for NullableSimpleUser {
        fn from(
            value: ::std::option::Option<::std::boxed::Box<NullableSimpleUserInner>>,
        ) -> Self {
            Self(value)
        }
    }
    ///A GitHub account in its short form, or `null` when the account no longer exists.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NullableSimpleUserInner {
        pub avatar_url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        pub events_url: ::std::string::String,
        pub followers_url: ::std::string::String,
        pub following_url: ::std::string::String,
        pub gists_url: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub gravatar_id: ::std::option::Option<::std::string::String>,
        pub html_url: ::std::string::String,
        pub id: i64,
        pub login: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub node_id: ::std::string::String,
        pub organizations_url: ::std::string::String,
        pub received_events_url: ::std::string::String,
        pub repos_url: ::std::string::String,
        pub site_admin: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub starred_at: ::std::option::Option<::std::string::String>,
        pub starred_url: ::std::string::String,
        pub subscriptions_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_view_type: ::std::option::Option<::std::string::String>,
    }
    impl NullableSimpleUserInner {
        pub fn builder() -> builder::NullableSimpleUserInner {
            Default::default()
        }
    }
    ///The parent team in its short form, or `null` for a top-level team.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct NullableTeamSimple(
        pub ::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>>,
    );
    impl ::std::ops::Deref for NullableTeamSimple {
        type Target = ::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>>;
        fn deref(
            &self,
        ) -> &::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>> {
            &self.0
        }
    }
    impl ::std::convert::From<NullableTeamSimple>
    for ::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>> {
        fn from(value: NullableTeamSimple) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>>,
    > for NullableTeamSimple {
        fn from(
            value: ::std::option::Option<::std::boxed::Box<NullableTeamSimpleInner>>,
        ) -> Self {
            Self(value)
        }
    }
    ///The parent team in its short form, or `null` for a top-level team.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct NullableTeamSimpleInner {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_id: ::std::option::Option<i64>,
        pub html_url: ::std::string::String,
        pub id: i64,
        ///LDAP distinguished name the team is mapped to (GitHub Enterprise Server).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ldap_dn: ::std::option::Option<::std::string::String>,
        pub members_url: ::std::string::String,
        pub name: ::std::string::String,
        pub node_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notification_setting: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<i64>,
        pub permission: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy: ::std::option::Option<::std::string::String>,
        pub repositories_url: ::std::string::String,
        pub slug: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: crate::runtime::Open<NullableTeamSimpleType>,
        pub url: ::std::string::String,
    }
    impl NullableTeamSimpleInner {
        pub fn builder() -> builder::NullableTeamSimpleInner {
            Default::default()
        }
    }
    ///`NullableTeamSimpleType`
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
    pub enum NullableTeamSimpleType {
        #[serde(rename = "enterprise")]
        Enterprise,
        #[serde(rename = "organization")]
        Organization,
    }
    impl ::std::fmt::Display for NullableTeamSimpleType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Enterprise => f.write_str("enterprise"),
                Self::Organization => f.write_str("organization"),
            }
        }
    }
    impl ::std::str::FromStr for NullableTeamSimpleType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "enterprise" => Ok(Self::Enterprise),
                "organization" => Ok(Self::Organization),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for NullableTeamSimpleType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NullableTeamSimpleType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///One-based page number of a list request (GitHub's default when omitted is 1).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct Page(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for Page {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<Page> for ::std::num::NonZeroU64 {
        fn from(value: Page) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for Page {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Page {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Page {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for Page {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for Page {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Page size of a list request (GitHub's default when omitted is 30).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PerPage(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for PerPage {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<PerPage> for ::std::num::NonZeroU64 {
        fn from(value: PerPage) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for PerPage {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PerPage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PerPage {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PerPage {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PerPage {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Whether the user who triggered a job is barred from approving it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct PreventSelfReview(pub bool);
    impl ::std::ops::Deref for PreventSelfReview {
        type Target = bool;
        fn deref(&self) -> &bool {
            &self.0
        }
    }
    impl ::std::convert::From<PreventSelfReview> for bool {
        fn from(value: PreventSelfReview) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<bool> for PreventSelfReview {
        fn from(value: bool) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for PreventSelfReview {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for PreventSelfReview {
        type Err = <bool as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for PreventSelfReview {
        type Error = <bool as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for PreventSelfReview {
        type Error = <bool as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///Numeric id of a custom deployment protection rule.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ProtectionRuleId(pub ::std::num::NonZeroU64);
    impl ::std::ops::Deref for ProtectionRuleId {
        type Target = ::std::num::NonZeroU64;
        fn deref(&self) -> &::std::num::NonZeroU64 {
            &self.0
        }
    }
    impl ::std::convert::From<ProtectionRuleId> for ::std::num::NonZeroU64 {
        fn from(value: ProtectionRuleId) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::num::NonZeroU64> for ProtectionRuleId {
        fn from(value: ::std::num::NonZeroU64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ProtectionRuleId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ProtectionRuleId {
        type Err = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for ProtectionRuleId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for ProtectionRuleId {
        type Error = <::std::num::NonZeroU64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    ///A GitHub account (user, organization or bot) in its short form.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SimpleUser {
        pub avatar_url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        pub events_url: ::std::string::String,
        pub followers_url: ::std::string::String,
        pub following_url: ::std::string::String,
        pub gists_url: ::std::string::String,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub gravatar_id: ::std::option::Option<::std::string::String>,
        pub html_url: ::std::string::String,
        pub id: i64,
        pub login: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub node_id: ::std::string::String,
        pub organizations_url: ::std::string::String,
        pub received_events_url: ::std::string::String,
        pub repos_url: ::std::string::String,
        pub site_admin: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub starred_at: ::std::option::Option<::std::string::String>,
        pub starred_url: ::std::string::String,
        pub subscriptions_url: ::std::string::String,
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        pub url: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_view_type: ::std::option::Option<::std::string::String>,
    }
    impl SimpleUser {
        pub fn builder() -> builder::SimpleUser {
            Default::default()
        }
    }
    ///A team of organization (or enterprise) members.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Team {
        /**How the team's access to the repository was granted (`direct`, `organization`,
`enterprise`); only present when the team comes in a repository's context.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub access_source: ::std::option::Option<
            crate::runtime::Open<TeamAccessSource>,
        >,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enterprise_id: ::std::option::Option<i64>,
        pub html_url: ::std::string::String,
        pub id: i64,
        pub members_url: ::std::string::String,
        pub name: ::std::string::String,
        pub node_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub notification_setting: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization_id: ::std::option::Option<i64>,
        pub parent: NullableTeamSimple,
        pub permission: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permissions: ::std::option::Option<TeamPermissions>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy: ::std::option::Option<::std::string::String>,
        pub repositories_url: ::std::string::String,
        pub slug: ::std::string::String,
        ///Whether the team belongs to an organization or an enterprise.
        #[serde(rename = "type")]
        pub type_: crate::runtime::Open<TeamType>,
        pub url: ::std::string::String,
    }
    impl Team {
        pub fn builder() -> builder::Team {
            Default::default()
        }
    }
    ///`TeamAccessSource`
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
    pub enum TeamAccessSource {
        #[serde(rename = "direct")]
        Direct,
        #[serde(rename = "organization")]
        Organization,
        #[serde(rename = "enterprise")]
        Enterprise,
    }
    impl ::std::fmt::Display for TeamAccessSource {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Direct => f.write_str("direct"),
                Self::Organization => f.write_str("organization"),
                Self::Enterprise => f.write_str("enterprise"),
            }
        }
    }
    impl ::std::str::FromStr for TeamAccessSource {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "direct" => Ok(Self::Direct),
                "organization" => Ok(Self::Organization),
                "enterprise" => Ok(Self::Enterprise),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TeamAccessSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TeamAccessSource {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`TeamPermissions`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct TeamPermissions {
        pub admin: bool,
        pub maintain: bool,
        pub pull: bool,
        pub push: bool,
        pub triage: bool,
    }
    impl TeamPermissions {
        pub fn builder() -> builder::TeamPermissions {
            Default::default()
        }
    }
    ///`TeamType`
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
    pub enum TeamType {
        #[serde(rename = "enterprise")]
        Enterprise,
        #[serde(rename = "organization")]
        Organization,
    }
    impl ::std::fmt::Display for TeamType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Enterprise => f.write_str("enterprise"),
                Self::Organization => f.write_str("organization"),
            }
        }
    }
    impl ::std::str::FromStr for TeamType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "enterprise" => Ok(Self::Enterprise),
                "organization" => Ok(Self::Organization),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TeamType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TeamType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Error body of a request that failed validation, with one entry per problem.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ValidationError {
        pub documentation_url: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<ValidationErrorErrorsItem>,
        pub message: ::std::string::String,
    }
    impl ValidationError {
        pub fn builder() -> builder::ValidationError {
            Default::default()
        }
    }
    ///`ValidationErrorErrorsItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ValidationErrorErrorsItem {
        pub code: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub index: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resource: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<ValidationErrorErrorsItemValue>,
    }
    impl ValidationErrorErrorsItem {
        pub fn builder() -> builder::ValidationErrorErrorsItem {
            Default::default()
        }
    }
    ///`ValidationErrorErrorsItemValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ValidationErrorErrorsItemValue {
        Variant0(::std::option::Option<::std::string::String>),
        Variant1(::std::option::Option<i64>),
        Variant2(::std::option::Option<::std::vec::Vec<::std::string::String>>),
    }
    impl ::std::convert::From<::std::option::Option<::std::string::String>>
    for ValidationErrorErrorsItemValue {
        fn from(value: ::std::option::Option<::std::string::String>) -> Self {
            Self::Variant0(value)
        }
    }
    impl ::std::convert::From<::std::option::Option<i64>>
    for ValidationErrorErrorsItemValue {
        fn from(value: ::std::option::Option<i64>) -> Self {
            Self::Variant1(value)
        }
    }
    impl ::std::convert::From<
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    > for ValidationErrorErrorsItemValue {
        fn from(
            value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ) -> Self {
            Self::Variant2(value)
        }
    }
    ///Error body of a request that failed validation, with plain-text problem lines.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ValidationErrorSimple {
        pub documentation_url: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<::std::string::String>,
        pub message: ::std::string::String,
    }
    impl ValidationErrorSimple {
        pub fn builder() -> builder::ValidationErrorSimple {
            Default::default()
        }
    }
    ///Minutes to wait before a job that targets the environment may start (0 to 43,200, that is 30 days).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct WaitTimer(pub i64);
    impl ::std::ops::Deref for WaitTimer {
        type Target = i64;
        fn deref(&self) -> &i64 {
            &self.0
        }
    }
    impl ::std::convert::From<WaitTimer> for i64 {
        fn from(value: WaitTimer) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<i64> for WaitTimer {
        fn from(value: i64) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for WaitTimer {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for WaitTimer {
        type Err = <i64 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for WaitTimer {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for WaitTimer {
        type Error = <i64 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct BasicError {
            documentation_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BasicError {
            fn default() -> Self {
                Self {
                    documentation_url: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    message: Ok(Default::default()),
                    status: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl BasicError {
            pub fn documentation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.documentation_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for documentation_url: {e}"
                        )
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
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
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BasicError> for super::BasicError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BasicError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    documentation_url: value.documentation_url?,
                    errors: value.errors?,
                    message: value.message?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::BasicError> for BasicError {
            fn from(value: super::BasicError) -> Self {
                Self {
                    documentation_url: Ok(value.documentation_url),
                    errors: Ok(value.errors),
                    message: Ok(value.message),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomDeploymentRuleApp {
            id: ::std::result::Result<i64, ::std::string::String>,
            integration_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CustomDeploymentRuleApp {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    integration_url: Err(
                        "no value supplied for integration_url".to_string(),
                    ),
                    node_id: Err("no value supplied for node_id".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl CustomDeploymentRuleApp {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn integration_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.integration_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for integration_url: {e}"
                        )
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CustomDeploymentRuleApp>
        for super::CustomDeploymentRuleApp {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomDeploymentRuleApp,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    integration_url: value.integration_url?,
                    node_id: value.node_id?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::CustomDeploymentRuleApp>
        for CustomDeploymentRuleApp {
            fn from(value: super::CustomDeploymentRuleApp) -> Self {
                Self {
                    id: Ok(value.id),
                    integration_url: Ok(value.integration_url),
                    node_id: Ok(value.node_id),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CustomDeploymentRuleIntegrationList {
            available_custom_deployment_protection_rule_integrations: ::std::result::Result<
                ::std::vec::Vec<super::CustomDeploymentRuleApp>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CustomDeploymentRuleIntegrationList {
            fn default() -> Self {
                Self {
                    available_custom_deployment_protection_rule_integrations: Ok(
                        Default::default(),
                    ),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl CustomDeploymentRuleIntegrationList {
            pub fn available_custom_deployment_protection_rule_integrations<T>(
                mut self,
                value: T,
            ) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::CustomDeploymentRuleApp>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.available_custom_deployment_protection_rule_integrations = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for available_custom_deployment_protection_rule_integrations: {e}"
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
        impl ::std::convert::TryFrom<CustomDeploymentRuleIntegrationList>
        for super::CustomDeploymentRuleIntegrationList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CustomDeploymentRuleIntegrationList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available_custom_deployment_protection_rule_integrations: value
                        .available_custom_deployment_protection_rule_integrations?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::CustomDeploymentRuleIntegrationList>
        for CustomDeploymentRuleIntegrationList {
            fn from(value: super::CustomDeploymentRuleIntegrationList) -> Self {
                Self {
                    available_custom_deployment_protection_rule_integrations: Ok(
                        value.available_custom_deployment_protection_rule_integrations,
                    ),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Deployment {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                super::NullableSimpleUser,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            original_environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                super::DeploymentPayload,
                ::std::string::String,
            >,
            performed_via_github_app: ::std::result::Result<
                ::std::option::Option<super::NullableIntegration>,
                ::std::string::String,
            >,
            production_environment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ref_: ::std::result::Result<::std::string::String, ::std::string::String>,
            repository_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            sha: ::std::result::Result<::std::string::String, ::std::string::String>,
            statuses_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            task: ::std::result::Result<::std::string::String, ::std::string::String>,
            transient_environment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Deployment {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    creator: Err("no value supplied for creator".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    environment: Err("no value supplied for environment".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    original_environment: Ok(Default::default()),
                    payload: Err("no value supplied for payload".to_string()),
                    performed_via_github_app: Ok(Default::default()),
                    production_environment: Ok(Default::default()),
                    ref_: Err("no value supplied for ref_".to_string()),
                    repository_url: Err(
                        "no value supplied for repository_url".to_string(),
                    ),
                    sha: Err("no value supplied for sha".to_string()),
                    statuses_url: Err("no value supplied for statuses_url".to_string()),
                    task: Err("no value supplied for task".to_string()),
                    transient_environment: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Deployment {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NullableSimpleUser>,
                T::Error: ::std::fmt::Display,
            {
                self.creator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creator: {e}")
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
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn original_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.original_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for original_environment: {e}"
                        )
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeploymentPayload>,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn performed_via_github_app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NullableIntegration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.performed_via_github_app = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for performed_via_github_app: {e}"
                        )
                    });
                self
            }
            pub fn production_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.production_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for production_environment: {e}"
                        )
                    });
                self
            }
            pub fn ref_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ref_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ref_: {e}")
                    });
                self
            }
            pub fn repository_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_url: {e}"
                        )
                    });
                self
            }
            pub fn sha<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.sha = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sha: {e}")
                    });
                self
            }
            pub fn statuses_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.statuses_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for statuses_url: {e}")
                    });
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task: {e}")
                    });
                self
            }
            pub fn transient_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.transient_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transient_environment: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Deployment> for super::Deployment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Deployment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    description: value.description?,
                    environment: value.environment?,
                    id: value.id?,
                    node_id: value.node_id?,
                    original_environment: value.original_environment?,
                    payload: value.payload?,
                    performed_via_github_app: value.performed_via_github_app?,
                    production_environment: value.production_environment?,
                    ref_: value.ref_?,
                    repository_url: value.repository_url?,
                    sha: value.sha?,
                    statuses_url: value.statuses_url?,
                    task: value.task?,
                    transient_environment: value.transient_environment?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Deployment> for Deployment {
            fn from(value: super::Deployment) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    description: Ok(value.description),
                    environment: Ok(value.environment),
                    id: Ok(value.id),
                    node_id: Ok(value.node_id),
                    original_environment: Ok(value.original_environment),
                    payload: Ok(value.payload),
                    performed_via_github_app: Ok(value.performed_via_github_app),
                    production_environment: Ok(value.production_environment),
                    ref_: Ok(value.ref_),
                    repository_url: Ok(value.repository_url),
                    sha: Ok(value.sha),
                    statuses_url: Ok(value.statuses_url),
                    task: Ok(value.task),
                    transient_environment: Ok(value.transient_environment),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentBranchPolicy {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<
                    crate::runtime::Open<super::DeploymentBranchPolicyType>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentBranchPolicy {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    node_id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl DeploymentBranchPolicy {
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
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::runtime::Open<super::DeploymentBranchPolicyType>,
                    >,
                >,
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
        impl ::std::convert::TryFrom<DeploymentBranchPolicy>
        for super::DeploymentBranchPolicy {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentBranchPolicy,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    node_id: value.node_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentBranchPolicy>
        for DeploymentBranchPolicy {
            fn from(value: super::DeploymentBranchPolicy) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentBranchPolicyList {
            branch_policies: ::std::result::Result<
                ::std::vec::Vec<super::DeploymentBranchPolicy>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for DeploymentBranchPolicyList {
            fn default() -> Self {
                Self {
                    branch_policies: Err(
                        "no value supplied for branch_policies".to_string(),
                    ),
                    total_count: Err("no value supplied for total_count".to_string()),
                }
            }
        }
        impl DeploymentBranchPolicyList {
            pub fn branch_policies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::DeploymentBranchPolicy>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.branch_policies = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for branch_policies: {e}"
                        )
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
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
        impl ::std::convert::TryFrom<DeploymentBranchPolicyList>
        for super::DeploymentBranchPolicyList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentBranchPolicyList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    branch_policies: value.branch_policies?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentBranchPolicyList>
        for DeploymentBranchPolicyList {
            fn from(value: super::DeploymentBranchPolicyList) -> Self {
                Self {
                    branch_policies: Ok(value.branch_policies),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentBranchPolicyNamePattern {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeploymentBranchPolicyNamePattern {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl DeploymentBranchPolicyNamePattern {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<DeploymentBranchPolicyNamePattern>
        for super::DeploymentBranchPolicyNamePattern {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentBranchPolicyNamePattern,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::DeploymentBranchPolicyNamePattern>
        for DeploymentBranchPolicyNamePattern {
            fn from(value: super::DeploymentBranchPolicyNamePattern) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentBranchPolicyNamePatternWithType {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<super::DeploymentBranchPolicyType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentBranchPolicyNamePatternWithType {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl DeploymentBranchPolicyNamePatternWithType {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentBranchPolicyType>,
                >,
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
        impl ::std::convert::TryFrom<DeploymentBranchPolicyNamePatternWithType>
        for super::DeploymentBranchPolicyNamePatternWithType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentBranchPolicyNamePatternWithType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentBranchPolicyNamePatternWithType>
        for DeploymentBranchPolicyNamePatternWithType {
            fn from(value: super::DeploymentBranchPolicyNamePatternWithType) -> Self {
                Self {
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentBranchPolicySettingsInner {
            custom_branch_policies: ::std::result::Result<bool, ::std::string::String>,
            protected_branches: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for DeploymentBranchPolicySettingsInner {
            fn default() -> Self {
                Self {
                    custom_branch_policies: Err(
                        "no value supplied for custom_branch_policies".to_string(),
                    ),
                    protected_branches: Err(
                        "no value supplied for protected_branches".to_string(),
                    ),
                }
            }
        }
        impl DeploymentBranchPolicySettingsInner {
            pub fn custom_branch_policies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.custom_branch_policies = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_branch_policies: {e}"
                        )
                    });
                self
            }
            pub fn protected_branches<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.protected_branches = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for protected_branches: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentBranchPolicySettingsInner>
        for super::DeploymentBranchPolicySettingsInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentBranchPolicySettingsInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_branch_policies: value.custom_branch_policies?,
                    protected_branches: value.protected_branches?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentBranchPolicySettingsInner>
        for DeploymentBranchPolicySettingsInner {
            fn from(value: super::DeploymentBranchPolicySettingsInner) -> Self {
                Self {
                    custom_branch_policies: Ok(value.custom_branch_policies),
                    protected_branches: Ok(value.protected_branches),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentCreateRequest {
            auto_merge: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            payload: ::std::result::Result<
                ::std::option::Option<super::DeploymentPayload>,
                ::std::string::String,
            >,
            production_environment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ref_: ::std::result::Result<::std::string::String, ::std::string::String>,
            required_contexts: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            task: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            transient_environment: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentCreateRequest {
            fn default() -> Self {
                Self {
                    auto_merge: Ok(Default::default()),
                    description: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    payload: Ok(Default::default()),
                    production_environment: Ok(Default::default()),
                    ref_: Err("no value supplied for ref_".to_string()),
                    required_contexts: Ok(Default::default()),
                    task: Ok(Default::default()),
                    transient_environment: Ok(Default::default()),
                }
            }
        }
        impl DeploymentCreateRequest {
            pub fn auto_merge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_merge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_merge: {e}")
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
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn payload<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentPayload>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.payload = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for payload: {e}")
                    });
                self
            }
            pub fn production_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.production_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for production_environment: {e}"
                        )
                    });
                self
            }
            pub fn ref_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.ref_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ref_: {e}")
                    });
                self
            }
            pub fn required_contexts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.required_contexts = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for required_contexts: {e}"
                        )
                    });
                self
            }
            pub fn task<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.task = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for task: {e}")
                    });
                self
            }
            pub fn transient_environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.transient_environment = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for transient_environment: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentCreateRequest>
        for super::DeploymentCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_merge: value.auto_merge?,
                    description: value.description?,
                    environment: value.environment?,
                    payload: value.payload?,
                    production_environment: value.production_environment?,
                    ref_: value.ref_?,
                    required_contexts: value.required_contexts?,
                    task: value.task?,
                    transient_environment: value.transient_environment?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentCreateRequest>
        for DeploymentCreateRequest {
            fn from(value: super::DeploymentCreateRequest) -> Self {
                Self {
                    auto_merge: Ok(value.auto_merge),
                    description: Ok(value.description),
                    environment: Ok(value.environment),
                    payload: Ok(value.payload),
                    production_environment: Ok(value.production_environment),
                    ref_: Ok(value.ref_),
                    required_contexts: Ok(value.required_contexts),
                    task: Ok(value.task),
                    transient_environment: Ok(value.transient_environment),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentMergedBranch {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentMergedBranch {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                }
            }
        }
        impl DeploymentMergedBranch {
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
        impl ::std::convert::TryFrom<DeploymentMergedBranch>
        for super::DeploymentMergedBranch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentMergedBranch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::DeploymentMergedBranch>
        for DeploymentMergedBranch {
            fn from(value: super::DeploymentMergedBranch) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentProtectionRule {
            app: ::std::result::Result<
                super::CustomDeploymentRuleApp,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<i64, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeploymentProtectionRule {
            fn default() -> Self {
                Self {
                    app: Err("no value supplied for app".to_string()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                }
            }
        }
        impl DeploymentProtectionRule {
            pub fn app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CustomDeploymentRuleApp>,
                T::Error: ::std::fmt::Display,
            {
                self.app = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for app: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentProtectionRule>
        for super::DeploymentProtectionRule {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentProtectionRule,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app: value.app?,
                    enabled: value.enabled?,
                    id: value.id?,
                    node_id: value.node_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentProtectionRule>
        for DeploymentProtectionRule {
            fn from(value: super::DeploymentProtectionRule) -> Self {
                Self {
                    app: Ok(value.app),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    node_id: Ok(value.node_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentProtectionRuleCreateRequest {
            integration_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentProtectionRuleCreateRequest {
            fn default() -> Self {
                Self {
                    integration_id: Ok(Default::default()),
                }
            }
        }
        impl DeploymentProtectionRuleCreateRequest {
            pub fn integration_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.integration_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for integration_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentProtectionRuleCreateRequest>
        for super::DeploymentProtectionRuleCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentProtectionRuleCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    integration_id: value.integration_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentProtectionRuleCreateRequest>
        for DeploymentProtectionRuleCreateRequest {
            fn from(value: super::DeploymentProtectionRuleCreateRequest) -> Self {
                Self {
                    integration_id: Ok(value.integration_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentProtectionRuleList {
            custom_deployment_protection_rules: ::std::result::Result<
                ::std::vec::Vec<super::DeploymentProtectionRule>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentProtectionRuleList {
            fn default() -> Self {
                Self {
                    custom_deployment_protection_rules: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl DeploymentProtectionRuleList {
            pub fn custom_deployment_protection_rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::DeploymentProtectionRule>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.custom_deployment_protection_rules = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for custom_deployment_protection_rules: {e}"
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
        impl ::std::convert::TryFrom<DeploymentProtectionRuleList>
        for super::DeploymentProtectionRuleList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentProtectionRuleList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    custom_deployment_protection_rules: value
                        .custom_deployment_protection_rules?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentProtectionRuleList>
        for DeploymentProtectionRuleList {
            fn from(value: super::DeploymentProtectionRuleList) -> Self {
                Self {
                    custom_deployment_protection_rules: Ok(
                        value.custom_deployment_protection_rules,
                    ),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentStatus {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            creator: ::std::result::Result<
                super::NullableSimpleUser,
                ::std::string::String,
            >,
            deployment_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                super::DeploymentStatusDescription,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            environment_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            log_url: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            performed_via_github_app: ::std::result::Result<
                ::std::option::Option<super::NullableIntegration>,
                ::std::string::String,
            >,
            repository_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                crate::runtime::Open<super::DeploymentStatusState>,
                ::std::string::String,
            >,
            target_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for DeploymentStatus {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    creator: Err("no value supplied for creator".to_string()),
                    deployment_url: Err(
                        "no value supplied for deployment_url".to_string(),
                    ),
                    description: Err("no value supplied for description".to_string()),
                    environment: Ok(Default::default()),
                    environment_url: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    log_url: Ok(Default::default()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    performed_via_github_app: Ok(Default::default()),
                    repository_url: Err(
                        "no value supplied for repository_url".to_string(),
                    ),
                    state: Err("no value supplied for state".to_string()),
                    target_url: Err("no value supplied for target_url".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl DeploymentStatus {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn creator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NullableSimpleUser>,
                T::Error: ::std::fmt::Display,
            {
                self.creator = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creator: {e}")
                    });
                self
            }
            pub fn deployment_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_url: {e}"
                        )
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeploymentStatusDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn environment_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.environment_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for environment_url: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn log_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.log_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for log_url: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn performed_via_github_app<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::NullableIntegration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.performed_via_github_app = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for performed_via_github_app: {e}"
                        )
                    });
                self
            }
            pub fn repository_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repository_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repository_url: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::runtime::Open<super::DeploymentStatusState>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn target_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_url: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentStatus> for super::DeploymentStatus {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentStatus,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    creator: value.creator?,
                    deployment_url: value.deployment_url?,
                    description: value.description?,
                    environment: value.environment?,
                    environment_url: value.environment_url?,
                    id: value.id?,
                    log_url: value.log_url?,
                    node_id: value.node_id?,
                    performed_via_github_app: value.performed_via_github_app?,
                    repository_url: value.repository_url?,
                    state: value.state?,
                    target_url: value.target_url?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentStatus> for DeploymentStatus {
            fn from(value: super::DeploymentStatus) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    creator: Ok(value.creator),
                    deployment_url: Ok(value.deployment_url),
                    description: Ok(value.description),
                    environment: Ok(value.environment),
                    environment_url: Ok(value.environment_url),
                    id: Ok(value.id),
                    log_url: Ok(value.log_url),
                    node_id: Ok(value.node_id),
                    performed_via_github_app: Ok(value.performed_via_github_app),
                    repository_url: Ok(value.repository_url),
                    state: Ok(value.state),
                    target_url: Ok(value.target_url),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeploymentStatusCreateRequest {
            auto_inactive: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<super::DeploymentStatusCreateRequestDescription>,
                ::std::string::String,
            >,
            environment: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            log_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                super::DeploymentStatusState,
                ::std::string::String,
            >,
            target_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeploymentStatusCreateRequest {
            fn default() -> Self {
                Self {
                    auto_inactive: Ok(Default::default()),
                    description: Ok(Default::default()),
                    environment: Ok(Default::default()),
                    environment_url: Ok(Default::default()),
                    log_url: Ok(Default::default()),
                    state: Err("no value supplied for state".to_string()),
                    target_url: Ok(Default::default()),
                }
            }
        }
        impl DeploymentStatusCreateRequest {
            pub fn auto_inactive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_inactive = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auto_inactive: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::DeploymentStatusCreateRequestDescription,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn environment<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environment: {e}")
                    });
                self
            }
            pub fn environment_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for environment_url: {e}"
                        )
                    });
                self
            }
            pub fn log_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.log_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for log_url: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeploymentStatusState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn target_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for target_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeploymentStatusCreateRequest>
        for super::DeploymentStatusCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeploymentStatusCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_inactive: value.auto_inactive?,
                    description: value.description?,
                    environment: value.environment?,
                    environment_url: value.environment_url?,
                    log_url: value.log_url?,
                    state: value.state?,
                    target_url: value.target_url?,
                })
            }
        }
        impl ::std::convert::From<super::DeploymentStatusCreateRequest>
        for DeploymentStatusCreateRequest {
            fn from(value: super::DeploymentStatusCreateRequest) -> Self {
                Self {
                    auto_inactive: Ok(value.auto_inactive),
                    description: Ok(value.description),
                    environment: Ok(value.environment),
                    environment_url: Ok(value.environment_url),
                    log_url: Ok(value.log_url),
                    state: Ok(value.state),
                    target_url: Ok(value.target_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Enterprise {
            avatar_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            website_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Enterprise {
            fn default() -> Self {
                Self {
                    avatar_url: Err("no value supplied for avatar_url".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    website_url: Ok(Default::default()),
                }
            }
        }
        impl Enterprise {
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn website_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.website_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for website_url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Enterprise> for super::Enterprise {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Enterprise,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar_url: value.avatar_url?,
                    created_at: value.created_at?,
                    description: value.description?,
                    html_url: value.html_url?,
                    id: value.id?,
                    name: value.name?,
                    node_id: value.node_id?,
                    slug: value.slug?,
                    updated_at: value.updated_at?,
                    website_url: value.website_url?,
                })
            }
        }
        impl ::std::convert::From<super::Enterprise> for Enterprise {
            fn from(value: super::Enterprise) -> Self {
                Self {
                    avatar_url: Ok(value.avatar_url),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    slug: Ok(value.slug),
                    updated_at: Ok(value.updated_at),
                    website_url: Ok(value.website_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Environment {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            deployment_branch_policy: ::std::result::Result<
                ::std::option::Option<super::DeploymentBranchPolicySettings>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            protection_rules: ::std::result::Result<
                ::std::vec::Vec<super::EnvironmentProtectionRulesItem>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Environment {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    deployment_branch_policy: Ok(Default::default()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    protection_rules: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Environment {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn deployment_branch_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentBranchPolicySettings>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_branch_policy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_branch_policy: {e}"
                        )
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn protection_rules<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::EnvironmentProtectionRulesItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.protection_rules = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for protection_rules: {e}"
                        )
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Environment> for super::Environment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Environment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    deployment_branch_policy: value.deployment_branch_policy?,
                    html_url: value.html_url?,
                    id: value.id?,
                    name: value.name?,
                    node_id: value.node_id?,
                    protection_rules: value.protection_rules?,
                    updated_at: value.updated_at?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Environment> for Environment {
            fn from(value: super::Environment) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deployment_branch_policy: Ok(value.deployment_branch_policy),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    protection_rules: Ok(value.protection_rules),
                    updated_at: Ok(value.updated_at),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentBranchPolicyRule {
            id: ::std::result::Result<i64, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EnvironmentBranchPolicyRule {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl EnvironmentBranchPolicyRule {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<EnvironmentBranchPolicyRule>
        for super::EnvironmentBranchPolicyRule {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentBranchPolicyRule,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    node_id: value.node_id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentBranchPolicyRule>
        for EnvironmentBranchPolicyRule {
            fn from(value: super::EnvironmentBranchPolicyRule) -> Self {
                Self {
                    id: Ok(value.id),
                    node_id: Ok(value.node_id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentCreateOrUpdateRequest {
            deployment_branch_policy: ::std::result::Result<
                ::std::option::Option<super::DeploymentBranchPolicySettings>,
                ::std::string::String,
            >,
            prevent_self_review: ::std::result::Result<
                ::std::option::Option<super::PreventSelfReview>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::EnvironmentReviewerInput>>,
                ::std::string::String,
            >,
            wait_timer: ::std::result::Result<
                ::std::option::Option<super::WaitTimer>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentCreateOrUpdateRequest {
            fn default() -> Self {
                Self {
                    deployment_branch_policy: Ok(Default::default()),
                    prevent_self_review: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    wait_timer: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentCreateOrUpdateRequest {
            pub fn deployment_branch_policy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentBranchPolicySettings>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.deployment_branch_policy = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for deployment_branch_policy: {e}"
                        )
                    });
                self
            }
            pub fn prevent_self_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PreventSelfReview>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.prevent_self_review = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for prevent_self_review: {e}"
                        )
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::std::vec::Vec<super::EnvironmentReviewerInput>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn wait_timer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WaitTimer>>,
                T::Error: ::std::fmt::Display,
            {
                self.wait_timer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wait_timer: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnvironmentCreateOrUpdateRequest>
        for super::EnvironmentCreateOrUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentCreateOrUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deployment_branch_policy: value.deployment_branch_policy?,
                    prevent_self_review: value.prevent_self_review?,
                    reviewers: value.reviewers?,
                    wait_timer: value.wait_timer?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentCreateOrUpdateRequest>
        for EnvironmentCreateOrUpdateRequest {
            fn from(value: super::EnvironmentCreateOrUpdateRequest) -> Self {
                Self {
                    deployment_branch_policy: Ok(value.deployment_branch_policy),
                    prevent_self_review: Ok(value.prevent_self_review),
                    reviewers: Ok(value.reviewers),
                    wait_timer: Ok(value.wait_timer),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentList {
            environments: ::std::result::Result<
                ::std::vec::Vec<super::Environment>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentList {
            fn default() -> Self {
                Self {
                    environments: Ok(Default::default()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentList {
            pub fn environments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Environment>>,
                T::Error: ::std::fmt::Display,
            {
                self.environments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for environments: {e}")
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
        impl ::std::convert::TryFrom<EnvironmentList> for super::EnvironmentList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    environments: value.environments?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentList> for EnvironmentList {
            fn from(value: super::EnvironmentList) -> Self {
                Self {
                    environments: Ok(value.environments),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentProtectionRulesItem {
            subtype_0: ::std::result::Result<
                ::std::option::Option<super::EnvironmentWaitTimerRule>,
                ::std::string::String,
            >,
            subtype_1: ::std::result::Result<
                ::std::option::Option<super::EnvironmentRequiredReviewersRule>,
                ::std::string::String,
            >,
            subtype_2: ::std::result::Result<
                ::std::option::Option<super::EnvironmentBranchPolicyRule>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentProtectionRulesItem {
            fn default() -> Self {
                Self {
                    subtype_0: Ok(Default::default()),
                    subtype_1: Ok(Default::default()),
                    subtype_2: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentProtectionRulesItem {
            pub fn subtype_0<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EnvironmentWaitTimerRule>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtype_0 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype_0: {e}")
                    });
                self
            }
            pub fn subtype_1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EnvironmentRequiredReviewersRule>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtype_1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype_1: {e}")
                    });
                self
            }
            pub fn subtype_2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EnvironmentBranchPolicyRule>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.subtype_2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype_2: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnvironmentProtectionRulesItem>
        for super::EnvironmentProtectionRulesItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentProtectionRulesItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subtype_0: value.subtype_0?,
                    subtype_1: value.subtype_1?,
                    subtype_2: value.subtype_2?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentProtectionRulesItem>
        for EnvironmentProtectionRulesItem {
            fn from(value: super::EnvironmentProtectionRulesItem) -> Self {
                Self {
                    subtype_0: Ok(value.subtype_0),
                    subtype_1: Ok(value.subtype_1),
                    subtype_2: Ok(value.subtype_2),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentRequiredReviewersRule {
            id: ::std::result::Result<i64, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            prevent_self_review: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reviewers: ::std::result::Result<
                ::std::vec::Vec<super::EnvironmentReviewer>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EnvironmentRequiredReviewersRule {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    prevent_self_review: Ok(Default::default()),
                    reviewers: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl EnvironmentRequiredReviewersRule {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn prevent_self_review<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.prevent_self_review = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for prevent_self_review: {e}"
                        )
                    });
                self
            }
            pub fn reviewers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::EnvironmentReviewer>>,
                T::Error: ::std::fmt::Display,
            {
                self.reviewers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewers: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<EnvironmentRequiredReviewersRule>
        for super::EnvironmentRequiredReviewersRule {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentRequiredReviewersRule,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    node_id: value.node_id?,
                    prevent_self_review: value.prevent_self_review?,
                    reviewers: value.reviewers?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentRequiredReviewersRule>
        for EnvironmentRequiredReviewersRule {
            fn from(value: super::EnvironmentRequiredReviewersRule) -> Self {
                Self {
                    id: Ok(value.id),
                    node_id: Ok(value.node_id),
                    prevent_self_review: Ok(value.prevent_self_review),
                    reviewers: Ok(value.reviewers),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentReviewer {
            reviewer: ::std::result::Result<
                ::std::option::Option<super::EnvironmentReviewerReviewer>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<
                    crate::runtime::Open<super::DeploymentReviewerType>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentReviewer {
            fn default() -> Self {
                Self {
                    reviewer: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentReviewer {
            pub fn reviewer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::EnvironmentReviewerReviewer>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.reviewer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reviewer: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::runtime::Open<super::DeploymentReviewerType>,
                    >,
                >,
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
        impl ::std::convert::TryFrom<EnvironmentReviewer>
        for super::EnvironmentReviewer {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentReviewer,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    reviewer: value.reviewer?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentReviewer> for EnvironmentReviewer {
            fn from(value: super::EnvironmentReviewer) -> Self {
                Self {
                    reviewer: Ok(value.reviewer),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentReviewerInput {
            id: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            type_: ::std::result::Result<
                ::std::option::Option<super::DeploymentReviewerType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentReviewerInput {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentReviewerInput {
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DeploymentReviewerType>,
                >,
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
        impl ::std::convert::TryFrom<EnvironmentReviewerInput>
        for super::EnvironmentReviewerInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentReviewerInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentReviewerInput>
        for EnvironmentReviewerInput {
            fn from(value: super::EnvironmentReviewerInput) -> Self {
                Self {
                    id: Ok(value.id),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EnvironmentWaitTimerRule {
            id: ::std::result::Result<i64, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            wait_timer: ::std::result::Result<
                ::std::option::Option<super::WaitTimer>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EnvironmentWaitTimerRule {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    wait_timer: Ok(Default::default()),
                }
            }
        }
        impl EnvironmentWaitTimerRule {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn wait_timer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::WaitTimer>>,
                T::Error: ::std::fmt::Display,
            {
                self.wait_timer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for wait_timer: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EnvironmentWaitTimerRule>
        for super::EnvironmentWaitTimerRule {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EnvironmentWaitTimerRule,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    node_id: value.node_id?,
                    type_: value.type_?,
                    wait_timer: value.wait_timer?,
                })
            }
        }
        impl ::std::convert::From<super::EnvironmentWaitTimerRule>
        for EnvironmentWaitTimerRule {
            fn from(value: super::EnvironmentWaitTimerRule) -> Self {
                Self {
                    id: Ok(value.id),
                    node_id: Ok(value.node_id),
                    type_: Ok(value.type_),
                    wait_timer: Ok(value.wait_timer),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NullableIntegrationInner {
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            external_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            installations_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            owner: ::std::result::Result<
                super::NullableIntegrationInnerOwner,
                ::std::string::String,
            >,
            permissions: ::std::result::Result<
                super::NullableIntegrationInnerPermissions,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NullableIntegrationInner {
            fn default() -> Self {
                Self {
                    client_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    events: Err("no value supplied for events".to_string()),
                    external_url: Err("no value supplied for external_url".to_string()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    installations_count: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    owner: Err("no value supplied for owner".to_string()),
                    permissions: Err("no value supplied for permissions".to_string()),
                    slug: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl NullableIntegrationInner {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn events<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.events = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events: {e}")
                    });
                self
            }
            pub fn external_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.external_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for external_url: {e}")
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn installations_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.installations_count = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for installations_count: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NullableIntegrationInnerOwner>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NullableIntegrationInnerPermissions>,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NullableIntegrationInner>
        for super::NullableIntegrationInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NullableIntegrationInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    description: value.description?,
                    events: value.events?,
                    external_url: value.external_url?,
                    html_url: value.html_url?,
                    id: value.id?,
                    installations_count: value.installations_count?,
                    name: value.name?,
                    node_id: value.node_id?,
                    owner: value.owner?,
                    permissions: value.permissions?,
                    slug: value.slug?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::NullableIntegrationInner>
        for NullableIntegrationInner {
            fn from(value: super::NullableIntegrationInner) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    events: Ok(value.events),
                    external_url: Ok(value.external_url),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    installations_count: Ok(value.installations_count),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    owner: Ok(value.owner),
                    permissions: Ok(value.permissions),
                    slug: Ok(value.slug),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NullableIntegrationInnerPermissions {
            checks: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            contents: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deployments: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issues: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NullableIntegrationInnerPermissions {
            fn default() -> Self {
                Self {
                    checks: Ok(Default::default()),
                    contents: Ok(Default::default()),
                    deployments: Ok(Default::default()),
                    issues: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl NullableIntegrationInnerPermissions {
            pub fn checks<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.checks = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for checks: {e}")
                    });
                self
            }
            pub fn contents<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.contents = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for contents: {e}")
                    });
                self
            }
            pub fn deployments<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deployments = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for deployments: {e}")
                    });
                self
            }
            pub fn issues<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issues = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issues: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NullableIntegrationInnerPermissions>
        for super::NullableIntegrationInnerPermissions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NullableIntegrationInnerPermissions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    checks: value.checks?,
                    contents: value.contents?,
                    deployments: value.deployments?,
                    issues: value.issues?,
                    metadata: value.metadata?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::NullableIntegrationInnerPermissions>
        for NullableIntegrationInnerPermissions {
            fn from(value: super::NullableIntegrationInnerPermissions) -> Self {
                Self {
                    checks: Ok(value.checks),
                    contents: Ok(value.contents),
                    deployments: Ok(value.deployments),
                    issues: Ok(value.issues),
                    metadata: Ok(value.metadata),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NullableSimpleUserInner {
            avatar_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            followers_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            following_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            gists_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            gravatar_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            login: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organizations_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            received_events_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            repos_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            site_admin: ::std::result::Result<bool, ::std::string::String>,
            starred_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            starred_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            subscriptions_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_view_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NullableSimpleUserInner {
            fn default() -> Self {
                Self {
                    avatar_url: Err("no value supplied for avatar_url".to_string()),
                    email: Ok(Default::default()),
                    events_url: Err("no value supplied for events_url".to_string()),
                    followers_url: Err(
                        "no value supplied for followers_url".to_string(),
                    ),
                    following_url: Err(
                        "no value supplied for following_url".to_string(),
                    ),
                    gists_url: Err("no value supplied for gists_url".to_string()),
                    gravatar_id: Err("no value supplied for gravatar_id".to_string()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    login: Err("no value supplied for login".to_string()),
                    name: Ok(Default::default()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    organizations_url: Err(
                        "no value supplied for organizations_url".to_string(),
                    ),
                    received_events_url: Err(
                        "no value supplied for received_events_url".to_string(),
                    ),
                    repos_url: Err("no value supplied for repos_url".to_string()),
                    site_admin: Err("no value supplied for site_admin".to_string()),
                    starred_at: Ok(Default::default()),
                    starred_url: Err("no value supplied for starred_url".to_string()),
                    subscriptions_url: Err(
                        "no value supplied for subscriptions_url".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    user_view_type: Ok(Default::default()),
                }
            }
        }
        impl NullableSimpleUserInner {
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn events_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.events_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events_url: {e}")
                    });
                self
            }
            pub fn followers_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.followers_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for followers_url: {e}")
                    });
                self
            }
            pub fn following_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.following_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for following_url: {e}")
                    });
                self
            }
            pub fn gists_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.gists_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gists_url: {e}")
                    });
                self
            }
            pub fn gravatar_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gravatar_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gravatar_id: {e}")
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login: {e}")
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
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn organizations_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organizations_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organizations_url: {e}"
                        )
                    });
                self
            }
            pub fn received_events_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.received_events_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for received_events_url: {e}"
                        )
                    });
                self
            }
            pub fn repos_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repos_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repos_url: {e}")
                    });
                self
            }
            pub fn site_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.site_admin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for site_admin: {e}")
                    });
                self
            }
            pub fn starred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.starred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starred_at: {e}")
                    });
                self
            }
            pub fn starred_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.starred_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starred_url: {e}")
                    });
                self
            }
            pub fn subscriptions_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subscriptions_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscriptions_url: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_view_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_view_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_view_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NullableSimpleUserInner>
        for super::NullableSimpleUserInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NullableSimpleUserInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar_url: value.avatar_url?,
                    email: value.email?,
                    events_url: value.events_url?,
                    followers_url: value.followers_url?,
                    following_url: value.following_url?,
                    gists_url: value.gists_url?,
                    gravatar_id: value.gravatar_id?,
                    html_url: value.html_url?,
                    id: value.id?,
                    login: value.login?,
                    name: value.name?,
                    node_id: value.node_id?,
                    organizations_url: value.organizations_url?,
                    received_events_url: value.received_events_url?,
                    repos_url: value.repos_url?,
                    site_admin: value.site_admin?,
                    starred_at: value.starred_at?,
                    starred_url: value.starred_url?,
                    subscriptions_url: value.subscriptions_url?,
                    type_: value.type_?,
                    url: value.url?,
                    user_view_type: value.user_view_type?,
                })
            }
        }
        impl ::std::convert::From<super::NullableSimpleUserInner>
        for NullableSimpleUserInner {
            fn from(value: super::NullableSimpleUserInner) -> Self {
                Self {
                    avatar_url: Ok(value.avatar_url),
                    email: Ok(value.email),
                    events_url: Ok(value.events_url),
                    followers_url: Ok(value.followers_url),
                    following_url: Ok(value.following_url),
                    gists_url: Ok(value.gists_url),
                    gravatar_id: Ok(value.gravatar_id),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    login: Ok(value.login),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    organizations_url: Ok(value.organizations_url),
                    received_events_url: Ok(value.received_events_url),
                    repos_url: Ok(value.repos_url),
                    site_admin: Ok(value.site_admin),
                    starred_at: Ok(value.starred_at),
                    starred_url: Ok(value.starred_url),
                    subscriptions_url: Ok(value.subscriptions_url),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                    user_view_type: Ok(value.user_view_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct NullableTeamSimpleInner {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            ldap_dn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            notification_setting: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            permission: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            privacy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repositories_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::runtime::Open<super::NullableTeamSimpleType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for NullableTeamSimpleInner {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    enterprise_id: Ok(Default::default()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    ldap_dn: Ok(Default::default()),
                    members_url: Err("no value supplied for members_url".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    notification_setting: Ok(Default::default()),
                    organization_id: Ok(Default::default()),
                    permission: Err("no value supplied for permission".to_string()),
                    privacy: Ok(Default::default()),
                    repositories_url: Err(
                        "no value supplied for repositories_url".to_string(),
                    ),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl NullableTeamSimpleInner {
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
            pub fn enterprise_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enterprise_id: {e}")
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ldap_dn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ldap_dn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ldap_dn: {e}")
                    });
                self
            }
            pub fn members_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.members_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members_url: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn notification_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_setting: {e}"
                        )
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn permission<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.permission = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission: {e}")
                    });
                self
            }
            pub fn privacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privacy: {e}")
                    });
                self
            }
            pub fn repositories_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repositories_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repositories_url: {e}"
                        )
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::runtime::Open<super::NullableTeamSimpleType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<NullableTeamSimpleInner>
        for super::NullableTeamSimpleInner {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NullableTeamSimpleInner,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    enterprise_id: value.enterprise_id?,
                    html_url: value.html_url?,
                    id: value.id?,
                    ldap_dn: value.ldap_dn?,
                    members_url: value.members_url?,
                    name: value.name?,
                    node_id: value.node_id?,
                    notification_setting: value.notification_setting?,
                    organization_id: value.organization_id?,
                    permission: value.permission?,
                    privacy: value.privacy?,
                    repositories_url: value.repositories_url?,
                    slug: value.slug?,
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::NullableTeamSimpleInner>
        for NullableTeamSimpleInner {
            fn from(value: super::NullableTeamSimpleInner) -> Self {
                Self {
                    description: Ok(value.description),
                    enterprise_id: Ok(value.enterprise_id),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    ldap_dn: Ok(value.ldap_dn),
                    members_url: Ok(value.members_url),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    notification_setting: Ok(value.notification_setting),
                    organization_id: Ok(value.organization_id),
                    permission: Ok(value.permission),
                    privacy: Ok(value.privacy),
                    repositories_url: Ok(value.repositories_url),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SimpleUser {
            avatar_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            events_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            followers_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            following_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            gists_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            gravatar_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            login: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organizations_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            received_events_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            repos_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            site_admin: ::std::result::Result<bool, ::std::string::String>,
            starred_at: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            starred_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            subscriptions_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_view_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SimpleUser {
            fn default() -> Self {
                Self {
                    avatar_url: Err("no value supplied for avatar_url".to_string()),
                    email: Ok(Default::default()),
                    events_url: Err("no value supplied for events_url".to_string()),
                    followers_url: Err(
                        "no value supplied for followers_url".to_string(),
                    ),
                    following_url: Err(
                        "no value supplied for following_url".to_string(),
                    ),
                    gists_url: Err("no value supplied for gists_url".to_string()),
                    gravatar_id: Err("no value supplied for gravatar_id".to_string()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    login: Err("no value supplied for login".to_string()),
                    name: Ok(Default::default()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    organizations_url: Err(
                        "no value supplied for organizations_url".to_string(),
                    ),
                    received_events_url: Err(
                        "no value supplied for received_events_url".to_string(),
                    ),
                    repos_url: Err("no value supplied for repos_url".to_string()),
                    site_admin: Err("no value supplied for site_admin".to_string()),
                    starred_at: Ok(Default::default()),
                    starred_url: Err("no value supplied for starred_url".to_string()),
                    subscriptions_url: Err(
                        "no value supplied for subscriptions_url".to_string(),
                    ),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                    user_view_type: Ok(Default::default()),
                }
            }
        }
        impl SimpleUser {
            pub fn avatar_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.avatar_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for avatar_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn events_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.events_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for events_url: {e}")
                    });
                self
            }
            pub fn followers_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.followers_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for followers_url: {e}")
                    });
                self
            }
            pub fn following_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.following_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for following_url: {e}")
                    });
                self
            }
            pub fn gists_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.gists_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gists_url: {e}")
                    });
                self
            }
            pub fn gravatar_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.gravatar_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gravatar_id: {e}")
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn login<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login: {e}")
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
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn organizations_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organizations_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organizations_url: {e}"
                        )
                    });
                self
            }
            pub fn received_events_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.received_events_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for received_events_url: {e}"
                        )
                    });
                self
            }
            pub fn repos_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repos_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for repos_url: {e}")
                    });
                self
            }
            pub fn site_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.site_admin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for site_admin: {e}")
                    });
                self
            }
            pub fn starred_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.starred_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starred_at: {e}")
                    });
                self
            }
            pub fn starred_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.starred_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for starred_url: {e}")
                    });
                self
            }
            pub fn subscriptions_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.subscriptions_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for subscriptions_url: {e}"
                        )
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user_view_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_view_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_view_type: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SimpleUser> for super::SimpleUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SimpleUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    avatar_url: value.avatar_url?,
                    email: value.email?,
                    events_url: value.events_url?,
                    followers_url: value.followers_url?,
                    following_url: value.following_url?,
                    gists_url: value.gists_url?,
                    gravatar_id: value.gravatar_id?,
                    html_url: value.html_url?,
                    id: value.id?,
                    login: value.login?,
                    name: value.name?,
                    node_id: value.node_id?,
                    organizations_url: value.organizations_url?,
                    received_events_url: value.received_events_url?,
                    repos_url: value.repos_url?,
                    site_admin: value.site_admin?,
                    starred_at: value.starred_at?,
                    starred_url: value.starred_url?,
                    subscriptions_url: value.subscriptions_url?,
                    type_: value.type_?,
                    url: value.url?,
                    user_view_type: value.user_view_type?,
                })
            }
        }
        impl ::std::convert::From<super::SimpleUser> for SimpleUser {
            fn from(value: super::SimpleUser) -> Self {
                Self {
                    avatar_url: Ok(value.avatar_url),
                    email: Ok(value.email),
                    events_url: Ok(value.events_url),
                    followers_url: Ok(value.followers_url),
                    following_url: Ok(value.following_url),
                    gists_url: Ok(value.gists_url),
                    gravatar_id: Ok(value.gravatar_id),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    login: Ok(value.login),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    organizations_url: Ok(value.organizations_url),
                    received_events_url: Ok(value.received_events_url),
                    repos_url: Ok(value.repos_url),
                    site_admin: Ok(value.site_admin),
                    starred_at: Ok(value.starred_at),
                    starred_url: Ok(value.starred_url),
                    subscriptions_url: Ok(value.subscriptions_url),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                    user_view_type: Ok(value.user_view_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Team {
            access_source: ::std::result::Result<
                ::std::option::Option<crate::runtime::Open<super::TeamAccessSource>>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enterprise_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            html_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            members_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            node_id: ::std::result::Result<::std::string::String, ::std::string::String>,
            notification_setting: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            parent: ::std::result::Result<
                super::NullableTeamSimple,
                ::std::string::String,
            >,
            permission: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            permissions: ::std::result::Result<
                ::std::option::Option<super::TeamPermissions>,
                ::std::string::String,
            >,
            privacy: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            repositories_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                crate::runtime::Open<super::TeamType>,
                ::std::string::String,
            >,
            url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Team {
            fn default() -> Self {
                Self {
                    access_source: Ok(Default::default()),
                    description: Err("no value supplied for description".to_string()),
                    enterprise_id: Ok(Default::default()),
                    html_url: Err("no value supplied for html_url".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    members_url: Err("no value supplied for members_url".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    node_id: Err("no value supplied for node_id".to_string()),
                    notification_setting: Ok(Default::default()),
                    organization_id: Ok(Default::default()),
                    parent: Err("no value supplied for parent".to_string()),
                    permission: Err("no value supplied for permission".to_string()),
                    permissions: Ok(Default::default()),
                    privacy: Ok(Default::default()),
                    repositories_url: Err(
                        "no value supplied for repositories_url".to_string(),
                    ),
                    slug: Err("no value supplied for slug".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    url: Err("no value supplied for url".to_string()),
                }
            }
        }
        impl Team {
            pub fn access_source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::runtime::Open<super::TeamAccessSource>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_source: {e}")
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
            pub fn enterprise_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.enterprise_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enterprise_id: {e}")
                    });
                self
            }
            pub fn html_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.html_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for html_url: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn members_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.members_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members_url: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn node_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.node_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for node_id: {e}")
                    });
                self
            }
            pub fn notification_setting<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.notification_setting = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for notification_setting: {e}"
                        )
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn parent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NullableTeamSimple>,
                T::Error: ::std::fmt::Display,
            {
                self.parent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parent: {e}")
                    });
                self
            }
            pub fn permission<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.permission = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission: {e}")
                    });
                self
            }
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::TeamPermissions>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
            pub fn privacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.privacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privacy: {e}")
                    });
                self
            }
            pub fn repositories_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.repositories_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for repositories_url: {e}"
                        )
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::runtime::Open<super::TeamType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Team> for super::Team {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Team,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_source: value.access_source?,
                    description: value.description?,
                    enterprise_id: value.enterprise_id?,
                    html_url: value.html_url?,
                    id: value.id?,
                    members_url: value.members_url?,
                    name: value.name?,
                    node_id: value.node_id?,
                    notification_setting: value.notification_setting?,
                    organization_id: value.organization_id?,
                    parent: value.parent?,
                    permission: value.permission?,
                    permissions: value.permissions?,
                    privacy: value.privacy?,
                    repositories_url: value.repositories_url?,
                    slug: value.slug?,
                    type_: value.type_?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Team> for Team {
            fn from(value: super::Team) -> Self {
                Self {
                    access_source: Ok(value.access_source),
                    description: Ok(value.description),
                    enterprise_id: Ok(value.enterprise_id),
                    html_url: Ok(value.html_url),
                    id: Ok(value.id),
                    members_url: Ok(value.members_url),
                    name: Ok(value.name),
                    node_id: Ok(value.node_id),
                    notification_setting: Ok(value.notification_setting),
                    organization_id: Ok(value.organization_id),
                    parent: Ok(value.parent),
                    permission: Ok(value.permission),
                    permissions: Ok(value.permissions),
                    privacy: Ok(value.privacy),
                    repositories_url: Ok(value.repositories_url),
                    slug: Ok(value.slug),
                    type_: Ok(value.type_),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TeamPermissions {
            admin: ::std::result::Result<bool, ::std::string::String>,
            maintain: ::std::result::Result<bool, ::std::string::String>,
            pull: ::std::result::Result<bool, ::std::string::String>,
            push: ::std::result::Result<bool, ::std::string::String>,
            triage: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for TeamPermissions {
            fn default() -> Self {
                Self {
                    admin: Err("no value supplied for admin".to_string()),
                    maintain: Err("no value supplied for maintain".to_string()),
                    pull: Err("no value supplied for pull".to_string()),
                    push: Err("no value supplied for push".to_string()),
                    triage: Err("no value supplied for triage".to_string()),
                }
            }
        }
        impl TeamPermissions {
            pub fn admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.admin = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for admin: {e}")
                    });
                self
            }
            pub fn maintain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.maintain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for maintain: {e}")
                    });
                self
            }
            pub fn pull<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.pull = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pull: {e}")
                    });
                self
            }
            pub fn push<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.push = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for push: {e}")
                    });
                self
            }
            pub fn triage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.triage = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for triage: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TeamPermissions> for super::TeamPermissions {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TeamPermissions,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    admin: value.admin?,
                    maintain: value.maintain?,
                    pull: value.pull?,
                    push: value.push?,
                    triage: value.triage?,
                })
            }
        }
        impl ::std::convert::From<super::TeamPermissions> for TeamPermissions {
            fn from(value: super::TeamPermissions) -> Self {
                Self {
                    admin: Ok(value.admin),
                    maintain: Ok(value.maintain),
                    pull: Ok(value.pull),
                    push: Ok(value.push),
                    triage: Ok(value.triage),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidationError {
            documentation_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<super::ValidationErrorErrorsItem>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ValidationError {
            fn default() -> Self {
                Self {
                    documentation_url: Err(
                        "no value supplied for documentation_url".to_string(),
                    ),
                    errors: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ValidationError {
            pub fn documentation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.documentation_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for documentation_url: {e}"
                        )
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ValidationErrorErrorsItem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<ValidationError> for super::ValidationError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    documentation_url: value.documentation_url?,
                    errors: value.errors?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationError> for ValidationError {
            fn from(value: super::ValidationError) -> Self {
                Self {
                    documentation_url: Ok(value.documentation_url),
                    errors: Ok(value.errors),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidationErrorErrorsItem {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            index: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resource: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<super::ValidationErrorErrorsItemValue>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ValidationErrorErrorsItem {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    field: Ok(Default::default()),
                    index: Ok(Default::default()),
                    message: Ok(Default::default()),
                    resource: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl ValidationErrorErrorsItem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field: {e}")
                    });
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for index: {e}")
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
            pub fn resource<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.resource = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resource: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ValidationErrorErrorsItemValue>,
                >,
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
        impl ::std::convert::TryFrom<ValidationErrorErrorsItem>
        for super::ValidationErrorErrorsItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationErrorErrorsItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    field: value.field?,
                    index: value.index?,
                    message: value.message?,
                    resource: value.resource?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationErrorErrorsItem>
        for ValidationErrorErrorsItem {
            fn from(value: super::ValidationErrorErrorsItem) -> Self {
                Self {
                    code: Ok(value.code),
                    field: Ok(value.field),
                    index: Ok(value.index),
                    message: Ok(value.message),
                    resource: Ok(value.resource),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ValidationErrorSimple {
            documentation_url: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ValidationErrorSimple {
            fn default() -> Self {
                Self {
                    documentation_url: Err(
                        "no value supplied for documentation_url".to_string(),
                    ),
                    errors: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }
        impl ValidationErrorSimple {
            pub fn documentation_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.documentation_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for documentation_url: {e}"
                        )
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
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
        impl ::std::convert::TryFrom<ValidationErrorSimple>
        for super::ValidationErrorSimple {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ValidationErrorSimple,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    documentation_url: value.documentation_url?,
                    errors: value.errors?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::ValidationErrorSimple>
        for ValidationErrorSimple {
            fn from(value: super::ValidationErrorSimple) -> Self {
                Self {
                    documentation_url: Ok(value.documentation_url),
                    errors: Ok(value.errors),
                    message: Ok(value.message),
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
/**Client for GitHub REST API - Deployments

Hand-written description of the "Deployments" category of the GitHub REST API (API version
`2022-11-28`): deployments, deployment statuses, environments, deployment branch and tag
policies, and custom deployment protection rules.

Authentication and the standard headers (`Authorization: Bearer <token>`,
`Accept: application/vnd.github+json`, `X-GitHub-Api-Version: 2022-11-28` and a `User-Agent`)
are added by deploykit's auth layer, so no operation declares them as parameters.

List operations paginate with `per_page` (at most 100) and `page`; the response carries a
`Link` header whose `rel="next"` URL should be followed as given until it disappears.

Response objects leave `additionalProperties` open so that fields GitHub adds later do not
break the client.

Every `required` list of an answer cites GitHub's official OpenAPI description
(`x-deploykit-required`); the lists were checked field by field against its copy published on
npm as `@octokit/openapi` 23.0.2 (`generated/api.github.com.json`). Enums in answers decode
unlisted values as `Open::Unknown`.


Version: 2022-11-28*/
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
        "2022-11-28"
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
    /**List deployments

Returns the deployments of a repository, newest first. The optional `sha`, `ref`, `task` and
`environment` query parameters narrow the result to deployments whose recorded value matches
exactly.


Sends a `GET` request to `/repos/{owner}/{repo}/deployments`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment`: Only deployments to this environment, for example `staging` or `production`.
- `page`: Page of results to return, starting at 1.
- `per_page`: Number of results per page (1 to 100, 30 when omitted).
- `ref_`: Only deployments of this ref (branch name, tag name or SHA).
- `sha`: Only deployments created for this commit SHA.
- `task`: Only deployments with this task, for example `deploy` or `deploy:migrations`.
```ignore
let response = client.list_deployments()
    .owner(owner)
    .repo(repo)
    .environment(environment)
    .page(page)
    .per_page(per_page)
    .ref_(ref_)
    .sha(sha)
    .task(task)
    .send()
    .await;
```*/
    pub fn list_deployments(&self) -> builder::ListDeployments<'_> {
        builder::ListDeployments::new(self)
    }
    /**Create a deployment

Asks for `ref` (a branch, tag or SHA) to be deployed to `environment` (default `production`).
GitHub records the deployment and emits a `deployment` webhook event; the actual deploying is
done by whatever integration listens for that event.

With `auto_merge` (default `true`), a ref that is behind the default branch is first brought up
to date: if GitHub merges the default branch into it, the answer is `202` with a message and
no deployment is created (repeat the request to deploy the merged ref); if the merge
conflicts, the answer is `409`. Commit status contexts are checked too: by default every
context on the commit must be `success`, `required_contexts` narrows that list, and an empty
array skips the check; failing contexts also give `409`.

`payload` is free-form data passed on to the deployment system, `task` lets the deployment
system choose a code path (for example `deploy:migrations`). OAuth app tokens and classic
personal access tokens need the `repo` or `repo_deployment` scope.


Sends a `POST` request to `/repos/{owner}/{repo}/deployments`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `body`
```ignore
let response = client.create_deployment()
    .owner(owner)
    .repo(repo)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_deployment(&self) -> builder::CreateDeployment<'_> {
        builder::CreateDeployment::new(self)
    }
    /**Get a deployment

Returns one deployment of the repository by its numeric id.

Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `deployment_id`: Numeric id of the deployment.
```ignore
let response = client.get_deployment()
    .owner(owner)
    .repo(repo)
    .deployment_id(deployment_id)
    .send()
    .await;
```*/
    pub fn get_deployment(&self) -> builder::GetDeployment<'_> {
        builder::GetDeployment::new(self)
    }
    /**Delete a deployment

Removes a deployment. When the repository has a single deployment it can be removed whatever
its state; otherwise only inactive deployments can be removed, so that an active one always
remains. To make a deployment inactive, either create a newer active deployment first or give
the deployment a status other than `success`. OAuth app tokens and classic personal access
tokens need the `repo` or `repo_deployment` scope.


Sends a `DELETE` request to `/repos/{owner}/{repo}/deployments/{deployment_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `deployment_id`: Numeric id of the deployment.
```ignore
let response = client.delete_deployment()
    .owner(owner)
    .repo(repo)
    .deployment_id(deployment_id)
    .send()
    .await;
```*/
    pub fn delete_deployment(&self) -> builder::DeleteDeployment<'_> {
        builder::DeleteDeployment::new(self)
    }
    /**List deployment statuses

Returns the statuses reported for one deployment, newest first. Needs read (pull) access to
the repository.


Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `deployment_id`: Numeric id of the deployment.
- `page`: Page of results to return, starting at 1.
- `per_page`: Number of results per page (1 to 100, 30 when omitted).
```ignore
let response = client.list_deployment_statuses()
    .owner(owner)
    .repo(repo)
    .deployment_id(deployment_id)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_deployment_statuses(&self) -> builder::ListDeploymentStatuses<'_> {
        builder::ListDeploymentStatuses::new(self)
    }
    /**Create a deployment status

Records a new status (`state`) for a deployment; GitHub emits a `deployment_status` webhook
event. `log_url` (which also sets `target_url`) should point at the deployment's output,
`environment_url` at the deployed environment. Setting a `success` status marks earlier
successful deployments of the same non-transient, non-production environment as `inactive`
unless `auto_inactive` is `false`. Setting `inactive` on a transient environment shows it as
destroyed. Needs push access; OAuth app tokens and classic personal access tokens need the
`repo_deployment` scope.


Sends a `POST` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `deployment_id`: Numeric id of the deployment.
- `body`
```ignore
let response = client.create_deployment_status()
    .owner(owner)
    .repo(repo)
    .deployment_id(deployment_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_deployment_status(&self) -> builder::CreateDeploymentStatus<'_> {
        builder::CreateDeploymentStatus::new(self)
    }
    /**Get a deployment status

Returns one status of a deployment by its numeric id. Needs read (pull) access.

Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `deployment_id`: Numeric id of the deployment.
- `status_id`: Numeric id of the deployment status.
```ignore
let response = client.get_deployment_status()
    .owner(owner)
    .repo(repo)
    .deployment_id(deployment_id)
    .status_id(status_id)
    .send()
    .await;
```*/
    pub fn get_deployment_status(&self) -> builder::GetDeploymentStatus<'_> {
        builder::GetDeploymentStatus::new(self)
    }
    /**List environments

Returns the deployment environments of a repository with their protection settings. Anyone
with read access may call it; for a private repository, OAuth app tokens and classic personal
access tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `page`: Page of results to return, starting at 1.
- `per_page`: Number of results per page (1 to 100, 30 when omitted).
```ignore
let response = client.list_environments()
    .owner(owner)
    .repo(repo)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_environments(&self) -> builder::ListEnvironments<'_> {
        builder::ListEnvironments::new(self)
    }
    /**Get an environment

Returns one environment with its protection rules and branch policy setting. The branch and
tag name patterns themselves are listed by `list_deployment_branch_policies`. Anyone with
read access may call it; for a private repository, OAuth app tokens and classic personal
access tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
```ignore
let response = client.get_environment()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .send()
    .await;
```*/
    pub fn get_environment(&self) -> builder::GetEnvironment<'_> {
        builder::GetEnvironment::new(self)
    }
    /**Create or update an environment

Creates the environment if it does not exist, otherwise replaces its protection settings: a
wait timer, required reviewers (at most six users or teams, any one of whom may approve),
whether the author of a run may approve it, and which branches may deploy. An empty body
creates an environment without protection. Branch and tag name patterns are managed with the
deployment branch policy operations. OAuth app tokens and classic personal access tokens need
the `repo` scope.


Sends a `PUT` request to `/repos/{owner}/{repo}/environments/{environment_name}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `body`
```ignore
let response = client.create_or_update_environment()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_or_update_environment(
        &self,
    ) -> builder::CreateOrUpdateEnvironment<'_> {
        builder::CreateOrUpdateEnvironment::new(self)
    }
    /**Delete an environment

Deletes an environment together with its protection rules, branch policies and secrets.
OAuth app tokens and classic personal access tokens need the `repo` scope.


Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
```ignore
let response = client.delete_environment()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .send()
    .await;
```*/
    pub fn delete_environment(&self) -> builder::DeleteEnvironment<'_> {
        builder::DeleteEnvironment::new(self)
    }
    /**List deployment branch policies

Returns the branch and tag name patterns allowed to deploy to an environment. Anyone with
read access may call it; for a private repository, OAuth app tokens and classic personal
access tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `page`: Page of results to return, starting at 1.
- `per_page`: Number of results per page (1 to 100, 30 when omitted).
```ignore
let response = client.list_deployment_branch_policies()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_deployment_branch_policies(
        &self,
    ) -> builder::ListDeploymentBranchPolicies<'_> {
        builder::ListDeploymentBranchPolicies::new(self)
    }
    /**Create a deployment branch policy

Adds a branch or tag name pattern that may deploy to the environment. The environment's
`deployment_branch_policy.custom_branch_policies` must be `true`, otherwise the answer is
`404`; an identical pattern that already exists gives `303`. OAuth app tokens and classic
personal access tokens need the `repo` scope.


Sends a `POST` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `body`
```ignore
let response = client.create_deployment_branch_policy()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_deployment_branch_policy(
        &self,
    ) -> builder::CreateDeploymentBranchPolicy<'_> {
        builder::CreateDeploymentBranchPolicy::new(self)
    }
    /**Get a deployment branch policy

Returns one branch or tag policy of an environment. Anyone with read access may call it; for
a private repository, OAuth app tokens and classic personal access tokens need the `repo`
scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `branch_policy_id`: Numeric id of the branch or tag policy.
```ignore
let response = client.get_deployment_branch_policy()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .branch_policy_id(branch_policy_id)
    .send()
    .await;
```*/
    pub fn get_deployment_branch_policy(
        &self,
    ) -> builder::GetDeploymentBranchPolicy<'_> {
        builder::GetDeploymentBranchPolicy::new(self)
    }
    /**Update a deployment branch policy

Replaces the name pattern of an existing branch or tag policy (its type stays as it was).
OAuth app tokens and classic personal access tokens need the `repo` scope.


Sends a `PUT` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `branch_policy_id`: Numeric id of the branch or tag policy.
- `body`
```ignore
let response = client.update_deployment_branch_policy()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .branch_policy_id(branch_policy_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_deployment_branch_policy(
        &self,
    ) -> builder::UpdateDeploymentBranchPolicy<'_> {
        builder::UpdateDeploymentBranchPolicy::new(self)
    }
    /**Delete a deployment branch policy

Removes one branch or tag policy from an environment. OAuth app tokens and classic personal
access tokens need the `repo` scope.


Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `branch_policy_id`: Numeric id of the branch or tag policy.
```ignore
let response = client.delete_deployment_branch_policy()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .branch_policy_id(branch_policy_id)
    .send()
    .await;
```*/
    pub fn delete_deployment_branch_policy(
        &self,
    ) -> builder::DeleteDeploymentBranchPolicy<'_> {
        builder::DeleteDeploymentBranchPolicy::new(self)
    }
    /**Get all deployment protection rules for an environment

Returns the custom deployment protection rules (GitHub Apps that approve or reject
deployments) enabled on an environment. Anyone with read access may call it; for a private
repository, OAuth app tokens and classic personal access tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
```ignore
let response = client.list_deployment_protection_rules()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .send()
    .await;
```*/
    pub fn list_deployment_protection_rules(
        &self,
    ) -> builder::ListDeploymentProtectionRules<'_> {
        builder::ListDeploymentProtectionRules::new(self)
    }
    /**Create a custom deployment protection rule on an environment

Enables a GitHub App, identified by `integration_id`, as a custom protection rule of the
environment; `list_deployment_rule_integrations` shows which apps can be used. Needs admin or
owner permission on the repository; OAuth app tokens and classic personal access tokens need
the `repo` scope.


Sends a `POST` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `body`
```ignore
let response = client.create_deployment_protection_rule()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_deployment_protection_rule(
        &self,
    ) -> builder::CreateDeploymentProtectionRule<'_> {
        builder::CreateDeploymentProtectionRule::new(self)
    }
    /**List custom deployment rule integrations available for an environment

Returns the GitHub Apps that could be enabled as custom deployment protection rules on the
environment. Needs admin or owner permission on the repository; for a private repository,
OAuth app tokens and classic personal access tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `page`: Page of results to return, starting at 1.
- `per_page`: Number of results per page (1 to 100, 30 when omitted).
```ignore
let response = client.list_deployment_rule_integrations()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_deployment_rule_integrations(
        &self,
    ) -> builder::ListDeploymentRuleIntegrations<'_> {
        builder::ListDeploymentRuleIntegrations::new(self)
    }
    /**Get a custom deployment protection rule

Returns one enabled custom deployment protection rule of an environment. Anyone with read
access may call it; for a private repository, OAuth app tokens and classic personal access
tokens need the `repo` scope.


Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `protection_rule_id`: Numeric id of the custom deployment protection rule.
```ignore
let response = client.get_deployment_protection_rule()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .protection_rule_id(protection_rule_id)
    .send()
    .await;
```*/
    pub fn get_deployment_protection_rule(
        &self,
    ) -> builder::GetDeploymentProtectionRule<'_> {
        builder::GetDeploymentProtectionRule::new(self)
    }
    /**Disable a custom protection rule for an environment

Disables one custom deployment protection rule of an environment. Needs admin or owner
permission on the repository; OAuth app tokens and classic personal access tokens need the
`repo` scope.


Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}`

Arguments:
- `owner`: Account that owns the repository (case-insensitive).
- `repo`: Repository name without the `.git` suffix (case-insensitive).
- `environment_name`: Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
- `protection_rule_id`: Numeric id of the custom deployment protection rule.
```ignore
let response = client.disable_deployment_protection_rule()
    .owner(owner)
    .repo(repo)
    .environment_name(environment_name)
    .protection_rule_id(protection_rule_id)
    .send()
    .await;
```*/
    pub fn disable_deployment_protection_rule(
        &self,
    ) -> builder::DisableDeploymentProtectionRule<'_> {
        builder::DisableDeploymentProtectionRule::new(self)
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
    /**Builder for [`Client::list_deployments`]

[`Client::list_deployments`]: super::Client::list_deployments*/
    #[derive(Debug, Clone)]
    pub struct ListDeployments<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment: Result<Option<::std::string::String>, String>,
        page: Result<Option<types::Page>, String>,
        per_page: Result<Option<types::PerPage>, String>,
        ref_: Result<Option<::std::string::String>, String>,
        sha: Result<Option<::std::string::String>, String>,
        task: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListDeployments<'a> {
        ///A builder of `list_deployments` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
                ref_: Ok(None),
                sha: Ok(None),
                task: Ok(None),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment` (query): Only deployments to this environment, for example `staging` or `production`.
        pub fn environment<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment failed"
                        .to_string()
                });
            self
        }
        ///`page` (query): Page of results to return, starting at 1.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Page>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Page` for page failed".to_string());
            self
        }
        ///`per_page` (query): Number of results per page (1 to 100, 30 when omitted).
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerPage>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PerPage` for per_page failed".to_string());
            self
        }
        ///`ref` (query): Only deployments of this ref (branch name, tag name or SHA).
        pub fn ref_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ref_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ref_ failed"
                        .to_string()
                });
            self
        }
        ///`sha` (query): Only deployments created for this commit SHA.
        pub fn sha<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sha = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sha failed"
                        .to_string()
                });
            self
        }
        ///`task` (query): Only deployments with this task, for example `deploy` or `deploy:migrations`.
        pub fn task<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.task = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for task failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/deployments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Deployment>>, Error> {
            let Self {
                client,
                owner,
                repo,
                environment,
                page,
                per_page,
                ref_,
                sha,
                task,
            } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let environment = environment
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let page = page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let per_page = per_page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let ref_ = ref_
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let sha = sha
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let task = task
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployments",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deployments",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployments",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployments",
                        "repo",
                        &repo,
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
                    "list_deployments",
                );
                if let Some(value) = &environment {
                    query.text("environment", value);
                }
                query.param("page", &page)?;
                query.param("per_page", &per_page)?;
                if let Some(value) = &ref_ {
                    query.text("ref", value);
                }
                if let Some(value) = &sha {
                    query.text("sha", value);
                }
                if let Some(value) = &task {
                    query.text("task", value);
                }
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_deployments",
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
    /**Builder for [`Client::create_deployment`]

[`Client::create_deployment`]: super::Client::create_deployment*/
    #[derive(Debug, Clone)]
    pub struct CreateDeployment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        body: Result<types::builder::DeploymentCreateRequest, String>,
    }
    impl<'a> CreateDeployment<'a> {
        ///A builder of `create_deployment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///Body of `create_deployment`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentCreateRequest>,
            <V as std::convert::TryInto<
                types::DeploymentCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeploymentCreateRequest` for body failed: {}", s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeploymentCreateRequest,
            ) -> types::builder::DeploymentCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/repos/{owner}/{repo}/deployments`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreateDeploymentSuccess>, Error> {
            let Self { client, owner, repo, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeploymentCreateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_deployment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment",
                        "repo",
                        &repo,
                    )?,
                    "/deployments",
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
                operation_id: "create_deployment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => {
                    crate::runtime::generated::from_response_as::<
                        types::Deployment,
                        _,
                        _,
                    >(client, &info, response)
                        .await
                }
                202u16 => {
                    crate::runtime::generated::from_response_as::<
                        types::DeploymentMergedBranch,
                        _,
                        _,
                    >(client, &info, response)
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
    /**Builder for [`Client::get_deployment`]

[`Client::get_deployment`]: super::Client::get_deployment*/
    #[derive(Debug, Clone)]
    pub struct GetDeployment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        deployment_id: Result<types::DeploymentId, String>,
    }
    impl<'a> GetDeployment<'a> {
        ///A builder of `get_deployment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                deployment_id: Err("deployment_id was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`deployment_id` (path, required): Numeric id of the deployment.
        pub fn deployment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentId>,
        {
            self.deployment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentId` for deployment_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}`
        pub async fn send(self) -> Result<ResponseValue<types::Deployment>, Error> {
            let Self { client, owner, repo, deployment_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment",
                    m,
                ))?;
            let deployment_id = deployment_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_deployment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment",
                        "repo",
                        &repo,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment",
                        "deployment_id",
                        &deployment_id.to_string(),
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
                operation_id: "get_deployment",
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
    /**Builder for [`Client::delete_deployment`]

[`Client::delete_deployment`]: super::Client::delete_deployment*/
    #[derive(Debug, Clone)]
    pub struct DeleteDeployment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        deployment_id: Result<types::DeploymentId, String>,
    }
    impl<'a> DeleteDeployment<'a> {
        ///A builder of `delete_deployment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                deployment_id: Err("deployment_id was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`deployment_id` (path, required): Numeric id of the deployment.
        pub fn deployment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentId>,
        {
            self.deployment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentId` for deployment_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/repos/{owner}/{repo}/deployments/{deployment_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, owner, repo, deployment_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment",
                    m,
                ))?;
            let deployment_id = deployment_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "delete_deployment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment",
                        "repo",
                        &repo,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment",
                        "deployment_id",
                        &deployment_id.to_string(),
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
                operation_id: "delete_deployment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::list_deployment_statuses`]

[`Client::list_deployment_statuses`]: super::Client::list_deployment_statuses*/
    #[derive(Debug, Clone)]
    pub struct ListDeploymentStatuses<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        deployment_id: Result<types::DeploymentId, String>,
        page: Result<Option<types::Page>, String>,
        per_page: Result<Option<types::PerPage>, String>,
    }
    impl<'a> ListDeploymentStatuses<'a> {
        ///A builder of `list_deployment_statuses` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                deployment_id: Err("deployment_id was not initialized".to_string()),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`deployment_id` (path, required): Numeric id of the deployment.
        pub fn deployment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentId>,
        {
            self.deployment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentId` for deployment_id failed".to_string()
                });
            self
        }
        ///`page` (query): Page of results to return, starting at 1.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Page>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Page` for page failed".to_string());
            self
        }
        ///`per_page` (query): Number of results per page (1 to 100, 30 when omitted).
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerPage>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PerPage` for per_page failed".to_string());
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::DeploymentStatus>>, Error> {
            let Self { client, owner, repo, deployment_id, page, per_page } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_statuses",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_statuses",
                    m,
                ))?;
            let deployment_id = deployment_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_statuses",
                    m,
                ))?;
            let page = page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_statuses",
                    m,
                ))?;
            let per_page = per_page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_statuses",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deployment_statuses",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_statuses",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_statuses",
                        "repo",
                        &repo,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_statuses",
                        "deployment_id",
                        &deployment_id.to_string(),
                    )?,
                    "/statuses",
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
                    "list_deployment_statuses",
                );
                query.param("page", &page)?;
                query.param("per_page", &per_page)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_deployment_statuses",
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
    /**Builder for [`Client::create_deployment_status`]

[`Client::create_deployment_status`]: super::Client::create_deployment_status*/
    #[derive(Debug, Clone)]
    pub struct CreateDeploymentStatus<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        deployment_id: Result<types::DeploymentId, String>,
        body: Result<types::builder::DeploymentStatusCreateRequest, String>,
    }
    impl<'a> CreateDeploymentStatus<'a> {
        ///A builder of `create_deployment_status` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                deployment_id: Err("deployment_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`deployment_id` (path, required): Numeric id of the deployment.
        pub fn deployment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentId>,
        {
            self.deployment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentId` for deployment_id failed".to_string()
                });
            self
        }
        ///Body of `create_deployment_status`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentStatusCreateRequest>,
            <V as std::convert::TryInto<
                types::DeploymentStatusCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeploymentStatusCreateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeploymentStatusCreateRequest,
            ) -> types::builder::DeploymentStatusCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentStatus>, Error> {
            let Self { client, owner, repo, deployment_id, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_status",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_status",
                    m,
                ))?;
            let deployment_id = deployment_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_status",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeploymentStatusCreateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_status",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_deployment_status",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_status",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_status",
                        "repo",
                        &repo,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_status",
                        "deployment_id",
                        &deployment_id.to_string(),
                    )?,
                    "/statuses",
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
                operation_id: "create_deployment_status",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => {
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
    /**Builder for [`Client::get_deployment_status`]

[`Client::get_deployment_status`]: super::Client::get_deployment_status*/
    #[derive(Debug, Clone)]
    pub struct GetDeploymentStatus<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        deployment_id: Result<types::DeploymentId, String>,
        status_id: Result<types::DeploymentStatusId, String>,
    }
    impl<'a> GetDeploymentStatus<'a> {
        ///A builder of `get_deployment_status` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                deployment_id: Err("deployment_id was not initialized".to_string()),
                status_id: Err("status_id was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`deployment_id` (path, required): Numeric id of the deployment.
        pub fn deployment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentId>,
        {
            self.deployment_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentId` for deployment_id failed".to_string()
                });
            self
        }
        ///`status_id` (path, required): Numeric id of the deployment status.
        pub fn status_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentStatusId>,
        {
            self.status_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `DeploymentStatusId` for status_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentStatus>, Error> {
            let Self { client, owner, repo, deployment_id, status_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_status",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_status",
                    m,
                ))?;
            let deployment_id = deployment_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_status",
                    m,
                ))?;
            let status_id = status_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_status",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_deployment_status",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_status",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_status",
                        "repo",
                        &repo,
                    )?,
                    "/deployments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_status",
                        "deployment_id",
                        &deployment_id.to_string(),
                    )?,
                    "/statuses/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_status",
                        "status_id",
                        &status_id.to_string(),
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
                operation_id: "get_deployment_status",
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
    /**Builder for [`Client::list_environments`]

[`Client::list_environments`]: super::Client::list_environments*/
    #[derive(Debug, Clone)]
    pub struct ListEnvironments<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        page: Result<Option<types::Page>, String>,
        per_page: Result<Option<types::PerPage>, String>,
    }
    impl<'a> ListEnvironments<'a> {
        ///A builder of `list_environments` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`page` (query): Page of results to return, starting at 1.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Page>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Page` for page failed".to_string());
            self
        }
        ///`per_page` (query): Number of results per page (1 to 100, 30 when omitted).
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerPage>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PerPage` for per_page failed".to_string());
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments`
        pub async fn send(self) -> Result<ResponseValue<types::EnvironmentList>, Error> {
            let Self { client, owner, repo, page, per_page } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_environments",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_environments",
                    m,
                ))?;
            let page = page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_environments",
                    m,
                ))?;
            let per_page = per_page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_environments",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_environments",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_environments",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_environments",
                        "repo",
                        &repo,
                    )?,
                    "/environments",
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
                    "list_environments",
                );
                query.param("page", &page)?;
                query.param("per_page", &per_page)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_environments",
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
    /**Builder for [`Client::get_environment`]

[`Client::get_environment`]: super::Client::get_environment*/
    #[derive(Debug, Clone)]
    pub struct GetEnvironment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
    }
    impl<'a> GetEnvironment<'a> {
        ///A builder of `get_environment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err("environment_name was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}`
        pub async fn send(self) -> Result<ResponseValue<types::Environment>, Error> {
            let Self { client, owner, repo, environment_name } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_environment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_environment",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_environment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_environment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_environment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_environment",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_environment",
                        "environment_name",
                        &environment_name,
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
                operation_id: "get_environment",
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
    /**Builder for [`Client::create_or_update_environment`]

[`Client::create_or_update_environment`]: super::Client::create_or_update_environment*/
    #[derive(Debug, Clone)]
    pub struct CreateOrUpdateEnvironment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        body: Result<types::builder::EnvironmentCreateOrUpdateRequest, String>,
    }
    impl<'a> CreateOrUpdateEnvironment<'a> {
        ///A builder of `create_or_update_environment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Body of `create_or_update_environment`; every field is optional.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EnvironmentCreateOrUpdateRequest>,
            <V as std::convert::TryInto<
                types::EnvironmentCreateOrUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EnvironmentCreateOrUpdateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EnvironmentCreateOrUpdateRequest,
            ) -> types::builder::EnvironmentCreateOrUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/repos/{owner}/{repo}/environments/{environment_name}`
        pub async fn send(self) -> Result<ResponseValue<types::Environment>, Error> {
            let Self { client, owner, repo, environment_name, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_or_update_environment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_or_update_environment",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_or_update_environment",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::EnvironmentCreateOrUpdateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_or_update_environment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_or_update_environment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_or_update_environment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_or_update_environment",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_or_update_environment",
                        "environment_name",
                        &environment_name,
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "create_or_update_environment",
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
    /**Builder for [`Client::delete_environment`]

[`Client::delete_environment`]: super::Client::delete_environment*/
    #[derive(Debug, Clone)]
    pub struct DeleteEnvironment<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
    }
    impl<'a> DeleteEnvironment<'a> {
        ///A builder of `delete_environment` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err("environment_name was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, owner, repo, environment_name } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_environment",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_environment",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_environment",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "delete_environment",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_environment",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_environment",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_environment",
                        "environment_name",
                        &environment_name,
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "delete_environment",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::list_deployment_branch_policies`]

[`Client::list_deployment_branch_policies`]: super::Client::list_deployment_branch_policies*/
    #[derive(Debug, Clone)]
    pub struct ListDeploymentBranchPolicies<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        page: Result<Option<types::Page>, String>,
        per_page: Result<Option<types::PerPage>, String>,
    }
    impl<'a> ListDeploymentBranchPolicies<'a> {
        ///A builder of `list_deployment_branch_policies` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`page` (query): Page of results to return, starting at 1.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Page>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Page` for page failed".to_string());
            self
        }
        ///`per_page` (query): Number of results per page (1 to 100, 30 when omitted).
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerPage>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PerPage` for per_page failed".to_string());
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentBranchPolicyList>, Error> {
            let Self { client, owner, repo, environment_name, page, per_page } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_branch_policies",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_branch_policies",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_branch_policies",
                    m,
                ))?;
            let page = page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_branch_policies",
                    m,
                ))?;
            let per_page = per_page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_branch_policies",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deployment_branch_policies",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_branch_policies",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_branch_policies",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_branch_policies",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment-branch-policies",
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
                    "list_deployment_branch_policies",
                );
                query.param("page", &page)?;
                query.param("per_page", &per_page)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_deployment_branch_policies",
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
    /**Builder for [`Client::create_deployment_branch_policy`]

[`Client::create_deployment_branch_policy`]: super::Client::create_deployment_branch_policy*/
    #[derive(Debug, Clone)]
    pub struct CreateDeploymentBranchPolicy<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        body: Result<types::builder::DeploymentBranchPolicyNamePatternWithType, String>,
    }
    impl<'a> CreateDeploymentBranchPolicy<'a> {
        ///A builder of `create_deployment_branch_policy` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Body of `create_deployment_branch_policy`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentBranchPolicyNamePatternWithType>,
            <V as std::convert::TryInto<
                types::DeploymentBranchPolicyNamePatternWithType,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeploymentBranchPolicyNamePatternWithType` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeploymentBranchPolicyNamePatternWithType,
            ) -> types::builder::DeploymentBranchPolicyNamePatternWithType,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentBranchPolicy>, Error> {
            let Self { client, owner, repo, environment_name, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_branch_policy",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_branch_policy",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_branch_policy",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeploymentBranchPolicyNamePatternWithType::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_branch_policy",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_deployment_branch_policy",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_branch_policy",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_branch_policy",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_branch_policy",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment-branch-policies",
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
                operation_id: "create_deployment_branch_policy",
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
    /**Builder for [`Client::get_deployment_branch_policy`]

[`Client::get_deployment_branch_policy`]: super::Client::get_deployment_branch_policy*/
    #[derive(Debug, Clone)]
    pub struct GetDeploymentBranchPolicy<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        branch_policy_id: Result<types::BranchPolicyId, String>,
    }
    impl<'a> GetDeploymentBranchPolicy<'a> {
        ///A builder of `get_deployment_branch_policy` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                branch_policy_id: Err("branch_policy_id was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`branch_policy_id` (path, required): Numeric id of the branch or tag policy.
        pub fn branch_policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BranchPolicyId>,
        {
            self.branch_policy_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BranchPolicyId` for branch_policy_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentBranchPolicy>, Error> {
            let Self { client, owner, repo, environment_name, branch_policy_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_branch_policy",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_branch_policy",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_branch_policy",
                    m,
                ))?;
            let branch_policy_id = branch_policy_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_branch_policy",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_deployment_branch_policy",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_branch_policy",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_branch_policy",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_branch_policy",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment-branch-policies/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_branch_policy",
                        "branch_policy_id",
                        &branch_policy_id.to_string(),
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
                operation_id: "get_deployment_branch_policy",
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
    /**Builder for [`Client::update_deployment_branch_policy`]

[`Client::update_deployment_branch_policy`]: super::Client::update_deployment_branch_policy*/
    #[derive(Debug, Clone)]
    pub struct UpdateDeploymentBranchPolicy<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        branch_policy_id: Result<types::BranchPolicyId, String>,
        body: Result<types::builder::DeploymentBranchPolicyNamePattern, String>,
    }
    impl<'a> UpdateDeploymentBranchPolicy<'a> {
        ///A builder of `update_deployment_branch_policy` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                branch_policy_id: Err(
                    "branch_policy_id was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`branch_policy_id` (path, required): Numeric id of the branch or tag policy.
        pub fn branch_policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BranchPolicyId>,
        {
            self.branch_policy_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BranchPolicyId` for branch_policy_id failed"
                        .to_string()
                });
            self
        }
        ///Body of `update_deployment_branch_policy`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentBranchPolicyNamePattern>,
            <V as std::convert::TryInto<
                types::DeploymentBranchPolicyNamePattern,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeploymentBranchPolicyNamePattern` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeploymentBranchPolicyNamePattern,
            ) -> types::builder::DeploymentBranchPolicyNamePattern,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentBranchPolicy>, Error> {
            let Self { client, owner, repo, environment_name, branch_policy_id, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "update_deployment_branch_policy",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "update_deployment_branch_policy",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "update_deployment_branch_policy",
                    m,
                ))?;
            let branch_policy_id = branch_policy_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "update_deployment_branch_policy",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeploymentBranchPolicyNamePattern::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "update_deployment_branch_policy",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "update_deployment_branch_policy",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "update_deployment_branch_policy",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "update_deployment_branch_policy",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "update_deployment_branch_policy",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment-branch-policies/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "update_deployment_branch_policy",
                        "branch_policy_id",
                        &branch_policy_id.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "update_deployment_branch_policy",
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
    /**Builder for [`Client::delete_deployment_branch_policy`]

[`Client::delete_deployment_branch_policy`]: super::Client::delete_deployment_branch_policy*/
    #[derive(Debug, Clone)]
    pub struct DeleteDeploymentBranchPolicy<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        branch_policy_id: Result<types::BranchPolicyId, String>,
    }
    impl<'a> DeleteDeploymentBranchPolicy<'a> {
        ///A builder of `delete_deployment_branch_policy` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                branch_policy_id: Err("branch_policy_id was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`branch_policy_id` (path, required): Numeric id of the branch or tag policy.
        pub fn branch_policy_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BranchPolicyId>,
        {
            self.branch_policy_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `BranchPolicyId` for branch_policy_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, owner, repo, environment_name, branch_policy_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment_branch_policy",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment_branch_policy",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment_branch_policy",
                    m,
                ))?;
            let branch_policy_id = branch_policy_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "delete_deployment_branch_policy",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "delete_deployment_branch_policy",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment_branch_policy",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment_branch_policy",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment_branch_policy",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment-branch-policies/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "delete_deployment_branch_policy",
                        "branch_policy_id",
                        &branch_policy_id.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "delete_deployment_branch_policy",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
    /**Builder for [`Client::list_deployment_protection_rules`]

[`Client::list_deployment_protection_rules`]: super::Client::list_deployment_protection_rules*/
    #[derive(Debug, Clone)]
    pub struct ListDeploymentProtectionRules<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
    }
    impl<'a> ListDeploymentProtectionRules<'a> {
        ///A builder of `list_deployment_protection_rules` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err("environment_name was not initialized".to_string()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentProtectionRuleList>, Error> {
            let Self { client, owner, repo, environment_name } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_protection_rules",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_protection_rules",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_protection_rules",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deployment_protection_rules",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_protection_rules",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_protection_rules",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_protection_rules",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment_protection_rules",
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
                operation_id: "list_deployment_protection_rules",
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
    /**Builder for [`Client::create_deployment_protection_rule`]

[`Client::create_deployment_protection_rule`]: super::Client::create_deployment_protection_rule*/
    #[derive(Debug, Clone)]
    pub struct CreateDeploymentProtectionRule<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        body: Result<types::builder::DeploymentProtectionRuleCreateRequest, String>,
    }
    impl<'a> CreateDeploymentProtectionRule<'a> {
        ///A builder of `create_deployment_protection_rule` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                body: Ok(::std::default::Default::default()),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///Body of `create_deployment_protection_rule`.
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeploymentProtectionRuleCreateRequest>,
            <V as std::convert::TryInto<
                types::DeploymentProtectionRuleCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `DeploymentProtectionRuleCreateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        ///Change the request body in place: `f` gets its builder as set so far.
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeploymentProtectionRuleCreateRequest,
            ) -> types::builder::DeploymentProtectionRuleCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentProtectionRule>, Error> {
            let Self { client, owner, repo, environment_name, body } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_protection_rule",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_protection_rule",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_protection_rule",
                    m,
                ))?;
            let body = body
                .and_then(|v| {
                    types::DeploymentProtectionRuleCreateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "create_deployment_protection_rule",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "create_deployment_protection_rule",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_protection_rule",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_protection_rule",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "create_deployment_protection_rule",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment_protection_rules",
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
                operation_id: "create_deployment_protection_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => {
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
    /**Builder for [`Client::list_deployment_rule_integrations`]

[`Client::list_deployment_rule_integrations`]: super::Client::list_deployment_rule_integrations*/
    #[derive(Debug, Clone)]
    pub struct ListDeploymentRuleIntegrations<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        page: Result<Option<types::Page>, String>,
        per_page: Result<Option<types::PerPage>, String>,
    }
    impl<'a> ListDeploymentRuleIntegrations<'a> {
        ///A builder of `list_deployment_rule_integrations` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`page` (query): Page of results to return, starting at 1.
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Page>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Page` for page failed".to_string());
            self
        }
        ///`per_page` (query): Number of results per page (1 to 100, 30 when omitted).
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PerPage>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `PerPage` for per_page failed".to_string());
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CustomDeploymentRuleIntegrationList>, Error> {
            let Self { client, owner, repo, environment_name, page, per_page } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_rule_integrations",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_rule_integrations",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_rule_integrations",
                    m,
                ))?;
            let page = page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_rule_integrations",
                    m,
                ))?;
            let per_page = per_page
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "list_deployment_rule_integrations",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "list_deployment_rule_integrations",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_rule_integrations",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_rule_integrations",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "list_deployment_rule_integrations",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment_protection_rules/apps",
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
                    "list_deployment_rule_integrations",
                );
                query.param("page", &page)?;
                query.param("per_page", &per_page)?;
                query.finish()
            };
            let info = OperationInfo {
                operation_id: "list_deployment_rule_integrations",
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
    /**Builder for [`Client::get_deployment_protection_rule`]

[`Client::get_deployment_protection_rule`]: super::Client::get_deployment_protection_rule*/
    #[derive(Debug, Clone)]
    pub struct GetDeploymentProtectionRule<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        protection_rule_id: Result<types::ProtectionRuleId, String>,
    }
    impl<'a> GetDeploymentProtectionRule<'a> {
        ///A builder of `get_deployment_protection_rule` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                protection_rule_id: Err(
                    "protection_rule_id was not initialized".to_string(),
                ),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`protection_rule_id` (path, required): Numeric id of the custom deployment protection rule.
        pub fn protection_rule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProtectionRuleId>,
        {
            self.protection_rule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProtectionRuleId` for protection_rule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DeploymentProtectionRule>, Error> {
            let Self { client, owner, repo, environment_name, protection_rule_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_protection_rule",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_protection_rule",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_protection_rule",
                    m,
                ))?;
            let protection_rule_id = protection_rule_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "get_deployment_protection_rule",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "get_deployment_protection_rule",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_protection_rule",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_protection_rule",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_protection_rule",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment_protection_rules/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "get_deployment_protection_rule",
                        "protection_rule_id",
                        &protection_rule_id.to_string(),
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
                operation_id: "get_deployment_protection_rule",
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
    /**Builder for [`Client::disable_deployment_protection_rule`]

[`Client::disable_deployment_protection_rule`]: super::Client::disable_deployment_protection_rule*/
    #[derive(Debug, Clone)]
    pub struct DisableDeploymentProtectionRule<'a> {
        client: &'a super::Client,
        owner: Result<::std::string::String, String>,
        repo: Result<::std::string::String, String>,
        environment_name: Result<::std::string::String, String>,
        protection_rule_id: Result<types::ProtectionRuleId, String>,
    }
    impl<'a> DisableDeploymentProtectionRule<'a> {
        ///A builder of `disable_deployment_protection_rule` for `client` (`client.<operation>()` makes one).
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                owner: Err("owner was not initialized".to_string()),
                repo: Err("repo was not initialized".to_string()),
                environment_name: Err(
                    "environment_name was not initialized".to_string(),
                ),
                protection_rule_id: Err(
                    "protection_rule_id was not initialized".to_string(),
                ),
            }
        }
        ///`owner` (path, required): Account that owns the repository (case-insensitive).
        pub fn owner<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.owner = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for owner failed"
                        .to_string()
                });
            self
        }
        ///`repo` (path, required): Repository name without the `.git` suffix (case-insensitive).
        pub fn repo<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.repo = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for repo failed"
                        .to_string()
                });
            self
        }
        ///`environment_name` (path, required): Name of the environment; sent URL-encoded, so a `/` in the name travels as `%2F`.
        pub fn environment_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_name = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_name failed"
                        .to_string()
                });
            self
        }
        ///`protection_rule_id` (path, required): Numeric id of the custom deployment protection rule.
        pub fn protection_rule_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProtectionRuleId>,
        {
            self.protection_rule_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProtectionRuleId` for protection_rule_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error> {
            let Self { client, owner, repo, environment_name, protection_rule_id } = self;
            let owner = owner
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "disable_deployment_protection_rule",
                    m,
                ))?;
            let repo = repo
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "disable_deployment_protection_rule",
                    m,
                ))?;
            let environment_name = environment_name
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "disable_deployment_protection_rule",
                    m,
                ))?;
            let protection_rule_id = protection_rule_id
                .map_err(|m: String| crate::runtime::generated::invalid_request(
                    client,
                    "disable_deployment_protection_rule",
                    m,
                ))?;
            let url = crate::runtime::generated::call_url(
                client,
                "disable_deployment_protection_rule",
                &[
                    "/repos/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "disable_deployment_protection_rule",
                        "owner",
                        &owner,
                    )?,
                    "/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "disable_deployment_protection_rule",
                        "repo",
                        &repo,
                    )?,
                    "/environments/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "disable_deployment_protection_rule",
                        "environment_name",
                        &environment_name,
                    )?,
                    "/deployment_protection_rules/",
                    &*crate::runtime::generated::path_param(
                        client,
                        "disable_deployment_protection_rule",
                        "protection_rule_id",
                        &protection_rule_id.to_string(),
                    )?,
                ],
            )?;
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .build()
                .map_err(crate::runtime::generated::request_error)?;
            let info = OperationInfo {
                operation_id: "disable_deployment_protection_rule",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
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
        "list_deployments" => {
            #[allow(unused_mut)]
            let mut b = client.list_deployments();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment") {
                b = b
                    .environment(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "environment", v)?,
                    );
            }
            if let Some(v) = args.take("page") {
                b = b
                    .page(
                        d::value::<
                            _,
                            types::Page,
                        >(client, "list_deployments", "page", v)?,
                    );
            }
            if let Some(v) = args.take("per_page") {
                b = b
                    .per_page(
                        d::value::<
                            _,
                            types::PerPage,
                        >(client, "list_deployments", "per_page", v)?,
                    );
            }
            if let Some(v) = args.take("ref") {
                b = b
                    .ref_(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "ref", v)?,
                    );
            }
            if let Some(v) = args.take("sha") {
                b = b
                    .sha(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "sha", v)?,
                    );
            }
            if let Some(v) = args.take("task") {
                b = b
                    .task(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployments", "task", v)?,
                    );
            }
            args.finish(client, "list_deployments")?;
            d::answer(b.send().await?)
        }
        "create_deployment" => {
            #[allow(unused_mut)]
            let mut b = client.create_deployment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeploymentCreateRequest,
                        >(client, "create_deployment", "body", v)?,
                    );
            }
            args.finish(client, "create_deployment")?;
            d::answer(b.send().await?)
        }
        "get_deployment" => {
            #[allow(unused_mut)]
            let mut b = client.get_deployment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("deployment_id") {
                b = b
                    .deployment_id(
                        d::value::<
                            _,
                            types::DeploymentId,
                        >(client, "get_deployment", "deployment_id", v)?,
                    );
            }
            args.finish(client, "get_deployment")?;
            d::answer(b.send().await?)
        }
        "delete_deployment" => {
            #[allow(unused_mut)]
            let mut b = client.delete_deployment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_deployment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_deployment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("deployment_id") {
                b = b
                    .deployment_id(
                        d::value::<
                            _,
                            types::DeploymentId,
                        >(client, "delete_deployment", "deployment_id", v)?,
                    );
            }
            args.finish(client, "delete_deployment")?;
            d::answer(b.send().await?)
        }
        "list_deployment_statuses" => {
            #[allow(unused_mut)]
            let mut b = client.list_deployment_statuses();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_statuses", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_statuses", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("deployment_id") {
                b = b
                    .deployment_id(
                        d::value::<
                            _,
                            types::DeploymentId,
                        >(client, "list_deployment_statuses", "deployment_id", v)?,
                    );
            }
            if let Some(v) = args.take("page") {
                b = b
                    .page(
                        d::value::<
                            _,
                            types::Page,
                        >(client, "list_deployment_statuses", "page", v)?,
                    );
            }
            if let Some(v) = args.take("per_page") {
                b = b
                    .per_page(
                        d::value::<
                            _,
                            types::PerPage,
                        >(client, "list_deployment_statuses", "per_page", v)?,
                    );
            }
            args.finish(client, "list_deployment_statuses")?;
            d::answer(b.send().await?)
        }
        "create_deployment_status" => {
            #[allow(unused_mut)]
            let mut b = client.create_deployment_status();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_status", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_status", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("deployment_id") {
                b = b
                    .deployment_id(
                        d::value::<
                            _,
                            types::DeploymentId,
                        >(client, "create_deployment_status", "deployment_id", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeploymentStatusCreateRequest,
                        >(client, "create_deployment_status", "body", v)?,
                    );
            }
            args.finish(client, "create_deployment_status")?;
            d::answer(b.send().await?)
        }
        "get_deployment_status" => {
            #[allow(unused_mut)]
            let mut b = client.get_deployment_status();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_status", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_status", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("deployment_id") {
                b = b
                    .deployment_id(
                        d::value::<
                            _,
                            types::DeploymentId,
                        >(client, "get_deployment_status", "deployment_id", v)?,
                    );
            }
            if let Some(v) = args.take("status_id") {
                b = b
                    .status_id(
                        d::value::<
                            _,
                            types::DeploymentStatusId,
                        >(client, "get_deployment_status", "status_id", v)?,
                    );
            }
            args.finish(client, "get_deployment_status")?;
            d::answer(b.send().await?)
        }
        "list_environments" => {
            #[allow(unused_mut)]
            let mut b = client.list_environments();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_environments", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_environments", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("page") {
                b = b
                    .page(
                        d::value::<
                            _,
                            types::Page,
                        >(client, "list_environments", "page", v)?,
                    );
            }
            if let Some(v) = args.take("per_page") {
                b = b
                    .per_page(
                        d::value::<
                            _,
                            types::PerPage,
                        >(client, "list_environments", "per_page", v)?,
                    );
            }
            args.finish(client, "list_environments")?;
            d::answer(b.send().await?)
        }
        "get_environment" => {
            #[allow(unused_mut)]
            let mut b = client.get_environment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_environment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_environment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_environment", "environment_name", v)?,
                    );
            }
            args.finish(client, "get_environment")?;
            d::answer(b.send().await?)
        }
        "create_or_update_environment" => {
            #[allow(unused_mut)]
            let mut b = client.create_or_update_environment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_or_update_environment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_or_update_environment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_or_update_environment", "environment_name", v)?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::EnvironmentCreateOrUpdateRequest,
                        >(client, "create_or_update_environment", "body", v)?,
                    );
            }
            args.finish(client, "create_or_update_environment")?;
            d::answer(b.send().await?)
        }
        "delete_environment" => {
            #[allow(unused_mut)]
            let mut b = client.delete_environment();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_environment", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_environment", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_environment", "environment_name", v)?,
                    );
            }
            args.finish(client, "delete_environment")?;
            d::answer(b.send().await?)
        }
        "list_deployment_branch_policies" => {
            #[allow(unused_mut)]
            let mut b = client.list_deployment_branch_policies();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_branch_policies", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_branch_policies", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "list_deployment_branch_policies",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("page") {
                b = b
                    .page(
                        d::value::<
                            _,
                            types::Page,
                        >(client, "list_deployment_branch_policies", "page", v)?,
                    );
            }
            if let Some(v) = args.take("per_page") {
                b = b
                    .per_page(
                        d::value::<
                            _,
                            types::PerPage,
                        >(client, "list_deployment_branch_policies", "per_page", v)?,
                    );
            }
            args.finish(client, "list_deployment_branch_policies")?;
            d::answer(b.send().await?)
        }
        "create_deployment_branch_policy" => {
            #[allow(unused_mut)]
            let mut b = client.create_deployment_branch_policy();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_branch_policy", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_branch_policy", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "create_deployment_branch_policy",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeploymentBranchPolicyNamePatternWithType,
                        >(client, "create_deployment_branch_policy", "body", v)?,
                    );
            }
            args.finish(client, "create_deployment_branch_policy")?;
            d::answer(b.send().await?)
        }
        "get_deployment_branch_policy" => {
            #[allow(unused_mut)]
            let mut b = client.get_deployment_branch_policy();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_branch_policy", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_branch_policy", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_branch_policy", "environment_name", v)?,
                    );
            }
            if let Some(v) = args.take("branch_policy_id") {
                b = b
                    .branch_policy_id(
                        d::value::<
                            _,
                            types::BranchPolicyId,
                        >(client, "get_deployment_branch_policy", "branch_policy_id", v)?,
                    );
            }
            args.finish(client, "get_deployment_branch_policy")?;
            d::answer(b.send().await?)
        }
        "update_deployment_branch_policy" => {
            #[allow(unused_mut)]
            let mut b = client.update_deployment_branch_policy();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "update_deployment_branch_policy", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "update_deployment_branch_policy", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "update_deployment_branch_policy",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("branch_policy_id") {
                b = b
                    .branch_policy_id(
                        d::value::<
                            _,
                            types::BranchPolicyId,
                        >(
                            client,
                            "update_deployment_branch_policy",
                            "branch_policy_id",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeploymentBranchPolicyNamePattern,
                        >(client, "update_deployment_branch_policy", "body", v)?,
                    );
            }
            args.finish(client, "update_deployment_branch_policy")?;
            d::answer(b.send().await?)
        }
        "delete_deployment_branch_policy" => {
            #[allow(unused_mut)]
            let mut b = client.delete_deployment_branch_policy();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_deployment_branch_policy", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "delete_deployment_branch_policy", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "delete_deployment_branch_policy",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("branch_policy_id") {
                b = b
                    .branch_policy_id(
                        d::value::<
                            _,
                            types::BranchPolicyId,
                        >(
                            client,
                            "delete_deployment_branch_policy",
                            "branch_policy_id",
                            v,
                        )?,
                    );
            }
            args.finish(client, "delete_deployment_branch_policy")?;
            d::answer(b.send().await?)
        }
        "list_deployment_protection_rules" => {
            #[allow(unused_mut)]
            let mut b = client.list_deployment_protection_rules();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_protection_rules", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_protection_rules", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "list_deployment_protection_rules",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            args.finish(client, "list_deployment_protection_rules")?;
            d::answer(b.send().await?)
        }
        "create_deployment_protection_rule" => {
            #[allow(unused_mut)]
            let mut b = client.create_deployment_protection_rule();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_protection_rule", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "create_deployment_protection_rule", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "create_deployment_protection_rule",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("body") {
                b = b
                    .body(
                        d::value::<
                            _,
                            types::DeploymentProtectionRuleCreateRequest,
                        >(client, "create_deployment_protection_rule", "body", v)?,
                    );
            }
            args.finish(client, "create_deployment_protection_rule")?;
            d::answer(b.send().await?)
        }
        "list_deployment_rule_integrations" => {
            #[allow(unused_mut)]
            let mut b = client.list_deployment_rule_integrations();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_rule_integrations", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "list_deployment_rule_integrations", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "list_deployment_rule_integrations",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("page") {
                b = b
                    .page(
                        d::value::<
                            _,
                            types::Page,
                        >(client, "list_deployment_rule_integrations", "page", v)?,
                    );
            }
            if let Some(v) = args.take("per_page") {
                b = b
                    .per_page(
                        d::value::<
                            _,
                            types::PerPage,
                        >(client, "list_deployment_rule_integrations", "per_page", v)?,
                    );
            }
            args.finish(client, "list_deployment_rule_integrations")?;
            d::answer(b.send().await?)
        }
        "get_deployment_protection_rule" => {
            #[allow(unused_mut)]
            let mut b = client.get_deployment_protection_rule();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_protection_rule", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "get_deployment_protection_rule", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "get_deployment_protection_rule",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("protection_rule_id") {
                b = b
                    .protection_rule_id(
                        d::value::<
                            _,
                            types::ProtectionRuleId,
                        >(
                            client,
                            "get_deployment_protection_rule",
                            "protection_rule_id",
                            v,
                        )?,
                    );
            }
            args.finish(client, "get_deployment_protection_rule")?;
            d::answer(b.send().await?)
        }
        "disable_deployment_protection_rule" => {
            #[allow(unused_mut)]
            let mut b = client.disable_deployment_protection_rule();
            if let Some(v) = args.take("owner") {
                b = b
                    .owner(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "disable_deployment_protection_rule", "owner", v)?,
                    );
            }
            if let Some(v) = args.take("repo") {
                b = b
                    .repo(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(client, "disable_deployment_protection_rule", "repo", v)?,
                    );
            }
            if let Some(v) = args.take("environment_name") {
                b = b
                    .environment_name(
                        d::value::<
                            _,
                            ::std::string::String,
                        >(
                            client,
                            "disable_deployment_protection_rule",
                            "environment_name",
                            v,
                        )?,
                    );
            }
            if let Some(v) = args.take("protection_rule_id") {
                b = b
                    .protection_rule_id(
                        d::value::<
                            _,
                            types::ProtectionRuleId,
                        >(
                            client,
                            "disable_deployment_protection_rule",
                            "protection_rule_id",
                            v,
                        )?,
                    );
            }
            args.finish(client, "disable_deployment_protection_rule")?;
            d::answer(b.send().await?)
        }
        other => Err(d::unknown(client, other)),
    }
}

/// The spec file this client was generated from.
pub const SPEC_FILE: &str = "specs/github.yaml";
/// The spec as JSON, as written (before normalisation).
pub const SPEC_JSON: &str = include_str!("github.json");
/// Operations with a `multipart/form-data` body: not generated, covered by hand-written code.
pub const MULTIPART_OPERATIONS: &[&str] = &[];
/// Every operation of the spec, as the runtime sees it.
pub const OPERATIONS: &[crate::runtime::OperationMeta] = &[
    crate::runtime::OperationMeta { id: "list_deployments", method: "GET", path: "/repos/{owner}/{repo}/deployments", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "create_deployment", method: "POST", path: "/repos/{owner}/{repo}/deployments", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: Some(crate::runtime::MarkerField { field: "description", in_query: false, max_len: None }) },
    crate::runtime::OperationMeta { id: "get_deployment", method: "GET", path: "/repos/{owner}/{repo}/deployments/{deployment_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "delete_deployment", method: "DELETE", path: "/repos/{owner}/{repo}/deployments/{deployment_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_deployment_statuses", method: "GET", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "create_deployment_status", method: "POST", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_deployment_status", method: "GET", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_environments", method: "GET", path: "/repos/{owner}/{repo}/environments", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_environment", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "create_or_update_environment", method: "PUT", path: "/repos/{owner}/{repo}/environments/{environment_name}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "delete_environment", method: "DELETE", path: "/repos/{owner}/{repo}/environments/{environment_name}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_deployment_branch_policies", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "create_deployment_branch_policy", method: "POST", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_deployment_branch_policy", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "update_deployment_branch_policy", method: "PUT", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "delete_deployment_branch_policy", method: "DELETE", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_deployment_protection_rules", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "create_deployment_protection_rule", method: "POST", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules", idempotent: false, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "list_deployment_rule_integrations", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "get_deployment_protection_rule", method: "GET", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
    crate::runtime::OperationMeta { id: "disable_deployment_protection_rule", method: "DELETE", path: "/repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}", idempotent: true, repeat_list: &[], servers: &[], multipart: false, streaming: false, timeout: None, marker: None },
];
