//! NAVER Cloud Platform API Gateway request signing (signature v2).
//!
//! `signature = base64(HMAC-SHA256(secret_key, "{METHOD} {request_target}\n{timestamp_ms}\n{access_key}"))`,
//! sent with the timestamp and the access key in three headers ([`HEADER_TIMESTAMP`],
//! [`HEADER_ACCESS_KEY`], [`HEADER_SIGNATURE`]). The body is not signed.
//!
//! Signing is a pure function: nothing here reads the clock; the caller passes the timestamp in
//! Unix epoch **milliseconds** (the gateway rejects timestamps more than 5 minutes off).
//!
//! `request_target` is the path **including `/api/v1`** plus `?query` when there is one, exactly
//! as it goes on the request line (already percent-encoded, keys in the order sent, not sorted);
//! no scheme, no host.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Header carrying the request timestamp, Unix epoch milliseconds (13 digits).
pub const HEADER_TIMESTAMP: &str = "x-ncp-apigw-timestamp";
/// Header carrying the access key id.
pub const HEADER_ACCESS_KEY: &str = "x-ncp-iam-access-key";
/// Header carrying the base64 signature.
pub const HEADER_SIGNATURE: &str = "x-ncp-apigw-signature-v2";

/// The string to sign: `"{method} {request_target}\n{timestamp_ms}\n{access_key}"` (one space
/// after the method, LF separators, no trailing newline).
///
/// `method` is used as given (send it as given, normally uppercase); `request_target` as described
/// in the [module docs](self).
pub fn string_to_sign(
    method: &str,
    request_target: &str,
    timestamp_ms: u64,
    access_key: &str,
) -> String {
    format!("{method} {request_target}\n{timestamp_ms}\n{access_key}")
}

/// Keys an HMAC-SHA256 with `secret` (HMAC accepts keys of any length).
fn keyed_mac(secret: &[u8]) -> Hmac<Sha256> {
    <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC-SHA256 accepts keys of any length")
}

/// The signature: standard base64 (with padding) of HMAC-SHA256 of `string_to_sign` keyed with
/// the secret key's bytes.
pub fn signature(secret_key: &[u8], string_to_sign: &str) -> String {
    let tag = keyed_mac(secret_key)
        .chain_update(string_to_sign.as_bytes())
        .finalize()
        .into_bytes();
    STANDARD.encode(tag)
}

/// The three header values of a signed NCP request (names: [`HEADER_TIMESTAMP`],
/// [`HEADER_ACCESS_KEY`], [`HEADER_SIGNATURE`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NcpHeaders {
    /// `x-ncp-apigw-timestamp` value: the timestamp in milliseconds, decimal.
    pub timestamp: String,
    /// `x-ncp-iam-access-key` value.
    pub access_key: String,
    /// `x-ncp-apigw-signature-v2` value.
    pub signature: String,
}

impl NcpHeaders {
    /// The headers as `(lowercase name, value)`: timestamp, access key, signature.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            (HEADER_TIMESTAMP, self.timestamp.as_str()),
            (HEADER_ACCESS_KEY, self.access_key.as_str()),
            (HEADER_SIGNATURE, self.signature.as_str()),
        ]
        .into_iter()
    }
}

/// Signs NCP API Gateway requests with one access key.
///
/// Keeps the access key and the HMAC key state derived from the secret key (the secret itself is
/// not kept). `Debug` does not show the key state.
#[derive(Clone)]
pub struct NcpSigner {
    access_key: String,
    mac: Hmac<Sha256>,
}

impl fmt::Debug for NcpSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NcpSigner")
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .finish()
    }
}

impl NcpSigner {
    /// Creates a signer from an access key id and its secret key (used as its UTF-8 bytes).
    pub fn new(access_key: impl Into<String>, secret_key: impl AsRef<[u8]>) -> Self {
        Self {
            access_key: access_key.into(),
            mac: keyed_mac(secret_key.as_ref()),
        }
    }

    /// The access key id (not secret; it is sent in [`HEADER_ACCESS_KEY`]).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// Signs a request: `method` and `request_target` exactly as on the request line (see the
    /// [module docs](self)), `timestamp_ms` in Unix epoch milliseconds.
    ///
    /// Equal to [`signature`] of [`string_to_sign`], without building the string to sign.
    pub fn sign(&self, method: &str, request_target: &str, timestamp_ms: u64) -> NcpHeaders {
        let (timestamp, signature) =
            self.timestamp_and_signature(method, request_target, timestamp_ms);
        NcpHeaders {
            timestamp,
            access_key: self.access_key.clone(),
            signature,
        }
    }

    /// The timestamp and signature values of [`Self::sign`], for a caller that has the access
    /// key's header value already ([`Self::access_key`]).
    pub fn timestamp_and_signature(
        &self,
        method: &str,
        request_target: &str,
        timestamp_ms: u64,
    ) -> (String, String) {
        let timestamp = timestamp_ms.to_string();
        let tag = self
            .mac
            .clone()
            .chain_update(method.as_bytes())
            .chain_update(b" ")
            .chain_update(request_target.as_bytes())
            .chain_update(b"\n")
            .chain_update(timestamp.as_bytes())
            .chain_update(b"\n")
            .chain_update(self.access_key.as_bytes())
            .finalize()
            .into_bytes();
        (timestamp, STANDARD.encode(tag))
    }
}

#[cfg(test)]
mod tests {
    //! Expected signatures were computed independently of this module with Python:
    //! `base64.b64encode(hmac.new(SECRET.encode(), sts.encode(), hashlib.sha256).digest())`,
    //! where `sts = f"{method} {target}\n{ts}\n{access_key}"`, and the encoded query of
    //! `query_korean_spaces_reserved` with `urllib.parse.quote(value, safe='')`; pasted as literals.

    use super::*;
    use proptest::prelude::*;

    const ACCESS_KEY: &str = "ncp_iam_BPAMKR1ExampleAK01";
    const SECRET_KEY: &str = "ncp_iam_BPKMKRExampleSecretKey0123456789";
    /// 2026-11-22T09:30:00.123Z.
    const TS: u64 = 1_795_339_800_123;

    /// Checks both stages and the signer against an independently computed signature.
    fn check(method: &str, target: &str, expected_sts: &str, expected_signature: &str) {
        let sts = string_to_sign(method, target, TS, ACCESS_KEY);
        assert_eq!(sts, expected_sts);
        assert_eq!(signature(SECRET_KEY.as_bytes(), &sts), expected_signature);
        let headers = NcpSigner::new(ACCESS_KEY, SECRET_KEY).sign(method, target, TS);
        assert_eq!(
            headers,
            NcpHeaders {
                timestamp: "1795339800123".to_owned(),
                access_key: ACCESS_KEY.to_owned(),
                signature: expected_signature.to_owned(),
            }
        );
    }

    #[test]
    fn no_query() {
        check(
            "GET",
            "/api/v1/products",
            "GET /api/v1/products\n1795339800123\nncp_iam_BPAMKR1ExampleAK01",
            "2ZGP5E7egBKZQjuj3oMIqMFqlEfjj2xIWzx6UDOqqyA=",
        );
    }

    #[test]
    fn query_korean_spaces_reserved() {
        // productName="배포 상품 v1", description="a+b & c=d/e?f#g*~", percent-encoded as sent.
        let target = "/api/v1/products?productName=%EB%B0%B0%ED%8F%AC%20%EC%83%81%ED%92%88%20v1\
                      &description=a%2Bb%20%26%20c%3Dd%2Fe%3Ff%23g%2A~";
        check(
            "GET",
            target,
            &format!("GET {target}\n1795339800123\nncp_iam_BPAMKR1ExampleAK01"),
            "QkewSEUm0XqWNSzmqqeWJAaFENIsV/8hBVRvMNCk5EY=",
        );
    }

    #[test]
    fn query_keys_kept_in_sent_order() {
        let target = "/api/v1/products/p1/apis?offset=20&limit=10&hasStage=true&apiName=deploy";
        check(
            "GET",
            target,
            &format!("GET {target}\n1795339800123\nncp_iam_BPAMKR1ExampleAK01"),
            "mySNVpDpDbXj2gGAERfstVBuUtacFS4D4PspqJNwrbk=",
        );
        // Sorting the keys would change the signature.
        let sorted = "/api/v1/products/p1/apis?apiName=deploy&hasStage=true&limit=10&offset=20";
        assert_ne!(
            NcpSigner::new(ACCESS_KEY, SECRET_KEY)
                .sign("GET", sorted, TS)
                .signature,
            "mySNVpDpDbXj2gGAERfstVBuUtacFS4D4PspqJNwrbk="
        );
    }

    #[test]
    fn each_method() {
        let cases = [
            (
                "GET",
                "/api/v1/products/p1/apis/a1/stages/s1",
                "HVZV/XLybjY4mLRRfxJi/mdeoBduVuUUeCJxk2vIa5A=",
            ),
            (
                "POST",
                "/api/v1/products/p1/apis/a1/stages/s1/deploy",
                "8dh0zf1oYZkeHH0CgdwuZWNcoJSjOKPBKuRvwxDNdVU=",
            ),
            (
                "PUT",
                "/api/v1/products/p1/apis/a1",
                "h6TgoPXHdsOeZCommx2/wG/JzjkOpAC4LAoS6s39AeA=",
            ),
            (
                "DELETE",
                "/api/v1/products/p1/apis/a1",
                "FjySgyS0YqgX5hM7GT06RFYo1pjwwZRc7veffJ7Iyjw=",
            ),
            (
                "PATCH",
                "/api/v1/products/p1/apis/a1",
                "sCZ3e0ghZhHNdUjSwFXHmO1SWXbH9iUT0HAJYfyVVsc=",
            ),
        ];
        for (method, target, expected) in cases {
            check(
                method,
                target,
                &format!("{method} {target}\n1795339800123\nncp_iam_BPAMKR1ExampleAK01"),
                expected,
            );
        }
    }

    #[test]
    fn headers_iter_names_and_values() {
        let headers = NcpSigner::new(ACCESS_KEY, SECRET_KEY).sign("GET", "/api/v1/products", TS);
        let pairs: Vec<(&str, &str)> = headers.iter().collect();
        assert_eq!(
            pairs,
            vec![
                ("x-ncp-apigw-timestamp", "1795339800123"),
                ("x-ncp-iam-access-key", ACCESS_KEY),
                (
                    "x-ncp-apigw-signature-v2",
                    "2ZGP5E7egBKZQjuj3oMIqMFqlEfjj2xIWzx6UDOqqyA="
                ),
            ]
        );
    }

    #[test]
    fn debug_redacts_secret() {
        let signer = NcpSigner::new(ACCESS_KEY, SECRET_KEY);
        let debug = format!("{signer:?}");
        assert!(debug.contains(ACCESS_KEY), "{debug}");
        assert!(debug.contains("<redacted>"), "{debug}");
        assert!(!debug.contains(SECRET_KEY), "{debug}");
        assert!(!debug.contains("ExampleSecret"), "{debug}");
        assert_eq!(signer.access_key(), ACCESS_KEY);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The one-pass signer equals the two stages, for any input (and never panics).
        #[test]
        fn sign_matches_stages(
            method in any::<String>(),
            target in any::<String>(),
            ts in any::<u64>(),
            access_key in any::<String>(),
            secret in prop::collection::vec(any::<u8>(), 0..100),
        ) {
            let headers = NcpSigner::new(access_key.as_str(), &secret).sign(&method, &target, ts);
            let sts = string_to_sign(&method, &target, ts, &access_key);
            prop_assert_eq!(&headers.signature, &signature(&secret, &sts));
            prop_assert_eq!(headers.timestamp, ts.to_string());
            prop_assert_eq!(headers.access_key, access_key);
        }
    }

    /// `cargo test --release -- --ignored --nocapture bench_ncp_sign`
    #[test]
    #[ignore = "benchmark; run in release with --ignored --nocapture"]
    fn bench_ncp_sign() {
        use std::hint::black_box;
        use std::time::Instant;
        let signer = NcpSigner::new(ACCESS_KEY, SECRET_KEY);
        const N: u32 = 200_000;
        let mut best = f64::INFINITY;
        for _ in 0..7 {
            let start = Instant::now();
            for _ in 0..N {
                black_box(signer.sign(
                    black_box("POST"),
                    black_box("/api/v1/products/p1/apis/a1/stages/s1/deploy"),
                    black_box(TS),
                ));
            }
            best = best.min(start.elapsed().as_nanos() as f64 / f64::from(N));
        }
        println!("NCP sign: {best:.0} ns/sign (best of 7 x {N})");
    }
}
