//! Batch publishing and unpublishing: start the asynchronous task, then poll it until every API
//! has a final state.

use std::collections::BTreeSet;
use std::fmt;
use std::time::Duration;

use super::client::Client;
use super::{PROVIDER, types};
use crate::runtime::{Error, ErrorKind, RepeatList, Result};

/// Which kind of batch task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskKind {
    /// `BatchDeployApis`, followed with `DescribeDeployApiTask`.
    Deploy,
    /// `BatchAbolishApis`, followed with `DescribeAbolishApiTask`.
    Abolish,
}

impl TaskKind {
    /// The action that starts the task.
    pub fn start_action(self) -> &'static str {
        match self {
            Self::Deploy => "BatchDeployApis",
            Self::Abolish => "BatchAbolishApis",
        }
    }

    /// The action that reports the task's progress.
    pub fn describe_action(self) -> &'static str {
        match self {
            Self::Deploy => "DescribeDeployApiTask",
            Self::Abolish => "DescribeAbolishApiTask",
        }
    }
}

/// Where one API of a batch task stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    /// Not finished yet (`DEPLOYING`, `ABOLISHING`, …, or a status deploykit does not know).
    Running,
    /// Finished and done (`SUCCEED`, `SUCCESS`, or `OVER` with a success message).
    Succeeded,
    /// Finished and not done (`FAILED`, or `OVER` with an error message).
    Failed,
}

impl TaskState {
    /// Read Alibaba's per-API status. `OVER` only says the API is finished; its `ErrorMsg`
    /// (`Success. Request Success.` when all went well) tells the outcome.
    pub fn from_status(status: &str, message: Option<&str>) -> Self {
        match status.trim().to_ascii_uppercase().as_str() {
            "SUCCEED" | "SUCCEEDED" | "SUCCESS" | "SUCCESSFUL" | "FINISHED" | "DONE" => {
                Self::Succeeded
            }
            "FAILED" | "FAIL" | "FAILURE" | "ERROR" => Self::Failed,
            "OVER" => {
                let ok = message
                    .map(str::trim)
                    .is_none_or(|m| m.is_empty() || m.to_ascii_lowercase().starts_with("success"));
                if ok { Self::Succeeded } else { Self::Failed }
            }
            _ => Self::Running,
        }
    }

    /// Whether the API will not change state any more.
    pub fn is_final(self) -> bool {
        self != Self::Running
    }
}

/// The outcome of one API in a batch task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiTaskResult {
    /// ID of the API (`ApiUid`).
    pub api_uid: String,
    /// Name of the API, when Alibaba reports it.
    pub api_name: Option<String>,
    /// ID of its group.
    pub group_id: Option<String>,
    /// Runtime environment.
    pub stage_name: Option<String>,
    /// Alibaba's status, as reported (`DEPLOYING`, `SUCCEED`, `FAILED`, `OVER`, …).
    pub status: String,
    /// What the status means.
    pub state: TaskState,
    /// Alibaba's message for this API (`ErrorMsg`).
    pub message: Option<String>,
}

impl fmt::Display for ApiTaskResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API {}", self.api_uid)?;
        if let Some(name) = &self.api_name {
            write!(f, " ({name})")?;
        }
        if let Some(group) = &self.group_id {
            write!(f, " in group {group}")?;
        }
        if let Some(stage) = &self.stage_name {
            write!(f, " on {stage}")?;
        }
        let status = if self.status.is_empty() {
            "no status yet"
        } else {
            &self.status
        };
        write!(f, ": {status}")?;
        if let Some(m) = self.message.as_deref().filter(|m| !m.is_empty()) {
            write!(f, " — {m}")?;
        }
        Ok(())
    }
}

/// Every API's final outcome in a batch task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Deploy or abolish.
    pub kind: TaskKind,
    /// The task id (`OperationId` of the start action, `OperationUid` when describing it).
    pub operation_id: String,
    /// Request id of the start action's answer, when this outcome comes from starting the task.
    pub request_id: Option<String>,
    /// One entry per API, in the order Alibaba reports them.
    pub results: Vec<ApiTaskResult>,
}

impl BatchOutcome {
    /// Whether every API succeeded.
    pub fn is_success(&self) -> bool {
        self.results.iter().all(|r| r.state == TaskState::Succeeded)
    }

    /// The APIs that failed.
    pub fn failures(&self) -> impl Iterator<Item = &ApiTaskResult> {
        self.results.iter().filter(|r| r.state == TaskState::Failed)
    }

    /// `Ok(self)` when every API succeeded, else an [`ErrorKind::DeployFailed`] error naming
    /// each failed API and Alibaba's message for it.
    pub fn into_result(self) -> Result<Self> {
        let failed: Vec<String> = self.failures().map(ToString::to_string).collect();
        if failed.is_empty() {
            return Ok(self);
        }
        Err(Error::new(
            ErrorKind::DeployFailed,
            format!(
                "{} of {} APIs failed in {} task {}",
                failed.len(),
                self.results.len(),
                self.kind.start_action(),
                self.operation_id
            ),
        )
        .with_provider(PROVIDER)
        .with_details(failed)
        .with_request_id(self.request_id))
    }
}

/// How to wait for a batch task: exponential backoff between polls, and a deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PollOptions {
    /// Wait before the second poll (the first is immediate); doubles after each poll.
    pub interval: Duration,
    /// Longest wait between two polls.
    pub max_interval: Duration,
    /// Give up (with [`ErrorKind::Timeout`]) when the task is not finished after this long.
    pub timeout: Duration,
}

impl Default for PollOptions {
    /// First wait 1 s, at most 10 s between polls, 5 minutes in all (Alibaba publishes an API in
    /// under 5 seconds).
    fn default() -> Self {
        Self {
            interval: Duration::from_secs(1),
            max_interval: Duration::from_secs(10),
            timeout: Duration::from_secs(300),
        }
    }
}

impl PollOptions {
    /// Set the deadline.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Set the first wait and the longest wait between polls.
    pub fn with_intervals(mut self, interval: Duration, max_interval: Duration) -> Self {
        self.interval = interval;
        self.max_interval = max_interval.max(interval);
        self
    }
}

/// One poll's view of the task.
struct Snapshot {
    results: Vec<ApiTaskResult>,
}

impl Snapshot {
    /// Finished when there are results, each is final, and each expected API is among them.
    fn finished(&self, expected: &BTreeSet<String>) -> bool {
        !self.results.is_empty()
            && self.results.iter().all(|r| r.state.is_final())
            && expected
                .iter()
                .all(|uid| self.results.iter().any(|r| &r.api_uid == uid))
    }
}

fn deployed(r: types::DeployedResult) -> ApiTaskResult {
    let status = r.deployed_status.unwrap_or_default();
    let state = TaskState::from_status(&status, r.error_msg.as_deref());
    ApiTaskResult {
        api_uid: r.api_uid.unwrap_or_default(),
        api_name: None,
        group_id: r.group_id,
        stage_name: r.stage_name,
        status,
        state,
        message: r.error_msg,
    }
}

fn abolished(r: types::ApiAbolishResult) -> ApiTaskResult {
    let status = r.abolish_status.unwrap_or_default();
    let state = TaskState::from_status(&status, r.error_msg.as_deref());
    ApiTaskResult {
        api_uid: r.api_uid.unwrap_or_default(),
        api_name: r.api_name,
        group_id: r.group_id,
        stage_name: r.stage_name,
        status,
        state,
        message: r.error_msg,
    }
}

impl Client {
    /// Publish `apis` to `stage` with one `BatchDeployApis` task, then poll
    /// `DescribeDeployApiTask` until every API reports a final state.
    ///
    /// Returns every API's outcome, failures included (see [`BatchOutcome::is_success`]; chain
    /// [`BatchOutcome::into_result`] to turn failures into [`ErrorKind::DeployFailed`]). Fails with
    /// [`ErrorKind::Timeout`] when the task is not finished within `poll.timeout`: the task goes on
    /// at Alibaba, and [`Self::wait_deploy_task`] can follow it further. `BatchDeployApis` is not
    /// idempotent: it is repeated only after throttling, never after a server error.
    pub async fn batch_deploy(
        &self,
        stage: types::StageName,
        description: &str,
        apis: Vec<types::BatchDeployApiItem>,
        poll: &PollOptions,
    ) -> Result<BatchOutcome> {
        if apis.is_empty() {
            return Err(
                Error::invalid_input("BatchDeployApis needs at least one API")
                    .with_provider(PROVIDER),
            );
        }
        let expected: Vec<String> = apis.iter().map(|a| a.api_uid.clone()).collect();
        let started = self
            .batch_deploy_apis()
            .api(RepeatList(apis))
            .stage_name(stage)
            .description(description)
            .send()
            .await?
            .into_inner();
        let operation_id = operation_id(
            TaskKind::Deploy,
            started.operation_id,
            started.request_id.as_deref(),
        )?;
        let mut outcome = self
            .wait_task(TaskKind::Deploy, &operation_id, &expected, poll)
            .await?;
        outcome.request_id = started.request_id;
        Ok(outcome)
    }

    /// Unpublish `apis` (each names its own environment) with one `BatchAbolishApis` task, then
    /// poll `DescribeAbolishApiTask` until every API reports a final state. Same contract as
    /// [`Self::batch_deploy`].
    pub async fn batch_abolish(
        &self,
        apis: Vec<types::BatchAbolishApiItem>,
        poll: &PollOptions,
    ) -> Result<BatchOutcome> {
        if apis.is_empty() {
            return Err(
                Error::invalid_input("BatchAbolishApis needs at least one API")
                    .with_provider(PROVIDER),
            );
        }
        let expected: Vec<String> = apis.iter().map(|a| a.api_uid.clone()).collect();
        let started = self
            .batch_abolish_apis()
            .api(RepeatList(apis))
            .send()
            .await?
            .into_inner();
        let operation_id = operation_id(
            TaskKind::Abolish,
            started.operation_id,
            started.request_id.as_deref(),
        )?;
        let mut outcome = self
            .wait_task(TaskKind::Abolish, &operation_id, &expected, poll)
            .await?;
        outcome.request_id = started.request_id;
        Ok(outcome)
    }

    /// Poll the `BatchDeployApis` task `operation_id` until every API has a final state (and each
    /// of `expected`, API ids, is reported).
    pub async fn wait_deploy_task(
        &self,
        operation_id: &str,
        expected: &[String],
        poll: &PollOptions,
    ) -> Result<BatchOutcome> {
        self.wait_task(TaskKind::Deploy, operation_id, expected, poll)
            .await
    }

    /// Poll the `BatchAbolishApis` task `operation_id` until every API has a final state (and each
    /// of `expected`, API ids, is reported).
    pub async fn wait_abolish_task(
        &self,
        operation_id: &str,
        expected: &[String],
        poll: &PollOptions,
    ) -> Result<BatchOutcome> {
        self.wait_task(TaskKind::Abolish, operation_id, expected, poll)
            .await
    }

    async fn describe_task(&self, kind: TaskKind, operation_id: &str) -> Result<Snapshot> {
        let results = match kind {
            TaskKind::Deploy => self
                .describe_deploy_api_task()
                .operation_uid(operation_id)
                .send()
                .await?
                .into_inner()
                .deployed_results
                .map(|r| r.deployed_result.into_iter().map(deployed).collect())
                .unwrap_or_default(),
            TaskKind::Abolish => self
                .describe_abolish_api_task()
                .operation_uid(operation_id)
                .send()
                .await?
                .into_inner()
                .api_abolish_results
                .map(|r| r.api_abolish_result.into_iter().map(abolished).collect())
                .unwrap_or_default(),
        };
        Ok(Snapshot { results })
    }

    /// Poll until finished or past the deadline. Time is measured with the transport's clock and,
    /// where that stands still (tests), by the waits themselves; waits use the retry policy's
    /// sleeper.
    async fn wait_task(
        &self,
        kind: TaskKind,
        operation_id: &str,
        expected: &[String],
        poll: &PollOptions,
    ) -> Result<BatchOutcome> {
        let expected: BTreeSet<String> = expected.iter().cloned().collect();
        let start = self.transport().now();
        let mut slept = Duration::ZERO;
        let mut wait = poll.interval.max(Duration::from_millis(1));
        let mut polls = 0u32;
        loop {
            let snapshot = self.describe_task(kind, operation_id).await?;
            polls += 1;
            if snapshot.finished(&expected) {
                return Ok(BatchOutcome {
                    kind,
                    operation_id: operation_id.to_string(),
                    request_id: None,
                    results: snapshot.results,
                });
            }
            let elapsed = self
                .transport()
                .now()
                .duration_since(start)
                .unwrap_or_default()
                .max(slept);
            if elapsed >= poll.timeout {
                return Err(timeout(
                    kind,
                    operation_id,
                    &expected,
                    &snapshot,
                    elapsed,
                    polls,
                ));
            }
            let pause = wait.min(poll.timeout - elapsed);
            tracing::debug!(
                operation_id,
                wait_ms = pause.as_millis() as u64,
                "{} not finished, waiting",
                kind.start_action()
            );
            self.transport().retry().sleep(pause).await;
            slept += pause;
            wait = wait
                .saturating_mul(2)
                .min(poll.max_interval.max(poll.interval));
        }
    }
}

fn operation_id(kind: TaskKind, id: Option<String>, request_id: Option<&str>) -> Result<String> {
    id.filter(|s| !s.is_empty()).ok_or_else(|| {
        Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "{} answered without an OperationId: the task cannot be followed",
                kind.start_action()
            ),
        )
        .with_provider(PROVIDER)
        .with_request_id(request_id.map(str::to_string))
    })
}

fn timeout(
    kind: TaskKind,
    operation_id: &str,
    expected: &BTreeSet<String>,
    last: &Snapshot,
    elapsed: Duration,
    polls: u32,
) -> Error {
    let mut pending: Vec<String> = last
        .results
        .iter()
        .filter(|r| !r.state.is_final())
        .map(ToString::to_string)
        .collect();
    pending.extend(
        expected
            .iter()
            .filter(|uid| !last.results.iter().any(|r| &r.api_uid == *uid))
            .map(|uid| format!("API {uid}: not reported yet")),
    );
    Error::new(
        ErrorKind::Timeout,
        format!(
            "{} task {operation_id} was not finished after {}s ({polls} polls of {})",
            kind.start_action(),
            elapsed.as_secs(),
            kind.describe_action()
        ),
    )
    .with_provider(PROVIDER)
    .with_details(pending)
    .with_hint(format!(
        "the task goes on at Alibaba: follow it with {} OperationUid={operation_id} rather than starting it again",
        kind.describe_action()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_understood() {
        use TaskState::*;
        assert_eq!(TaskState::from_status("DEPLOYING", None), Running);
        assert_eq!(TaskState::from_status("ABOLISHING", None), Running);
        assert_eq!(TaskState::from_status("", None), Running);
        assert_eq!(TaskState::from_status("SUCCEED", None), Succeeded);
        assert_eq!(
            TaskState::from_status("FAILED", Some("api not found")),
            Failed
        );
        assert_eq!(
            TaskState::from_status("OVER", Some("Success. Request Success.")),
            Succeeded
        );
        assert_eq!(
            TaskState::from_status("OVER", Some("The API is not exist")),
            Failed
        );
        assert_eq!(TaskState::from_status("SOMETHING_NEW", None), Running);
    }

    fn result(uid: &str, status: &str) -> ApiTaskResult {
        ApiTaskResult {
            api_uid: uid.into(),
            api_name: None,
            group_id: Some("g".into()),
            stage_name: Some("RELEASE".into()),
            status: status.into(),
            state: TaskState::from_status(status, None),
            message: None,
        }
    }

    #[test]
    fn finished_needs_every_expected_api_final() {
        let expected: BTreeSet<String> = ["a".to_string(), "b".to_string()].into();
        let s = Snapshot {
            results: vec![result("a", "SUCCEED")],
        };
        assert!(!s.finished(&expected));
        let s = Snapshot {
            results: vec![result("a", "SUCCEED"), result("b", "DEPLOYING")],
        };
        assert!(!s.finished(&expected));
        let s = Snapshot {
            results: vec![result("a", "SUCCEED"), result("b", "FAILED")],
        };
        assert!(s.finished(&expected));
        assert!(!Snapshot { results: vec![] }.finished(&BTreeSet::new()));
    }

    #[test]
    fn failures_become_deploy_failed() {
        let outcome = BatchOutcome {
            kind: TaskKind::Deploy,
            operation_id: "op-1".into(),
            request_id: Some("R".into()),
            results: vec![result("a", "SUCCEED"), result("b", "FAILED")],
        };
        assert!(!outcome.is_success());
        let e = outcome.into_result().unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::DeployFailed);
        let s = e.to_string();
        assert!(
            s.contains("1 of 2") && s.contains("API b") && s.contains("op-1"),
            "{s}"
        );
    }
}
