//! What the generated clients call: the hooks, path encoding, form bodies and answer decoding, all
//! typed with [`Error`].
//!
//! progenitor's own hooks cannot carry a typed error (its `exec` returns `reqwest::Result`, its
//! `pre` only a string), so each provider crate's build script points the generated code at these
//! items instead of progenitor's: every generated `send()` returns
//! `Result<ResponseValue<T>, deploykit::Error>`, runs [`ClientHooks::exec`] (the runtime's one send
//! path), and decodes success answers with [`from_response`]. Error answers never reach the
//! generated code: the send path turns them into the provider's [`Error`] first.

use chrono::{DateTime, NaiveDate, Utc};
use reqwest::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use progenitor_client::{ClientInfo, OperationInfo, ResponseValue};

use super::OperationMeta;
pub use super::error::Error;
use super::error::{ErrorKind, Sent};
use super::send::{decode, prepare_request, send};
use super::transport::Transport;

/// The hooks every generated operation runs, in order: `pre` (wire fixes, checks), `exec` (the
/// runtime's send path: credentials, signing, retries, errors), `post` (nothing).
#[allow(async_fn_in_trait)]
pub trait ClientHooks<Inner = ()> {
    /// Before sending: wire fixes and checks that need no network.
    async fn pre(&self, request: &mut Request, info: &OperationInfo) -> Result<(), Error>;
    /// Send with signing and retries; `Ok` only for a `2xx` answer.
    async fn exec(&self, request: Request, info: &OperationInfo) -> Result<Response, Error>;
    /// After sending.
    async fn post(
        &self,
        result: &Result<Response, Error>,
        info: &OperationInfo,
    ) -> Result<(), Error>;
}

impl<C: ClientInfo<Transport>> ClientHooks<Transport> for C {
    async fn pre(&self, request: &mut Request, info: &OperationInfo) -> Result<(), Error> {
        let transport = self.inner();
        let op = operation(transport, info)?;
        let tag = |e: Error| e.with_provider(transport.provider.name());
        let base = transport.base(self.baseurl());
        check_path(self.baseurl(), &base.path, request.url(), op).map_err(tag)?;
        prepare_request(request, op).map_err(tag)
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> Result<Response, Error> {
        let transport = self.inner();
        send(
            transport,
            self.client(),
            request,
            operation(transport, info)?,
        )
        .await
    }

    async fn post(
        &self,
        _result: &Result<Response, Error>,
        _info: &OperationInfo,
    ) -> Result<(), Error> {
        Ok(())
    }
}

fn operation(transport: &Transport, info: &OperationInfo) -> Result<&'static OperationMeta, Error> {
    transport.operation(info.operation_id).ok_or_else(|| {
        Error::invalid_input(format!(
            "`{}` is not an operation of this client's spec (a client built for another spec?)",
            info.operation_id
        ))
        .with_provider(transport.provider.name())
    })
}

/// The request's path is the operation's template under the client's base path: one segment per
/// parameter, every literal segment in place. (Path parameters are checked one by one before the
/// URL is built; this holds the result against the spec.)
/// `base_path` is the path of `base_url` (see `BaseUrl::path`).
fn check_path(
    base_url: &str,
    base_path: &str,
    url: &url::Url,
    op: &OperationMeta,
) -> Result<(), Error> {
    let template = op.path.split('?').next().unwrap_or_default();
    let fits = url
        .path()
        .strip_prefix(base_path)
        .is_some_and(|rest| segments_fit(rest, template));
    if fits {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "the request path {} does not match the operation's path {template} under {base_url}",
            url.path()
        ))
        .with_operation(op.id))
    }
}

/// Whether the `/`-separated segments of `path` are those of `template`, leading slashes aside:
/// as many, each literal one equal, each `{parameter}` one not empty. One walk over the bytes.
fn segments_fit(path: &str, template: &str) -> bool {
    let mut got = path.trim_start_matches('/').as_bytes();
    let mut want = template.trim_start_matches('/').as_bytes();
    loop {
        let got_end = got.iter().position(|&b| b == b'/');
        let want_end = want.iter().position(|&b| b == b'/');
        let g = &got[..got_end.unwrap_or(got.len())];
        let w = &want[..want_end.unwrap_or(want.len())];
        let param = w.len() >= 2 && w[0] == b'{' && w[w.len() - 1] == b'}';
        if !(if param { !g.is_empty() } else { g == w }) {
            return false;
        }
        match (got_end, want_end) {
            (None, None) => return true,
            (Some(i), Some(j)) => {
                got = &got[i + 1..];
                want = &want[j + 1..];
            }
            _ => return false,
        }
    }
}

/// Characters escaped in a path parameter: everything but RFC 3986 unreserved characters and
/// sub-delimiters, so a value stays one segment (`/`, `\`, `?`, `#` and `%` included).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// One path parameter as one URL path segment.
pub fn encode_path(value: &str) -> String {
    encode_segment(value).into_owned()
}

/// [`encode_path`] without a copy when nothing needs escaping (most ids and names): through
/// `Cow`, not `Display`, so an escaped value is built without the formatting machinery.
fn encode_segment(value: &str) -> std::borrow::Cow<'_, str> {
    std::borrow::Cow::from(percent_encoding::utf8_percent_encode(value, PATH_SEGMENT))
}

/// One path parameter of `operation` as one URL path segment, borrowed from `value` when it needs
/// no escaping. Empty values, `.` and `..` are refused before anything is sent: the URL parser
/// would drop or resolve them (percent-encoded forms too) and the request would go to another
/// resource.
pub fn path_param<'v, C: ClientInfo<Transport>>(
    client: &C,
    operation: &'static str,
    name: &str,
    value: &'v str,
) -> Result<std::borrow::Cow<'v, str>, Error> {
    segment(name, value).map_err(|e| {
        e.with_provider(client.inner().provider.name())
            .with_operation(operation)
    })
}

/// A path parameter `name` as one segment (see [`path_param`]), for hand-written calls.
pub fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    segment(name, value).map(std::borrow::Cow::into_owned)
}

fn segment<'v>(name: &str, value: &'v str) -> Result<std::borrow::Cow<'v, str>, Error> {
    if matches!(value, "" | "." | "..") {
        let shown = if value.is_empty() { "empty" } else { value };
        return Err(Error::invalid_input(format!(
            "path parameter `{name}` is {shown}: a path parameter must name one resource (not empty, `.` or `..`)"
        )));
    }
    Ok(encode_segment(value))
}

/// Form bodies (`application/x-www-form-urlencoded`), typed like every other step.
pub trait RequestBuilderExt {
    /// Serialise `body` as the form body of the request.
    fn form_urlencoded<T: Serialize + ?Sized>(self, body: &T) -> Result<RequestBuilder, Error>;
}

impl RequestBuilderExt for RequestBuilder {
    fn form_urlencoded<T: Serialize + ?Sized>(self, body: &T) -> Result<RequestBuilder, Error> {
        let form = serde_urlencoded::to_string(body)
            .map_err(|e| Error::invalid_input(format!("the form body cannot be encoded: {e}")))?;
        Ok(self
            .header(
                reqwest::header::CONTENT_TYPE,
                reqwest::header::HeaderValue::from_static("application/x-www-form-urlencoded"),
            )
            .body(form))
    }
}

/// A builder value of `operation` that did not convert, or a required one that was not set.
pub fn invalid_request<C: ClientInfo<Transport>>(
    client: &C,
    operation: &'static str,
    message: String,
) -> Error {
    Error::invalid_input(message)
        .with_provider(client.inner().provider.name())
        .with_operation(operation)
}

/// A value that did not convert, outside of a call.
pub fn invalid_input(message: String) -> Error {
    Error::invalid_input(message)
}

/// The URL of a call of `client`: its base URL followed by `pieces` (the path's text and checked
/// parameters, as the spec's template orders them), parsed. An unusable base URL is an invalid
/// request of `operation`.
pub fn call_url<C: ClientInfo<Transport>>(
    client: &C,
    operation: &'static str,
    pieces: &[&str],
) -> Result<url::Url, Error> {
    let transport = client.inner();
    transport
        .base(client.baseurl())
        .join(pieces)
        .map_err(|e| {
            Error::invalid_input(format!(
                "the request cannot be built: the path {} under the client's base URL makes no URL: {e}",
                pieces.concat()
            ))
            .with_sent(Sent::No)
            .with_provider(transport.provider.name())
            .with_operation(operation)
        })
}

/// The request could not be built (an unusable base URL, a body that does not serialise).
pub fn request_error(e: reqwest::Error) -> Error {
    let e = e.without_url();
    Error::invalid_input(format!("the request cannot be built: {e}"))
        .with_sent(Sent::No)
        .with_source(e)
}

/// The query parameters of a generated call, appended to its built request in the spec's order
/// with one pass of the URL's form serializer (what `RequestBuilder::query` does once per
/// parameter). Text goes in as it is; other values as progenitor's `QueryParam` serialises them
/// (an absent option leaves its parameter out, a list repeats it).
pub struct Query<'r> {
    pairs: url::form_urlencoded::Serializer<'r, url::UrlQuery<'r>>,
    provider: &'static str,
    operation: &'static str,
}

impl<'r> Query<'r> {
    /// Start appending to `request`'s URL, for `operation` of `client`'s provider (which a value
    /// that does not serialise is reported against).
    pub fn new<C: ClientInfo<Transport>>(
        request: &'r mut Request,
        client: &C,
        operation: &'static str,
    ) -> Self {
        Self::of(request, client.inner().provider.name(), operation)
    }

    fn of(request: &'r mut Request, provider: &'static str, operation: &'static str) -> Self {
        Self {
            pairs: request.url_mut().query_pairs_mut(),
            provider,
            operation,
        }
    }

    /// `name=value`, form-encoded.
    pub fn text(&mut self, name: &str, value: &str) {
        self.pairs.append_pair(name, value);
    }

    /// `value` as `progenitor_client::QueryParam` serialises it under `name`; a value it cannot
    /// serialise is an invalid request of the operation.
    pub fn param<T: Serialize>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        progenitor_client::QueryParam::new(name, value)
            .serialize(serde_urlencoded::Serializer::new(&mut self.pairs))
            .map(drop)
            .map_err(|e| {
                Error::invalid_input(format!("query parameter `{name}`: {e}"))
                    .with_provider(self.provider)
                    .with_operation(self.operation)
            })
    }

    /// Done: a URL left with an empty query (every parameter absent) loses its `?`.
    pub fn finish(mut self) {
        let url = self.pairs.finish();
        if url.query() == Some("") {
            url.set_query(None);
        }
    }
}

/// Decode a `2xx` JSON answer of a generated call (see [`super::send::decode`]).
pub async fn from_response<T: DeserializeOwned, C: ClientInfo<Transport>>(
    client: &C,
    info: &OperationInfo,
    response: Response,
) -> Result<ResponseValue<T>, Error> {
    decode(client.inner(), info.operation_id, response).await
}

/// Decode a `2xx` JSON answer of a generated call as the schema its status declares (`T`), then
/// wrap it in the operation's answer type `U`, which holds one variant per success schema (GitHub's
/// `create_deployment`: `Deployment` for 201, `DeploymentMergedBranch` for 202). The status picks
/// the schema; the variants are never tried in turn.
pub async fn from_response_as<T, U, C>(
    client: &C,
    info: &OperationInfo,
    response: Response,
) -> Result<ResponseValue<U>, Error>
where
    T: DeserializeOwned,
    U: From<T> + std::fmt::Debug,
    C: ClientInfo<Transport>,
{
    decode::<T>(client.inner(), info.operation_id, response)
        .await?
        .map(U::from)
}

/// A list field of an answer: `null` decodes as an empty list, as a missing optional list does
/// (the build puts this on every list field an answer can carry).
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    use serde::Deserialize as _;
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A `date-time` field (`DateTime<Utc>`): what chrono's own `Deserialize` reads, with the form
/// providers send (`2026-12-06T23:02:49Z`: UTC, whole seconds) read straight into its numbers.
/// Any other text (offsets, fractions, a space for `T`, a leap second) goes through chrono's
/// parser, as the derived `Deserialize` would: the same values, the same errors. (chrono's
/// parser costs about 2,000 instructions a date; GitHub's deployment answer has two.)
pub fn utc_date_time<'de, D>(d: D) -> Result<DateTime<Utc>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    d.deserialize_str(UtcDateTime)
}

/// [`utc_date_time`] for an optional or nullable `date-time` field.
pub fn utc_date_time_opt<'de, D>(d: D) -> Result<Option<DateTime<Utc>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Nullable;
    impl<'de> serde::de::Visitor<'de> for Nullable {
        type Value = Option<DateTime<Utc>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an RFC 3339 date and time, or null")
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            utc_date_time(d).map(Some)
        }
    }
    d.deserialize_option(Nullable)
}

/// The visitor of [`utc_date_time`].
struct UtcDateTime;

impl serde::de::Visitor<'_> for UtcDateTime {
    type Value = DateTime<Utc>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an RFC 3339 date and time")
    }
    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        match utc_seconds(text.as_bytes()) {
            Some(t) => Ok(t),
            // chrono's `FromStr`, which its `Deserialize` uses.
            None => text.parse().map_err(E::custom),
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` as a valid date and time (seconds 00–59), or `None`.
fn utc_seconds(text: &[u8]) -> Option<DateTime<Utc>> {
    let [
        y0,
        y1,
        y2,
        y3,
        b'-',
        m0,
        m1,
        b'-',
        d0,
        d1,
        b'T',
        h0,
        h1,
        b':',
        i0,
        i1,
        b':',
        s0,
        s1,
        b'Z',
    ] = *text
    else {
        return None;
    };
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let year = i32::try_from(number(&[y0, y1, y2, y3])?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(&[m0, m1])?, number(&[d0, d1])?)?;
    let time = date.and_hms_opt(number(&[h0, h1])?, number(&[i0, i1])?, number(&[s0, s1])?)?;
    Some(time.and_utc())
}

/// A `2xx` status the spec does not declare for the operation.
pub fn undeclared_status<C: ClientInfo<Transport>>(
    client: &C,
    info: &OperationInfo,
    response: Response,
) -> Error {
    let provider = &client.inner().provider;
    let status = response.status();
    Error::new(
        ErrorKind::InvalidResponse,
        format!(
            "answered HTTP {}, which the spec does not declare for this operation",
            status.as_u16()
        ),
    )
    .with_status(status.as_u16())
    .with_request_id(provider.request_id(response.headers(), &[]))
    .with_provider(provider.name())
    .with_operation(info.operation_id)
}

#[cfg(test)]
mod tests {
    use super::{
        DateTime, PATH_SEGMENT, Query, Utc, encode_path, segments_fit, utc_date_time,
        utc_date_time_opt,
    };
    use progenitor_client::QueryParam;

    /// An enum as typify writes one, serialised under its wire name.
    #[derive(serde::Serialize)]
    enum Stage {
        #[serde(rename = "RELEASE")]
        Release,
    }

    #[test]
    fn query_parameters_go_on_the_wire_as_reqwest_puts_them() {
        // Text with what form encoding escapes (space, `+`, `&`, `=`, `*`, `~`, non-ASCII), an
        // absent and a present option, an enum, a number, a list (repeated), nothing at all.
        let text = "a b+c&d=e*f~g/한";
        let none: Option<String> = None;
        let some = Some("x y".to_string());
        let list = vec!["1", "2"];
        let client = crate::runtime::http::client(&Default::default());
        let base = "http://h/p?Action=A";
        let by_reqwest = client
            .get(base)
            .query(&QueryParam::new("T", &text))
            .query(&QueryParam::new("N", &none))
            .query(&QueryParam::new("S", &some))
            .query(&QueryParam::new("E", &Stage::Release))
            .query(&QueryParam::new("n", &42u32))
            .query(&QueryParam::new("L", &list))
            .build()
            .unwrap();
        let mut ours = client.get(base).build().unwrap();
        let mut query = Query::of(&mut ours, "test", "op");
        query.text("T", text);
        if let Some(v) = &none {
            query.text("N", v);
        }
        if let Some(v) = &some {
            query.text("S", v);
        }
        query.param("E", &Stage::Release).unwrap();
        query.param("n", &42u32).unwrap();
        query.param("L", &list).unwrap();
        query.finish();
        assert_eq!(ours.url().as_str(), by_reqwest.url().as_str());
        // Only absent parameters: no `?` left behind, as reqwest leaves none.
        let by_reqwest = client
            .get("http://h/p")
            .query(&QueryParam::new("N", &none))
            .build()
            .unwrap();
        let mut ours = client.get("http://h/p").build().unwrap();
        let mut query = Query::of(&mut ours, "test", "op");
        query.param("N", &none).unwrap();
        query.finish();
        assert_eq!(ours.url().as_str(), "http://h/p");
        assert_eq!(ours.url().as_str(), by_reqwest.url().as_str());
    }

    #[test]
    fn a_query_value_that_does_not_serialise_is_an_invalid_request_of_the_operation() {
        // A map in a map has no place in a query string: it is refused, nothing is sent.
        let client = crate::runtime::http::client(&Default::default());
        let mut request = client.get("http://h/p").build().unwrap();
        let mut query = Query::of(&mut request, "test", "list_things");
        let map =
            std::collections::BTreeMap::from([("a", std::collections::BTreeMap::from([("b", 1)]))]);
        let e = query.param("Filter", &map).unwrap_err();
        assert_eq!(*e.kind(), crate::runtime::ErrorKind::InvalidInput);
        assert_eq!(e.provider(), Some("test"));
        assert_eq!(e.operation(), Some("list_things"));
        assert!(
            e.message().starts_with("query parameter `Filter`: "),
            "{}",
            e.message()
        );
        assert_eq!(e.sent(), crate::runtime::Sent::No);
    }

    /// The rule as first written, with string splits: the reference for the byte walk.
    fn fits_by_split(path: &str, template: &str) -> bool {
        let mut got = path.trim_start_matches('/').split('/');
        let mut want = template.trim_start_matches('/').split('/');
        loop {
            match (got.next(), want.next()) {
                (None, None) => return true,
                (Some(g), Some(w)) => {
                    let param = w.starts_with('{') && w.ends_with('}');
                    if !(if param { !g.is_empty() } else { g == w }) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    /// Every string of up to `len` characters over `alphabet`.
    fn all(alphabet: &[char], len: usize) -> Vec<String> {
        let mut out = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..len {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            out.extend(last.iter().cloned());
        }
        out
    }

    #[test]
    fn segments_fit_as_split_segments_do() {
        let paths = all(&['a', 'b', '/', '{'], 5);
        let templates = all(&['a', '/', '{', '}'], 5);
        for p in &paths {
            for t in &templates {
                assert_eq!(
                    segments_fit(p, t),
                    fits_by_split(p, t),
                    "{p:?} against {t:?}"
                );
            }
        }
        assert!(segments_fit(
            "/repos/o/r/deployments",
            "/repos/{owner}/{repo}/deployments"
        ));
        assert!(!segments_fit(
            "/repos/o//deployments",
            "/repos/{owner}/{repo}/deployments"
        ));
        assert!(!segments_fit(
            "/repos/o/r/x/deployments",
            "/repos/{owner}/{repo}/deployments"
        ));
    }

    #[test]
    fn encode_path_escapes_as_the_percent_encoder_formats() {
        let samples = all(
            &['a', '/', '%', ' ', '.', '~', '\\', '?', '#', 'é', '한'],
            3,
        );
        for v in samples
            .iter()
            .map(String::as_str)
            .chain(["release-2026.12", "feature/x y"])
        {
            assert_eq!(
                encode_path(v),
                percent_encoding::utf8_percent_encode(v, PATH_SEGMENT).to_string(),
                "{v:?}"
            );
        }
        assert_eq!(encode_path("a/b?c#d%e"), "a%2Fb%3Fc%23d%25e");
        assert_eq!(encode_path("한"), "%ED%95%9C");
    }

    /// What chrono's own `Deserialize` makes of `text` (a JSON string), as text to compare.
    fn chrono_reads(json: &str) -> String {
        format!(
            "{:?}",
            serde_json::from_str::<DateTime<Utc>>(json).map_err(|e| e.to_string())
        )
    }

    fn deploykit_reads(json: &str) -> String {
        let mut de = serde_json::Deserializer::from_str(json);
        format!("{:?}", utc_date_time(&mut de).map_err(|e| e.to_string()))
    }

    #[test]
    fn date_times_read_as_chrono_reads_them() {
        for text in [
            "2026-12-06T23:02:49Z",
            "1970-01-01T00:00:00Z",
            "2024-02-29T12:00:00Z",
            "2023-02-29T12:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-06T24:00:00Z",
            "2026-12-06T23:60:00Z",
            "2016-12-31T23:59:60Z",
            "2026-12-06T23:02:49.123Z",
            "2026-12-06T23:02:49+09:00",
            "2026-12-06 23:02:49Z",
            "2026-12-06t23:02:49z",
            "2026-12-06T23:02:4aZ",
            "+2026-12-06T23:02:49Z",
            "2026-12-06",
            "",
        ] {
            let json = format!("\"{text}\"");
            assert_eq!(deploykit_reads(&json), chrono_reads(&json), "{text}");
        }
        for json in ["null", "7", "{}"] {
            assert!(deploykit_reads(json).starts_with("Err"), "{json}");
        }
        let mut de = serde_json::Deserializer::from_str("null");
        assert_eq!(utc_date_time_opt(&mut de).unwrap(), None);
        let mut de = serde_json::Deserializer::from_str("\"2026-12-06T23:02:49Z\"");
        assert_eq!(
            utc_date_time_opt(&mut de).unwrap().map(|t| t.timestamp()),
            Some(1_796_598_169)
        );
    }

    proptest::proptest! {
        #[test]
        fn every_utc_date_time_reads_as_chrono_reads_it(
            y in 0u32..10_000, m in 0u32..14, d in 0u32..33,
            h in 0u32..26, i in 0u32..62, s in 0u32..62,
        ) {
            let json = format!("\"{y:04}-{m:02}-{d:02}T{h:02}:{i:02}:{s:02}Z\"");
            proptest::prop_assert_eq!(deploykit_reads(&json), chrono_reads(&json), "{}", json);
        }
    }
}
