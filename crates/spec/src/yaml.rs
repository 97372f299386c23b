//! YAML loading that keeps the position of every node and rejects duplicate keys.
//!
//! The document becomes a `serde_json::Value` plus a table from JSON Pointer to `(line, column)`, so
//! lint rules work on plain JSON and still report the exact place in the file.
//!
//! # Limits
//!
//! Real specs are large (GitHub's full description is 13 MB and half a million YAML nodes), so
//! the loader does not cap the number of nodes: their count is bounded by the size of the text,
//! and so is the work of parsing it. It guards where input can cost more than its size
//! ([`Limits`]):
//!
//! - **file size**: 64 MiB by default; `DEPLOYKIT_SPEC_MAX_BYTES` (bytes) changes it for the
//!   build and the command;
//! - **alias expansion** (the "billion laughs" YAML bomb: a few lines of nested `*aliases` that
//!   expand to billions of nodes): at most 100,000 nodes replayed from aliases in a document and
//!   10,000 alias uses; a document beyond either is refused at the alias that crossed the line;
//! - **nesting depth**: 64 levels of mappings and sequences (GitHub's description needs 22).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use serde_saphyr::Spanned;

use super::Diagnostic;

mod json;

/// A loaded spec: its JSON value and where each node stands in the YAML text.
#[derive(Clone, Debug)]
pub struct Doc {
    /// The document as JSON.
    pub value: Value,
    /// Every node of `value` in pre-order (a mapping's entries in file order): where it stands
    /// (a mapping entry: its key) and how many nodes its subtree has. A few bytes per node,
    /// where a table keyed by JSON pointers took a hundred.
    positions: Vec<Pos>,
}

#[derive(Clone, Copy, Debug)]
struct Pos {
    line: u32,
    column: u32,
    /// Nodes in the subtree, this one included.
    size: u32,
}

impl Doc {
    /// Position of the node at `pointer` (RFC 6901), or of its nearest ancestor that has one.
    pub fn pos(&self, pointer: &str) -> (u64, u64) {
        let Some(root) = self.positions.first() else {
            return (1, 1);
        };
        let mut at = 0usize;
        let mut best = *root;
        let mut node = &self.value;
        let tokens = pointer.strip_prefix('/').map(|p| p.split('/'));
        for token in tokens.into_iter().flatten() {
            let token: std::borrow::Cow<'_, str> = if token.contains('~') {
                token.replace("~1", "/").replace("~0", "~").into()
            } else {
                token.into()
            };
            let (index, child) = match node {
                Value::Object(map) => {
                    match map.iter().enumerate().find(|(_, (k, _))| **k == *token) {
                        Some((i, (_, v))) => (i, v),
                        None => break,
                    }
                }
                Value::Array(items) => match token
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| items.get(i).map(|v| (i, v)))
                {
                    Some(hit) => hit,
                    None => break,
                },
                _ => break,
            };
            let mut child_at = at + 1;
            for _ in 0..index {
                match self.positions.get(child_at) {
                    Some(p) => child_at += p.size.max(1) as usize,
                    None => break,
                }
            }
            let Some(p) = self.positions.get(child_at) else {
                break;
            };
            at = child_at;
            best = *p;
            node = child;
        }
        (u64::from(best.line), u64::from(best.column))
    }

    /// A diagnostic pointing at `pointer`.
    pub fn diag(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        let (line, column) = self.pos(pointer);
        Diagnostic::new(line, column, message)
    }
}

/// Escape one JSON Pointer reference token.
pub fn escape(token: &str) -> String {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1")
    } else {
        token.to_string()
    }
}

/// What the loader accepts (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest text accepted, in bytes. Default [`Limits::DEFAULT_MAX_BYTES`].
    pub max_bytes: usize,
    /// The most nodes a document may replay from aliases, in total. Default 100,000.
    pub max_alias_replay: usize,
    /// The most alias uses (`*name`) in a document. Default 10,000.
    pub max_aliases: usize,
    /// The deepest nesting of mappings and sequences. Default 64.
    pub max_depth: usize,
}

impl Limits {
    /// 64 MiB: five times GitHub's full description.
    pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

    /// The defaults, with `max_bytes` from `DEPLOYKIT_SPEC_MAX_BYTES` when that is set to a number.
    pub fn from_env() -> Self {
        let mut limits = Self::default();
        if let Some(n) = std::env::var("DEPLOYKIT_SPEC_MAX_BYTES")
            .ok()
            .and_then(|v| v.trim().parse().ok())
        {
            limits.max_bytes = n;
        }
        limits
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: Self::DEFAULT_MAX_BYTES,
            max_alias_replay: 100_000,
            max_aliases: 10_000,
            max_depth: 64,
        }
    }
}

/// Parse YAML text with [`Limits::from_env`]. Duplicate keys, YAML 1.1 booleans such as `no`,
/// syntax errors and breached limits are reported with their line and column.
pub fn load(text: &str) -> Result<Doc, Diagnostic> {
    load_with(text, &Limits::from_env())
}

/// Parse YAML text within `limits`.
pub fn load_with(text: &str, limits: &Limits) -> Result<Doc, Diagnostic> {
    if text.len() > limits.max_bytes {
        return Err(Diagnostic::new(
            1,
            1,
            format!(
                "the file is {} bytes, more than the limit of {} bytes: raise DEPLOYKIT_SPEC_MAX_BYTES if it is really a spec",
                text.len(),
                limits.max_bytes
            ),
        )
        .with_rule("yaml-limit"));
    }
    // Raw events and nodes cost what the text costs: bound them by its size (every node takes at
    // least a byte, every event at most two per byte), not by a fixed count real specs exceed.
    let per_byte = text.len().saturating_mul(2).saturating_add(1024);
    let budget = serde_saphyr::budget! {
        max_events: per_byte,
        max_nodes: per_byte,
        max_total_scalar_bytes: limits.max_bytes.max(64 * 1024 * 1024),
        max_depth: limits.max_depth,
        max_aliases: limits.max_aliases,
        max_anchors: limits.max_aliases,
    };
    let options = serde_saphyr::options! {
        strict_booleans: true,
        budget: budget,
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: limits.max_alias_replay,
        },
    };
    // JSON (GitHub publishes its description so) is YAML too, but a JSON parser reads it five
    // times faster; the same checks apply (duplicate keys, nesting depth).
    if text.trim_start().starts_with(['{', '[']) {
        match json::load(text, limits) {
            Some(Ok(doc)) => return Ok(doc),
            Some(Err(d)) => return Err(d),
            None => {}
        }
    }
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
        let (rule, message) = match text.strip_prefix("duplicate mapping key: ") {
            Some(rest) => {
                let key = rest.split(", set DuplicateKeyPolicy").next().unwrap_or(rest);
                ("duplicate-key", format!("duplicate key `{key}`: other YAML tools would silently keep only the last one; merge the two entries"))
            }
            None if text.contains("budget") || text.contains("alias") || text.contains("depth") => {
                ("yaml-limit", format!("YAML refused: {text}: the document expands beyond its size (nested aliases, a \"YAML bomb\"?) or nests too deep; see deploykit_spec::yaml::Limits"))
            }
            None => ("yaml", format!("YAML: {text}")),
        };
        Diagnostic::new(line.max(1), column.max(1), message).with_rule(rule)
    })?;
    let mut positions = Vec::new();
    let value = flatten(root, &mut positions);
    Ok(Doc { value, positions })
}

/// The node's value; its position (and its subtree's) appended to `positions` in pre-order.
fn flatten(node: Spanned<Node>, positions: &mut Vec<Pos>) -> Value {
    let (line, column) = (node.referenced.line(), node.referenced.column());
    flatten_at(node.value, (line, column), positions)
}

fn flatten_at(node: Node, (line, column): (u64, u64), positions: &mut Vec<Pos>) -> Value {
    let at = positions.len();
    positions.push(Pos {
        line: clamp(line),
        column: clamp(column),
        size: 1,
    });
    let value = match node {
        Node::Scalar(v) => v,
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .map(|item| flatten(item, positions))
                .collect(),
        ),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                // Point at the key: that is where a reader looks for the entry.
                let place = (key.referenced.line(), key.referenced.column());
                let before = positions.len();
                let v = flatten_at(value.value, place, positions);
                if map.contains_key(&key.value.0) {
                    // Only a merge key (`<<`) can repeat a key: the first stays, and the
                    // positions stay in step with the value.
                    positions.truncate(before);
                    continue;
                }
                map.insert(key.value.0, v);
            }
            Value::Object(map)
        }
    };
    positions[at].size = u32::try_from(positions.len() - at).unwrap_or(u32::MAX);
    value
}

fn clamp(n: u64) -> u32 {
    u32::try_from(n.max(1)).unwrap_or(u32::MAX)
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
    fn json_positions_match_the_yaml_path() {
        let text = "{\n  \"a\": {\"b\": 1, \"c\": [\"x\", {\"é\": null}]},\n  \"200\": \"ok\"\n}\n";
        let doc = load(text).unwrap();
        assert_eq!(doc.pos("/a"), (2, 3));
        assert_eq!(doc.pos("/a/b"), (2, 9));
        assert_eq!(doc.pos("/a/c/1"), (2, 28));
        assert_eq!(doc.pos("/a/c/1/é"), (2, 29));
        assert_eq!(doc.pos("/200"), (3, 3));
        assert_eq!(doc.pos("/a/zzz"), (2, 3));
        assert_eq!(doc.value["a"]["c"][0], "x");
    }

    #[test]
    fn json_duplicate_keys_are_rejected_with_their_line() {
        let err = load("{\"paths\": {\n  \"/x\": 1,\n  \"/x\": 2}}").unwrap_err();
        assert_eq!((err.line, err.column), (3, 3), "{err}");
        assert_eq!(err.rule, "duplicate-key");
        // Escapes are decoded before comparing.
        assert!(load("{\"a\": 1, \"\\u0061\": 2}").is_err());
    }

    #[test]
    fn flow_yaml_that_is_not_json_takes_the_yaml_path() {
        let doc = load("{a: 1, b: [x, y]}").unwrap();
        assert_eq!(doc.value["b"][1], "y");
    }

    #[test]
    fn yaml11_booleans_stay_strings() {
        let doc = load("a: no\nb: true\n").unwrap();
        assert_eq!(doc.value["a"], "no");
        assert_eq!(doc.value["b"], true);
    }
}
