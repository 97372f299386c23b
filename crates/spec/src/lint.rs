//! Lint rules for deploykit specs: what OpenAPI 3.0 requires, what progenitor cannot generate, and
//! what makes a client wrong without a compile error (an example that contradicts its schema).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::Diagnostic;
use super::yaml::{Doc, escape};

/// HTTP methods an OpenAPI path item may hold.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Request body media types progenitor generates code for (besides multipart, which deploykit
/// leaves to hand-written code).
const GENERATED_BODY_TYPES: [&str; 4] = [
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
];

/// Rules of policy rather than capability: the build refuses a spec that breaks them (answers
/// must cite their sources), but the spec could still be generated, so `spec diff` compares the
/// Rust API of such a spec all the same.
pub const POLICY_RULES: [&str; 3] = ["answer-required", "answer-enum", "citation"];

/// Run every rule; the result is sorted by position.
pub fn lint(doc: &Doc) -> Vec<Diagnostic> {
    lint_with(doc, true)
}

/// Every rule but the check of `example` values: the quick part (on GitHub's full description,
/// a fraction of the whole), enough to tell whether a spec can be generated at all.
pub fn lint_structure(doc: &Doc) -> Vec<Diagnostic> {
    lint_with(doc, false)
}

fn lint_with(doc: &Doc, examples: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let root = &doc.value;
    let Some(obj) = root.as_object() else {
        return vec![
            doc.diag(
                "",
                "the document must be a mapping with `openapi`, `info` and `paths`",
            )
            .with_rule("document"),
        ];
    };
    match obj.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => out.push(doc.diag(
            "/openapi",
            format!("OpenAPI version {v} is not supported: progenitor reads 3.0.x only (write `openapi: 3.0.3`)"),
        ).with_rule("openapi-version")),
        None => out.push(doc.diag("", "missing `openapi: 3.0.3` (a quoted string)").with_rule("openapi-version")),
    }
    for field in ["title", "version"] {
        if root
            .pointer(&format!("/info/{field}"))
            .and_then(Value::as_str)
            .is_none()
        {
            out.push(
                doc.diag("/info", format!("`info.{field}` is required (a string)"))
                    .with_rule("info"),
            );
        }
    }
    match obj.get("servers").and_then(Value::as_array) {
        Some(s) if !s.is_empty() => {
            for (i, server) in s.iter().enumerate() {
                if server.get("url").and_then(Value::as_str).is_none() {
                    out.push(doc.diag(&format!("/servers/{i}"), "each server needs a `url`").with_rule("servers"));
                }
            }
        }
        _ => out.push(doc.diag(
            "",
            "`servers` is missing or empty: give the provider's base URL so clients and the CLI know where to connect",
        ).with_rule("servers")),
    }
    let before_refs = out.len();
    check_refs(doc, root, &mut Vec::new(), &mut out);
    if out.len() > before_refs {
        // Examples are checked against schemas whose references must resolve: fix those first.
        out.sort_by_key(|d| (d.line, d.column));
        return out;
    }
    let Some(paths) = obj.get("paths").and_then(Value::as_object) else {
        out.push(doc.diag("", "`paths` is required").with_rule("paths"));
        out.sort_by_key(|d| (d.line, d.column));
        return out;
    };
    let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
    let ex = Examples::new(doc, examples);
    for (path, item) in paths {
        let item_ptr = format!("/paths/{}", escape(path));
        let Some(item) = item.as_object() else {
            out.push(
                doc.diag(&item_ptr, "a path item must be a mapping")
                    .with_rule("path-item"),
            );
            continue;
        };
        if item.contains_key("$ref") {
            out.push(
                doc.diag(
                    &item_ptr,
                    "path item `$ref` is not supported by progenitor: write the operations inline",
                )
                .with_rule("path-item"),
            );
            continue;
        }
        if !path.starts_with('/') {
            out.push(
                doc.diag(&item_ptr, format!("path `{path}` must start with `/`"))
                    .with_rule("path-item"),
            );
        }
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let op_ptr = format!("{item_ptr}/{method}");
            lint_operation(doc, &ex, path, item, op, &op_ptr, &mut seen_ids, &mut out);
        }
    }
    lint_schema_examples(doc, &ex, &mut out);
    lint_answers(doc, &mut out);
    lint_citations(doc, &mut out);
    out.sort_by_key(|d| (d.line, d.column));
    out.dedup();
    out
}

/// The extensions that cite a source: `x-deploykit-required` (an answer's `required` list is
/// documented there), `x-deploykit-closed` (an answer's enum is documented as complete, so it
/// stays closed) and `x-deploykit-source` (where any other decision comes from).
pub const CITATION_KEYS: [&str; 3] = [
    "x-deploykit-required",
    "x-deploykit-closed",
    "x-deploykit-source",
];

/// The public sources a citation may name by URL, besides the seed documents
/// (`../shared/seeds/NNN_<hex>.txt:LINE`).
pub const KNOWN_SOURCES: [&str; 8] = [
    // GitHub's official OpenAPI description (published on npm as `@octokit/openapi`).
    "https://github.com/github/rest-api-description/",
    "https://www.npmjs.com/package/@octokit/openapi",
    "https://docs.github.com/",
    "https://api.ncloud-docs.com/docs/",
    "https://docs.nhncloud.com/",
    "https://www.alibabacloud.com/help/",
    "https://api.aliyun.com/",
    // Alibaba's official Python SDK of CloudAPI 2016-07-14 (its models and endpoint table).
    "https://pypi.org/project/alibabacloud-cloudapi20160714/",
];

/// One cited source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Citation {
    /// Lines `first..=last` of a seed document (`003_f5b52b4dbd53a661.txt:353` or `:66-68`).
    Seed {
        /// The seed file's name.
        file: String,
        /// First line cited (1-based).
        first: u64,
        /// Last line cited.
        last: u64,
    },
    /// A page of one of the [`KNOWN_SOURCES`].
    Url(String),
}

impl Citation {
    /// Parse one citation; the error says what is wrong with it.
    pub fn parse(text: &str) -> Result<Citation, String> {
        let text = text.trim();
        if text.starts_with("https://") || text.starts_with("http://") {
            if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return Err(format!("`{text}` is not a well-formed URL"));
            }
            let host_end = text["https://".len()..]
                .find('/')
                .map(|i| i + "https://".len());
            if host_end.is_none() {
                return Err(format!("`{text}` is not a well-formed URL (no path)"));
            }
            if !KNOWN_SOURCES.iter().any(|k| text.starts_with(k)) {
                return Err(format!(
                    "`{text}` is not one of the known sources ({})",
                    KNOWN_SOURCES.join(", ")
                ));
            }
            return Ok(Citation::Url(text.to_string()));
        }
        let bad = || {
            format!(
                "`{text}` is neither a seed line (`003_f5b52b4dbd53a661.txt:353`, `…:66-68`) nor a URL of a known source"
            )
        };
        let (file, lines) = text.rsplit_once(':').ok_or_else(bad)?;
        let stem = file.strip_suffix(".txt").ok_or_else(bad)?;
        let (number, hash) = stem.split_once('_').ok_or_else(bad)?;
        if number.len() != 3
            || !number.chars().all(|c| c.is_ascii_digit())
            || hash.is_empty()
            || !hash.chars().all(|c| c.is_ascii_hexdigit())
        {
            return Err(bad());
        }
        let (first, last) = match lines.split_once('-') {
            Some((a, b)) => (a.parse::<u64>(), b.parse::<u64>()),
            None => (lines.parse::<u64>(), lines.parse::<u64>()),
        };
        match (first, last) {
            (Ok(first), Ok(last)) if first >= 1 && last >= first => Ok(Citation::Seed {
                file: file.to_string(),
                first,
                last,
            }),
            _ => Err(bad()),
        }
    }
}

/// Every citation in a document: (JSON pointer of the extension, the citation as written). An
/// extension may hold one citation or a list of them.
pub fn citations(doc: &Value) -> Vec<(String, String)> {
    fn walk(v: &Value, ptr: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let child_ptr = format!("{ptr}/{}", escape(k));
                    if CITATION_KEYS.contains(&k.as_str()) {
                        match child {
                            Value::String(s) => out.push((child_ptr, s.clone())),
                            Value::Array(items) => {
                                for (i, item) in items.iter().enumerate() {
                                    let text = item
                                        .as_str()
                                        .map_or_else(|| item.to_string(), str::to_string);
                                    out.push((format!("{child_ptr}/{i}"), text));
                                }
                            }
                            other => out.push((child_ptr, other.to_string())),
                        }
                    } else if k != "example" && k != "examples" {
                        walk(child, &child_ptr, out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{ptr}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, "", &mut out);
    out
}

/// Every citation must parse (a seed line or a URL of a known source); whether the seed line
/// exists is checked by the repository's tests, where the seeds are.
fn lint_citations(doc: &Doc, out: &mut Vec<Diagnostic>) {
    for (ptr, text) in citations(&doc.value) {
        if let Err(e) = Citation::parse(&text) {
            out.push(
                doc.diag(&ptr, format!("citation: {e}"))
                    .with_rule("citation"),
            );
        }
    }
}

/// Answers are decoded leniently (see `specs/README.md`): every schema an answer can carry is
/// checked for a `required` list that cites no source and for an enum the build cannot open.
fn lint_answers(doc: &Doc, out: &mut Vec<Diagnostic>) {
    let Some(paths) = doc.value.get("paths").and_then(Value::as_object) else {
        return;
    };
    let mut seen = BTreeSet::new();
    for (path, item) in paths {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let op_ptr = format!("/paths/{}/{method}", escape(path));
            for (code, response) in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let r_ptr = format!("{op_ptr}/responses/{}", escape(code));
                let (response, r_ptr) = resolve(doc, response, &r_ptr);
                for (media, mt) in response
                    .get("content")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    if let (true, Some(schema)) = (is_json(media), mt.get("schema")) {
                        let ptr = format!("{r_ptr}/content/{}/schema", escape(media));
                        walk_answer(doc, schema, &ptr, &mut seen, out);
                    }
                }
            }
        }
    }
}

fn walk_answer(
    doc: &Doc,
    schema: &Value,
    ptr: &str,
    seen: &mut BTreeSet<String>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(map) = schema.as_object() else {
        return;
    };
    if let Some(target) = map.get("$ref").and_then(Value::as_str) {
        if let Some(p) = target.strip_prefix('#')
            && let Some(t) = doc.value.pointer(p)
            && seen.insert(p.to_string())
        {
            walk_answer(doc, t, p, seen, out);
        }
        return;
    }
    let required = map
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| !r.is_empty());
    if required && !map.contains_key("x-deploykit-required") {
        out.push(doc.diag(
            &format!("{ptr}/required"),
            "an answer's schema requires fields without citing where the provider documents them: an answer without one of them would fail to decode. Drop `required`, or cite the source with `x-deploykit-required: <seed file:line | URL>`",
        ).with_rule("answer-required"));
    }
    if let Some(values) = map.get("enum").and_then(Value::as_array)
        && !map.contains_key("x-deploykit-closed")
    {
        let strings = values.iter().all(Value::is_string)
            && map.get("type").is_none_or(|t| t.as_str() == Some("string"));
        if !strings {
            out.push(doc.diag(
                &format!("{ptr}/enum"),
                "an answer's enum stays closed (only string enums become `Open<…>`, which decodes an unlisted value as `Unknown`): an unlisted value would fail the whole answer. Widen the schema, or cite where the provider documents the list as complete with `x-deploykit-closed: <seed file:line | URL>`",
            ).with_rule("answer-enum"));
        }
    }
    if let Some(props) = map.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            walk_answer(
                doc,
                v,
                &format!("{ptr}/properties/{}", escape(k)),
                seen,
                out,
            );
        }
    }
    if let Some(items) = map.get("items") {
        walk_answer(doc, items, &format!("{ptr}/items"), seen, out);
    }
    if let Some(extra) = map.get("additionalProperties") {
        walk_answer(
            doc,
            extra,
            &format!("{ptr}/additionalProperties"),
            seen,
            out,
        );
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, s) in map
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            walk_answer(doc, s, &format!("{ptr}/{key}/{i}"), seen, out);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn lint_operation(
    doc: &Doc,
    ex: &Examples<'_>,
    path: &str,
    item: &Map<String, Value>,
    op: &Value,
    op_ptr: &str,
    seen_ids: &mut BTreeMap<String, String>,
    out: &mut Vec<Diagnostic>,
) {
    match op.get("operationId").and_then(Value::as_str) {
        None => out.push(doc.diag(
            op_ptr,
            "operation has no `operationId`: it names the generated method and the CLI subcommand",
        ).with_rule("operation-id")),
        Some(id) => {
            let id_ptr = format!("{op_ptr}/operationId");
            if let Some(first) = seen_ids.get(id) {
                let (line, _) = doc.pos(first);
                out.push(doc.diag(
                    &id_ptr,
                    format!("duplicate operationId `{id}` (first used at line {line}): operationIds must be unique"),
                ).with_rule("duplicate-operation-id"));
            } else {
                seen_ids.insert(id.to_string(), id_ptr);
            }
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.push(doc.diag(
                    &format!("{op_ptr}/operationId"),
                    format!("operationId `{id}` must contain only letters, digits and `_`"),
                ).with_rule("operation-id"));
            }
        }
    }

    // `x-deploykit-timeout`: the deadline of one attempt, in whole seconds.
    if let Some(v) = op.get("x-deploykit-timeout")
        && v.as_u64().is_none_or(|s| s == 0)
    {
        out.push(doc.diag(
            &format!("{op_ptr}/x-deploykit-timeout"),
            format!(
                "`x-deploykit-timeout` is {v}: it must be a whole number of seconds, 1 or more"
            ),
        ));
    }

    // `x-deploykit-marker`: a text query parameter or a JSON body field.
    if let Some(v) = op.get("x-deploykit-marker") {
        let ptr = format!("{op_ptr}/x-deploykit-marker");
        let found = v.as_str().and_then(|field| {
            let params =
                crate::normalize::param_metas(&doc.value, &Value::Object(item.clone()), op);
            let body = crate::normalize::request_body(&doc.value, op);
            crate::normalize::marker_meta(&doc.value, field, &params, body.as_ref())
        });
        if found.is_none() {
            out.push(doc.diag(
                &ptr,
                format!("`x-deploykit-marker` is {v}: it must name a query parameter or a field of the JSON request body of this operation"),
            ));
        }
    }

    // `x-deploykit-pagination`: the parameters it names are the operation's query parameters.
    if let Some(v) = op.get("x-deploykit-pagination") {
        let ptr = format!("{op_ptr}/x-deploykit-pagination");
        let params = crate::normalize::param_metas(&doc.value, &Value::Object(item.clone()), op);
        let is_query = |name: &str| {
            params
                .iter()
                .any(|p| p.location == "query" && p.name == name)
        };
        let pointer_ok = |k: &str| {
            v.get(k)
                .and_then(Value::as_str)
                .is_none_or(|p| p.is_empty() || p.starts_with('/'))
        };
        let mut problems = Vec::new();
        if v.get("items").and_then(Value::as_str).is_none() {
            problems.push("`items` (a JSON pointer to the page's items) is missing".to_string());
        }
        for k in ["items", "total"] {
            if !pointer_ok(k) {
                problems.push(format!("`{k}` must be a JSON pointer (`\"\"` or `/…`)"));
            }
        }
        for k in ["page", "offset", "size"] {
            if let Some(name) = v.get(k).and_then(Value::as_str)
                && !is_query(name)
            {
                problems.push(format!(
                    "`{k}: {name}` is not a query parameter of this operation"
                ));
            }
        }
        if v.get("page").is_some() == v.get("offset").is_some() {
            problems.push("exactly one of `page` and `offset` names how pages advance".to_string());
        }
        for problem in problems {
            out.push(doc.diag(&ptr, format!("`x-deploykit-pagination`: {problem}")));
        }
    }

    // Path parameters: every `{name}` in the path is declared, and every declared one is used.
    let template: BTreeSet<String> = path_template_names(path);
    let mut declared: BTreeMap<String, String> = BTreeMap::new();
    let item_params = item.get("parameters").and_then(Value::as_array);
    let op_params = op.get("parameters").and_then(Value::as_array);
    let path_item_ptr = op_ptr.rsplit_once('/').map(|(p, _)| p).unwrap_or("");
    for (list, list_ptr) in [
        (item_params, format!("{path_item_ptr}/parameters")),
        (op_params, format!("{op_ptr}/parameters")),
    ] {
        for (i, p) in list.into_iter().flatten().enumerate() {
            let p_ptr = format!("{list_ptr}/{i}");
            let (param, param_ptr) = resolve(doc, p, &p_ptr);
            let Some(name) = param.get("name").and_then(Value::as_str) else {
                out.push(
                    doc.diag(&p_ptr, "parameter without `name`")
                        .with_rule("parameter"),
                );
                continue;
            };
            let location = param.get("in").and_then(Value::as_str).unwrap_or("");
            if !["path", "query", "header", "cookie"].contains(&location) {
                out.push(
                    doc.diag(
                        &param_ptr,
                        format!("parameter `{name}`: `in` must be path, query, header or cookie"),
                    )
                    .with_rule("parameter"),
                );
            }
            if location == "path" {
                if param.get("required") != Some(&Value::Bool(true)) {
                    out.push(
                        doc.diag(
                            &param_ptr,
                            format!("path parameter `{name}` must have `required: true`"),
                        )
                        .with_rule("path-parameter"),
                    );
                }
                declared.insert(name.to_string(), param_ptr.clone());
            }
            if param.get("schema").is_none() {
                out.push(doc.diag(
                    &param_ptr,
                    format!("parameter `{name}` has no `schema` (progenitor needs one; `content` parameters are not supported)"),
                ).with_rule("parameter"));
            }
            if let (Some(example), Some(schema)) = (param.get("example"), param.get("schema")) {
                ex.validate(schema, example, &format!("{param_ptr}/example"), out);
            }
        }
    }
    let path_key_ptr = path_item_ptr.to_string();
    for name in &template {
        if !declared.contains_key(name) {
            out.push(doc.diag(
                &path_key_ptr,
                format!("path parameter `{{{name}}}` in `{path}` is not declared: add a parameter `{name}` with `in: path`"),
            ).with_rule("path-parameter"));
        }
    }
    for (name, ptr) in &declared {
        if !template.contains(name) {
            out.push(
                doc.diag(
                    ptr,
                    format!("path parameter `{name}` is declared but `{path}` has no `{{{name}}}`"),
                )
                .with_rule("path-parameter"),
            );
        }
    }

    // Request body.
    if let Some(body) = op.get("requestBody") {
        let (body, body_ptr) = resolve(doc, body, &format!("{op_ptr}/requestBody"));
        if let Some(content) = body.get("content").and_then(Value::as_object) {
            if content.len() > 1 {
                out.push(
                    doc.diag(
                        &format!("{body_ptr}/content"),
                        "a request body with several media types makes progenitor panic: keep one",
                    )
                    .with_rule("request-media-type"),
                );
            }
            for (media, mt) in content {
                let mt_ptr = format!("{body_ptr}/content/{}", escape(media));
                let base = media.split(';').next().unwrap_or("").trim();
                if base != "multipart/form-data"
                    && !GENERATED_BODY_TYPES.contains(&base)
                    && !is_json(base)
                {
                    out.push(doc.diag(
                        &mt_ptr,
                        format!("request media type `{media}` cannot be generated by progenitor (supported: JSON, form-urlencoded, octet-stream, text/plain; multipart is left to hand-written code)"),
                    ).with_rule("request-media-type"));
                }
                lint_media(doc, ex, media, mt, &mt_ptr, out);
            }
        } else {
            out.push(
                doc.diag(&body_ptr, "`requestBody` needs `content`")
                    .with_rule("request-body"),
            );
        }
    }

    // Responses.
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        out.push(
            doc.diag(op_ptr, "operation has no `responses`")
                .with_rule("responses"),
        );
        return;
    };
    let mut success_kinds = BTreeSet::new();
    for (code, response) in responses {
        let r_ptr = format!("{op_ptr}/responses/{}", escape(code));
        let is_success = code.starts_with('2');
        let is_error = code.starts_with('4') || code.starts_with('5') || code == "default";
        if !is_success && !is_error && !code.starts_with('1') && !code.starts_with('3') {
            out.push(
                doc.diag(&r_ptr, format!("`{code}` is not an HTTP status code"))
                    .with_rule("responses"),
            );
        }
        let (response, resolved_ptr) = resolve(doc, response, &r_ptr);
        let content = response.get("content").and_then(Value::as_object);
        if is_success {
            success_kinds.insert(content.is_some_and(|c| !c.is_empty()));
        }
        for (media, mt) in content.into_iter().flatten() {
            let mt_ptr = format!("{resolved_ptr}/content/{}", escape(media));
            lint_media(doc, ex, media, mt, &mt_ptr, out);
            if is_error
                && is_json(media)
                && let Some(schema) = mt.get("schema")
                && schema.get("$ref").is_none()
            {
                out.push(doc.diag(
                            &format!("{mt_ptr}/schema"),
                            format!("error response {code} has an inline schema: move it to `components/schemas` and `$ref` it (progenitor gives inline error types the success type's name and drops their fields)"),
                        ).with_rule("inline-error-schema"));
            }
        }
    }
    if success_kinds.len() > 1 {
        out.push(doc.diag(
            &format!("{op_ptr}/responses"),
            "success responses mix an empty body and a JSON body: progenitor cannot generate that (give every 2xx a body, or none)",
        ).with_rule("mixed-success-bodies"));
    }
}

fn lint_media(
    doc: &Doc,
    ex: &Examples<'_>,
    media: &str,
    mt: &Value,
    mt_ptr: &str,
    out: &mut Vec<Diagnostic>,
) {
    let schema = mt.get("schema");
    if schema.is_none() && is_json(media) {
        out.push(
            doc.diag(
                mt_ptr,
                format!(
                    "`{media}` has no `schema`: progenitor panics on a JSON media type without one"
                ),
            )
            .with_rule("media-schema"),
        );
    }
    let Some(schema) = schema else { return };
    if let Some(example) = mt.get("example") {
        ex.validate(schema, example, &format!("{mt_ptr}/example"), out);
    }
    if let Some(examples) = mt.get("examples").and_then(Value::as_object) {
        for (name, example) in examples {
            let ex_ptr = format!("{mt_ptr}/examples/{}", escape(name));
            let (example, ex_ptr) = resolve(doc, example, &ex_ptr);
            if let Some(value) = example.get("value") {
                ex.validate(schema, value, &format!("{ex_ptr}/value"), out);
            }
        }
    }
}

/// `example` keywords inside component schemas (and their nested properties).
fn lint_schema_examples(doc: &Doc, ex: &Examples<'_>, out: &mut Vec<Diagnostic>) {
    let Some(schemas) = doc
        .value
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    for (name, schema) in schemas {
        walk_schema(
            ex,
            schema,
            &format!("/components/schemas/{}", escape(name)),
            out,
        );
    }
}

fn walk_schema(ex: &Examples<'_>, schema: &Value, ptr: &str, out: &mut Vec<Diagnostic>) {
    let Some(obj) = schema.as_object() else {
        return;
    };
    if let Some(example) = obj.get("example") {
        ex.validate(schema, example, &format!("{ptr}/example"), out);
    }
    if let Some(props) = obj.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            walk_schema(ex, v, &format!("{ptr}/properties/{}", escape(k)), out);
        }
    }
    if let Some(items) = obj.get("items") {
        walk_schema(ex, items, &format!("{ptr}/items"), out);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, s) in obj
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            walk_schema(ex, s, &format!("{ptr}/{key}/{i}"), out);
        }
    }
}

/// Every local `$ref` must resolve; external references are not supported.
fn check_refs(doc: &Doc, v: &Value, path: &mut Vec<String>, out: &mut Vec<Diagnostic>) {
    // The pointer is spelled out only for a reference that does not resolve.
    let here = |path: &[String]| -> String {
        path.iter().fold(String::new(), |mut p, t| {
            p.push('/');
            p.push_str(&escape(t));
            p
        })
    };
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    if let Some(target) = child.as_str() {
                        path.push(k.clone());
                        let child_ptr = here(path);
                        path.pop();
                        match target.strip_prefix('#') {
                            Some(p) if doc.value.pointer(p).is_some() => {}
                            Some(_) => out.push(doc.diag(&child_ptr, format!("`$ref: {target}` points at nothing")).with_rule("ref")),
                            None => out.push(doc.diag(
                                &child_ptr,
                                format!("`$ref: {target}` is external: only references inside the file are supported"),
                            ).with_rule("ref")),
                        }
                    }
                } else if k != "example"
                    && k != "examples"
                    && (child.is_object() || child.is_array())
                {
                    path.push(k.clone());
                    check_refs(doc, child, path, out);
                    path.pop();
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                if child.is_object() || child.is_array() {
                    path.push(i.to_string());
                    check_refs(doc, child, path, out);
                    path.pop();
                }
            }
        }
        _ => {}
    }
}

/// Follow a `$ref` (one level is what OpenAPI objects use) and return the target with its pointer.
fn resolve<'a>(doc: &'a Doc, v: &'a Value, ptr: &str) -> (&'a Value, String) {
    if let Some(target) = v.get("$ref").and_then(Value::as_str)
        && let Some(p) = target.strip_prefix('#')
        && let Some(t) = doc.value.pointer(p)
    {
        return (t, p.to_string());
    }
    (v, ptr.to_string())
}

/// `{name}` placeholders in the path part of a path key (a fixed query after `?` is ignored).
pub fn path_template_names(path: &str) -> BTreeSet<String> {
    let path = path.split('?').next().unwrap_or(path);
    let mut names = BTreeSet::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.insert(after[..end].to_string());
        rest = &after[end + 1..];
    }
    names
}

/// Whether a media type is JSON (`application/json`, `application/problem+json`, …).
pub fn is_json(media: &str) -> bool {
    let base = media.split(';').next().unwrap_or("").trim();
    base == "application/json" || base.ends_with("+json")
}

/// Checks `example` values against their schemas. Without the `validate` feature examples are
/// not checked (the build of a library user that turned `spec-examples` off); everything else is.
#[cfg(not(feature = "validate"))]
struct Examples<'a>(std::marker::PhantomData<&'a ()>);

#[cfg(not(feature = "validate"))]
impl<'a> Examples<'a> {
    fn new(_: &'a Doc, _: bool) -> Self {
        Examples(std::marker::PhantomData)
    }

    fn validate(&self, _: &Value, _: &Value, _: &str, _: &mut Vec<Diagnostic>) {}
}

/// Checks `example` values against their schemas. Each component schema is converted to JSON
/// Schema once, and each validator holds only the components its schema reaches (GitHub's full
/// description has a thousand components and as many examples); validators of one schema are
/// built once.
#[cfg(feature = "validate")]
struct Examples<'a> {
    doc: &'a Doc,
    enabled: bool,
    converted: std::cell::RefCell<std::collections::HashMap<String, Option<Value>>>,
    validators: std::cell::RefCell<
        std::collections::HashMap<String, std::rc::Rc<Result<jsonschema::Validator, String>>>,
    >,
}

#[cfg(feature = "validate")]
impl<'a> Examples<'a> {
    fn new(doc: &'a Doc, enabled: bool) -> Self {
        Self {
            doc,
            enabled,
            converted: Default::default(),
            validators: Default::default(),
        }
    }

    /// A component schema as JSON Schema, converted on first use.
    fn component(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.converted.borrow().get(name) {
            return v.clone();
        }
        let v = self
            .doc
            .value
            .pointer(&format!("/components/schemas/{}", escape(name)))
            .map(to_json_schema);
        self.converted
            .borrow_mut()
            .insert(name.to_string(), v.clone());
        v
    }

    /// `{ "schemas": { … } }` with the components `schema` reaches, directly or not.
    fn components_for(&self, schema: &Value) -> Value {
        let mut names: BTreeSet<String> = BTreeSet::new();
        let mut stack = Vec::new();
        component_refs(schema, &mut stack);
        let mut schemas = Map::new();
        while let Some(name) = stack.pop() {
            if !names.insert(name.clone()) {
                continue;
            }
            if let Some(converted) = self.component(&name) {
                component_refs(&converted, &mut stack);
                schemas.insert(name, converted);
            }
        }
        json!({ "schemas": schemas })
    }

    fn validate(&self, schema: &Value, example: &Value, ex_ptr: &str, out: &mut Vec<Diagnostic>) {
        if !self.enabled {
            return;
        }
        let key = schema.to_string();
        let cached = self.validators.borrow().get(&key).cloned();
        let validator = match cached {
            Some(v) => v,
            None => {
                let v = std::rc::Rc::new(validator(schema, &self.components_for(schema)));
                self.validators.borrow_mut().insert(key, v.clone());
                v
            }
        };
        let doc = self.doc;
        let validator = match validator.as_ref() {
            Ok(v) => v,
            Err(e) => {
                out.push(
                    doc.diag(
                        ex_ptr,
                        format!("the schema of this example is not valid: {e}"),
                    )
                    .with_rule("example"),
                );
                return;
            }
        };
        for error in validator.iter_errors(example) {
            let at = error.instance_path().to_string();
            let place = if at.is_empty() {
                "the example".to_string()
            } else {
                format!("example at `{at}`")
            };
            // Point at the offending node inside the example when the YAML has it.
            let node_ptr = format!("{ex_ptr}{at}");
            out.push(
                doc.diag(
                    &node_ptr,
                    format!("{place} does not match its schema: {error}"),
                )
                .with_rule("example"),
            );
        }
    }
}

/// The component names of the `#/components/schemas/<name>…` references in `v`.
#[cfg(feature = "validate")]
fn component_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "$ref" {
                    if let Some(name) = child
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    {
                        let name = name.split('/').next().unwrap_or(name);
                        out.push(name.replace("~1", "/").replace("~0", "~"));
                    }
                } else {
                    component_refs(child, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| component_refs(i, out)),
        _ => {}
    }
}

/// OpenAPI 3.0 schema → JSON Schema draft 4: `nullable: true` becomes an explicit `null` alternative;
/// `example` annotations are dropped. Keys that hold sub-schemas are converted recursively; values
/// such as `enum` or `default` are copied untouched.
pub fn to_json_schema(v: &Value) -> Value {
    let Value::Object(map) = v else {
        return v.clone();
    };
    let mut out = Map::new();
    for (k, child) in map {
        let converted = match k.as_str() {
            "nullable" | "example" | "examples" => continue,
            "properties" | "patternProperties" | "definitions" => match child {
                Value::Object(props) => Value::Object(
                    props
                        .iter()
                        .map(|(name, s)| (name.clone(), to_json_schema(s)))
                        .collect(),
                ),
                other => other.clone(),
            },
            "items" | "additionalProperties" | "not" => to_json_schema(child),
            "allOf" | "oneOf" | "anyOf" => match child {
                Value::Array(list) => Value::Array(list.iter().map(to_json_schema).collect()),
                other => other.clone(),
            },
            _ => child.clone(),
        };
        out.insert(k.clone(), converted);
    }
    if map.get("nullable") == Some(&Value::Bool(true)) {
        match out.get("type").cloned() {
            Some(Value::String(t)) if !out.contains_key("$ref") => {
                out.insert("type".into(), json!([t, "null"]));
                if let Some(Value::Array(e)) = out.get_mut("enum") {
                    e.push(Value::Null);
                }
            }
            _ => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
        }
    }
    Value::Object(out)
}

#[cfg(feature = "validate")]
/// Formats that the generated code keeps as plain strings: annotations only, since providers use
/// them loosely (GitHub sends `"environment_url": ""` for a `format: uri` field). Formats that
/// become types (`date-time`, `date`, `uuid` …) are checked.
const LOOSE_FORMATS: [&str; 7] = [
    "uri",
    "uri-reference",
    "email",
    "hostname",
    "ipv4",
    "ipv6",
    "regex",
];

#[cfg(feature = "validate")]
/// A draft-4 validator of an OpenAPI 3.0 `schema`, resolving `#/components/schemas/…` in
/// `components` (as made by [`components_as_json_schema`]). Used by the lint (examples), the CLI
/// (input before sending) and the emulator (requests and answers).
pub fn validator(schema: &Value, components: &Value) -> Result<jsonschema::Validator, String> {
    let mut root = match to_json_schema(schema) {
        Value::Object(m) => m,
        other => Map::from_iter([("allOf".to_string(), json!([other]))]),
    };
    root.insert("components".into(), components.clone());
    let mut options = jsonschema::draft4::options().should_validate_formats(true);
    for loose in LOOSE_FORMATS {
        options = options.with_format(loose, |_: &str| true);
    }
    options
        .build(&Value::Object(root))
        .map_err(|e| e.to_string())
}

/// The `components` section with every schema converted to JSON Schema.
pub fn components_as_json_schema(components: &Value) -> Value {
    let schemas: Map<String, Value> = components
        .get("schemas")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v)))
                .collect()
        })
        .unwrap_or_default();
    json!({ "schemas": schemas })
}
