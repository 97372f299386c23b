//! Values of a documented set that a provider may still extend: what every enum of an answer
//! decodes to.
//!
//! A provider documents the values a field takes today (`success`, `fail`, `deploying`); it may
//! send another one tomorrow, or the same one differently cased. An answer field typed as a closed
//! enum would make the whole answer fail to decode on that day. The build therefore gives every
//! string enum reachable from an answer the type [`Open<Enum>`] (see `specs/README.md`,
//! "Answers are decoded leniently"): a documented value decodes to [`Open::Known`], anything else
//! to [`Open::Unknown`] with the text as sent. Request parameters and bodies keep the closed
//! enum, so what deploykit sends is still checked before it leaves.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IntoDeserializer};
use serde::{Serialize, Serializer};

/// A documented value (`Known`) or one the documentation does not list (`Unknown`, as sent).
///
/// ```
/// use deploykit::runtime::Open;
/// # #[derive(Debug, PartialEq, serde::Deserialize)]
/// # #[serde(rename_all = "lowercase")]
/// # enum Status { Success, Fail }
/// let known: Open<Status> = serde_json::from_str("\"success\"").unwrap();
/// assert_eq!(known, Open::Known(Status::Success));
/// let new: Open<Status> = serde_json::from_str("\"partially_failed\"").unwrap();
/// assert_eq!(new, Open::Unknown("partially_failed".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Open<T> {
    /// One of the values the provider documents.
    Known(T),
    /// A value the provider sent that its documentation does not list, exactly as sent.
    Unknown(String),
}

impl<T> Open<T> {
    /// The documented value, if it is one.
    pub fn known(&self) -> Option<&T> {
        match self {
            Self::Known(t) => Some(t),
            Self::Unknown(_) => None,
        }
    }

    /// The documented value, if it is one.
    pub fn into_known(self) -> Option<T> {
        match self {
            Self::Known(t) => Some(t),
            Self::Unknown(_) => None,
        }
    }

    /// Whether this is a documented value.
    pub fn is_known(&self) -> bool {
        matches!(self, Self::Known(_))
    }

    /// Whether this is the documented value `value`.
    pub fn is(&self, value: &T) -> bool
    where
        T: PartialEq,
    {
        self.known() == Some(value)
    }
}

/// `Open::Known(x) == x`; an unknown value equals no documented one.
impl<T: PartialEq> PartialEq<T> for Open<T> {
    fn eq(&self, other: &T) -> bool {
        self.known() == Some(other)
    }
}

impl<T> From<T> for Open<T> {
    fn from(value: T) -> Self {
        Self::Known(value)
    }
}

impl<T: fmt::Display> fmt::Display for Open<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(t) => t.fmt(f),
            Self::Unknown(s) => f.write_str(s),
        }
    }
}

impl<T: Serialize> Serialize for Open<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Known(t) => t.serialize(s),
            Self::Unknown(v) => s.serialize_str(v),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Open<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Only string enums are opened: the value is a string, whatever it says.
        let text = String::deserialize(d)?;
        let as_known: Result<T, serde::de::value::Error> =
            T::deserialize(text.as_str().into_deserializer());
        Ok(match as_known {
            Ok(t) => Self::Known(t),
            Err(_) => Self::Unknown(text),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    enum Kind {
        #[serde(rename = "client")]
        Client,
        #[serde(rename = "server")]
        Server,
    }

    #[test]
    fn documented_values_are_known_and_others_kept_as_sent() {
        let v: Vec<Open<Kind>> =
            serde_json::from_str(r#"["server","client","SERVER",""]"#).unwrap();
        assert_eq!(
            v,
            vec![
                Open::Known(Kind::Server),
                Open::Known(Kind::Client),
                Open::Unknown("SERVER".into()),
                Open::Unknown(String::new()),
            ]
        );
        assert!(v[0].is(&Kind::Server));
        assert_eq!(v[1], Kind::Client);
        assert_ne!(v[2], Kind::Server);
        assert!(!v[2].is_known());
        // Both round-trip to what was sent.
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"["server","client","SERVER",""]"#
        );
    }

    #[test]
    fn a_value_that_is_not_a_string_is_still_an_error() {
        assert!(serde_json::from_str::<Open<Kind>>("3").is_err());
        assert!(serde_json::from_str::<Open<Kind>>("null").is_err());
    }
}
