//! Creating a deployment, with each documented outcome kept apart, and reporting its progress the
//! way a release script does.

use std::num::NonZeroU64;

use super::types::{self, DeploymentStatusState};
use super::{Client, PROVIDER};
use crate::runtime::marker::did_not_take_effect;
use crate::runtime::{Error, ErrorKind, Outcome, Result};

/// GitHub's limit on a deployment status description.
const STATUS_DESCRIPTION_MAX: usize = 140;

/// What `create_deployment` did, when it did not fail.
#[derive(Clone, Debug)]
pub enum CreateOutcome {
    /// `201`: the deployment was created.
    Created(Box<types::Deployment>),
    /// `202`: GitHub merged the default branch into the requested ref (`auto_merge`) instead of
    /// creating a deployment. Repeating the request deploys the merged ref.
    Merged {
        /// GitHub's message, e.g. `Auto-merged master into topic-branch on deployment.`; empty
        /// when the answer had none (GitHub's description does not require it).
        message: String,
    },
}

impl CreateOutcome {
    /// The created deployment, if there is one.
    pub fn deployment(&self) -> Option<&types::Deployment> {
        match self {
            Self::Created(d) => Some(d),
            Self::Merged { .. } => None,
        }
    }
}

/// Create a deployment of `body.ref` in `owner/repo`.
///
/// `201` gives [`CreateOutcome::Created`], `202` [`CreateOutcome::Merged`]: the status decides
/// which, and the answer is decoded as that status's schema only (the generated `send()` decodes
/// by status; a 202 body is never mistaken for a deployment, nor the reverse). Another 2xx is an
/// [`ErrorKind::InvalidResponse`] error naming the status. A `409` (the automatic
/// merge conflicted, or required commit statuses are not `success`) and a `422` (invalid request)
/// are errors with GitHub's status and message; the `422` also carries each `errors[]` entry as a
/// detail line. The request is a `POST`: it is not repeated after a server error.
pub async fn create_deployment<B>(
    client: &Client,
    owner: &str,
    repo: &str,
    body: B,
) -> Result<CreateOutcome>
where
    B: TryInto<types::DeploymentCreateRequest>,
    B::Error: std::fmt::Display,
{
    let response = client
        .create_deployment()
        .owner(owner)
        .repo(repo)
        .body(body)
        .send()
        .await?;
    // `send()` filled the variant of the status that came: `Deployment` for 201,
    // `DeploymentMergedBranch` for 202.
    Ok(match response.into_inner() {
        types::CreateDeploymentSuccess::Variant0(deployment) => {
            CreateOutcome::Created(Box::new(deployment))
        }
        types::CreateDeploymentSuccess::Variant1(merged) => CreateOutcome::Merged {
            message: merged.message.unwrap_or_default(),
        },
    })
}

/// What to deploy: the request of [`DeploymentRun::start`] (and, through [`Deploy::request`], of
/// [`create_deployment`]). Unset fields take GitHub's defaults.
#[derive(Clone, Debug)]
pub struct Deploy {
    ref_: String,
    task: Option<String>,
    environment: Option<String>,
    description: Option<String>,
    payload: Option<serde_json::Value>,
    auto_merge: Option<bool>,
    required_contexts: Option<Vec<String>>,
    transient_environment: Option<bool>,
    production_environment: Option<bool>,
    log_url: Option<String>,
    environment_url: Option<String>,
    auto_inactive: Option<bool>,
}

impl Deploy {
    /// Deploy `ref_`: a branch, a tag or a commit SHA.
    pub fn new(ref_: impl Into<String>) -> Self {
        Self {
            ref_: ref_.into(),
            task: None,
            environment: None,
            description: None,
            payload: None,
            auto_merge: None,
            required_contexts: None,
            transient_environment: None,
            production_environment: None,
            log_url: None,
            environment_url: None,
            auto_inactive: None,
        }
    }

    /// Target environment (GitHub's default: `production`).
    pub fn environment(mut self, environment: impl Into<String>) -> Self {
        self.environment = Some(environment.into());
        self
    }

    /// Short description of the deployment.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Task for the deployment system (GitHub's default: `deploy`), e.g. `deploy:migrations`.
    pub fn task(mut self, task: impl Into<String>) -> Self {
        self.task = Some(task.into());
        self
    }

    /// Extra data for the deployment system: a JSON object, or a string.
    pub fn payload(mut self, payload: impl Into<serde_json::Value>) -> Self {
        self.payload = Some(payload.into());
        self
    }

    /// Whether GitHub may first merge the default branch into the ref (GitHub's default: `true`;
    /// see [`CreateOutcome::Merged`]).
    pub fn auto_merge(mut self, auto_merge: bool) -> Self {
        self.auto_merge = Some(auto_merge);
        self
    }

    /// Commit status contexts that must be `success` first. Not called: every context is checked;
    /// an empty list: none is.
    pub fn required_contexts<I, S>(mut self, contexts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.required_contexts = Some(contexts.into_iter().map(Into::into).collect());
        self
    }

    /// The environment exists only for this deployment (GitHub's default: `false`).
    pub fn transient_environment(mut self, transient: bool) -> Self {
        self.transient_environment = Some(transient);
        self
    }

    /// End users use the environment directly (GitHub's default: `true` for `production` only).
    pub fn production_environment(mut self, production: bool) -> Self {
        self.production_environment = Some(production);
        self
    }

    /// URL of the deployment's output, sent with every status of the run.
    pub fn log_url(mut self, url: impl Into<String>) -> Self {
        self.log_url = Some(url.into());
        self
    }

    /// URL where the deployed environment can be reached, sent with the `success` status.
    pub fn environment_url(mut self, url: impl Into<String>) -> Self {
        self.environment_url = Some(url.into());
        self
    }

    /// Whether a `success` status marks earlier deployments to the same environment `inactive`
    /// (GitHub's default: `true`).
    pub fn auto_inactive(mut self, auto_inactive: bool) -> Self {
        self.auto_inactive = Some(auto_inactive);
        self
    }

    /// The `create_deployment` body: only what was set, the rest as the spec's defaults.
    pub fn request(&self) -> Result<types::DeploymentCreateRequest> {
        let mut b = types::DeploymentCreateRequest::builder().ref_(self.ref_.clone());
        if let Some(v) = &self.task {
            b = b.task(v.clone());
        }
        if let Some(v) = &self.environment {
            b = b.environment(v.clone());
        }
        if let Some(v) = &self.description {
            b = b.description(Some(v.clone()));
        }
        if let Some(v) = &self.payload {
            let payload = match v {
                serde_json::Value::Object(map) => types::DeploymentPayload::Object(map.clone()),
                serde_json::Value::String(s) => types::DeploymentPayload::String(s.clone()),
                other => {
                    return Err(Error::invalid_input(format!(
                        "a deployment payload is a JSON object or a string, not {other}"
                    ))
                    .with_provider(PROVIDER));
                }
            };
            b = b.payload(Some(payload));
        }
        if let Some(v) = self.auto_merge {
            b = b.auto_merge(v);
        }
        if let Some(v) = &self.required_contexts {
            b = b.required_contexts(Some(v.clone()));
        }
        if let Some(v) = self.transient_environment {
            b = b.transient_environment(v);
        }
        if let Some(v) = self.production_environment {
            b = b.production_environment(Some(v));
        }
        b.try_into().map_err(|e: types::error::ConversionError| {
            Error::invalid_input(e.to_string()).with_provider(PROVIDER)
        })
    }
}

/// One deployment reported through its life, as a release script does it: [`start`] creates the
/// deployment and reports `queued`; then [`in_progress`], and finally [`succeed`] or [`fail`].
///
/// Every status carries the run's log URL; `success` also the environment URL. Descriptions longer
/// than GitHub's 140 characters are shortened (ending in `…`) rather than refused.
///
/// [`start`]: DeploymentRun::start
/// [`in_progress`]: DeploymentRun::in_progress
/// [`succeed`]: DeploymentRun::succeed
/// [`fail`]: DeploymentRun::fail
#[derive(Clone, Debug)]
pub struct DeploymentRun {
    client: Client,
    owner: String,
    repo: String,
    deployment: types::Deployment,
    id: NonZeroU64,
    log_url: Option<String>,
    environment_url: Option<String>,
    auto_inactive: Option<bool>,
}

impl DeploymentRun {
    /// Create the deployment and report it `queued`.
    ///
    /// A `202` answer (GitHub merged the default branch into the ref instead of deploying it) is an
    /// error here, with status 202 and GitHub's message: the merged ref is not what was asked to be
    /// deployed. Create again to deploy the merged ref, or set [`Deploy::auto_merge`] to `false`.
    /// If reporting `queued` fails, the deployment exists without a status; the error says so.
    pub async fn start(client: &Client, owner: &str, repo: &str, deploy: Deploy) -> Result<Self> {
        let created = match create_deployment(client, owner, repo, deploy.request()?).await {
            Ok(created) => created,
            // The answer was lost: the deployment's description carries deploykit's marker, so
            // the repository's deployments tell whether it was created.
            Err(e) if e.outcome() == Outcome::Unknown && e.marker().is_some() => {
                let marker = e.marker().unwrap_or_default().to_string();
                match client.find_marked_deployment(owner, repo, &marker).await {
                    Ok(Some(d)) => {
                        tracing::warn!(
                            marker,
                            id = d.id,
                            "the create_deployment answer was lost; the deployment was found by its marker"
                        );
                        CreateOutcome::Created(Box::new(d))
                    }
                    Ok(None) => return Err(did_not_take_effect(e)),
                    Err(lookup) => {
                        tracing::warn!(error = %lookup, "looking the deployment up by its marker failed");
                        return Err(e);
                    }
                }
            }
            Err(e) => return Err(e),
        };
        let deployment = match created {
            CreateOutcome::Created(d) => *d,
            CreateOutcome::Merged { message } => {
                return Err(Error::provider_answer(PROVIDER, 202, None, message, None).with_hint(
                    "GitHub merged the default branch into the ref instead of deploying it; create the deployment again to deploy the merged ref, or disable auto_merge",
                ));
            }
        };
        let mut run = Self::resume(client, owner, repo, deployment)?;
        run.log_url = deploy.log_url;
        run.environment_url = deploy.environment_url;
        run.auto_inactive = deploy.auto_inactive;
        run.report(DeploymentStatusState::Queued, "")
            .await
            .map_err(|e| {
                let id = run.id;
                e.with_hint(format!("deployment {id} was created but has no status yet"))
            })?;
        Ok(run)
    }

    /// Report on a deployment that exists already (created elsewhere, e.g. received with a
    /// `deployment` webhook event). Nothing is sent until a status is reported.
    pub fn resume(
        client: &Client,
        owner: &str,
        repo: &str,
        deployment: types::Deployment,
    ) -> Result<Self> {
        let id = u64::try_from(deployment.id)
            .ok()
            .and_then(NonZeroU64::new)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::InvalidResponse,
                    format!("deployment id {} is not a positive number", deployment.id),
                )
                .with_provider(PROVIDER)
            })?;
        Ok(Self {
            client: client.clone(),
            owner: owner.to_string(),
            repo: repo.to_string(),
            deployment,
            id,
            log_url: None,
            environment_url: None,
            auto_inactive: None,
        })
    }

    /// The deployment as GitHub created it.
    pub fn deployment(&self) -> &types::Deployment {
        &self.deployment
    }

    /// The deployment's id.
    pub fn id(&self) -> NonZeroU64 {
        self.id
    }

    /// Change the log URL sent with the following statuses.
    pub fn set_log_url(&mut self, url: impl Into<String>) {
        self.log_url = Some(url.into());
    }

    /// Change the environment URL sent with the `success` status.
    pub fn set_environment_url(&mut self, url: impl Into<String>) {
        self.environment_url = Some(url.into());
    }

    /// Report `in_progress`.
    pub async fn in_progress(&self, description: &str) -> Result<types::DeploymentStatus> {
        self.report(DeploymentStatusState::InProgress, description)
            .await
    }

    /// Report `success`, with the environment URL if there is one.
    pub async fn succeed(&self, description: &str) -> Result<types::DeploymentStatus> {
        self.report(DeploymentStatusState::Success, description)
            .await
    }

    /// Report `failure`.
    pub async fn fail(&self, description: &str) -> Result<types::DeploymentStatus> {
        self.report(DeploymentStatusState::Failure, description)
            .await
    }

    /// Report any state (`error` for a broken deploy system, `inactive` for a torn-down
    /// transient environment …).
    pub async fn report(
        &self,
        state: DeploymentStatusState,
        description: &str,
    ) -> Result<types::DeploymentStatus> {
        let description = shorten(description, STATUS_DESCRIPTION_MAX)
            .parse::<types::DeploymentStatusCreateRequestDescription>()
            .map_err(|e| Error::invalid_input(format!("status description: {e}")))?;
        let mut b = types::DeploymentStatusCreateRequest::builder()
            .state(state)
            .description(Some(description));
        if let Some(url) = &self.log_url {
            b = b.log_url(url.clone());
        }
        if let (DeploymentStatusState::Success, Some(url)) = (state, &self.environment_url) {
            b = b.environment_url(url.clone());
        }
        if let Some(v) = self.auto_inactive {
            b = b.auto_inactive(v);
        }
        let response = self
            .client
            .create_deployment_status()
            .owner(self.owner.as_str())
            .repo(self.repo.as_str())
            .deployment_id(self.id)
            .body(b)
            .send()
            .await?;
        Ok(response.into_inner())
    }
}

/// `text` cut to at most `max` characters, the last one `…` when something was cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn descriptions_are_shortened_to_the_limit() {
        assert_eq!(shorten("ok", 140), "ok");
        let long = "é".repeat(200);
        let short = shorten(&long, 140);
        assert_eq!(short.chars().count(), 140);
        assert!(short.ends_with('…'));
    }

    #[test]
    fn deploy_request_sends_only_what_was_set_beyond_the_defaults() {
        let body = serde_json::to_value(
            Deploy::new("v1.0.0")
                .environment("staging")
                .payload(json!({"version": "1.0.0"}))
                .required_contexts(Vec::<String>::new())
                .request()
                .unwrap(),
        )
        .unwrap();
        assert_eq!(body["ref"], "v1.0.0");
        assert_eq!(body["environment"], "staging");
        assert_eq!(body["payload"], json!({"version": "1.0.0"}));
        assert_eq!(body["required_contexts"], json!([]));
        assert!(body.get("production_environment").is_none());

        let without = serde_json::to_value(Deploy::new("main").request().unwrap()).unwrap();
        assert!(without.get("required_contexts").is_none(), "{without}");

        let e = Deploy::new("main")
            .payload(json!([1, 2]))
            .request()
            .unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput);
    }
}
