//! What the generated clients call: the hooks, path encoding, form bodies and answer decoding, all
//! typed with [`Error`].
//!
//! progenitor's own hooks cannot carry a typed error (its `exec` returns `reqwest::Result`, its
//! `pre` only a string), so each provider crate's build script points the generated code at these
//! items instead of progenitor's: every generated `send()` returns
//! `Result<ResponseValue<T>, deploykit::Error>`, runs [`ClientHooks::exec`] (the runtime's one send
//! path), and decodes success answers with [`from_response`]. Error answers never reach the
//! generated code: the send path turns them into the provider's [`Error`] first.

use std::borrow::Cow;

use futures::future::Either;

use chrono::{DateTime, NaiveDate, Utc};
use reqwest::header::HeaderValue;
use reqwest::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use progenitor_client::{ClientInfo, OperationInfo, ResponseValue};

pub use super::error::Error;
use super::error::{ErrorKind, Sent};
use super::send::{decode, prepare_request, send};
use super::transport::{QueryStyle, Transport};
use super::{MarkerField, OperationMeta};

/// The hooks every generated operation runs, in order: `pre` (wire fixes, checks), `exec` (the
/// runtime's send path: credentials, signing, retries, errors), `post` (nothing).
#[allow(async_fn_in_trait)]
pub trait ClientHooks<Inner = ()> {
    /// Before sending: wire fixes and checks that need no network.
    async fn pre(&self, request: &mut Request, info: &OperationInfo) -> Result<(), Error>;
    /// Send with signing and retries; `Ok` only for a `2xx` answer.
    async fn exec(&self, request: Request, info: &OperationInfo) -> Result<Response, Error>;
    /// [`Self::exec`] for a request whose query already carries the operation's marker: `marker`,
    /// as [`Query::finish`] gave it (`None`: not marked yet, as for `exec`).
    async fn exec_marked(
        &self,
        request: Request,
        info: &OperationInfo,
        marker: Option<String>,
    ) -> Result<Response, Error>;
    /// After sending.
    async fn post(
        &self,
        result: &Result<Response, Error>,
        info: &OperationInfo,
    ) -> Result<(), Error>;
}

// The methods return their futures instead of being `async fn`s: an `async fn` keeps its
// arguments (the request among them) and the future it awaits in a state of its own, so each
// level added a copy of the request and a few hundred bytes to every call's future, moved when
// the call starts. Here `exec` is `exec_marked`'s future, which is `send`'s.
impl<C: ClientInfo<Transport>> ClientHooks<Transport> for C {
    fn pre(
        &self,
        request: &mut Request,
        info: &OperationInfo,
    ) -> impl Future<Output = Result<(), Error>> {
        let transport = self.inner();
        let checked = operation(transport, info).and_then(|op| {
            let tag = |e: Error| e.with_provider(transport.provider.name());
            let base = transport.base(self.baseurl());
            check_path(self.baseurl(), &base.path, request.url(), op).map_err(tag)?;
            prepare_request(request, op, transport.provider.query_style()).map_err(tag)
        });
        std::future::ready(checked)
    }

    #[inline(always)]
    fn exec(
        &self,
        request: Request,
        info: &OperationInfo,
    ) -> impl Future<Output = Result<Response, Error>> {
        self.exec_marked(request, info, None)
    }

    #[inline(always)]
    fn exec_marked(
        &self,
        request: Request,
        info: &OperationInfo,
        marker: Option<String>,
    ) -> impl Future<Output = Result<Response, Error>> {
        let transport = self.inner();
        match operation(transport, info) {
            Ok(op) => Either::Left(send(transport, self.client(), request, op, marker)),
            Err(e) => Either::Right(std::future::ready(Err(e))),
        }
    }

    fn post(
        &self,
        _result: &Result<Response, Error>,
        _info: &OperationInfo,
    ) -> impl Future<Output = Result<(), Error>> {
        std::future::ready(Ok(()))
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
fn encode_segment(value: &str) -> Cow<'_, str> {
    Cow::from(percent_encoding::utf8_percent_encode(value, PATH_SEGMENT))
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
) -> Result<Cow<'v, str>, Error> {
    segment(name, value).map_err(|e| {
        e.with_provider(client.inner().provider.name())
            .with_operation(operation)
    })
}

/// A path parameter `name` as one segment (see [`path_param`]), for hand-written calls.
pub fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    segment(name, value).map(Cow::into_owned)
}

fn segment<'v>(name: &str, value: &'v str) -> Result<Cow<'v, str>, Error> {
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

/// The query parameters of a generated call, written into its built request in the provider's
/// [`QueryStyle`]. Text goes in as it is; other values as progenitor's `QueryParam` serialises them
/// (an absent option leaves its parameter out, a list repeats it).
///
/// [`QueryStyle::Form`] appends them in the spec's order with one pass of the URL's form
/// serializer (what `RequestBuilder::query` does once per parameter);
/// [`QueryStyle::Canonical`] collects them encoded and writes the sorted query once at
/// [`Query::finish`].
pub struct Query<'r> {
    pairs: Pairs<'r>,
    provider: &'static str,
    operation: &'static str,
}

enum Pairs<'r> {
    Form(url::form_urlencoded::Serializer<'r, url::UrlQuery<'r>>),
    Canonical(Canonical<'r>),
}

/// The pairs of a [`QueryStyle::Canonical`] query, before they are sorted.
struct Canonical<'r> {
    request: &'r mut Request,
    pairs: Encoded,
    /// The operation's marker parameter and the marker to append to it, when markers are on.
    marker: Option<(&'static MarkerField, String)>,
}

/// Encoded query pairs: `key=value` joined by `&`, with where each key and value lies; the
/// canonical query once sorted ([`Encoded::into_query`]).
pub(crate) struct Encoded {
    text: String,
    spans: Vec<PairSpan>,
    /// A non-text parameter as the form serializer writes it, before it is re-encoded.
    form: String,
}

#[derive(Clone, Copy)]
struct PairSpan {
    key: (usize, usize),
    value: (usize, usize),
}

impl<'r> Query<'r> {
    /// Start appending to `request`'s URL, for `operation` of `client`'s provider (which a value
    /// that does not serialise is reported against).
    pub fn new<C: ClientInfo<Transport>>(
        request: &'r mut Request,
        client: &C,
        operation: &'static str,
    ) -> Self {
        let transport = client.inner();
        let provider = &transport.provider;
        let style = provider.query_style();
        let (style, path, marker) = match style {
            QueryStyle::Form => (style, "", None),
            // Written once, with the marker in it.
            QueryStyle::Canonical { .. } => match transport.operation(operation) {
                Some(op) => {
                    let marker = op
                        .marker
                        .as_ref()
                        .filter(|field| field.in_query && transport.markers)
                        .map(|field| (field, super::marker::marker_text(&transport.nonce())));
                    (style, op.path, marker)
                }
                // An operation the table lacks (a client put together by hand): as written.
                None => (QueryStyle::Form, "", None),
            },
        };
        Self::of(request, style, path, marker, provider.name(), operation)
    }

    fn of(
        request: &'r mut Request,
        style: QueryStyle,
        path: &'static str,
        marker: Option<(&'static MarkerField, String)>,
        provider: &'static str,
        operation: &'static str,
    ) -> Self {
        let pairs = match style {
            QueryStyle::Form => Pairs::Form(request.url_mut().query_pairs_mut()),
            QueryStyle::Canonical { headers } => {
                Pairs::Canonical(Canonical::new(request, headers, path, marker))
            }
        };
        Self {
            pairs,
            provider,
            operation,
        }
    }

    /// `name=value`, encoded.
    pub fn text(&mut self, name: &str, value: &str) {
        match &mut self.pairs {
            Pairs::Form(pairs) => {
                pairs.append_pair(name, value);
            }
            Pairs::Canonical(query) => query.pairs.push(name, value),
        }
    }

    /// `value` as `progenitor_client::QueryParam` serialises it under `name`; a value it cannot
    /// serialise is an invalid request of the operation.
    pub fn param<T: Serialize>(&mut self, name: &str, value: &T) -> Result<(), Error> {
        let param = progenitor_client::QueryParam::new(name, value);
        let done = match &mut self.pairs {
            Pairs::Form(pairs) => param
                .serialize(serde_urlencoded::Serializer::new(pairs))
                .map(drop),
            Pairs::Canonical(query) => {
                let pairs = &mut query.pairs;
                pairs.form.clear();
                let mut form = url::form_urlencoded::Serializer::new(&mut pairs.form);
                let done = param
                    .serialize(serde_urlencoded::Serializer::new(&mut form))
                    .map(drop);
                pairs.push_form();
                done
            }
        };
        done.map_err(|e| {
            Error::invalid_input(format!("query parameter `{name}`: {e}"))
                .with_provider(self.provider)
                .with_operation(self.operation)
        })
    }

    /// Done: a URL left with an empty query (every parameter absent) loses its `?`. The marker,
    /// when the query took the operation's marker (see [`ClientHooks::exec_marked`]).
    #[must_use = "the marker goes to `exec_marked`"]
    pub fn finish(self) -> Option<String> {
        match self.pairs {
            Pairs::Form(mut pairs) => {
                let url = pairs.finish();
                if url.query() == Some("") {
                    url.set_query(None);
                }
                None
            }
            Pairs::Canonical(pairs) => pairs.finish(),
        }
    }
}

impl<'r> Canonical<'r> {
    /// The path's own pairs (`path` is the operation's path as the spec writes it, which the
    /// URL already holds), except those that go to `headers`: a value that needed no decoding is
    /// put in its header without a copy; one no header can carry stays in the query (signing then
    /// says what is wrong).
    fn new(
        request: &'r mut Request,
        headers: &'static [(&'static str, reqwest::header::HeaderName)],
        path: &'static str,
        marker: Option<(&'static MarkerField, String)>,
    ) -> Self {
        // Room for a typical call's query (a few identifiers and a description), grown if needed.
        let mut pairs = Encoded::with_capacity(256, 8);
        let mut lifted = Vec::new();
        let fixed = path.split_once('?').map_or("", |(_, query)| query);
        for pair in fixed.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (name, value) = (form_decoded(name), form_decoded(value));
            let header = headers.iter().find(|(n, _)| *n == name).map(|(_, h)| h);
            // Checked by `http`'s own rule; static text is not copied.
            let value_of = |value: &Cow<'static, str>| match value {
                Cow::Borrowed(text) => {
                    HeaderValue::from_maybe_shared(bytes::Bytes::from_static(text.as_bytes())).ok()
                }
                Cow::Owned(text) => text.parse().ok(),
            };
            match header.and_then(|h| Some((h, value_of(&value)?))) {
                Some((h, value)) => lifted.push((h.clone(), value)),
                None => pairs.push(&name, &value),
            }
        }
        let sent = request.headers_mut();
        for (header, value) in lifted {
            sent.insert(header, value);
        }
        Self {
            request,
            pairs,
            marker,
        }
    }

    /// The query, marked and sorted, into the URL (none when there are no pairs); the marker
    /// when it went in.
    fn finish(self) -> Option<String> {
        let Self {
            request,
            mut pairs,
            marker,
        } = self;
        let marked =
            marker.and_then(|(field, marker)| pairs.mark(field, &marker).then_some(marker));
        let query = pairs.into_query();
        request
            .url_mut()
            .set_query((!query.is_empty()).then_some(&query));
        marked
    }
}

/// `text` form-decoded (`+` is a space, `%XX` a byte) as `Url::query_pairs` decodes it; borrowed
/// when there is nothing to decode.
fn form_decoded(text: &'static str) -> Cow<'static, str> {
    if !text.contains(['+', '%']) {
        return Cow::Borrowed(text);
    }
    let spaced = text.replace('+', " ");
    Cow::Owned(
        percent_encoding::percent_decode_str(&spaced)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// How many characters the encoded `text` decodes to: each decoded byte that does not continue a
/// UTF-8 character.
fn decoded_chars(text: &str) -> usize {
    percent_encoding::percent_decode_str(text)
        .filter(|byte| byte & 0xc0 != 0x80)
        .count()
}

impl Encoded {
    /// Room for `text` bytes of pairs and `pairs` pairs.
    pub(crate) fn with_capacity(text: usize, pairs: usize) -> Self {
        Self {
            text: String::with_capacity(text),
            spans: Vec::with_capacity(pairs),
            form: String::new(),
        }
    }

    /// The query: the pairs sorted by encoded key, then encoded value, joined by `&` (the text
    /// as written when the pairs are in order already, as the spec usually lists them).
    pub(crate) fn into_query(self) -> String {
        let Self { text, spans, .. } = self;
        let pair = |s: &PairSpan| (&text[s.key.0..s.key.1], &text[s.value.0..s.value.1]);
        if spans.is_sorted_by(|a, b| pair(a) <= pair(b)) {
            return text;
        }
        let mut spans = spans;
        spans.sort_unstable_by(|a, b| pair(a).cmp(&pair(b)));
        let mut query = String::with_capacity(text.len());
        for span in &spans {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&text[span.key.0..span.value.1]);
        }
        query
    }

    /// `marker` appended to the value of the first pair named `field` (the pair added when there
    /// is none), as [`super::marker`] marks a query parameter; `false` when it would not fit.
    fn mark(&mut self, field: &MarkerField, marker: &str) -> bool {
        let name = if field.field.bytes().all(super::rfc3986::is_unreserved) {
            Cow::Borrowed(field.field)
        } else {
            let mut name = String::new();
            super::rfc3986::push_encoded(&mut name, field.field);
            Cow::Owned(name)
        };
        let found = self
            .spans
            .iter()
            .position(|s| self.text[s.key.0..s.key.1] == *name);
        let Some(i) = found else {
            let Some(text) = super::marker::appended(None, marker, field.max_len) else {
                return false;
            };
            self.push(field.field, &text);
            return true;
        };
        let (start, end) = self.spans[i].value;
        let value = &self.text[start..end];
        // A value ending in an unreserved character (not an escape's last digit) has no trailing
        // space to trim: the marker goes after it, encoded, and its length is counted without
        // decoding it.
        let bytes = value.as_bytes();
        let plain_end = bytes
            .last()
            .is_some_and(|&b| super::rfc3986::is_unreserved(b))
            && !(bytes.len() >= 3 && bytes[bytes.len() - 3] == b'%');
        let (at, new) = if plain_end {
            let fits = field.max_len.is_none_or(|max| {
                (decoded_chars(value) + 1 + marker.chars().count()) as u64 <= max
            });
            if !fits {
                return false;
            }
            let mut new = String::from("%20");
            super::rfc3986::push_encoded(&mut new, marker);
            (end..end, new)
        } else {
            let current = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
            let Some(text) = super::marker::appended(Some(&current), marker, field.max_len) else {
                return false;
            };
            let mut new = String::with_capacity(3 * text.len());
            super::rfc3986::push_encoded(&mut new, &text);
            (start..end, new)
        };
        // The new text in place; the pairs after it move along.
        let moved = |pos: usize| pos - at.end + at.start + new.len();
        self.text.replace_range(at.clone(), &new);
        self.spans[i].value.1 = moved(end);
        for span in &mut self.spans[i + 1..] {
            span.key = (moved(span.key.0), moved(span.key.1));
            span.value = (moved(span.value.0), moved(span.value.1));
        }
        true
    }

    /// `name=value`, both encoded.
    pub(crate) fn push(&mut self, name: &str, value: &str) {
        self.write_pair(name, value, super::rfc3986::push_encoded);
    }

    /// The pairs in [`Self::form`] (form encoding, as its serializer writes them), re-encoded.
    fn push_form(&mut self) {
        let form = std::mem::take(&mut self.form);
        for pair in form.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            self.write_pair(key, value, push_reencoded);
        }
        self.form = form;
    }

    /// `key=value` after the pairs so far, each written by `write`, and where they lie.
    fn write_pair(&mut self, key: &str, value: &str, write: fn(&mut String, &str)) {
        let text = &mut self.text;
        let separator = (!text.is_empty()).then_some('&');
        let mut written = |before: Option<char>, s: &str| {
            text.extend(before);
            let start = text.len();
            write(text, s);
            (start, text.len())
        };
        let key = written(separator, key);
        let value = written(Some('='), value);
        self.spans.push(PairSpan { key, value });
    }
}

/// Appends the form-encoded `form` to `out` in RFC 3986 encoding: the form serializer escapes
/// what RFC 3986 does, except space (`+`), `*` (kept) and `~` (`%7E`).
fn push_reencoded(out: &mut String, form: &str) {
    let mut rest = form;
    while let Some(at) = rest.find(['+', '*', '%']) {
        out.push_str(&rest[..at]);
        match rest.as_bytes()[at] {
            b'+' => out.push_str("%20"),
            b'*' => out.push_str("%2A"),
            _ if rest[at..].starts_with("%7E") => {
                out.push('~');
                rest = &rest[at + 3..];
                continue;
            }
            _ => out.push('%'),
        }
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
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
        DateTime, PATH_SEGMENT, Query, QueryStyle, Utc, encode_path, segments_fit, utc_date_time,
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
        let mut query = Query::of(&mut ours, QueryStyle::Form, "", None, "test", "op");
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
        assert_eq!(query.finish(), None);
        assert_eq!(ours.url().as_str(), by_reqwest.url().as_str());
        // Only absent parameters: no `?` left behind, as reqwest leaves none.
        let by_reqwest = client
            .get("http://h/p")
            .query(&QueryParam::new("N", &none))
            .build()
            .unwrap();
        let mut ours = client.get("http://h/p").build().unwrap();
        let mut query = Query::of(&mut ours, QueryStyle::Form, "", None, "test", "op");
        query.param("N", &none).unwrap();
        assert_eq!(query.finish(), None);
        assert_eq!(ours.url().as_str(), "http://h/p");
        assert_eq!(ours.url().as_str(), by_reqwest.url().as_str());
    }

    static LIFTED: [(&str, reqwest::header::HeaderName); 2] = [
        (
            "Action",
            reqwest::header::HeaderName::from_static("x-acs-action"),
        ),
        (
            "Version",
            reqwest::header::HeaderName::from_static("x-acs-version"),
        ),
    ];

    #[test]
    fn a_canonical_query_is_encoded_by_rfc_3986_sorted_and_lifts_the_paths_pairs() {
        let client = crate::runtime::http::client(&Default::default());
        let style = QueryStyle::Canonical { headers: &LIFTED };
        // The path's pairs come from the operation's static path (the URL holds the same).
        const PATH: &str = "/?Action=DeployApi&Version=2016-07-14&Z=1";
        let mut request = client.post(format!("http://h{PATH}")).build().unwrap();
        let mut query = Query::of(&mut request, style, PATH, None, "test", "op");
        // Out of order, with what form and RFC 3986 encode differently (space, `*`, `~`, `+`).
        query.text("StageName", "RELEASE");
        query.text("Description", "a b*c~d+e/한");
        query.param("Tag", &vec!["y z*", "x~"]).unwrap();
        query.param("E", &Stage::Release).unwrap();
        query.param("N", &None::<u32>).unwrap();
        query.param("Count", &42u32).unwrap();
        assert_eq!(query.finish(), None);
        assert_eq!(
            request.url().query(),
            Some(
                "Count=42&Description=a%20b%2Ac~d%2Be%2F%ED%95%9C&E=RELEASE&StageName=RELEASE\
                 &Tag=x~&Tag=y%20z%2A&Z=1"
            )
        );
        assert_eq!(request.headers()["x-acs-action"], "DeployApi");
        assert_eq!(request.headers()["x-acs-version"], "2016-07-14");
        // A request for a static path and its query with no parameters of its own.
        let bare = |path: &'static str| {
            let mut request = client.post(format!("http://h{path}")).build().unwrap();
            let query = Query::of(&mut request, style, path, None, "test", "op");
            assert_eq!(query.finish(), None);
            request
        };
        // A static path whose query needs decoding is decoded.
        let request = bare("/?Action=A%20B&Version=1");
        assert_eq!(request.url().query(), None);
        assert_eq!(request.headers()["x-acs-action"], "A B");

        // Nothing but the lifted pairs: no query at all.
        let mut request = client.post("http://h/?Action=A&Version=1").build().unwrap();
        let path = "/?Action=A&Version=1";
        let mut query = Query::of(&mut request, style, path, None, "test", "op");
        query.param("N", &None::<u32>).unwrap();
        assert_eq!(query.finish(), None);
        assert_eq!(request.url().as_str(), "http://h/");
        assert_eq!(request.headers()["x-acs-action"], "A");
        // Static text beyond ASCII goes to its header as `http` takes such bytes (no panic).
        let request = bare("/?Action=배포&Version=1");
        assert_eq!(
            request.headers()["x-acs-action"].as_bytes(),
            "배포".as_bytes()
        );
        // A value no header can carry stays in the query.
        let request = bare("/?Action=A%0AB&Version=1");
        assert_eq!(request.url().query(), Some("Action=A%0AB"));
        assert!(request.headers().get("x-acs-action").is_none());
    }

    /// The operation's marker goes into a canonical query as the runtime's `mark` puts it into a
    /// form one: appended to the first pair of its name, or a pair of its own; left out when it
    /// would not fit. The query is written once, sorted, and the marker handed back.
    #[test]
    fn a_canonical_query_takes_the_operations_marker() {
        static NOTE: crate::runtime::MarkerField = crate::runtime::MarkerField {
            field: "Description",
            in_query: true,
            max_len: Some(40),
        };
        const MARKER: &str = "[deploykit:0123456789abcdef]";
        let client = crate::runtime::http::client(&Default::default());
        let style = QueryStyle::Canonical { headers: &LIFTED };
        let marked = |given: &[(&str, &str)]| {
            let mut request = client.post("http://h/?Action=A&Version=1").build().unwrap();
            let marker = Some((&NOTE, MARKER.to_string()));
            let path = "/?Action=A&Version=1";
            let mut query = Query::of(&mut request, style, path, marker, "test", "op");
            for (name, value) in given {
                query.text(name, value);
            }
            let marker = query.finish();
            (request.url().query().map(str::to_owned), marker)
        };
        let written = Some(MARKER.to_string());
        assert_eq!(
            marked(&[
                ("StageName", "RELEASE"),
                ("Description", "v 1"),
                ("ApiId", "x")
            ]),
            (
                Some(
                    "ApiId=x&Description=v%201%20%5Bdeploykit%3A0123456789abcdef%5D\
                     &StageName=RELEASE"
                        .to_string()
                ),
                written.clone()
            )
        );
        assert_eq!(
            marked(&[("StageName", "RELEASE")]),
            (
                Some(
                    "Description=%5Bdeploykit%3A0123456789abcdef%5D&StageName=RELEASE".to_string()
                ),
                written.clone()
            )
        );
        assert_eq!(
            marked(&[]),
            (
                Some("Description=%5Bdeploykit%3A0123456789abcdef%5D".to_string()),
                written
            )
        );
        // Trailing space is trimmed before the marker; length counts characters, not bytes
        // (7 characters, 19 bytes, 55 encoded, and the marker's 29 fit in 40).
        assert_eq!(
            marked(&[("Description", "v1 ")]),
            (
                Some("Description=v1%20%5Bdeploykit%3A0123456789abcdef%5D".to_string()),
                Some(MARKER.to_string())
            )
        );
        assert_eq!(
            marked(&[("Description", "배포배포배포v")]).1,
            Some(MARKER.to_string())
        );
        assert_eq!(
            marked(&[("Description", "배포배포배포배포배포배포v")]).1,
            None
        );
        // 12 characters and the marker's 29 (with its space) make 41: over the limit of 40.
        assert_eq!(
            marked(&[("Description", "twelve chars")]),
            (Some("Description=twelve%20chars".to_string()), None)
        );
    }

    proptest::proptest! {
        /// Marking the encoded query gives what marking the decoded pairs and encoding them
        /// afterwards gives (trailing spaces, escapes, characters beyond ASCII, length limits).
        #[test]
        fn a_canonical_query_is_marked_as_its_decoded_pairs_would_be(
            pairs in proptest::collection::vec(
                (proptest::sample::select(vec!["Description", "ApiId", "Z"]), "[ a~*+%배\u{3000}]{0,5}"),
                0..4,
            ),
            max_len in proptest::option::of(25u64..40),
        ) {
            const MARKER: &str = "[deploykit:0123456789abcdef]";
            // The query takes a `&'static` field, as the generated tables hold them.
            let field: &'static crate::runtime::MarkerField = Box::leak(Box::new(
                crate::runtime::MarkerField { field: "Description", in_query: true, max_len },
            ));
            let client = crate::runtime::http::client(&Default::default());
            let mut request = client.post("http://h/").build().unwrap();
            let style = QueryStyle::Canonical { headers: &LIFTED };
            let marker = Some((field, MARKER.to_string()));
            let mut query = Query::of(&mut request, style, "/", marker, "test", "op");
            // Every other pair through `param` (the form serializer, then re-encoded).
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i % 2 == 0 {
                    query.text(k, v);
                } else {
                    query.param(k, v).unwrap();
                }
            }
            let marked = query.finish();

            // The same by hand, on decoded text.
            let mut expected: Vec<(String, String)> =
                pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
            let first = expected.iter().position(|(k, _)| k == "Description");
            let current = first.map(|i| expected[i].1.clone());
            let text = crate::runtime::marker::appended(current.as_deref(), MARKER, max_len);
            if let Some(text) = &text {
                match first {
                    Some(i) => expected[i].1 = text.clone(),
                    None => expected.push(("Description".to_string(), text.clone())),
                }
            }
            let encode = |s: &str| {
                let mut out = String::new();
                crate::runtime::rfc3986::push_encoded(&mut out, s);
                out
            };
            let mut encoded: Vec<(String, String)> =
                expected.iter().map(|(k, v)| (encode(k), encode(v))).collect();
            encoded.sort();
            let query: Vec<String> = encoded.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let query = Some(query.join("&")).filter(|q| !q.is_empty());
            proptest::prop_assert_eq!(request.url().query(), query.as_deref());
            proptest::prop_assert_eq!(marked, text.map(|_| MARKER.to_string()));
        }
    }

    #[test]
    fn a_query_value_that_does_not_serialise_is_an_invalid_request_of_the_operation() {
        // A map in a map has no place in a query string: it is refused, nothing is sent.
        let client = crate::runtime::http::client(&Default::default());
        let mut request = client.get("http://h/p").build().unwrap();
        let mut query = Query::of(
            &mut request,
            QueryStyle::Form,
            "",
            None,
            "test",
            "list_things",
        );
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
