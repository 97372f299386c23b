//! Stage-by-stage tests of the ACS3 signer. Expected values other than Alibaba's published example were computed independently of this
//! module by a short Python reference written from the spec (`hashlib.sha256`, `hmac.new(...,
//! hashlib.sha256)`, `urllib.parse.quote(s, safe='-_.~')`, pairs sorted by encoded key then
//! value, header names sorted, values `.strip()`ped) and pasted here as literals.

use super::date::civil_from_days;
use super::signer::Parts;
use super::*;
use hmac::Mac;
use proptest::prelude::*;
use sha2::{Digest, Sha256};

/// Alibaba's published worked example (RunInstances on ECS).
const PUBLISHED_QUERY: &[(&str, &str)] = &[
    (
        "ImageId",
        "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
    ),
    ("RegionId", "cn-shanghai"),
];
const PUBLISHED_CANONICAL: &str = "POST\n/\n\
    ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n\
    host:ecs.cn-shanghai.aliyuncs.com\n\
    x-acs-action:RunInstances\n\
    x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
    x-acs-date:2023-10-26T10:22:32Z\n\
    x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n\
    x-acs-version:2014-05-26\n\n\
    host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n\
    e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const PUBLISHED_HASH: &str = "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259";
const PUBLISHED_SIGNATURE: &str =
    "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

fn published_request() -> Acs3Request<'static> {
    Acs3Request::rpc(
        "ecs.cn-shanghai.aliyuncs.com",
        "RunInstances",
        "2014-05-26",
        PUBLISHED_QUERY,
    )
}

// Shared inputs of the Python-computed vectors.
const HOST: &str = "apigateway.cn-hangzhou.aliyuncs.com";
const DATE: &str = "2026-11-22T09:30:00Z";
const NONCE: &str = "6a1f0c9e2b7d4e3f8a5b1c0d9e8f7a6b";
const KEY_ID: &str = "LTAI5tExampleKeyId";
const SECRET: &str = "ExampleAccessKeySecret0123456789";
const SIGNED_DEFAULT: &str =
    "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";

/// One independently computed vector: the request and every expected stage.
struct Vector {
    req: Acs3Request<'static>,
    token: Option<&'static str>,
    query: &'static str,
    canonical: String,
    string_to_sign: &'static str,
    signature: &'static str,
    signed_headers: &'static str,
}

fn vector_canonical(req: &Acs3Request<'_>, query: &str, extra: &str, signed: &str) -> String {
    let sha = hashed_payload(req.body);
    let ct = req
        .content_type
        .map(|c| format!("content-type:{c}\n"))
        .unwrap_or_default();
    format!(
        "POST\n/\n{query}\n{ct}host:{HOST}\nx-acs-action:{}\nx-acs-content-sha256:{sha}\n\
         x-acs-date:{DATE}\n{extra}x-acs-signature-nonce:{NONCE}\nx-acs-version:2016-07-14\n\n\
         {signed}\n{sha}",
        req.action
    )
}

fn deploy_multilingual() -> Vector {
    const QUERY: &[(&str, &str)] = &[
        ("StageName", "RELEASE"),
        ("GroupId", "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d"),
        ("ApiId", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        ("Description", "배포 테스트 发布测试 a+b*c~d/e f"),
    ];
    let req = Acs3Request::rpc(HOST, "DeployApi", "2016-07-14", QUERY);
    let query = "ApiId=0f1e2d3c4b5a69788796a5b4c3d2e1f0&Description=%EB%B0%B0%ED%8F%AC%20\
                 %ED%85%8C%EC%8A%A4%ED%8A%B8%20%E5%8F%91%E5%B8%83%E6%B5%8B%E8%AF%95%20a%2Bb\
                 %2Ac~d%2Fe%20f&GroupId=a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d&StageName=RELEASE";
    Vector {
        canonical: vector_canonical(&req, query, "", SIGNED_DEFAULT),
        req,
        token: None,
        query,
        string_to_sign: "ACS3-HMAC-SHA256\n\
            0a4ddec38a63c8718b2f75474dcfe0ce1bc54dc1750c22326b7ac1366295dab2",
        signature: "cec84ffeb5f12a1ee31d5546629b365970ba4781e09f249f35cc3746beb4c0eb",
        signed_headers: SIGNED_DEFAULT,
    }
}

fn empty_value_and_order() -> Vector {
    // `a{b` sorts before `a_b` once encoded (`%7B` < `_`), though `{` > `_` raw.
    const QUERY: &[(&str, &str)] = &[
        ("PageSize", "50"),
        ("ApiName", ""),
        ("a_b", "1"),
        ("a{b", "2"),
        ("Zeta", "z"),
        ("alpha", "A"),
        ("Tag.1.Key", "env"),
        ("Tag.1.Value", "prod/blue green"),
    ];
    let req = Acs3Request::rpc(HOST, "DescribeApis", "2016-07-14", QUERY);
    let query = "ApiName=&PageSize=50&Tag.1.Key=env&Tag.1.Value=prod%2Fblue%20green&Zeta=z\
                 &a%7Bb=2&a_b=1&alpha=A";
    Vector {
        canonical: vector_canonical(&req, query, "", SIGNED_DEFAULT),
        req,
        token: None,
        query,
        string_to_sign: "ACS3-HMAC-SHA256\n\
            1de5d6344e16f2ec1818ce2159adae9e02afeeffeb789a712a13f68f7444c895",
        signature: "6484d193508426313ca467dafd455286350cee9630eea08c09b668432f074084",
        signed_headers: SIGNED_DEFAULT,
    }
}

fn sts_json_body() -> Vector {
    const QUERY: &[(&str, &str)] = &[("GroupId", "g1"), ("RegionId", "cn-hangzhou")];
    const TOKEN: &str = "CAIS8gF1q6Ft5B2yfSjIr5bSEsP7pb1ExampleSecurityToken+/==";
    const SIGNED: &str = "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;\
                          x-acs-security-token;x-acs-signature-nonce;x-acs-version";
    let req = Acs3Request {
        content_type: Some("application/json; charset=utf-8"),
        body: "{\"description\":\"배포 发布\"}".as_bytes(),
        ..Acs3Request::rpc(HOST, "DeployApi", "2016-07-14", QUERY)
    };
    let query = "GroupId=g1&RegionId=cn-hangzhou";
    Vector {
        canonical: vector_canonical(
            &req,
            query,
            &format!("x-acs-security-token:{TOKEN}\n"),
            SIGNED,
        ),
        req,
        token: Some(TOKEN),
        query,
        string_to_sign: "ACS3-HMAC-SHA256\n\
            54818a660afc55eb59bd00d35f6929e1557eae62b2e24b675f950e8d15f7fe17",
        signature: "c3ac255fb6044813526293b177c373f4651c5df4dbb352eecc0bb68de1f727b3",
        signed_headers: SIGNED,
    }
}

fn vectors() -> Vec<(&'static str, Vector)> {
    vec![
        ("deploy_multilingual", deploy_multilingual()),
        ("empty_value_and_order", empty_value_and_order()),
        ("sts_json_body", sts_json_body()),
    ]
}

/// The headers a caller would send for `req`, as input to the stage function.
fn wire_headers<'a>(
    req: &Acs3Request<'a>,
    date: &'a str,
    nonce: &'a str,
    sha: &'a str,
    token: Option<&'a str>,
) -> Vec<(&'a str, &'a str)> {
    let mut headers = vec![
        ("Host", req.host),
        ("x-acs-action", req.action),
        ("x-acs-version", req.version),
        ("x-acs-date", date),
        ("x-acs-signature-nonce", nonce),
        ("x-acs-content-sha256", sha),
    ];
    if let Some(ct) = req.content_type {
        headers.push(("Content-Type", ct));
    }
    if let Some(token) = token {
        headers.push(("x-acs-security-token", token));
    }
    headers
}

// ----- stage 1 -----------------------------------------------------------------------------

#[test]
fn percent_encode_rfc3986() {
    assert_eq!(percent_encode("AZaz09-_.~"), "AZaz09-_.~");
    assert_eq!(percent_encode("a b*c+d/e~f"), "a%20b%2Ac%2Bd%2Fe~f");
    assert_eq!(percent_encode("=&%?#"), "%3D%26%25%3F%23");
    assert_eq!(percent_encode("배포"), "%EB%B0%B0%ED%8F%AC");
    assert_eq!(percent_encode("发布"), "%E5%8F%91%E5%B8%83");
    assert_eq!(percent_encode("\u{7f}\0"), "%7F%00");
}

#[test]
fn canonical_query_published_example() {
    assert_eq!(
        canonical_query(PUBLISHED_QUERY),
        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"
    );
}

#[test]
fn canonical_query_vectors() {
    for (name, v) in vectors() {
        assert_eq!(canonical_query(v.req.query), v.query, "{name}");
        assert_eq!(v.req.canonical_query_string(), v.query, "{name}");
    }
}

#[test]
fn canonical_query_edge_cases() {
    assert_eq!(canonical_query(&[]), "");
    assert_eq!(canonical_query(&[("", "")]), "=");
    assert_eq!(canonical_query(&[("Key", "")]), "Key=");
    // Same key: ordered by value.
    assert_eq!(canonical_query(&[("k", "b"), ("k", "a")]), "k=a&k=b");
    // Uppercase sorts before lowercase (byte order); `~` is kept and sorts last.
    assert_eq!(
        canonical_query(&[("b", "1"), ("~", "2"), ("B", "3"), ("a b", "4")]),
        "B=3&a%20b=4&b=1&~=2"
    );
    // More pairs than the stack sort buffer.
    let keys: Vec<String> = (0..40).rev().map(|i| format!("k{i:02}")).collect();
    let pairs: Vec<(&str, &str)> = keys.iter().map(|k| (k.as_str(), "v")).collect();
    let expected: Vec<String> = (0..40).map(|i| format!("k{i:02}=v")).collect();
    assert_eq!(canonical_query(&pairs), expected.join("&"));
}

// ----- stage 2 -----------------------------------------------------------------------------

#[test]
fn hashed_payload_values() {
    assert_eq!(hashed_payload(b""), EMPTY_BODY_SHA256);
    // python3: hashlib.sha256(b"abc").hexdigest()
    assert_eq!(
        hashed_payload(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn canonical_request_published_example() {
    let headers = [
        ("Host", "ecs.cn-shanghai.aliyuncs.com"),
        ("x-acs-action", "RunInstances"),
        ("x-acs-version", "2014-05-26"),
        ("x-acs-date", "2023-10-26T10:22:32Z"),
        ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        ("x-acs-content-sha256", EMPTY_BODY_SHA256),
        // Not signed.
        ("User-Agent", "deploykit"),
        ("Accept", "application/json"),
    ];
    let cr = canonical_request(
        "POST",
        "/",
        &canonical_query(PUBLISHED_QUERY),
        &headers,
        &hashed_payload(b""),
    );
    assert_eq!(cr.canonical, PUBLISHED_CANONICAL);
    assert_eq!(
        cr.signed_headers,
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
    );
    let signer = Acs3Signer::new("YourAccessKeyId", "YourAccessKeySecret", None);
    let from_signer = signer.canonical_request(
        &published_request(),
        "2023-10-26T10:22:32Z",
        "3156853299f313e23d1673dc12e1703d",
    );
    assert_eq!(from_signer, cr);
}

#[test]
fn canonical_request_vectors() {
    for (name, v) in vectors() {
        let sha = hashed_payload(v.req.body);
        let headers = wire_headers(&v.req, DATE, NONCE, &sha, v.token);
        let cr = canonical_request("POST", "/", v.query, &headers, &sha);
        assert_eq!(cr.canonical, v.canonical, "{name}");
        assert_eq!(cr.signed_headers, v.signed_headers, "{name}");
        let signer = Acs3Signer::new(KEY_ID, SECRET, v.token.map(str::to_owned));
        assert_eq!(signer.canonical_request(&v.req, DATE, NONCE), cr, "{name}");
    }
}

#[test]
fn canonical_request_trims_lowercases_merges() {
    let headers = [
        ("X-Acs-B", " 2 "),
        ("HOST", "\th.example\t"),
        ("x-acs-a", "1"),
        ("x-acs-b", "3"),
        ("Content-Type", " text/plain "),
        ("authorization", "not signed"),
    ];
    let cr = canonical_request("GET", "", "", &headers, "p");
    assert_eq!(
        cr.canonical,
        "GET\n/\n\ncontent-type:text/plain\nhost:h.example\nx-acs-a:1\nx-acs-b:2,3\n\n\
         content-type;host;x-acs-a;x-acs-b\np"
    );
    assert_eq!(cr.signed_headers, "content-type;host;x-acs-a;x-acs-b");
    let none = canonical_request("GET", "/p%20q", "a=1", &[], "p");
    assert_eq!(none.canonical, "GET\n/p%20q\na=1\n\n\np");
    assert_eq!(none.signed_headers, "");
}

// ----- stages 3–5 --------------------------------------------------------------------------

#[test]
fn string_to_sign_published_example() {
    assert_eq!(
        string_to_sign(PUBLISHED_CANONICAL),
        format!("ACS3-HMAC-SHA256\n{PUBLISHED_HASH}")
    );
}

#[test]
fn signature_published_example() {
    let sts = string_to_sign(PUBLISHED_CANONICAL);
    assert_eq!(signature(b"YourAccessKeySecret", &sts), PUBLISHED_SIGNATURE);
}

#[test]
fn string_to_sign_and_signature_vectors() {
    for (name, v) in vectors() {
        let sts = string_to_sign(&v.canonical);
        assert_eq!(sts, v.string_to_sign, "{name}");
        assert_eq!(signature(SECRET.as_bytes(), &sts), v.signature, "{name}");
    }
}

#[test]
fn authorization_format() {
    assert_eq!(
        authorization("YourAccessKeyId", SIGNED_DEFAULT, PUBLISHED_SIGNATURE),
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;\
         x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,\
         Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    );
}

// ----- signer ------------------------------------------------------------------------------

#[test]
fn sign_published_example() {
    let signer = Acs3Signer::new("YourAccessKeyId", "YourAccessKeySecret", None);
    let h = signer.sign(
        &published_request(),
        "2023-10-26T10:22:32Z",
        "3156853299f313e23d1673dc12e1703d",
    );
    assert_eq!(
        h.authorization,
        authorization("YourAccessKeyId", SIGNED_DEFAULT, PUBLISHED_SIGNATURE)
    );
    assert_eq!(
        h.canonical_query,
        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"
    );
    let headers: Vec<(&str, &str)> = h.iter().collect();
    assert_eq!(
        headers,
        vec![
            ("x-acs-action", "RunInstances"),
            ("x-acs-version", "2014-05-26"),
            ("x-acs-date", "2023-10-26T10:22:32Z"),
            ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
            ("x-acs-content-sha256", EMPTY_BODY_SHA256),
            ("authorization", h.authorization.as_str()),
        ]
    );
}

#[test]
fn sign_vectors() {
    for (name, v) in vectors() {
        let signer = Acs3Signer::new(KEY_ID, SECRET, v.token.map(str::to_owned));
        let h = signer.sign(&v.req, DATE, NONCE);
        assert_eq!(h.canonical_query, v.query, "{name}");
        assert_eq!(
            h.authorization,
            authorization(KEY_ID, v.signed_headers, v.signature),
            "{name}"
        );
        assert_eq!(h.content_sha256, hashed_payload(v.req.body), "{name}");
        assert_eq!(h.security_token, v.token, "{name}");
        let token_header = h.iter().find(|(n, _)| *n == HEADER_SECURITY_TOKEN);
        assert_eq!(token_header.map(|(_, t)| t), v.token, "{name}");
    }
    // python3: hashlib.sha256('{"description":"배포 发布"}'.encode()).hexdigest()
    assert_eq!(
        sts_json_body().canonical.rsplit('\n').next(),
        Some("25ecc79e739d8cb04831eb773321124d9c62cce1f4fcf0958a24e3324a13ea8d")
    );
}

#[test]
fn signer_debug_redacts_secrets() {
    let signer = Acs3Signer::new(
        "LTAI5tVisibleId",
        "TopSecretValue123",
        Some("StsTokenSecret456".to_owned()),
    );
    let debug = format!("{signer:?}");
    assert!(debug.contains("LTAI5tVisibleId"), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
    assert!(!debug.contains("TopSecretValue123"), "{debug}");
    assert!(!debug.contains("StsTokenSecret456"), "{debug}");
    assert!(signer.has_security_token());
    assert_eq!(signer.access_key_id(), "LTAI5tVisibleId");
}

// ----- date --------------------------------------------------------------------------------

#[test]
fn format_acs_date_known_dates() {
    // python3: datetime.fromisoformat(s).replace(tzinfo=timezone.utc).timestamp()
    let cases = [
        (0, "1970-01-01T00:00:00Z"),
        (1_698_315_752, "2023-10-26T10:22:32Z"),
        (951_868_799, "2000-02-29T23:59:59Z"),
        (1_709_208_000, "2024-02-29T12:00:00Z"),
        (-2_203_891_200, "1900-03-01T00:00:00Z"),
        (4_107_542_399, "2100-02-28T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
        (-62_135_596_800, "0001-01-01T00:00:00Z"),
        (1_795_339_800, "2026-11-22T09:30:00Z"),
    ];
    for (secs, expected) in cases {
        assert_eq!(format_acs_date(secs), expected, "{secs}");
    }
}

#[test]
fn civil_from_days_matches_day_by_day_calendar() {
    fn days_in_month(y: i64, m: i64) -> i64 {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }
    // Walk forward from 1600-01-01 (day -135 140) to 2400-12-31.
    let (mut y, mut m, mut d) = (1600, 1, 1);
    let mut days = -135_140;
    while y <= 2400 {
        assert_eq!(civil_from_days(days), (y, m, d), "day {days}");
        days += 1;
        d += 1;
        if d > days_in_month(y, m) {
            d = 1;
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
    }
}

#[test]
fn format_acs_date_extremes_do_not_panic() {
    for secs in [i64::MIN, i64::MIN + 1, i64::MAX, i64::MAX - 1] {
        assert!(format_acs_date(secs).ends_with('Z'));
    }
}

// ----- properties --------------------------------------------------------------------------

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,12}",
        "[a-zA-Z0-9 _.~*+/%{}가-힣一-龥-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn cmp_encoded_agrees_with_encoded_strings(a in any_text(), b in any_text()) {
        prop_assert_eq!(
            cmp_encoded(&a, &b),
            percent_encode(&a).cmp(&percent_encode(&b))
        );
    }

    #[test]
    fn canonical_query_is_well_formed_and_round_trips(
        pairs in prop::collection::vec((any_text(), any_text()), 0..40)
    ) {
        let borrowed: Vec<(&str, &str)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let q = canonical_query(&borrowed);
        prop_assert_eq!(q.len(), canonical_query_len(&borrowed));
        let bytes = q.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'%' {
                prop_assert!(i + 2 < bytes.len(), "truncated escape in {}", q);
                for h in &bytes[i + 1..i + 3] {
                    prop_assert!(h.is_ascii_digit() || (b'A'..=b'F').contains(h), "{}", q);
                }
                i += 3;
            } else {
                prop_assert!(is_unreserved(b) || b == b'=' || b == b'&', "{}", q);
                i += 1;
            }
        }
        // Decoding gives back the pairs, sorted by encoded key then encoded value.
        let mut expected: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (percent_encode(k), percent_encode(v)))
            .collect();
        expected.sort();
        let got: Vec<(String, String)> = if q.is_empty() {
            Vec::new()
        } else {
            q.split('&')
                .map(|kv| {
                    let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                    (k.to_owned(), v.to_owned())
                })
                .collect()
        };
        prop_assert_eq!(&got, &expected);
        for (k, v) in &got {
            let dk = percent_encoding::percent_decode_str(k).decode_utf8();
            let dv = percent_encoding::percent_decode_str(v).decode_utf8();
            prop_assert!(dk.is_ok() && dv.is_ok());
        }
    }

    #[test]
    fn a_query_is_canonical_exactly_when_encoding_its_pairs_again_gives_it_back(
        pairs in prop::collection::vec((any_text(), any_text()), 0..6),
        text in "([a-zA-Z~*+=&%é-]|%[0-9A-Fa-f]{2}){0,16}",
    ) {
        let borrowed: Vec<(&str, &str)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        prop_assert!(is_canonical_query(&canonical_query(&borrowed), &[]));
        // Any text: canonical when (and only when) its pairs, decoded and encoded again, give it
        // back (text with a lone `%`, invalid UTF-8 or unsorted pairs is not).
        let decoded: Option<Vec<(String, String)>> = if text.is_empty() {
            Some(Vec::new())
        } else {
            text.split('&')
                .map(|kv| {
                    let (k, v) = kv.split_once('=')?;
                    let k = percent_encoding::percent_decode_str(k).decode_utf8().ok()?;
                    let v = percent_encoding::percent_decode_str(v).decode_utf8().ok()?;
                    Some((k.into_owned(), v.into_owned()))
                })
                .collect()
        };
        let again = decoded.map(|pairs| {
            let borrowed: Vec<(&str, &str)> =
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            canonical_query(&borrowed)
        });
        prop_assert_eq!(
            is_canonical_query(&text, &[]),
            again.as_deref() == Some(text.as_str()),
            "{}", text
        );
    }

    #[test]
    fn sign_never_panics_and_matches_stage_functions(
        method in any_text(),
        host in any_text(),
        uri in any_text(),
        pairs in prop::collection::vec((any_text(), any_text()), 0..8),
        action in any_text(),
        version in any_text(),
        content_type in prop::option::of(any_text()),
        body in prop::collection::vec(any::<u8>(), 0..300),
        date in any_text(),
        nonce in any_text(),
        key_id in any_text(),
        secret in prop::collection::vec(any::<u8>(), 0..100),
        token in prop::option::of(any_text()),
    ) {
        let query: Vec<(&str, &str)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let req = Acs3Request {
            method: &method,
            host: &host,
            canonical_uri: &uri,
            query: &query,
            action: &action,
            version: &version,
            content_type: content_type.as_deref(),
            body: &body,
        };
        let signer = Acs3Signer::new(key_id.as_str(), &secret, token.clone());
        let h = signer.sign(&req, &date, &nonce);

        // The one-pass signer equals the chain of stage functions.
        let sha = hashed_payload(&body);
        let headers = wire_headers(&req, &date, &nonce, &sha, token.as_deref());
        let cq = canonical_query(&query);
        let cr = canonical_request(&method, &uri, &cq, &headers, &sha);
        prop_assert_eq!(&signer.canonical_request(&req, &date, &nonce), &cr);
        // Buffers are sized once.
        prop_assert!(canonical_query_max_len(&query) >= cq.len());
        let parts = Parts {
            req: &req,
            query: &cq,
            content_sha256: &sha,
            date: &date,
            nonce: &nonce,
        };
        prop_assert!(signer.canonical_capacity(&parts) >= cr.canonical.len());
        let sig = signature(&secret, &string_to_sign(&cr.canonical));
        prop_assert_eq!(&h.authorization, &authorization(&key_id, &cr.signed_headers, &sig));
        prop_assert_eq!(&h.canonical_query, &cq);
        prop_assert_eq!(&h.content_sha256, &sha);
        prop_assert_eq!(h.iter().count(), 6 + usize::from(token.is_some()));
    }
}

// ----- benchmark ---------------------------------------------------------------------------

/// `cargo test --release -- --ignored --nocapture bench_acs3_sign`
///
/// A typical DeployApi request (4 query parameters, 6 signed headers). Prints the signer's
/// time, the hashing floor (SHA-256 of the same canonical request plus the HMAC from a
/// precomputed key state) and the chain of stage functions, measured in the same run.
#[test]
#[ignore = "benchmark; run in release with --ignored --nocapture"]
fn bench_acs3_sign() {
    use std::hint::black_box;
    use std::time::Instant;
    const QUERY: &[(&str, &str)] = &[
        ("GroupId", "a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d"),
        ("ApiId", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        ("StageName", "RELEASE"),
        ("Description", "deploy 2026-11-22 build 1234"),
    ];
    const N: u32 = 200_000;
    fn best_of<F: FnMut()>(mut f: F) -> f64 {
        let mut best = f64::INFINITY;
        for _ in 0..7 {
            let start = Instant::now();
            for _ in 0..N {
                f();
            }
            best = best.min(start.elapsed().as_nanos() as f64 / f64::from(N));
        }
        best
    }
    let signer = Acs3Signer::new(KEY_ID, SECRET, None);
    let req = Acs3Request::rpc(HOST, "DeployApi", "2016-07-14", QUERY);
    let canonical = signer.canonical_request(&req, DATE, NONCE).canonical;
    let mac = keyed_mac(SECRET.as_bytes());

    let sign = best_of(|| {
        black_box(signer.sign(black_box(&req), black_box(DATE), black_box(NONCE)));
    });
    let floor = best_of(|| {
        let hash = hex32(&Sha256::digest(black_box(canonical.as_bytes())));
        let prefix = STRING_TO_SIGN_PREFIX.as_bytes();
        black_box(
            mac.clone()
                .chain_update(prefix)
                .chain_update(hash)
                .finalize(),
        );
    });
    let stages = best_of(|| {
        let req = black_box(&req);
        let sha = hashed_payload(req.body);
        let headers = wire_headers(req, DATE, NONCE, &sha, None);
        let cr = canonical_request(
            req.method,
            req.canonical_uri,
            &canonical_query(req.query),
            &headers,
            &sha,
        );
        let sig = signature(SECRET.as_bytes(), &string_to_sign(&cr.canonical));
        black_box(authorization(KEY_ID, &cr.signed_headers, &sig));
    });
    println!(
        "ACS3 sign: {sign:.0} ns/sign; hashing floor {floor:.0} ns; stage functions chained \
         {stages:.0} ns (best of 7 x {N}, canonical request {} bytes)",
        canonical.len()
    );
}

/// `AcsDate` (digits written by hand) against the `format!` it replaced.
#[test]
fn acs_date_matches_format() {
    fn reference(unix_seconds: i64) -> String {
        let (year, month, day) = civil_from_days(unix_seconds.div_euclid(86_400));
        let secs = unix_seconds.rem_euclid(86_400);
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            secs / 3_600,
            secs / 60 % 60,
            secs % 60
        )
    }
    let mut rng = fastrand::Rng::with_seed(18);
    let edges = [
        i64::MIN,
        i64::MIN + 1,
        i64::MAX,
        i64::MAX - 1,
        -62_167_219_200, // 0000-01-01
        -62_167_219_201,
        253_402_300_800, // 10000-01-01
        0,
        -1,
    ];
    let random = (0..20_000).map(|_| rng.i64(-70_000_000_000..300_000_000_000));
    for secs in edges.into_iter().chain(random) {
        assert_eq!(AcsDate::new(secs).as_str(), reference(secs), "{secs}");
    }
}
