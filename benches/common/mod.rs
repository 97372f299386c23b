//! What the benches share: the fixed requests and answers, and the loopback HTTP/1.1 server
//! they run as a child process (`--serve`).

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::SystemTime;

use bytes::{Buf as _, Bytes, BytesMut};
use deploykit::{alibaba, github, ncloud};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

// ---------------------------------------------------------------------------------------------
// Fixed requests and answers
// ---------------------------------------------------------------------------------------------

/// One deploy through a deploykit client against the loopback server: the operation and the
/// arguments every bench times, so that they all measure the same call.
#[derive(Clone)]
pub(crate) enum Deploy {
    /// Alibaba `DeployApi`: ACS3-signed, parameters in the query.
    Alibaba(Arc<alibaba::Client>),
    /// NAVER Cloud stage deploy: NCP signature v2, JSON body.
    Ncloud(Arc<ncloud::Client>),
    /// GitHub `create_deployment`: Bearer token, JSON body.
    GitHub(
        Arc<github::Client>,
        Arc<github::types::DeploymentCreateRequest>,
    ),
}

impl Deploy {
    /// Alibaba's client for the server at `base`.
    pub(crate) fn alibaba(base: &str) -> Self {
        Deploy::Alibaba(Arc::new(
            alibaba::Client::builder()
                .base_url(base)
                .credentials(alibaba::Credentials::new(ALIBABA_KEY_ID, ALIBABA_SECRET))
                .build()
                .expect("Alibaba client"),
        ))
    }

    /// NAVER Cloud's client for the server at `base`.
    pub(crate) fn ncloud(base: &str) -> Self {
        Deploy::Ncloud(Arc::new(
            ncloud::Client::builder()
                .base_url(format!("{base}/api/v1"))
                .credentials(NCP_ACCESS_KEY, NCP_SECRET_KEY)
                .build()
                .expect("NCP client"),
        ))
    }

    /// GitHub's client for the server at `base`, with the deployment it creates.
    pub(crate) fn github(base: &str) -> Self {
        let body: github::types::DeploymentCreateRequest =
            serde_json::from_value(serde_json::json!({
                "ref": "v1.4.2",
                "environment": "production",
                "description": "Release v1.4.2",
                "auto_merge": false,
                "required_contexts": []
            }))
            .expect("a DeploymentCreateRequest");
        Deploy::GitHub(
            Arc::new(
                github::Client::builder()
                    .token(GITHUB_TOKEN)
                    .base_url(base)
                    .build()
                    .expect("GitHub client"),
            ),
            Arc::new(body),
        )
    }

    /// Sends the deploy; whether the typed answer holds what the server sent (Alibaba's request
    /// id, NAVER Cloud's stage, GitHub's created deployment). Panics on an error.
    pub(crate) async fn send(&self) -> bool {
        match self {
            Deploy::Alibaba(c) => c
                .deploy_api()
                .group_id(GROUP_ID)
                .api_id(API_ID)
                .stage_name(alibaba::types::StageName::Release)
                .description(DESCRIPTION)
                .send()
                .await
                .expect("deploy_api")
                .into_inner()
                .request_id
                .is_some_and(|r| !r.is_empty()),
            Deploy::Ncloud(c) => c
                .deploy_stage()
                .product_id("ksk9ab01")
                .api_id("51hs0c2d")
                .stage_id("fh5o77xq")
                .body(ncloud::types::DeployStageRequest {
                    deployment_no: ncloud::types::DeploymentNo(250_417),
                })
                .send()
                .await
                .expect("deploy_stage")
                .into_inner()
                .stage
                .is_some_and(|s| s.stage_id.is_some()),
            Deploy::GitHub(c, body) => matches!(
                c.create_deployment()
                    .owner("octo-org")
                    .repo("shop")
                    .body(body.as_ref().clone())
                    .send()
                    .await
                    .expect("create_deployment")
                    .into_inner(),
                github::types::CreateDeploymentSuccess::Variant0(_)
            ),
        }
    }
}

pub(crate) const ALIBABA_KEY_ID: &str = "LTAI5tBenchAccessKeyId";
pub(crate) const ALIBABA_SECRET: &str = "BenchAccessKeySecret0123456789";
pub(crate) const GROUP_ID: &str = "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d";
pub(crate) const API_ID: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
pub(crate) const DESCRIPTION: &str = "deploy 2026-11-22 build 1234";
pub(crate) const NCP_ACCESS_KEY: &str = "ncp_iam_BPAMKR7BenchAccessKey";
pub(crate) const NCP_SECRET_KEY: &str = "ncp_iam_BPKMKRBenchSecretKey0123456789xyz";
pub(crate) const GITHUB_TOKEN: &str = "ghp_BenchToken0123456789abcdefghijklmnopqr";

/// `DeployApi`: `DeployApiResponse` needs `RequestId`; the rest is what a gateway may add
/// (ignored by both clients), to make a 264-byte answer.
pub(crate) const ALIBABA_ANSWER: &str = r#"{"RequestId":"CEF72CEB-54B6-4AE8-B225-F876FF7BZ015","HostId":"apigateway.cn-hangzhou.aliyuncs.com","ApiId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0","GroupId":"a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d","StageName":"RELEASE","Description":"deploy 2026-11-22 build 1234"}"#;
/// NCP `deploy_stage`: a `StageResponse`.
pub(crate) const NCP_ANSWER: &str = r#"{"stage":{"tenantId":"4ae230cebc1402ba89b148896951c0d2","modifier":"8c3d3020-5bb7-11ec-bfb8-246e965910a1","apiId":"51hs0c2d","stageId":"fh5o77xq","stageName":"prod","endpointDomain":"https://test123.test.com","deployedStageDeploymentNo":250417,"throttleRps":100}}"#;
/// GitHub `create_deployment` 201: a `Deployment` with every required field (and no more).
pub(crate) const GITHUB_ANSWER: &str = r#"{"url":"https://api.github.com/repos/octo-org/shop/deployments/42","id":42,"node_id":"MDEwOkRlcGxveW1lbnQ0Mg==","sha":"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d","ref":"v1.4.2","task":"deploy","payload":{},"environment":"production","description":"Release v1.4.2","creator":null,"created_at":"2026-11-22T10:00:00Z","updated_at":"2026-11-22T10:00:00Z","statuses_url":"https://api.github.com/repos/octo-org/shop/deployments/42/statuses","repository_url":"https://api.github.com/repos/octo-org/shop"}"#;
pub(crate) const NHN_TOKEN_ANSWER: &str = r#"{"access_token":"q7VbX2mLr0TzK4sNw9EhY1cFgU6pJdA3oQ8iM5tRkZ2nBvCxWyHe","token_type":"Bearer","expires_in":86400}"#;
pub(crate) const NHN_UPLOAD_ANSWER: &str = r#"{"header":{"isSuccessful":true,"serverTime":1533526167415,"resultCode":"SUCCESS","resultMessage":"success"},"body":{"downloadUrl":"http://127.0.0.1/api/v2.1/projects/bench-app-key/artifacts/7/binary-group/3/binaries/1024","binaryKey":1024}}"#;
pub(crate) const NOT_FOUND_ANSWER: &str = r#"{"message":"Not Found"}"#;

/// The DeployApi request the signing benches sign (the suite's signature rows, percall's `sign`
/// and `signer` loops): host, date, nonce and decoded query.
pub(crate) const ACS3_HOST: &str = "apigateway.cn-hangzhou.aliyuncs.com";
pub(crate) const ACS3_DATE: &str = "2026-11-22T09:30:00Z";
pub(crate) const ACS3_NONCE: &str = "3156853299f313e23d1673dc12e1703d";
pub(crate) const ACS3_QUERY: &[(&str, &str)] = &[
    ("GroupId", GROUP_ID),
    ("ApiId", API_ID),
    ("StageName", "RELEASE"),
    ("Description", DESCRIPTION),
];

/// The same request as the Alibaba provider gets it from the generated `deploy_api`: the
/// canonical query in the URL (RFC 3986 encoding, sorted pairs), `Action` and `Version` in their
/// headers (`QueryStyle::Canonical`).
pub(crate) fn acs3_template() -> reqwest::Request {
    let query = deploykit::sign::acs3::canonical_query(ACS3_QUERY);
    let url = format!("https://{ACS3_HOST}/?{query}");
    let mut request = reqwest::Request::new(reqwest::Method::POST, url.parse().expect("URL"));
    let headers = request.headers_mut();
    headers.insert(
        "x-acs-action",
        reqwest::header::HeaderValue::from_static("DeployApi"),
    );
    headers.insert(
        "x-acs-version",
        reqwest::header::HeaderValue::from_static("2016-07-14"),
    );
    request
}

/// The attempt the provider signs it for: [`ACS3_DATE`]'s second, [`ACS3_NONCE`].
pub(crate) fn acs3_ctx() -> deploykit::runtime::AttemptContext {
    deploykit::runtime::AttemptContext {
        attempt: 1,
        now: SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_795_339_800),
        nonce: ACS3_NONCE.to_string(),
        query_marker: None,
    }
}

/// An Alibaba provider with the bench's explicit credentials.
pub(crate) fn alibaba_provider() -> alibaba::Provider {
    alibaba::Provider::new(
        &alibaba::Credentials::new(ALIBABA_KEY_ID, ALIBABA_SECRET),
        deploykit::runtime::credentials::CredentialSource::Explicit,
    )
}

pub(crate) const MIB: u64 = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// HTTP/1.1 head parsing (server and capture)
// ---------------------------------------------------------------------------------------------

pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The end of the head (after the blank line), if the buffer holds all of it.
pub(crate) fn head_end(buf: &[u8]) -> Option<usize> {
    find(buf, b"\r\n\r\n").map(|i| i + 4)
}

/// How the request body is framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Framing {
    Length(u64),
    Chunked,
}

/// What the server needs from a request head.
#[derive(Debug)]
pub(crate) struct Head {
    pub(crate) method: String,
    pub(crate) target: String,
    pub(crate) framing: Framing,
    pub(crate) expect_continue: bool,
    pub(crate) close: bool,
}

/// Parse a request head; `on_header` sees every header.
pub(crate) fn parse_head(head: &[u8], mut on_header: impl FnMut(&str, &str)) -> Option<Head> {
    let text = std::str::from_utf8(head).ok()?;
    let mut lines = text.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let target = request_line.next()?.to_string();
    let http10 = request_line.next() == Some("HTTP/1.0");
    let mut parsed = Head {
        method,
        target,
        framing: Framing::Length(0),
        expect_continue: false,
        close: http10,
    };
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':')?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            parsed.framing = Framing::Length(value.parse().ok()?);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            if value.to_ascii_lowercase().contains("chunked") {
                parsed.framing = Framing::Chunked;
            }
        } else if name.eq_ignore_ascii_case("expect") {
            parsed.expect_continue = value.eq_ignore_ascii_case("100-continue");
        } else if name.eq_ignore_ascii_case("connection") {
            let v = value.to_ascii_lowercase();
            if v.contains("close") {
                parsed.close = true;
            } else if v.contains("keep-alive") {
                parsed.close = false;
            }
        }
        on_header(name, value);
    }
    Some(parsed)
}

// ---------------------------------------------------------------------------------------------
// The server (`--serve`)
// ---------------------------------------------------------------------------------------------

/// Size of the server's reads while draining bodies.
const SERVER_READ: usize = 256 * 1024;

pub(crate) fn serve() -> ! {
    // Leave when the parent closes our stdin (or dies).
    std::thread::spawn(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
        std::process::exit(0);
    });
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("local address").port();
        println!("PORT {port}");
        let _ = std::io::stdout().flush();
        // Downloads are served from this 1 MiB block.
        let block = Bytes::from((0..MIB).map(|i| (i * 31 % 251) as u8).collect::<Vec<u8>>());
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let block = block.clone();
            tokio::spawn(async move {
                let _ = connection(stream, block).await;
            });
        }
    })
}

async fn connection(mut s: TcpStream, block: Bytes) -> std::io::Result<()> {
    s.set_nodelay(true)?;
    let mut buf = BytesMut::with_capacity(16 * 1024);
    let mut sink = vec![0u8; SERVER_READ];
    let mut out = Vec::with_capacity(1024);
    loop {
        let end = loop {
            if let Some(end) = head_end(&buf) {
                break end;
            }
            if buf.len() > 64 * 1024 || s.read_buf(&mut buf).await? == 0 {
                return Ok(());
            }
        };
        let Some(head) = parse_head(&buf[..end], |_, _| {}) else {
            return Ok(());
        };
        buf.advance(end);
        if head.expect_continue {
            s.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").await?;
        }
        match head.framing {
            Framing::Length(n) => discard(&mut s, &mut buf, &mut sink, n).await?,
            Framing::Chunked => discard_chunked(&mut s, &mut buf, &mut sink).await?,
        }
        respond(&mut s, &head, &block, &mut out).await?;
        if head.close {
            return Ok(());
        }
    }
}

/// Drop `n` body bytes: those already buffered, then reads of 256 KiB.
async fn discard(
    s: &mut TcpStream,
    buf: &mut BytesMut,
    sink: &mut [u8],
    mut n: u64,
) -> std::io::Result<()> {
    let buffered = (buf.len() as u64).min(n);
    buf.advance(buffered as usize);
    n -= buffered;
    while n > 0 {
        let want = (sink.len() as u64).min(n) as usize;
        let got = s.read(&mut sink[..want]).await?;
        if got == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        n -= got as u64;
    }
    Ok(())
}

async fn read_line(s: &mut TcpStream, buf: &mut BytesMut) -> std::io::Result<String> {
    loop {
        if let Some(i) = find(buf, b"\r\n") {
            let line = String::from_utf8_lossy(&buf[..i]).into_owned();
            buf.advance(i + 2);
            return Ok(line);
        }
        if s.read_buf(buf).await? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
    }
}

async fn discard_chunked(
    s: &mut TcpStream,
    buf: &mut BytesMut,
    sink: &mut [u8],
) -> std::io::Result<()> {
    loop {
        let line = read_line(s, buf).await?;
        let size = line.split(';').next().unwrap_or("").trim();
        let size = u64::from_str_radix(size, 16)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "chunk size"))?;
        if size == 0 {
            // Trailers, then the blank line.
            while !read_line(s, buf).await?.is_empty() {}
            return Ok(());
        }
        discard(s, buf, sink, size + 2).await?;
    }
}

/// Answer one request (see the constants for the bodies).
async fn respond(
    s: &mut TcpStream,
    head: &Head,
    block: &Bytes,
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    let path = head.target.split('?').next().unwrap_or("");
    let (status, body) = if path.starts_with("/oauth2/token/create") {
        ("200 OK", NHN_TOKEN_ANSWER)
    } else if head.method == "GET" && path.contains("/binaries/") {
        // Download: the binary key is the size in MiB.
        let mib: u64 = path
            .rsplit('/')
            .next()
            .and_then(|k| k.parse().ok())
            .unwrap_or(1);
        return send_download(s, block, mib * MIB, out).await;
    } else if path.contains("/binary-group/") {
        ("200 OK", NHN_UPLOAD_ANSWER)
    } else if path == "/" || path.is_empty() {
        ("200 OK", ALIBABA_ANSWER)
    } else if path.contains("/stages/") && path.ends_with("/deploy") {
        ("200 OK", NCP_ANSWER)
    } else if path.ends_with("/deployments") {
        ("201 Created", GITHUB_ANSWER)
    } else {
        ("404 Not Found", NOT_FOUND_ANSWER)
    };
    out.clear();
    let _ = write!(
        out,
        "HTTP/1.1 {status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: {}\r\ndate: {}\r\n\r\n",
        body.len(),
        httpdate::fmt_http_date(SystemTime::now())
    );
    out.extend_from_slice(body.as_bytes());
    s.write_all(out).await
}

async fn send_download(
    s: &mut TcpStream,
    block: &Bytes,
    len: u64,
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    out.clear();
    let _ = write!(
        out,
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {len}\r\ndate: {}\r\n\r\n",
        httpdate::fmt_http_date(SystemTime::now())
    );
    s.write_all(out).await?;
    let mut left = len;
    while left > 0 {
        let n = (block.len() as u64).min(left) as usize;
        s.write_all(&block[..n]).await?;
        left -= n as u64;
    }
    Ok(())
}

/// The server child process; killed when dropped.
pub(crate) struct ServerProcess {
    child: Child,
    pub(crate) port: u16,
}

impl ServerProcess {
    pub(crate) fn start() -> Self {
        let exe = std::env::current_exe().expect("the bench binary's path");
        let mut child = Command::new(exe)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the server process");
        let stdout = child.stdout.take().expect("server stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("server port");
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the server said {line:?}, not its port"));
        Self { child, port }
    }

    pub(crate) fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A bare reqwest client, the baseline deploykit is compared with: reqwest's defaults, on the TLS
/// configuration deploykit builds (reqwest is compiled without a crypto provider of its own).
pub(crate) fn raw_client() -> reqwest::ClientBuilder {
    reqwest::Client::builder().tls_backend_preconfigured(deploykit::runtime::http::tls_config())
}
