//! The `x-acs-date` format, from Unix seconds (no clock is read).

/// last day of each shifted year.
pub(super) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    // 719 468 days from 0000-03-01 to 1970-01-01.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // 0..=146_096
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // 0..=399
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // 0..=365
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 = March ..= 11 = February
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Formats Unix seconds as the `x-acs-date` value, `%Y-%m-%dT%H:%M:%SZ` in UTC
/// (e.g. `1698315752` → `2023-10-26T10:22:32Z`).
///
/// Defined for every `i64`; years outside `0000..=9999` are written with more digits or a sign and
/// are not meaningful to the server. [`AcsDate::new`] gives the same text without allocating.
pub fn format_acs_date(unix_seconds: i64) -> String {
    AcsDate::new(unix_seconds).as_str().to_owned()
}

/// An `x-acs-date` value held on the stack (what [`format_acs_date`] returns as a `String`):
/// `%Y-%m-%dT%H:%M:%SZ` in UTC, written digit by digit, without `format!` or an allocation.
#[derive(Clone, Copy)]
pub struct AcsDate {
    /// Room for the longest value: a 12-digit year with its sign and the 16 bytes after it.
    buf: [u8; 32],
    len: usize,
}

impl AcsDate {
    /// The `x-acs-date` value of `unix_seconds` (see [`format_acs_date`]).
    pub fn new(unix_seconds: i64) -> Self {
        let (year, month, day) = civil_from_days(unix_seconds.div_euclid(86_400));
        let secs = unix_seconds.rem_euclid(86_400);
        let mut date = Self {
            buf: [0; 32],
            len: 0,
        };
        if (0..=9_999).contains(&year) {
            date.push_digits(year, 4);
        } else {
            // Years no server accepts: `{year:04}` as `format!` writes it (sign, more digits).
            use std::io::Write as _;
            let mut rest = &mut date.buf[..];
            let room = rest.len();
            // 32 bytes hold any i64 and the rest of the value.
            let _ = write!(rest, "{year:04}");
            date.len = room - rest.len();
        }
        date.push(b'-');
        date.push_digits(month, 2);
        date.push(b'-');
        date.push_digits(day, 2);
        date.push(b'T');
        date.push_digits(secs / 3_600, 2);
        date.push(b':');
        date.push_digits(secs / 60 % 60, 2);
        date.push(b':');
        date.push_digits(secs % 60, 2);
        date.push(b'Z');
        date
    }

    /// The value as text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits, signs and separators are ever written.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }

    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }

    /// `n` (in `0..10^width`) as exactly `width` decimal digits.
    fn push_digits(&mut self, mut n: i64, width: usize) {
        for i in (0..width).rev() {
            // `n` is non-negative here: the digit is in 0..=9.
            self.buf[self.len + i] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.len += width;
    }
}

impl std::fmt::Debug for AcsDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("AcsDate").field(&self.as_str()).finish()
    }
}
