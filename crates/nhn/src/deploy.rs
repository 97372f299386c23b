//! Deploy execution and waiting for its outcome.
//!
//! `header.isSuccessful` only says the deploy call was accepted; the outcome is `deployStatus`
//! (`success`, `fail`, or `deploying` for `async: true`). A `fail` is an
//! [`ErrorKind::DeployFailed`], never a success. An asynchronous deploy is followed in the deploy
//! history (`totalResult` `SUCCESS` / `FAIL` / `RUNNING`), polled with a growing interval until it
//! ends or the wait times out. Autoscale server groups answer a list of results; both shapes are
//! read as a list.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use futures::{StreamExt, pin_mut};

use super::{Client, EnvelopeResult, HistoryQuery, PROVIDER};
use crate::generated::nhn_deploy::types::{
    DeployHistory, DeployHistoryResult, DeployRequest, DeployResponseBody, DeployResult,
    DeployStatus, ServerDeployResult,
};
use crate::runtime::{Error, ErrorKind, Open, Result};

/// A deploy the service accepted: one result per server group (several for an autoscale group).
#[derive(Clone, Debug)]
pub struct Deployment {
    /// The deployed artifact.
    pub artifact_id: i64,
    /// The target server group.
    pub server_group_id: i64,
    /// The results as answered, the single-object shape turned into a one-element list.
    pub results: Vec<DeployResult>,
}

impl Deployment {
    /// Keys of the deploys started (one per result that has one).
    pub fn deploy_keys(&self) -> Vec<i64> {
        let mut keys: Vec<i64> = self.results.iter().filter_map(|r| r.deploy_key).collect();
        keys.dedup();
        keys
    }

    /// Whether some result is still `deploying` (an `async: true` deploy).
    pub fn is_running(&self) -> bool {
        self.results
            .iter()
            .any(|r| says(&r.deploy_status, DeployStatus::Deploying))
    }

    /// The per-server results of every group.
    pub fn servers(&self) -> impl Iterator<Item = &ServerDeployResult> {
        self.results.iter().flat_map(|r| r.deploy_result.iter())
    }

    /// The failure this answer reports: a group with `deployStatus: fail`, or a server whose
    /// `status` says it failed.
    fn failure(&self) -> Option<Error> {
        let failed_servers = |r: &DeployResult| -> Vec<String> {
            r.deploy_result
                .iter()
                .filter(|s| s.status.as_deref().is_some_and(status_is_failure))
                .map(|s| {
                    format!(
                        "{}: {}",
                        s.hostname.as_deref().unwrap_or("?"),
                        s.status.as_deref().unwrap_or("?")
                    )
                })
                .collect()
        };
        let failed: Vec<&DeployResult> = self
            .results
            .iter()
            .filter(|r| says(&r.deploy_status, DeployStatus::Fail) || !failed_servers(r).is_empty())
            .collect();
        let first = failed.first()?;
        let keys: Vec<String> = failed
            .iter()
            .map(|r| r.deploy_key.map_or_else(|| "?".into(), |k| k.to_string()))
            .collect();
        let mut e = Error::new(
            ErrorKind::DeployFailed,
            format!(
                "deploy {} of artifact {} on server group {} failed",
                keys.join(", "),
                self.artifact_id,
                self.server_group_id
            ),
        )
        .with_provider(PROVIDER)
        .with_code(Some("fail".into()))
        .with_details(failed.iter().flat_map(|r| failed_servers(r)).collect());
        if let Some(location) = &first.deploy_result_location {
            e = e.with_hint(format!("see {location}"));
        }
        Some(e)
    }
}

/// Whether an answer's status is `want`: the documented value, or an undocumented one that
/// only differs in case (`FAIL` for `fail`). Other undocumented values say neither.
fn says<T: PartialEq + std::fmt::Display>(status: &Option<Open<T>>, want: T) -> bool {
    match status {
        Some(Open::Known(k)) => *k == want,
        Some(Open::Unknown(s)) => s.eq_ignore_ascii_case(&want.to_string()),
        None => false,
    }
}

fn status_is_failure(status: &str) -> bool {
    ["fail", "failed", "failure"]
        .iter()
        .any(|f| status.eq_ignore_ascii_case(f))
}

/// How long and how often to poll the deploy history for an asynchronous deploy.
///
/// Waits go through the client's retry policy sleeper ([`RetryPolicy::with_sleeper`]), so tests
/// can record them instead of sleeping. The time budget counts those waits plus the time the
/// polls take.
///
/// [`RetryPolicy::with_sleeper`]: crate::runtime::RetryPolicy::with_sleeper
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitOptions {
    /// Give up (with [`ErrorKind::Timeout`]) after this long.
    pub timeout: Duration,
    /// First wait between polls; doubles after each poll.
    pub initial_interval: Duration,
    /// Longest wait between polls.
    pub max_interval: Duration,
}

impl Default for WaitOptions {
    /// 30 minutes, polling after 2 s, then 4, 8 … up to every 30 s.
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30 * 60),
            initial_interval: Duration::from_secs(2),
            max_interval: Duration::from_secs(30),
        }
    }
}

impl WaitOptions {
    /// Wait at most `timeout`, with the default intervals.
    pub fn with_timeout(timeout: Duration) -> Self {
        Self {
            timeout,
            ..Self::default()
        }
    }
}

/// Where the deploys being waited for stand after one poll.
enum Poll {
    Finished(Vec<DeployHistory>),
    Failed(Error),
    Pending(String),
}

impl Client {
    /// Run the deploy scenarios of a server group.
    ///
    /// With `async: false` (the default) the answer is final: a failed deploy is an
    /// [`ErrorKind::DeployFailed`] error. With `async: true` the deploy is still running
    /// ([`Deployment::is_running`]); follow it with [`Client::wait_for_deploy`].
    pub async fn deploy(
        &self,
        artifact_id: i64,
        server_group_id: i64,
        request: DeployRequest,
    ) -> Result<Deployment> {
        let body = self
            .api()
            .deploy()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .server_group_id(server_group_id)
            .body(request)
            .send()
            .await
            .into_body()?;
        let results = match body {
            DeployResponseBody::DeployResult(r) => vec![r],
            DeployResponseBody::Array(list) => list,
        };
        let deployment = Deployment {
            artifact_id,
            server_group_id,
            results,
        };
        match deployment.failure() {
            Some(e) => Err(e),
            None => Ok(deployment),
        }
    }

    /// Start a deploy with `async: true` and wait for it to finish (see [`Client::wait_for_deploy`]).
    pub async fn deploy_and_wait(
        &self,
        artifact_id: i64,
        server_group_id: i64,
        mut request: DeployRequest,
        wait: &WaitOptions,
    ) -> Result<Vec<DeployHistory>> {
        request.async_ = Some(true);
        let deployment = self.deploy(artifact_id, server_group_id, request).await?;
        self.wait_for_deploy(&deployment, wait).await
    }

    /// Poll the deploy history until every deploy of `deployment` has ended; returns their history
    /// entries. A `FAIL` is an [`ErrorKind::DeployFailed`] error; still running after
    /// `wait.timeout` is an [`ErrorKind::Timeout`] error (the deploy may go on). Polls that fail
    /// in a way worth repeating are repeated until the timeout.
    pub async fn wait_for_deploy(
        &self,
        deployment: &Deployment,
        wait: &WaitOptions,
    ) -> Result<Vec<DeployHistory>> {
        let keys = deployment.deploy_keys();
        if keys.is_empty() {
            return Err(Error::new(
                ErrorKind::InvalidResponse,
                "the deploy answer has no deployKey to follow in the deploy history",
            )
            .with_provider(PROVIDER));
        }
        let policy = self.transport().retry().clone();
        let mut spent = Duration::ZERO;
        let mut interval = wait.initial_interval;
        loop {
            let started = Instant::now();
            let polled = self.poll_deploys(deployment, &keys).await;
            spent += started.elapsed();
            let last = match polled {
                Ok(Poll::Finished(entries)) => return Ok(entries),
                Ok(Poll::Failed(e)) => return Err(e),
                Ok(Poll::Pending(state)) => state,
                Err(e) if e.is_retryable() => {
                    tracing::warn!(error = %e, "polling the deploy history failed; trying again");
                    format!("last poll failed: {e}")
                }
                Err(e) => return Err(e),
            };
            if spent >= wait.timeout {
                return Err(Error::new(
                    ErrorKind::Timeout,
                    format!(
                        "deploy {} did not finish within {} s ({last})",
                        join(&keys),
                        wait.timeout.as_secs()
                    ),
                )
                .with_provider(PROVIDER)
                .with_hint(
                    "it may still be running: check the deploy history before deploying again",
                ));
            }
            let pause = interval.min(wait.timeout - spent);
            tracing::debug!(wait_ms = pause.as_millis() as u64, "deploy still running");
            policy.sleep(pause).await;
            spent += pause;
            interval = interval
                .saturating_mul(2)
                .min(wait.max_interval.max(wait.initial_interval));
        }
    }

    /// One look at the deploy history of the deployment's server group.
    async fn poll_deploys(&self, deployment: &Deployment, keys: &[i64]) -> Result<Poll> {
        let query = HistoryQuery {
            server_group_id: Some(deployment.server_group_id),
            ..HistoryQuery::default()
        };
        let mut found: BTreeMap<i64, Vec<DeployHistory>> = BTreeMap::new();
        let entries = self.deploy_histories(deployment.artifact_id, query);
        pin_mut!(entries);
        while let Some(entry) = entries.next().await {
            let entry = entry?;
            if let Some(key) = entry.deploy_key
                && keys.contains(&key)
            {
                found.entry(key).or_default().push(entry);
                if found.len() == keys.len() {
                    break;
                }
            }
        }
        let failed: Vec<&DeployHistory> = found
            .values()
            .flatten()
            .filter(|e| says(&e.total_result, DeployHistoryResult::Fail))
            .collect();
        if !failed.is_empty() {
            let keys: Vec<i64> = failed.iter().filter_map(|e| e.deploy_key).collect();
            let details = failed.iter().map(|e| describe(e)).collect();
            return Ok(Poll::Failed(
                Error::new(
                    ErrorKind::DeployFailed,
                    format!(
                        "deploy {} of artifact {} on server group {} failed",
                        join(&keys),
                        deployment.artifact_id,
                        deployment.server_group_id
                    ),
                )
                .with_provider(PROVIDER)
                .with_code(Some("FAIL".into()))
                .with_details(details),
            ));
        }
        let pending: Vec<String> = keys
            .iter()
            .filter_map(|k| match found.get(k) {
                None => Some(format!("{k}: not in the history yet")),
                Some(entries)
                    if entries
                        .iter()
                        .all(|e| says(&e.total_result, DeployHistoryResult::Success)) =>
                {
                    None
                }
                Some(_) => Some(format!("{k}: RUNNING")),
            })
            .collect();
        if pending.is_empty() {
            Ok(Poll::Finished(
                keys.iter()
                    .filter_map(|k| found.remove(k))
                    .flatten()
                    .collect(),
            ))
        } else {
            Ok(Poll::Pending(pending.join(", ")))
        }
    }
}

fn join(keys: &[i64]) -> String {
    keys.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe(e: &DeployHistory) -> String {
    let mut s = match e.deploy_key {
        Some(key) => format!("deploy {key}"),
        None => "deploy ?".to_string(),
    };
    if let Some(name) = &e.scenario_name {
        s.push_str(&format!(", scenario {name}"));
    }
    if let Some(v) = &e.binary_version {
        s.push_str(&format!(", binary {v}"));
    }
    if let Some(group) = &e.server_group_name {
        s.push_str(&format!(", server group {group}"));
    }
    if let Some(user) = &e.execute_user {
        s.push_str(&format!(", run by {user}"));
    }
    s.push_str(": FAIL");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(key: i64, status: DeployStatus, servers: &[(&str, &str)]) -> DeployResult {
        DeployResult {
            deploy_key: Some(key),
            deploy_status: Some(status.into()),
            deploy_result: servers
                .iter()
                .map(|(h, s)| ServerDeployResult {
                    hostname: Some(h.to_string()),
                    status: Some(s.to_string()),
                    ..Default::default()
                })
                .collect(),
            deploy_result_location: Some("https://console/deploy".into()),
        }
    }

    #[test]
    fn a_failed_group_or_server_is_a_deploy_failure() {
        let d = Deployment {
            artifact_id: 1,
            server_group_id: 2,
            results: vec![result(
                9,
                DeployStatus::Fail,
                &[("web-1", "FAIL"), ("web-2", "SUCCESS")],
            )],
        };
        let e = d.failure().unwrap();
        assert_eq!(e.kind(), &ErrorKind::DeployFailed);
        assert_eq!(e.details(), ["web-1: FAIL"]);
        assert!(e.to_string().contains("https://console/deploy"));
        let d = Deployment {
            artifact_id: 1,
            server_group_id: 2,
            results: vec![result(9, DeployStatus::Success, &[("web-1", "fail")])],
        };
        assert!(d.failure().is_some());
        let d = Deployment {
            artifact_id: 1,
            server_group_id: 2,
            results: vec![result(9, DeployStatus::Success, &[("web-1", "success")])],
        };
        assert!(d.failure().is_none());
    }

    #[test]
    fn both_body_shapes_are_read() {
        let one: DeployResponseBody =
            serde_json::from_str(r#"{"deployKey":1,"deployStatus":"deploying"}"#).unwrap();
        assert!(matches!(one, DeployResponseBody::DeployResult(_)));
        let list: DeployResponseBody = serde_json::from_str(r#"[{"deployKey":1,"deployStatus":"success"},{"deployKey":2,"deployStatus":"success"}]"#).unwrap();
        assert!(matches!(list, DeployResponseBody::Array(ref v) if v.len() == 2));
        let empty: DeployResponseBody = serde_json::from_str("[]").unwrap();
        assert!(matches!(empty, DeployResponseBody::Array(ref v) if v.is_empty()));
    }
}
