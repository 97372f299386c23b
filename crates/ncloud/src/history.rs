//! A stage's deployment history as a stream, and rolling a stage back with Stage deploy.

use std::fmt;
use std::num::NonZeroU64;

use futures::{Stream, TryStreamExt};

use crate::runtime::paginate::{Page, items};
use crate::runtime::{Error, Result};

use super::types::{self, DeployStageRequest, DeploymentNo, ResourceId, Stage, StageDeployment};
use super::{Client, PROVIDER};

/// Entries asked for per page of the deployment history.
pub const DEFAULT_PAGE_SIZE: NonZeroU64 = NonZeroU64::new(100).expect("100 is not zero");

/// How many deployment numbers an error message lists at most.
const LISTED: usize = 10;

/// A checked NCP API Gateway id (product, API or stage): 1 to 10 characters.
///
/// `what` names the id in the error (`product id`, `stage id` …).
pub fn resource_id(what: &str, value: &str) -> Result<ResourceId> {
    let n = value.chars().count();
    if n == 0 || n > 10 {
        return Err(Error::invalid_input(format!(
            "{what} `{value}` has {n} characters; NCP API Gateway ids have 1 to 10"
        ))
        .with_provider(PROVIDER));
    }
    value
        .parse()
        .map_err(|e| Error::invalid_input(format!("{what} `{value}`: {e}")).with_provider(PROVIDER))
}

/// A checked deployment number: NCP numbers deployments from 0 up; a negative number is refused
/// before any request.
pub fn deployment_no(n: i64) -> Result<DeploymentNo> {
    u64::try_from(n).map(DeploymentNo).map_err(|_| {
        Error::invalid_input(format!(
            "deployment number {n} is negative; NCP deployment numbers are 0 or more"
        ))
        .with_provider(PROVIDER)
    })
}

/// One stage of one API of one product, with checked ids.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StageRef {
    product_id: ResourceId,
    api_id: ResourceId,
    stage_id: ResourceId,
}

impl StageRef {
    /// Check the three ids (1 to 10 characters each) before any request is made.
    pub fn new(product_id: &str, api_id: &str, stage_id: &str) -> Result<Self> {
        Ok(Self {
            product_id: resource_id("product id", product_id)?,
            api_id: resource_id("API id", api_id)?,
            stage_id: resource_id("stage id", stage_id)?,
        })
    }

    /// The product id.
    pub fn product_id(&self) -> &ResourceId {
        &self.product_id
    }

    /// The API id.
    pub fn api_id(&self) -> &ResourceId {
        &self.api_id
    }

    /// The stage id.
    pub fn stage_id(&self) -> &ResourceId {
        &self.stage_id
    }
}

impl fmt::Display for StageRef {
    /// `product/api/stage`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{}/{}",
            self.product_id.as_str(),
            self.api_id.as_str(),
            self.stage_id.as_str()
        )
    }
}

/// Which deployment [`Client::rollback`] deploys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollbackTarget {
    /// The deployment made just before the one the stage serves now (the highest deployment
    /// number below the current one: NCP numbers deployments in increasing order).
    Previous,
    /// This deployment number, which must be in the stage's history.
    Deployment(i64),
}

/// What [`Client::rollback`] did.
#[derive(Clone, Debug)]
pub struct Rollback {
    /// The deployment the stage served before, when NCP said.
    pub from: Option<i64>,
    /// The deployment it serves now.
    pub to: i64,
    /// The stage as NCP returned it after the deploy (`None` when the answer had no `stage`:
    /// the deploy was still made).
    pub stage: Option<Stage>,
}

impl Client {
    /// The deployment history of a stage, fetched page by page (offset/limit,
    /// [`DEFAULT_PAGE_SIZE`] entries a page) as it is consumed, in the order NCP returns it.
    pub fn deployments<'a>(
        &'a self,
        stage: &StageRef,
    ) -> impl Stream<Item = Result<StageDeployment>> + 'a {
        self.deployments_with_page_size(stage, DEFAULT_PAGE_SIZE)
    }

    /// [`deployments`](Self::deployments) with `page_size` entries asked for per page.
    ///
    /// Paging ends when the entries received reach the `total` NCP reports, on an empty page,
    /// or (without a `total`) on a page shorter than asked for. The next offset advances by the
    /// entries actually received, so a server that caps the page size loses nothing.
    pub fn deployments_with_page_size<'a>(
        &'a self,
        stage: &StageRef,
        page_size: NonZeroU64,
    ) -> impl Stream<Item = Result<StageDeployment>> + 'a {
        let stage = stage.clone();
        items(0u64, move |offset| {
            let stage = stage.clone();
            async move {
                let (list, next) = self.history_page(&stage, offset, page_size).await?;
                Ok(Page {
                    items: list.content,
                    next,
                })
            }
        })
    }

    /// One page of the history and the offset of the next page, if there is one.
    async fn history_page(
        &self,
        stage: &StageRef,
        offset: u64,
        limit: NonZeroU64,
    ) -> Result<(types::StageDeploymentList, Option<u64>)> {
        let list = self
            .list_stage_deployments()
            .product_id(stage.product_id.clone())
            .api_id(stage.api_id.clone())
            .stage_id(stage.stage_id.clone())
            .offset(offset)
            .limit(limit)
            .send()
            .await?
            .into_inner();
        let received = list.content.len() as u64;
        let after = offset.saturating_add(received);
        let more = received > 0
            && match list.total.and_then(|t| u64::try_from(t).ok()) {
                Some(total) => after < total,
                None => received >= limit.get(),
            };
        Ok((list, more.then_some(after)))
    }

    /// Roll a stage back (or forward) to a deployment of its history with Stage deploy, and
    /// return the stage as it is afterwards.
    ///
    /// Reads the whole history first: a chosen number must be in it, and
    /// [`RollbackTarget::Previous`] picks the highest deployment number below the one the stage
    /// serves now (`defaultDeploymentNo` of the history, else `deployedStageDeploymentNo` of the
    /// stage). A negative number is refused before any request; a number not in the history, or
    /// no earlier deployment, fails without deploying.
    pub async fn rollback(&self, stage: &StageRef, target: RollbackTarget) -> Result<Rollback> {
        let wanted = match target {
            RollbackTarget::Deployment(n) => Some(deployment_no(n)?),
            RollbackTarget::Previous => None,
        };
        let mut numbers = Vec::new();
        let mut current = None;
        let mut offset = Some(0u64);
        while let Some(o) = offset {
            let (list, next) = self.history_page(stage, o, DEFAULT_PAGE_SIZE).await?;
            current = current.or(list.default_deployment_no);
            numbers.extend(list.content.iter().filter_map(|d| d.stage_deployment_no));
            offset = next;
        }
        numbers.sort_unstable();
        numbers.dedup();
        if current.is_none() {
            current = self
                .get_stage()
                .product_id(stage.product_id.clone())
                .api_id(stage.api_id.clone())
                .stage_id(stage.stage_id.clone())
                .send()
                .await?
                .into_inner()
                .stage
                .and_then(|s| s.deployed_stage_deployment_no);
        }
        let to = match wanted {
            Some(DeploymentNo(n)) => {
                let n = i64::try_from(n).unwrap_or(i64::MAX);
                if numbers.binary_search(&n).is_err() {
                    return Err(Error::invalid_input(format!(
                        "deployment {n} is not in the history of stage {stage} ({}); nothing was deployed",
                        listing(&numbers)
                    ))
                    .with_provider(PROVIDER));
                }
                n
            }
            None => {
                let Some(cur) = current else {
                    return Err(Error::invalid_input(format!(
                        "NCP does not say which deployment stage {stage} serves, so there is no previous one; \
                         name the deployment to roll back to"
                    ))
                    .with_provider(PROVIDER));
                };
                match numbers.iter().rev().find(|&&n| n < cur) {
                    Some(&n) => n,
                    None => {
                        return Err(Error::invalid_input(format!(
                            "stage {stage} serves deployment {cur} and its history has no earlier one ({}); nothing was deployed",
                            listing(&numbers)
                        ))
                        .with_provider(PROVIDER));
                    }
                }
            }
        };
        let body = DeployStageRequest {
            deployment_no: deployment_no(to)?,
        };
        let state = self
            .deploy_stage()
            .product_id(stage.product_id.clone())
            .api_id(stage.api_id.clone())
            .stage_id(stage.stage_id.clone())
            .body(body)
            .send()
            .await?
            .into_inner()
            .stage;
        tracing::info!(provider = PROVIDER, %stage, from = ?current, to, "stage rolled back");
        Ok(Rollback {
            from: current,
            to,
            stage: state,
        })
    }

    /// Every entry of a stage's history, in NCP's order.
    pub async fn all_deployments(&self, stage: &StageRef) -> Result<Vec<StageDeployment>> {
        self.deployments(stage).try_collect().await
    }
}

/// "history: 1, 2, 3" (the newest [`LISTED`] numbers at most), or "the history is empty".
fn listing(numbers: &[i64]) -> String {
    if numbers.is_empty() {
        return "the history is empty".into();
    }
    let shown = &numbers[numbers.len().saturating_sub(LISTED)..];
    let list: Vec<String> = shown.iter().map(i64::to_string).collect();
    let more = if numbers.len() > LISTED {
        format!(" and {} older", numbers.len() - LISTED)
    } else {
        String::new()
    };
    format!("history: {}{more}", list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_longer_than_ten_characters_are_refused() {
        assert!(StageRef::new("abcdefghij", "a1", "s1").is_ok());
        let e = StageRef::new("abcdefghijk", "a1", "s1").unwrap_err();
        assert_eq!(e.kind(), &crate::runtime::ErrorKind::InvalidInput);
        assert!(
            e.to_string()
                .contains("product id `abcdefghijk` has 11 characters"),
            "{e}"
        );
        assert!(
            StageRef::new("p1", "", "s1")
                .unwrap_err()
                .to_string()
                .contains("API id")
        );
        // Characters, not bytes.
        assert!(StageRef::new("p1", "a1", "배포스테이지단계열개").is_ok());
        assert_eq!(
            StageRef::new("p1", "a1", "s1").unwrap().to_string(),
            "p1/a1/s1"
        );
    }

    #[test]
    fn negative_deployment_numbers_are_refused() {
        assert_eq!(deployment_no(0).unwrap().0, 0);
        assert_eq!(deployment_no(250_417).unwrap().0, 250_417);
        let e = deployment_no(-1).unwrap_err();
        assert!(e.to_string().contains("negative"), "{e}");
        assert!(!e.may_have_reached_server());
    }

    #[test]
    fn listings_are_short() {
        assert_eq!(listing(&[]), "the history is empty");
        assert_eq!(listing(&[1, 2]), "history: 1, 2");
        let many: Vec<i64> = (1..=12).collect();
        assert_eq!(
            listing(&many),
            "history: 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 2 older"
        );
    }
}
