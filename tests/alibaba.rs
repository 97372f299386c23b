#![cfg(feature = "alibaba")]
//! The Alibaba Cloud API Gateway client against a loopback emulator of Alibaba's OpenAPI gateway.
//!
//! The emulator ([`Gateway`]) checks every request the way Alibaba does, with its own
//! ACS3-HMAC-SHA256 implementation (hmac/sha2/hex here, not `deploykit::sign::acs3`): it rebuilds
//! the canonical request from what arrived (method, path, the query as received, the signed
//! headers including `host` and every `x-acs-*`, the SHA-256 of the received body), and answers
//! `SignatureDoesNotMatch`, `InvalidTimeStamp.Expired` (more than 15 minutes from its clock) or
//! `SignatureNonceUsed` like Alibaba. Answers are the response examples of
//! `specs/alibaba-cloudapi.yaml`, or scripted per action.

mod common;

use common::RecordingSleeper;
use std::collections::{HashMap, HashSet, VecDeque};
use std::num::NonZeroU32;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use deploykit::alibaba::{self, Client, ClientBuilder, Credentials, PollOptions, TaskState, types};
use deploykit::runtime::credentials::CredentialSource;
use deploykit::runtime::{AttemptContext, ClientOptions, ErrorKind, MapEnv, RepeatList, Sent};
use hmac::{Hmac, Mac};
use httpmock::prelude::*;
use sha2::{Digest, Sha256};

// ---------------------------------------------------------------------------------------------
// An independent ACS3-HMAC-SHA256 verifier
// ---------------------------------------------------------------------------------------------

/// RFC 3986 encoding as Alibaba canonicalises: `A-Za-z0-9-_.~` kept, every other byte `%XX`.
fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .expect("the query is UTF-8")
        .into_owned()
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn hmac_hex(key: &[u8], message: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(message);
    hex::encode(mac.finalize().into_bytes())
}

/// Unix seconds of an `x-acs-date` (`%Y-%m-%dT%H:%M:%SZ`).
fn parse_acs_date(s: &str) -> Option<i64> {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ")
        .ok()
        .map(|t| t.and_utc().timestamp())
}

// ---------------------------------------------------------------------------------------------
// The emulated gateway
// ---------------------------------------------------------------------------------------------

/// 2026-01-01T00:00:00Z: the gateway's "now" and, unless a test shifts it, the client's clock.
const NOW: u64 = 1_767_225_600;
const AK_ID: &str = "LTAI5tDeploykitTestKey";
const AK_SECRET: &str = "dk-Secret-Value-9f3a";
const STS_ID: &str = "STS.NTemporaryKey";
const STS_SECRET: &str = "dk-Sts-Secret-77c1";
const STS_TOKEN: &str = "CAIS-dk-Token-Value-42";

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(NOW)
}

/// A request the gateway accepted (signature, time, nonce and token all good).
#[derive(Clone, Debug)]
struct Seen {
    action: String,
    version: String,
    raw_query: String,
    /// Decoded query pairs, in wire order.
    params: Vec<(String, String)>,
    /// The raw query is exactly the canonical query (sorted, RFC 3986 encoded).
    wire_is_canonical: bool,
    nonce: String,
    date: String,
    host: String,
    security_token: Option<String>,
    signed_headers: String,
    header_names: Vec<String>,
    /// The status the gateway answered with.
    status: u16,
}

impl Seen {
    fn sorted_params(&self) -> Vec<(String, String)> {
        let mut p = self.params.clone();
        p.sort();
        p
    }

    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Clone, Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn ok(body: impl Into<String>) -> Self {
        Self {
            status: 200,
            headers: vec![],
            body: body.into(),
        }
    }

    fn error(status: u16, code: &str, message: &str) -> Self {
        let body = serde_json::json!({
            "RequestId": format!("REQ-{code}"),
            "HostId": "apigateway.cn-hangzhou.aliyuncs.com",
            "Code": code,
            "Message": message,
            "Recommend": format!("https://api.aliyun.com/troubleshoot?q={code}"),
        });
        Self {
            status,
            headers: vec![],
            body: body.to_string(),
        }
    }

    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

#[derive(Default)]
struct State {
    keys: HashMap<String, String>,
    tokens: HashMap<String, String>,
    nonces: HashSet<String>,
    requests: usize,
    seen: Vec<Seen>,
    rejected: Vec<String>,
    script: HashMap<String, VecDeque<Reply>>,
    sticky: HashMap<String, Reply>,
}

#[derive(Clone)]
struct Gateway {
    now: SystemTime,
    state: Arc<Mutex<State>>,
}

impl Gateway {
    /// A gateway that knows the test AccessKey and the test STS key.
    fn new() -> Self {
        let mut state = State::default();
        state.keys.insert(AK_ID.into(), AK_SECRET.into());
        state.keys.insert(STS_ID.into(), STS_SECRET.into());
        state.tokens.insert(STS_ID.into(), STS_TOKEN.into());
        Self {
            now: now(),
            state: Arc::new(Mutex::new(state)),
        }
    }

    /// Answer the next request for `action` with `reply` (queued, in order).
    fn script(&self, action: &str, reply: Reply) {
        self.state
            .lock()
            .unwrap()
            .script
            .entry(action.into())
            .or_default()
            .push_back(reply);
    }

    /// Answer every request for `action` with `reply` once the queue is empty.
    fn always(&self, action: &str, reply: Reply) {
        self.state
            .lock()
            .unwrap()
            .sticky
            .insert(action.into(), reply);
    }

    fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    fn seen_for(&self, action: &str) -> Vec<Seen> {
        self.seen()
            .into_iter()
            .filter(|s| s.action == action)
            .collect()
    }

    fn rejected(&self) -> Vec<String> {
        self.state.lock().unwrap().rejected.clone()
    }

    fn requests(&self) -> usize {
        self.state.lock().unwrap().requests
    }

    async fn start(&self) -> MockServer {
        let server = MockServer::start_async().await;
        let gw = self.clone();
        server
            .mock_async(move |when, then| {
                when.any_request();
                then.respond_with(move |req: &HttpMockRequest| gw.handle(req));
            })
            .await;
        server
    }

    fn handle(&self, req: &HttpMockRequest) -> HttpMockResponse {
        let reply = self.check(req);
        let mut b = HttpMockResponse::builder()
            .status(reply.status)
            .header("content-type", "application/json;charset=utf-8");
        for (k, v) in &reply.headers {
            b = b.header(k.as_str(), v.as_str());
        }
        b.body(reply.body).build()
    }

    fn check(&self, req: &HttpMockRequest) -> Reply {
        let mut st = self.state.lock().unwrap();
        st.requests += 1;
        let reject = |st: &mut State, status: u16, code: &str, message: &str| {
            st.rejected.push(code.to_string());
            Reply::error(status, code, message)
        };
        let headers: HashMap<String, String> = req
            .headers_vec()
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
            .collect();
        let uri = req.uri();
        let raw_query = uri.query().unwrap_or("").to_string();
        let path = uri.path().to_string();
        if req.method_str() != "POST" || path != "/" {
            return reject(
                &mut st,
                404,
                "InvalidAction.NotFound",
                "RPC actions are POST /",
            );
        }

        // Authorization: ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…
        let Some(fields) = headers
            .get("authorization")
            .and_then(|a| a.strip_prefix("ACS3-HMAC-SHA256 "))
        else {
            return reject(&mut st, 400, "IncompleteSignature", "no ACS3 Authorization");
        };
        let (mut id, mut names, mut signature) = (None, None, None);
        for part in fields.split(',') {
            match part.trim().split_once('=') {
                Some(("Credential", v)) => id = Some(v.to_string()),
                Some(("SignedHeaders", v)) => names = Some(v.to_string()),
                Some(("Signature", v)) => signature = Some(v.to_string()),
                _ => {}
            }
        }
        let (Some(id), Some(names), Some(signature)) = (id, names, signature) else {
            return reject(
                &mut st,
                400,
                "IncompleteSignature",
                "Authorization is incomplete",
            );
        };
        let Some(secret) = st.keys.get(&id).cloned() else {
            return reject(
                &mut st,
                404,
                "InvalidAccessKeyId.NotFound",
                "Specified access key is not found.",
            );
        };
        let signed: Vec<&str> = names.split(';').collect();
        let mut must_sign: Vec<&str> = headers
            .keys()
            .map(String::as_str)
            .filter(|k| k.starts_with("x-acs-"))
            .collect();
        must_sign.push("host");
        if let Some(missing) = must_sign.iter().find(|n| !signed.contains(n)) {
            let m = format!("{missing} is sent but not signed");
            return reject(&mut st, 400, "IncompleteSignature", &m);
        }
        for n in [
            "x-acs-action",
            "x-acs-version",
            "x-acs-date",
            "x-acs-signature-nonce",
            "x-acs-content-sha256",
        ] {
            if !headers.contains_key(n) {
                return reject(&mut st, 400, "MissingParameter", n);
            }
        }

        // The canonical request, rebuilt from what arrived.
        let params: Vec<(String, String)> = raw_query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect();
        let mut encoded: Vec<(String, String)> =
            params.iter().map(|(k, v)| (enc(k), enc(v))).collect();
        encoded.sort();
        let canonical_query = encoded
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&");
        let mut canonical_headers = String::new();
        for n in &signed {
            let v = headers.get(*n).map(|v| v.trim()).unwrap_or("");
            canonical_headers.push_str(&format!("{n}:{v}\n"));
        }
        let body_hash = sha256_hex(req.body_ref());
        let canonical = format!(
            "{}\n{}\n{}\n{}\n{}\n{}",
            req.method_str(),
            path,
            canonical_query,
            canonical_headers,
            names,
            body_hash
        );
        let string_to_sign = format!("ACS3-HMAC-SHA256\n{}", sha256_hex(canonical.as_bytes()));
        if hmac_hex(secret.as_bytes(), string_to_sign.as_bytes()) != signature {
            let m = format!(
                "Specified signature is not matched with our calculation. server string to sign is:{string_to_sign}"
            );
            return reject(&mut st, 403, "SignatureDoesNotMatch", &m);
        }
        if headers["x-acs-content-sha256"] != body_hash {
            return reject(
                &mut st,
                400,
                "InvalidParameter",
                "x-acs-content-sha256 is not the body's",
            );
        }

        // Time, nonce, token.
        let date = headers["x-acs-date"].clone();
        let Some(sent_at) = parse_acs_date(&date) else {
            return reject(&mut st, 400, "InvalidTimeStamp.Format", "bad x-acs-date");
        };
        let gateway_now = self.now.duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;
        if (gateway_now - sent_at).abs() > 15 * 60 {
            return reject(
                &mut st,
                400,
                "InvalidTimeStamp.Expired",
                "Specified time stamp or date value is expired.",
            );
        }
        let nonce = headers["x-acs-signature-nonce"].clone();
        if !st.nonces.insert(nonce.clone()) {
            return reject(
                &mut st,
                400,
                "SignatureNonceUsed",
                "Specified signature nonce was used already.",
            );
        }
        let token = headers.get("x-acs-security-token").cloned();
        if let Some(expected) = st.tokens.get(&id)
            && token.as_ref() != Some(expected)
        {
            return reject(
                &mut st,
                400,
                "InvalidSecurityToken.Mismatch",
                "Specified SecurityToken mismatch with the AccessKey.",
            );
        }

        let action = headers["x-acs-action"].clone();
        let reply = st
            .script
            .get_mut(&action)
            .and_then(VecDeque::pop_front)
            .or_else(|| st.sticky.get(&action).cloned())
            .or_else(|| example(&action).map(Reply::ok))
            .unwrap_or_else(|| {
                Reply::error(400, "InvalidAction.NotFound", "Specified api is not found")
            });
        let mut header_names: Vec<String> = headers.keys().cloned().collect();
        header_names.sort();
        st.seen.push(Seen {
            action,
            version: headers["x-acs-version"].clone(),
            wire_is_canonical: raw_query == canonical_query,
            raw_query,
            params,
            nonce,
            date,
            host: headers.get("host").cloned().unwrap_or_default(),
            security_token: token,
            signed_headers: names.clone(),
            header_names,
            status: reply.status,
        });
        reply
    }
}

/// The `200` response examples of `specs/alibaba-cloudapi.yaml`, as JSON.
fn example(action: &str) -> Option<&'static str> {
    Some(match action {
        "DeployApi" => r#"{"RequestId": "CEF72CEB-54B6-4AE8-B225-F876FF7BZ015"}"#,
        "AbolishApi" => r#"{"RequestId": "CEF72CEB-54B6-4AE8-B225-F876FF7BZ016"}"#,
        "BatchDeployApis" => {
            r#"{"OperationId": "2a322599-8e38-428a-a306-9b21ea2129bf", "RequestId": "E7FE7172-AA75-5880-B6F7-C00893E9BC06"}"#
        }
        "BatchAbolishApis" => {
            r#"{"OperationId": "f7834d74be4e41aa8e607b0fafae9b33", "RequestId": "E7FE7172-AA75-5880-B6F7-C00893E9BC06"}"#
        }
        "DescribeDeployApiTask" => {
            r#"{"RequestId": "CA4B3261-F14A-5E33-8608-F75A1DF27AD4", "DeployedResults": {"DeployedResult": [{"ApiUid": "0433c1cd84724923b7a4f9ca1cfc249c", "GroupId": "e8da6f6346184da9a30d0dc1888b1f3b", "StageName": "RELEASE", "DeployedStatus": "OVER", "ErrorMsg": "Success. Request Success."}]}}"#
        }
        "DescribeAbolishApiTask" => {
            r#"{"RequestId": "E8515BA6-81CD-4191-A7CF-C4FCDD3C0D99", "ApiAbolishResults": {"ApiAbolishResult": [{"ApiUid": "4e26cdbbb113416dba1f0285bed29979", "ApiName": "v2_page_consent", "GroupId": "160cb6505e1c43a6b84346856d74eb47", "GroupName": "wb2022021401619286", "StageId": "0919f2854a88484c91dc9253347c78f9", "StageName": "RELEASE", "AbolishStatus": "OVER", "ErrorMsg": "Success. Request Success."}]}}"#
        }
        "DescribeDeployedApis" => {
            r#"{"RequestId": "CEF72CEB-54B6-4AE8-B225-F876FF7BZ002", "TotalCount": 2, "PageSize": 10, "PageNumber": 1, "DeployedApis": {"DeployedApiItem": [{"RegionId": "cn-hangzhou", "GroupId": "63be9002440b4778a61122f14c2b2bbb", "GroupName": "weather", "StageName": "RELEASE", "ApiId": "c076144d7878437b8f82fb85890ce6a0", "ApiName": "QueryWeather", "ApiPath": "/weather/query", "ApiMethod": "GET", "Visibility": "PRIVATE", "Description": "Returns the forecast for a city", "DeployedTime": "2024-03-18T08:28:48Z"}, {"RegionId": "cn-hangzhou", "GroupId": "63be9002440b4778a61122f14c2b2bbb", "GroupName": "weather", "StageName": "RELEASE", "ApiId": "4eed13a57d4e42fbb51316be8a5329ff", "ApiName": "ListCities", "ApiPath": "/weather/cities", "ApiMethod": "GET", "Visibility": "PRIVATE", "Description": "Lists supported cities", "DeployedTime": "2024-03-18T08:29:02Z"}]}}"#
        }
        "DescribeDeployedApi" => {
            r#"{"RequestId": "EF924FE4-2EDD-4CD3-89EC-34E4708574E7", "RegionId": "cn-hangzhou", "GroupId": "bc77f5b49c974437a9912ea3755cd834", "GroupName": "weather", "StageName": "RELEASE", "ApiId": "4eed13a57d4e42fbb51316be8a5329ff", "ApiName": "ListCities", "Description": "Lists supported cities", "Visibility": "PRIVATE", "AuthType": "APP", "AllowSignatureMethod": "HmacSHA256", "ForceNonceCheck": false, "DisableInternet": false, "DeployedTime": "2024-03-18T08:29:02Z", "ResultType": "JSON", "ResultSample": "{\"cities\":[\"Hangzhou\"]}", "FailResultSample": "{\"errorCode\":\"fail\",\"errorMessage\":\"param invalid\"}", "RequestConfig": {"RequestProtocol": "HTTP,HTTPS", "RequestHttpMethod": "GET", "RequestPath": "/weather/cities", "RequestMode": "MAPPING", "BodyFormat": "FORM"}, "ServiceConfig": {"ServiceProtocol": "HTTP", "ServiceAddress": "http://api.example.com:8080", "ServicePath": "/cities", "ServiceHttpMethod": "GET", "ServiceTimeout": 10000, "ServiceVpcEnable": "FALSE", "Mock": "FALSE"}, "RequestParameters": {"RequestParameter": [{"ApiParameterName": "country", "Location": "QUERY", "ParameterType": "String", "Required": "OPTIONAL", "DefaultValue": "CN", "DemoValue": "CN", "MaxLength": 2, "MinLength": 2, "DocShow": "PUBLIC", "DocOrder": 0, "Description": "ISO country code"}]}, "ServiceParameters": {"ServiceParameter": [{"ServiceParameterName": "country", "Location": "QUERY", "ParameterType": "STRING"}]}, "ServiceParametersMap": {"ServiceParameterMap": [{"RequestParameterName": "country", "ServiceParameterName": "country"}]}, "SystemParameters": {"SystemParameter": [{"ParameterName": "CaClientIp", "ServiceParameterName": "clientIp", "Location": "HEAD", "DemoValue": "192.168.1.1", "Description": "Address of the caller"}]}, "ConstantParameters": {"ConstantParameter": []}, "CustomSystemParameters": {"CustomSystemParameter": []}, "ErrorCodeSamples": {"ErrorCodeSample": [{"Code": "400", "Message": "MissingParameter", "Description": "country is malformed"}]}, "ResultDescriptions": {"ResultDescription": []}}"#
        }
        "DescribeHistoryApis" => {
            r#"{"RequestId": "6C87A26A-6A18-4B8E-8099-705278381A2C", "TotalCount": 2, "PageSize": 10, "PageNumber": 1, "ApiHisItems": {"ApiHisItem": [{"RegionId": "cn-hangzhou", "GroupId": "1084f9034c744137901057206b39d2b6", "GroupName": "weather", "StageName": "RELEASE", "StageAlias": "Online", "ApiId": "5af418828f0344a3b588c0cc1331a3bc", "ApiName": "QueryWeather", "Description": "second release", "HistoryVersion": "20240318162848294", "Status": "ONLINE", "DeployedTime": "2024-03-18T08:28:48Z"}, {"RegionId": "cn-hangzhou", "GroupId": "1084f9034c744137901057206b39d2b6", "GroupName": "weather", "StageName": "RELEASE", "StageAlias": "Online", "ApiId": "5af418828f0344a3b588c0cc1331a3bc", "ApiName": "QueryWeather", "Description": "first release", "HistoryVersion": "20240301101416294", "Status": "OFFLINE", "DeployedTime": "2024-03-01T02:14:16Z"}]}}"#
        }
        "DescribeApiHistory" => {
            r#"{"RequestId": "6C87A26A-6A18-4B8E-8099-705278381A2C", "RegionId": "cn-hangzhou", "GroupId": "1084f9034c744137901057206b39d2b6", "GroupName": "weather", "StageName": "RELEASE", "ApiId": "5af418828f0344a3b588c0cc1331a3bc", "ApiName": "QueryWeather", "Description": "Returns the forecast for a city", "HistoryVersion": "20240301101416294", "Status": "OFFLINE", "Visibility": "PRIVATE", "AuthType": "APP", "AppCodeAuthType": "HEADER", "AllowSignatureMethod": "HmacSHA256", "WebSocketApiType": "COMMON", "ForceNonceCheck": false, "DisableInternet": false, "BackendEnable": true, "BackendConfig": {"BackendId": "a0305308908c4740aba9cbfd63ba99b7", "BackendName": "weather-backend", "BackendType": "HTTP"}, "DeployedTime": "2024-03-01T02:14:16Z", "ResultType": "JSON", "ResultSample": "{\"city\":\"Hangzhou\",\"temp\":21}", "RequestConfig": {"RequestProtocol": "HTTPS", "RequestHttpMethod": "GET", "RequestPath": "/weather/query", "RequestMode": "PASSTHROUGH", "EscapePathParam": false}, "ServiceConfig": {"ServiceProtocol": "HTTP", "ServiceAddress": "http://api.example.com:8080", "ServicePath": "/query", "ServiceHttpMethod": "GET", "ServiceTimeout": 10000, "ContentTypeCatagory": "CLIENT", "ServiceVpcEnable": "FALSE", "Mock": "FALSE"}, "RequestParameters": {"RequestParameter": []}, "ServiceParameters": {"ServiceParameter": []}, "ServiceParametersMap": {"ServiceParameterMap": []}, "SystemParameters": {"SystemParameter": []}, "ConstantParameters": {"ConstantParameter": []}, "CustomSystemParameters": {"CustomSystemParameter": []}, "ErrorCodeSamples": {"ErrorCodeSample": []}, "ResultDescriptions": {"ResultDescription": []}}"#
        }
        "SwitchApi" => r#"{"RequestId": "CEF72CEB-54B6-4AE8-B225-F876FF7BZ001"}"#,
        _ => return None,
    })
}

/// A per-API task status entry for scripted `DescribeDeployApiTask` answers.
fn task(results: &[(&str, &str, &str)]) -> Reply {
    let list: Vec<serde_json::Value> = results
        .iter()
        .map(|(uid, status, msg)| {
            serde_json::json!({
                "ApiUid": uid, "GroupId": "grp-1", "StageName": "RELEASE",
                "DeployedStatus": status, "ErrorMsg": msg,
            })
        })
        .collect();
    Reply::ok(
        serde_json::json!({"RequestId": "TASK-REQ", "DeployedResults": {"DeployedResult": list}})
            .to_string(),
    )
}

// ---------------------------------------------------------------------------------------------
// Client set-up
// ---------------------------------------------------------------------------------------------

/// Options pointing at the emulator, with an empty environment (never the process's), the
/// gateway's clock and a recording sleeper.
/// These tests check parameters exactly as given, so deploys go without deploykit's marker
/// (`marker_is_appended_to_the_description_and_signed` checks the marker).
fn options(server: &MockServer, env: MapEnv, sleeper: &RecordingSleeper) -> ClientOptions {
    let mut o = common::options(env, sleeper, Some(now()));
    o.base_url = Some(server.base_url());
    o.no_markers = true;
    o
}

fn builder(server: &MockServer, env: MapEnv, sleeper: &RecordingSleeper) -> ClientBuilder {
    Client::builder().options(options(server, env, sleeper))
}

/// A client with the test AccessKey given explicitly.
fn client(server: &MockServer) -> (Client, RecordingSleeper) {
    let sleeper = RecordingSleeper::default();
    let c = builder(server, MapEnv::new(), &sleeper)
        .credentials(Credentials::new(AK_ID, AK_SECRET))
        .build()
        .unwrap();
    (c, sleeper)
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = list
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    v.sort();
    v
}

fn deploy_item(uid: &str) -> types::BatchDeployApiItem {
    types::BatchDeployApiItem {
        api_uid: uid.into(),
        group_id: "grp-1".into(),
    }
}

async fn deploy(c: &Client) -> Result<String, deploykit::Error> {
    c.deploy_api()
        .api_id("api-1")
        .stage_name(types::StageName::Release)
        .description("release 1")
        .send()
        .await
        .map(|r| r.into_inner().request_id.unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------
// Every action, signed and answered
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn every_action_passes_the_signature_check_with_its_parameters_and_example_answer() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let (c, _) = client(&server);

    let r = c
        .deploy_api()
        .api_id("api-1")
        .group_id("grp-1")
        .stage_name(types::StageName::Release)
        .description("first release")
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.request_id.as_deref(),
        Some("CEF72CEB-54B6-4AE8-B225-F876FF7BZ015")
    );

    let r = c
        .abolish_api()
        .api_id("api-1")
        .group_id("grp-1")
        .stage_name(types::StageName::Test)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.request_id.as_deref(),
        Some("CEF72CEB-54B6-4AE8-B225-F876FF7BZ016")
    );

    let r = c
        .batch_deploy_apis()
        .api(vec![deploy_item("api-1"), deploy_item("api-2")])
        .stage_name(types::StageName::Pre)
        .description("batch")
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.operation_id.as_deref(),
        Some("2a322599-8e38-428a-a306-9b21ea2129bf")
    );

    let r = c
        .batch_abolish_apis()
        .api(vec![types::BatchAbolishApiItem {
            api_uid: "api-1".into(),
            group_id: "grp-1".into(),
            stage_name: Some(types::StageName::Release),
            stage_id: None,
        }])
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.operation_id.as_deref(),
        Some("f7834d74be4e41aa8e607b0fafae9b33")
    );

    let r = c
        .describe_deploy_api_task()
        .operation_uid("2a322599-8e38-428a-a306-9b21ea2129bf")
        .send()
        .await
        .unwrap();
    let results = &r.deployed_results.as_ref().unwrap().deployed_result;
    assert_eq!(results[0].deployed_status.as_deref(), Some("OVER"));

    let r = c
        .describe_abolish_api_task()
        .operation_uid("f7834d74be4e41aa8e607b0fafae9b33")
        .send()
        .await
        .unwrap();
    let results = &r.api_abolish_results.as_ref().unwrap().api_abolish_result;
    assert_eq!(results[0].api_name.as_deref(), Some("v2_page_consent"));

    let r = c
        .describe_deployed_apis()
        .group_id("grp-1")
        .stage_name(types::StageName::Release)
        .page_number(NonZeroU32::new(2).unwrap())
        .page_size(NonZeroU32::new(50).unwrap())
        .enable_tag_auth(true)
        .tag(vec![types::TagItem {
            key: Some("team".into()),
            value: Some("edge".into()),
        }])
        .send()
        .await
        .unwrap();
    assert_eq!(r.total_count, Some(2));
    let items = &r.deployed_apis.as_ref().unwrap().deployed_api_item;
    assert_eq!(items[1].api_name.as_deref(), Some("ListCities"));

    let r = c
        .describe_deployed_api()
        .api_id("4eed13a57d4e42fbb51316be8a5329ff")
        .stage_name(types::StageName::Release)
        .send()
        .await
        .unwrap();
    assert_eq!(r.api_name.as_deref(), Some("ListCities"));
    assert_eq!(
        r.service_config.as_ref().unwrap().service_timeout,
        Some(10000)
    );

    let r = c
        .describe_history_apis()
        .group_id("grp-1")
        .api_name("QueryWeather")
        .page_number("1")
        .page_size("50")
        .send()
        .await
        .unwrap();
    let items = &r.api_his_items.as_ref().unwrap().api_his_item;
    assert_eq!(
        items[0].history_version.as_deref(),
        Some("20240318162848294")
    );

    let r = c
        .describe_api_history()
        .api_id("api-1")
        .stage_name(types::StageName::Release)
        .history_version("20240301101416294")
        .send()
        .await
        .unwrap();
    assert_eq!(r.backend_enable, Some(true));

    let r = c
        .switch_api()
        .api_id("api-1")
        .group_id("grp-1")
        .stage_name(types::StageName::Release)
        .history_version("20240301101416294")
        .description("roll back")
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.request_id.as_deref(),
        Some("CEF72CEB-54B6-4AE8-B225-F876FF7BZ001")
    );

    let expected: Vec<(&str, Vec<(String, String)>)> = vec![
        (
            "DeployApi",
            pairs(&[
                ("ApiId", "api-1"),
                ("GroupId", "grp-1"),
                ("StageName", "RELEASE"),
                ("Description", "first release"),
            ]),
        ),
        (
            "AbolishApi",
            pairs(&[
                ("ApiId", "api-1"),
                ("GroupId", "grp-1"),
                ("StageName", "TEST"),
            ]),
        ),
        (
            "BatchDeployApis",
            pairs(&[
                ("Api.1.ApiUid", "api-1"),
                ("Api.1.GroupId", "grp-1"),
                ("Api.2.ApiUid", "api-2"),
                ("Api.2.GroupId", "grp-1"),
                ("StageName", "PRE"),
                ("Description", "batch"),
            ]),
        ),
        (
            "BatchAbolishApis",
            pairs(&[
                ("Api.1.ApiUid", "api-1"),
                ("Api.1.GroupId", "grp-1"),
                ("Api.1.StageName", "RELEASE"),
            ]),
        ),
        (
            "DescribeDeployApiTask",
            pairs(&[("OperationUid", "2a322599-8e38-428a-a306-9b21ea2129bf")]),
        ),
        (
            "DescribeAbolishApiTask",
            pairs(&[("OperationUid", "f7834d74be4e41aa8e607b0fafae9b33")]),
        ),
        (
            "DescribeDeployedApis",
            pairs(&[
                ("GroupId", "grp-1"),
                ("StageName", "RELEASE"),
                ("PageNumber", "2"),
                ("PageSize", "50"),
                ("EnableTagAuth", "true"),
                ("Tag.1.Key", "team"),
                ("Tag.1.Value", "edge"),
            ]),
        ),
        (
            "DescribeDeployedApi",
            pairs(&[
                ("ApiId", "4eed13a57d4e42fbb51316be8a5329ff"),
                ("StageName", "RELEASE"),
            ]),
        ),
        (
            "DescribeHistoryApis",
            pairs(&[
                ("GroupId", "grp-1"),
                ("ApiName", "QueryWeather"),
                ("PageNumber", "1"),
                ("PageSize", "50"),
            ]),
        ),
        (
            "DescribeApiHistory",
            pairs(&[
                ("ApiId", "api-1"),
                ("StageName", "RELEASE"),
                ("HistoryVersion", "20240301101416294"),
            ]),
        ),
        (
            "SwitchApi",
            pairs(&[
                ("ApiId", "api-1"),
                ("GroupId", "grp-1"),
                ("StageName", "RELEASE"),
                ("HistoryVersion", "20240301101416294"),
                ("Description", "roll back"),
            ]),
        ),
    ];
    let seen = gw.seen();
    assert!(gw.rejected().is_empty(), "{:?}", gw.rejected());
    assert_eq!(seen.len(), expected.len());
    let mut nonces = HashSet::new();
    for (s, (action, params)) in seen.iter().zip(&expected) {
        assert_eq!(&s.action, action);
        assert_eq!(s.version, alibaba::API_VERSION);
        assert_eq!(&s.sorted_params(), params, "{action}");
        assert!(s.wire_is_canonical, "{action}: {}", s.raw_query);
        assert_eq!(s.status, 200);
        assert_eq!(s.date, "2026-01-01T00:00:00Z");
        assert_eq!(s.host, server.address().to_string(), "host:port as sent");
        assert!(s.security_token.is_none());
        assert_eq!(
            s.signed_headers,
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
        );
        assert!(
            !s.header_names.iter().any(|h| h == "api-version"),
            "{action}"
        );
        assert!(nonces.insert(s.nonce.clone()), "fresh nonce per request");
    }
}

#[tokio::test]
async fn marker_is_appended_to_the_description_and_signed() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let mut o = options(&server, MapEnv::new(), &sleeper);
    o.no_markers = false;
    o.set_nonce(|| "0123456789abcdef0123456789abcdef".to_string());
    let c = Client::builder()
        .options(o)
        .credentials(Credentials::new(AK_ID, AK_SECRET))
        .build()
        .unwrap();
    c.deploy_api()
        .api_id("api-1")
        .stage_name(types::StageName::Release)
        .description("배포 v2")
        .send()
        .await
        .unwrap();
    assert!(gw.rejected().is_empty(), "{:?}", gw.rejected());
    let s = &gw.seen_for("DeployApi")[0];
    assert_eq!(
        s.param("Description"),
        Some("배포 v2 [deploykit:0123456789abcdef]")
    );
    assert!(s.wire_is_canonical, "{}", s.raw_query);
}

#[tokio::test]
async fn korean_chinese_spaces_and_reserved_characters_arrive_intact() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let (c, _) = client(&server);
    let text = "배포 v2 发布 — a+b*c~d/e f%20g";
    c.deploy_api()
        .api_id("api/1 +x")
        .stage_name(types::StageName::Release)
        .description(text)
        .send()
        .await
        .unwrap();
    let s = &gw.seen_for("DeployApi")[0];
    assert_eq!(s.param("Description"), Some(text));
    assert_eq!(s.param("ApiId"), Some("api/1 +x"));
    assert!(s.wire_is_canonical, "{}", s.raw_query);
    assert_eq!(
        s.raw_query,
        "ApiId=api%2F1%20%2Bx\
         &Description=%EB%B0%B0%ED%8F%AC%20v2%20%E5%8F%91%E5%B8%83%20%E2%80%94%20a%2Bb%2Ac~d%2Fe%20f%2520g\
         &StageName=RELEASE"
    );
}

#[tokio::test]
async fn repeat_lists_go_on_the_wire_as_name_n_field() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let (c, _) = client(&server);
    c.batch_abolish_apis()
        .api(vec![
            types::BatchAbolishApiItem {
                api_uid: "a".into(),
                group_id: "g".into(),
                stage_name: Some(types::StageName::Release),
                stage_id: None,
            },
            types::BatchAbolishApiItem {
                api_uid: "b".into(),
                group_id: "g".into(),
                stage_name: None,
                stage_id: Some("stage-9".into()),
            },
        ])
        .send()
        .await
        .unwrap();
    c.describe_deployed_apis()
        .tag(RepeatList(vec![
            types::TagItem {
                key: Some("env".into()),
                value: Some("prod".into()),
            },
            types::TagItem {
                key: Some("owner".into()),
                value: None,
            },
        ]))
        .send()
        .await
        .unwrap();
    let seen = gw.seen();
    assert_eq!(
        seen[0].sorted_params(),
        pairs(&[
            ("Api.1.ApiUid", "a"),
            ("Api.1.GroupId", "g"),
            ("Api.1.StageName", "RELEASE"),
            ("Api.2.ApiUid", "b"),
            ("Api.2.GroupId", "g"),
            ("Api.2.StageId", "stage-9"),
        ])
    );
    assert_eq!(
        seen[1].sorted_params(),
        pairs(&[
            ("Tag.1.Key", "env"),
            ("Tag.1.Value", "prod"),
            ("Tag.2.Key", "owner")
        ])
    );
}

// ---------------------------------------------------------------------------------------------
// Throttling and server errors
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn throttling_user_is_retried_with_a_fresh_nonce_after_the_asked_wait() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DeployApi",
        Reply::error(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        )
        .header("x-acs-retry-after", "1500"),
    );
    let (c, sleeper) = client(&server);
    let id = deploy(&c).await.unwrap();
    assert_eq!(id, "CEF72CEB-54B6-4AE8-B225-F876FF7BZ015");
    let seen = gw.seen_for("DeployApi");
    assert_eq!(
        seen.iter().map(|s| s.status).collect::<Vec<_>>(),
        vec![400, 200]
    );
    assert_ne!(
        seen[0].nonce, seen[1].nonce,
        "each attempt signs a new nonce"
    );
    assert_eq!(sleeper.waits(), vec![Duration::from_millis(1500)]);
}

#[tokio::test]
async fn throttling_answered_503_is_retried_even_for_a_batch_deploy() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "BatchDeployApis",
        Reply::error(503, "Throttling", "Request was denied due to flow control.")
            .header("retry-after", "2"),
    );
    let (c, sleeper) = client(&server);
    c.batch_deploy_apis()
        .api(vec![deploy_item("a")])
        .stage_name(types::StageName::Release)
        .description("d")
        .send()
        .await
        .unwrap();
    assert_eq!(gw.seen_for("BatchDeployApis").len(), 2);
    assert_eq!(sleeper.waits(), vec![Duration::from_secs(2)]);
}

#[tokio::test]
async fn throttling_asking_too_long_a_wait_is_rate_limited_not_slept() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DeployApi",
        Reply::error(
            400,
            "Throttling.Api",
            "Request was denied due to api flow control.",
        )
        .header("x-acs-retry-after", "600000"),
    );
    let (c, sleeper) = client(&server);
    let e = deploy(&c).await.unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::RateLimited { reset_at: Some(_) }),
        "{e:?}"
    );
    assert!(e.is_retryable());
    assert_eq!(e.code(), Some("Throttling.Api"));
    assert_eq!(e.request_id(), Some("REQ-Throttling.Api"));
    assert_eq!(gw.seen_for("DeployApi").len(), 1);
    assert!(sleeper.waits().is_empty());
}

#[tokio::test]
async fn deploy_api_answered_500_is_not_retried() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DeployApi",
        Reply::error(
            500,
            "InternalError",
            "The request processing has failed due to some unknown error.",
        ),
    );
    let (c, sleeper) = client(&server);
    let e = deploy(&c).await.unwrap_err();
    assert_eq!(
        gw.seen_for("DeployApi").len(),
        1,
        "DeployApi is not idempotent"
    );
    assert!(sleeper.waits().is_empty());
    assert_eq!(e.kind(), &ErrorKind::Provider);
    assert_eq!(e.status(), Some(500));
    assert_eq!(e.code(), Some("InternalError"));
    assert_eq!(e.request_id(), Some("REQ-InternalError"));
    assert_eq!(e.sent(), Sent::Yes);
    let s = e.to_string();
    assert!(s.starts_with("alibaba: HTTP 500 [InternalError]"), "{s}");
    assert!(
        s.contains("diagnosis: https://api.aliyun.com/troubleshoot?q=InternalError"),
        "{s}"
    );
}

#[tokio::test]
async fn describe_deployed_apis_answered_503_is_retried() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DescribeDeployedApis",
        Reply::error(
            503,
            "ServiceUnavailable",
            "The request has failed due to a temporary failure of the server.",
        ),
    );
    let (c, sleeper) = client(&server);
    let r = c
        .describe_deployed_apis()
        .stage_name(types::StageName::Release)
        .send()
        .await
        .unwrap();
    assert_eq!(r.total_count, Some(2));
    let seen = gw.seen_for("DescribeDeployedApis");
    assert_eq!(
        seen.iter().map(|s| s.status).collect::<Vec<_>>(),
        vec![503, 200]
    );
    assert_ne!(seen[0].nonce, seen[1].nonce);
    assert_eq!(sleeper.waits().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// What the emulator rejects, and the advice that comes with it
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn wrong_secret_is_signature_does_not_match_with_advice() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let c = builder(&server, MapEnv::new(), &sleeper)
        .credentials(Credentials::new(AK_ID, "not-the-secret"))
        .build()
        .unwrap();
    let e = deploy(&c).await.unwrap_err();
    assert_eq!(gw.rejected(), vec!["SignatureDoesNotMatch"]);
    assert_eq!(e.status(), Some(403));
    assert_eq!(e.code(), Some("SignatureDoesNotMatch"));
    let s = e.to_string();
    assert!(
        s.contains("secret") && s.contains("clock") && s.contains("query"),
        "{s}"
    );
}

/// The emulator really checks: a request signed by the client and then changed on the way (query
/// or body) is refused.
#[tokio::test]
async fn a_query_or_body_changed_after_signing_is_refused() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let (c, _) = client(&server);
    let http = deploykit::runtime::http::client(&Default::default());
    let url = format!(
        "{}/?Action=DeployApi&Version=2016-07-14&ApiId=a&StageName=RELEASE&Description=d",
        server.base_url()
    );
    let sign = |body: Option<&'static str>, nonce: &str| {
        let mut req = reqwest::Request::new(reqwest::Method::POST, url.parse().unwrap());
        if let Some(b) = body {
            *req.body_mut() = Some(reqwest::Body::from(b));
        }
        let ctx = AttemptContext {
            attempt: 1,
            now: now(),
            nonce: nonce.into(),
            query_marker: None,
        };
        c.transport().provider().sign(&mut req, &ctx).unwrap();
        req
    };

    // Untouched: accepted.
    let ok = http.execute(sign(None, "n-1")).await.unwrap();
    assert_eq!(ok.status(), 200);

    // The query changed after signing.
    let mut req = sign(None, "n-2");
    req.url_mut()
        .set_query(Some("ApiId=a&Description=other&StageName=RELEASE"));
    assert_eq!(http.execute(req).await.unwrap().status(), 403);

    // The body changed after signing.
    let mut req = sign(Some("x=1"), "n-3");
    *req.body_mut() = Some(reqwest::Body::from("x=2"));
    assert_eq!(http.execute(req).await.unwrap().status(), 403);

    assert_eq!(
        gw.rejected(),
        vec!["SignatureDoesNotMatch", "SignatureDoesNotMatch"]
    );
}

#[tokio::test]
async fn a_clock_more_than_15_minutes_off_is_rejected_with_advice() {
    let gw = Gateway::new();
    let server = gw.start().await;
    for (offset_min, ok) in [(14u64, true), (16, false)] {
        let sleeper = RecordingSleeper::default();
        let mut b = builder(&server, MapEnv::new(), &sleeper)
            .credentials(Credentials::new(AK_ID, AK_SECRET));
        b.options_mut()
            .set_clock(move || now() - Duration::from_secs(offset_min * 60));
        let c = b.build().unwrap();
        let r = deploy(&c).await;
        if ok {
            r.unwrap();
        } else {
            let e = r.unwrap_err();
            assert_eq!(e.code(), Some("InvalidTimeStamp.Expired"));
            let s = e.to_string();
            assert!(s.contains("15 minutes") && s.contains("clock"), "{s}");
        }
    }
    assert_eq!(gw.rejected(), vec!["InvalidTimeStamp.Expired"]);
}

#[tokio::test]
async fn a_reused_nonce_is_rejected_with_advice() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let mut b =
        builder(&server, MapEnv::new(), &sleeper).credentials(Credentials::new(AK_ID, AK_SECRET));
    b.options_mut().set_nonce(|| "always-the-same".to_string());
    let c = b.build().unwrap();
    deploy(&c).await.unwrap();
    let e = deploy(&c).await.unwrap_err();
    assert_eq!(e.code(), Some("SignatureNonceUsed"));
    assert!(e.to_string().contains("fresh nonce"), "{e}");
    assert_eq!(gw.rejected(), vec!["SignatureNonceUsed"]);
}

#[tokio::test]
async fn an_unknown_access_key_is_explained() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let c = builder(&server, MapEnv::new(), &sleeper)
        .credentials(Credentials::new("LTAI-nobody", "x"))
        .build()
        .unwrap();
    let e = deploy(&c).await.unwrap_err();
    assert_eq!(e.status(), Some(404));
    assert_eq!(e.code(), Some("InvalidAccessKeyId.NotFound"));
    assert!(e.to_string().contains("ALIBABA_CLOUD_ACCESS_KEY_ID"), "{e}");
}

// ---------------------------------------------------------------------------------------------
// Batch workflow
// ---------------------------------------------------------------------------------------------

const OP: &str = "2a322599-8e38-428a-a306-9b21ea2129bf";

#[tokio::test]
async fn batch_deploy_polls_until_every_api_is_final_and_reports_failures() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DescribeDeployApiTask",
        task(&[("a", "DEPLOYING", ""), ("b", "DEPLOYING", "")]),
    );
    gw.script(
        "DescribeDeployApiTask",
        task(&[
            ("a", "SUCCEED", "Success. Request Success."),
            ("b", "DEPLOYING", ""),
        ]),
    );
    gw.script(
        "DescribeDeployApiTask",
        task(&[
            ("a", "SUCCEED", "Success. Request Success."),
            ("b", "FAILED", "The backend service is not reachable"),
        ]),
    );
    let (c, sleeper) = client(&server);
    let poll =
        PollOptions::default().with_intervals(Duration::from_secs(1), Duration::from_secs(10));
    let outcome = c
        .batch_deploy(
            types::StageName::Release,
            "release 7",
            vec![deploy_item("a"), deploy_item("b")],
            &poll,
        )
        .await
        .unwrap();

    assert_eq!(outcome.operation_id, OP);
    assert_eq!(
        outcome.request_id.as_deref(),
        Some("E7FE7172-AA75-5880-B6F7-C00893E9BC06")
    );
    assert_eq!(
        outcome.results.iter().map(|r| r.state).collect::<Vec<_>>(),
        vec![TaskState::Succeeded, TaskState::Failed]
    );
    assert!(!outcome.is_success());
    assert_eq!(outcome.failures().count(), 1);
    assert_eq!(
        sleeper.waits(),
        vec![Duration::from_secs(1), Duration::from_secs(2)],
        "backoff between polls"
    );

    let start = &gw.seen_for("BatchDeployApis")[0];
    assert_eq!(
        start.sorted_params(),
        pairs(&[
            ("Api.1.ApiUid", "a"),
            ("Api.1.GroupId", "grp-1"),
            ("Api.2.ApiUid", "b"),
            ("Api.2.GroupId", "grp-1"),
            ("Description", "release 7"),
            ("StageName", "RELEASE"),
        ])
    );
    let polls = gw.seen_for("DescribeDeployApiTask");
    assert_eq!(polls.len(), 3);
    assert!(polls.iter().all(|p| p.param("OperationUid") == Some(OP)));

    let e = outcome.into_result().unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::DeployFailed);
    let s = e.to_string();
    assert!(s.contains("1 of 2") && s.contains(OP), "{s}");
    assert!(s.contains("API b") && s.contains("not reachable"), "{s}");
}

#[tokio::test]
async fn batch_deploy_where_everything_succeeds_is_ok() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.script(
        "DescribeDeployApiTask",
        task(&[("a", "SUCCEED", ""), ("b", "SUCCEED", "")]),
    );
    let (c, sleeper) = client(&server);
    let outcome = c
        .batch_deploy(
            types::StageName::Test,
            "d",
            vec![deploy_item("a"), deploy_item("b")],
            &PollOptions::default(),
        )
        .await
        .unwrap()
        .into_result()
        .unwrap();
    assert!(outcome.is_success());
    assert!(sleeper.waits().is_empty(), "finished at the first poll");
}

#[tokio::test]
async fn batch_deploy_still_deploying_at_the_deadline_times_out() {
    let gw = Gateway::new();
    let server = gw.start().await;
    gw.always("DescribeDeployApiTask", task(&[("a", "DEPLOYING", "")]));
    let (c, sleeper) = client(&server);
    let poll = PollOptions::default()
        .with_intervals(Duration::from_secs(1), Duration::from_secs(4))
        .with_timeout(Duration::from_secs(10));
    let e = c
        .batch_deploy(
            types::StageName::Release,
            "d",
            vec![deploy_item("a")],
            &poll,
        )
        .await
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Timeout);
    let s = e.to_string();
    assert!(s.contains(OP) && s.contains("DEPLOYING"), "{s}");
    assert!(s.contains("DescribeDeployApiTask"), "{s}");
    let waits = sleeper.waits();
    assert_eq!(
        waits,
        [1, 2, 4, 3].map(Duration::from_secs).to_vec(),
        "backoff capped at 4 s, the last wait stops at the deadline"
    );
    assert_eq!(gw.seen_for("DescribeDeployApiTask").len(), 5);
    assert_eq!(
        gw.seen_for("BatchDeployApis").len(),
        1,
        "never started again"
    );
}

#[tokio::test]
async fn batch_abolish_follows_describe_abolish_api_task() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let (c, _) = client(&server);
    let outcome = c
        .batch_abolish(
            vec![types::BatchAbolishApiItem {
                api_uid: "4e26cdbbb113416dba1f0285bed29979".into(),
                group_id: "160cb6505e1c43a6b84346856d74eb47".into(),
                stage_name: Some(types::StageName::Release),
                stage_id: None,
            }],
            &PollOptions::default(),
        )
        .await
        .unwrap();
    assert!(outcome.is_success());
    assert_eq!(outcome.operation_id, "f7834d74be4e41aa8e607b0fafae9b33");
    assert_eq!(
        outcome.results[0].api_name.as_deref(),
        Some("v2_page_consent")
    );
    assert_eq!(
        gw.seen_for("DescribeAbolishApiTask")[0].param("OperationUid"),
        Some("f7834d74be4e41aa8e607b0fafae9b33")
    );
}

// ---------------------------------------------------------------------------------------------
// Credentials
// ---------------------------------------------------------------------------------------------

fn env_keys(id: &str, secret: &str) -> MapEnv {
    MapEnv::new()
        .with(alibaba::ENV_ACCESS_KEY_ID, id)
        .with(alibaba::ENV_ACCESS_KEY_SECRET, secret)
}

fn write_profiles(home: &Path) {
    let dir = home.join(".aliyun");
    std::fs::create_dir_all(&dir).unwrap();
    let config = serde_json::json!({
        "current": "work",
        "profiles": [
            {"name": "default", "mode": "AK", "access_key_id": "LTAI-other", "access_key_secret": "other", "sts_token": "", "region_id": "cn-hangzhou"},
            {"name": "work", "mode": "AK", "access_key_id": AK_ID, "access_key_secret": AK_SECRET, "sts_token": "", "region_id": "cn-shanghai", "output_format": "json", "language": "en"},
            {"name": "temp", "mode": "StsToken", "access_key_id": STS_ID, "access_key_secret": STS_SECRET, "sts_token": STS_TOKEN, "region_id": "cn-shanghai"}
        ],
        "meta_path": ""
    });
    std::fs::write(dir.join("config.json"), config.to_string()).unwrap();
}

#[tokio::test]
async fn credentials_come_from_the_environment() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let c = builder(&server, env_keys(AK_ID, AK_SECRET), &sleeper)
        .build()
        .unwrap();
    deploy(&c).await.unwrap();
    assert_eq!(
        *c.credential_source(),
        CredentialSource::Environment(vec![
            alibaba::ENV_ACCESS_KEY_ID,
            alibaba::ENV_ACCESS_KEY_SECRET
        ])
    );
    assert!(gw.seen()[0].security_token.is_none());
}

#[tokio::test]
async fn an_sts_token_from_the_environment_is_sent_and_signed() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let sleeper = RecordingSleeper::default();
    let env = env_keys(STS_ID, STS_SECRET).with(alibaba::ENV_SECURITY_TOKEN, STS_TOKEN);
    let c = builder(&server, env, &sleeper).build().unwrap();
    deploy(&c).await.unwrap();
    let s = &gw.seen()[0];
    assert_eq!(s.security_token.as_deref(), Some(STS_TOKEN));
    assert!(s.signed_headers.contains("x-acs-security-token"));

    // The same temporary key without its token is refused by the gateway.
    let c = builder(&server, env_keys(STS_ID, STS_SECRET), &sleeper)
        .build()
        .unwrap();
    let e = deploy(&c).await.unwrap_err();
    assert_eq!(e.code(), Some("InvalidSecurityToken.Mismatch"));
    assert!(
        e.to_string().contains("ALIBABA_CLOUD_SECURITY_TOKEN"),
        "{e}"
    );
}

#[tokio::test]
async fn credentials_come_from_the_aliyun_cli_profile_file() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let home = tempfile::tempdir().unwrap();
    write_profiles(home.path());
    let file = home.path().join(".aliyun").join("config.json");
    let sleeper = RecordingSleeper::default();

    // The `current` profile (AK mode).
    let c = builder(&server, MapEnv::new().with_home(home.path()), &sleeper)
        .build()
        .unwrap();
    deploy(&c).await.unwrap();
    assert_eq!(
        *c.credential_source(),
        CredentialSource::File(file.clone(), "work".into())
    );

    // ALIBABA_CLOUD_PROFILE picks another one (StsToken mode: the token is sent).
    let env = MapEnv::new()
        .with_home(home.path())
        .with(alibaba::ENV_PROFILE, "temp");
    let c = builder(&server, env, &sleeper).build().unwrap();
    deploy(&c).await.unwrap();
    assert_eq!(
        *c.credential_source(),
        CredentialSource::File(file.clone(), "temp".into())
    );

    // The builder's profile wins over the environment's keys.
    let env = env_keys("LTAI-env", "env-secret").with_home(home.path());
    let c = builder(&server, env, &sleeper)
        .profile("temp")
        .build()
        .unwrap();
    deploy(&c).await.unwrap();

    let seen = gw.seen();
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0].security_token, None);
    assert_eq!(seen[1].security_token.as_deref(), Some(STS_TOKEN));
    assert_eq!(seen[2].security_token.as_deref(), Some(STS_TOKEN));

    // A profile that is not in the file is an error naming the file and the profiles.
    let e = builder(&server, MapEnv::new().with_home(home.path()), &sleeper)
        .profile("prod")
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    let s = e.to_string();
    assert!(
        s.contains("prod") && s.contains("default, work, temp") && s.contains("config.json"),
        "{s}"
    );
    assert_eq!(gw.requests(), 3);
}

#[tokio::test]
async fn the_environment_wins_over_the_file_and_explicit_credentials_over_both() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let home = tempfile::tempdir().unwrap();
    write_profiles(home.path());
    let sleeper = RecordingSleeper::default();

    // The file's `current` profile would be AK_ID; the environment's STS key wins.
    let env = env_keys(STS_ID, STS_SECRET)
        .with(alibaba::ENV_SECURITY_TOKEN, STS_TOKEN)
        .with_home(home.path());
    let c = builder(&server, env.clone(), &sleeper).build().unwrap();
    deploy(&c).await.unwrap();
    assert!(matches!(
        *c.credential_source(),
        CredentialSource::Environment(_)
    ));

    let c = builder(&server, env, &sleeper)
        .credentials(Credentials::new(AK_ID, AK_SECRET))
        .build()
        .unwrap();
    deploy(&c).await.unwrap();
    assert_eq!(*c.credential_source(), CredentialSource::Explicit);

    let seen = gw.seen();
    assert_eq!(seen[0].security_token.as_deref(), Some(STS_TOKEN));
    assert_eq!(seen[1].security_token, None);
}

#[tokio::test]
async fn missing_credentials_name_every_place_and_nothing_is_sent() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let home = tempfile::tempdir().unwrap();
    let sleeper = RecordingSleeper::default();
    // Credentials are looked up when the client is built, as for every provider.
    let e = builder(&server, MapEnv::new().with_home(home.path()), &sleeper)
        .build()
        .unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::Credentials);
    assert_eq!(e.sent(), Sent::No);
    assert_eq!(e.provider(), Some("alibaba"));
    let s = e.to_string();
    for place in [
        "explicitly",
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        "ALIBABA_CLOUD_PROFILE",
        ".aliyun/config.json",
    ] {
        assert!(s.contains(place), "{place} missing from: {s}");
    }
    assert_eq!(gw.requests(), 0, "nothing left the machine");

    // Only half of a key pair in the environment is called out as such.
    let e = builder(
        &server,
        MapEnv::new().with(alibaba::ENV_ACCESS_KEY_ID, AK_ID),
        &sleeper,
    )
    .build()
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not"),
        "{e}"
    );
}

#[tokio::test]
async fn secrets_never_show_in_debug_or_display() {
    let gw = Gateway::new();
    let server = gw.start().await;
    let home = tempfile::tempdir().unwrap();
    write_profiles(home.path());
    let sleeper = RecordingSleeper::default();
    let env = env_keys(STS_ID, STS_SECRET)
        .with(alibaba::ENV_SECURITY_TOKEN, STS_TOKEN)
        .with_home(home.path());

    let creds = Credentials::new(AK_ID, AK_SECRET).with_security_token(STS_TOKEN);
    let b = builder(&server, env.clone(), &sleeper).credentials(creds.clone());
    let c = builder(&server, env, &sleeper).build().unwrap();
    deploy(&c).await.unwrap();
    // A failed call (wrong secret) produces an error that must not echo secrets either.
    const WRONG: &str = "dk-Wrong-Secret-0000";
    let bad = builder(&server, MapEnv::new(), &sleeper)
        .credentials(Credentials::new(STS_ID, WRONG).with_security_token(STS_TOKEN))
        .build()
        .unwrap();
    let e = deploy(&bad).await.unwrap_err();
    assert_eq!(e.code(), Some("SignatureDoesNotMatch"));

    let shown = [
        format!("{creds:?}"),
        format!("{b:?}"),
        format!("{c:?}"),
        format!("{:?}", c.credential_source()),
        c.credential_source().to_string(),
        format!("{e}"),
        format!("{e:?}"),
    ];
    for s in &shown {
        for secret in [AK_SECRET, STS_SECRET, STS_TOKEN, WRONG] {
            assert!(!s.contains(secret), "{secret} leaked in {s}");
        }
    }
    assert!(shown[0].contains(AK_ID), "the key id (not secret) is shown");
}

// ---------------------------------------------------------------------------------------------
// Endpoint
// ---------------------------------------------------------------------------------------------

#[test]
fn the_region_picks_the_endpoint_and_bad_regions_or_urls_are_refused() {
    let env = env_keys(AK_ID, AK_SECRET);
    let c = Client::builder().env(env.clone()).build().unwrap();
    assert_eq!(c.base_url(), "https://apigateway.cn-hangzhou.aliyuncs.com");
    let c = Client::builder()
        .env(env.clone())
        .region("ap-southeast-1")
        .build()
        .unwrap();
    assert_eq!(
        c.base_url(),
        "https://apigateway.ap-southeast-1.aliyuncs.com"
    );
    let c = Client::builder()
        .env(env.clone())
        .region("cn-shanghai")
        .base_url("http://127.0.0.1:8080/")
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "http://127.0.0.1:8080");
    for region in ["", "cn-hangzhou.evil.example/x", "CN HANGZHOU"] {
        let e = Client::builder()
            .env(env.clone())
            .region(region)
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput, "{region}");
    }
    for url in ["ftp://x", "not a url", "https://x/?Action=Y"] {
        let e = Client::builder()
            .env(env.clone())
            .base_url(url)
            .build()
            .unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidInput, "{url}");
    }
}

#[test]
fn the_region_comes_from_the_builder_then_the_environment_then_the_profile_then_the_default() {
    use deploykit::alibaba::RegionSource;
    let home = tempfile::tempdir().unwrap();
    write_profiles(home.path()); // current profile `work` has region_id cn-shanghai
    let env = || {
        MapEnv::new()
            .with_home(home.path())
            .with("HOME", home.path().to_str().unwrap())
    };

    // Regression: a cn-shanghai profile used to be sent to the cn-hangzhou endpoint.
    let c = Client::builder().env(env()).build().unwrap();
    assert_eq!(c.region(), "cn-shanghai");
    assert_eq!(*c.region_source(), RegionSource::Profile("work".into()));
    assert_eq!(c.base_url(), "https://apigateway.cn-shanghai.aliyuncs.com");

    // The profile named by ALIBABA_CLOUD_PROFILE, or by --profile, gives its own region.
    let c = Client::builder()
        .env(env().with(alibaba::ENV_PROFILE, "default"))
        .build()
        .unwrap();
    assert_eq!(c.region(), "cn-hangzhou");
    assert_eq!(*c.region_source(), RegionSource::Profile("default".into()));

    // ALIBABA_CLOUD_REGION_ID beats the profile; the builder (--region) beats both.
    let c = Client::builder()
        .env(env().with(alibaba::ENV_REGION_ID, "ap-southeast-1"))
        .build()
        .unwrap();
    assert_eq!(*c.region_source(), RegionSource::Environment);
    assert_eq!(
        c.base_url(),
        "https://apigateway.ap-southeast-1.aliyuncs.com"
    );
    let c = Client::builder()
        .env(env().with(alibaba::ENV_REGION_ID, "ap-southeast-1"))
        .region("eu-central-1")
        .build()
        .unwrap();
    assert_eq!(*c.region_source(), RegionSource::Explicit);
    assert_eq!(c.base_url(), "https://apigateway.eu-central-1.aliyuncs.com");

    // Nothing says: the default. A bad region from the environment names its source.
    let c = Client::builder()
        .env(env_keys(AK_ID, AK_SECRET))
        .build()
        .unwrap();
    assert_eq!(*c.region_source(), RegionSource::Default);
    assert_eq!(c.region(), alibaba::DEFAULT_REGION);
    let e = Client::builder()
        .env(env_keys(AK_ID, AK_SECRET).with(alibaba::ENV_REGION_ID, "cn hangzhou"))
        .build()
        .unwrap_err();
    assert!(e.to_string().contains(alibaba::ENV_REGION_ID), "{e}");
}

#[test]
fn regions_without_their_own_endpoint_use_the_central_one() {
    // From Alibaba's endpoint map of CloudAPI 2016-07-14.
    assert_eq!(
        alibaba::endpoint("cn-wuhan"),
        "https://apigateway.aliyuncs.com"
    );
    assert_eq!(
        alibaba::endpoint("cn-fujian"),
        "https://apigateway.aliyuncs.com"
    );
    assert_eq!(
        alibaba::endpoint("cn-beijing"),
        "https://apigateway.cn-beijing.aliyuncs.com"
    );
    let c = Client::builder()
        .env(env_keys(AK_ID, AK_SECRET))
        .region("cn-zhangbei")
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "https://apigateway.aliyuncs.com");
}
