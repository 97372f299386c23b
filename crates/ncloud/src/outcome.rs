//! Settling a `deploy_api` whose outcome was lost: the deployment carries deploykit's marker in
//! its `deploymentDescription` (`x-deploykit-marker` in the spec), which the stage's deployment
//! history shows again.

use super::{Client, types};
use crate::runtime::Result;
use crate::runtime::marker::carries;

impl Client {
    /// The deployment of the stage whose description carries `marker` (the `Error::marker` of a
    /// `deploy_api` whose outcome is unknown): `Some` when it was made, `None` when none of the
    /// stage's newest 100 deployments carries it.
    pub async fn find_marked_deployment(
        &self,
        product_id: &str,
        api_id: &str,
        stage_id: &str,
        marker: &str,
    ) -> Result<Option<types::StageDeployment>> {
        let page = self
            .list_stage_deployments()
            .product_id(product_id)
            .api_id(api_id)
            .stage_id(stage_id)
            .offset(0u64)
            .limit(std::num::NonZeroU64::new(100).expect("100 is not zero"))
            .send()
            .await?
            .into_inner();
        Ok(page.content.into_iter().find(|d| {
            d.deployment_description
                .as_deref()
                .is_some_and(|text| carries(text, marker))
        }))
    }
}
