//! Specs written as JSON: `serde_json` reads the values, and one pass over the text records
//! where each node stands, refuses duplicate keys and nesting beyond the limit, in the same
//! pre-order as the YAML path.

use std::collections::HashSet;

use serde_json::Value;

use super::{Doc, Limits, Pos};
use crate::Diagnostic;

/// `None` when the text is not JSON after all (the YAML parser takes it then).
pub(super) fn load(text: &str, limits: &Limits) -> Option<Result<Doc, Diagnostic>> {
    let value: Value = serde_json::from_str(text).ok()?;
    let mut scan = Scan {
        b: text.as_bytes(),
        text,
        i: 0,
        line: 1,
        column: 1,
        positions: Vec::new(),
        depth: 0,
        max_depth: limits.max_depth,
    };
    scan.ws();
    let here = scan.here();
    if let Err(d) = scan.node(here) {
        return Some(Err(d));
    }
    // serde_json has read it: the scan must have seen the same nodes.
    if scan.positions.len() != count(&value) {
        return None;
    }
    Some(Ok(Doc {
        value,
        positions: scan.positions,
    }))
}

fn count(v: &Value) -> usize {
    match v {
        Value::Object(m) => 1 + m.values().map(count).sum::<usize>(),
        Value::Array(a) => 1 + a.iter().map(count).sum::<usize>(),
        _ => 1,
    }
}

struct Scan<'a> {
    b: &'a [u8],
    text: &'a str,
    i: usize,
    line: u32,
    column: u32,
    positions: Vec<Pos>,
    depth: usize,
    max_depth: usize,
}

impl Scan<'_> {
    fn here(&self) -> (u32, u32) {
        (self.line, self.column)
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// One byte forward; a column per character (UTF-8 continuation bytes do not count).
    fn bump(&mut self) {
        if let Some(&c) = self.b.get(self.i) {
            self.i += 1;
            if c == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if c & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    fn error(&self, (line, column): (u32, u32), rule: &'static str, message: String) -> Diagnostic {
        Diagnostic::new(u64::from(line), u64::from(column), message).with_rule(rule)
    }

    /// The node at the cursor, recorded at `at` (a mapping entry's key, or the node itself).
    fn node(&mut self, at: (u32, u32)) -> Result<(), Diagnostic> {
        let index = self.positions.len();
        self.positions.push(Pos {
            line: at.0,
            column: at.1,
            size: 1,
        });
        match self.peek() {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => {
                self.string();
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')
                ) {
                    self.bump();
                }
            }
        }
        let size = self.positions.len() - index;
        self.positions[index].size = u32::try_from(size).unwrap_or(u32::MAX);
        Ok(())
    }

    fn enter(&mut self) -> Result<(), Diagnostic> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(self.error(
                self.here(),
                "yaml-limit",
                format!(
                    "nesting deeper than {} levels: not a spec (the limit guards the parsers' stacks)",
                    self.max_depth
                ),
            ));
        }
        Ok(())
    }

    fn object(&mut self) -> Result<(), Diagnostic> {
        self.enter()?;
        self.bump();
        let mut keys: HashSet<String> = HashSet::new();
        loop {
            self.ws();
            match self.peek() {
                Some(b'}') | None => {
                    self.bump();
                    break;
                }
                Some(b',') => {
                    self.bump();
                    continue;
                }
                _ => {}
            }
            let at = self.here();
            let key = self.string();
            if !keys.insert(key.clone()) {
                return Err(self.error(
                    at,
                    "duplicate-key",
                    format!("duplicate key `{key}`: other YAML tools would silently keep only the last one; merge the two entries"),
                ));
            }
            self.ws();
            if self.peek() == Some(b':') {
                self.bump();
            }
            self.ws();
            self.node(at)?;
        }
        self.depth -= 1;
        Ok(())
    }

    fn array(&mut self) -> Result<(), Diagnostic> {
        self.enter()?;
        self.bump();
        loop {
            self.ws();
            match self.peek() {
                Some(b']') | None => {
                    self.bump();
                    break;
                }
                Some(b',') => {
                    self.bump();
                    continue;
                }
                _ => {}
            }
            let at = self.here();
            self.node(at)?;
        }
        self.depth -= 1;
        Ok(())
    }

    /// A string at the cursor (the opening quote), decoded.
    fn string(&mut self) -> String {
        let start = self.i;
        self.bump();
        let mut escaped = false;
        loop {
            match self.peek() {
                None => break,
                Some(b'\\') => {
                    escaped = true;
                    self.bump();
                    self.bump();
                }
                Some(b'"') => {
                    self.bump();
                    break;
                }
                Some(_) => self.bump(),
            }
        }
        let raw = self.text.get(start..self.i).unwrap_or_default();
        if escaped {
            serde_json::from_str(raw).unwrap_or_else(|_| raw.to_string())
        } else {
            raw.trim_matches('"').to_string()
        }
    }
}
