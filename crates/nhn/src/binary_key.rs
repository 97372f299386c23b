//! The key of an uploaded binary: one type for the upload answer, the binary list and the
//! download path.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Key of a binary in a binary group, as NHN issued it.
///
/// The document types it as a String in the upload answer and as a Number in the path variable
/// and the binary list (`003_f5b52b4dbd53a661.txt` lines 40, 70, 408); answers may carry either,
/// and the key read from one call is what the next call takes:
///
/// ```
/// use deploykit::nhn::BinaryKey;
/// let from_upload: BinaryKey = serde_json::from_str("\"1234\"").unwrap();
/// let from_list: BinaryKey = serde_json::from_str("1234").unwrap();
/// assert_eq!(from_upload, from_list);
/// assert_eq!(from_list.as_i64(), Some(1234));
/// assert_eq!(BinaryKey::from(1234), from_list);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BinaryKey(String);

impl BinaryKey {
    /// The key as sent (digits for every key NHN documents).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key as a number, when it is one.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
}

impl From<i64> for BinaryKey {
    fn from(key: i64) -> Self {
        Self(key.to_string())
    }
}

impl From<i32> for BinaryKey {
    fn from(key: i32) -> Self {
        Self(key.to_string())
    }
}

impl From<u64> for BinaryKey {
    fn from(key: u64) -> Self {
        Self(key.to_string())
    }
}

impl From<&str> for BinaryKey {
    fn from(key: &str) -> Self {
        Self(key.trim().to_string())
    }
}

impl From<String> for BinaryKey {
    fn from(key: String) -> Self {
        Self::from(key.as_str())
    }
}

impl From<&BinaryKey> for BinaryKey {
    fn from(key: &BinaryKey) -> Self {
        key.clone()
    }
}

impl std::str::FromStr for BinaryKey {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}

impl fmt::Display for BinaryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for BinaryKey {
    /// A number when the key is one (as the binary list sends it), else the text.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_i64() {
            Some(n) => s.serialize_i64(n),
            None => s.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for BinaryKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            Number(i64),
            Unsigned(u64),
            Text(String),
        }
        Ok(match Wire::deserialize(d)? {
            Wire::Number(n) => Self::from(n),
            Wire::Unsigned(n) => Self::from(n),
            Wire::Text(s) => Self::from(s),
        })
    }
}
