//! RFC 3986 percent-encoding of query text: the unreserved bytes `A-Za-z0-9-_.~` are kept, every
//! other UTF-8 byte becomes uppercase `%XX` (space `%20`, `*` `%2A`, `+` `%2B`, `/` `%2F`). The
//! canonical queries of signatures that sign the query as sent (Alibaba's ACS3) are written so,
//! and so is a [`QueryStyle::Canonical`](super::QueryStyle::Canonical) query.

/// `UNRESERVED[b]` is true for the RFC 3986 unreserved bytes `A-Za-z0-9-_.~`, never encoded.
const UNRESERVED: [bool; 256] = {
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
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// True for the RFC 3986 unreserved bytes `A-Za-z0-9-_.~`.
pub fn is_unreserved(b: u8) -> bool {
    UNRESERVED[usize::from(b)]
}

/// Appends `s` percent-encoded (uppercase `%XX` over the UTF-8 bytes) to `out`, copying the
/// runs between escapes whole.
pub fn push_encoded(out: &mut String, s: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The encoding is `percent_encoding`'s with every byte but the unreserved ones escaped.
    #[test]
    fn encodes_as_percent_encoding_does_with_the_unreserved_set() {
        const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        for s in [
            "",
            "plain",
            "a b*c~d+e/f",
            "배포 v2",
            "%20",
            "é",
            "\u{0}\u{7f}",
            "x y ",
        ] {
            let mut out = String::from("k=");
            push_encoded(&mut out, s);
            let expected = format!("k={}", percent_encoding::utf8_percent_encode(s, SET));
            assert_eq!(out, expected, "{s:?}");
        }
    }
}
