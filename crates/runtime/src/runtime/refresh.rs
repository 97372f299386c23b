//! A credential that must be fetched over the network and renewed before it expires (an STS
//! role's keys, an instance role's keys, a GitHub App installation token): cached, fetched once
//! for all the calls that need it at the same time (single flight), renewed a margin before its
//! expiry, and kept while still valid when a renewal fails.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use super::error::Error;

/// One fetched value with its expiry.
#[derive(Debug)]
pub struct Fetched<T> {
    /// The credential.
    pub value: T,
    /// When it stops working (`None`: never, as far as deploykit knows).
    pub expires_at: Option<SystemTime>,
}

struct Entry<T> {
    value: Arc<T>,
    refresh_at: Option<SystemTime>,
    expires_at: Option<SystemTime>,
    generation: u64,
}

/// The cache (see the module documentation). `T` holds secrets: this type has no `Debug`.
pub struct Refreshing<T> {
    /// A value held for good ([`Self::ready`]): read without the lock, never renewed.
    fixed: Option<Arc<T>>,
    entry: RwLock<Option<Entry<T>>>,
    fetching: tokio::sync::Mutex<()>,
    generation: AtomicU64,
    margin: Duration,
}

impl<T> Refreshing<T> {
    /// An empty cache renewing its value `margin` before it expires (at most half its lifetime
    /// before).
    pub fn new(margin: Duration) -> Self {
        Self {
            fixed: None,
            entry: RwLock::new(None),
            fetching: tokio::sync::Mutex::new(()),
            generation: AtomicU64::new(0),
            margin,
        }
    }

    /// A cache holding `value` for good (a credential that never needs renewing): reading it
    /// takes no lock, [`Self::ensure`] has nothing to do, and its generation is always 0.
    pub fn ready(value: T) -> Self {
        Self {
            fixed: Some(Arc::new(value)),
            ..Self::new(Duration::ZERO)
        }
    }

    /// The cached value, fresh or not (what a signer uses after [`Self::ensure`]).
    pub fn current(&self) -> Option<Arc<T>> {
        if let Some(v) = &self.fixed {
            return Some(v.clone());
        }
        self.entry.read().ok()?.as_ref().map(|e| e.value.clone())
    }

    /// `f` of the cached value, fresh or not, without taking a reference to it: what signing
    /// uses at every attempt (a value held for good is read without a lock or a reference count
    /// touched by every call on every thread).
    pub fn with_current<R>(&self, f: impl FnOnce(&T) -> R) -> Option<R> {
        if let Some(v) = &self.fixed {
            return Some(f(v));
        }
        let entry = self.entry.read().ok()?;
        entry.as_ref().map(|e| f(&e.value))
    }

    /// When the cached value expires.
    pub fn expires_at(&self) -> Option<SystemTime> {
        self.entry.read().ok()?.as_ref().and_then(|e| e.expires_at)
    }

    /// The generation of the cached value, when it does not need renewing at `now`.
    fn fresh(&self, now: SystemTime) -> Option<u64> {
        if self.fixed.is_some() {
            return Some(0);
        }
        let entry = self.entry.read().ok()?;
        let e = entry.as_ref()?;
        match e.refresh_at {
            Some(at) if now >= at => None,
            _ => Some(e.generation),
        }
    }

    /// The generation of the cached value, fresh or not.
    pub fn generation(&self) -> Option<u64> {
        if self.fixed.is_some() {
            return Some(0);
        }
        self.entry.read().ok()?.as_ref().map(|e| e.generation)
    }

    /// Make sure a value that does not need renewing is cached: fetch one with `fetch` if not,
    /// once for every caller waiting at the same time. A failed renewal keeps a cached value that
    /// has not expired yet (and returns `Ok`); otherwise its error is returned as it is.
    pub async fn ensure<F, Fut>(&self, now: impl Fn() -> SystemTime, fetch: F) -> Result<(), Error>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<Fetched<T>, Error>>,
    {
        if self.fresh(now()).is_some() {
            return Ok(());
        }
        let _one = self.fetching.lock().await;
        if self.fresh(now()).is_some() {
            return Ok(()); // fetched while this call waited
        }
        let asked_at = now();
        match fetch().await {
            Ok(fetched) => {
                self.store(fetched, asked_at);
                Ok(())
            }
            Err(e) => {
                let still_valid = self
                    .entry
                    .read()
                    .ok()
                    .and_then(|g| g.as_ref().map(|e| e.expires_at))
                    .is_some_and(|exp| exp.is_none_or(|at| now() < at));
                if still_valid {
                    tracing::warn!(error = %e, "renewing a credential failed; the current one is still valid and stays in use");
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// Forget the value of `generation` (the provider refused it), unless a newer one replaced
    /// it already. Returns whether the cache holds another generation now. A value held for
    /// good is never forgotten (there is nothing to fetch instead).
    pub fn invalidate(&self, generation: u64) -> bool {
        if self.fixed.is_some() {
            return false;
        }
        if let Ok(mut entry) = self.entry.write() {
            match entry.as_ref() {
                Some(e) if e.generation == generation => {
                    *entry = None;
                    false
                }
                Some(_) => true,
                None => false,
            }
        } else {
            false
        }
    }

    /// The service refused the cached value (a `recover` hook): drop it so that the repeated
    /// request's `prepare` fetches a new one, or, when another call already replaced it, use
    /// that; with nothing cached, fetch now with `fetch`. Returns whether to repeat the request
    /// (`false` when the fetch failed: `what` is logged with its error). A value held for good
    /// has nothing to renew it with: `false`, and `fetch` is not called.
    pub async fn renew_after_refusal<Fut>(&self, fetch: impl FnOnce() -> Fut, what: &str) -> bool
    where
        Fut: std::future::Future<Output = Result<(), Error>>,
    {
        if self.fixed.is_some() {
            return false;
        }
        if let Some(generation) = self.generation()
            && self.invalidate(generation)
        {
            return true;
        }
        match fetch().await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(error = %e, "{what}");
                false
            }
        }
    }

    fn store(&self, fetched: Fetched<T>, asked_at: SystemTime) {
        let refresh_at = fetched.expires_at.and_then(|exp| {
            let lifetime = exp.duration_since(asked_at).unwrap_or_default();
            exp.checked_sub(self.margin.min(lifetime / 2))
        });
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if let Ok(mut entry) = self.entry.write() {
            *entry = Some(Entry {
                value: Arc::new(fetched.value),
                refresh_at,
                expires_at: fetched.expires_at,
                generation,
            });
        }
    }
}

/// An answer of a credential service (STS, a metadata service, a token endpoint), read whole up
/// to [`MAX_ANSWER`] bytes. Its body may hold secrets: it has no `Debug`.
pub struct Answer {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: bytes::Bytes,
}

impl Answer {
    /// `"{what} failed: {message}"`, or with the HTTP status when the service said nothing.
    pub fn failure(&self, what: &str, message: Option<&str>) -> String {
        match message {
            Some(m) => format!("{what} failed: {m}"),
            None => format!(
                "{what} failed: HTTP {} {}",
                self.status.as_u16(),
                self.status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        }
    }
}

/// The most of a credential service's answer that is read.
pub const MAX_ANSWER: usize = 64 << 10;

/// Send one request to a credential service and read its answer. A transport failure is an
/// [`Error`] whose message starts with `what` and names the service's origin only (never its
/// path or query, which may carry a token); the request's own timeout applies.
pub async fn exchange(
    http: &reqwest::Client,
    request: reqwest::Request,
    provider: &'static str,
    what: &str,
) -> Result<Answer, Error> {
    let response = http.execute(request).await.map_err(|e| {
        let err = super::send::transport_error(e).with_provider(provider);
        let message = format!("{what}: {}", err.message());
        err.with_message(message)
    })?;
    let status = response.status();
    let headers = response.headers().clone();
    let (body, _) = super::send::read_capped(response, MAX_ANSWER)
        .await
        .map_err(|e| {
            let err = super::send::transport_error(e)
                .with_provider(provider)
                .with_status(status.as_u16());
            let message = format!("{what}: {}", err.message());
            err.with_message(message)
        })?;
    Ok(Answer {
        status,
        headers,
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::sync::atomic::AtomicUsize;

    fn at(s: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(s)
    }

    #[tokio::test]
    async fn fetches_once_renews_before_expiry_and_keeps_a_valid_value_on_failure() {
        let cache: Refreshing<String> = Refreshing::new(Duration::from_secs(300));
        let clock = Arc::new(Mutex::new(at(1_000)));
        let now = || *clock.lock().unwrap();
        let calls = AtomicUsize::new(0);
        let fetch = |v: &'static str, ok: bool| {
            calls.fetch_add(1, Ordering::SeqCst);
            let now = now();
            async move {
                if ok {
                    Ok(Fetched {
                        value: v.to_string(),
                        expires_at: Some(now + Duration::from_secs(3600)),
                    })
                } else {
                    Err(Error::credentials("refused"))
                }
            }
        };
        cache.ensure(now, || fetch("one", true)).await.unwrap();
        cache.ensure(now, || fetch("two", true)).await.unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(cache.current().unwrap().as_str(), "one");
        // 5 minutes before expiry: renewed.
        *clock.lock().unwrap() = at(1_000 + 3600 - 299);
        cache.ensure(now, || fetch("two", true)).await.unwrap();
        assert_eq!(cache.current().unwrap().as_str(), "two");
        // A failed renewal keeps the value while it is valid, and fails once it has expired.
        *clock.lock().unwrap() = at(1_000 + 3600 - 299 + 3500);
        cache.ensure(now, || fetch("x", false)).await.unwrap();
        assert_eq!(cache.current().unwrap().as_str(), "two");
        *clock.lock().unwrap() = at(1_000 + 3600 - 299 + 3700);
        assert!(cache.ensure(now, || fetch("x", false)).await.is_err());
    }

    #[tokio::test]
    async fn callers_at_the_same_time_share_one_fetch() {
        let cache: Arc<Refreshing<u32>> = Arc::new(Refreshing::new(Duration::from_secs(60)));
        let calls = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (cache, calls) = (cache.clone(), calls.clone());
            tasks.push(tokio::spawn(async move {
                cache
                    .ensure(SystemTime::now, || async move {
                        calls.fetch_add(1, Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(20)).await;
                        Ok(Fetched {
                            value: 7,
                            expires_at: None,
                        })
                    })
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        let g = cache.generation().unwrap();
        assert!(!cache.invalidate(g));
        assert!(cache.current().is_none());
    }

    #[tokio::test]
    async fn a_value_held_for_good_is_read_without_fetching_and_never_forgotten() {
        let cache = Refreshing::ready(String::from("given"));
        assert_eq!(cache.with_current(|v| v.len()), Some(5));
        assert_eq!(cache.current().unwrap().as_str(), "given");
        let fetched = AtomicUsize::new(0);
        cache
            .ensure(SystemTime::now, || async {
                fetched.fetch_add(1, Ordering::SeqCst);
                Err(Error::credentials("never asked"))
            })
            .await
            .unwrap();
        assert_eq!(fetched.load(Ordering::SeqCst), 0);
        assert_eq!(cache.generation(), Some(0));
        assert!(!cache.invalidate(0));
        let renewed = cache
            .renew_after_refusal(
                || async {
                    fetched.fetch_add(1, Ordering::SeqCst);
                    Ok(())
                },
                "renewing",
            )
            .await;
        assert!(!renewed, "a value held for good is not renewed");
        assert_eq!(fetched.load(Ordering::SeqCst), 0);
        assert_eq!(cache.with_current(String::clone).as_deref(), Some("given"));
        assert_eq!(cache.expires_at(), None);
        // An empty cache has nothing for `f`; a fetched value is read under the lock.
        let empty: Refreshing<u8> = Refreshing::new(Duration::from_secs(60));
        assert_eq!(empty.with_current(|v| *v), None);
        empty
            .ensure(SystemTime::now, || async {
                Ok(Fetched {
                    value: 9,
                    expires_at: None,
                })
            })
            .await
            .unwrap();
        assert_eq!(empty.with_current(|v| *v), Some(9));
    }
}
