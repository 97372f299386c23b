//! Fault injection: latency, 5xx answers, throttling and dropped connections, per provider and
//! reproducible from a seed.
//!
//! Every request to a provider gets a number, counted per provider from 0. The decision for
//! request `n` of provider `p` is a pure function of `(seed, p, n)`, so the same seed and the same
//! sequence of requests to a provider give the same faults, whatever the other providers see.
//! Faults are decided before the request reaches the provider: a faulted request never changes
//! the emulator's state.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::Provider;

/// What can go wrong with the requests to one provider.
///
/// Rates are probabilities in `0.0..=1.0`, tried in this order for each request: drop, throttle,
/// server error (their sum is capped at 1). Latency applies to every request, faulted or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Faults {
    /// Fixed delay before each answer.
    pub latency: Duration,
    /// Extra delay, uniformly drawn from `0..=jitter`, added to `latency`.
    pub jitter: Duration,
    /// Fraction of requests answered with a 5xx error in the provider's format.
    pub error_rate: f64,
    /// Fraction of requests answered as throttled: HTTP 429 with `Retry-After` (GitHub, NCP, NHN),
    /// or `Throttling.User` with HTTP 400 or 503 and `x-acs-retry-after` (Alibaba).
    pub throttle_rate: f64,
    /// Fraction of requests whose connection is closed without any answer.
    pub drop_rate: f64,
    /// The wait announced by throttled answers.
    pub retry_after: Duration,
}

impl Default for Faults {
    fn default() -> Self {
        Self {
            latency: Duration::ZERO,
            jitter: Duration::ZERO,
            error_rate: 0.0,
            throttle_rate: 0.0,
            drop_rate: 0.0,
            retry_after: Duration::from_secs(1),
        }
    }
}

impl Faults {
    /// No faults at all (the default).
    pub fn none() -> Self {
        Self::default()
    }

    /// Whether these settings change anything.
    pub fn is_active(&self) -> bool {
        !self.latency.is_zero()
            || !self.jitter.is_zero()
            || self.error_rate > 0.0
            || self.throttle_rate > 0.0
            || self.drop_rate > 0.0
    }

    /// Set one setting from its flag name and value (see [`FaultConfig::apply_flag`]).
    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "latency" => self.latency = parse_duration(value)?,
            "jitter" => self.jitter = parse_duration(value)?,
            "errors" | "error-rate" | "error_rate" => self.error_rate = parse_rate(value)?,
            "throttle" | "throttle-rate" | "throttle_rate" => {
                self.throttle_rate = parse_rate(value)?;
            }
            "drops" | "drop-rate" | "drop_rate" => self.drop_rate = parse_rate(value)?,
            "retry-after" | "retry_after" => self.retry_after = parse_duration(value)?,
            other => {
                return Err(format!(
                    "unknown fault setting `{other}` (expected latency, jitter, errors, throttle, drops or retry-after)"
                ));
            }
        }
        Ok(())
    }
}

/// Fault settings for each provider (by default none), reached with [`FaultConfig::get`].
#[derive(Clone, Default, PartialEq)]
pub struct FaultConfig {
    /// Indexed by the provider's position in [`Provider::ALL`].
    providers: [Faults; Provider::ALL.len()],
}

impl fmt::Debug for FaultConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(Provider::ALL.iter().map(|p| (p.name(), self.get(*p))))
            .finish()
    }
}

impl FaultConfig {
    /// The settings of `provider`.
    pub fn get(&self, provider: Provider) -> &Faults {
        &self.providers[provider.index()]
    }

    /// The settings of `provider`, to change.
    pub fn get_mut(&mut self, provider: Provider) -> &mut Faults {
        &mut self.providers[provider.index()]
    }

    /// The same settings for every provider.
    pub fn all(faults: Faults) -> Self {
        Self {
            providers: std::array::from_fn(|_| faults.clone()),
        }
    }

    /// Apply one command-line fault flag: `[PROVIDER:]KEY=VALUE[,KEY=VALUE…]`.
    ///
    /// `PROVIDER` is a provider's name (`github`, `ncloud`, `alibaba`, `nhn`) or one of its
    /// aliases (`ncp` or `naver` for `ncloud`, `aliyun` for `alibaba`), in any case; without it
    /// the settings apply to every provider. Keys: `latency` and `jitter` (durations: `250ms`, `2s`, `1.5s`; a
    /// bare number is milliseconds), `errors`, `throttle`, `drops` (rates in `0..=1`) and
    /// `retry-after` (a duration).
    ///
    /// ```
    /// # use deploykit_emulator::{FaultConfig, Provider};
    /// let mut faults = FaultConfig::default();
    /// faults.apply_flag("latency=20ms").unwrap();
    /// faults.apply_flag("alibaba:throttle=0.5,retry-after=2s").unwrap();
    /// assert_eq!(faults.get(Provider::Alibaba).throttle_rate, 0.5);
    /// assert_eq!(faults.get(Provider::GitHub).latency.as_millis(), 20);
    /// ```
    pub fn apply_flag(&mut self, flag: &str) -> Result<(), String> {
        let (providers, settings): (Vec<Provider>, &str) = match flag.split_once(':') {
            Some((p, rest)) if !p.contains('=') => (vec![p.parse::<Provider>()?], rest),
            _ => (Provider::ALL.to_vec(), flag),
        };
        for setting in settings.split(',').filter(|s| !s.trim().is_empty()) {
            let (key, value) = setting
                .split_once('=')
                .ok_or_else(|| format!("fault setting `{setting}` is not KEY=VALUE"))?;
            for p in &providers {
                self.get_mut(*p).set(key.trim(), value.trim())?;
            }
        }
        Ok(())
    }
}

/// Parses `250ms`, `2s`, `1.5s`, `1m`, or a bare number of milliseconds.
pub(crate) fn parse_duration(value: &str) -> Result<Duration, String> {
    let v = value.trim();
    let (number, unit) = match v.find(|c: char| !(c.is_ascii_digit() || c == '.')) {
        Some(i) => (&v[..i], &v[i..]),
        None => (v, "ms"),
    };
    let n: f64 = number
        .parse()
        .map_err(|_| format!("`{value}` is not a duration (e.g. 250ms, 2s)"))?;
    let seconds = match unit {
        "ms" => n / 1000.0,
        "s" => n,
        "m" => n * 60.0,
        _ => return Err(format!("`{value}`: unknown unit `{unit}` (use ms, s or m)")),
    };
    Duration::try_from_secs_f64(seconds).map_err(|e| format!("`{value}`: {e}"))
}

fn parse_rate(value: &str) -> Result<f64, String> {
    let rate: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("`{value}` is not a rate between 0 and 1"))?;
    if (0.0..=1.0).contains(&rate) {
        Ok(rate)
    } else {
        Err(format!("`{value}` is not a rate between 0 and 1"))
    }
}

/// The fault chosen for one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection without answering.
    Drop,
    /// Answer as throttled; `variant` picks among the provider's throttling answers.
    Throttle {
        /// Index into the provider's throttling answers (taken modulo their number).
        variant: u64,
    },
    /// Answer with a server error; `variant` picks among the provider's 5xx answers.
    ServerError {
        /// Index into the provider's list of 5xx answers (taken modulo its length).
        variant: u64,
    },
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Drop => f.write_str("drop"),
            Fault::Throttle { .. } => f.write_str("throttle"),
            Fault::ServerError { .. } => f.write_str("server error"),
        }
    }
}

/// The decision for one request: how long to wait, then which fault (if any).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    pub delay: Duration,
    pub fault: Option<Fault>,
}

/// The live fault state: settings, seed and per-provider request counters.
pub(crate) struct FaultPlan {
    config: std::sync::RwLock<FaultConfig>,
    seed: u64,
    counters: [AtomicU64; Provider::ALL.len()],
}

impl FaultPlan {
    pub fn new(config: FaultConfig, seed: u64) -> Self {
        Self {
            config: std::sync::RwLock::new(config),
            seed,
            counters: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Replace the settings of `provider` and restart its request count.
    pub fn set(&self, provider: Provider, faults: Faults) {
        let mut config = self
            .config
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *config.get_mut(provider) = faults;
        self.counters[provider.index()].store(0, Ordering::SeqCst);
    }

    /// The current settings.
    pub fn config(&self) -> FaultConfig {
        self.config
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Decide for the next request to `provider`.
    pub fn decide(&self, provider: Provider) -> Decision {
        let faults = self
            .config
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(provider)
            .clone();
        if !faults.is_active() {
            return Decision {
                delay: Duration::ZERO,
                fault: None,
            };
        }
        let n = self.counters[provider.index()].fetch_add(1, Ordering::SeqCst);
        decide(&faults, self.seed, provider, n)
    }
}

/// SplitMix64: spreads `(seed, provider, n)` into a well-mixed RNG seed.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The decision for request `n` of `provider`: a pure function of its inputs.
pub(crate) fn decide(faults: &Faults, seed: u64, provider: Provider, n: u64) -> Decision {
    let key = mix(seed ^ mix(provider.index() as u64 + 1) ^ mix(n.wrapping_add(0x51_7C_C1_B7)));
    let mut rng = fastrand::Rng::with_seed(key);
    let jitter_ms = u64::try_from(faults.jitter.as_millis()).unwrap_or(u64::MAX);
    let jitter = if jitter_ms == 0 {
        Duration::ZERO
    } else {
        Duration::from_millis(rng.u64(0..=jitter_ms))
    };
    let roll = rng.f64();
    let variant = rng.u64(..);
    let drop = faults.drop_rate;
    let throttle = drop + faults.throttle_rate;
    let error = throttle + faults.error_rate;
    let fault = if roll < drop {
        Some(Fault::Drop)
    } else if roll < throttle {
        Some(Fault::Throttle { variant })
    } else if roll < error {
        Some(Fault::ServerError { variant })
    } else {
        None
    };
    Decision {
        delay: faults.latency + jitter,
        fault,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_rates_parse() {
        assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_duration("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("40"), Ok(Duration::from_millis(40)));
        assert!(parse_duration("fast").is_err());
        assert!(parse_rate("1.5").is_err());
        assert_eq!(parse_rate("0.25"), Ok(0.25));
    }

    #[test]
    fn flags_apply_to_one_or_every_provider() {
        let mut c = FaultConfig::default();
        c.apply_flag("errors=0.1").unwrap();
        c.apply_flag("ncp:drops=0.2,latency=5ms").unwrap();
        assert_eq!(c.get(Provider::GitHub).error_rate, 0.1);
        assert_eq!(c.get(Provider::Ncloud).drop_rate, 0.2);
        assert_eq!(c.get(Provider::Ncloud).latency, Duration::from_millis(5));
        assert_eq!(c.get(Provider::Alibaba).drop_rate, 0.0);
        assert!(c.apply_flag("aws:errors=0.1").is_err());
        assert!(c.apply_flag("speed=3").is_err());
    }

    #[test]
    fn decisions_depend_only_on_seed_provider_and_index() {
        let f = Faults {
            error_rate: 0.3,
            throttle_rate: 0.3,
            drop_rate: 0.1,
            jitter: Duration::from_millis(50),
            ..Faults::default()
        };
        let a: Vec<_> = (0..200).map(|n| decide(&f, 7, Provider::Nhn, n)).collect();
        let b: Vec<_> = (0..200).map(|n| decide(&f, 7, Provider::Nhn, n)).collect();
        let c: Vec<_> = (0..200).map(|n| decide(&f, 8, Provider::Nhn, n)).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        let faulted = a.iter().filter(|d| d.fault.is_some()).count();
        assert!((100..=180).contains(&faulted), "{faulted} of 200 faulted");
    }
}
