//! Rewrites a linted spec into the shape progenitor 0.15 generates correctly, and collects the
//! per-operation facts the runtime needs (idempotency, repeat-list parameters, multipart operations).
//!
//! The spec files stay truthful; only the copy handed to the generator is changed:
//! - operations with a `multipart/form-data` body are removed (hand-written code covers them);
//! - differing success schemas of one operation are merged into one `oneOf` component, and so are
//!   differing error schemas (progenitor panics on either);
//! - inline error schemas are hoisted into components (progenitor would misname them);
//! - parameters marked `x-deploykit-style: repeatList` become `deploykit::runtime::RepeatList<Item>`;
//! - every string enum an answer can carry becomes `deploykit::runtime::Open<Enum>` (an unknown
//!   value decodes to `Open::Unknown`), unless the spec marks it `x-deploykit-closed` with its
//!   source; a component that requests use too keeps its closed form there (see [`open_answer_enums`]).
//!
//! When one operation answers different schemas for different success statuses, each status keeps
//! its own component (inline ones are hoisted as `<Operation>Success<Status>`) and
//! [`Normalized::success_by_status`] says which: the generated `send()` decodes the answer as the
//! schema of the status that came, never by trying the variants of the merged type in turn.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::lint::{METHODS, is_json};

/// What the runtime and the CLI need to know about one operation.
#[derive(Clone, Debug, PartialEq)]
pub struct OpMeta {
    /// The spec's `operationId`.
    pub id: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// The path key as written in the spec (may hold a fixed query after `?`).
    pub path: String,
    /// Safe to retry after a failure the server may have seen.
    pub idempotent: bool,
    /// Query parameters flattened on the wire as `Name.N.Field`.
    pub repeat_list: Vec<String>,
    /// Operation-level server URLs, when the operation is served elsewhere than the spec's `servers`.
    pub servers: Vec<String>,
    /// The request body is `multipart/form-data` (not generated; hand-written code covers it).
    pub multipart: bool,
    /// A transfer: a binary request body (multipart, octet-stream) or a binary success answer.
    pub streaming: bool,
    /// `x-deploykit-timeout`: the deadline of one attempt, in seconds, when the provider holds
    /// the answer longer than usual.
    pub timeout_secs: Option<u64>,
    /// `x-deploykit-marker`: where a deploy carries its correlation marker.
    pub marker: Option<MarkerMeta>,
    /// `x-deploykit-pagination`: how the pages of a list operation are walked.
    pub pagination: Option<PaginationMeta>,
    /// `summary`, trimmed.
    pub summary: String,
    /// `description`, trimmed.
    pub description: String,
    /// Parameters (path item's and operation's, the operation's winning), in spec order.
    pub params: Vec<ParamMeta>,
    /// The request body, when there is one.
    pub body: Option<BodyMeta>,
}

/// Where an operation carries deploykit's correlation marker (`x-deploykit-marker`): a text
/// query parameter or a top-level text field of the JSON body that the provider records and
/// shows again in its history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkerMeta {
    /// The parameter's or field's name.
    pub field: String,
    /// A query parameter (else a body field).
    pub in_query: bool,
    /// The field's `maxLength`, when it has one: a marker that would not fit is left out.
    pub max_len: Option<u64>,
}

/// How the pages of a list operation are walked (`x-deploykit-pagination`): by a page-number
/// parameter (`page`), or by an offset parameter (`offset`), with a page-size parameter (`size`);
/// GitHub-style answers also say whether there is a next page in a `Link` header (`link`). The
/// items of a page are at the JSON pointer `items` of the answer's payload (`""`: the payload is
/// the list), the total count, when the provider gives it, at `total`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct PaginationMeta {
    /// The page-number query parameter.
    pub page: Option<String>,
    /// The offset query parameter.
    pub offset: Option<String>,
    /// The page-size query parameter.
    pub size: Option<String>,
    /// Pointer to the items of a page.
    pub items: String,
    /// Pointer to the total count.
    pub total: Option<String>,
    /// The answer's `Link: rel="next"` says whether there is a next page.
    pub link: bool,
}

impl PaginationMeta {
    fn read(v: &Value) -> Option<Self> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Some(Self {
            page: text("page"),
            offset: text("offset"),
            size: text("size"),
            items: text("items")?,
            total: text("total"),
            link: v.get("link").and_then(Value::as_bool).unwrap_or(false),
        })
    }
}

/// `info.x-deploykit-payload`: the JSON pointer to the part of every answer the command shows
/// (NHN's `/body`: its answers are envelopes), `None` for the whole answer.
pub fn payload_pointer(doc: &Value) -> Option<String> {
    doc.pointer("/info/x-deploykit-payload")
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The request body of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyMeta {
    /// Whether the spec requires it.
    pub required: bool,
    /// Its (first) media type.
    pub media: String,
    /// Its schema as written (may be a `$ref`).
    pub schema: Value,
    /// The body's description, else its schema's, trimmed.
    pub description: String,
}

/// One parameter of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamMeta {
    /// The name as in the spec (`appKey`, `ApiId`, `per_page` …).
    pub name: String,
    /// `path`, `query` or `header`.
    pub location: String,
    /// Whether the spec requires it.
    pub required: bool,
    /// The spec's description (or the schema's), trimmed.
    pub description: String,
    /// Its schema, with a top-level `$ref` resolved.
    pub schema: Value,
    /// Sent as `Name.N.Field` (`x-deploykit-style: repeatList`).
    pub repeat_list: bool,
}

/// The parameters of `op` in `item`, resolved, the operation's replacing the path item's.
pub(crate) fn param_metas(doc: &Value, item: &Value, op: &Value) -> Vec<ParamMeta> {
    let mut out: Vec<ParamMeta> = Vec::new();
    let shared = item.get("parameters").and_then(Value::as_array);
    let own = op.get("parameters").and_then(Value::as_array);
    for p in shared
        .into_iter()
        .flatten()
        .chain(own.into_iter().flatten())
    {
        let p = resolve(doc, p);
        let text = |v: &Value, k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_string()
        };
        let name = text(p, "name");
        let mut description = text(p, "description");
        if description.is_empty()
            && let Some(schema) = p.get("schema")
        {
            description = text(resolve(doc, schema), "description");
        }
        out.retain(|q| q.name != name);
        out.push(ParamMeta {
            location: text(p, "in"),
            required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
            description,
            schema: resolve(doc, p.get("schema").unwrap_or(&Value::Null)).clone(),
            repeat_list: p.get("x-deploykit-style").and_then(Value::as_str) == Some("repeatList"),
            name,
        });
    }
    out
}

/// A spec ready for progenitor, plus its operation table.
#[derive(Clone, Debug)]
pub struct Normalized {
    /// The rewritten document.
    pub spec: Value,
    /// Every operation of the original spec, in file order.
    pub ops: Vec<OpMeta>,
    /// `info.x-deploykit-feature`, the cargo feature that gates this spec.
    pub feature: Option<String>,
    /// The document as written (before normalisation).
    pub source: Value,
    /// Operations whose success statuses answer different schemas: operation id → (status as
    /// written, `201` or `2XX`; the component its answer decodes as). The merged
    /// `<Operation>Success` type has one variant per component.
    pub success_by_status: BTreeMap<String, Vec<(String, String)>>,
}

/// `create_deployment` → `CreateDeployment`.
pub fn pascal(id: &str) -> String {
    id.split(['_', '-'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Every operation of a (linted) document, in file order: what the build generates from, what
/// the runtime's operation table says, what the command line builds its flags from.
pub fn operations(doc: &Value) -> Vec<OpMeta> {
    let mut ops = Vec::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return ops;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else {
                continue;
            };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let params = param_metas(doc, item, op);
            let body_meta = request_body(doc, op);
            let multipart = body_meta
                .as_ref()
                .is_some_and(|b| b.media.starts_with("multipart/"));
            let marked = op.get("x-deploykit-idempotent").and_then(Value::as_bool);
            let idempotent = marked.unwrap_or(matches!(
                method,
                "get" | "head" | "put" | "delete" | "options"
            ));
            let servers = op
                .get("servers")
                .and_then(Value::as_array)
                .map(|s| {
                    s.iter()
                        .filter_map(|v| v.get("url")?.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let binary = |media: &str| !is_json(media) && !media.starts_with("text/");
            let binary_answer = op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(code, _)| code.starts_with('2'))
                .filter_map(|(_, r)| resolve(doc, r).get("content")?.as_object())
                .any(|content| content.keys().any(|m| binary(m)));
            let streaming = binary_answer
                || body_meta.as_ref().is_some_and(|b| {
                    binary(&b.media) && !b.media.starts_with("application/x-www-form-urlencoded")
                });
            let marker = op
                .get("x-deploykit-marker")
                .and_then(Value::as_str)
                .and_then(|field| marker_meta(doc, field, &params, body_meta.as_ref()));
            ops.push(OpMeta {
                id,
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                idempotent,
                streaming,
                marker,
                pagination: op
                    .get("x-deploykit-pagination")
                    .and_then(PaginationMeta::read),
                timeout_secs: op.get("x-deploykit-timeout").and_then(Value::as_u64),
                repeat_list: params
                    .iter()
                    .filter(|p| p.repeat_list)
                    .map(|p| p.name.clone())
                    .collect(),
                servers,
                multipart,
                summary: text(op, "summary"),
                description: text(op, "description"),
                params,
                body: body_meta,
            });
        }
    }
    ops
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Where `field` is: a query parameter, else a property of the JSON body; `None` when it is
/// neither (the lint reports that).
pub fn marker_meta(
    doc: &Value,
    field: &str,
    params: &[ParamMeta],
    body: Option<&BodyMeta>,
) -> Option<MarkerMeta> {
    let max_len = |schema: &Value| {
        resolve(doc, schema)
            .get("maxLength")
            .and_then(Value::as_u64)
    };
    if let Some(p) = params
        .iter()
        .find(|p| p.location == "query" && p.name == field)
    {
        return Some(MarkerMeta {
            field: field.to_string(),
            in_query: true,
            max_len: max_len(&p.schema),
        });
    }
    let body = body.filter(|b| is_json(&b.media))?;
    let property = resolve(doc, &body.schema).get("properties")?.get(field)?;
    Some(MarkerMeta {
        field: field.to_string(),
        in_query: false,
        max_len: max_len(property),
    })
}

/// The request body of `op`, resolved.
pub(crate) fn request_body(doc: &Value, op: &Value) -> Option<BodyMeta> {
    op.get("requestBody")
        .and_then(|b| body_meta(doc, resolve(doc, b)))
}

/// The request body's media type, schema and description (its own, else its schema's).
fn body_meta(doc: &Value, body: &Value) -> Option<BodyMeta> {
    let (media, mt) = body.get("content")?.as_object()?.iter().next()?;
    let schema = mt.get("schema").cloned().unwrap_or(Value::Null);
    let mut description = text(body, "description");
    if description.is_empty() {
        description = text(resolve(doc, &schema), "description");
    }
    Some(BodyMeta {
        required: body
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        media: media.clone(),
        schema,
        description,
    })
}

/// Normalise a linted document.
pub fn normalize(doc: &Value) -> Normalized {
    let mut spec = doc.clone();
    let ops = operations(doc);
    let mut new_components: Vec<(String, Value)> = Vec::new();
    let mut success_by_status = BTreeMap::new();
    let feature = doc
        .pointer("/info/x-deploykit-feature")
        .and_then(Value::as_str)
        .map(str::to_string);

    let path_keys: Vec<String> = doc
        .get("paths")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for path in path_keys {
        for method in METHODS {
            let Some(op) = spec
                .pointer(&format!("/paths/{}/{method}", escape(&path)))
                .cloned()
            else {
                continue;
            };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let mut op = op;
            if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
                for p in params.iter_mut() {
                    let resolved = resolve(doc, p).clone();
                    if resolved.get("x-deploykit-style").and_then(Value::as_str)
                        == Some("repeatList")
                    {
                        let schema = resolved
                            .get("schema")
                            .map(|s| resolve(doc, s).clone())
                            .unwrap_or(Value::Null);
                        let item = schema
                            .get("items")
                            .cloned()
                            .unwrap_or(json!({"type": "string"}));
                        let mut param = resolved.clone();
                        param["schema"] = json!({
                            "type": "string",
                            "x-rust-type": {
                                "crate": "deploykit",
                                "version": "*",
                                "path": "deploykit::runtime::RepeatList",
                                "parameters": [item],
                            }
                        });
                        *p = param;
                    }
                }
            }
            if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut)
                && let Some(by_status) =
                    normalise_responses(doc, &id, responses, &mut new_components)
            {
                success_by_status.insert(id.clone(), by_status);
            }
            let multipart = ops
                .iter()
                .find(|o: &&OpMeta| o.id == id && o.path == path)
                .is_some_and(|o| o.multipart);
            let item = spec
                .pointer_mut(&format!("/paths/{}", escape(&path)))
                .and_then(Value::as_object_mut)
                .expect("path item exists");
            if multipart {
                item.remove(method);
            } else {
                item.insert(method.to_string(), op);
            }
        }
        let empty = spec
            .pointer(&format!("/paths/{}", escape(&path)))
            .and_then(Value::as_object)
            .is_some_and(|item| !METHODS.iter().any(|m| item.contains_key(*m)));
        if empty && let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
            paths.remove(&path);
        }
    }
    if !new_components.is_empty() {
        let root = spec.as_object_mut().expect("document is a mapping");
        let components = root.entry("components").or_insert_with(|| json!({}));
        let schemas = components
            .as_object_mut()
            .expect("components is a mapping")
            .entry("schemas")
            .or_insert_with(|| json!({}));
        let schemas = schemas.as_object_mut().expect("schemas is a mapping");
        for (name, schema) in new_components {
            schemas.insert(name, schema);
        }
    }
    // The answers of multipart operations (left to hand-written code, so no longer in `spec`)
    // are decoded with the generated types too.
    let mut hand_written_answers = BTreeSet::new();
    for op in ops.iter().filter(|o| o.multipart) {
        let ptr = format!(
            "/paths/{}/{}/responses",
            escape(&op.path),
            op.method.to_lowercase()
        );
        collect_refs(
            doc.pointer(&ptr).unwrap_or(&Value::Null),
            &mut hand_written_answers,
        );
    }
    let copies = open_answer_enums(&mut spec, &hand_written_answers);
    for by_status in success_by_status.values_mut() {
        for (_, component) in by_status.iter_mut() {
            if let Some(copy) = copies.get(component.as_str()) {
                *component = copy.clone();
            }
        }
    }
    for section in ["components", "paths"] {
        if let Some(v) = spec.get_mut(section) {
            strip_titles(v);
        }
    }
    Normalized {
        spec,
        ops,
        feature,
        source: doc.clone(),
        success_by_status,
    }
}

/// Schema `title`s are documentation, but typify names types after them: two schemas with the
/// same title (e.g. `SimpleUser` and its nullable twin) would become two types of one name.
fn strip_titles(v: &mut Value) {
    match v {
        Value::Object(map) => {
            if map.get("title").is_some_and(Value::is_string) {
                map.remove("title");
            }
            for child in map.values_mut() {
                strip_titles(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_titles),
        _ => {}
    }
}

/// Rewrites one operation's responses; returns the success component of each status when the
/// operation answers several success shapes.
fn normalise_responses(
    doc: &Value,
    op_id: &str,
    responses: &mut Map<String, Value>,
    new_components: &mut Vec<(String, Value)>,
) -> Option<Vec<(String, String)>> {
    // Inline `$ref` responses so they can be rewritten per operation.
    for response in responses.values_mut() {
        if response.get("$ref").is_some() {
            *response = resolve(doc, response).clone();
        }
    }
    let base = pascal(op_id);
    // Hoist inline error schemas.
    for_each_json_schema(responses, is_error_code, |code, schema| {
        if schema.get("$ref").is_none() {
            let name = format!("{base}Error{}", pascal(code));
            new_components.push((name.clone(), schema.clone()));
            *schema = json!({ "$ref": format!("#/components/schemas/{name}") });
        }
    });
    let by_status = split_success(responses, &format!("{base}Success"), new_components);
    merge_group(
        responses,
        is_error_code,
        &format!("{base}Error"),
        new_components,
    );
    by_status
}

/// When the success statuses of an operation carry different JSON schemas: every one becomes a
/// named component (inline ones hoisted as `<name><Status>`), the merged `oneOf` of them is
/// `name` (what `send()` returns), and the result says which component each status decodes as.
fn split_success(
    responses: &mut Map<String, Value>,
    name: &str,
    new_components: &mut Vec<(String, Value)>,
) -> Option<Vec<(String, String)>> {
    let mut distinct: Vec<Value> = Vec::new();
    for_each_json_schema(responses, is_success_code, |_, schema| {
        if !distinct.contains(schema) {
            distinct.push(schema.clone());
        }
    });
    if distinct.len() < 2 {
        return None;
    }
    let mut by_status = Vec::new();
    let mut variants: Vec<Value> = Vec::new();
    for_each_json_schema(responses, is_success_code, |code, schema| {
        let component = match ref_name(schema) {
            Some(n) => n.to_string(),
            None => {
                let hoisted = format!("{name}{}", pascal(code));
                new_components.push((hoisted.clone(), schema.clone()));
                hoisted
            }
        };
        let reference = json!({ "$ref": format!("#/components/schemas/{component}") });
        if !variants.contains(&reference) {
            variants.push(reference);
        }
        by_status.push((code.to_string(), component));
        *schema = json!({ "$ref": format!("#/components/schemas/{name}") });
    });
    new_components.push((name.to_string(), json!({ "oneOf": variants })));
    Some(by_status)
}

fn is_success_code(code: &str) -> bool {
    code.starts_with('2')
}

/// `Name` of `{"$ref": "#/components/schemas/Name"}`.
fn ref_name(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")
}

/// The path of the hand-written type an answer enum becomes.
pub const OPEN_TYPE: &str = "deploykit::runtime::Open";

/// Whether `schema` is an enum the build opens: string values only, not marked
/// `x-deploykit-closed`.
pub fn is_openable_enum(schema: &Value) -> bool {
    let Some(values) = schema.get("enum").and_then(Value::as_array) else {
        return false;
    };
    let typed_string = schema
        .get("type")
        .is_none_or(|t| t.as_str() == Some("string"));
    typed_string
        && !values.is_empty()
        && values.iter().all(Value::is_string)
        && schema.get("x-deploykit-closed").is_none()
}

/// `Open<the component name>` as a schema typify turns into `deploykit::runtime::Open<Name>`.
fn open_wrapper(component: &str, description: Option<&Value>) -> Value {
    let mut wrapper = json!({
        "type": "string",
        "x-rust-type": {
            "crate": "deploykit",
            "version": "*",
            "path": OPEN_TYPE,
            "parameters": [{ "$ref": format!("#/components/schemas/{component}") }],
        }
    });
    if let Some(d) = description {
        wrapper["description"] = d.clone();
    }
    wrapper
}

/// Every string enum an answer can carry becomes `Open<Enum>`; requests keep the closed enum.
///
/// Answers are walked from every response's JSON schema through `$ref`s, properties, items,
/// `additionalProperties` and `allOf`/`oneOf`/`anyOf`:
/// - a `$ref` to an enum component is replaced, at that place only, by `Open<Component>`: the
///   component itself stays the closed enum requests use (NHN's `ApplicationType` is the upload's
///   parameter and `Artifact.applicationType`);
/// - an inline enum is hoisted into a component named after where it stands (`TeamType`) and
///   replaced the same way;
/// - a component that holds such an enum somewhere is rewritten once; when requests use it too,
///   the answers get a copy, `<Component>Answer`, so each side keeps its rule.
///
/// `extra_answers` names components that answers use outside `spec`'s paths (those of
/// operations left to hand-written code). Returns the copies made: component → its answers' copy.
pub fn open_answer_enums(
    spec: &mut Value,
    extra_answers: &BTreeSet<String>,
) -> BTreeMap<String, String> {
    let comps: Map<String, Value> = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut request_roots = BTreeSet::new();
    let mut answers: Vec<(String, String)> = Vec::new();
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            collect_refs(
                item.get("parameters").unwrap_or(&Value::Null),
                &mut request_roots,
            );
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                collect_refs(
                    op.get("parameters").unwrap_or(&Value::Null),
                    &mut request_roots,
                );
                collect_refs(
                    op.get("requestBody").unwrap_or(&Value::Null),
                    &mut request_roots,
                );
                for (code, response) in op
                    .get("responses")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    for (media, mt) in response
                        .get("content")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                    {
                        if is_json(media) && mt.get("schema").is_some() {
                            let id = op.get("operationId").and_then(Value::as_str);
                            answers.push((
                                format!(
                                    "/paths/{}/{method}/responses/{}/content/{}/schema",
                                    escape(path),
                                    escape(code),
                                    escape(media)
                                ),
                                format!("{}Answer", pascal(id.unwrap_or_default())),
                            ));
                        }
                    }
                }
            }
        }
    }
    let requests = closure(&comps, request_roots);
    let mut opener = Opener {
        comps: &comps,
        requests,
        needs: BTreeMap::new(),
        out: BTreeMap::new(),
        done: BTreeSet::new(),
    };
    for (ptr, context) in answers {
        if let Some(schema) = spec.pointer_mut(&ptr) {
            let mut s = schema.take();
            opener.visit(&mut s, &context);
            *schema = s;
        }
    }
    for name in extra_answers {
        let mut root = json!({ "$ref": format!("#/components/schemas/{name}") });
        opener.visit(&mut root, name);
    }
    let copies: BTreeMap<String, String> = opener
        .done
        .iter()
        .filter_map(|t| {
            let original = t.strip_suffix("Answer")?;
            opener
                .requests
                .contains(original)
                .then(|| (original.to_string(), t.clone()))
        })
        .collect();
    let out = std::mem::take(&mut opener.out);
    if let Some(schemas) = spec
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for (name, schema) in out {
            schemas.insert(name, schema);
        }
    }
    copies
}

/// Every `#/components/schemas/…` name referenced inside `v`.
fn collect_refs(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    if let Some(n) = ref_name(v) {
                        out.insert(n.to_string());
                    }
                } else if k != "example" && k != "examples" {
                    collect_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_refs(i, out)),
        _ => {}
    }
}

/// The components reachable from `roots` (the roots included).
fn closure(comps: &Map<String, Value>, roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = roots.into_iter().collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let mut next = BTreeSet::new();
        collect_refs(comps.get(&name).unwrap_or(&Value::Null), &mut next);
        todo.extend(next.into_iter().filter(|n| !seen.contains(n)));
    }
    seen
}

struct Opener<'a> {
    /// The components as they were before this pass.
    comps: &'a Map<String, Value>,
    /// Components that requests use (directly or inside others).
    requests: BTreeSet<String>,
    /// Memo: whether a component holds an enum to open somewhere.
    needs: BTreeMap<String, bool>,
    /// Components to add or replace.
    out: BTreeMap<String, Value>,
    /// Components already rewritten for answers.
    done: BTreeSet<String>,
}

impl Opener<'_> {
    /// Whether a schema (not a `$ref` to an enum itself) holds an enum to open.
    fn holds(&mut self, v: &Value, stack: &mut Vec<String>) -> bool {
        if let Some(name) = ref_name(v) {
            return self.component_needs(name, stack);
        }
        if is_openable_enum(v) {
            return true;
        }
        children(v).into_iter().any(|c| self.holds(c, stack))
    }

    fn component_needs(&mut self, name: &str, stack: &mut Vec<String>) -> bool {
        if let Some(n) = self.needs.get(name) {
            return *n;
        }
        if stack.iter().any(|s| s == name) {
            return false;
        }
        let Some(comp) = self.comps.get(name) else {
            return false;
        };
        stack.push(name.to_string());
        let needs = is_openable_enum(comp) || self.holds(comp, stack);
        stack.pop();
        self.needs.insert(name.to_string(), needs);
        needs
    }

    fn unique(&self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.comps.contains_key(&name) || self.out.contains_key(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        name
    }

    fn visit(&mut self, v: &mut Value, context: &str) {
        if let Some(name) = ref_name(v).map(str::to_string) {
            let Some(comp) = self.comps.get(&name) else {
                return;
            };
            if is_openable_enum(comp) {
                let description = v.get("description").cloned();
                *v = open_wrapper(&name, description.as_ref());
                return;
            }
            if !self.component_needs(&name, &mut Vec::new()) {
                return;
            }
            let target = if self.requests.contains(&name) {
                format!("{name}Answer")
            } else {
                name.clone()
            };
            if self.done.insert(target.clone()) {
                let mut copy = comp.clone();
                self.visit_children(&mut copy, &target);
                self.out.insert(target.clone(), copy);
            }
            v["$ref"] = json!(format!("#/components/schemas/{target}"));
            return;
        }
        if is_openable_enum(v) {
            let name = self.unique(context);
            let mut enum_schema = v.clone();
            let description = enum_schema
                .as_object_mut()
                .and_then(|m| m.remove("description"));
            self.out.insert(name.clone(), enum_schema);
            *v = open_wrapper(&name, description.as_ref());
            return;
        }
        self.visit_children(v, context);
    }

    fn visit_children(&mut self, v: &mut Value, context: &str) {
        let Some(map) = v.as_object_mut() else {
            return;
        };
        if let Some(props) = map.get_mut("properties").and_then(Value::as_object_mut) {
            for (k, child) in props.iter_mut() {
                self.visit(child, &format!("{context}{}", pascal(k)));
            }
        }
        if let Some(items) = map.get_mut("items") {
            self.visit(items, &format!("{context}Item"));
        }
        if let Some(extra) = map.get_mut("additionalProperties")
            && extra.is_object()
        {
            self.visit(extra, &format!("{context}Value"));
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            if let Some(list) = map.get_mut(key).and_then(Value::as_array_mut) {
                for (i, child) in list.iter_mut().enumerate() {
                    self.visit(child, &format!("{context}Variant{i}"));
                }
            }
        }
    }
}

/// The sub-schemas of a schema: properties, items, `additionalProperties`, `allOf`/`oneOf`/`anyOf`.
pub(crate) fn children(v: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    let Some(map) = v.as_object() else {
        return out;
    };
    if let Some(props) = map.get("properties").and_then(Value::as_object) {
        out.extend(props.values());
    }
    if let Some(items) = map.get("items") {
        out.push(items);
    }
    if let Some(extra) = map.get("additionalProperties")
        && extra.is_object()
    {
        out.push(extra);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = map.get(key).and_then(Value::as_array) {
            out.extend(list.iter());
        }
    }
    out
}

fn is_error_code(code: &str) -> bool {
    code.starts_with('4') || code.starts_with('5') || code == "default"
}

/// Visit the schema of every JSON media type of the responses whose status `pick` selects.
fn for_each_json_schema(
    responses: &mut Map<String, Value>,
    pick: impl Fn(&str) -> bool,
    mut f: impl FnMut(&str, &mut Value),
) {
    for (code, response) in responses.iter_mut() {
        if !pick(code) {
            continue;
        }
        let content = response.get_mut("content").and_then(Value::as_object_mut);
        for (media, mt) in content.into_iter().flatten() {
            if let (true, Some(schema)) = (is_json(media), mt.get_mut("schema")) {
                f(code, schema);
            }
        }
    }
}

/// When responses selected by `pick` carry different JSON schemas, replace them with one `oneOf`
/// component (variants in status-code order; progenitor tries them in that order).
fn merge_group(
    responses: &mut Map<String, Value>,
    pick: impl Fn(&str) -> bool,
    name: &str,
    new_components: &mut Vec<(String, Value)>,
) {
    let mut distinct: Vec<Value> = Vec::new();
    for_each_json_schema(responses, &pick, |_, schema| {
        if !distinct.contains(schema) {
            distinct.push(schema.clone());
        }
    });
    if distinct.len() < 2 {
        return;
    }
    new_components.push((name.to_string(), json!({ "oneOf": distinct })));
    let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
    for_each_json_schema(responses, &pick, |_, schema| *schema = reference.clone());
}

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    v.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| doc.pointer(p))
        .unwrap_or(v)
}

fn escape(token: &str) -> String {
    super::yaml::escape(token)
}
