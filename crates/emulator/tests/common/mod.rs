//! What every test file shares: an emulator started in-process with a clock the test moves, a
//! reqwest client, and request helpers that authenticate the way each provider expects (with the
//! crate's signers, so that wrong signatures, stale timestamps and reused nonces can be sent on
//! purpose).

// Each test file uses a part of these helpers.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime};

use deploykit::sign::acs3::{Acs3Request, Acs3Signer, format_acs_date};
use deploykit::sign::ncp::NcpSigner;
use deploykit_emulator::{Emulator, EmulatorBuilder, EmulatorHandle, alibaba, github, ncloud, nhn};
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use serde_json::Value;

// ---- fixtures ------------------------------------------------------------------------------

/// The emulator's clock: the system clock plus an offset the test can move forward.
#[derive(Clone, Default)]
pub struct TestClock(Arc<AtomicI64>);

impl TestClock {
    pub fn now(&self) -> SystemTime {
        let offset = self.0.load(Ordering::SeqCst);
        SystemTime::now() + Duration::from_millis(u64::try_from(offset).unwrap_or(0))
    }

    pub fn advance(&self, by: Duration) {
        self.0
            .fetch_add(i64::try_from(by.as_millis()).unwrap(), Ordering::SeqCst);
    }
}

/// A running emulator, an HTTP client and the emulator's clock.
pub struct Emu {
    pub handle: EmulatorHandle,
    pub http: reqwest::Client,
    pub clock: TestClock,
}

/// An answer: status, headers and the body as JSON (`Null` when empty or not JSON).
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub bytes: Vec<u8>,
}

impl Answer {
    pub async fn read(r: reqwest::Response) -> Self {
        let status = r.status();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.unwrap().to_vec();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Self {
            status,
            headers,
            body,
            bytes,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn emu() -> Emu {
    emu_with(Emulator::builder()).await
}

pub async fn emu_with(builder: EmulatorBuilder) -> Emu {
    let clock = TestClock::default();
    let c = clock.clone();
    let handle = builder
        .clock(move || c.now())
        .check_responses(true)
        .start()
        .await
        .expect("the emulator starts");
    let http = reqwest::Client::builder()
        .user_agent("deploykit-emulator-tests")
        .pool_max_idle_per_host(0)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Emu {
        handle,
        http,
        clock,
    }
}

pub fn unix_ms(t: SystemTime) -> u64 {
    u64::try_from(
        t.duration_since(SystemTime::UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

impl Emu {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle.base_url())
    }

    /// Fails the test if any answer so far did not conform to the specs.
    pub fn assert_conformant(&self) {
        let violations = self.handle.conformance_violations();
        assert!(violations.is_empty(), "{violations:#?}");
    }

    // ---- GitHub ----

    pub async fn gh(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let mut req = self
            .http
            .request(method, self.url(path))
            .bearer_auth(github::defaults::TOKEN)
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28");
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }

    // ---- NCP ----

    pub async fn ncp(&self, method: Method, target: &str, body: Option<Value>) -> Answer {
        let ts = unix_ms(SystemTime::now());
        self.ncp_signed(
            method,
            target,
            body,
            ts,
            ncloud::defaults::ACCESS_KEY,
            ncloud::defaults::SECRET_KEY,
        )
        .await
    }

    pub async fn ncp_signed(
        &self,
        method: Method,
        target: &str,
        body: Option<Value>,
        ts: u64,
        access_key: &str,
        secret: &str,
    ) -> Answer {
        let signed = NcpSigner::new(access_key, secret).sign(method.as_str(), target, ts);
        let mut req = self.http.request(method, self.url(target));
        for (name, value) in signed.iter() {
            req = req.header(name, value);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }

    // ---- Alibaba ----

    pub fn host(&self) -> String {
        self.handle.addr().to_string()
    }

    pub async fn ali(&self, action: &str, params: &[(&str, &str)]) -> Answer {
        let nonce = uuid::Uuid::new_v4().to_string();
        let date = format_acs_date(i64::try_from(unix_ms(SystemTime::now()) / 1000).unwrap());
        self.ali_raw(
            action,
            params,
            &AliSigning {
                date: &date,
                nonce: &nonce,
                ..AliSigning::default()
            },
        )
        .await
    }

    pub async fn ali_raw(
        &self,
        action: &str,
        params: &[(&str, &str)],
        s: &AliSigning<'_>,
    ) -> Answer {
        let host = self.host();
        let signer = Acs3Signer::new(s.id, s.secret, None);
        let mut req = Acs3Request::rpc(&host, action, "2016-07-14", params);
        req.body = s.signed_body;
        let signed = signer.sign(&req, s.date, s.nonce);
        let url = if signed.canonical_query.is_empty() {
            self.url("/")
        } else {
            self.url(&format!("/?{}", signed.canonical_query))
        };
        let mut http = self.http.post(url);
        for (name, value) in signed.iter() {
            http = http.header(name, value);
        }
        let body = s.sent_body.unwrap_or(s.signed_body).to_vec();
        if !body.is_empty() {
            http = http.body(body);
        }
        Answer::read(http.send().await.unwrap()).await
    }

    // ---- NHN ----

    pub async fn nhn_token(&self) -> String {
        let r = self
            .http
            .post(self.url("/oauth2/token/create"))
            .basic_auth(
                nhn::defaults::ACCESS_KEY_ID,
                Some(nhn::defaults::SECRET_ACCESS_KEY),
            )
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .unwrap();
        let a = Answer::read(r).await;
        assert_eq!(a.status, StatusCode::OK, "{}", a.body);
        a.body["access_token"].as_str().unwrap().to_string()
    }

    pub async fn nhn(
        &self,
        method: Method,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> Answer {
        let mut req = self
            .http
            .request(method, self.url(path))
            .header("X-NHN-AUTHORIZATION", format!("Bearer {token}"));
        if let Some(body) = body {
            req = req.json(&body);
        }
        Answer::read(req.send().await.unwrap()).await
    }
}

/// How an Alibaba request is signed and what body is sent.
pub struct AliSigning<'a> {
    pub id: &'a str,
    pub secret: &'a str,
    pub date: &'a str,
    pub nonce: &'a str,
    pub signed_body: &'a [u8],
    /// A different body than the signed one, to tamper with the request.
    pub sent_body: Option<&'a [u8]>,
}

impl Default for AliSigning<'_> {
    fn default() -> Self {
        Self {
            id: alibaba::defaults::ACCESS_KEY_ID,
            secret: alibaba::defaults::ACCESS_KEY_SECRET,
            date: "",
            nonce: "",
            signed_body: b"",
            sent_body: None,
        }
    }
}

/// The `rel="next"` URL of a `Link` header.
pub fn next_link(link: Option<&str>) -> Option<String> {
    link?.split(',').find_map(|part| {
        let (url, rel) = part.split_once(';')?;
        rel.contains("rel=\"next\"").then(|| {
            url.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
    })
}

pub const NCP_API: &str = "/api/v1/products/emuprod01/apis/emuapi01";
pub const NHN_ARTIFACT: &str = "/api/v2.1/projects/emulator-app-key/artifacts/1";
pub const API_1: &str = alibaba::defaults::APIS[0].0;
pub const API_2: &str = alibaba::defaults::APIS[1].0;
pub const GROUP: &str = alibaba::defaults::GROUP_ID;
