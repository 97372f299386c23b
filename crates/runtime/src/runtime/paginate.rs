//! Pagination as streams of items, whatever the provider's paging style (Link header, page number
//! with a total, offset/limit).

use std::collections::VecDeque;
use std::future::Future;

use futures::Stream;

use super::error::{Error, Result};

/// One page: its items and the state that fetches the next page, if any.
#[derive(Clone, Debug)]
pub struct Page<T, S> {
    /// Items of this page, in order.
    pub items: Vec<T>,
    /// How to fetch the next page; `None` on the last one.
    pub next: Option<S>,
}

/// A stream of items that fetches pages on demand with `fetch`, starting from `first`.
///
/// The stream ends after a page without `next`, and ends with the error after a failed fetch.
pub fn items<T, S, F, Fut>(first: S, fetch: F) -> impl Stream<Item = Result<T>>
where
    F: FnMut(S) -> Fut,
    Fut: Future<Output = Result<Page<T, S>>>,
{
    enum State<T, S> {
        Fetch(S),
        Drain(VecDeque<T>, Option<S>),
        Done,
    }
    futures::stream::unfold(
        (State::Fetch(first), fetch),
        |(mut state, mut fetch)| async move {
            loop {
                match state {
                    State::Done => return None,
                    State::Drain(mut buf, next) => {
                        if let Some(item) = buf.pop_front() {
                            return Some((Ok(item), (State::Drain(buf, next), fetch)));
                        }
                        state = match next {
                            Some(s) => State::Fetch(s),
                            None => State::Done,
                        };
                    }
                    State::Fetch(s) => match fetch(s).await {
                        Ok(page) => state = State::Drain(page.items.into(), page.next),
                        Err(e) => return Some((Err(e), (State::Done, fetch))),
                    },
                }
            }
        },
    )
}

/// The `rel="next"` target of an RFC 8288 `Link` header, verbatim.
pub fn link_next(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let mut pieces = part.split(';');
        let target = pieces.next()?.trim();
        let url = target.strip_prefix('<')?.strip_suffix('>')?;
        let is_next = pieces.any(|p| {
            let p = p.trim();
            p.strip_prefix("rel=")
                .map(|v| {
                    v.trim_matches('"')
                        .split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("next"))
                })
                .unwrap_or(false)
        });
        is_next.then(|| url.to_string())
    })
}

/// Refuse to follow a pagination URL to another origin than the configured base URL: the request
/// would carry credentials there.
pub fn same_origin(base: &str, next: &str) -> Result<url::Url> {
    let base =
        url::Url::parse(base).map_err(|e| Error::invalid_input(format!("base URL {base}: {e}")))?;
    let next_url = url::Url::parse(next)
        .map_err(|e| Error::invalid_input(format!("next page URL {next}: {e}")))?;
    if base.origin() != next_url.origin() {
        return Err(Error::invalid_input(format!(
            "the next page is on {}, not on the configured {}: not following it with credentials",
            next_url.origin().ascii_serialization(),
            base.origin().ascii_serialization()
        )));
    }
    Ok(next_url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    #[test]
    fn link_header_next_is_found_verbatim() {
        let h = r#"<https://api.github.com/repositories/1/deployments?per_page=2&page=2>; rel="next", <https://api.github.com/repositories/1/deployments?per_page=2&page=5>; rel="last""#;
        assert_eq!(
            link_next(h).as_deref(),
            Some("https://api.github.com/repositories/1/deployments?per_page=2&page=2")
        );
        assert_eq!(link_next(r#"<https://x/?page=1>; rel="prev""#), None);
    }

    #[test]
    fn other_origins_are_refused() {
        assert!(same_origin("https://api.github.com", "https://api.github.com/x?page=2").is_ok());
        let e = same_origin("https://api.github.com", "https://evil.example/x").unwrap_err();
        assert!(e.to_string().contains("evil.example"));
    }

    #[tokio::test]
    async fn pages_are_flattened_and_stop_at_the_last() {
        let s = items(0u32, |n| async move {
            Ok(Page {
                items: vec![n * 10, n * 10 + 1],
                next: (n < 2).then_some(n + 1),
            })
        });
        let all: Vec<u32> = s.map(|r| r.unwrap()).collect().await;
        assert_eq!(all, vec![0, 1, 10, 11, 20, 21]);
    }

    #[tokio::test]
    async fn a_failed_page_ends_the_stream_with_the_error() {
        let s = items(0u32, |n| async move {
            if n == 1 {
                Err(Error::invalid_input("boom"))
            } else {
                Ok(Page {
                    items: vec![n],
                    next: Some(n + 1),
                })
            }
        });
        let all: Vec<_> = s.collect().await;
        assert_eq!(all.len(), 2);
        assert!(all[1].is_err());
    }
}
