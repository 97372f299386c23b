//! Per-call cost of deploykit's own code, in a form a profiler can count (issue #18).
//!
//! ```sh
//! cargo bench -p deploykit-bench --bench percall                    # ns per call of the pieces below
//! target/release/deps/percall-<hash> sign N                         # N × `alibaba::Provider::sign`
//! target/release/deps/percall-<hash> clone N                        # N × the request clone `sign N` starts with
//! target/release/deps/percall-<hash> signer N                       # N × `Acs3Signer::sign` alone (the suite's row)
//! target/release/deps/percall-<hash> call alibaba|ncloud|github dk|raw N [C]
//! DEPLOYKIT_PERCALL_MT=1 target/release/deps/percall-<hash> call …  # on the multi-thread runtime
//! ```
//!
//! `call` sends N calls (C at a time, default 1) to a loopback server in a child process (this
//! binary with `--serve`), so a profiler attached to this process sees the client only. With
//! `valgrind --tool=callgrind`, instructions per call are the difference of two runs with
//! different N divided by the difference of N: the set-up (server start, client build, first
//! connection) cancels out, and instruction counts do not depend on the load of the machine.
//! `raw` sends the same request with a bare `reqwest::Client`, unsigned (the server checks
//! nothing), to separate deploykit's cost from hyper's.
//!
//! The same difference of two runs gives the cache misses and the copies per call, which weigh
//! more than the instructions (README, Measurements):
//!
//! ```sh
//! # L1 instruction and data misses (simulated 32 KB caches): the "I1 misses" and "D1 misses"
//! # totals of N = 3000 minus those of N = 1000, over 2000
//! valgrind --tool=cachegrind --cache-sim=yes target/release/deps/percall-<hash> call github dk 1000
//! # bytes copied by memcpy, with their lengths: a probe on the memcpy glibc picked for this CPU
//! # (as root; `perf report` of any run names it: `__memmove_avx512_unaligned_erms` on an
//! # AVX-512 machine, `__memcpy_avx_unaligned_erms` under valgrind), then `perf script` and the
//! # client's (the lower) pid only
//! perf probe -x /usr/lib/x86_64-linux-gnu/libc.so.6 --add 'mc=__memmove_avx512_unaligned_erms len=%dx:u64'
//! perf record -e probe_libc:mc target/release/deps/percall-<hash> call github dk 200
//! ```
//!
//! Valgrind's CPU has no SHA extensions, so under callgrind `sha2` runs its portable code: the
//! counts of the signing providers carry SHA-256 at several times its native cost (take
//! `sha2::sha256::compress256`'s inclusive count out). Natively, where the time of
//! `alibaba::Provider::sign` goes, by library: sample `sign N` and `clone N` alike and subtract.
//!
//! ```sh
//! perf record -F 10000 -o sign.data target/release/deps/percall-<hash> sign 3000000
//! perf record -F 10000 -o clone.data target/release/deps/percall-<hash> clone 3000000
//! perf report -i sign.data --no-children --sort dso,symbol --stdio   # the same for clone.data
//! ```
//!
//! A sampling profiler on this VM slows each call by tens of µs, so the split between user and
//! kernel time of whole calls is read from the kernel's own accounting instead: `utime` and
//! `stime` of `/proc/<pid>/stat` (fields 14 and 15, in 1/100 s) a few seconds apart while the
//! suite's `--loop PROVIDER dk|raw SECONDS` runs, over the calls it made meanwhile.

#![forbid(unsafe_code)]

use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use deploykit::runtime::Provider as _;
use deploykit::sign::acs3::{Acs3Request, Acs3Signer};

mod common;

use common::{
    ACS3_DATE, ACS3_HOST, ACS3_NONCE, ACS3_QUERY, ALIBABA_KEY_ID, ALIBABA_SECRET, API_ID,
    DESCRIPTION, Deploy, GROUP_ID, ServerProcess, acs3_ctx, acs3_template, alibaba_provider,
    raw_client, serve,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str);
    let count = |i: usize, default: u64| arg(i).and_then(|s| s.parse().ok()).unwrap_or(default);
    match arg(0) {
        Some("--serve") => serve(),
        Some("sign") => sign_loop(count(1, 100_000), true),
        Some("clone") => sign_loop(count(1, 100_000), false),
        Some("signer") => signer_loop(count(1, 100_000)),
        Some("call") => {
            let provider = arg(1).unwrap_or("alibaba");
            let raw = arg(2) == Some("raw");
            call_loop(provider, raw, count(3, 1_000), count(4, 1) as usize);
        }
        // `cargo bench` passes `--bench`.
        _ => timings(),
    }
}

/// `n` clones of the template, each signed when `sign`.
fn sign_loop(n: u64, sign: bool) {
    let provider = alibaba_provider();
    let template = acs3_template();
    let ctx = acs3_ctx();
    for _ in 0..n {
        let mut r = template.try_clone().expect("clonable");
        if sign {
            provider.sign(&mut r, &ctx).expect("signs");
        }
        black_box(r);
    }
}

/// `n` signatures of the suite's DeployApi request by the signer alone (no URL, no headers).
fn signer_loop(n: u64) {
    let signer = Acs3Signer::new(ALIBABA_KEY_ID, ALIBABA_SECRET, None);
    let req = Acs3Request::rpc(ACS3_HOST, "DeployApi", "2016-07-14", ACS3_QUERY);
    for _ in 0..n {
        black_box(signer.sign(black_box(&req), black_box(ACS3_DATE), black_box(ACS3_NONCE)));
    }
}

/// Median of 7 rounds of `n` calls of `f`, in ns per call.
fn ns_per_call(n: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..7)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(n)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[3]
}

fn timings() {
    let provider = alibaba_provider();
    let template = acs3_template();
    let ctx = acs3_ctx();
    let signed = ns_per_call(100_000, || {
        let mut r = template.try_clone().expect("clonable");
        provider.sign(&mut r, &ctx).expect("signs");
        black_box(r);
    });
    let cloned = ns_per_call(100_000, || {
        black_box(template.try_clone().expect("clonable"));
    });
    println!(
        "alibaba::Provider::sign: {:.0} ns per call (clone {cloned:.0} ns subtracted)",
        signed - cloned
    );
    for provider in ["alibaba", "ncloud", "github"] {
        let (dk, raw) = paired(provider, 2_000);
        println!(
            "{provider}: {dk:.1} µs per sequential call, raw reqwest {raw:.1} µs (ratio {:.2})",
            dk / raw
        );
    }
}

/// Wall-clock µs per sequential call of deploykit and of raw reqwest, interleaved.
fn paired(provider: &str, n: usize) -> (f64, f64) {
    let server = ServerProcess::start();
    let rt = runtime();
    let dk = caller(provider, false, &server.base());
    let raw = caller(provider, true, &server.base());
    rt.block_on(async {
        let mut t = [Vec::new(), Vec::new()];
        for round in 0..10 {
            for (i, c) in [&dk, &raw].into_iter().enumerate() {
                let _ = round;
                let start = Instant::now();
                for _ in 0..n / 10 {
                    c.call().await;
                }
                t[i].push(start.elapsed().as_secs_f64() * 1e6 / (n / 10) as f64);
            }
        }
        let med = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let [mut a, mut b] = t;
        (med(&mut a), med(&mut b))
    })
}

/// The one-thread runtime, or the multi-thread one when `DEPLOYKIT_PERCALL_MT` is set (to a
/// number: that many worker threads).
fn runtime() -> tokio::runtime::Runtime {
    let mut builder = if let Some(workers) = std::env::var_os("DEPLOYKIT_PERCALL_MT") {
        let mut builder = tokio::runtime::Builder::new_multi_thread();
        // A number is the count of worker threads (tokio's default: one per core).
        if let Some(n) = workers.to_str().and_then(|w| w.parse().ok()) {
            builder.worker_threads(n);
        }
        builder
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    builder.enable_all().build().expect("tokio runtime")
}

fn call_loop(provider: &str, raw: bool, n: u64, concurrency: usize) {
    let server = ServerProcess::start();
    let rt = runtime();
    let caller = Arc::new(caller(provider, raw, &server.base()));
    let cpu = cpu_time::ProcessTime::now();
    let wall = Instant::now();
    rt.block_on(async {
        let tasks: Vec<_> = (0..concurrency)
            .map(|_| {
                let caller = caller.clone();
                let per_task = n / concurrency as u64;
                tokio::spawn(async move {
                    for _ in 0..per_task {
                        caller.call().await;
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await.expect("caller task");
        }
    });
    // The client's own CPU (the server is another process) and context switches of its
    // threads (the runtime's workers still run), set-up included.
    let (voluntary, involuntary) = context_switches();
    let (user, system) = user_system_ticks();
    eprintln!(
        "{n} calls: {:.1} µs CPU ({:.0} % in the kernel, set-up included) and {:.1} µs wall per call; {:.2} voluntary and {:.2} involuntary context switches per call",
        cpu.elapsed().as_secs_f64() * 1e6 / n as f64,
        100.0 * system as f64 / (user + system).max(1) as f64,
        wall.elapsed().as_secs_f64() * 1e6 / n as f64,
        voluntary as f64 / n as f64,
        involuntary as f64 / n as f64,
    );
    drop(server);
}

/// User and system CPU time of this process so far, in clock ticks (`/proc/self/stat` fields 14
/// and 15; zero where there is no such file).
fn user_system_ticks() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let field = |i: usize| rest.split_whitespace().nth(i).and_then(|v| v.parse().ok());
    // `rest` starts at field 3 (the state).
    (field(11).unwrap_or(0), field(12).unwrap_or(0))
}

/// Context switches of this process's threads so far, voluntary and not (Linux; zero elsewhere).
fn context_switches() -> (u64, u64) {
    let mut sums = (0, 0);
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return sums;
    };
    for task in tasks.flatten() {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        for line in status.lines() {
            let value = |prefix: &str| line.strip_prefix(prefix)?.trim().parse::<u64>().ok();
            if let Some(v) = value("voluntary_ctxt_switches:") {
                sums.0 += v;
            } else if let Some(v) = value("nonvoluntary_ctxt_switches:") {
                sums.1 += v;
            }
        }
    }
    sums
}

enum Caller {
    Deploykit(Deploy),
    Raw {
        client: reqwest::Client,
        url: String,
        body: &'static str,
    },
}

fn caller(provider: &str, raw: bool, base: &str) -> Caller {
    if raw {
        let (url, body) = match provider {
            "alibaba" => (
                format!(
                    "{base}/?ApiId={API_ID}&Description={}&GroupId={GROUP_ID}&StageName=RELEASE",
                    DESCRIPTION.replace(' ', "%20")
                ),
                "",
            ),
            "ncloud" => (
                format!("{base}/api/v1/products/ksk9ab01/apis/51hs0c2d/stages/fh5o77xq/deploy"),
                r#"{"deploymentNo":250417}"#,
            ),
            _ => (
                format!("{base}/repos/octo-org/shop/deployments"),
                r#"{"ref":"v1.4.2","environment":"production","description":"Release v1.4.2","auto_merge":false,"required_contexts":[]}"#,
            ),
        };
        return Caller::Raw {
            client: raw_client().build().expect("reqwest client"),
            url,
            body,
        };
    }
    Caller::Deploykit(match provider {
        "alibaba" => Deploy::alibaba(base),
        "ncloud" => Deploy::ncloud(base),
        _ => Deploy::github(base),
    })
}

impl Caller {
    async fn call(&self) {
        match self {
            Caller::Deploykit(d) => {
                black_box(d.send().await);
            }
            Caller::Raw { client, url, body } => {
                let mut request = client
                    .post(url)
                    .header("content-type", "application/json")
                    .body(*body);
                if std::env::var_os("DEPLOYKIT_PERCALL_DEADLINE").is_some() {
                    request = request.timeout(std::time::Duration::from_secs(30));
                }
                let response = request.send().await.expect("raw request");
                assert!(response.status().is_success());
                let bytes = response.bytes().await.expect("raw answer");
                black_box(serde_json::from_slice::<serde_json::Value>(&bytes).expect("JSON"));
            }
        }
    }
}
