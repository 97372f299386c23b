//! What GitHub's error bodies say: `message`, `documentation_url` and the `errors[]` entries.
//!
//! GitHub has no error codes at the top level; the message is the error, `documentation_url`
//! becomes the hint ("see …"), and each `errors[]` entry one detail line such as
//! `Deployment.ref: missing_field`.

use serde_json::Value;

use crate::runtime::ErrorFields;

/// One `errors[]` entry of a GitHub error body as a line of text.
///
/// An object becomes `resource.field: message` (or `: code` without a message), with the code
/// added in brackets when both are given and the code says more than `custom`, then the offending
/// `value` and any other fields; a string is taken as it is.
pub fn error_entry(entry: &Value) -> String {
    let Value::Object(map) = entry else {
        return match entry {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
    };
    let text = |key: &str| {
        map.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let mut location: Vec<String> = [text("resource"), text("field")]
        .into_iter()
        .flatten()
        .map(str::to_string)
        .collect();
    if let Some(index) = map.get("index").filter(|v| !v.is_null()) {
        match location.last_mut() {
            Some(last) => last.push_str(&format!("[{index}]")),
            None => location.push(format!("[{index}]")),
        }
    }
    let mut line = location.join(".");
    let what = match (text("message"), text("code")) {
        (Some(m), Some(c)) if c != "custom" => format!("{m} [{c}]"),
        (Some(m), _) => m.to_string(),
        (None, Some(c)) => c.to_string(),
        (None, None) => String::new(),
    };
    if !what.is_empty() {
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&what);
    }
    if let Some(value) = map.get("value").filter(|v| !v.is_null()) {
        line.push_str(&format!(" (value {value})"));
    }
    const KNOWN: [&str; 6] = ["resource", "field", "code", "message", "index", "value"];
    for (key, value) in map
        .iter()
        .filter(|(k, v)| !KNOWN.contains(&k.as_str()) && !v.is_null())
    {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&format!("{key}={value}"));
    }
    line
}

/// What a GitHub error body says: `message`, `documentation_url` as the hint (`see …`), each
/// `errors[]` entry (object or string) as a detail line. GitHub has no top-level error code.
pub fn error_fields(body: &[u8]) -> ErrorFields {
    let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(body) else {
        return ErrorFields::default();
    };
    let text = |key: &str| {
        map.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_string)
    };
    ErrorFields {
        code: None,
        message: text("message"),
        request_id: None,
        details: map
            .get("errors")
            .and_then(Value::as_array)
            .map(|entries| entries.iter().map(error_entry).collect())
            .unwrap_or_default(),
        hint: text("documentation_url").map(|u| format!("see {u}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entries_read_as_lines() {
        assert_eq!(
            error_entry(
                &json!({"resource": "Deployment", "field": "ref", "code": "missing_field"})
            ),
            "Deployment.ref: missing_field"
        );
        assert_eq!(
            error_entry(
                &json!({"resource": "Deployment", "code": "custom", "message": "Ref \"nope\" not found"})
            ),
            "Deployment: Ref \"nope\" not found"
        );
        assert_eq!(
            error_entry(
                &json!({"resource": "Release", "field": "tag_name", "code": "invalid", "message": "is taken", "value": "v1"})
            ),
            "Release.tag_name: is taken [invalid] (value \"v1\")"
        );
        assert_eq!(
            error_entry(&json!({"field": "reviewers", "index": 2, "code": "invalid"})),
            "reviewers[2]: invalid"
        );
        assert_eq!(
            error_entry(
                &json!({"code": "invalid", "contexts": [{"context": "ci", "state": "failure"}]})
            ),
            r#"invalid contexts=[{"context":"ci","state":"failure"}]"#
        );
        assert_eq!(
            error_entry(&json!("Reviewers must be unique")),
            "Reviewers must be unique"
        );
    }

    fn fields(v: Value) -> ErrorFields {
        error_fields(v.to_string().as_bytes())
    }

    #[test]
    fn bodies_give_message_hint_and_details() {
        let body = fields(json!({
            "message": "Validation Failed",
            "documentation_url": "https://docs.github.com/rest",
            "errors": [{"resource": "Deployment", "field": "ref", "code": "missing_field"}]
        }));
        assert_eq!(body.message.as_deref(), Some("Validation Failed"));
        assert_eq!(
            body.details,
            vec!["Deployment.ref: missing_field".to_string()]
        );
        assert_eq!(
            body.hint.as_deref(),
            Some("see https://docs.github.com/rest")
        );
        assert_eq!(body.code, None);

        let simple = fields(json!({
            "message": "We cannot delete an active deployment unless it is the only deployment in a given environment.",
            "documentation_url": "https://docs.github.com/rest/deployments/deployments#delete-a-deployment",
            "errors": ["still active"]
        }));
        assert_eq!(simple.details, vec!["still active".to_string()]);

        let typed = fields(json!({
            "message": "Validation Failed",
            "documentation_url": "https://docs.github.com/rest",
            "errors": [{"resource": "DeploymentStatus", "field": "state", "code": "invalid"}]
        }));
        assert_eq!(
            typed.details,
            vec!["DeploymentStatus.state: invalid".to_string()]
        );
    }

    #[test]
    fn other_bodies_say_nothing() {
        assert_eq!(
            error_fields(b"<html>502 Bad Gateway</html>"),
            ErrorFields::default()
        );
        assert_eq!(error_fields(b"[1,2]"), ErrorFields::default());
    }
}
