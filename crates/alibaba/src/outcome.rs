//! Settling a `DeployApi` (or a `BatchDeployApis`) whose outcome was lost: the release carries
//! deploykit's marker in its `Description` (`x-deploykit-marker` in the spec), which
//! `DescribeHistoryApis` shows again.

use super::{Client, types};
use crate::runtime::Result;
use crate::runtime::marker::carries;

impl Client {
    /// The release of API `api_id` (group `group_id`) in `stage` whose description carries
    /// `marker` (the `Error::marker` of a `DeployApi` whose outcome is unknown): `Some` when it
    /// was published, `None` when none of the API's newest 100 releases in that stage carries it.
    pub async fn find_marked_release(
        &self,
        group_id: &str,
        api_id: &str,
        stage: types::StageName,
        marker: &str,
    ) -> Result<Option<types::ApiHisItem>> {
        let answer = self
            .describe_history_apis()
            .group_id(group_id)
            .api_id(api_id)
            .stage_name(stage)
            .page_size("100")
            .send()
            .await?
            .into_inner();
        Ok(answer
            .api_his_items
            .map(|items| items.api_his_item)
            .unwrap_or_default()
            .into_iter()
            .find(|item| {
                item.description
                    .as_deref()
                    .is_some_and(|text| carries(text, marker))
            }))
    }
}
