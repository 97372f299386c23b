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
use serde_json::value::RawValue;

use super::MarkerField;

/// The marker text for a nonce: `[deploykit:` + 16 hex digits + `]`.
pub(crate) fn marker_text(nonce: &str) -> String {
    let mut text = String::with_capacity("[deploykit:]".len() + 16);
    text.push_str("[deploykit:");
    let digits = nonce.bytes().filter(u8::is_ascii_hexdigit).take(16);
    text.extend(digits.map(char::from));
    text.push(']');
    text
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
fn appended(value: Option<&str>, marker: &str, max_len: Option<u64>) -> Option<String> {
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
    let current = found
        .last
        .and_then(|raw| serde_json::from_str::<Option<Cow<'_, str>>>(raw.get()).ok())
        .flatten();
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

/// Where a JSON object's member lies in its text, found in one pass that decodes nothing but
/// the member names.
struct Found<'a> {
    /// The byte range of the member's first value.
    first: Option<Range<usize>>,
    /// The member's last value.
    last: Option<&'a RawValue>,
    /// Each later member of that name, from the end of the value before it (so its comma goes
    /// with it) to the end of its own value.
    repeated: Vec<Range<usize>>,
    /// Where the closing brace is.
    close: usize,
}

impl<'a> Found<'a> {
    /// `None` when `bytes` is not one JSON object.
    fn seek(bytes: &'a [u8], name: &str) -> Option<Self> {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let mut found =
            serde::de::DeserializeSeed::deserialize(Seek { bytes, name }, &mut de).ok()?;
        de.end().ok()?;
        // Only whitespace follows the object, so its last other byte is the closing brace.
        found.close = bytes.trim_ascii_end().len().checked_sub(1)?;
        Some(found)
    }
}

/// The visitor of [`Found::seek`].
struct Seek<'a, 'n> {
    bytes: &'a [u8],
    name: &'n str,
}

impl Seek<'_, '_> {
    /// Where the borrowed `raw` lies in the text (`None` should it not be a part of it).
    fn range(&self, raw: &RawValue) -> Option<Range<usize>> {
        let text = raw.get();
        let start = (text.as_ptr() as usize).checked_sub(self.bytes.as_ptr() as usize)?;
        let range = start..start + text.len();
        (self.bytes.get(range.clone()) == Some(text.as_bytes())).then_some(range)
    }
}

impl<'a> serde::de::DeserializeSeed<'a> for Seek<'a, '_> {
    type Value = Found<'a>;
    fn deserialize<D: serde::Deserializer<'a>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'a> serde::de::Visitor<'a> for Seek<'a, '_> {
    type Value = Found<'a>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: serde::de::MapAccess<'a>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = Found {
            first: None,
            last: None,
            repeated: Vec::new(),
            close: 0,
        };
        let mut previous_end = 0;
        while let Some(Name(key)) = map.next_key()? {
            let raw: &'a RawValue = map.next_value()?;
            let range = self
                .range(raw)
                .ok_or_else(|| serde::de::Error::custom("a value outside the text"))?;
            if key == self.name {
                match found.first {
                    None => found.first = Some(range.clone()),
                    Some(_) => found.repeated.push(previous_end..range.end),
                }
                found.last = Some(raw);
            }
            previous_end = range.end;
        }
        Ok(found)
    }
}

/// A member name: borrowed from the text unless it has escapes.
struct Name<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Name<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Name<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Name(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Name(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(Visit)
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
}
