//! deploykit against baselines, measured in the same run, on loopback (issue #9).
//!
//! ```sh
//! cargo bench -p deploykit-bench --bench suite                                   # everything but the clean build (~3-4 min)
//! cargo bench -p deploykit-bench --bench suite -- overhead signing               # only some workloads
//! DEPLOYKIT_BENCH_QUICK=1 cargo bench -p deploykit-bench --bench suite           # 64/256 MiB transfers instead of 256 MiB/1 GiB
//! DEPLOYKIT_BENCH_CLEAN=1 cargo bench -p deploykit-bench --bench suite -- regen  # adds the clean build (minutes)
//! ```
//!
//! Workloads (names for the filter): `signing`, `overhead`, `sdk`, `streaming`, `regen`, `specs`. Every
//! figure is the median of several rounds, deploykit and its baseline interleaved; the table at
//! the end (also written to `target/bench-suite.md`) gives value, baseline, ratio and target.
//!
//! The server every client talks to is this same binary re-executed with `--serve`: a
//! single-threaded tokio HTTP/1.1 keep-alive server on 127.0.0.1 that answers fixed JSON (no
//! signature checks), drains uploads and serves downloads from memory. Running it as a child
//! process keeps its CPU time out of the client's (`cpu_time::ProcessTime` covers the bench
//! process only). Transfers run in child processes too (`--nhn-upload`, `--nhn-download`), so
//! their peak RSS (`VmHWM`) is theirs alone.
//!
//! The per-call workloads run the client on a one-thread tokio runtime (the leanest client, and
//! what the `deploykit` command uses) and again on the multi-thread runtime `#[tokio::main]`
//! builds; transfers likewise. The `regen` workload edits `specs/ncloud-apigateway.yaml` for the
//! length of one `cargo build` at a time and puts it back byte for byte (a copy waits in
//! `target/bench-regen-spec.orig` until then; a later run repairs a run killed half-way).
//!
//! The `specs` workload runs `deploykit spec check` and `deploykit spec diff` (the release build
//! of the command, `cargo build --release -p deploykit-cli`, or `DEPLOYKIT_BIN`) on GitHub's full
//! published description: `api.github.com.json` of the npm package `@octokit/openapi`, two
//! versions fetched from the npm registry (their SHA-512 checked against the registry's
//! `integrity`) and kept in `target/bench-data/` for later runs.
//!
//! Environment: `DEPLOYKIT_BENCH_QUICK=1` (smaller transfers), `DEPLOYKIT_BENCH_CLEAN=1` (clean
//! builds and the `dist` build of the command, opt-in), `DEPLOYKIT_BENCH_TMPDIR` (where the transfer files go; default `/dev/shm` when
//! present, so the disk is not what is measured, else the system temp dir).
//!
//! For profiling: `suite-<hash> --loop alibaba|ncloud|github dk|raw|raw-dkclient|raw-deadline SECONDS` runs one
//! client's sequential calls against the server (e.g. under `valgrind --tool=callgrind`);
//! `suite-<hash> --nhn-upload BASE FILE current|multi` and `--nhn-download BASE MIB FILE
//! current|multi` run one transfer (e.g. under `perf record`) against a `--serve` process.

#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use cpu_time::ProcessTime;
use deploykit::{alibaba, github, ncloud, nhn};
use hmac::{Hmac, Mac as _};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use sha2::{Digest as _, Sha256};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;

mod common;

use common::*;

const NHN_APP_KEY: &str = "bench-app-key";

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--serve") => serve(),
        Some("--nhn-upload" | "--nhn-download") => transfer_child(&args),
        Some("--loop") => profile_loop(&args),
        _ => run_suite(&args),
    }
}

const WORKLOADS: [&str; 6] = ["signing", "overhead", "sdk", "streaming", "regen", "specs"];

fn run_suite(args: &[String]) {
    let chosen: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with("--"))
        .collect();
    for c in &chosen {
        if !WORKLOADS.contains(c) {
            eprintln!("unknown workload `{c}`; choose from {WORKLOADS:?}");
            std::process::exit(2);
        }
    }
    let wanted = |w: &str| chosen.is_empty() || chosen.contains(&w);
    let quick = env_flag("DEPLOYKIT_BENCH_QUICK");
    let started = Instant::now();
    let mut report = Report::default();

    if wanted("signing") {
        signing(&mut report);
    }
    if wanted("overhead") || wanted("sdk") || wanted("streaming") {
        let server = ServerProcess::start();
        progress(&format!("server process on {}", server.base()));
        if wanted("overhead") {
            overhead(&server, &mut report);
        }
        if wanted("sdk") {
            official_sdk(&server, &mut report);
        }
        if wanted("streaming") {
            streaming(&server, quick, &mut report);
        }
    }
    if wanted("regen") {
        regeneration(&mut report);
    }
    if wanted("specs") {
        specs(&mut report);
    }
    report.print(started.elapsed(), quick);
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

fn progress(msg: &str) {
    eprintln!("[suite] {msg}");
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report
// ---------------------------------------------------------------------------------------------

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// The value at quantile `q` (0..=1) of sorted `v`.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[i]
}

fn fmt_ns(ns: f64) -> String {
    if ns >= 1_000_000.0 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 10_000.0 {
        format!("{:.1} µs", ns / 1e3)
    } else if ns >= 1_000.0 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn fmt_count(x: f64) -> String {
    let n = x.round() as u64;
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn fmt_secs(s: f64) -> String {
    format!("{s:.1} s")
}

/// What a row is held to.
#[derive(Clone, Copy)]
enum Target {
    /// Informational: no target.
    None,
    /// ratio ≤ x
    RatioAtMost(f64),
    /// ratio ≥ x
    RatioAtLeast(f64),
    /// deploykit's value ≤ x (in the row's unit)
    ValueAtMost(f64, &'static str),
}

struct Row {
    workload: String,
    deploykit: String,
    baseline: String,
    ratio: Option<f64>,
    target: Target,
    /// deploykit's value in the unit of `Target::ValueAtMost`.
    value: f64,
    /// An extra condition of the target (e.g. "does not grow with size"), when there is one.
    also: Option<bool>,
    /// Lowest and highest of the per-round figures (ratios, or values for `ValueAtMost` rows) the
    /// median comes from, with the number of rounds.
    spread: Option<(f64, f64, usize)>,
}

impl Row {
    fn target_text(&self) -> String {
        match self.target {
            Target::None => "—".into(),
            Target::RatioAtMost(x) => format!("≤ {x:.2}"),
            Target::RatioAtLeast(x) => format!("≥ {x:.2}"),
            Target::ValueAtMost(x, unit) => format!("≤ {x} {unit}"),
        }
    }

    fn met(&self) -> Option<bool> {
        let main = match self.target {
            Target::None => return None,
            Target::RatioAtMost(x) => self.ratio.is_some_and(|r| r <= x),
            Target::RatioAtLeast(x) => self.ratio.is_some_and(|r| r >= x),
            Target::ValueAtMost(x, _) => self.value <= x,
        };
        Some(main && self.also.unwrap_or(true))
    }
}

#[derive(Default)]
struct Report {
    rows: Vec<Row>,
    notes: Vec<String>,
}

impl Report {
    fn row(
        &mut self,
        workload: impl Into<String>,
        deploykit: impl Into<String>,
        baseline: impl Into<String>,
        ratio: Option<f64>,
        target: Target,
    ) {
        self.rows.push(Row {
            workload: workload.into(),
            deploykit: deploykit.into(),
            baseline: baseline.into(),
            ratio,
            target,
            value: f64::NAN,
            also: None,
            spread: None,
        });
    }

    fn row_value(
        &mut self,
        workload: impl Into<String>,
        (deploykit, value): (String, f64),
        baseline: impl Into<String>,
        ratio: Option<f64>,
        target: Target,
        also: Option<bool>,
    ) {
        self.rows.push(Row {
            workload: workload.into(),
            deploykit,
            baseline: baseline.into(),
            ratio,
            target,
            value,
            also,
            spread: None,
        });
    }

    /// The spread of the last row: the per-round figures its median came from.
    fn spread(&mut self, rounds: &[f64]) {
        if let Some(row) = self.rows.last_mut()
            && !rounds.is_empty()
        {
            let lo = rounds.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = rounds.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            row.spread = Some((lo, hi, rounds.len()));
        }
    }

    fn note(&mut self, note: impl Into<String>) {
        let note = note.into();
        progress(&note);
        self.notes.push(note);
    }

    fn print(&self, took: Duration, quick: bool) {
        let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
        let mut out = String::new();
        let _ = writeln!(
            out,
            "\ndeploykit bench suite — {} — {cores} cores (nproc) — `cargo bench -p deploykit-bench --bench suite`{} — took {}\n",
            chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
            if quick {
                " (DEPLOYKIT_BENCH_QUICK=1)"
            } else {
                ""
            },
            fmt_secs(took.as_secs_f64()),
        );
        let _ = writeln!(
            out,
            "| workload | deploykit | baseline | ratio | spread (rounds) | target | met? |\n| --- | --- | --- | --- | --- | --- | --- |"
        );
        for r in &self.rows {
            let ratio = r.ratio.map_or("—".into(), |x| format!("{x:.2}"));
            let spread = r.spread.map_or("—".into(), |(lo, hi, n)| {
                if lo.abs() >= 10.0 {
                    format!("{lo:.1}–{hi:.1} ({n})")
                } else {
                    format!("{lo:.2}–{hi:.2} ({n})")
                }
            });
            let met = match r.met() {
                None => "info",
                Some(true) => "yes",
                Some(false) => "**no**",
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {ratio} | {spread} | {} | {met} |",
                r.workload,
                r.deploykit,
                r.baseline,
                r.target_text()
            );
        }
        if !self.notes.is_empty() {
            out.push('\n');
            for n in &self.notes {
                let _ = writeln!(out, "- {n}");
            }
        }
        println!("{out}");
        let path = target_dir().join("bench-suite.md");
        if std::fs::write(&path, &out).is_ok() {
            eprintln!("[suite] table written to {}", path.display());
        }
    }
}

/// The repository's root (the `deploykit` package): the bench package is `crates/bench`.
fn manifest_dir() -> PathBuf {
    let bench = Path::new(env!("CARGO_MANIFEST_DIR"));
    bench
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| bench.to_path_buf(), Path::to_path_buf)
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| {
            if p.is_absolute() {
                p
            } else {
                manifest_dir().join(p)
            }
        })
        .unwrap_or_else(|| manifest_dir().join("target"))
}

// ---------------------------------------------------------------------------------------------
// Workload 2: signing
// ---------------------------------------------------------------------------------------------

/// Nanoseconds per call of `f`: median of `rounds` rounds of `n` calls.
fn ns_per_call(rounds: usize, n: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..n / 10 {
        f();
    }
    let samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(n)
        })
        .collect();
    median(&samples)
}

fn signing(report: &mut Report) {
    use deploykit::runtime::Provider;
    use deploykit::sign::acs3::{Acs3Request, Acs3Signer};
    use deploykit::sign::ncp::NcpSigner;
    use std::hint::black_box;

    progress("signing: ACS3 and NCP v2, each against its bare hashing cost");
    const ROUNDS: usize = 7;
    const N: u32 = 200_000;

    let signer = Acs3Signer::new(ALIBABA_KEY_ID, ALIBABA_SECRET, None);
    let req = Acs3Request::rpc(ACS3_HOST, "DeployApi", "2016-07-14", ACS3_QUERY);
    let canonical = signer
        .canonical_request(&req, ACS3_DATE, ACS3_NONCE)
        .canonical;
    let key = <Hmac<Sha256> as hmac::Mac>::new_from_slice(ALIBABA_SECRET.as_bytes())
        .expect("HMAC takes any key");

    let mut acs3 = Vec::new();
    let mut floor = Vec::new();
    // Interleave the two so that drift hits both alike.
    for _ in 0..ROUNDS {
        acs3.push(ns_per_call(1, N, || {
            black_box(signer.sign(black_box(&req), black_box(ACS3_DATE), black_box(ACS3_NONCE)));
        }));
        floor.push(ns_per_call(1, N, || {
            let digest = Sha256::digest(black_box(canonical.as_bytes()));
            let hash = hex::encode(digest);
            black_box(
                key.clone()
                    .chain_update(b"ACS3-HMAC-SHA256\n")
                    .chain_update(hash.as_bytes())
                    .finalize(),
            );
        }));
    }
    let acs3_rounds: Vec<f64> = acs3.iter().map(|ns| ns / 1000.0).collect();
    let (acs3, floor) = (median(&acs3), median(&floor));
    report.row_value(
        "ACS3 signature, DeployApi (`Acs3Signer::sign`)",
        (fmt_ns(acs3), acs3 / 1000.0),
        format!("{} (SHA-256 of canonical request + HMAC)", fmt_ns(floor)),
        Some(acs3 / floor),
        Target::ValueAtMost(1.2, "µs"),
        None,
    );
    report.spread(&acs3_rounds);

    // The same through the provider: query parsed from the URL, headers written into the request.
    let provider = alibaba_provider();
    let template = acs3_template();
    let ctx = acs3_ctx();
    let mut with_provider = Vec::new();
    let mut clone_only = Vec::new();
    for _ in 0..ROUNDS {
        with_provider.push(ns_per_call(1, N / 2, || {
            let mut r = template.try_clone().expect("clonable");
            provider.sign(&mut r, &ctx).expect("signs");
            black_box(r);
        }));
        clone_only.push(ns_per_call(1, N / 2, || {
            black_box(template.try_clone().expect("clonable"));
        }));
    }
    let provider_ns = median(&with_provider) - median(&clone_only);
    report.row_value(
        "ACS3 signature through `AlibabaProvider::sign` (URL query in, headers out)",
        (fmt_ns(provider_ns), provider_ns / 1000.0),
        format!("{} (`Acs3Signer::sign`)", fmt_ns(acs3)),
        Some(provider_ns / acs3),
        Target::ValueAtMost(1.5, "µs"),
        None,
    );
    let per_round: Vec<f64> = with_provider
        .iter()
        .zip(clone_only.iter())
        .map(|(w, c)| (w - c) / 1000.0)
        .collect();
    report.spread(&per_round);

    let ncp = NcpSigner::new(NCP_ACCESS_KEY, NCP_SECRET_KEY);
    const TARGET_PATH: &str = "/api/v1/products/ksk9ab01/apis/51hs0c2d/stages/fh5o77xq/deploy";
    let ts = 1_795_339_800_000u64;
    let string_to_sign =
        deploykit::sign::ncp::string_to_sign("POST", TARGET_PATH, ts, NCP_ACCESS_KEY);
    let ncp_key = <Hmac<Sha256> as hmac::Mac>::new_from_slice(NCP_SECRET_KEY.as_bytes())
        .expect("HMAC takes any key");
    let mut signed = Vec::new();
    let mut bare = Vec::new();
    for _ in 0..ROUNDS {
        signed.push(ns_per_call(1, N, || {
            black_box(ncp.sign(black_box("POST"), black_box(TARGET_PATH), black_box(ts)));
        }));
        bare.push(ns_per_call(1, N, || {
            black_box(
                ncp_key
                    .clone()
                    .chain_update(black_box(string_to_sign.as_bytes()))
                    .finalize(),
            );
        }));
    }
    let (signed, bare) = (median(&signed), median(&bare));
    report.row(
        "NCP signature v2, stage deploy (`NcpSigner::sign`)",
        fmt_ns(signed),
        format!("{} (HMAC of the string to sign)", fmt_ns(bare)),
        Some(signed / bare),
        Target::None,
    );
}

// ---------------------------------------------------------------------------------------------
// Workload 1: per-call overhead
// ---------------------------------------------------------------------------------------------

/// A request sent by hand with reqwest: what deploykit sent, captured from the wire.
struct RawCall {
    client: reqwest::Client,
    method: Method,
    url: String,
    headers: HeaderMap,
    body: Bytes,
    parse: fn(&[u8]) -> bool,
    /// A per-request timeout, as deploykit sets one for every JSON call (`--loop … raw-deadline`
    /// only; the suite's baseline has none).
    timeout: Option<Duration>,
}

#[derive(Clone)]
enum Caller {
    Deploykit(Deploy),
    Raw(Arc<RawCall>),
}

impl Caller {
    async fn call(&self) {
        match self {
            Caller::Deploykit(d) => assert!(d.send().await, "the typed answer holds the server's"),
            Caller::Raw(r) => {
                let mut request = r
                    .client
                    .request(r.method.clone(), &r.url)
                    .headers(r.headers.clone())
                    .body(r.body.clone());
                if let Some(t) = r.timeout {
                    request = request.timeout(t);
                }
                let response = request.send().await.expect("raw request");
                assert!(response.status().is_success());
                let body = response.bytes().await.expect("raw answer");
                assert!((r.parse)(&body), "the answer parses");
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ProviderId {
    Alibaba,
    Ncloud,
    GitHub,
}

impl ProviderId {
    fn label(self) -> &'static str {
        match self {
            ProviderId::Alibaba => "Alibaba DeployApi (ACS3)",
            ProviderId::Ncloud => "NCP stage deploy (sig v2)",
            ProviderId::GitHub => "GitHub create deployment",
        }
    }

    fn answer(self) -> (&'static str, &'static str) {
        match self {
            ProviderId::Alibaba => ("200 OK", ALIBABA_ANSWER),
            ProviderId::Ncloud => ("200 OK", NCP_ANSWER),
            ProviderId::GitHub => ("201 Created", GITHUB_ANSWER),
        }
    }

    fn parse(self) -> fn(&[u8]) -> bool {
        match self {
            ProviderId::Alibaba => {
                |b| serde_json::from_slice::<alibaba::types::DeployApiResponse>(b).is_ok()
            }
            ProviderId::Ncloud => {
                |b| serde_json::from_slice::<ncloud::types::StageResponse>(b).is_ok()
            }
            ProviderId::GitHub => {
                |b| serde_json::from_slice::<github::types::Deployment>(b).is_ok()
            }
        }
    }

    /// deploykit's client for `base` (built as a user would, credentials explicit).
    fn deploykit(self, base: &str) -> Caller {
        Caller::Deploykit(match self {
            ProviderId::Alibaba => Deploy::alibaba(base),
            ProviderId::Ncloud => Deploy::ncloud(base),
            ProviderId::GitHub => Deploy::github(base),
        })
    }
}

/// One request as it arrived: method, target, headers, body.
struct Captured {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Send one deploykit call to a one-shot listener and keep the request exactly as it arrived.
async fn capture(provider: ProviderId) -> Captured {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let (status, answer) = provider.answer();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.expect("accept");
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let end = loop {
            if let Some(end) = head_end(&buf) {
                break end;
            }
            let n = s.read(&mut chunk).await.expect("read");
            assert!(n > 0, "connection closed before the head ended");
            buf.extend_from_slice(&chunk[..n]);
        };
        let mut headers = Vec::new();
        let head = parse_head(&buf[..end], |n, v| {
            headers.push((n.to_string(), v.to_string()))
        })
        .expect("a request head");
        let Framing::Length(len) = head.framing else {
            panic!("deploykit sent a chunked body");
        };
        while buf.len() < end + len as usize {
            let n = s.read(&mut chunk).await.expect("read");
            assert!(n > 0, "connection closed in the body");
            buf.extend_from_slice(&chunk[..n]);
        }
        let response = format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
            answer.len()
        );
        s.write_all(response.as_bytes()).await.expect("write");
        Captured {
            method: head.method,
            target: head.target,
            headers,
            body: buf[end..end + len as usize].to_vec(),
        }
    });
    provider.deploykit(&base).call().await;
    server.await.expect("capture task")
}

fn raw_caller(provider: ProviderId, captured: &Captured, base: &str) -> Caller {
    Caller::Raw(Arc::new(raw_call(provider, captured, base)))
}

/// The captured request as a [`RawCall`] on a plain reqwest client, with no timeout.
fn raw_call(provider: ProviderId, captured: &Captured, base: &str) -> RawCall {
    let mut headers = HeaderMap::new();
    for (name, value) in &captured.headers {
        if name.eq_ignore_ascii_case("host") || name.eq_ignore_ascii_case("content-length") {
            continue;
        }
        headers.append(
            HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            HeaderValue::from_str(value).expect("header value"),
        );
    }
    RawCall {
        client: raw_client().build().expect("reqwest client"),
        method: captured.method.parse().expect("method"),
        url: format!("{base}{}", captured.target),
        headers,
        body: Bytes::from(captured.body.clone()),
        parse: provider.parse(),
        timeout: None,
    }
}

/// One round of one client: sequential latency and CPU, then 16 concurrent callers.
#[derive(Clone, Copy, Debug, Default)]
struct Sample {
    p50_ns: f64,
    p99_ns: f64,
    seq_cpu_ns: f64,
    seq_rps: f64,
    conc_rps: f64,
    conc_cpu_ns: f64,
}

const CONCURRENCY: usize = 16;

async fn sequential(caller: &Caller, n: usize) -> (Vec<f64>, f64, f64) {
    let mut latencies = Vec::with_capacity(n);
    let cpu = ProcessTime::now();
    let wall = Instant::now();
    for _ in 0..n {
        let start = Instant::now();
        caller.call().await;
        latencies.push(start.elapsed().as_nanos() as f64);
    }
    let wall = wall.elapsed().as_secs_f64();
    let cpu = cpu.elapsed().as_nanos() as f64;
    latencies.sort_by(f64::total_cmp);
    (latencies, cpu / n as f64, n as f64 / wall)
}

async fn concurrent(caller: &Caller, total: usize) -> (f64, f64) {
    let per_task = total / CONCURRENCY;
    let cpu = ProcessTime::now();
    let wall = Instant::now();
    let tasks: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let caller = caller.clone();
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
    let n = (per_task * CONCURRENCY) as f64;
    let wall = wall.elapsed().as_secs_f64();
    (n / wall, cpu.elapsed().as_nanos() as f64 / n)
}

/// Sums over the blocks of one client in a round.
#[derive(Default)]
struct Blocks {
    latencies: Vec<f64>,
    seq_cpu_ns: f64,
    seq_secs: f64,
    seq_calls: f64,
    conc_cpu_ns: f64,
    conc_secs: f64,
    conc_calls: f64,
}

impl Blocks {
    fn sample(mut self) -> Sample {
        self.latencies.sort_by(f64::total_cmp);
        Sample {
            p50_ns: quantile(&self.latencies, 0.5),
            p99_ns: quantile(&self.latencies, 0.99),
            seq_cpu_ns: self.seq_cpu_ns / self.seq_calls,
            seq_rps: self.seq_calls / self.seq_secs,
            conc_rps: self.conc_calls / self.conc_secs,
            conc_cpu_ns: self.conc_cpu_ns / self.conc_calls,
        }
    }
}

/// One round of deploykit (`a`) and its baseline (`b`), measured in alternating blocks
/// (sequential blocks of 200 calls, concurrent blocks of 1,600) so that the load of the machine,
/// which changes from second to second, weighs on both alike.
async fn paired_round(a: &Caller, b: &Caller, n_seq: usize, n_conc: usize) -> (Sample, Sample) {
    const SEQ_BLOCK: usize = 200;
    const CONC_BLOCK: usize = 1_600;
    let callers = [a, b];
    let mut acc = [Blocks::default(), Blocks::default()];
    for block in 0..n_seq / SEQ_BLOCK {
        for k in 0..2 {
            let i = (block + k) % 2;
            let (lat, cpu, rps) = sequential(callers[i], SEQ_BLOCK).await;
            let n = SEQ_BLOCK as f64;
            acc[i].latencies.extend(lat);
            acc[i].seq_cpu_ns += cpu * n;
            acc[i].seq_secs += n / rps;
            acc[i].seq_calls += n;
        }
    }
    for block in 0..n_conc / CONC_BLOCK {
        for k in 0..2 {
            let i = (block + k) % 2;
            let (rps, cpu) = concurrent(callers[i], CONC_BLOCK).await;
            let n = CONC_BLOCK as f64;
            acc[i].conc_cpu_ns += cpu * n;
            acc[i].conc_secs += n / rps;
            acc[i].conc_calls += n;
        }
    }
    let [a, b] = acc;
    (a.sample(), b.sample())
}

fn medians(samples: &[Sample]) -> Sample {
    let m = |f: fn(&Sample) -> f64| median(&samples.iter().map(f).collect::<Vec<_>>());
    Sample {
        p50_ns: m(|s| s.p50_ns),
        p99_ns: m(|s| s.p99_ns),
        seq_cpu_ns: m(|s| s.seq_cpu_ns),
        seq_rps: m(|s| s.seq_rps),
        conc_rps: m(|s| s.conc_rps),
        conc_cpu_ns: m(|s| s.conc_cpu_ns),
    }
}

/// The client runtime: one thread (the bench process is the client; the server has its own
/// process), so that CPU per request is the client's whole cost.
fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

/// `--loop alibaba|ncloud|github dk|raw|raw-dkclient|raw-deadline SECONDS [mt]`: sequential calls of one client for a
/// while, to run under a profiler (`perf record`, `valgrind --tool=callgrind`, `strace -c -f`), on the
/// one-thread runtime or, with `mt`, the multi-thread one.
fn profile_loop(args: &[String]) -> ! {
    let provider = match args.get(1).map(String::as_str) {
        Some("alibaba") => ProviderId::Alibaba,
        Some("ncloud") => ProviderId::Ncloud,
        Some("github") => ProviderId::GitHub,
        other => panic!(
            "--loop alibaba|ncloud|github dk|raw|raw-dkclient|raw-deadline SECONDS [mt], not {other:?}"
        ),
    };
    let secs: f64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(5.0);
    let server = ServerProcess::start();
    let rt = match args.get(4).map(String::as_str) {
        Some("mt") => ClientRuntime::MultiThread.build(),
        _ => ClientRuntime::CurrentThread.build(),
    };
    let base = server.base();
    let raw = || raw_call(provider, &rt.block_on(capture(provider)), &base);
    let caller = match args.get(2).map(String::as_str) {
        Some("raw") => Caller::Raw(Arc::new(raw())),
        // The raw request through an HTTP client built with deploykit's settings (timeouts,
        // redirect policy, user agent): what the client configuration costs.
        Some("raw-dkclient") => Caller::Raw(Arc::new(RawCall {
            client: deploykit::runtime::http::client(
                &deploykit::runtime::http::HttpConfig::default(),
            ),
            ..raw()
        })),
        // The raw request with the per-request deadline deploykit gives every JSON call.
        Some("raw-deadline") => Caller::Raw(Arc::new(RawCall {
            timeout: Some(Duration::from_secs(30)),
            ..raw()
        })),
        _ => provider.deploykit(&base),
    };
    let (n, cpu) = rt.block_on(async {
        let cpu = ProcessTime::now();
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed().as_secs_f64() < secs {
            caller.call().await;
            n += 1;
        }
        (n, cpu.elapsed())
    });
    println!(
        "{n} calls, {} CPU per call",
        fmt_ns(cpu.as_nanos() as f64 / n as f64)
    );
    drop(server);
    std::process::exit(0)
}

/// Which tokio runtime the client runs on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClientRuntime {
    /// `new_current_thread`: the leanest client; the bench process's CPU is the client's alone.
    CurrentThread,
    /// `new_multi_thread` (what `#[tokio::main]` builds): connection tasks on worker threads.
    MultiThread,
}

impl ClientRuntime {
    fn build(self) -> tokio::runtime::Runtime {
        match self {
            ClientRuntime::CurrentThread => client_runtime(),
            ClientRuntime::MultiThread => tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .expect("tokio runtime"),
        }
    }

    fn label(self) -> &'static str {
        match self {
            ClientRuntime::CurrentThread => "1-thread rt",
            ClientRuntime::MultiThread => "multi-thread rt",
        }
    }
}

fn overhead(server: &ServerProcess, report: &mut Report) {
    overhead_on(server, report, ClientRuntime::CurrentThread);
    overhead_on(server, report, ClientRuntime::MultiThread);
}

fn overhead_on(server: &ServerProcess, report: &mut Report, kind: ClientRuntime) {
    const ROUNDS: usize = 5;
    const N_SEQ: usize = 2_000;
    const N_CONC: usize = 8_000;
    let rt_label = kind.label();
    progress(&format!(
        "overhead ({rt_label}): {ROUNDS} rounds of {N_SEQ} sequential + {N_CONC} calls at concurrency {CONCURRENCY} per client and provider, deploykit and raw reqwest in alternating blocks"
    ));
    let rt = kind.build();
    let base = server.base();
    let providers = [ProviderId::Alibaba, ProviderId::Ncloud, ProviderId::GitHub];
    let mut pairs = Vec::new();
    for p in providers {
        let captured = rt.block_on(capture(p));
        let dk = p.deploykit(&base);
        let raw = raw_caller(p, &captured, &base);
        // Warm up both: connections, allocator, caches.
        rt.block_on(async {
            for c in [&dk, &raw] {
                sequential(c, 300).await;
                concurrent(c, 1_600).await;
            }
        });
        if kind == ClientRuntime::CurrentThread {
            report.notes.push(format!(
                "{}: {} {} with {} headers and a {}-byte body; answer {} bytes",
                p.label(),
                captured.method,
                captured.target,
                captured.headers.len(),
                captured.body.len(),
                p.answer().1.len()
            ));
        }
        pairs.push((p, dk, raw, Vec::new(), Vec::new()));
    }
    for round in 0..ROUNDS {
        for (p, dk, raw, dk_samples, raw_samples) in &mut pairs {
            let (d, r) = rt.block_on(paired_round(dk, raw, N_SEQ, N_CONC));
            dk_samples.push(d);
            raw_samples.push(r);
            progress(&format!("  round {} {} done", round + 1, p.label()));
        }
    }
    let full = kind == ClientRuntime::CurrentThread;
    for (p, _, _, dk_samples, raw_samples) in &pairs {
        let (d, r) = (medians(dk_samples), medians(raw_samples));
        let per_round = |f: fn(&Sample) -> f64| {
            dk_samples
                .iter()
                .zip(raw_samples.iter())
                .map(|(a, b)| f(a) / f(b))
                .collect::<Vec<_>>()
        };
        let label = format!("{} [{rt_label}]", p.label());
        report.row(
            format!("{label}: latency p50, sequential"),
            fmt_ns(d.p50_ns),
            format!("{} (raw reqwest)", fmt_ns(r.p50_ns)),
            Some(d.p50_ns / r.p50_ns),
            Target::RatioAtMost(1.10),
        );
        report.spread(&per_round(|s| s.p50_ns));
        if full {
            report.row(
                format!("{label}: latency p99, sequential"),
                fmt_ns(d.p99_ns),
                fmt_ns(r.p99_ns),
                Some(d.p99_ns / r.p99_ns),
                Target::None,
            );
        }
        report.row(
            format!("{label}: client CPU per request, sequential"),
            fmt_ns(d.seq_cpu_ns),
            fmt_ns(r.seq_cpu_ns),
            Some(d.seq_cpu_ns / r.seq_cpu_ns),
            Target::RatioAtMost(1.10),
        );
        report.spread(&per_round(|s| s.seq_cpu_ns));
        report.row(
            format!("{label}: throughput, {CONCURRENCY} concurrent"),
            format!("{} req/s", fmt_count(d.conc_rps)),
            format!("{} req/s", fmt_count(r.conc_rps)),
            Some(d.conc_rps / r.conc_rps),
            Target::RatioAtLeast(0.90),
        );
        report.spread(&per_round(|s| s.conc_rps));
        if full {
            report.row(
                format!("{label}: client CPU per request, {CONCURRENCY} concurrent"),
                fmt_ns(d.conc_cpu_ns),
                fmt_ns(r.conc_cpu_ns),
                Some(d.conc_cpu_ns / r.conc_cpu_ns),
                Target::None,
            );
        }
        report.notes.push(format!(
            "{label}: deploykit adds {} of client CPU per sequential call ({} at concurrency {CONCURRENCY}); sequential throughput {} req/s deploykit, {} req/s raw reqwest",
            fmt_ns(d.seq_cpu_ns - r.seq_cpu_ns),
            fmt_ns(d.conc_cpu_ns - r.conc_cpu_ns),
            fmt_count(d.seq_rps),
            fmt_count(r.seq_rps)
        ));
    }
}

// ---------------------------------------------------------------------------------------------
// Workload 5: Alibaba's official Python SDK
// ---------------------------------------------------------------------------------------------

/// The venv's python with the SDK installed, or why not.
fn sdk_python() -> Result<PathBuf, String> {
    let dir = target_dir().join("bench-py");
    let python = dir.join("venv/bin/python");
    let ready = dir.join("venv/.deploykit-sdk-installed");
    if ready.exists() && python.exists() {
        return Ok(python);
    }
    let python3 = which("python3").ok_or("python3 not found")?;
    progress("sdk: creating a venv under target/bench-py and installing the SDK with pip");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let status = Command::new(python3)
        .args(["-m", "venv"])
        .arg(dir.join("venv"))
        .status()
        .map_err(|e| format!("python3 -m venv: {e}"))?;
    if !status.success() {
        return Err(format!("python3 -m venv failed ({status})"));
    }
    let output = Command::new(dir.join("venv/bin/pip"))
        .args([
            "install",
            "--quiet",
            "alibabacloud-cloudapi20160714",
            "alibabacloud-tea-openapi",
        ])
        .output()
        .map_err(|e| format!("pip: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "pip install failed: {}",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ));
    }
    let _ = std::fs::write(&ready, "");
    Ok(python)
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}

/// Numbers from the last `{...}` line of a child's output.
fn json_line(stdout: &[u8]) -> Option<serde_json::Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .rev()
        .find(|l| l.starts_with('{'))
        .and_then(|l| serde_json::from_str(l).ok())
}

fn official_sdk(server: &ServerProcess, report: &mut Report) {
    const ROUNDS: usize = 3;
    const N: usize = 1_000;
    let python = match sdk_python() {
        Ok(p) => p,
        Err(why) => {
            report.note(format!(
                "official SDK workload skipped: {why} (needs python3 with venv and pip reaching PyPI)"
            ));
            return;
        }
    };
    progress(&format!(
        "sdk: {ROUNDS} rounds of {N} sequential DeployApi calls, Alibaba's Python SDK and deploykit interleaved"
    ));
    let script = manifest_dir().join("benches/alibaba_sdk.py");
    let rt = client_runtime();
    let dk = ProviderId::Alibaba.deploykit(&server.base());
    rt.block_on(sequential(&dk, 300));
    let (mut sdk_rps, mut sdk_cpu, mut dk_rps, mut dk_cpu, mut rss) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let output = Command::new(&python)
            .arg(&script)
            .arg(server.port.to_string())
            .arg(N.to_string())
            .stdin(Stdio::null())
            .output();
        let parsed = output
            .as_ref()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| json_line(&o.stdout));
        let Some(v) = parsed else {
            let why = match &output {
                Ok(o) => String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
                    .to_string(),
                Err(e) => e.to_string(),
            };
            report.note(format!(
                "official SDK workload skipped: the SDK run failed: {why}"
            ));
            return;
        };
        let n = v["requests"].as_f64().unwrap_or(f64::NAN);
        sdk_rps.push(n / v["wall_s"].as_f64().unwrap_or(f64::NAN));
        sdk_cpu.push(v["cpu_s"].as_f64().unwrap_or(f64::NAN) * 1e9 / n);
        rss.push(v["maxrss_kib"].as_f64().unwrap_or(f64::NAN) / 1024.0);
        let (_, cpu, rps) = rt.block_on(sequential(&dk, N));
        dk_rps.push(rps);
        dk_cpu.push(cpu);
    }
    let (sdk_rps, sdk_cpu, dk_rps, dk_cpu) = (
        median(&sdk_rps),
        median(&sdk_cpu),
        median(&dk_rps),
        median(&dk_cpu),
    );
    report.row(
        "Alibaba DeployApi vs official Python SDK: sequential throughput",
        format!("{} req/s", fmt_count(dk_rps)),
        format!("{} req/s (Python SDK)", fmt_count(sdk_rps)),
        Some(dk_rps / sdk_rps),
        Target::RatioAtLeast(4.0),
    );
    report.row(
        "Alibaba DeployApi vs official Python SDK: CPU per request",
        fmt_ns(dk_cpu),
        format!("{} (Python SDK)", fmt_ns(sdk_cpu)),
        Some(dk_cpu / sdk_cpu),
        Target::RatioAtMost(0.20),
    );
    report.notes.push(format!(
        "Python SDK (alibabacloud-cloudapi20160714 via alibabacloud-tea-openapi, ACS3-signed): peak RSS {:.0} MiB",
        median(&rss)
    ));
}

// ---------------------------------------------------------------------------------------------
// Workload 3: streaming (NHN binary upload and download)
// ---------------------------------------------------------------------------------------------

/// The peak RSS of this process (`VmHWM`), KiB.
fn own_hwm_kib() -> u64 {
    hwm_kib(Path::new("/proc/self/status")).unwrap_or(0)
}

fn hwm_kib(status: &Path) -> Option<u64> {
    let text = std::fs::read_to_string(status).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

fn nhn_client(base: &str) -> nhn::Client {
    nhn::Client::builder()
        .app_key(NHN_APP_KEY)
        .user_access_key("bench-user-access-key", "bench-secret-access-key")
        .base_url(base)
        .oauth_url(base)
        .build()
        .expect("NHN client")
}

/// `--nhn-upload BASE FILE RT` / `--nhn-download BASE SIZE_MIB DEST RT` (RT: `current` or
/// `multi`): one transfer through deploykit in this process, then
/// `RESULT <seconds> <bytes> <peak RSS KiB>`.
fn transfer_child(args: &[String]) -> ! {
    // The last argument picks the runtime: `current` (as the `deploykit` command runs) or
    // `multi` (what `#[tokio::main]` builds).
    let runtime = if args.last().is_some_and(|a| a == "multi") {
        ClientRuntime::MultiThread.build()
    } else {
        client_runtime()
    };
    let client = nhn_client(&args[1]);
    let (took, bytes) = runtime.block_on(async {
        let start = Instant::now();
        let bytes = if args[0] == "--nhn-upload" {
            let upload =
                nhn::BinaryUpload::from_path(nhn::types::ApplicationType::Server, &args[2])
                    .version("1.0.0");
            let stored = client.upload_binary(7, 3, upload).await.expect("upload");
            assert!(stored.download_url.is_some());
            std::fs::metadata(&args[2]).expect("the file").len()
        } else {
            let key: i64 = args[2].parse().expect("size in MiB");
            client
                .download_binary(7, 3, key)
                .await
                .expect("download")
                .to_path(&args[3])
                .await
                .expect("download to a file")
        };
        (start.elapsed(), bytes)
    });
    println!("RESULT {} {bytes} {}", took.as_secs_f64(), own_hwm_kib());
    std::process::exit(0)
}

struct Transfer {
    secs: f64,
    bytes: u64,
    rss_kib: u64,
    /// CPU seconds of the transfer's process: (user, system).
    cpu: (f64, f64),
}

impl Transfer {
    fn mb_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.secs
    }
}

/// CPU seconds (user, system) of this process's children that were waited for: fields 16 and 17
/// of `/proc/self/stat`, in clock ticks (100 a second on Linux).
fn children_cpu() -> (f64, f64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let field = |n: usize| -> f64 {
        // `rest` starts at field 3.
        rest.split_whitespace()
            .nth(n - 3)
            .and_then(|f| f.parse::<f64>().ok())
            .map_or(0.0, |ticks| ticks / 100.0)
    };
    (field(16), field(17))
}

/// Run `cmd`, sampling the child's `VmHWM` while it runs; its stdout, its peak RSS, whether it
/// succeeded and its CPU seconds (user, system).
fn run_sampled(mut cmd: Command) -> (Vec<u8>, u64, bool, (f64, f64)) {
    let before = children_cpu();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn");
    let status_file = PathBuf::from(format!("/proc/{}/status", child.id()));
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut peak = 0;
    let status = loop {
        if let Some(s) = hwm_kib(&status_file) {
            peak = peak.max(s);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("wait: {e}"),
        }
    };
    let after = children_cpu();
    let cpu = (after.0 - before.0, after.1 - before.1);
    (
        reader.join().unwrap_or_default(),
        peak,
        status.success(),
        cpu,
    )
}

fn deploykit_transfer(args: &[&str]) -> Transfer {
    let exe = std::env::current_exe().expect("the bench binary");
    let mut cmd = Command::new(exe);
    cmd.args(args);
    let (out, sampled, ok, cpu) = run_sampled(cmd);
    let text = String::from_utf8_lossy(&out);
    let line = text.lines().find_map(|l| l.strip_prefix("RESULT "));
    let fields: Vec<&str> = line.unwrap_or("").split(' ').collect();
    assert!(ok && fields.len() == 3, "transfer child failed: {text}");
    Transfer {
        secs: fields[0].parse().expect("seconds"),
        bytes: fields[1].parse().expect("bytes"),
        rss_kib: fields[2].parse::<u64>().expect("rss").max(sampled),
        cpu,
    }
}

fn curl_transfer(args: &[&str]) -> Transfer {
    let mut cmd = Command::new("curl");
    cmd.args([
        "-sS",
        "--fail",
        "-w",
        "%{time_total} %{size_upload} %{size_download}",
    ])
    .args(["-H", "X-NHN-AUTHORIZATION: Bearer bench-token"])
    .args(args);
    let (out, rss_kib, ok, cpu) = run_sampled(cmd);
    let text = String::from_utf8_lossy(&out);
    let fields: Vec<f64> = text
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    assert!(ok && fields.len() == 3, "curl failed: {text}");
    Transfer {
        secs: fields[0],
        bytes: fields[1].max(fields[2]) as u64,
        rss_kib,
        cpu,
    }
}

/// A directory for the transfer files, removed with everything in it when dropped.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new() -> Self {
        let parent = std::env::var_os("DEPLOYKIT_BENCH_TMPDIR")
            .map(PathBuf::from)
            .or_else(|| Some(PathBuf::from("/dev/shm")).filter(|p| p.is_dir()))
            .unwrap_or_else(std::env::temp_dir);
        let dir = parent.join(format!("deploykit-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        Self(dir)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write_file(path: &Path, mib: u64) {
    let mut block = vec![0u8; MIB as usize];
    let mut rng = fastrand::Rng::with_seed(9);
    rng.fill(&mut block);
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    for _ in 0..mib {
        f.write_all(&block).expect("write");
    }
    f.flush().expect("flush");
}

fn size_label(mib: u64) -> String {
    if mib >= 1024 {
        format!("{} GiB", mib / 1024)
    } else {
        format!("{mib} MiB")
    }
}

/// Throughputs (MB/s) of the big transfers, per tool, and the CPU seconds (user, system) the
/// transfers took in all.
#[derive(Default)]
struct Rates {
    current: Vec<f64>,
    multi: Vec<f64>,
    curl: Vec<f64>,
    cpu: [(f64, f64); 3],
}

impl Rates {
    /// Record `t` for `tool` (0: 1-thread, 1: multi-thread, 2: curl).
    fn add(&mut self, tool: usize, t: &Transfer) {
        let rate = t.mb_s();
        [&mut self.current, &mut self.multi, &mut self.curl][tool].push(rate);
        self.cpu[tool].0 += t.cpu.0;
        self.cpu[tool].1 += t.cpu.1;
    }

    /// Where each tool's CPU went: user and system seconds, the kernel's share.
    fn cpu_split(&self) -> String {
        let tools = ["deploykit 1-thread", "deploykit multi-thread", "curl"];
        tools
            .iter()
            .zip(self.cpu)
            .map(|(tool, (user, system))| {
                let share = 100.0 * system / (user + system).max(f64::MIN_POSITIVE);
                format!("{tool} user {user:.2} s, system {system:.2} s ({share:.0} % kernel)")
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn streaming(server: &ServerProcess, quick: bool, report: &mut Report) {
    let (small, big) = if quick { (64, 256) } else { (256, 1024) };
    // Transfers swing widely from run to run: every ratio is the median of 5 rounds, each round
    // running deploykit (both runtimes) and curl back to back.
    const ROUNDS: usize = 5;
    if which("curl").is_none() {
        report.note("streaming workload skipped: curl not found");
        return;
    }
    let scratch = ScratchDir::new();
    progress(&format!(
        "streaming: {} and {} upload/download, deploykit (both runtimes) and curl, files in {}",
        size_label(small),
        size_label(big),
        scratch.0.display()
    ));
    let base = server.base();
    let upload_url = format!("{base}/api/v2.1/projects/{NHN_APP_KEY}/artifacts/7/binary-group/3");
    let dest = scratch.0.join("downloaded.bin");
    let dest_s = dest.to_string_lossy().into_owned();
    let file_for = |mib: u64| {
        let p = scratch.0.join(format!("binary-{mib}.bin"));
        write_file(&p, mib);
        p.to_string_lossy().into_owned()
    };
    let dk_up = |file: &str, rt: &str| deploykit_transfer(&["--nhn-upload", &base, file, rt]);
    let dk_down = |mib: u64, rt: &str| {
        let t = deploykit_transfer(&["--nhn-download", &base, &mib.to_string(), &dest_s, rt]);
        let got = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
        assert_eq!(got, mib * MIB, "downloaded size");
        let _ = std::fs::remove_file(&dest);
        t
    };

    // Peak RSS at the small size (deploykit as the command runs it: one-thread runtime).
    let small_file = file_for(small);
    let rss_small = (
        dk_up(&small_file, "current").rss_kib,
        dk_down(small, "current").rss_kib,
    );
    let _ = std::fs::remove_file(&small_file);

    let big_file = file_for(big);
    let form = format!("binaryFile=@{big_file}");
    let download_url = format!("{upload_url}/binaries/{big}");
    let (mut up, mut down) = (Rates::default(), Rates::default());
    let mut rss_big = (0u64, 0u64);
    let mut rss_multi = 0u64;
    let mut curl_rss = 0u64;
    for round in 0..ROUNDS {
        // Rotate the order so that drift does not favour one tool.
        for step in 0..3 {
            match (round + step) % 3 {
                0 => {
                    let t = dk_up(&big_file, "current");
                    rss_big.0 = rss_big.0.max(t.rss_kib);
                    up.add(0, &t);
                    let t = dk_down(big, "current");
                    rss_big.1 = rss_big.1.max(t.rss_kib);
                    down.add(0, &t);
                }
                1 => {
                    let t = dk_up(&big_file, "multi");
                    rss_multi = rss_multi.max(t.rss_kib);
                    up.add(1, &t);
                    let t = dk_down(big, "multi");
                    rss_multi = rss_multi.max(t.rss_kib);
                    down.add(1, &t);
                }
                _ => {
                    let t = curl_transfer(&[
                        "-o",
                        "/dev/null",
                        "-F",
                        "applicationType=server",
                        "-F",
                        "version=1.0.0",
                        "-F",
                        &form,
                        &upload_url,
                    ]);
                    curl_rss = curl_rss.max(t.rss_kib);
                    up.add(2, &t);
                    let t = curl_transfer(&["-o", &dest_s, &download_url]);
                    let _ = std::fs::remove_file(&dest);
                    curl_rss = curl_rss.max(t.rss_kib);
                    down.add(2, &t);
                }
            }
        }
        progress(&format!(
            "  round {} of the {} transfers done",
            round + 1,
            size_label(big)
        ));
    }
    let big_label = size_label(big);
    for (what, rates, target, curl_how) in [
        ("upload_binary (multipart)", &up, 1.0, "curl -F"),
        ("download_binary(..).to_path", &down, 1.5, "curl -o"),
    ] {
        let curl = median(&rates.curl);
        for (rt, values) in [
            ("1-thread rt, as the deploykit command", &rates.current),
            ("multi-thread rt", &rates.multi),
        ] {
            let dk = median(values);
            report.row(
                format!("NHN {what} {big_label} [{rt}]"),
                format!("{dk:.0} MB/s"),
                format!("{curl:.0} MB/s ({curl_how})"),
                Some(dk / curl),
                Target::RatioAtLeast(target),
            );
            let rounds: Vec<f64> = values
                .iter()
                .zip(rates.curl.iter())
                .map(|(d, c)| d / c)
                .collect();
            report.spread(&rounds);
        }
    }
    for (what, s, b) in [
        ("upload", rss_small.0, rss_big.0),
        ("download", rss_small.1, rss_big.1),
    ] {
        let (s, b) = (s as f64 / 1024.0, b as f64 / 1024.0);
        // "Does not grow with size": 4× the data, at most 10 % (or 1 MiB) more memory.
        let flat = b <= (s * 1.10).max(s + 1.0);
        report.row_value(
            format!(
                "peak RSS of the deploykit {what} process, {big_label} (vs {})",
                size_label(small)
            ),
            (format!("{b:.1} MiB"), b),
            format!("{s:.1} MiB at {}", size_label(small)),
            Some(b / s),
            Target::ValueAtMost(32.0, "MiB"),
            Some(flat),
        );
    }
    for (what, rates) in [("upload", &up), ("download", &down)] {
        report.notes.push(format!(
            "streaming: CPU of the {ROUNDS} {big_label} {what}s per tool, in the transfer's process (the loopback server's is not counted): {}",
            rates.cpu_split()
        ));
    }
    report.notes.push(format!(
        "streaming: files in {} (tmpfs when /dev/shm: the disk is not measured; DEPLOYKIT_BENCH_TMPDIR moves them); deploykit runs in a child process, timed from the call to the end of the transfer (token issuance included); curl's time_total; peak RSS (VmHWM) of deploykit on the multi-thread runtime {:.1} MiB, of curl {:.1} MiB; the RSS rows' extra condition is ≤ 10 % growth from {} to {big_label}",
        scratch.0.display(),
        rss_multi as f64 / 1024.0,
        curl_rss as f64 / 1024.0,
        size_label(small),
    ));
}

// ---------------------------------------------------------------------------------------------
// Workload 4: regeneration (build times)
// ---------------------------------------------------------------------------------------------

const REGEN_SPEC: &str = "specs/ncloud-apigateway.yaml";
const REGEN_ANCHOR: &str = "          description: ID of the stage to deploy to.\n          schema:\n            $ref: '#/components/schemas/ResourceId'\n";
const REGEN_PARAM: &str = "        - name: benchProbe\n          in: query\n          required: false\n          description: Added by benches/suite.rs to time a rebuild, removed right after.\n          schema:\n            type: string\n";
const REGEN_COMMENT: &str =
    "# benches/suite.rs: a comment to time a rebuild, removed right after.\n";

/// A spec edited for a measurement; the original bytes are put back when dropped. A copy is kept
/// under target/ until then, so a run killed half-way is repaired by the next one.
struct SpecEdit {
    path: PathBuf,
    backup: PathBuf,
    original: Vec<u8>,
}

impl SpecEdit {
    fn new(edit: impl FnOnce(&str) -> Option<String>) -> Result<Self, String> {
        let path = manifest_dir().join(REGEN_SPEC);
        let backup = target_dir().join("bench-regen-spec.orig");
        let original = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = String::from_utf8(original.clone()).map_err(|e| e.to_string())?;
        let edited = edit(&text).ok_or("the spec does not have the expected shape any more")?;
        std::fs::write(&backup, &original).map_err(|e| format!("{}: {e}", backup.display()))?;
        std::fs::write(&path, edited).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Self {
            path,
            backup,
            original,
        })
    }

    /// Put back a spec left edited by a run that did not finish.
    fn repair_leftover() {
        let backup = target_dir().join("bench-regen-spec.orig");
        if let Ok(original) = std::fs::read(&backup) {
            let path = manifest_dir().join(REGEN_SPEC);
            let current = std::fs::read(&path).unwrap_or_default();
            let text = String::from_utf8_lossy(&current);
            if text.contains("benchProbe") || text.contains(REGEN_COMMENT.trim_end()) {
                let _ = std::fs::write(&path, original);
                progress("regen: restored a spec edited by an unfinished earlier run");
            }
            let _ = std::fs::remove_file(backup);
        }
    }
}

impl Drop for SpecEdit {
    fn drop(&mut self) {
        std::fs::write(&self.path, &self.original).expect("restore the spec");
        let _ = std::fs::remove_file(&self.backup);
    }
}

struct Build {
    secs: f64,
    ok: bool,
    waited_for_lock: bool,
    /// The slowest units, from `--timings`.
    units: Vec<(String, f64)>,
    error: String,
}

/// `cargo build --timings` in the repository (dev profile, default features); `target_dir`
/// overrides the target directory.
fn cargo_build(target_dir_override: Option<&Path>) -> Build {
    cargo_build_in(&manifest_dir(), target_dir_override)
}

/// `cargo build --timings` in `dir`.
fn cargo_build_in(dir: &Path, target_dir_override: Option<&Path>) -> Build {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--timings", "--color", "never"])
        .current_dir(dir)
        .stdin(Stdio::null());
    if let Some(dir) = target_dir_override {
        cmd.env("CARGO_TARGET_DIR", dir);
    }
    let started_at = SystemTime::now();
    let start = Instant::now();
    let output = cmd.output();
    let secs = start.elapsed().as_secs_f64();
    let (ok, stderr) = match output {
        Ok(o) => (
            o.status.success(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        ),
        Err(e) => (false, e.to_string()),
    };
    let timings = target_dir_override
        .map(Path::to_path_buf)
        .unwrap_or_else(target_dir)
        .join("cargo-timings");
    let units = slowest_units(&timings.join("cargo-timing.html"));
    // cargo also keeps a dated copy of every report: drop the ones this build made.
    if let Ok(entries) = std::fs::read_dir(&timings) {
        for e in entries.flatten() {
            let dated = e.file_name().to_string_lossy().starts_with("cargo-timing-");
            let new = e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= started_at);
            if dated && new {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Build {
        secs,
        ok,
        waited_for_lock: stderr.contains("Blocking waiting for file lock"),
        units,
        error: stderr
            .lines()
            .filter(|l| l.starts_with("error"))
            .take(2)
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// `(unit, seconds)` of every unit in a cargo timings report, slowest first.
fn slowest_units(html: &Path) -> Vec<(String, f64)> {
    let Ok(text) = std::fs::read_to_string(html) else {
        return Vec::new();
    };
    let Some(start) = text.find("const UNIT_DATA = ") else {
        return Vec::new();
    };
    let rest = &text[start + "const UNIT_DATA = ".len()..];
    let json = rest.split(";\n").next().unwrap_or("");
    let Ok(serde_json::Value::Array(units)) = serde_json::from_str(json) else {
        return Vec::new();
    };
    let mut out: Vec<(String, f64)> = units
        .iter()
        .filter_map(|u| {
            let name = u["name"].as_str()?;
            let target = u["target"].as_str().unwrap_or("").trim();
            let mode = u["mode"].as_str().unwrap_or("");
            let what = match (mode, target) {
                ("run-custom-build", _) => format!("{name} (build.rs run)"),
                (_, "") if name == "deploykit" => "deploykit (lib)".to_string(),
                (_, "") => name.to_string(),
                (_, t) => format!("{name} ({t})"),
            };
            Some((what, u["duration"].as_f64()?))
        })
        .filter(|(_, secs)| *secs >= 0.05)
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1));
    out
}

fn top_units(units: &[(String, f64)], n: usize) -> String {
    units
        .iter()
        .take(n)
        .map(|(u, s)| format!("{u} {s:.1} s"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Rounds of every build-time figure (each a median of this many builds, with their spread).
fn build_rounds() -> usize {
    std::env::var("DEPLOYKIT_BENCH_BUILD_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(5)
}

/// Edit the spec, `cargo build`, restore the spec, `cargo build` again, `rounds` times: the
/// builds after the edit and the builds after the restore.
fn measure_edit(
    name: &str,
    rounds: usize,
    edit: impl Fn(&str) -> Option<String>,
) -> Option<(Vec<Build>, Vec<Build>)> {
    let (mut edited, mut restored) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let guard = match SpecEdit::new(&edit) {
            Ok(g) => g,
            Err(e) => {
                progress(&format!("regen: {name}: cannot edit the spec: {e}"));
                return None;
            }
        };
        edited.push(cargo_build(None));
        drop(guard);
        restored.push(cargo_build(None));
    }
    Some((edited, restored))
}

fn describe(b: &Build) -> String {
    let mut s = fmt_secs(b.secs);
    if !b.ok {
        s.push_str(" (failed)");
    }
    if b.waited_for_lock {
        s.push_str(" (waited for another build's lock)");
    }
    s
}

/// The median build time of `builds` and its build (for its units), and the per-build seconds.
fn median_build(builds: &[Build]) -> (f64, &Build, Vec<f64>) {
    let secs: Vec<f64> = builds.iter().map(|b| b.secs).collect();
    let m = median(&secs);
    let closest = builds
        .iter()
        .min_by(|a, b| (a.secs - m).abs().total_cmp(&(b.secs - m).abs()))
        .expect("at least one build");
    (m, closest, secs)
}

fn regeneration(report: &mut Report) {
    let rounds = build_rounds();
    progress(&format!(
        "regen: `cargo build` (dev) of the library after editing {REGEN_SPEC}, {rounds} rounds; the spec is restored byte for byte"
    ));
    SpecEdit::repair_leftover();
    let warm = cargo_build(None);
    if !warm.ok {
        report.note(format!(
            "regeneration skipped: `cargo build` fails in the work tree as it is ({})",
            warm.error
        ));
        return;
    }
    let noop = cargo_build(None);
    let comment = measure_edit("comment", rounds, |t: &str| {
        let mut t = t.to_string();
        if !t.ends_with('\n') {
            t.push('\n');
        }
        t.push_str(REGEN_COMMENT);
        Some(t)
    });
    let param = measure_edit("query parameter", rounds, |t: &str| {
        let at = t.find(REGEN_ANCHOR)? + REGEN_ANCHOR.len();
        let mut edited = t.to_string();
        edited.insert_str(at, REGEN_PARAM);
        Some(edited)
    });
    for (label, result) in [
        (
            "rebuild of the library after a comment in a spec (build.rs rerun + recompile + link)",
            comment,
        ),
        (
            "rebuild of the library after a real spec change (optional query parameter added)",
            param,
        ),
    ] {
        let Some((edited, restored)) = result else {
            report.note(format!("{label}: not measured"));
            continue;
        };
        let (secs, typical, all) = median_build(&edited);
        let failed = edited.iter().any(|b| !b.ok);
        report.row_value(
            label,
            (
                format!(
                    "{}{}",
                    fmt_secs(secs),
                    if failed { " (a build failed)" } else { "" }
                ),
                secs,
            ),
            format!("{} (no-op build)", describe(&noop)),
            None,
            Target::ValueAtMost(3.0, "s"),
            Some(!failed),
        );
        report.spread(&all);
        let (back, _, _) = median_build(&restored);
        report.notes.push(format!(
            "{label}: slowest units of the median build {}; rebuild after restoring the spec {}",
            top_units(&typical.units, 4),
            fmt_secs(back)
        ));
    }
    if env_flag("DEPLOYKIT_BENCH_CLEAN") {
        clean_builds(report, rounds);
    } else {
        report.notes.push(
            "clean builds not measured (opt-in: DEPLOYKIT_BENCH_CLEAN=1 cargo bench -p deploykit-bench --bench suite -- regen)"
                .into(),
        );
    }
}

/// Clean builds (empty target directory) of a program that uses one provider, as a library user
/// writes it (`default-features = false`: no code generator), on each TLS provider; and of the
/// whole workspace's default build once.
fn clean_builds(report: &mut Report, rounds: usize) {
    let root = manifest_dir();
    let user = target_dir().join(format!("bench-user-{}", std::process::id()));
    for (tls, target) in [
        ("tls-ring", Target::ValueAtMost(60.0, "s")),
        ("tls-aws-lc", Target::None),
    ] {
        let _ = std::fs::remove_dir_all(&user);
        let made = std::fs::create_dir_all(user.join("src"))
            .and_then(|()| {
                std::fs::write(
                    user.join("Cargo.toml"),
                    format!(
                        "[package]\nname = \"bench-user\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ndeploykit = {{ path = {:?}, default-features = false, features = [\"nhn\", {tls:?}] }}\n\n[workspace]\n",
                        root.to_string_lossy()
                    ),
                )
            })
            .and_then(|()| {
                std::fs::write(
                    user.join("src/main.rs"),
                    "fn main() {\n    let _ = deploykit::nhn::Client::builder();\n}\n",
                )
            })
            .and_then(|()| std::fs::copy(root.join("Cargo.lock"), user.join("Cargo.lock")).map(|_| ()));
        if let Err(e) = made {
            report.note(format!(
                "clean build of a one-provider user not measured: {e}"
            ));
            return;
        }
        progress(&format!(
            "regen: clean `cargo build` of a crate using deploykit with nhn + {tls}, {rounds} rounds"
        ));
        let mut builds = Vec::new();
        for _ in 0..rounds {
            let dir = user.join("target");
            let _ = std::fs::remove_dir_all(&dir);
            builds.push(cargo_build_in(&user, Some(&dir)));
        }
        let (secs, typical, all) = median_build(&builds);
        let failed = builds.iter().any(|b| !b.ok);
        report.row_value(
            format!("clean build of a one-provider library user (`default-features = false, features = [\"nhn\", \"{tls}\"]`, dev)"),
            (format!("{}{}", fmt_secs(secs), if failed { " (a build failed)" } else { "" }), secs),
            "—",
            None,
            target,
            Some(!failed),
        );
        report.spread(&all);
        report.notes.push(format!(
            "clean build with {tls}: {} units; slowest {}",
            typical.units.len(),
            top_units(&typical.units, 8)
        ));
    }
    let _ = std::fs::remove_dir_all(&user);
    let dir = target_dir().join(format!("bench-clean-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    progress(&format!(
        "regen: clean `cargo build` (dev, default features) in {}",
        dir.display()
    ));
    let clean = cargo_build(Some(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    report.row(
        "clean build of the library with its default features (`cargo build`, dev, code generator included)",
        describe(&clean),
        "—",
        None,
        Target::None,
    );
    report.notes.push(format!(
        "clean build, default features: slowest units {}",
        top_units(&clean.units, 8)
    ));
}

// ---------------------------------------------------------------------------------------------
// Workload 5: spec check and spec diff on GitHub's full description
// ---------------------------------------------------------------------------------------------

/// `@octokit/openapi` versions: OLD and NEW of the diff (NEW is also what `spec check` reads).
const OCTOKIT_OLD: &str = "22.0.0";
const OCTOKIT_NEW: &str = "23.0.2";
const OCTOKIT_FILE: &str = "package/generated/api.github.com.json";

/// `api.github.com.json` of one version of `@octokit/openapi`, fetched once into
/// `target/bench-data/`.
fn octokit_description(version: &str) -> Result<PathBuf, String> {
    let dir = target_dir()
        .join("bench-data")
        .join(format!("octokit-openapi-{version}"));
    let file = dir.join(OCTOKIT_FILE);
    if file.is_file() {
        return Ok(file);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    progress(&format!(
        "specs: fetching @octokit/openapi {version} from the npm registry"
    ));
    let rt = client_runtime();
    let tarball = dir.join("package.tgz");
    rt.block_on(async {
        let http = raw_client()
            .user_agent("deploykit-bench-suite")
            .build()
            .map_err(|e| e.to_string())?;
        let meta: serde_json::Value = http
            .get(format!(
                "https://registry.npmjs.org/@octokit%2fopenapi/{version}"
            ))
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("registry: {e}"))?
            .json()
            .await
            .map_err(|e| format!("registry: {e}"))?;
        let url = meta["dist"]["tarball"]
            .as_str()
            .ok_or("registry: no dist.tarball")?;
        let integrity = meta["dist"]["integrity"]
            .as_str()
            .and_then(|i| i.strip_prefix("sha512-"))
            .ok_or("registry: no sha512 integrity")?;
        let bytes = http
            .get(url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| format!("{url}: {e}"))?
            .bytes()
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        use base64::Engine as _;
        let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha512::digest(&bytes));
        if digest != integrity {
            return Err(format!(
                "{url}: SHA-512 {digest} is not the registry's {integrity}"
            ));
        }
        std::fs::write(&tarball, &bytes).map_err(|e| format!("{}: {e}", tarball.display()))
    })?;
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&tarball)
        .arg("-C")
        .arg(&dir)
        .arg(OCTOKIT_FILE)
        .status()
        .map_err(|e| format!("tar: {e}"))?;
    let _ = std::fs::remove_file(&tarball);
    if !status.success() || !file.is_file() {
        return Err(format!("tar could not extract {OCTOKIT_FILE}"));
    }
    Ok(file)
}

/// The release build of the command (or `DEPLOYKIT_BIN`).
fn deploykit_bin() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("DEPLOYKIT_BIN") {
        return Ok(PathBuf::from(bin));
    }
    build_command("release")
}

/// `cargo build --profile PROFILE -p deploykit-cli`, and the binary it made.
fn build_command(profile: &str) -> Result<PathBuf, String> {
    progress(&format!(
        "specs: `cargo build --profile {profile} -p deploykit-cli`"
    ));
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "build",
            "--profile",
            profile,
            "-p",
            "deploykit-cli",
            "--color",
            "never",
        ])
        .current_dir(manifest_dir())
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cargo: {e}"))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!(
            "cargo build --profile {profile} -p deploykit-cli failed: {}",
            err.lines()
                .filter(|l| l.starts_with("error"))
                .take(2)
                .collect::<Vec<_>>()
                .join(" / ")
        ));
    }
    Ok(target_dir().join(profile).join("deploykit"))
}

/// The size rows: the `dist` binary (what is handed out; built here with
/// `DEPLOYKIT_BENCH_CLEAN=1`, else measured when a build left one) against the `release` one
/// (`bin`, its debug info split out beside it).
fn binary_size(report: &mut Report, bin: &Path) {
    let mb = |p: &Path| std::fs::metadata(p).map_or(0.0, |m| m.len() as f64 / 1e6);
    let (bin_mb, dwp) = (mb(bin), bin.with_extension("dwp"));
    let release = if mb(&dwp) > 0.0 {
        format!(
            "release profile {bin_mb:.1} MB + {:.1} MB split debug info",
            mb(&dwp)
        )
    } else {
        format!("release profile {bin_mb:.1} MB")
    };
    let dist = if env_flag("DEPLOYKIT_BENCH_CLEAN") {
        build_command("dist")
            .map_err(|e| report.note(format!("dist build: {e}")))
            .ok()
    } else {
        Some(target_dir().join("dist").join("deploykit")).filter(|p| p.is_file())
    };
    match dist {
        Some(dist) => {
            let built = std::fs::metadata(&dist)
                .and_then(|m| m.modified())
                .map(httpdate::fmt_http_date)
                .unwrap_or_default();
            report.row_value(
                "size of the `deploykit` binary handed out (`cargo build --profile dist -p deploykit-cli`: fat LTO, 1 codegen unit, stripped)",
                (format!("{:.1} MB", mb(&dist)), mb(&dist)),
                release,
                None,
                Target::ValueAtMost(25.0, "MB"),
                None,
            );
            report.note(format!("dist binary measured as built {built}"));
        }
        None => report.row_value(
            "size of the release `deploykit` binary (`cargo build --release -p deploykit-cli`; the `dist` profile was not built: DEPLOYKIT_BENCH_CLEAN=1 builds it)",
            (format!("{bin_mb:.1} MB"), bin_mb),
            release,
            None,
            Target::ValueAtMost(25.0, "MB"),
            None,
        ),
    }
}

struct Run {
    secs: f64,
    rss_kib: u64,
    code: Option<i32>,
    stdout: Vec<u8>,
}

/// Run the command to its end (stdout kept, stderr dropped), sampling its peak RSS.
fn run_command(bin: &Path, args: &[&str]) -> Run {
    let started = Instant::now();
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn deploykit");
    let status_file = PathBuf::from(format!("/proc/{}/status", child.id()));
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut peak = 0;
    let status = loop {
        if let Some(kib) = hwm_kib(&status_file) {
            peak = peak.max(kib);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => panic!("wait: {e}"),
        }
    };
    Run {
        secs: started.elapsed().as_secs_f64(),
        rss_kib: peak,
        code: status.code(),
        stdout: reader.join().unwrap_or_default(),
    }
}

/// Median time and the largest peak RSS of `rounds` runs, and the last run's stdout and code.
fn measure_command(bin: &Path, args: &[&str], rounds: usize) -> (f64, f64, Run) {
    let mut times = Vec::new();
    let mut rss: u64 = 0;
    let mut last = None;
    for _ in 0..rounds {
        let run = run_command(bin, args);
        times.push(run.secs);
        rss = rss.max(run.rss_kib);
        last = Some(run);
    }
    (
        median(&times),
        rss as f64 / 1024.0,
        last.expect("one round"),
    )
}

fn specs(report: &mut Report) {
    let files = octokit_description(OCTOKIT_OLD)
        .and_then(|old| octokit_description(OCTOKIT_NEW).map(|new| (old, new)));
    let (old, new) = match files {
        Ok(f) => f,
        Err(e) => {
            report.note(format!(
                "specs workload skipped: GitHub's description not available ({e})"
            ));
            return;
        }
    };
    let bin = match deploykit_bin() {
        Ok(b) => b,
        Err(e) => {
            report.note(format!("specs workload skipped: {e}"));
            return;
        }
    };
    binary_size(report, &bin);
    let new_s = new.to_string_lossy().into_owned();
    let old_s = old.to_string_lossy().into_owned();
    let size_mb = std::fs::metadata(&new).map_or(0.0, |m| m.len() as f64 / 1e6);
    let ops = std::fs::read(&new)
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| {
            v["paths"].as_object().map(|paths| {
                paths
                    .values()
                    .filter_map(serde_json::Value::as_object)
                    .flat_map(|item| item.keys())
                    .filter(|k| {
                        [
                            "get", "put", "post", "delete", "options", "head", "patch", "trace",
                        ]
                        .contains(&k.as_str())
                    })
                    .count()
            })
        })
        .unwrap_or(0);
    let limit_mib = 512.0;
    let rounds = 5;
    progress(&format!(
        "specs: spec check and spec diff, {rounds} rounds each"
    ));

    let (secs, mib, last) =
        measure_command(&bin, &["spec", "check", "--format", "json", &new_s], rounds);
    let check: serde_json::Value = serde_json::from_slice(&last.stdout).unwrap_or_default();
    let problems = check["summary"]["errors"].as_u64().unwrap_or(0);
    report.row_value(
        format!("`deploykit spec check` on GitHub's full description (api.github.com.json {OCTOKIT_NEW}: {size_mb:.1} MB, {} operations)", fmt_count(ops as f64)),
        (format!("{secs:.2} s, peak {mib:.0} MiB"), secs),
        format!("{} lint findings (exit {})", fmt_count(problems as f64), last.code.unwrap_or(-1)),
        None,
        Target::ValueAtMost(5.0, "s and ≤ 512 MiB"),
        Some(mib <= limit_mib),
    );

    let (secs, mib, last) = measure_command(
        &bin,
        &["spec", "diff", "--format", "json", &old_s, &new_s],
        rounds,
    );
    let diff: serde_json::Value = serde_json::from_slice(&last.stdout).unwrap_or_default();
    let summary = &diff["summary"];
    let api = diff["specs"][0]["api"]["reason"]
        .as_str()
        .unwrap_or("")
        .to_string();
    report.row_value(
        format!("`deploykit spec diff` of GitHub's full description, {OCTOKIT_OLD} → {OCTOKIT_NEW} (wire; the lint refuses it for the Rust API)"),
        (format!("{secs:.2} s, peak {mib:.0} MiB"), secs),
        format!(
            "{} findings: {} breaking, {} compatible (exit {})",
            fmt_count((summary["breaking"].as_u64().unwrap_or(0) + summary["compatible"].as_u64().unwrap_or(0)) as f64),
            fmt_count(summary["breaking"].as_u64().unwrap_or(0) as f64),
            fmt_count(summary["compatible"].as_u64().unwrap_or(0) as f64),
            last.code.unwrap_or(-1)
        ),
        None,
        Target::ValueAtMost(5.0, "s and ≤ 512 MiB"),
        Some(mib <= limit_mib),
    );
    // What a pull request's CI prints: the text format, findings capped per rule.
    let (secs, mib, _) = measure_command(&bin, &["spec", "diff", &old_s, &new_s], rounds);
    report.notes.push(format!(
        "specs: `spec diff` in the text format (what CI prints) {secs:.2} s, peak {mib:.0} MiB; Rust API: {}; the descriptions are @octokit/openapi {OCTOKIT_OLD} and {OCTOKIT_NEW} from the npm registry (SHA-512 checked), kept in target/bench-data/",
        if api.is_empty() { "compared".to_string() } else { format!("not compared ({api})") }
    ));
}
