//! The providers' specs, compiled in: request matching, request validation and response
//! conformance.
//!
//! The specs are the ones the library was generated from (`deploykit::generated::*::SPEC_JSON`,
//! linted by its build, named by each provider's `EmulatedProvider::spec_json`), read once; schemas are converted with
//! [`deploykit_spec::lint::to_json_schema`] and checked with the `jsonschema` crate (draft 4, the
//! JSON Schema dialect OpenAPI 3.0 is based on). Compiled validators are cached per schema.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use http::Method;
use serde_json::{Map, Value, json};

use super::Provider;
use deploykit_spec::lint::components_as_json_schema;

/// One loaded spec.
pub(crate) struct Spec {
    pub provider: Provider,
    doc: Value,
    /// `{"schemas": {…}}` with every component schema converted to JSON Schema.
    components: Value,
    /// The path of the first server URL (`/api/v1` for NCP), prefixed to every path key.
    pub base_path: String,
    pub ops: Vec<Operation>,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
}

/// One operation of a spec.
pub(crate) struct Operation {
    pub id: String,
    pub method: Method,
    segments: Vec<Segment>,
    /// Alibaba: the `Action` fixed in the path key.
    pub action: Option<String>,
    /// Alibaba: the `Version` fixed in the path key.
    pub version: Option<String>,
    pub params: Vec<Param>,
    pub body: Option<BodySpec>,
    responses: Map<String, Value>,
}

enum Segment {
    Literal(String),
    Param(String),
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Location {
    Path,
    Query,
    Header,
    Cookie,
}

/// One declared parameter.
pub(crate) struct Param {
    pub name: String,
    pub location: Location,
    pub required: bool,
    pub schema: Value,
    /// Alibaba `repeatList`: sent as `Name.N.Field`.
    pub repeat_list: bool,
}

/// The declared request body.
pub(crate) struct BodySpec {
    pub media: String,
    pub required: bool,
    pub schema: Value,
}

/// What is wrong with a request, one input at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// `path`, `query`, `header` or `body`.
    pub location: &'static str,
    /// The parameter, or the JSON Pointer of the body field (empty for the whole body).
    pub field: String,
    pub kind: ProblemKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ProblemKind {
    /// A required input is absent.
    Missing,
    /// An input does not match its schema.
    Invalid,
    /// The body is not parseable as its media type.
    Unparseable,
}

impl Problem {
    pub fn missing(location: &'static str, field: &str) -> Self {
        Self {
            location,
            field: field.to_string(),
            kind: ProblemKind::Missing,
            message: format!("`{field}` is required"),
        }
    }

    pub fn invalid(location: &'static str, field: &str, message: impl Into<String>) -> Self {
        Self {
            location,
            field: field.to_string(),
            kind: ProblemKind::Invalid,
            message: message.into(),
        }
    }

    /// The field name without the leading `/` of a JSON Pointer (`/state` → `state`).
    pub fn field_name(&self) -> &str {
        self.field.trim_start_matches('/')
    }
}

/// The outcome of matching a request against a spec's paths.
pub(crate) enum Match<'a> {
    Found(&'a Operation, HashMap<String, String>),
    /// A path that exists, with another method.
    WrongMethod,
    NotFound,
}

/// Parameters after validation, converted to JSON values (integers are numbers, …).
#[derive(Debug, Default)]
pub(crate) struct Params {
    pub path: Map<String, Value>,
    pub query: Map<String, Value>,
}

impl Params {
    /// A path parameter as a string.
    pub fn path_str(&self, name: &str) -> String {
        match self.path.get(name) {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        }
    }

    /// A path parameter as an integer.
    pub fn path_i64(&self, name: &str) -> i64 {
        self.path
            .get(name)
            .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
            .unwrap_or(0)
    }

    /// A query parameter as a string, if given.
    pub fn query_str(&self, name: &str) -> Option<String> {
        match self.query.get(name)? {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            v => Some(v.to_string()),
        }
    }

    /// A query parameter as an integer, if given.
    pub fn query_i64(&self, name: &str) -> Option<i64> {
        match self.query.get(name)? {
            Value::String(s) => s.parse().ok(),
            v => v.as_i64(),
        }
    }
}

/// Every provider's spec, loaded on first use, in the order of [`Provider::ALL`].
pub(crate) struct Specs(Vec<Spec>);

impl Specs {
    pub fn get(&self, provider: Provider) -> &Spec {
        &self.0[provider.index()]
    }
}

/// The specs compiled into this build, loaded once.
pub(crate) fn specs() -> &'static Specs {
    static SPECS: OnceLock<Specs> = OnceLock::new();
    SPECS.get_or_init(|| {
        Specs(
            Provider::ALL
                .iter()
                .map(|p| Spec::load(*p, p.emulated().spec_json()))
                .collect(),
        )
    })
}

/// Follows local `$ref`s (`#/…`) until a schema that is not a reference.
fn resolve<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| doc.pointer(p))
        {
            Some(target) => v = target,
            None => break,
        }
    }
    v
}

impl Spec {
    fn load(provider: Provider, text: &str) -> Self {
        // The spec as the build loaded and linted it (JSON written by its provider crate's build
        // script), so a failure here cannot happen in a build that compiled.
        let doc: Value = serde_json::from_str(text)
            .unwrap_or_else(|e| panic!("the compiled-in spec of {provider} is not JSON: {e}"));
        let base_path = doc
            .pointer("/servers/0/url")
            .and_then(Value::as_str)
            .and_then(|u| u.split_once("://").map(|(_, rest)| rest))
            .and_then(|rest| rest.find('/').map(|i| rest[i..].trim_end_matches('/')))
            .unwrap_or("")
            .to_string();
        let components = components_as_json_schema(doc.get("components").unwrap_or(&Value::Null));
        // The operations as the build and the command line read them.
        let ops = deploykit_spec::normalize::operations(&doc)
            .into_iter()
            .map(|meta| Operation::load(&doc, meta))
            .collect();
        Self {
            provider,
            doc,
            components,
            base_path,
            ops,
            validators: Mutex::new(HashMap::new()),
        }
    }

    /// The operation with this id.
    pub fn op(&self, id: &str) -> Option<&Operation> {
        self.ops.iter().find(|o| o.id == id)
    }

    /// Alibaba: the operation whose path key fixes `Action={action}`.
    pub fn op_for_action(&self, action: &str) -> Option<&Operation> {
        self.ops
            .iter()
            .find(|o| o.action.as_deref() == Some(action))
    }

    /// Match a request path (as received, percent-encoded) and method against the path keys.
    /// Literal segments win over parameters (`…/apps` before `…/{protection_rule_id}`).
    pub fn find(&self, method: &Method, raw_path: &str) -> Match<'_> {
        let Some(rest) = raw_path.strip_prefix(self.base_path.as_str()) else {
            return Match::NotFound;
        };
        let segments: Vec<String> = rest
            .trim_start_matches('/')
            .split('/')
            .map(|s| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8_lossy()
                    .into_owned()
            })
            .collect();
        let mut best: Option<(usize, &Operation, HashMap<String, String>)> = None;
        let mut path_exists = false;
        for op in &self.ops {
            if op.segments.len() != segments.len() {
                continue;
            }
            let mut captured = HashMap::new();
            let mut literals = 0;
            let matched = op.segments.iter().zip(&segments).all(|(t, s)| match t {
                Segment::Literal(l) => {
                    literals += 1;
                    l == s
                }
                Segment::Param(name) => {
                    captured.insert(name.clone(), s.clone());
                    !s.is_empty()
                }
            });
            if !matched {
                continue;
            }
            path_exists = true;
            if op.method != method {
                continue;
            }
            if best.as_ref().is_none_or(|(l, _, _)| literals > *l) {
                best = Some((literals, op, captured));
            }
        }
        match best {
            Some((_, op, captured)) => Match::Found(op, captured),
            None if path_exists => Match::WrongMethod,
            None => Match::NotFound,
        }
    }

    /// The compiled validator of an OpenAPI schema (cached).
    fn validator(&self, schema: &Value) -> Option<Arc<jsonschema::Validator>> {
        let key = schema.to_string();
        let mut cache = self
            .validators
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = cache.get(&key) {
            return Some(v.clone());
        }
        match deploykit_spec::lint::validator(schema, &self.components) {
            Ok(v) => {
                let v = Arc::new(v);
                cache.insert(key, v.clone());
                Some(v)
            }
            Err(e) => {
                tracing::error!(provider = %self.provider, "emulator: a spec schema does not compile: {e}");
                None
            }
        }
    }

    /// Errors of `value` against the OpenAPI `schema`, as `(JSON Pointer, message)`.
    pub fn schema_errors(&self, schema: &Value, value: &Value) -> Vec<(String, String)> {
        let Some(validator) = self.validator(schema) else {
            return Vec::new();
        };
        validator
            .iter_errors(value)
            .map(|e| (e.instance_path().to_string(), e.to_string()))
            .collect()
    }

    /// Converts a raw parameter string to the JSON value its schema describes (an integer
    /// schema gets a number, …). A string that does not convert stays a string, so that the
    /// schema check reports it.
    fn coerce(&self, schema: &Value, raw: &str) -> Value {
        let schema = resolve(&self.doc, schema);
        // A value that may be a number or a string (NHN's binary key) is a number when it reads
        // as one.
        let alternatives_integer = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
            .is_some_and(|alts| {
                alts.iter().any(|a| {
                    resolve(&self.doc, a).get("type").and_then(Value::as_str) == Some("integer")
                })
            });
        let kind = match schema.get("type").and_then(Value::as_str) {
            None if alternatives_integer => Some("integer"),
            other => other,
        };
        match kind {
            Some("integer") => raw
                .parse::<i64>()
                .map(Value::from)
                .or_else(|_| raw.parse::<u64>().map(Value::from))
                .unwrap_or_else(|_| Value::String(raw.to_string())),
            Some("number") => raw
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .unwrap_or_else(|| Value::String(raw.to_string())),
            Some("boolean") => match raw {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => Value::String(raw.to_string()),
            },
            _ => Value::String(raw.to_string()),
        }
    }

    /// Converts a multipart text field to the JSON value the body schema gives that property.
    pub fn coerce_field(&self, body_schema: &Value, name: &str, raw: &str) -> Value {
        let property = resolve(&self.doc, body_schema)
            .get("properties")
            .and_then(|p| p.get(name))
            .cloned()
            .unwrap_or(Value::Null);
        self.coerce(&property, raw)
    }

    /// Rebuilds a `repeatList` parameter from `Name.N.Field` / `Name.N` query keys.
    fn repeat_list(&self, param: &Param, query: &[(String, String)]) -> Option<Value> {
        let prefix = format!("{}.", param.name);
        let item_schema = resolve(&self.doc, &param.schema)
            .get("items")
            .map(|i| resolve(&self.doc, i).clone())
            .unwrap_or(Value::Null);
        let mut items: BTreeMap<u64, Value> = BTreeMap::new();
        for (key, value) in query {
            let Some(rest) = key.strip_prefix(&prefix) else {
                continue;
            };
            let (index, field) = match rest.split_once('.') {
                Some((i, f)) => (i, Some(f)),
                None => (rest, None),
            };
            let Ok(index) = index.parse::<u64>() else {
                continue;
            };
            match field {
                Some(field) => {
                    let field_schema = item_schema
                        .pointer(&format!("/properties/{field}"))
                        .cloned()
                        .unwrap_or(Value::Null);
                    let entry = items.entry(index).or_insert_with(|| json!({}));
                    if let Value::Object(m) = entry {
                        m.insert(field.to_string(), self.coerce(&field_schema, value));
                    }
                }
                None => {
                    items.insert(index, self.coerce(&item_schema, value));
                }
            }
        }
        (!items.is_empty()).then(|| Value::Array(items.into_values().collect()))
    }

    /// Checks the path and query parameters of `op` and converts them to JSON values.
    /// Unknown query parameters are ignored, as the providers do.
    pub fn validate_params(
        &self,
        op: &Operation,
        path: &HashMap<String, String>,
        query: &[(String, String)],
    ) -> Result<Params, Vec<Problem>> {
        let mut out = Params::default();
        let mut problems = Vec::new();
        for param in &op.params {
            let (location, value) = match param.location {
                Location::Path => (
                    "path",
                    path.get(&param.name)
                        .map(|raw| self.coerce(&param.schema, raw)),
                ),
                Location::Query if param.repeat_list => ("query", self.repeat_list(param, query)),
                Location::Query => (
                    "query",
                    query
                        .iter()
                        .find(|(k, _)| *k == param.name)
                        .map(|(_, raw)| self.coerce(&param.schema, raw)),
                ),
                Location::Header | Location::Cookie => continue,
            };
            let Some(value) = value else {
                if param.required {
                    problems.push(Problem::missing(location, &param.name));
                }
                continue;
            };
            for (at, message) in self.schema_errors(&param.schema, &value) {
                let field = if at.is_empty() {
                    param.name.clone()
                } else {
                    format!("{}{at}", param.name)
                };
                problems.push(Problem::invalid(
                    location,
                    &field,
                    format!("`{field}`: {message}"),
                ));
            }
            match param.location {
                Location::Path => out.path.insert(param.name.clone(), value),
                _ => out.query.insert(param.name.clone(), value),
            };
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }

    /// Checks a JSON (or form-urlencoded) body against the operation's request schema and
    /// returns it as JSON. `Ok(None)`: no body, and none is required.
    pub fn validate_body(
        &self,
        op: &Operation,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<Option<Value>, Vec<Problem>> {
        let Some(spec) = &op.body else {
            return Ok(None);
        };
        if body.iter().all(u8::is_ascii_whitespace) {
            return if spec.required {
                Err(vec![Problem::missing("body", "")])
            } else {
                Ok(None)
            };
        }
        let value = if spec.media == "application/x-www-form-urlencoded" {
            let mut map = Map::new();
            for (k, v) in url::form_urlencoded::parse(body) {
                map.insert(k.into_owned(), Value::String(v.into_owned()));
            }
            Value::Object(map)
        } else {
            let declared_json = content_type
                .map(|c| deploykit_spec::lint::is_json(c) || c.starts_with("text/plain"))
                .unwrap_or(true);
            match serde_json::from_slice::<Value>(body) {
                Ok(v) if declared_json => v,
                Ok(_) | Err(_) => {
                    return Err(vec![Problem {
                        location: "body",
                        field: String::new(),
                        kind: ProblemKind::Unparseable,
                        message: "the body is not a JSON document".into(),
                    }]);
                }
            }
        };
        let problems = self.validate_value_as_body(&spec.schema, &value);
        if problems.is_empty() {
            Ok(Some(value))
        } else {
            Err(problems)
        }
    }

    /// Problems of `value` against a body schema, one per schema error.
    pub fn validate_value_as_body(&self, schema: &Value, value: &Value) -> Vec<Problem> {
        self.schema_errors(schema, value)
            .into_iter()
            .map(|(at, message)| {
                let kind = if message.contains("is a required property") {
                    ProblemKind::Missing
                } else {
                    ProblemKind::Invalid
                };
                // A missing property is reported at its parent: name the property itself.
                let field = match (kind, message.split('"').nth(1)) {
                    (ProblemKind::Missing, Some(name)) => format!("{at}/{name}"),
                    _ => at,
                };
                Problem {
                    location: "body",
                    field,
                    kind,
                    message,
                }
            })
            .collect()
    }

    /// The schema of the generic error body of this provider, used for error statuses an
    /// operation does not declare (an auth failure on GitHub, a validation error on a list …).
    fn fallback_error_schema(&self) -> Value {
        let name = self.provider.emulated().error_schema();
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    /// Checks one response against the spec: the status must be declared by the operation (or
    /// be an error, checked against the provider's generic error body), and a JSON body must
    /// match the declared schema. `op: None` (no operation matched) checks error bodies only.
    pub fn check_response(
        &self,
        op: Option<&Operation>,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<(), Vec<String>> {
        let name = op.map_or("(no operation)", |o| o.id.as_str());
        let declared = op.and_then(|op| {
            let code = status.to_string();
            let class = format!("{}XX", status / 100);
            op.responses
                .get(&code)
                .or_else(|| op.responses.get(&class))
                .or_else(|| op.responses.get("default"))
        });
        let is_json = content_type.is_some_and(deploykit_spec::lint::is_json);
        let schema = match declared {
            Some(response) => {
                let response = resolve(&self.doc, response);
                let content = response.get("content").and_then(Value::as_object);
                match content {
                    None => {
                        return if body.is_empty() {
                            Ok(())
                        } else {
                            Err(vec![format!(
                                "{}: {name} answered {status} with a body, but the spec declares none",
                                self.provider
                            )])
                        };
                    }
                    Some(content) => {
                        let json_schema = content
                            .iter()
                            .find(|(media, _)| deploykit_spec::lint::is_json(media))
                            .and_then(|(_, mt)| mt.get("schema"));
                        match json_schema {
                            Some(schema) if is_json || body.is_empty() => schema.clone(),
                            _ => {
                                let media_ok = content_type.is_some_and(|ct| {
                                    let base = ct.split(';').next().unwrap_or("").trim();
                                    content.contains_key(base)
                                });
                                return if media_ok {
                                    Ok(())
                                } else {
                                    Err(vec![format!(
                                        "{}: {name} answered {status} as {}, which the spec does not declare ({})",
                                        self.provider,
                                        content_type.unwrap_or("no content type"),
                                        content.keys().cloned().collect::<Vec<_>>().join(", ")
                                    )])
                                };
                            }
                        }
                    }
                }
            }
            None if status >= 400 => self.fallback_error_schema(),
            None => {
                return Err(vec![format!(
                    "{}: {name} answered {status}, a status the spec does not declare",
                    self.provider
                )]);
            }
        };
        if !is_json {
            return Err(vec![format!(
                "{}: {name} answered {status} as {}, expected JSON",
                self.provider,
                content_type.unwrap_or("no content type")
            )]);
        }
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            vec![format!(
                "{}: {name} answered {status} with a body that is not JSON: {e}",
                self.provider
            )]
        })?;
        let errors = self.schema_errors(&schema, &value);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors
                .into_iter()
                .map(|(at, message)| {
                    format!(
                        "{}: {name} answered {status}: at `{at}`: {message}",
                        self.provider
                    )
                })
                .collect())
        }
    }
}

impl Operation {
    fn load(doc: &Value, meta: deploykit_spec::normalize::OpMeta) -> Self {
        let (path, fixed_query) = match meta.path.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (meta.path.as_str(), None),
        };
        let segments = path
            .trim_start_matches('/')
            .split('/')
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) => Segment::Param(name.to_string()),
                    None => Segment::Literal(s.to_string()),
                },
            )
            .collect();
        let fixed = |name: &str| {
            fixed_query.and_then(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.into_owned())
            })
        };
        let params = meta
            .params
            .iter()
            .map(|p| Param {
                name: p.name.clone(),
                location: match p.location.as_str() {
                    "path" => Location::Path,
                    "query" => Location::Query,
                    "header" => Location::Header,
                    _ => Location::Cookie,
                },
                required: p.required,
                schema: p.schema.clone(),
                repeat_list: p.repeat_list,
            })
            .collect();
        let body = meta.body.map(|b| BodySpec {
            media: b.media.split(';').next().unwrap_or("").trim().to_string(),
            required: b.required,
            schema: b.schema,
        });
        let escaped = meta.path.replace('~', "~0").replace('/', "~1");
        let method = meta.method.to_ascii_lowercase();
        let responses = doc
            .pointer(&format!("/paths/{escaped}/{method}/responses"))
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        Self {
            method: Method::from_bytes(meta.method.as_bytes()).unwrap_or(Method::GET),
            id: meta.id,
            segments,
            action: fixed("Action"),
            version: fixed("Version"),
            params,
            body,
            responses,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The behaviour of the matching, validation and conformance code is tested on each
    // provider's spec in its module (`github::tests` …).

    #[test]
    fn every_registered_spec_loads_with_its_operations() {
        for p in Provider::ALL {
            let spec = specs().get(p);
            assert_eq!(spec.provider, p);
            assert!(!spec.ops.is_empty(), "{p}: no operations");
            let mut ids: Vec<&str> = spec.ops.iter().map(|o| o.id.as_str()).collect();
            assert!(
                ids.iter().all(|id| !id.is_empty()),
                "{p}: an operation has no id"
            );
            ids.sort_unstable();
            let count = ids.len();
            ids.dedup();
            assert_eq!(ids.len(), count, "{p}: operation ids repeat");
            // Each provider's generic error body exists in its spec.
            let error = p.emulated().error_schema();
            assert!(
                spec.doc
                    .pointer(&format!("/components/schemas/{error}"))
                    .is_some(),
                "{p}: no schema {error}"
            );
        }
    }
}
