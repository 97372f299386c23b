//! The list operations as calls that return the `body`, and the paged ones as streams (page
//! numbers counted up to `totalCount`).

use std::num::NonZeroU32;

use futures::Stream;

use super::types::{
    ArtifactList, Binary, BinaryGroupList, BinaryList, BinarySortKey, DeployHistory,
    DeployHistoryList, ServerGroupList, SortDirection,
};
use super::{Client, EnvelopeResult, PROVIDER};
use crate::runtime::paginate::{self, Page};
use crate::runtime::{Error, Result};

/// Page size the service uses when none is given.
const DEFAULT_PAGE_SIZE: u32 = 20;

/// Which deploy history to page through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    /// Only this server group (`None` or 0: the whole artifact).
    pub server_group_id: Option<i64>,
    /// First day of the range (service default: one month before today).
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the range (service default: today). The range may not exceed one year.
    pub to: Option<chrono::NaiveDate>,
    /// Entries per page (service default 20).
    pub page_size: Option<u32>,
}

/// Which binaries of a binary group to page through, and in which order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BinaryQuery {
    /// Entries per page (service default 20).
    pub page_size: Option<u32>,
    /// Sort field (service default `UPLOAD_DATE`).
    pub sort_key: Option<BinarySortKey>,
    /// Sort order (service default `DESC`).
    pub sort_direction: Option<SortDirection>,
    /// Only versions matching this keyword.
    pub keyword: Option<String>,
}

impl Client {
    /// The project's artifacts, optionally filtered by name.
    pub async fn list_artifacts(&self, artifact_name: Option<&str>) -> Result<ArtifactList> {
        let mut call = self.api().list_artifacts().app_key(self.app_key()?);
        if let Some(name) = artifact_name {
            call = call.artifact_name(name);
        }
        call.send().await.into_body()
    }

    /// The server groups of an artifact.
    pub async fn list_server_groups(&self, artifact_id: i64) -> Result<ServerGroupList> {
        self.api()
            .list_server_groups()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .send()
            .await
            .into_body()
    }

    /// The binary groups of an artifact.
    pub async fn list_binary_groups(&self, artifact_id: i64) -> Result<BinaryGroupList> {
        self.api()
            .list_binary_groups()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .send()
            .await
            .into_body()
    }

    /// One page (1-based) of an artifact's deploy history.
    pub async fn deploy_history_page(
        &self,
        artifact_id: i64,
        query: &HistoryQuery,
        page_num: u32,
    ) -> Result<DeployHistoryList> {
        let mut call = self
            .list_deploy_histories()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .page_num(page_number(page_num, "pageNum")?);
        if let Some(id) = query.server_group_id {
            if id < 0 {
                return Err(Error::invalid_input(format!(
                    "serverGroupId {id} is negative (0 means every server group)"
                ))
                .with_provider(PROVIDER));
            }
            call = call.server_group_id(id);
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            check_history_range(from, to)?;
        }
        if let Some(from) = query.from {
            call = call.deployment_year_from(from);
        }
        if let Some(to) = query.to {
            call = call.deployment_year_to(to);
        }
        if let Some(size) = query.page_size {
            call = call.page_size(page_number(size, "pageSize")?);
        }
        call.send().await.into_body()
    }

    /// An artifact's deploy history, every page, as a stream of entries.
    pub fn deploy_histories(
        &self,
        artifact_id: i64,
        query: HistoryQuery,
    ) -> impl Stream<Item = Result<DeployHistory>> + Send + 'static {
        let client = self.clone();
        paginate::items(PageCursor::FIRST, move |cursor: PageCursor| {
            let (client, query) = (client.clone(), query.clone());
            async move {
                let page = client
                    .deploy_history_page(artifact_id, &query, cursor.page)
                    .await?;
                let next = cursor.next(
                    page.deploy_histories.len(),
                    page.total_count,
                    query.page_size,
                );
                Ok(Page {
                    items: page.deploy_histories,
                    next,
                })
            }
        })
    }

    /// One page (1-based) of the binaries of a binary group.
    pub async fn binaries_page(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        query: &BinaryQuery,
        page_num: u32,
    ) -> Result<BinaryList> {
        let mut call = self
            .list_binaries()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .binary_group_key(binary_group_key)
            .page_num(page_number(page_num, "pageNum")?);
        if let Some(size) = query.page_size {
            call = call.page_size(page_number(size, "pageSize")?);
        }
        if let Some(key) = query.sort_key {
            call = call.sort_key(key);
        }
        if let Some(direction) = query.sort_direction {
            call = call.sort_direction(direction);
        }
        if let Some(keyword) = &query.keyword {
            call = call.keyword(keyword.as_str());
        }
        call.send().await.into_body()
    }

    /// The binaries of a binary group, every page, as a stream.
    pub fn binaries(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        query: BinaryQuery,
    ) -> impl Stream<Item = Result<Binary>> + Send + 'static {
        let client = self.clone();
        paginate::items(PageCursor::FIRST, move |cursor: PageCursor| {
            let (client, query) = (client.clone(), query.clone());
            async move {
                let page = client
                    .binaries_page(artifact_id, binary_group_key, &query, cursor.page)
                    .await?;
                let next = cursor.next(page.binaries.len(), page.total_count, query.page_size);
                Ok(Page {
                    items: page.binaries,
                    next,
                })
            }
        })
    }
}

fn page_number(n: u32, name: &str) -> Result<NonZeroU32> {
    NonZeroU32::new(n).ok_or_else(|| {
        Error::invalid_input(format!("{name} must be 1 or more")).with_provider(PROVIDER)
    })
}

/// The deploy history may not span more than one year.
fn check_history_range(from: chrono::NaiveDate, to: chrono::NaiveDate) -> Result<()> {
    let year_later = from
        .checked_add_months(chrono::Months::new(12))
        .unwrap_or(chrono::NaiveDate::MAX);
    if to < from {
        return Err(Error::invalid_input(format!(
            "deploy history range ends ({to}) before it starts ({from})"
        ))
        .with_provider(PROVIDER));
    }
    if to > year_later {
        return Err(Error::invalid_input(format!(
            "deploy history range {from}..{to} is longer than the one year the service allows"
        ))
        .with_provider(PROVIDER));
    }
    Ok(())
}

/// Where page-number paging stands: the page to fetch and how many items came before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PageCursor {
    page: u32,
    seen: u64,
}

impl PageCursor {
    const FIRST: Self = Self { page: 1, seen: 0 };

    /// The next page after one that held `got` items: none after an empty page, once `totalCount`
    /// is reached, or (without a total) after a short page.
    fn next(self, got: usize, total: Option<i64>, page_size: Option<u32>) -> Option<Self> {
        if got == 0 {
            return None;
        }
        let seen = self.seen + got as u64;
        let more = match total {
            Some(total) => seen < u64::try_from(total).unwrap_or(0),
            None => got as u64 >= u64::from(page_size.unwrap_or(DEFAULT_PAGE_SIZE)),
        };
        more.then_some(Self {
            page: self.page + 1,
            seen,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_stops_at_total_count_or_short_or_empty_pages() {
        let c = PageCursor::FIRST;
        assert_eq!(
            c.next(20, Some(45), Some(20)),
            Some(PageCursor { page: 2, seen: 20 })
        );
        let c = PageCursor { page: 3, seen: 40 };
        assert_eq!(c.next(5, Some(45), Some(20)), None);
        assert_eq!(
            c.next(0, Some(1000), Some(20)),
            None,
            "an empty page ends paging whatever the total says"
        );
        assert_eq!(
            PageCursor::FIRST.next(20, None, None).map(|c| c.page),
            Some(2)
        );
        assert_eq!(PageCursor::FIRST.next(7, None, Some(10)), None);
    }

    #[test]
    fn history_range_is_at_most_one_year() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert!(check_history_range(d("2025-01-01"), d("2026-01-01")).is_ok());
        assert!(check_history_range(d("2025-01-01"), d("2026-01-02")).is_err());
        assert!(check_history_range(d("2025-03-01"), d("2025-01-01")).is_err());
    }
}
