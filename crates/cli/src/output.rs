//! Rendering answers (`--output json|table`) and signed requests (`--dry-run`).

use serde_json::Value;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Pretty JSON.
    Json,
    /// An aligned text table.
    Table,
}

/// Render a JSON answer.
pub fn render(value: &Value, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string_pretty(value).unwrap_or_default(),
        Format::Table => table(value),
    }
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
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

/// A nested object or list in one table cell: compact JSON, cut at 60 characters.
fn nested(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(59).collect::<String>())
    } else {
        s
    }
}

fn table(value: &Value) -> String {
    let grid: Vec<Vec<String>> = match rows(value) {
        Some(items) if items.iter().all(Value::is_object) && !items.is_empty() => {
            let mut columns: Vec<String> = Vec::new();
            for item in items {
                for (k, v) in item.as_object().into_iter().flatten() {
                    if !v.is_object() && !v.is_array() && !columns.contains(k) {
                        columns.push(k.clone());
                    }
                }
            }
            let mut g = vec![columns.clone()];
            g.extend(
                items
                    .iter()
                    .map(|i| columns.iter().map(|c| cell(&i[c])).collect()),
            );
            g
        }
        _ => match value {
            Value::Object(m) => m
                .iter()
                .map(|(k, v)| {
                    vec![
                        k.clone(),
                        if v.is_object() || v.is_array() {
                            nested(v)
                        } else {
                            cell(v)
                        },
                    ]
                })
                .collect(),
            other => vec![vec![cell(other)]],
        },
    };
    let widths: Vec<usize> = (0..grid.iter().map(Vec::len).max().unwrap_or(0))
        .map(|c| {
            grid.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    grid.iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, s)| format!("{s:<w$}", w = widths[i]))
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        })
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
        let v: Value = serde_json::json!({"id": 1, "creator": {"login": long}});
        let t = render(&v, Format::Table);
        assert!(
            t.lines().all(|l| l.chars().count() < 80) && t.contains('…'),
            "{t}"
        );
    }
}
