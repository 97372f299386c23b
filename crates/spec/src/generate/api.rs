//! The generated Rust API of a spec, read from the code the build generates, and what changes
//! between two specs: client methods, builder methods and the types they store, `types` structs'
//! fields, enum variants, newtypes. What `deploykit spec diff` reports for programs that use the
//! client.

use std::collections::{BTreeMap, HashMap};

use quote::ToTokens;
use syn::{Fields, GenericArgument, Item, PathArguments, Type};

use super::builders::{client_methods, norm};
use crate::diff::wire::{object_view, resolve_ptr};
use crate::diff::{ApiChange, Pairs, Side, Subject};
use crate::normalize::{OpMeta, operations};
use crate::yaml::{Doc, escape};

/// A field of a struct, or a builder's stored value.
#[derive(Clone)]
struct Field {
    /// The Rust name (`ref_`).
    name: String,
    /// The JSON name (`ref`).
    json: String,
    /// As written in signatures, shortened (`Option<String>`, `types::PerPage`).
    text: String,
    ty: Type,
}

#[derive(Clone)]
enum TypeItem {
    Struct(Vec<Field>),
    /// A newtype or tuple struct: its fields' types.
    Tuple(Vec<Field>),
    /// Variants: name, JSON value, payload types.
    Enum(Vec<(String, String, Vec<Field>)>),
    Alias(Box<Field>),
}

impl TypeItem {
    fn kind(&self) -> &'static str {
        match self {
            TypeItem::Struct(_) => "a struct",
            TypeItem::Tuple(_) => "a tuple struct",
            TypeItem::Enum(_) => "an enum",
            TypeItem::Alias(_) => "a type alias",
        }
    }
}

/// What one spec generates, as the programs using it see it.
pub(crate) struct Surface {
    /// operationId → client method.
    methods: BTreeMap<String, String>,
    /// client method → builder fields.
    builders: HashMap<String, Vec<Field>>,
    /// client method → the answer type of `send()`.
    answers: HashMap<String, Type>,
    types: BTreeMap<String, TypeItem>,
    ops: Vec<OpMeta>,
    /// type name → the schema it comes from (a JSON pointer, `$ref`s resolved).
    schemas: HashMap<String, String>,
}

impl Surface {
    /// Run the build's generation on a loaded spec (check [`generable`] first).
    pub(crate) fn generate(doc: &Doc, stem: &str) -> Result<Surface, String> {
        let normalized = crate::normalize::normalize(&doc.value);
        let (file, builders) = super::generate_ast(&normalized, stem).map_err(|lines| {
            lines
                .first()
                .map(|l| l.split_once(": ").map(|(_, m)| m).unwrap_or(l).to_string())
                .unwrap_or_default()
        })?;
        let mut surface = Surface {
            methods: BTreeMap::new(),
            builders: HashMap::new(),
            answers: HashMap::new(),
            types: BTreeMap::new(),
            ops: operations(&doc.value),
            schemas: HashMap::new(),
        };
        let methods = client_methods(&file);
        let structs = builder_structs(&file);
        for b in &builders {
            let Some((_, method)) = methods.iter().find(|(ty, _)| *ty == b.ident) else {
                continue;
            };
            let method = method.to_string();
            surface.methods.insert(b.operation.clone(), method.clone());
            surface.answers.insert(method.clone(), b.answer.clone());
            if let Some(fields) = structs.get(&b.ident.to_string()) {
                surface.builders.insert(method, fields.clone());
            }
        }
        for item in &file.items {
            if let Item::Mod(m) = item
                && m.ident == "types"
                && let Some((_, items)) = &m.content
            {
                for item in items {
                    if let Some((name, t)) = type_item(item) {
                        surface.types.insert(name, t);
                    }
                }
            }
        }
        surface.map_schemas(doc);
        Ok(surface)
    }

    fn method_op(&self, method: &str) -> Option<&OpMeta> {
        let id = self
            .methods
            .iter()
            .find(|(_, m)| *m == method)
            .map(|(id, _)| id)?;
        self.ops.iter().find(|o| o.id == *id)
    }

    /// Which schema each type comes from: components by name, then what the builders store and
    /// answer, then struct fields, newtype contents and enum alternatives, until nothing new.
    fn map_schemas(&mut self, doc: &Doc) {
        let mut map: HashMap<String, String> = HashMap::new();
        if let Some(components) = doc
            .value
            .pointer("/components/schemas")
            .and_then(serde_json::Value::as_object)
        {
            let by_norm: HashMap<String, &String> =
                components.keys().map(|k| (norm(k), k)).collect();
            for name in self.types.keys() {
                if let Some(k) = by_norm.get(&norm(name)) {
                    let ptr = format!("/components/schemas/{}", escape(k));
                    map.insert(name.clone(), resolve_ptr(doc, &ptr));
                }
            }
        }
        let mut pending: Vec<(Type, String)> = Vec::new();
        let op_ptr = |op: &OpMeta| {
            format!(
                "/paths/{}/{}",
                escape(&op.path),
                op.method.to_ascii_lowercase()
            )
        };
        for (method, fields) in &self.builders {
            let Some(op) = self.method_op(method) else {
                continue;
            };
            let base = op_ptr(op);
            for f in fields {
                if f.name == "body" {
                    if let Some(ptr) = body_schema_ptr(doc, &base) {
                        pending.push((f.ty.clone(), ptr));
                    }
                } else if let Some(p) = param_of(op, &f.name)
                    && let Some(ptr) = param_schema_ptr(doc, &base, &p.name, &p.location)
                {
                    pending.push((f.ty.clone(), ptr));
                }
            }
            if let Some(answer) = self.answers.get(method)
                && let Some(ptr) = success_schema_ptr(doc, &base)
            {
                pending.push((answer.clone(), ptr));
            }
        }
        for _ in 0..32 {
            let mut grew = false;
            for (ty, ptr) in pending.drain(..) {
                for (name, at) in peel(&ty, &ptr) {
                    if self.types.contains_key(&name) && !map.contains_key(&name) {
                        map.insert(name, resolve_ptr(doc, &at));
                        grew = true;
                    }
                }
            }
            for (name, item) in &self.types {
                let Some(schema) = map.get(name) else {
                    continue;
                };
                match item {
                    TypeItem::Struct(fields) => {
                        let view = object_view(doc, schema);
                        for f in fields {
                            if let Some(p) = view.prop(&f.json) {
                                pending.push((f.ty.clone(), p.to_string()));
                            }
                        }
                    }
                    TypeItem::Tuple(fields) => {
                        for f in fields {
                            pending.push((f.ty.clone(), schema.clone()));
                        }
                    }
                    TypeItem::Alias(f) => pending.push((f.ty.clone(), schema.clone())),
                    TypeItem::Enum(variants) => {
                        for (i, (_, _, fields)) in variants.iter().enumerate() {
                            for kind in ["oneOf", "anyOf"] {
                                let alt = format!("{schema}/{kind}/{i}");
                                if doc.value.pointer(&alt).is_some() {
                                    for f in fields {
                                        pending.push((f.ty.clone(), alt.clone()));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            let unseen = pending.iter().any(|(ty, ptr)| {
                peel(ty, ptr)
                    .iter()
                    .any(|(n, _)| self.types.contains_key(n) && !map.contains_key(n))
            });
            if !grew && !unseen {
                break;
            }
        }
        self.schemas = map;
    }
}

/// Whether the build could generate the spec: it must pass the lint (`full`: with its examples
/// checked, as the build does by default; else the quick rules only), its rules of policy
/// ([`POLICY_RULES`](crate::lint::POLICY_RULES)) aside.
pub(crate) fn generable(doc: &Doc, full: bool) -> Result<(), String> {
    let mut diagnostics = if full {
        crate::lint::lint(doc)
    } else {
        crate::lint::lint_structure(doc)
    };
    diagnostics.retain(|d| !crate::lint::POLICY_RULES.contains(&d.rule));
    match diagnostics.first() {
        None => Ok(()),
        Some(d) => Err(format!(
            "it does not pass the lint the build runs ({} problem(s), the first at {}:{}: {})",
            diagnostics.len(),
            d.line,
            d.column,
            d.message
        )),
    }
}

/// The generated types a type names, each with the schema pointer it stands for: `Option<T>`
/// and `Box<T>` keep the pointer, `Vec<T>` goes to `items`, maps to `additionalProperties`.
fn peel(ty: &Type, ptr: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Type::Path(tp) = ty else { return out };
    let Some(last) = tp.path.segments.last() else {
        return out;
    };
    let name = last.ident.to_string();
    let args: Vec<&Type> = match &last.arguments {
        PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| match g {
                GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    match name.as_str() {
        // `Open<T>`: an answer enum decoded leniently; `T` is the schema's type.
        "Option" | "Box" | "Open" => {
            for a in args {
                out.extend(peel(a, ptr));
            }
        }
        "Vec" => {
            for a in args {
                out.extend(peel(a, &format!("{ptr}/items")));
            }
        }
        "HashMap" | "BTreeMap" | "Map" => {
            if let Some(v) = args.last() {
                out.extend(peel(v, &format!("{ptr}/additionalProperties")));
            }
        }
        _ if args.is_empty() => out.push((name, ptr.to_string())),
        _ => {}
    }
    out
}

fn param_of<'a>(op: &'a OpMeta, field: &str) -> Option<&'a crate::normalize::ParamMeta> {
    op.params.iter().find(|p| norm(&p.name) == norm(field))
}

fn param_schema_ptr(doc: &Doc, op_ptr: &str, name: &str, location: &str) -> Option<String> {
    let item_ptr = op_ptr.rsplit_once('/').map(|(p, _)| p).unwrap_or_default();
    let mut found = None;
    for list in [
        format!("{item_ptr}/parameters"),
        format!("{op_ptr}/parameters"),
    ] {
        let Some(items) = doc
            .value
            .pointer(&list)
            .and_then(serde_json::Value::as_array)
        else {
            continue;
        };
        for i in 0..items.len() {
            let p = resolve_ptr(doc, &format!("{list}/{i}"));
            let v = doc.value.pointer(&p);
            let is = v.is_some_and(|v| {
                v.get("name").and_then(serde_json::Value::as_str) == Some(name)
                    && v.get("in").and_then(serde_json::Value::as_str) == Some(location)
            });
            if is {
                found = Some(format!("{p}/schema"));
            }
        }
    }
    found
}

fn body_schema_ptr(doc: &Doc, op_ptr: &str) -> Option<String> {
    let body = resolve_ptr(doc, &format!("{op_ptr}/requestBody"));
    let content = doc.value.pointer(&format!("{body}/content"))?.as_object()?;
    let media = content.keys().next()?;
    Some(format!("{body}/content/{}/schema", escape(media)))
}

/// The schema of the one JSON success answer, when there is exactly one.
fn success_schema_ptr(doc: &Doc, op_ptr: &str) -> Option<String> {
    let responses = doc
        .value
        .pointer(&format!("{op_ptr}/responses"))?
        .as_object()?;
    let mut found = Vec::new();
    for code in responses.keys().filter(|c| c.starts_with('2')) {
        let r = resolve_ptr(doc, &format!("{op_ptr}/responses/{}", escape(code)));
        if let Some(content) = doc
            .value
            .pointer(&format!("{r}/content"))
            .and_then(serde_json::Value::as_object)
        {
            for media in content.keys().filter(|m| crate::lint::is_json(m)) {
                found.push(format!("{r}/content/{}/schema", escape(media)));
            }
        }
    }
    if found.len() == 1 { found.pop() } else { None }
}

/// `builder::X` struct fields, without the client: the value each setter stores, unwrapped from
/// `Result<_, String>` (a body's builder type shown as the type its setter takes).
fn builder_structs(file: &syn::File) -> HashMap<String, Vec<Field>> {
    let mut out = HashMap::new();
    for item in &file.items {
        let Item::Mod(m) = item else { continue };
        if m.ident != "builder" {
            continue;
        }
        let Some((_, items)) = &m.content else {
            continue;
        };
        for item in items {
            let Item::Struct(s) = item else { continue };
            let Fields::Named(named) = &s.fields else {
                continue;
            };
            let mut fields = Vec::new();
            for f in &named.named {
                let Some(ident) = &f.ident else { continue };
                if matches!(f.ty, Type::Reference(_)) {
                    continue;
                }
                let ty = result_inner(&f.ty).unwrap_or_else(|| f.ty.clone());
                let name = ident.to_string();
                fields.push(Field {
                    json: name.clone(),
                    text: type_text(&ty).replace("types::builder::", "types::"),
                    name,
                    ty,
                });
            }
            out.insert(s.ident.to_string(), fields);
        }
    }
    out
}

/// `T` of `Result<T, String>`.
fn result_inner(ty: &Type) -> Option<Type> {
    let Type::Path(tp) = ty else { return None };
    let last = tp.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

/// The JSON name of a field or variant: its `#[serde(rename = "…")]`, else its Rust name.
fn json_name(attrs: &[syn::Attribute], rust: &str) -> String {
    for a in attrs {
        if !a.path().is_ident("serde") {
            continue;
        }
        let text = a.to_token_stream().to_string();
        if let Some(at) = text.find("rename = \"") {
            let rest = &text[at + "rename = \"".len()..];
            if let Some(end) = rest.find('"') {
                return rest[..end].to_string();
            }
        }
    }
    rust.to_string()
}

fn fields_of(fields: &Fields) -> Vec<Field> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let name = f
                .ident
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_else(|| i.to_string());
            Field {
                json: json_name(&f.attrs, &name),
                text: type_text(&f.ty),
                name,
                ty: f.ty.clone(),
            }
        })
        .collect()
}

fn type_item(item: &Item) -> Option<(String, TypeItem)> {
    match item {
        Item::Struct(s) => {
            let t = match &s.fields {
                Fields::Named(_) => TypeItem::Struct(fields_of(&s.fields)),
                _ => TypeItem::Tuple(fields_of(&s.fields)),
            };
            Some((s.ident.to_string(), t))
        }
        Item::Enum(e) => {
            let variants = e
                .variants
                .iter()
                .map(|v| {
                    let name = v.ident.to_string();
                    (
                        name.clone(),
                        json_name(&v.attrs, &name),
                        fields_of(&v.fields),
                    )
                })
                .collect();
            Some((e.ident.to_string(), TypeItem::Enum(variants)))
        }
        Item::Type(t) => {
            let name = t.ident.to_string();
            Some((
                name.clone(),
                TypeItem::Alias(Box::new(Field {
                    json: name.clone(),
                    name,
                    text: type_text(&t.ty),
                    ty: (*t.ty).clone(),
                })),
            ))
        }
        _ => None,
    }
}

/// A type as a reader writes it: `Option<types::PerPage>`, `Vec<String>`,
/// `DateTime<Utc>`.
fn type_text(ty: &Type) -> String {
    let mut s: String = ty
        .to_token_stream()
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::boxed::",
        "::std::num::",
        "::serde_json::",
        "::chrono::offset::",
        "::chrono::naive::",
        "::chrono::",
        "::uuid::",
        "::std::",
        "::deploykit::runtime::",
        "::crate::runtime::",
        "crate::runtime::",
        "super::",
    ] {
        s = s.replace(prefix, "");
    }
    s.replace(",>", ">")
        .replace(',', ", ")
        .replace("crate::", "deploykit::")
}

/// The Option inside, if the type is `Option<T>`.
fn option_inner(text: &str) -> Option<&str> {
    text.strip_prefix("Option<")?.strip_suffix('>')
}

fn ptr_subject(side: Side, ptr: &str) -> Subject {
    Subject::Exact(format!("ptr:{}:{ptr}", side.as_str()))
}

/// The changes between two surfaces; `pairs` are the operations the wire pass matched.
pub(crate) fn compare(
    old: &Surface,
    new: &Surface,
    old_doc: &Doc,
    new_doc: &Doc,
    pairs: &Pairs,
    module: &str,
) -> Vec<ApiChange> {
    let mut out = Vec::new();
    let client = format!("{module}::Client");
    let op_ptr = |s: &Surface, id: &str| {
        s.ops.iter().find(|o| o.id == id).map(|o| {
            format!(
                "/paths/{}/{}",
                escape(&o.path),
                o.method.to_ascii_lowercase()
            )
        })
    };
    let mut seen_old = std::collections::HashSet::new();
    let mut seen_new = std::collections::HashSet::new();
    for (o_id, n_id) in pairs {
        let (Some(om), Some(nm)) = (old.methods.get(o_id), new.methods.get(n_id)) else {
            continue;
        };
        seen_old.insert(om.clone());
        seen_new.insert(nm.clone());
        let subjects = vec![
            Subject::Exact(format!("op:old:{o_id}")),
            Subject::Exact(format!("op:new:{n_id}")),
        ];
        if om != nm {
            out.push(ApiChange {
                rule: "api-method-renamed",
                breaking: true,
                text: format!("`{client}::{om}` → `{client}::{nm}`"),
                subjects,
                place: op_ptr(new, n_id).map(|p| (Side::New, format!("{p}/operationId"))),
            });
        }
        let (Some(of), Some(nf)) = (old.builders.get(om), new.builders.get(nm)) else {
            continue;
        };
        let o_op = old.ops.iter().find(|o| o.id == *o_id);
        let n_op = new.ops.iter().find(|o| o.id == *n_id);
        let o_base = op_ptr(old, o_id).unwrap_or_default();
        let n_base = op_ptr(new, n_id).unwrap_or_default();
        let field_subject =
            |side: Side, op: Option<&OpMeta>, id: &str, field: &str| -> Vec<Subject> {
                let (doc, base) = match side {
                    Side::Old => (old_doc, &o_base),
                    Side::New => (new_doc, &n_base),
                };
                if field == "body" {
                    return vec![Subject::Exact(format!("body:{}:{id}", side.as_str()))];
                }
                match op.and_then(|o| param_of(o, field)) {
                    Some(p) => {
                        let mut out = vec![Subject::Exact(format!(
                            "param:{}:{id}:{}:{}",
                            side.as_str(),
                            p.location,
                            p.name
                        ))];
                        if let Some(schema) = param_schema_ptr(doc, base, &p.name, &p.location) {
                            let param = schema.trim_end_matches("/schema").to_string();
                            out.push(ptr_subject(side, &param));
                        }
                        out
                    }
                    None => vec![Subject::Exact(format!("op:{}:{id}", side.as_str()))],
                }
            };
        for f in of {
            let item = format!("`{client}::{nm}` builder method `{}`", f.name);
            match nf.iter().find(|g| g.name == f.name) {
                None => out.push(ApiChange {
                    rule: "api-builder-method-removed",
                    breaking: true,
                    text: format!("{item} removed"),
                    subjects: field_subject(Side::Old, o_op, o_id, &f.name),
                    place: Some((Side::Old, o_base.clone())),
                }),
                Some(g) if g.text != f.text => {
                    let (breaking, why) = match (option_inner(&f.text), option_inner(&g.text)) {
                        (Some(_), None) => {
                            (true, " (now required: `send()` fails unless it is set)")
                        }
                        (None, Some(b)) if b == f.text => (false, " (now optional)"),
                        _ => (true, ""),
                    };
                    out.push(ApiChange {
                        rule: "api-builder-method-changed",
                        breaking,
                        text: format!("{item}: {} → {}{why}", f.text, g.text),
                        subjects: field_subject(Side::Old, o_op, o_id, &f.name)
                            .into_iter()
                            .chain(field_subject(Side::New, n_op, n_id, &g.name))
                            .collect(),
                        place: Some((Side::New, n_base.clone())),
                    });
                }
                Some(_) => {}
            }
        }
        for g in nf {
            if of.iter().any(|f| f.name == g.name) {
                continue;
            }
            let optional = option_inner(&g.text).is_some();
            out.push(ApiChange {
                rule: "api-builder-method-added",
                breaking: !optional,
                text: format!(
                    "`{client}::{nm}` builder method `{}`: {} added{}",
                    g.name,
                    g.text,
                    if optional {
                        ""
                    } else {
                        " (required: `send()` fails unless it is set)"
                    }
                ),
                subjects: field_subject(Side::New, n_op, n_id, &g.name),
                place: Some((Side::New, n_base.clone())),
            });
        }
    }
    for (id, m) in &old.methods {
        if seen_old.contains(m) {
            continue;
        }
        out.push(ApiChange {
            rule: "api-method-removed",
            breaking: true,
            text: format!("`{client}::{m}` removed"),
            subjects: vec![Subject::Exact(format!("op:old:{id}"))],
            place: op_ptr(old, id).map(|p| (Side::Old, p)),
        });
    }
    for (id, m) in &new.methods {
        if seen_new.contains(m) {
            continue;
        }
        out.push(ApiChange {
            rule: "api-method-added",
            breaking: false,
            text: format!("`{client}::{m}` added"),
            subjects: vec![Subject::Exact(format!("op:new:{id}"))],
            place: op_ptr(new, id).map(|p| (Side::New, p)),
        });
    }
    compare_types(old, new, old_doc, new_doc, module, &mut out);
    out
}

fn compare_types(
    old: &Surface,
    new: &Surface,
    old_doc: &Doc,
    new_doc: &Doc,
    module: &str,
    out: &mut Vec<ApiChange>,
) {
    let types = format!("{module}::types");
    let schema = |s: &Surface, name: &str| s.schemas.get(name).cloned();
    for (name, ot) in &old.types {
        let o_schema = schema(old, name);
        let Some(nt) = new.types.get(name) else {
            out.push(ApiChange {
                rule: "api-type-removed",
                breaking: true,
                text: format!("`{types}::{name}` removed"),
                subjects: o_schema.iter().map(|p| ptr_subject(Side::Old, p)).collect(),
                place: o_schema.clone().map(|p| (Side::Old, p)),
            });
            continue;
        };
        let n_schema = schema(new, name);
        let mut subjects: Vec<Subject> = Vec::new();
        subjects.extend(o_schema.iter().map(|p| ptr_subject(Side::Old, p)));
        subjects.extend(n_schema.iter().map(|p| ptr_subject(Side::New, p)));
        let place_new = n_schema.clone().map(|p| (Side::New, p));
        match (ot, nt) {
            (TypeItem::Struct(of), TypeItem::Struct(nf)) => {
                let ov = o_schema.as_ref().map(|p| object_view(old_doc, p));
                let nv = n_schema.as_ref().map(|p| object_view(new_doc, p));
                let prop = |view: &Option<crate::diff::wire::ObjectView>, json: &str| {
                    view.as_ref().and_then(|v| v.prop(json).map(str::to_string))
                };
                for f in of {
                    let o_prop = prop(&ov, &f.json);
                    match nf.iter().find(|g| g.name == f.name) {
                        None => out.push(ApiChange {
                            rule: "api-field-removed",
                            breaking: true,
                            text: format!("`{types}::{name}` field `{}` removed", f.name),
                            subjects: o_prop.iter().map(|p| ptr_subject(Side::Old, p)).collect(),
                            place: o_prop
                                .clone()
                                .map(|p| (Side::Old, p))
                                .or_else(|| o_schema.clone().map(|p| (Side::Old, p))),
                        }),
                        Some(g) if g.text != f.text => {
                            let n_prop = prop(&nv, &g.json);
                            let why = match (option_inner(&f.text), option_inner(&g.text)) {
                                (None, Some(_)) => " (an `Option` appeared)",
                                (Some(_), None) => " (no longer an `Option`)",
                                _ => "",
                            };
                            out.push(ApiChange {
                                rule: "api-field-changed",
                                breaking: true,
                                text: format!(
                                    "`{types}::{name}` field `{}`: {} → {}{why}",
                                    f.name, f.text, g.text
                                ),
                                subjects: o_prop
                                    .iter()
                                    .map(|p| ptr_subject(Side::Old, p))
                                    .chain(n_prop.iter().map(|p| ptr_subject(Side::New, p)))
                                    .collect(),
                                place: n_prop.map(|p| (Side::New, p)).or_else(|| place_new.clone()),
                            });
                        }
                        Some(_) => {}
                    }
                }
                for g in nf {
                    if of.iter().any(|f| f.name == g.name) {
                        continue;
                    }
                    let n_prop = prop(&nv, &g.json);
                    let optional = option_inner(&g.text).is_some();
                    out.push(ApiChange {
                        rule: "api-field-added",
                        breaking: !optional,
                        text: format!(
                            "`{types}::{name}` field `{}`: {} added{}",
                            g.name,
                            g.text,
                            if optional {
                                ""
                            } else {
                                " (values built in code must set it)"
                            }
                        ),
                        subjects: n_prop.iter().map(|p| ptr_subject(Side::New, p)).collect(),
                        place: n_prop.map(|p| (Side::New, p)).or_else(|| place_new.clone()),
                    });
                }
            }
            (TypeItem::Enum(ov), TypeItem::Enum(nv)) => {
                let enum_subject = |side: Side, schema: &Option<String>, json: &str| {
                    schema
                        .as_ref()
                        .map(|p| Subject::Exact(format!("enum:{}:{p}={json}", side.as_str())))
                };
                for (v, json, fields) in ov {
                    match nv.iter().find(|(w, _, _)| w == v) {
                        None => out.push(ApiChange {
                            rule: "api-variant-removed",
                            breaking: true,
                            text: format!("`{types}::{name}::{v}` removed"),
                            subjects: enum_subject(Side::Old, &o_schema, json)
                                .into_iter()
                                .collect(),
                            place: o_schema.clone().map(|p| (Side::Old, p)),
                        }),
                        Some((_, _, g)) => {
                            let a: Vec<&str> = fields.iter().map(|f| f.text.as_str()).collect();
                            let b: Vec<&str> = g.iter().map(|f| f.text.as_str()).collect();
                            if a != b {
                                out.push(ApiChange {
                                    rule: "api-variant-changed",
                                    breaking: true,
                                    text: format!(
                                        "`{types}::{name}::{v}`: ({}) → ({})",
                                        a.join(", "),
                                        b.join(", ")
                                    ),
                                    subjects: subjects.clone(),
                                    place: place_new.clone(),
                                });
                            }
                        }
                    }
                }
                for (v, json, _) in nv {
                    if ov.iter().any(|(w, _, _)| w == v) {
                        continue;
                    }
                    out.push(ApiChange {
                        rule: "api-variant-added",
                        breaking: true,
                        text: format!(
                            "`{types}::{name}::{v}` added (exhaustive `match`es on `{name}` stop compiling)"
                        ),
                        subjects: enum_subject(Side::New, &n_schema, json)
                            .into_iter()
                            .collect(),
                        place: place_new.clone(),
                    });
                }
            }
            (TypeItem::Tuple(a), TypeItem::Tuple(b)) => {
                let a: Vec<&str> = a.iter().map(|f| f.text.as_str()).collect();
                let b: Vec<&str> = b.iter().map(|f| f.text.as_str()).collect();
                if a != b {
                    out.push(ApiChange {
                        rule: "api-type-changed",
                        breaking: true,
                        text: format!("`{types}::{name}`: ({}) → ({})", a.join(", "), b.join(", ")),
                        subjects: subjects.clone(),
                        place: place_new.clone(),
                    });
                }
            }
            (TypeItem::Alias(a), TypeItem::Alias(b)) => {
                if a.text != b.text {
                    out.push(ApiChange {
                        rule: "api-type-changed",
                        breaking: true,
                        text: format!("`{types}::{name}`: {} → {}", a.text, b.text),
                        subjects: subjects.clone(),
                        place: place_new.clone(),
                    });
                }
            }
            (a, b) => out.push(ApiChange {
                rule: "api-type-changed",
                breaking: true,
                text: format!("`{types}::{name}` is now {} (was {})", b.kind(), a.kind()),
                subjects: subjects.clone(),
                place: place_new.clone(),
            }),
        }
    }
    for name in new.types.keys() {
        if old.types.contains_key(name) {
            continue;
        }
        let n_schema = schema(new, name);
        out.push(ApiChange {
            rule: "api-type-added",
            breaking: false,
            text: format!("`{types}::{name}` added"),
            subjects: n_schema.iter().map(|p| ptr_subject(Side::New, p)).collect(),
            place: n_schema.map(|p| (Side::New, p)),
        });
    }
}
