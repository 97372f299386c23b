//! Every GitHub list operation as a stream of items.
//!
//! The first page is the generated call, with whatever filters and `per_page` it was given; the
//! following pages are the `Link: <…>; rel="next"` URLs taken verbatim (as GitHub asks), fetched
//! through the same signing and retry path, until a page has no `next`. A `next` URL on another
//! origin than the configured base URL is refused before any request is made to it.

use futures::Stream;
use futures::future::BoxFuture;
use reqwest::header::{HeaderMap, LINK};
use serde::de::DeserializeOwned;

use super::{Client, PROVIDER, types};
use crate::generated::github::ClientInfo;
use crate::generated::github::builder as op;
use crate::runtime::paginate::{Page, items, link_next, same_origin};
use crate::runtime::{Error, ErrorKind, Result, Sent, call};

/// A generated list request that [`paginate`] can follow page by page.
///
/// Implemented for the builders of `list_deployments`, `list_deployment_statuses`,
/// `list_environments`, `list_deployment_branch_policies`, `list_deployment_protection_rules` and
/// `list_deployment_rule_integrations`.
pub trait ListOperation<'a>: Send + 'a {
    /// What the stream yields.
    type Item: DeserializeOwned + Send + 'static;
    /// The operation id, for traces and errors of the following pages.
    const OPERATION: &'static str;
    /// Send the request: the first page's items and its `rel="next"` URL, if any.
    fn first_page(self) -> BoxFuture<'a, Result<Page<Self::Item, String>>>;
    /// The items of a following page's body (a JSON array, or GitHub's wrapping object such as
    /// `{"total_count": …, "environments": […]}`).
    fn page_items(body: &[u8]) -> serde_json::Result<Vec<Self::Item>>;
}

/// The items of `first` and of every page after it, in order.
///
/// ```no_run
/// # async fn example(client: &deploykit::github::Client) -> deploykit::Result<()> {
/// use futures::TryStreamExt;
/// use std::num::NonZeroU64;
///
/// let first = client
///     .list_deployments()
///     .owner("octo-org")
///     .repo("shop")
///     .environment("production")
///     .per_page(NonZeroU64::new(100).unwrap());
/// let all: Vec<_> = deploykit::github::paginate(client, first).try_collect().await?;
/// # Ok(())
/// # }
/// ```
///
/// The stream ends after the last page, or with an error: a failed page (the runtime's retry rules
/// apply to each), a body that is not what the spec describes, or a `next` URL on another origin
/// (the token would go there) or pointing back at the page just read.
pub fn paginate<'a, L>(
    client: &'a Client,
    first: L,
) -> impl Stream<Item = Result<L::Item>> + Send + 'a
where
    L: ListOperation<'a>,
{
    enum Cursor<L> {
        First(L),
        Next(String),
    }
    items(
        Cursor::First(first),
        move |cursor| -> BoxFuture<'a, Result<Page<L::Item, Cursor<L>>>> {
            Box::pin(async move {
                let page = match cursor {
                    Cursor::First(op) => op.first_page().await?,
                    Cursor::Next(url) => next_page::<L>(client, &url).await?,
                };
                Ok(Page {
                    items: page.items,
                    next: page.next.map(Cursor::Next),
                })
            })
        },
    )
}

/// Fetch one following page by its `Link` URL, signed and retried like any GET.
async fn next_page<'a, L: ListOperation<'a>>(
    client: &Client,
    url: &str,
) -> Result<Page<L::Item, String>> {
    let target = same_origin(client.base_url(), url).map_err(|e| e.with_provider(PROVIDER))?;
    let request = reqwest::Request::new(reqwest::Method::GET, target);
    let response = call(client.transport(), client.client(), request, L::OPERATION).await?;
    let next = next_link(response.headers());
    if next.as_deref() == Some(url) {
        return Err(Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "{}: the page {url} names itself as the next page",
                L::OPERATION
            ),
        )
        .with_provider(PROVIDER));
    }
    let body = response.bytes().await.map_err(|e| {
        Error::new(
            ErrorKind::Transport,
            format!("{}: reading the page {url} failed: {e}", L::OPERATION),
        )
        .with_provider(PROVIDER)
        .with_sent(Sent::Yes)
        .with_source(e)
    })?;
    let items = L::page_items(&body).map_err(|e| {
        Error::new(
            ErrorKind::InvalidResponse,
            format!(
                "{}: the page {url} is not what the spec describes ({e})",
                L::OPERATION
            ),
        )
        .with_provider(PROVIDER)
    })?;
    Ok(Page { items, next })
}

/// The `rel="next"` URL of an answer, from any of its `Link` headers.
fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(LINK)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(link_next)
}

/// `ListOperation` for a generated list builder: its page type and how to get the items out.
macro_rules! list_operation {
    ($builder:ident, $op:literal, $page:ty, $item:ty, |$p:ident| $items:expr) => {
        impl<'a> ListOperation<'a> for op::$builder<'a> {
            type Item = $item;
            const OPERATION: &'static str = $op;
            fn first_page(self) -> BoxFuture<'a, Result<Page<$item, String>>> {
                Box::pin(async move {
                    let response = self.send().await?;
                    let next = next_link(response.headers());
                    let $p: $page = response.into_inner();
                    Ok(Page {
                        items: $items,
                        next,
                    })
                })
            }
            fn page_items(body: &[u8]) -> serde_json::Result<Vec<$item>> {
                let $p: $page = serde_json::from_slice(body)?;
                Ok($items)
            }
        }
    };
}

list_operation!(
    ListDeployments,
    "list_deployments",
    Vec<types::Deployment>,
    types::Deployment,
    |page| page
);
list_operation!(
    ListDeploymentStatuses,
    "list_deployment_statuses",
    Vec<types::DeploymentStatus>,
    types::DeploymentStatus,
    |page| page
);
list_operation!(
    ListEnvironments,
    "list_environments",
    types::EnvironmentList,
    types::Environment,
    |page| page.environments
);
list_operation!(
    ListDeploymentBranchPolicies,
    "list_deployment_branch_policies",
    types::DeploymentBranchPolicyList,
    types::DeploymentBranchPolicy,
    |page| page.branch_policies
);
list_operation!(
    ListDeploymentProtectionRules,
    "list_deployment_protection_rules",
    types::DeploymentProtectionRuleList,
    types::DeploymentProtectionRule,
    |page| page.custom_deployment_protection_rules
);
list_operation!(
    ListDeploymentRuleIntegrations,
    "list_deployment_rule_integrations",
    types::CustomDeploymentRuleIntegrationList,
    types::CustomDeploymentRuleApp,
    |page| page.available_custom_deployment_protection_rule_integrations
);

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn next_link_reads_every_link_header() {
        let mut h = HeaderMap::new();
        h.append(
            LINK,
            HeaderValue::from_static(r#"<https://api.github.com/x?page=1>; rel="prev""#),
        );
        h.append(LINK, HeaderValue::from_static(r#"<https://api.github.com/x?page=3>; rel="next", <https://api.github.com/x?page=9>; rel="last""#));
        assert_eq!(
            next_link(&h).as_deref(),
            Some("https://api.github.com/x?page=3")
        );
        assert_eq!(next_link(&HeaderMap::new()), None);
    }

    #[test]
    fn wrapped_pages_yield_their_inner_items() {
        let body = br#"{"total_count":2,"branch_policies":[{"id":1,"name":"release/*","type":"branch"},{"id":2,"name":"v*","type":"tag"}]}"#;
        let items =
            <op::ListDeploymentBranchPolicies<'_> as ListOperation<'_>>::page_items(body).unwrap();
        assert_eq!(
            items.iter().map(|p| p.id).collect::<Vec<_>>(),
            vec![Some(1), Some(2)]
        );
        let empty =
            <op::ListEnvironments<'_> as ListOperation<'_>>::page_items(br#"{"total_count":0}"#)
                .unwrap();
        assert!(empty.is_empty());
    }
}
