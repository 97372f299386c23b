//! Set-up the library's integration tests share: a sleeper that records its waits instead of
//! sleeping, and client options that never read the process environment.
#![allow(dead_code)] // each test file uses its own part of this module

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use deploykit::runtime::{ClientOptions, MapEnv, RetryPolicy, Sleeper};
use futures::future::BoxFuture;

type OnFirstWait = Arc<Mutex<Option<Box<dyn FnOnce() + Send>>>>;

/// Records every wait instead of sleeping; can run an action at the first wait (to change what
/// a mock server answers between two attempts).
#[derive(Clone, Default)]
pub struct RecordingSleeper {
    waits: Arc<Mutex<Vec<Duration>>>,
    on_first: OnFirstWait,
}

impl RecordingSleeper {
    /// A sleeper that runs `f` when the first wait starts.
    pub fn on_first_wait(f: impl FnOnce() + Send + 'static) -> Self {
        let s = Self::default();
        *s.on_first.lock().unwrap() = Some(Box::new(f));
        s
    }

    /// Every wait so far, in order.
    pub fn waits(&self) -> Vec<Duration> {
        self.waits.lock().unwrap().clone()
    }
}

impl Sleeper for RecordingSleeper {
    fn sleep(&self, d: Duration) -> BoxFuture<'static, ()> {
        self.waits.lock().unwrap().push(d);
        if let Some(f) = self.on_first.lock().unwrap().take() {
            f();
        }
        Box::pin(async {})
    }
}

/// Options with `env` as the whole environment (never the process's), a retry policy that
/// records its waits (jitter seeded), and, when given, a fixed clock.
pub fn options(env: MapEnv, sleeper: &RecordingSleeper, now: Option<SystemTime>) -> ClientOptions {
    let mut o = ClientOptions::default();
    o.env = Some(Arc::new(env));
    o.retry = Some(
        RetryPolicy::default()
            .with_sleeper(Arc::new(sleeper.clone()))
            .with_seed(7),
    );
    if let Some(now) = now {
        o.set_clock(move || now);
    }
    o
}

/// `secs` seconds after the Unix epoch.
pub fn at(secs: u64) -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
}
