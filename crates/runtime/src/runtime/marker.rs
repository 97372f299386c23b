//! Correlation markers: what lets a deploy whose outcome was lost be found again.
//!
//! An operation whose spec names a field with `x-deploykit-marker` (a description or a note the
//! provider records and shows again in its history) gets ` [deploykit:<16 hex digits>]`
//! appended to that field before the first attempt — after whatever the caller wrote, or alone
//! when the caller wrote nothing, and only when it fits the field's length limit. When the call
//! then ends with an unknown outcome, the error carries the marker (`Error::marker`), and each
//! provider module can look it up in the provider's history (for example
//! `github::Client::find_marked_deployment`). `ClientOptions::markers = false` turns marking off.

use std::borrow::Cow;
use std::ops::Range;

use reqwest::Request;

use super::MarkerField;

/// The marker text for a nonce: `[deploykit:` + 16 hex digits + `]`.
pub(crate) fn marker_text(nonce: &str) -> String {
    let mut digits = [0u8; 16];
    let mut n = 0;
    for (slot, d) in digits
        .iter_mut()
        .zip(nonce.bytes().filter(u8::is_ascii_hexdigit))
    {
        *slot = d;
        n += 1;
    }
    // Hex digits are ASCII.
    let digits = std::str::from_utf8(&digits[..n]).unwrap_or_default();
    ["[deploykit:", digits, "]"].concat()
}

/// The error of a call whose outcome was unknown, once its marker was looked for in the
/// provider's history and not found: the call did not take effect, so running it again is safe.
pub fn did_not_take_effect(e: super::Error) -> super::Error {
    let op = e.operation().unwrap_or("the call");
    let marker = e.marker().unwrap_or_default();
    let message = format!(
        "{op} did not take effect: its answer was lost ({}) and the provider's history does not have its marker {marker}; running it again is safe",
        e.message()
    );
    e.with_message(message)
        .with_outcome(super::Outcome::Refused)
}

/// Whether a recorded description or note carries `marker`.
pub fn carries(recorded: &str, marker: &str) -> bool {
    !marker.is_empty() && recorded.contains(marker)
}

/// `value` with the marker appended, if it fits `max_len` characters.
pub(crate) fn appended(value: Option<&str>, marker: &str, max_len: Option<u64>) -> Option<String> {
    let value = value.map(str::trim_end).unwrap_or_default();
    let mut text = String::with_capacity(value.len() + 1 + marker.len());
    if !value.is_empty() {
        text.push_str(value);
        text.push(' ');
    }
    text.push_str(marker);
    let fits = max_len.is_none_or(|max| text.chars().count() as u64 <= max);
    fits.then_some(text)
}

/// What [`mark`] did.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Marked {
    /// The marker was left out: the field would exceed its length limit, or the body is not a
    /// JSON object.
    Left,
    /// The marker is in the request.
    Written,
    /// A query parameter's new value, for the provider's signing to put in place.
    Deferred(QueryMarker),
}

/// Append `marker` to the request's marker field. With `deferred`, a query parameter is not
/// written into the URL: its new value is returned for the provider's signing, which rewrites
/// the query anyway.
pub(crate) fn mark(
    request: &mut Request,
    field: &MarkerField,
    marker: &str,
    deferred: bool,
) -> Marked {
    if field.in_query {
        let query = request.url().query().unwrap_or_default();
        let found = find_pair(query, field.field);
        let current = found.as_ref().map(|(_, value)| value.as_ref());
        let Some(text) = appended(current, marker, field.max_len) else {
            return Marked::Left;
        };
        if deferred {
            return Marked::Deferred(QueryMarker {
                name: field.field,
                value: text.into(),
            });
        }
        let range = found.map(|(range, _)| range);
        mark_query(request.url_mut(), range, field.field, &text);
        return Marked::Written;
    }
    let Some(bytes) = request.body().and_then(|b| b.as_bytes()) else {
        return Marked::Left;
    };
    let Some(marked) = mark_object(bytes, field, marker) else {
        return Marked::Left;
    };
    *request.body_mut() = Some(reqwest::Body::from(marked));
    Marked::Written
}

/// The JSON object `bytes` with `marker` appended to its member `field`, in its place (added at
/// the end when absent, replaced when not a string). The new value is spliced in: everything else
/// is kept byte for byte, nothing is decoded or written again. Should the field appear more than
/// once, the last one's text is extended, the first one's place takes it and the others are
/// dropped. `None` when `bytes` is not a JSON object or the marker would not fit.
fn mark_object(bytes: &[u8], field: &MarkerField, marker: &str) -> Option<Vec<u8>> {
    let found = Found::seek(bytes, field.field)?;
    let current = found.last.and_then(|range| string_value(&bytes[range]));
    let text = appended(current.as_deref(), marker, field.max_len)?;
    let mut out = Vec::with_capacity(bytes.len() + text.len() + field.field.len() + 8);
    let Some(first) = found.first else {
        // Absent: a new member before the closing brace.
        let (head, tail) = bytes.split_at(found.close);
        out.extend_from_slice(head);
        if !head.trim_ascii_end().ends_with(b"{") {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, field.field).ok()?;
        out.push(b':');
        serde_json::to_writer(&mut out, &text).ok()?;
        out.extend_from_slice(tail);
        return Some(out);
    };
    // The first value replaced, the repeated members cut out, in the order they lie.
    let mut at = 0;
    for (n, range) in std::iter::once(&first).chain(&found.repeated).enumerate() {
        out.extend_from_slice(&bytes[at..range.start]);
        if n == 0 {
            serde_json::to_writer(&mut out, &text).ok()?;
        }
        at = range.end;
    }
    out.extend_from_slice(&bytes[at..]);
    Some(out)
}

/// A JSON value's text read as a string (`None` for `null` or any other kind of value): a string
/// without escapes is borrowed as it lies (the scan has checked it), any other goes through
/// `serde_json`.
fn string_value(value: &[u8]) -> Option<Cow<'_, str>> {
    match unescaped(value) {
        Some(inner) => std::str::from_utf8(inner).ok().map(Cow::Borrowed),
        None => serde_json::from_slice::<Option<Cow<'_, str>>>(value)
            .ok()
            .flatten(),
    }
}

/// The text between the quotes of a JSON string that has no escapes (its text is then exactly
/// what it says); `None` for one with escapes or any other value.
fn unescaped(value: &[u8]) -> Option<&[u8]> {
    match value {
        [b'"', inner @ .., b'"'] if !inner.contains(&b'\\') => Some(inner),
        _ => None,
    }
}

/// Where a JSON object's member lies in its text, found in one pass over the bytes that decodes
/// nothing (member names with escapes aside).
#[derive(Debug, PartialEq, Eq)]
struct Found {
    /// The byte range of the member's first value.
    first: Option<Range<usize>>,
    /// The byte range of the member's last value.
    last: Option<Range<usize>>,
    /// Each later member of that name, from the end of the value before it (so its comma goes
    /// with it) to the end of its own value.
    repeated: Vec<Range<usize>>,
    /// Where the closing brace is.
    close: usize,
}

impl Found {
    /// `None` when `bytes` is not one JSON object (RFC 8259, as `serde_json` reads it), with whitespace around it allowed.
    fn seek(bytes: &[u8], name: &str) -> Option<Self> {
        // Names and strings are checked byte by byte below; UTF-8 once, for the whole text.
        std::str::from_utf8(bytes).ok()?;
        let mut s = Scan { bytes, at: 0 };
        s.blank();
        s.eat(b'{')?;
        let mut found = Found {
            first: None,
            last: None,
            repeated: Vec::new(),
            close: 0,
        };
        s.blank();
        if s.peek() != Some(b'}') {
            let mut previous_end = 0;
            loop {
                let key = s.member_name()?;
                let start = s.at;
                s.value()?;
                let range = start..s.at;
                if key_is(&bytes[key], name) {
                    match found.first {
                        None => found.first = Some(range.clone()),
                        Some(_) => found.repeated.push(previous_end..range.end),
                    }
                    found.last = Some(range.clone());
                }
                previous_end = range.end;
                s.blank();
                match s.next()? {
                    b',' => s.blank(),
                    b'}' => {
                        s.at -= 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        found.close = s.at;
        s.at += 1;
        s.blank();
        (s.at == bytes.len()).then_some(found)
    }
}

/// Whether the quoted member name `quoted` (its text, quotes included) is `name`, read as
/// [`string_value`] reads a string: as written, or decoded when it has escapes.
fn key_is(quoted: &[u8], name: &str) -> bool {
    match unescaped(quoted) {
        Some(inner) => inner == name.as_bytes(),
        None => string_value(quoted).is_some_and(|key| key == name),
    }
}

/// A JSON text read from `at`: each method moves past what it read, `None` when the text is not
/// JSON there.
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn eat(&mut self, want: u8) -> Option<()> {
        (self.next()? == want).then_some(())
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Zero or more digits; whether there was one.
    fn digits(&mut self) -> bool {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at > start
    }

    /// A string, quotes included; its range.
    fn string(&mut self) -> Option<Range<usize>> {
        let start = self.at;
        self.eat(b'"')?;
        loop {
            // Plain text up to the next quote, escape or control character, in one step.
            let rest = self.bytes.get(self.at..)?;
            self.at += rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
            match self.next()? {
                b'"' => return Some(start..self.at),
                b'\\' => match self.next()? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                    b'u' => {
                        for _ in 0..4 {
                            if !self.next()?.is_ascii_hexdigit() {
                                return None;
                            }
                        }
                    }
                    _ => return None,
                },
                _ => return None,
            }
        }
    }

    /// One value. Nested arrays and objects are followed on a stack of their closing brackets,
    /// not by recursion: as deep as the text goes (`serde_json` skips values without a limit).
    fn value(&mut self) -> Option<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            match self.peek()? {
                bracket @ (b'{' | b'[') => {
                    let close = if bracket == b'{' { b'}' } else { b']' };
                    self.at += 1;
                    self.blank();
                    if self.peek() == Some(close) {
                        self.at += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.member_name()?;
                        }
                        continue;
                    }
                }
                b'"' => {
                    self.string()?;
                }
                b't' => self.word(b"true")?,
                b'f' => self.word(b"false")?,
                b'n' => self.word(b"null")?,
                _ => self.number()?,
            }
            // After a value: the next element of the innermost container, or its end.
            loop {
                let Some(&close) = open.last() else {
                    return Some(());
                };
                self.blank();
                match self.next()? {
                    b',' => {
                        self.blank();
                        if close == b'}' {
                            self.member_name()?;
                        }
                        break;
                    }
                    b if b == close => {
                        open.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    /// A member's name and colon, and the whitespace after them; where the name (quoted) lies.
    fn member_name(&mut self) -> Option<Range<usize>> {
        let name = self.string()?;
        self.blank();
        self.eat(b':')?;
        self.blank();
        Some(name)
    }

    fn word(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word).then(|| self.at = end)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digits().then_some(())?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits().then_some(())?;
        }
        Some(())
    }
}

/// The marker of a query parameter, for a provider that rewrites the query when it signs
/// ([`Provider::applies_query_marker`](super::transport::Provider::applies_query_marker)),
/// handed to every attempt in [`AttemptContext::query_marker`](super::AttemptContext): the
/// first pair named [`Self::name`] takes [`Self::value`] (decoded), or the pair is added when
/// there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryMarker {
    /// The parameter's name.
    pub name: &'static str,
    /// Its new value, marker included, decoded.
    pub value: std::sync::Arc<str>,
}

/// Where the first pair named `name` lies in `query` (`a=1&b=2`), and its value, decoded as
/// `Url::query_pairs` decodes it.
fn find_pair<'q>(query: &'q str, name: &str) -> Option<(Range<usize>, Cow<'q, str>)> {
    let mut start = 0;
    for segment in query.split('&') {
        let end = start + segment.len();
        let key = segment.split_once('=').map_or(segment, |(key, _)| key);
        // A key without escapes is compared as it is; the pair is decoded only once it matches.
        let plain = !key.bytes().any(|b| b == b'%' || b == b'+');
        if (!plain || key == name)
            && let Some((k, value)) = url::form_urlencoded::parse(segment.as_bytes()).next()
            && k == name
        {
            return Some((start..end, value));
        }
        start = end + 1;
    }
    None
}

/// [`mark`] for a query parameter written into the URL: the pair at `range` (the first one named
/// `name`) becomes `name=text`, or the pair is added at the end; every other pair is kept as it
/// was written.
fn mark_query(url: &mut url::Url, range: Option<Range<usize>>, name: &str, text: &str) {
    let query = url.query().unwrap_or_default();
    let pair = url::form_urlencoded::Serializer::new(String::new())
        .append_pair(name, text)
        .finish();
    let marked = match range {
        Some(range) => [&query[..range.start], &pair, &query[range.end..]].concat(),
        None if query.is_empty() => pair,
        None => [query, "&", &pair].concat(),
    };
    url.set_query(Some(&marked));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    const NOTE: MarkerField = MarkerField {
        field: "deployNote",
        in_query: false,
        max_len: None,
    };

    fn request(url: &str, body: Option<&str>) -> Request {
        let mut r = Request::new(reqwest::Method::POST, url.parse().unwrap());
        if let Some(b) = body {
            *r.body_mut() = Some(reqwest::Body::from(b.to_string()));
        }
        r
    }

    fn body(r: &Request) -> Value {
        serde_json::from_slice(r.body().unwrap().as_bytes().unwrap()).unwrap()
    }

    #[test]
    fn markers_come_from_the_nonce() {
        assert_eq!(
            marker_text("7d2d3e0c5f6a4b1e9c8d7f6a5b4c3d2e"),
            "[deploykit:7d2d3e0c5f6a4b1e]"
        );
    }

    #[test]
    fn a_body_field_keeps_what_was_written_and_gains_the_marker() {
        let mut r = request(
            "https://x/deploy",
            Some(r#"{"deployNote":"release 1.0","async":false}"#),
        );
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(body(&r)["deployNote"], "release 1.0 [deploykit:ab]");
        assert_eq!(body(&r)["async"], false);
        let mut r = request("https://x/deploy", Some("{}"));
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(body(&r)["deployNote"], "[deploykit:ab]");
    }

    fn text(r: &Request) -> &str {
        std::str::from_utf8(r.body().unwrap().as_bytes().unwrap()).unwrap()
    }

    #[test]
    fn a_body_is_kept_byte_for_byte_around_the_marked_value() {
        // Other members keep their text (number forms, nesting, escapes, spacing) and every
        // member its place; a field that is not a string is replaced; a body that is not an
        // object is left.
        let mut r = request(
            "https://x/deploy",
            Some(
                r#"{"deployNote":"say \"hi\"","n":1.50,"payload":{"a":[1,{"b":null}]},"k\u00e9y":"v"}"#,
            ),
        );
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            text(&r),
            r#"{"deployNote":"say \"hi\" [deploykit:ab]","n":1.50,"payload":{"a":[1,{"b":null}]},"k\u00e9y":"v"}"#
        );
        let mut r = request(
            "https://x/deploy",
            Some("{ \"a\" : 1 ,\n  \"deployNote\" : \"x\" , \"z\": [ ] }\n"),
        );
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            text(&r),
            "{ \"a\" : 1 ,\n  \"deployNote\" : \"x [deploykit:ab]\" , \"z\": [ ] }\n"
        );
        // Absent: added last, with a comma only when other members come before it.
        let mut r = request("https://x/deploy", Some("{\"a\":1 }"));
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(text(&r), "{\"a\":1 ,\"deployNote\":\"[deploykit:ab]\"}");
        let mut r = request("https://x/deploy", Some(" { } "));
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(text(&r), " { \"deployNote\":\"[deploykit:ab]\"} ");
        // Repeated: the last text is extended in the first one's place, the others are dropped
        // with their commas (serde_json would keep the last of them).
        let mut r = request(
            "https://x/deploy",
            Some(r#"{"deployNote":"old","a":1,"deployNote":"mid","b":2,"deployNote":"new"}"#),
        );
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            text(&r),
            r#"{"deployNote":"new [deploykit:ab]","a":1,"b":2}"#
        );
        assert_eq!(body(&r)["deployNote"], "new [deploykit:ab]");
        let mut r = request("https://x/deploy", Some(r#"{"deployNote":7}"#));
        assert_eq!(
            mark(&mut r, &NOTE, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(body(&r)["deployNote"], "[deploykit:ab]");
        for not_object in ["[1,2]", "\"text\"", "{\"a\":", ""] {
            let mut r = request("https://x/deploy", Some(not_object));
            assert_eq!(
                mark(&mut r, &NOTE, "[deploykit:ab]", false),
                Marked::Left,
                "{not_object}"
            );
            assert_eq!(r.body().unwrap().as_bytes().unwrap(), not_object.as_bytes());
        }
    }

    #[test]
    fn a_marker_that_would_not_fit_is_left_out() {
        let short = MarkerField {
            max_len: Some(20),
            ..NOTE
        };
        let mut r = request(
            "https://x/deploy",
            Some(r#"{"deployNote":"a long note here"}"#),
        );
        assert_eq!(
            mark(&mut r, &short, "[deploykit:0123456789abcdef]", false),
            Marked::Left
        );
        assert_eq!(body(&r)["deployNote"], "a long note here");
    }

    #[test]
    fn a_query_parameter_keeps_its_place() {
        let field = MarkerField {
            field: "Description",
            in_query: true,
            max_len: None,
        };
        let mut r = request(
            "https://x/?Action=DeployApi&Description=v1.2&StageName=RELEASE",
            None,
        );
        assert_eq!(
            mark(&mut r, &field, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            r.url().query(),
            Some("Action=DeployApi&Description=v1.2+%5Bdeploykit%3Aab%5D&StageName=RELEASE")
        );
        assert!(carries("v1.2 [deploykit:ab]", "[deploykit:ab]"));
        // A key written with escapes is found once decoded; a value keeps its `=`.
        let mut r = request("https://x/?%44escription=a%3Db+c&Description=2", None);
        assert_eq!(
            mark(&mut r, &field, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            r.url().query(),
            Some("Description=a%3Db+c+%5Bdeploykit%3Aab%5D&Description=2")
        );
        let mut r = request("https://x/?Action=DeployApi", None);
        assert_eq!(
            mark(&mut r, &field, "[deploykit:ab]", false),
            Marked::Written
        );
        assert_eq!(
            r.url().query(),
            Some("Action=DeployApi&Description=%5Bdeploykit%3Aab%5D")
        );
    }

    #[test]
    fn a_deferred_query_marker_leaves_the_url_to_the_provider() {
        let field = MarkerField {
            field: "Description",
            in_query: true,
            max_len: Some(30),
        };
        let url = "https://x/?Action=DeployApi&Description=v1.2+now&StageName=RELEASE";
        let mut r = request(url, None);
        assert_eq!(
            mark(&mut r, &field, "[deploykit:ab]", true),
            Marked::Deferred(QueryMarker {
                name: "Description",
                value: "v1.2 now [deploykit:ab]".into()
            })
        );
        assert_eq!(r.url().as_str(), url);
        // What would not fit is left out, deferred or not.
        let mut r = request(url, None);
        assert_eq!(
            mark(&mut r, &field, "[deploykit:0123456789abcdef]", true),
            Marked::Left
        );
        assert_eq!(r.url().as_str(), url);
    }

    /// Whether serde_json reads `bytes` as one JSON object: the oracle of the scanner.
    fn serde_reads_an_object(bytes: &[u8]) -> bool {
        serde_json::from_slice::<&serde_json::value::RawValue>(bytes)
            .is_ok_and(|raw| raw.get().starts_with('{'))
    }

    /// JSON text of a value, with whitespace where the grammar allows it.
    fn json_text() -> impl Strategy<Value = String> {
        let blank = || proptest::string::string_regex("[ \t\n\r]{0,2}").unwrap();
        let leaf = prop_oneof![
            proptest::string::string_regex(
                "-?(0|[1-9][0-9]{0,5})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,2})?"
            )
            .unwrap(),
            Just("true".to_string()),
            Just("false".to_string()),
            Just("null".to_string()),
            // Plain text, escapes of every kind, and text beyond ASCII.
            proptest::string::string_regex(
                r#""([a-z ]|\\["\\/bfnrt]|\\u00[0-7][0-9a-f]|é|한){0,6}""#
            )
            .unwrap(),
        ];
        leaf.prop_recursive(4, 24, 4, move |inner| {
            prop_oneof![
                (prop::collection::vec((blank(), inner.clone(), blank()), 0..4)).prop_map(
                    |items| {
                        let items: Vec<String> = items
                            .into_iter()
                            .map(|(a, v, b)| format!("{a}{v}{b}"))
                            .collect();
                        format!("[{}]", items.join(","))
                    }
                ),
                (prop::collection::vec((key(), blank(), inner), 0..4)).prop_map(|members| {
                    let members: Vec<String> = members
                        .into_iter()
                        .map(|(k, b, v)| format!("{k}{b}:{b}{v}"))
                        .collect();
                    format!("{{{}}}", members.join(","))
                }),
            ]
        })
    }

    /// A member name: the marked field (as written or with an escape), or another.
    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(r#""deployNote""#.to_string()),
            Just(r#""deploy\u004eote""#.to_string()),
            Just(r#""deployNote ""#.to_string()),
            Just(r#""a""#.to_string()),
            Just(r#""b\"c""#.to_string()),
        ]
    }

    /// An object: members of [`key`] names and [`json_text`] values, whitespace around.
    fn object_text() -> impl Strategy<Value = String> {
        let blank = || proptest::string::string_regex("[ \t\n\r]{0,2}").unwrap();
        (
            blank(),
            prop::collection::vec((key(), blank(), json_text(), blank()), 0..5),
            blank(),
        )
            .prop_map(|(a, members, z)| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(k, b, v, c)| format!("{b}{k}{c}:{b}{v}{c}"))
                    .collect();
                format!("{a}{{{}}}{z}", members.join(","))
            })
    }

    proptest! {
        #[test]
        fn the_scanner_finds_what_serde_json_reads(text in object_text()) {
            let bytes = text.as_bytes();
            prop_assert!(serde_reads_an_object(bytes), "{text}");
            let found = Found::seek(bytes, "deployNote");
            prop_assert!(found.is_some(), "{text}");
            let found = found.unwrap();
            let doc: Value = serde_json::from_slice(bytes).unwrap();
            // serde_json keeps the last of repeated members: the scanner's `last`.
            let last = found.last.clone().map(|r| serde_json::from_slice::<Value>(&bytes[r]).unwrap());
            prop_assert_eq!(last.as_ref(), doc.get("deployNote"), "{}", text);
            prop_assert_eq!(found.first.is_some(), found.last.is_some());
            // The current text is read as serde_json reads it, escapes or none.
            if let Some(r) = found.last.clone() {
                let by_serde = serde_json::from_slice::<Option<Cow<'_, str>>>(&bytes[r.clone()]).ok().flatten();
                prop_assert_eq!(string_value(&bytes[r]), by_serde, "{}", text);
            }
            if let Some(first) = &found.first {
                prop_assert!(serde_json::from_slice::<Value>(&bytes[first.clone()]).is_ok());
            }
            for r in &found.repeated {
                // From the end of the value before, comma first, to the end of the repeat.
                prop_assert_eq!(bytes[r.start..].iter().find(|b| !b.is_ascii_whitespace()), Some(&b','));
            }
            prop_assert_eq!(found.close, bytes.trim_ascii_end().len() - 1);
            prop_assert_eq!(bytes[found.close], b'}');
        }

        #[test]
        fn the_scanner_refuses_what_serde_json_refuses(
            text in object_text(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<u8>()), 1..3),
        ) {
            let mut bytes = text.into_bytes();
            for (at, kind, byte) in edits {
                // The bytes JSON gives meaning to, and any other byte now and then.
                let byte = *b"{}[]\",:\\0-.eE+ tfnu1\x01\xff".get(usize::from(byte) % 24).unwrap_or(&byte);
                let i = at.index(bytes.len() + 1);
                match kind {
                    0 => bytes.insert(i, byte),
                    1 if i < bytes.len() => { bytes.remove(i); }
                    _ if i < bytes.len() => bytes[i] = byte,
                    _ => bytes.push(byte),
                }
            }
            prop_assert_eq!(
                Found::seek(&bytes, "deployNote").is_some(),
                serde_reads_an_object(&bytes),
                "{:?}", String::from_utf8_lossy(&bytes)
            );
        }
    }

    #[test]
    fn nesting_is_followed_as_deep_as_it_goes_without_recursion() {
        // serde_json skips a value at any depth; so does the scanner, and a hostile depth does
        // not overflow the stack.
        for depth in [1, 128, 129, 100_000] {
            let text = format!(
                "{{\"a\":{}0{}}}",
                "[{\"b\":".repeat(depth),
                "}]".repeat(depth)
            );
            assert!(serde_reads_an_object(text.as_bytes()), "{depth}");
            assert!(
                Found::seek(text.as_bytes(), "deployNote").is_some(),
                "{depth}"
            );
            let open = format!("{{\"a\":{}}}", "[".repeat(depth));
            assert!(
                Found::seek(open.as_bytes(), "deployNote").is_none(),
                "{depth}"
            );
        }
    }
}
