//! Rendering answers (`--output json|ndjson|table|yaml`) and signed requests (`--dry-run`).

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;
use unicode_width::UnicodeWidthChar;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON.
    Json,
    /// One compact JSON document per line; a list prints one item per line.
    Ndjson,
    /// A table measured by display width (Hangul and other wide characters take two columns).
    Table,
    /// YAML.
    Yaml,
}

impl Format {
    /// The format a `--output` value names.
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "json" => Some(Self::Json),
            "ndjson" => Some(Self::Ndjson),
            "table" => Some(Self::Table),
            "yaml" => Some(Self::Yaml),
            _ => None,
        }
    }
}

/// Render a JSON answer.
pub fn render(value: &Value, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(value).unwrap_or_default(),
        Format::Ndjson => match value {
            Value::Array(items) => items
                .iter()
                .map(Value::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
            other => other.to_string(),
        },
        Format::Table => table(value),
        Format::Yaml => serde_saphyr::to_string(value)
            .map(|s| s.trim_end().to_string())
            .unwrap_or_else(|e| format!("# cannot be shown as YAML: {e}")),
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => deploykit::runtime::error::clean(s),
        Value::Object(_) | Value::Array(_) => nested(v),
        other => other.to_string(),
    }
}

/// The list a response is about: the value itself, or its only array field
/// (`{"total": 3, "content": [...]}` → `content`).
fn rows(value: &Value) -> Option<&Vec<Value>> {
    match value {
        Value::Array(a) => Some(a),
        Value::Object(m) => {
            let arrays: Vec<&Vec<Value>> = m.values().filter_map(Value::as_array).collect();
            match arrays.as_slice() {
                [only] => Some(only),
                _ => m.values().find_map(|v| rows(v).filter(|r| !r.is_empty())),
            }
        }
        _ => None,
    }
}

/// Widest a nested object or list may be in one cell, in terminal columns.
const NESTED_WIDTH: usize = 40;
/// Most columns a list shows; the rest are named under the table.
const MAX_COLUMNS: usize = 8;

/// A nested object or list in one table cell, summarised (the whole is in `-o json`/`-o yaml`):
/// a list of scalars joined, another list by its length, an object by its scalar fields; cut at
/// [`NESTED_WIDTH`] columns.
fn nested(v: &Value) -> String {
    let text = match v {
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            items.iter().map(cell).collect::<Vec<_>>().join(", ")
        }
        Value::Array(items) => format!(
            "{} item{}",
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        ),
        Value::Object(m) => m
            .iter()
            .filter(|(_, v)| !v.is_object() && !v.is_array() && !v.is_null())
            .map(|(k, v)| format!("{k}={}", cell(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => cell(other),
    };
    cut(&text, NESTED_WIDTH)
}

/// `text` cut to `width` terminal columns, with `…` when cut.
fn cut(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) {
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

fn new_table() -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

fn table(value: &Value) -> String {
    match rows(value) {
        Some(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            // Scalar fields first (they are what a row is about), in the order they appear.
            let mut scalar: Vec<&String> = Vec::new();
            let mut complex: Vec<&String> = Vec::new();
            for item in items {
                for (k, v) in item.as_object().into_iter().flatten() {
                    if scalar.contains(&k) || complex.contains(&k) {
                        continue;
                    }
                    if v.is_object() || v.is_array() {
                        complex.push(k);
                    } else {
                        scalar.push(k);
                    }
                }
            }
            let all: Vec<&String> = scalar.into_iter().chain(complex).collect();
            let (shown, hidden) = all.split_at(all.len().min(MAX_COLUMNS));
            let mut t = new_table();
            t.set_header(shown.iter().map(|c| c.as_str()));
            for item in items {
                t.add_row(shown.iter().map(|c| cell(&item[c.as_str()])));
            }
            let mut out = trim_lines(&t.to_string());
            if !hidden.is_empty() {
                let names: Vec<&str> = hidden.iter().map(|c| c.as_str()).collect();
                out.push_str(&format!(
                    "\n({} more columns: {}; see them with -o json or -o yaml)",
                    hidden.len(),
                    names.join(", ")
                ));
            }
            out
        }
        _ => match value {
            Value::Object(m) => {
                let mut t = new_table();
                for (k, v) in m {
                    t.add_row(vec![k.clone(), cell(v)]);
                }
                trim_lines(&t.to_string())
            }
            other => cell(other),
        },
    }
}

/// comfy-table pads every cell by one space on each side: drop the outer ones.
fn trim_lines(text: &str) -> String {
    text.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Header names whose values are credentials or derived from them.
fn is_secret_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    if n.ends_with("-nonce") {
        return false; // a nonce is public: it is there to be seen once
    }
    [
        "authorization",
        "token",
        "secret",
        "signature",
        "access-key",
        "cookie",
        "api-key",
    ]
    .iter()
    .any(|s| n.contains(s))
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The request as a `curl` command line, every credential replaced by `***`.
/// Print a line on stdout; `false` when stdout is closed (`deploykit … | head`): the command
/// then ends quietly instead of failing on a broken pipe.
pub fn emit(text: &str) -> bool {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").and_then(|()| out.flush()).is_ok()
}

/// A signed request as a `curl` command that runs as printed: `-g` (brackets in the URL are not
/// globs), every value single-quoted, credentials and any password in the URL as `***`.
pub fn curl(request: &reqwest::Request) -> String {
    let mut out = format!(
        "curl -g -X {} {}",
        request.method(),
        shell_quote(&deploykit::runtime::error::clean(request.url().as_str()))
    );
    let mut names: Vec<&reqwest::header::HeaderName> = request.headers().keys().collect();
    names.sort_by_key(|n| n.as_str());
    names.dedup();
    for name in names {
        for value in request.headers().get_all(name) {
            let shown = if is_secret_header(name.as_str()) {
                "***".to_string()
            } else {
                String::from_utf8_lossy(value.as_bytes()).into_owned()
            };
            out.push_str(&format!(
                " \\\n  -H {}",
                shell_quote(&format!("{}: {shown}", name.as_str()))
            ));
        }
    }
    if let Some(body) = request.body().and_then(|b| b.as_bytes()) {
        out.push_str(&format!(
            " \\\n  --data {}",
            shell_quote(&String::from_utf8_lossy(body))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_masked_in_curl() {
        let mut r = reqwest::Request::new(
            reqwest::Method::POST,
            "https://api.example.test/x?a=1".parse().unwrap(),
        );
        r.headers_mut()
            .insert("authorization", "Bearer s3cr3t".parse().unwrap());
        r.headers_mut()
            .insert("x-nhn-authorization", "Bearer s3cr3t".parse().unwrap());
        r.headers_mut()
            .insert("x-acs-security-token", "sts-s3cr3t".parse().unwrap());
        r.headers_mut()
            .insert("x-ncp-apigw-signature-v2", "sig".parse().unwrap());
        r.headers_mut()
            .insert("x-ncp-iam-access-key", "AK".parse().unwrap());
        r.headers_mut()
            .insert("accept", "application/json".parse().unwrap());
        *r.body_mut() = Some(reqwest::Body::from("{\"deploymentNo\":1}"));
        let c = curl(&r);
        assert!(
            !c.contains("s3cr3t") && !c.contains("sig'") && !c.contains(": AK"),
            "{c}"
        );
        assert!(c.contains("'accept: application/json'"));
        assert!(c.contains("--data '{\"deploymentNo\":1}'"));
    }

    #[test]
    fn tables_show_lists_and_objects() {
        let v: Value =
            serde_json::json!({"total": 2, "content": [{"no": 1, "d": "a"}, {"no": 2, "d": "b"}]});
        assert_eq!(render(&v, Format::Table), "no  d\n1   a\n2   b");
        let v: Value = serde_json::json!({"RequestId": "X"});
        assert_eq!(render(&v, Format::Table), "RequestId  X");
        let long = "x".repeat(100);
        let v: Value =
            serde_json::json!({"id": 1, "creator": {"login": long, "site_admin": false}});
        let t = render(&v, Format::Table);
        assert!(
            t.lines().all(|l| l.chars().count() < 80) && t.contains('…'),
            "{t}"
        );
        assert!(t.contains("creator  login=xxx"), "{t}");
        let v = serde_json::json!([{"id": 1, "methods": [{"m": "GET"}, {"m": "POST"}], "tags": ["a", "b"]}]);
        let t = render(&v, Format::Table);
        assert_eq!(t, "id  methods  tags\n1   2 items  a, b");
    }

    #[test]
    fn tables_align_wide_characters_by_display_width() {
        let v = serde_json::json!([
            {"name": "배포", "state": "ok"},
            {"name": "release", "state": "ok"},
        ]);
        let t = render(&v, Format::Table);
        let starts: Vec<usize> = t
            .lines()
            .map(|l| {
                let at = l.rfind("ok").or_else(|| l.rfind("state")).unwrap();
                l[..at].chars().map(|c| c.width().unwrap_or(0)).sum()
            })
            .collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{t}");
    }

    #[test]
    fn wide_objects_show_a_few_columns_and_name_the_rest() {
        let row: serde_json::Map<String, Value> = (0..17)
            .map(|i| (format!("field{i:02}"), Value::from(i)))
            .collect();
        let v = Value::Array(vec![Value::Object(row)]);
        let t = render(&v, Format::Table);
        assert!(t.lines().next().unwrap().contains("field07"), "{t}");
        assert!(!t.lines().next().unwrap().contains("field08"), "{t}");
        assert!(t.contains("(9 more columns: field08"), "{t}");
    }

    #[test]
    fn ndjson_and_yaml() {
        let v = serde_json::json!([{"a": 1}, {"a": 2}]);
        assert_eq!(render(&v, Format::Ndjson), "{\"a\":1}\n{\"a\":2}");
        let y = render(&serde_json::json!({"name": "x", "count": 1}), Format::Yaml);
        assert_eq!(y, "name: x\ncount: 1");
    }
}
