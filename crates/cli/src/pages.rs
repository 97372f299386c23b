//! `--paginate`: every page of a list operation, walked the way its spec says
//! (`x-deploykit-pagination`: page numbers, offset/limit, GitHub's `Link` header), each page
//! through the same typed call as a single one, its items handed on as they arrive.

use deploykit::runtime::Error;
use deploykit::runtime::dispatch::{Answer, Args};
use deploykit_spec::normalize::{OpMeta, PaginationMeta};
use futures::future::BoxFuture;
use serde_json::Value;

/// Most pages one `--paginate` walks: a provider that ignores the page parameter would
/// otherwise be asked forever.
pub const MAX_PAGES: u64 = 10_000;

/// Largest page size asked for when the user gives none (GitHub's and most providers' cap).
const PREFERRED_SIZE: i64 = 100;

/// What a walk over the pages did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Walked {
    /// Pages fetched.
    pub pages: u64,
    /// Items handed on.
    pub items: u64,
}

/// One call of the operation with these arguments.
pub type Call<'a> = Box<dyn FnMut(Args) -> BoxFuture<'a, Result<Answer, Error>> + 'a>;

/// The part of `value` at `pointer` (`None` or `""`: all of it).
pub fn at<'v>(value: &'v Value, pointer: Option<&str>) -> &'v Value {
    match pointer {
        Some(p) if !p.is_empty() => value.pointer(p).unwrap_or(value),
        _ => value,
    }
}

/// A number argument as the parameter's schema types it (some Alibaba actions take page numbers
/// as strings).
fn typed_number(op: &OpMeta, name: &str, n: i64) -> Value {
    let is_string = op
        .params
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.schema.get("type"))
        .and_then(Value::as_str)
        == Some("string");
    if is_string {
        Value::String(n.to_string())
    } else {
        Value::from(n)
    }
}

fn number(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// The page size to ask for: the user's, else the largest the spec allows up to 100.
fn page_size(op: &OpMeta, meta: &PaginationMeta, args: &Args) -> Option<i64> {
    let name = meta.size.as_deref()?;
    if let Some(n) = number(args.get(name)) {
        return Some(n);
    }
    let schema = &op.params.iter().find(|p| p.name == name)?.schema;
    let max = schema
        .get("maximum")
        .and_then(Value::as_i64)
        .unwrap_or(PREFERRED_SIZE);
    Some(max.min(PREFERRED_SIZE))
}

/// The `page` of the `rel="next"` URL of a `Link` header, `Some(None)` when there is a next
/// page whose URL has no `page` parameter, `None` when there is no next page.
fn link_next_page(answer: &Answer, page_param: Option<&str>) -> Option<Option<i64>> {
    let link = answer.headers.get("link")?.to_str().ok()?;
    let next = deploykit::runtime::paginate::link_next(link)?;
    let page = page_param.and_then(|name| {
        url::Url::parse(&next)
            .ok()?
            .query_pairs()
            .find(|(k, _)| k == name)
            .and_then(|(_, v)| v.parse().ok())
    });
    Some(page)
}

/// Walk the pages from the arguments the user gave (a `--page`/`--offset` of theirs is the
/// start), handing each item to `sink` until it returns `false` (output closed), `max_items`
/// were handed on, or the provider says there is no more.
pub async fn walk(
    op: &OpMeta,
    meta: &PaginationMeta,
    payload: Option<&str>,
    mut args: Args,
    max_items: Option<u64>,
    mut call: Call<'_>,
    sink: &mut dyn FnMut(Value) -> bool,
) -> Result<Walked, Error> {
    let size = page_size(op, meta, &args);
    if let (Some(name), Some(n)) = (meta.size.as_deref(), size) {
        args.set(name, typed_number(op, name, n));
    }
    let mut page = meta
        .page
        .as_deref()
        .map(|name| number(args.get(name)).unwrap_or(1));
    let mut offset = meta
        .offset
        .as_deref()
        .map(|name| number(args.get(name)).unwrap_or(0));
    let mut walked = Walked::default();
    while walked.pages < MAX_PAGES {
        if let (Some(name), Some(n)) = (meta.page.as_deref(), page) {
            args.set(name, typed_number(op, name, n));
        }
        if let (Some(name), Some(n)) = (meta.offset.as_deref(), offset) {
            args.set(name, typed_number(op, name, n));
        }
        let answer = call(args.clone()).await?;
        walked.pages += 1;
        let body = at(&answer.value, payload);
        let items = match at(body, Some(&meta.items)) {
            Value::Array(items) => items.clone(),
            // An empty result may come as `null` or without the list.
            _ if body.pointer(&meta.items).is_none_or(Value::is_null) => Vec::new(),
            other => {
                return Err(Error::new(
                    deploykit::runtime::ErrorKind::InvalidResponse,
                    format!(
                        "page {} has no list at {}: {}",
                        walked.pages,
                        meta.items,
                        deploykit::runtime::error::clean(&other.to_string())
                    ),
                ));
            }
        };
        let got = items.len() as i64;
        for item in items {
            if max_items.is_some_and(|max| walked.items >= max) {
                return Ok(walked);
            }
            if !sink(item) {
                return Ok(walked);
            }
            walked.items += 1;
        }
        if max_items.is_some_and(|max| walked.items >= max) || got == 0 {
            break;
        }
        let more = if meta.link {
            match link_next_page(&answer, meta.page.as_deref()) {
                Some(next) => {
                    page = next.or(page.map(|p| p + 1));
                    true
                }
                None => false,
            }
        } else {
            let total = meta.total.as_deref().and_then(|t| number(body.pointer(t)));
            let more = match (total, offset, page) {
                (Some(total), Some(o), _) => o + got < total,
                (Some(total), None, Some(p)) => p.saturating_mul(size.unwrap_or(got)) < total,
                _ => size.is_none_or(|s| got >= s),
            };
            page = page.map(|p| p + 1);
            more
        };
        offset = offset.map(|o| o + got);
        if !more {
            break;
        }
    }
    Ok(walked)
}
