//! Mutated answers through the real client stack: every operation of every spec is called (with
//! valid input derived from the spec) against a local server that answers with a mutation of the
//! operation's documented answer — another status, hostile headers (`Retry-After`, rate-limit
//! resets, `Content-Length`, `Content-Type`, `Content-Encoding`), a truncated or retyped body,
//! huge numbers, invalid UTF-8. Every call must end in a decoded value or a typed error, never a
//! panic, a hang or a real wait.
//!
//! The default run is small (a few thousand cases, seconds). `DEPLOYKIT_FUZZ_CASES=100000 cargo
//! test --release --test fuzz_answers -- --nocapture` runs the long one and prints the matrix
//! (operations × kinds of mutation) with the count of each cell.

#![cfg(all(
    feature = "dispatch",
    feature = "github",
    feature = "ncloud",
    feature = "alibaba",
    feature = "nhn"
))]

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::RecordingSleeper;
use deploykit::runtime::dispatch::Args;
use deploykit::runtime::{ClientOptions, Limits, MapEnv};
use deploykit::{alibaba, github, ncloud, nhn};
use deploykit_spec::normalize::{OpMeta, operations};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The kinds of mutation, one column of the matrix each.
const KINDS: [&str; 12] = [
    "as documented",
    "other status",
    "retry-after",
    "rate-limit reset",
    "content-length",
    "content-type",
    "gzip garbage",
    "truncated",
    "type swap",
    "huge number",
    "invalid utf-8",
    "empty or null",
];

/// One answer the server gives, as raw bytes of the head's parts and the body.
#[derive(Clone, Debug, Default)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Announce this many bytes of body instead of the body's length.
    content_length: Option<u64>,
}

/// A small, seedable random source (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The server: answers every request with the current answer (token requests with a token, so
/// NHN calls get as far as their operation, unless the mutation is aimed at them).
async fn serve(current: Arc<Mutex<Answer>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let current = current.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                // Read the head and as much body as announced, then answer and close.
                loop {
                    let Ok(n) = socket.read(&mut chunk).await else {
                        return;
                    };
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    if let Some(end) = find(&buf, b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                        let want = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + want {
                            break;
                        }
                    }
                }
                let is_token = buf.starts_with(b"POST /oauth2/token/create");
                let answer = if is_token {
                    Answer {
                        status: 200,
                        headers: vec![("content-type".into(), "application/json".into())],
                        body: br#"{"access_token":"tok","token_type":"Bearer","expires_in":86400}"#
                            .to_vec(),
                        content_length: None,
                    }
                } else {
                    current.lock().unwrap().clone()
                };
                let mut out = format!("HTTP/1.1 {} X\r\nconnection: close\r\n", answer.status);
                for (k, v) in &answer.headers {
                    out.push_str(&format!("{k}: {v}\r\n"));
                }
                let len = answer.content_length.unwrap_or(answer.body.len() as u64);
                out.push_str(&format!("content-length: {len}\r\n\r\n"));
                let mut bytes = out.into_bytes();
                bytes.extend_from_slice(&answer.body);
                let _ = socket.write_all(&bytes).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Resolve a local `$ref`.
fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .map(|t| resolve(spec, t))
            .unwrap_or(v),
        None => v,
    }
}

/// A valid value of `schema` (the spec's example when it has one).
fn sample(spec: &Value, schema: &Value) -> Value {
    let s = resolve(spec, schema);
    if let Some(e) = s.get("example") {
        return e.clone();
    }
    if let Some(e) = s
        .get("enum")
        .and_then(Value::as_array)
        .and_then(|e| e.first())
    {
        return e.clone();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(first) = s.get(key).and_then(Value::as_array).and_then(|l| l.first()) {
            return sample(spec, first);
        }
    }
    match s.get("type").and_then(Value::as_str) {
        Some("integer") | Some("number") => {
            json!(s.get("minimum").and_then(Value::as_i64).unwrap_or(0).max(1))
        }
        Some("boolean") => json!(false),
        Some("array") => json!([sample(spec, s.get("items").unwrap_or(&Value::Null))]),
        Some("object") | None if s.get("properties").is_some() => {
            let mut out = serde_json::Map::new();
            let props = s.get("properties").and_then(Value::as_object);
            for name in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                if let Some(p) = props.and_then(|p| p.get(name)) {
                    out.insert(name.to_string(), sample(spec, p));
                }
            }
            Value::Object(out)
        }
        Some("object") => json!({}),
        _ => match s.get("format").and_then(Value::as_str) {
            Some("date") => json!("2024-01-01"),
            Some("date-time") => json!("2024-01-01T00:00:00Z"),
            _ => json!("abc"),
        },
    }
}

/// Valid arguments for `op`: every parameter with a value (required or not, so every setter runs).
fn arguments(spec: &Value, op: &OpMeta) -> Args {
    let mut args = Args::new();
    for p in &op.params {
        if matches!(p.location.as_str(), "path" | "query" | "header") {
            args.set(p.name.clone(), sample(spec, &p.schema));
        }
    }
    if let Some(body) = &op.body
        && !op.multipart
    {
        let example = spec
            .pointer(&format!(
                "/paths/{}/{}/requestBody/content",
                op.path.replace('~', "~0").replace('/', "~1"),
                op.method.to_ascii_lowercase()
            ))
            .and_then(Value::as_object)
            .and_then(|c| c.values().find_map(|m| m.get("example")).cloned());
        args.set(
            "body",
            example.unwrap_or_else(|| sample(spec, &body.schema)),
        );
    }
    args
}

/// The documented answer of `op` (its first 2xx example), or `{}`.
fn documented(spec: &Value, op: &OpMeta) -> (u16, Vec<u8>) {
    let responses = spec
        .pointer(&format!(
            "/paths/{}/{}/responses",
            op.path.replace('~', "~0").replace('/', "~1"),
            op.method.to_ascii_lowercase()
        ))
        .and_then(Value::as_object);
    for (code, r) in responses.into_iter().flatten() {
        if !code.starts_with('2') {
            continue;
        }
        let status = code.parse().unwrap_or(200);
        let example = resolve(spec, r)
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.values().next())
            .and_then(|m| {
                m.get("example")
                    .cloned()
                    .or_else(|| m.get("schema").map(|s| sample(spec, s)))
            });
        return match example {
            Some(v) => (status, serde_json::to_vec(&v).unwrap()),
            None => (status, Vec::new()),
        };
    }
    (200, b"{}".to_vec())
}

/// Replace one value somewhere in `v` with `with` (a type swap or a huge number).
fn swap_one(v: &mut Value, rng: &mut Rng, with: &dyn Fn(&mut Rng) -> Value) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            let keys: Vec<String> = m.keys().cloned().collect();
            let k = rng.pick(&keys).clone();
            if rng.below(3) == 0 {
                m.insert(k, with(rng));
            } else if let Some(child) = m.get_mut(&k) {
                swap_one(child, rng, with);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            let i = rng.below(a.len());
            swap_one(&mut a[i], rng, with);
        }
        other => *other = with(rng),
    }
}

/// A mutation of `kind` of the documented answer.
fn mutate(kind: &str, status: u16, body: &[u8], rng: &mut Rng) -> Answer {
    let json_type = ("content-type".to_string(), "application/json".to_string());
    let mut a = Answer {
        status,
        headers: vec![json_type.clone()],
        body: body.to_vec(),
        content_length: None,
    };
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    match kind {
        "as documented" => {}
        "other status" => {
            a.status = *rng.pick(&[
                200, 201, 202, 204, 206, 299, 301, 304, 400, 401, 403, 404, 409, 413, 422, 429,
                430, 500, 502, 503, 504, 599,
            ]);
            if rng.below(2) == 0 {
                a.body = rng
                    .pick(&[
                        &br#"{"message":"Validation Failed","errors":[{"code":"invalid"}]}"#[..],
                        br#"{"error":{"errorCode":"100","message":"Bad Request"}}"#,
                        br#"{"Code":"Throttling.User","Message":"slow down","RequestId":"r"}"#,
                        br#"{"header":{"isSuccessful":false,"resultCode":-1,"resultMessage":"no"},"body":null}"#,
                        b"<html><body>502 Bad Gateway</body></html>",
                        b"",
                    ])
                    .to_vec();
            }
        }
        "retry-after" => {
            a.status = *rng.pick(&[429, 503, 403]);
            let v = rng
                .pick(&[
                    "18446744073709551615",
                    "300000000000",
                    "-1",
                    "1.5",
                    "soon",
                    "Wed, 21 Oct 2015 07:28:00 GMT",
                    "Fri, 31 Dec 9999 23:59:59 GMT",
                    "0",
                ])
                .to_string();
            a.headers.push(("retry-after".into(), v.clone()));
            a.headers.push(("x-acs-retry-after".into(), v));
        }
        "rate-limit reset" => {
            a.status = *rng.pick(&[403, 429]);
            a.headers.push(("x-ratelimit-remaining".into(), "0".into()));
            a.headers.push((
                "x-ratelimit-reset".into(),
                rng.pick(&["18446744073709551615", "99999999999999", "-5", "x", "1"])
                    .to_string(),
            ));
        }
        "content-length" => {
            // Announce more than is sent: the connection closes early.
            a.content_length = Some(a.body.len() as u64 + 1 + rng.below(1000) as u64);
        }
        "content-type" => {
            a.headers = vec![(
                "content-type".into(),
                rng.pick(&[
                    "text/html",
                    "application/xml",
                    "text/plain",
                    "application/problem+json",
                    "application/octet-stream",
                    "garbage/\u{7f}",
                ])
                .to_string(),
            )];
            if rng.below(2) == 0 {
                a.headers.clear();
            }
        }
        "gzip garbage" => {
            a.headers.push(("content-encoding".into(), "gzip".into()));
            a.body = vec![0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0x00];
        }
        "truncated" => {
            let keep = rng.below(a.body.len().max(1));
            a.body.truncate(keep);
        }
        "type swap" => {
            if let Some(mut v) = parsed {
                swap_one(&mut v, rng, &|r: &mut Rng| {
                    r.pick(&[
                        json!(null),
                        json!("text"),
                        json!(1),
                        json!(true),
                        json!([]),
                        json!({}),
                    ])
                    .clone()
                });
                a.body = serde_json::to_vec(&v).unwrap();
            }
        }
        "huge number" => {
            if let Some(mut v) = parsed {
                swap_one(&mut v, rng, &|r: &mut Rng| {
                    r.pick(&[
                        json!(u64::MAX),
                        json!(i64::MIN),
                        json!(1e300),
                        json!(-1e300),
                        json!(18446744073709551615u64),
                    ])
                    .clone()
                });
                a.body = serde_json::to_vec(&v).unwrap();
                if rng.below(4) == 0 {
                    a.body = b"{\"id\": 1e400, \"expires_in\": 99999999999999999999999}".to_vec();
                }
            }
        }
        "invalid utf-8" => {
            let at = rng.below(a.body.len().max(1));
            a.body.splice(
                at.min(a.body.len())..at.min(a.body.len()),
                [0xff, 0xfe, 0xc3],
            );
        }
        "empty or null" => {
            a.body = rng
                .pick(&[&b""[..], b"null", b"[]", b"{}", b"\"\""])
                .to_vec();
        }
        other => unreachable!("{other}"),
    }
    a
}

/// The four clients, all pointed at the server, with a recording sleeper (no real waits) and a
/// short deadline.
fn options() -> ClientOptions {
    let mut o = common::options(MapEnv::new(), &RecordingSleeper::default(), None);
    o.limits = Limits {
        request_timeout: Duration::from_secs(3),
        ..Limits::default()
    };
    o
}

struct Clients {
    github: github::Client,
    ncloud: ncloud::Client,
    alibaba: alibaba::Client,
    nhn: nhn::Client,
}

fn clients(base: &str) -> Clients {
    Clients {
        github: github::Client::builder()
            .options(options())
            .token("ghp_fuzz")
            .base_url(base)
            .build()
            .unwrap(),
        ncloud: ncloud::Client::builder()
            .options(options())
            .credentials("AK", "SK")
            .base_url(format!("{base}/api/v1"))
            .build()
            .unwrap(),
        alibaba: alibaba::Client::builder()
            .options(options())
            .credentials(alibaba::Credentials::new("AK", "SK"))
            .base_url(base)
            .build()
            .unwrap(),
        nhn: nhn::Client::builder()
            .options(options())
            .user_access_key("id", "secret")
            .app_key("app1")
            .base_url(base)
            .build()
            .unwrap(),
    }
}

/// Call `op` of `provider` once; `Ok` with a short description of the result (a panic fails the
/// test on its own).
async fn call(c: &Clients, provider: &str, op: &str, args: Args) -> Result<(), deploykit::Error> {
    match provider {
        "github" => deploykit::generated::github::dispatch(c.github.api(), op, args)
            .await
            .map(|_| ()),
        "ncloud" => deploykit::generated::ncloud_apigateway::dispatch(c.ncloud.api(), op, args)
            .await
            .map(|_| ()),
        "alibaba" => deploykit::generated::alibaba_cloudapi::dispatch(c.alibaba.api(), op, args)
            .await
            .map(|_| ()),
        _ => match op {
            // The transfers are not JSON calls: through the client's own methods.
            "download_binary" => {
                let d = c.nhn.download_binary(1, 2, 3).await?;
                let mut sink = Vec::new();
                d.to_writer(&mut sink).await.map(|_| ())
            }
            "upload_binary" => {
                let upload = nhn::BinaryUpload::from_reader(
                    nhn::types::ApplicationType::Server,
                    std::io::Cursor::new(b"1234".to_vec()),
                    4,
                    "app.jar",
                );
                c.nhn.upload_binary(1, 2, upload).await.map(|_| ())
            }
            _ => deploykit::generated::nhn_deploy::dispatch(c.nhn.api(), op, args)
                .await
                .map(|_| ()),
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutated_answers_end_in_a_value_or_a_typed_error() {
    let total: usize = std::env::var("DEPLOYKIT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let current = Arc::new(Mutex::new(Answer::default()));
    let base = serve(current.clone()).await;
    let c = clients(&base);
    let specs = [
        ("github", deploykit::generated::github::SPEC_JSON),
        ("ncloud", deploykit::generated::ncloud_apigateway::SPEC_JSON),
        ("alibaba", deploykit::generated::alibaba_cloudapi::SPEC_JSON),
        ("nhn", deploykit::generated::nhn_deploy::SPEC_JSON),
    ];
    let mut work = Vec::new();
    for (provider, json) in specs {
        let spec: Value = serde_json::from_str(json).unwrap();
        for op in operations(&spec) {
            let args = arguments(&spec, &op);
            let (status, body) = documented(&spec, &op);
            work.push((provider, op.id.clone(), args, status, body));
        }
    }
    let mut rng = Rng(0x5eed_d3a1_u64);
    let mut matrix: BTreeMap<(String, &str), usize> = BTreeMap::new();
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let rounds = total.div_ceil(work.len() * KINDS.len()).max(1);
    for _ in 0..rounds {
        for (provider, op, args, status, body) in &work {
            for kind in KINDS {
                *current.lock().unwrap() = mutate(kind, *status, body, &mut rng);
                let result = tokio::time::timeout(
                    Duration::from_secs(20),
                    call(&c, provider, op, args.clone()),
                )
                .await
                .unwrap_or_else(|_| panic!("{provider} {op} hung on a `{kind}` answer"));
                let label = match &result {
                    Ok(()) => "value".to_string(),
                    Err(e) => {
                        // Every rendering works and says something.
                        assert!(!e.to_string().is_empty() && !format!("{e:?}").is_empty());
                        let kind = format!("{:?}", e.kind());
                        let kind = kind
                            .split([' ', '{'])
                            .next()
                            .unwrap_or_default()
                            .to_string();
                        format!("{kind}/{:?}", e.outcome())
                    }
                };
                *outcomes.entry(label).or_default() += 1;
                *matrix
                    .entry((format!("{provider} {op}"), kind))
                    .or_default() += 1;
            }
        }
    }
    let cases: usize = matrix.values().sum();
    println!(
        "{cases} cases: {} operations × {} kinds of mutation, every cell run {rounds} time(s)",
        work.len(),
        KINDS.len()
    );
    println!("results: {outcomes:?}");
    assert_eq!(
        matrix.len(),
        work.len() * KINDS.len(),
        "every cell of the matrix ran"
    );
    assert!(
        outcomes.contains_key("value"),
        "some answers decode: {outcomes:?}"
    );
}
