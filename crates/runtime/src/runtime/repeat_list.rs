//! Lists sent as `Name.1.Field=…&Name.2.Field=…` (Alibaba's "repeatList" query style).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::transport::QueryStyle;

/// A typed list parameter that goes on the wire flattened as `Name.N.Field`.
///
/// Generated clients carry it through progenitor's query encoding as one JSON value; the runtime
/// expands it (`flatten_query`) before the request is signed, so the signature covers exactly
/// the flattened form the provider expects.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RepeatList<T>(pub Vec<T>);

impl<T> From<Vec<T>> for RepeatList<T> {
    fn from(v: Vec<T>) -> Self {
        Self(v)
    }
}

impl<T> FromIterator<T> for RepeatList<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl<T: Serialize> Serialize for RepeatList<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let json = serde_json::to_string(&self.0).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&json)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for RepeatList<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr<T> {
            List(Vec<T>),
            Json(String),
        }
        match Repr::<T>::deserialize(d)? {
            Repr::List(v) => Ok(Self(v)),
            Repr::Json(s) => serde_json::from_str(&s)
                .map(Self)
                .map_err(serde::de::Error::custom),
        }
    }
}

/// Expand every query parameter named in `names` from its JSON form into `Name.N.Field` pairs,
/// and write the query back in `style`: form-encoded with every other pair in place, or, for
/// [`QueryStyle::Canonical`], RFC 3986 encoded and sorted as the generated call wrote it (so that
/// a signature taking the query as it is still can). Returns `Err` with a message when a value is
/// not a JSON list.
pub fn flatten_query(url: &mut url::Url, names: &[&str], style: QueryStyle) -> Result<(), String> {
    if names.is_empty() || url.query().is_none() {
        return Ok(());
    }
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    if !pairs.iter().any(|(k, _)| names.contains(&k.as_str())) {
        return Ok(());
    }
    let mut out: Vec<(String, String)> = Vec::with_capacity(pairs.len() + 8);
    for (k, v) in pairs {
        if names.contains(&k.as_str()) {
            let list: serde_json::Value =
                serde_json::from_str(&v).map_err(|e| format!("parameter {k}: not a list: {e}"))?;
            let serde_json::Value::Array(items) = list else {
                return Err(format!("parameter {k}: expected a list"));
            };
            for (i, item) in items.iter().enumerate() {
                flatten_value(&format!("{k}.{}", i + 1), item, &mut out);
            }
        } else {
            out.push((k, v));
        }
    }
    match style {
        QueryStyle::Form => {
            url.query_pairs_mut().clear().extend_pairs(out);
        }
        QueryStyle::Canonical { .. } => {
            let mut pairs = super::generated::Encoded::with_capacity(url.as_str().len(), out.len());
            for (k, v) in &out {
                pairs.push(k, v);
            }
            let query = pairs.into_query();
            url.set_query((!query.is_empty()).then_some(&query));
        }
    }
    Ok(())
}

fn flatten_value(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::Null => {}
        Value::Object(map) => {
            for (field, value) in map {
                flatten_value(&format!("{prefix}.{field}"), value, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten_value(&format!("{prefix}.{}", i + 1), item, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct Item {
        api_uid: String,
        stage_name: String,
    }

    #[test]
    fn list_is_flattened_in_place() {
        let list = RepeatList(vec![
            Item {
                api_uid: "a1".into(),
                stage_name: "RELEASE".into(),
            },
            Item {
                api_uid: "b 2".into(),
                stage_name: "TEST".into(),
            },
        ]);
        let json = serde_json::to_string(&list).unwrap();
        let mut url = url::Url::parse("https://x/?Action=BatchDeployApis").unwrap();
        url.query_pairs_mut()
            .append_pair(
                "Api",
                serde_json::from_str::<String>(&json).unwrap().as_str(),
            )
            .append_pair("Description", "d");
        flatten_query(&mut url, &["Api"], QueryStyle::Form).unwrap();
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        let expected = [
            ("Action", "BatchDeployApis"),
            ("Api.1.ApiUid", "a1"),
            ("Api.1.StageName", "RELEASE"),
            ("Api.2.ApiUid", "b 2"),
            ("Api.2.StageName", "TEST"),
            ("Description", "d"),
        ];
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(pairs, expected);
    }

    /// In the canonical style the flattened query comes out as the canonical `Query` writes
    /// one: RFC 3986 encoded (space `%20`) and sorted.
    #[test]
    fn a_canonical_query_stays_canonical() {
        let mut url = url::Url::parse(
            "https://x/?Api=%5B%7B%22ApiUid%22%3A%22b%202%22%7D%2C%7B%22ApiUid%22%3A%22a%2A%22%7D%5D\
             &Description=d%20e&GroupId=g",
        )
        .unwrap();
        let style = QueryStyle::Canonical { headers: &[] };
        flatten_query(&mut url, &["Api"], style).unwrap();
        assert_eq!(
            url.query(),
            Some("Api.1.ApiUid=b%202&Api.2.ApiUid=a%2A&Description=d%20e&GroupId=g")
        );
    }

    #[test]
    fn not_a_list_is_an_error() {
        let mut url = url::Url::parse("https://x/?Api=nope").unwrap();
        assert!(
            flatten_query(&mut url, &["Api"], QueryStyle::Form)
                .unwrap_err()
                .contains("Api")
        );
    }
}
