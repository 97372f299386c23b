//! Settling a `create_deployment` whose outcome was lost: the deployment carries deploykit's
//! marker in its description (`x-deploykit-marker` in the spec), so the repository's deployments
//! tell whether it was created.

use std::num::NonZeroU64;

use super::{Client, types};
use crate::runtime::Result;
use crate::runtime::marker::carries;

impl Client {
    /// The deployment of `owner/repo` whose description carries `marker` (the `Error::marker` of
    /// a `create_deployment` whose outcome is unknown): `Some` when it was created, `None` when
    /// none of the newest 100 deployments of the repository carries it.
    pub async fn find_marked_deployment(
        &self,
        owner: &str,
        repo: &str,
        marker: &str,
    ) -> Result<Option<types::Deployment>> {
        let newest = self
            .list_deployments()
            .owner(owner)
            .repo(repo)
            .per_page(NonZeroU64::new(100).expect("100 is not zero"))
            .send()
            .await?
            .into_inner();
        Ok(newest.into_iter().find(|d| {
            d.description
                .as_deref()
                .is_some_and(|text| carries(text, marker))
        }))
    }
}
