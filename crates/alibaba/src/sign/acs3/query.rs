//! Stage 1: the canonical query (RFC 3986 encoding, sorted pairs).

use super::*;
use std::cmp::Ordering;

pub(crate) use crate::runtime::rfc3986::{is_unreserved, push_encoded};

/// Length of `s` once percent-encoded.
pub(super) fn encoded_len(s: &str) -> usize {
    s.len() + 2 * s.bytes().filter(|&b| !is_unreserved(b)).count()
}

/// Percent-encodes one query key or value as the canonical query does: the unreserved characters
/// `A-Za-z0-9-_.~` are kept, every other UTF-8 byte becomes uppercase `%XX` (space → `%20`,
/// `*` → `%2A`, `+` → `%2B`, `/` → `%2F`).
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(encoded_len(value));
    push_encoded(&mut out, value);
    out
}

/// Compares `percent_encode(a)` with `percent_encode(b)` byte-wise without encoding either.
///
/// Equal raw prefixes encode to equal prefixes, and the encodings of two different bytes already
/// differ within those bytes' own encodings (an unreserved byte is never `%`, and two `%XX` differ
/// in `XX`), so the first differing raw byte decides. Uppercase hex digits sort like the bytes
/// they encode.
pub(super) fn cmp_encoded(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match (a.get(common), b.get(common)) {
        (Some(&x), Some(&y)) => {
            let first = |c: u8| if is_unreserved(c) { c } else { b'%' };
            first(x).cmp(&first(y)).then(x.cmp(&y))
        }
        (x, y) => x.is_some().cmp(&y.is_some()),
    }
}

/// Exact length of the canonical query for `pairs`.
pub(super) fn canonical_query_len(pairs: &[(&str, &str)]) -> usize {
    let pairs_len: usize = pairs
        .iter()
        .map(|(k, v)| encoded_len(k) + 1 + encoded_len(v))
        .sum();
    pairs_len + pairs.len().saturating_sub(1)
}

/// Upper bound of the canonical query's length for `pairs`, without scanning them (each byte
/// encodes to at most 3).
pub(super) fn canonical_query_max_len(pairs: &[(&str, &str)]) -> usize {
    pairs.iter().map(|(k, v)| 3 * (k.len() + v.len()) + 2).sum()
}

/// Appends the canonical query of `pairs` to `out` (sorting indices, not strings).
pub(super) fn write_canonical_query(out: &mut String, pairs: &[(&str, &str)]) {
    let mut small = [0usize; SMALL_SORT];
    let mut large = Vec::new();
    let order: &mut [usize] = if pairs.len() <= SMALL_SORT {
        let order = &mut small[..pairs.len()];
        for (i, slot) in order.iter_mut().enumerate() {
            *slot = i;
        }
        order
    } else {
        large.extend(0..pairs.len());
        &mut large
    };
    order.sort_unstable_by(|&i, &j| {
        let ((ki, vi), (kj, vj)) = (pairs[i], pairs[j]);
        cmp_encoded(ki, kj).then_with(|| cmp_encoded(vi, vj))
    });
    for (n, &i) in order.iter().enumerate() {
        if n > 0 {
            out.push('&');
        }
        let (key, value) = pairs[i];
        push_encoded(out, key);
        out.push('=');
        push_encoded(out, value);
    }
}

/// Builds the canonical query string from **decoded** `(key, value)` pairs.
///
/// Keys and values are percent-encoded with [`percent_encode`]; pairs are sorted by encoded key,
/// then by encoded value; each pair is written `key=value` (an empty value gives `key=`) and pairs
/// are joined by `&`. No pairs give the empty string.
///
/// Send exactly this string as the request's query (after `?`), so that what the server
/// canonicalises from the wire is what was signed.
pub fn canonical_query(pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(canonical_query_len(pairs));
    write_canonical_query(&mut out, pairs);
    out
}

/// Whether `query` (the text after `?`) is the canonical query of the pairs it encodes, so that
/// decoding and encoding it again would give it back unchanged: `key=value` pairs joined by `&`,
/// each key and value made of unreserved bytes and uppercase `%XX` of the other bytes (decoding to
/// UTF-8), sorted by key, then value. The empty query is canonical; a query with a key `excluded`
/// names is not. One pass over the bytes (a pair escaping bytes above ASCII is decoded to check its UTF-8).
pub(crate) fn is_canonical_query(query: &str, excluded: &[&str]) -> bool {
    let raw = query.as_bytes();
    if raw.is_empty() {
        return true;
    }
    let hex = |at: usize| {
        let digit = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'A'..=b'F' => Some(c - b'A' + 10),
            _ => None,
        };
        Some(digit(*raw.get(at)?)? << 4 | digit(*raw.get(at + 1)?)?)
    };
    let mut previous: Option<(&[u8], &[u8])> = None;
    // The pair being read: where it starts, where its `=` is, whether it escapes bytes above ASCII.
    let (mut start, mut equals, mut high) = (0, None, false);
    let mut i = 0;
    loop {
        // Most of the text: runs of unreserved bytes.
        while raw.get(i).is_some_and(|&b| is_unreserved(b)) {
            i += 1;
        }
        match raw.get(i) {
            Some(b'=') if equals.is_none() => {
                equals = Some(i);
                i += 1;
            }
            Some(b'%') => match hex(i + 1) {
                Some(byte) if !is_unreserved(byte) => {
                    high |= byte >= 0x80;
                    i += 3;
                }
                _ => return false,
            },
            None | Some(b'&') => {
                let Some(eq) = equals else {
                    return false;
                };
                let pair = (&raw[start..eq], &raw[eq + 1..i]);
                if previous.is_some_and(|p| p > pair)
                    || excluded.iter().any(|k| k.as_bytes() == pair.0)
                    || (high && !(decodes_to_utf8(pair.0) && decodes_to_utf8(pair.1)))
                {
                    return false;
                }
                if i == raw.len() {
                    return true;
                }
                previous = Some(pair);
                (start, equals, high) = (i + 1, None, false);
                i += 1;
            }
            Some(_) => return false,
        }
    }
}

/// Whether the escaped text `s` decodes to UTF-8.
fn decodes_to_utf8(s: &[u8]) -> bool {
    percent_encoding::percent_decode(s).decode_utf8().is_ok()
}
