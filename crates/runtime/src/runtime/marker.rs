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

use reqwest::Request;
use serde_json::value::RawValue;

use super::MarkerField;

/// The marker text for a nonce: `[deploykit:` + 16 hex digits + `]`.
pub(crate) fn marker_text(nonce: &str) -> String {
    let mut text = String::with_capacity("[deploykit:]".len() + 16);
    text.push_str("[deploykit:");
    text.extend(nonce.chars().filter(char::is_ascii_hexdigit).take(16));
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
    let text = match value.map(str::trim_end).filter(|v| !v.is_empty()) {
        Some(v) => format!("{v} {marker}"),
        None => marker.to_string(),
    };
    let fits = max_len.is_none_or(|max| text.chars().count() as u64 <= max);
    fits.then_some(text)
}

/// Append `marker` to the request's marker field; `false` when it was left out (the field would
/// exceed its length limit, or the body is not a JSON object).
pub(crate) fn mark(request: &mut Request, field: &MarkerField, marker: &str) -> bool {
    if field.in_query {
        return mark_query(request.url_mut(), field, marker);
    }
    let Some(bytes) = request.body().and_then(|b| b.as_bytes()) else {
        return false;
    };
    let Some(marked) = mark_object(bytes, field, marker) else {
        return false;
    };
    *request.body_mut() = Some(reqwest::Body::from(marked));
    true
}

/// The JSON object `bytes` with `marker` appended to its member `field`, in its place (added at
/// the end when absent, replaced when not a string); every other member is copied as it was
/// written, without being decoded. `None` when `bytes` is not a JSON object or the marker would not fit.
fn mark_object(bytes: &[u8], field: &MarkerField, marker: &str) -> Option<Vec<u8>> {
    let Members(members) = serde_json::from_slice(bytes).ok()?;
    let current = members
        .iter()
        .rev()
        .find(|(name, _)| name == field.field)
        .and_then(|(_, raw)| serde_json::from_str::<Option<Cow<'_, str>>>(raw.get()).ok())
        .flatten();
    let text = appended(current.as_deref(), marker, field.max_len)?;
    let mut out = Vec::with_capacity(bytes.len() + text.len() + field.field.len() + 8);
    out.push(b'{');
    let put = |out: &mut Vec<u8>, name: &str, value: &[u8]| {
        if out.len() > 1 {
            out.push(b',');
        }
        serde_json::to_writer(&mut *out, name).ok()?;
        out.push(b':');
        out.extend_from_slice(value);
        Some(())
    };
    let value = serde_json::to_vec(&text).ok()?;
    let mut placed = false;
    for (name, raw) in &members {
        if name != field.field {
            put(&mut out, name, raw.get().as_bytes())?;
        } else if !placed {
            put(&mut out, name, &value)?;
            placed = true;
        }
    }
    if !placed {
        put(&mut out, field.field, &value)?;
    }
    out.push(b'}');
    Some(out)
}

/// A JSON object's members in the order written: names decoded, values as their raw text.
struct Members<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut members = Vec::with_capacity(map.size_hint().unwrap_or(8));
                while let Some(Name(name)) = map.next_key()? {
                    members.push((name, map.next_value()?));
                }
                Ok(Members(members))
            }
        }
        d.deserialize_map(Visit)
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

/// [`mark`] for a query parameter: the first pair named `field.field` gets the marker in place
/// (or a pair is added at the end); every other pair is kept as it was written.
fn mark_query(url: &mut url::Url, field: &MarkerField, marker: &str) -> bool {
    let query = url.query().unwrap_or_default();
    // Where the field's pair lies in the query, and its value.
    let mut found = None;
    let mut start = 0;
    for segment in query.split('&') {
        let end = start + segment.len();
        // A segment is one pair, decoded as `Url::query_pairs` decodes it.
        if let Some((key, value)) = url::form_urlencoded::parse(segment.as_bytes()).next()
            && key == field.field
        {
            found = Some((start..end, value));
            break;
        }
        start = end + 1;
    }
    let current = found.as_ref().map(|(_, value)| value.as_ref());
    let Some(text) = appended(current, marker, field.max_len) else {
        return false;
    };
    let pair = url::form_urlencoded::Serializer::new(String::new())
        .append_pair(field.field, &text)
        .finish();
    let marked = match found {
        Some((range, _)) => [&query[..range.start], &pair, &query[range.end..]].concat(),
        None if query.is_empty() => pair,
        None => [query, "&", &pair].concat(),
    };
    url.set_query(Some(&marked));
    true
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
        assert!(mark(&mut r, &NOTE, "[deploykit:ab]"));
        assert_eq!(body(&r)["deployNote"], "release 1.0 [deploykit:ab]");
        assert_eq!(body(&r)["async"], false);
        let mut r = request("https://x/deploy", Some("{}"));
        assert!(mark(&mut r, &NOTE, "[deploykit:ab]"));
        assert_eq!(body(&r)["deployNote"], "[deploykit:ab]");
    }

    #[test]
    fn a_body_is_copied_member_by_member() {
        // Other members keep their text (number forms, nesting, escapes) and every member its
        // place; a field that is not a string is replaced; a body that is not an object is left.
        let mut r = request(
            "https://x/deploy",
            Some(
                r#"{"deployNote":"say \"hi\"","n":1.50,"payload":{"a":[1,{"b":null}]},"k\u00e9y":"v"}"#,
            ),
        );
        assert!(mark(&mut r, &NOTE, "[deploykit:ab]"));
        assert_eq!(
            std::str::from_utf8(r.body().unwrap().as_bytes().unwrap()).unwrap(),
            r#"{"deployNote":"say \"hi\" [deploykit:ab]","n":1.50,"payload":{"a":[1,{"b":null}]},"kéy":"v"}"#
        );
        let mut r = request("https://x/deploy", Some(r#"{"deployNote":7}"#));
        assert!(mark(&mut r, &NOTE, "[deploykit:ab]"));
        assert_eq!(body(&r)["deployNote"], "[deploykit:ab]");
        for not_object in ["[1,2]", "\"text\"", "{\"a\":", ""] {
            let mut r = request("https://x/deploy", Some(not_object));
            assert!(!mark(&mut r, &NOTE, "[deploykit:ab]"), "{not_object}");
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
        assert!(!mark(&mut r, &short, "[deploykit:0123456789abcdef]"));
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
        assert!(mark(&mut r, &field, "[deploykit:ab]"));
        assert_eq!(
            r.url().query(),
            Some("Action=DeployApi&Description=v1.2+%5Bdeploykit%3Aab%5D&StageName=RELEASE")
        );
        assert!(carries("v1.2 [deploykit:ab]", "[deploykit:ab]"));
    }
}
