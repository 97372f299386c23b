//! YAML loading that keeps the position of every node and rejects duplicate keys.
//!
//! The document becomes a `serde_json::Value` plus a table from JSON Pointer to `(line, column)`, so
//! lint rules work on plain JSON and still report the exact place in the file.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;

use super::Diagnostic;

/// A loaded spec: its JSON value and where each node stands in the YAML text.
#[derive(Clone, Debug)]
pub struct Doc {
    /// The document as JSON.
    pub value: Value,
    positions: HashMap<String, (u64, u64)>,
}

impl Doc {
    /// Position of the node at `pointer` (RFC 6901), or of its nearest ancestor that has one.
    pub fn pos(&self, pointer: &str) -> (u64, u64) {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.positions.get(p) {
                return *pos;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return (1, 1),
            }
        }
    }

    /// A diagnostic pointing at `pointer`.
    pub fn diag(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.pos(pointer);
        Diagnostic::new(line, column, message)
    }
}

/// Escape one JSON Pointer reference token.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Parse YAML text. Duplicate keys, YAML 1.1 booleans such as `no`, and syntax errors are reported
/// with their line and column.
pub fn load(text: &str) -> Result<Doc, Diagnostic> {
    let options = serde_saphyr::options! {
        strict_booleans: true,
    };
    let root: Spanned<Node> = serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        let msg = e.to_string();
        let first = msg.lines().next().unwrap_or("invalid YAML");
        // serde-saphyr prefixes "error: line L column C: "; the position is reported separately.
        let text = match first.find(": ") {
            Some(i) if first[..i].contains("line") => &first[i + 2..],
            _ => first,
        };
        let text = text.strip_prefix("error: ").unwrap_or(text);
        let text = match text.split_once(": ") {
            Some((head, rest)) if head.starts_with("line ") => rest,
            _ => text,
        };
        let message = match text.strip_prefix("duplicate mapping key: ") {
            Some(rest) => {
                let key = rest.split(", set DuplicateKeyPolicy").next().unwrap_or(rest);
                format!("duplicate key `{key}`: other YAML tools would silently keep only the last one; merge the two entries")
            }
            None => format!("YAML: {text}"),
        };
        Diagnostic::new(line.max(1), column.max(1), message)
    })?;
    let mut positions = HashMap::new();
    let value = flatten(root, String::new(), &mut positions);
    Ok(Doc { value, positions })
}

fn flatten(
    node: Spanned<Node>,
    pointer: String,
    positions: &mut HashMap<String, (u64, u64)>,
) -> Value {
    positions
        .entry(pointer.clone())
        .or_insert((node.referenced.line(), node.referenced.column()));
    match node.value {
        Node::Scalar(v) => v,
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| flatten(item, format!("{pointer}/{i}"), positions))
                .collect(),
        ),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                let child = format!("{pointer}/{}", escape(&key.value.0));
                // Point at the key: that is where a reader looks for the entry.
                positions.insert(
                    child.clone(),
                    (key.referenced.line(), key.referenced.column()),
                );
                let v = flatten(value, child, positions);
                map.insert(key.value.0, v);
            }
            Value::Object(map)
        }
    }
}

enum Node {
    Scalar(Value),
    Seq(Vec<Spanned<Node>>),
    Map(Vec<(Spanned<Key>, Spanned<Node>)>),
}

/// A mapping key; OpenAPI keys such as `200:` are numbers in YAML but names here.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a scalar mapping key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key, E> {
                Ok(Key(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Key, E> {
                Ok(Key(v.to_string()))
            }
        }
        d.deserialize_any(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Number(v.into())))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Number(v.into())))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(
            Number::from_f64(v)
                .map(Value::Number)
                .unwrap_or(Value::Null),
        ))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v.to_string())))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<Key>>()? {
            let value = map.next_value::<Spanned<Node>>()?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_point_at_keys_and_items() {
        let doc = load("a:\n  b: 1\n  c:\n    - x\n    - y\n200: ok\n").unwrap();
        assert_eq!(doc.pos("/a/b"), (2, 3));
        assert_eq!(doc.pos("/a/c/1"), (5, 7));
        assert_eq!(doc.value["200"], "ok");
        // Unknown pointers fall back to the nearest ancestor.
        assert_eq!(doc.pos("/a/b/zzz"), (2, 3));
    }

    #[test]
    fn duplicate_keys_are_rejected_with_their_line() {
        let err = load("paths:\n  /x: 1\n  /x: 2\n").unwrap_err();
        assert_eq!(err.line, 3, "{err}");
        assert!(err.message.to_lowercase().contains("duplicate"), "{err}");
    }

    #[test]
    fn yaml11_booleans_stay_strings() {
        let doc = load("a: no\nb: true\n").unwrap();
        assert_eq!(doc.value["a"], "no");
        assert_eq!(doc.value["b"], true);
    }
}
