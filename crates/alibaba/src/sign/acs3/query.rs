//! Stage 1: the canonical query (RFC 3986 encoding, sorted pairs).

use super::*;
use std::cmp::Ordering;

/// `UNRESERVED[b]` is true for the RFC 3986 unreserved bytes `A-Za-z0-9-_.~`, never encoded.
pub(super) const UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~');
        b += 1;
    }
    table
};

/// Uppercase hex digits, for `%XX`.
pub(super) const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// True for the RFC 3986 unreserved bytes `A-Za-z0-9-_.~`.
pub(super) fn is_unreserved(b: u8) -> bool {
    UNRESERVED[usize::from(b)]
}

/// Length of `s` once percent-encoded.
pub(super) fn encoded_len(s: &str) -> usize {
    s.len() + 2 * s.bytes().filter(|&b| !is_unreserved(b)).count()
}

/// Appends `s` percent-encoded (RFC 3986, uppercase `%XX` over the UTF-8 bytes) to `out`.
pub(super) fn push_encoded(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let Some(first) = bytes.iter().position(|&b| !is_unreserved(b)) else {
        // Fast path: identifiers, numbers, dates.
        out.push_str(s);
        return;
    };
    let mut run_start = 0;
    for (i, &b) in bytes.iter().enumerate().skip(first) {
        if is_unreserved(b) {
            continue;
        }
        // A non-empty run of unreserved bytes is ASCII, so its ends are char boundaries and `get`
        // succeeds; an empty run may start inside a multi-byte character, where `get` gives
        // `None`, which is the same as pushing nothing.
        if let Some(run) = s.get(run_start..i) {
            out.push_str(run);
        }
        out.push('%');
        out.push(char::from(HEX_UPPER[usize::from(b >> 4)]));
        out.push(char::from(HEX_UPPER[usize::from(b & 0x0f)]));
        run_start = i + 1;
    }
    // The tail after the last encoded byte is ASCII or empty (same reasoning).
    if let Some(run) = s.get(run_start..) {
        out.push_str(run);
    }
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
