//! The wire pass: what a client built from OLD meets against a provider that follows NEW.
//!
//! Operations are matched by method and path (path parameter names aside: `/a/{id}` and
//! `/a/{thing_id}` are the same URL), then by operationId for an operation that moved. Within
//! an operation: servers, security, parameters (matched by place and name; a path parameter by
//! its position in the path), the request body and the responses. Schemas are compared with
//! their `$ref`s resolved and `allOf` merged; the side a schema is on decides what breaks (a
//! request may no longer carry a value it could; an answer may now carry one it could not). A
//! component schema is compared once per side and pair, and its findings name the operations
//! that use it.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::{Finding, Pairs, Place, Side, Subject};
use crate::lint::{METHODS, is_json};
use crate::yaml::{Doc, escape};

/// Which way a schema travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Dir {
    Request,
    Response,
}

impl Dir {
    fn word(self) -> &'static str {
        match self {
            Dir::Request => "request",
            Dir::Response => "response",
        }
    }
}

/// One operation of a document.
#[derive(Clone, Debug)]
struct Op {
    id: String,
    method: &'static str,
    path: String,
    /// `GET /repos/{}/{}`: what matches across the two documents.
    key: String,
    ptr: String,
    item_ptr: String,
}

impl Op {
    fn show(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.path)
    }
}

fn operations(doc: &Doc) -> Vec<Op> {
    let mut out = Vec::new();
    let Some(paths) = doc.value.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        let item_ptr = format!("/paths/{}", escape(path));
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            out.push(Op {
                id,
                method,
                path: path.clone(),
                key: format!("{} {}", method, template_shape(path)),
                ptr: format!("{item_ptr}/{method}"),
                item_ptr: item_ptr.clone(),
            });
        }
    }
    out
}

/// `/repos/{owner}/{repo}` → `/repos/{}/{}`.
fn template_shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_brace = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_brace = true;
                out.push('{');
            }
            '}' => {
                in_brace = false;
                out.push('}');
            }
            _ if in_brace => {}
            _ => out.push(c),
        }
    }
    out
}

/// The `{name}`s of a path, in order.
fn template_order(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path.split('?').next().unwrap_or(path);
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        names.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    names
}

/// Follow `$ref`s (a chain of at most 16) from `ptr`; the pointer of what it lands on.
pub(crate) fn resolve_ptr(doc: &Doc, ptr: &str) -> String {
    let mut p = ptr.to_string();
    for _ in 0..16 {
        let Some(target) = doc
            .value
            .pointer(&p)
            .and_then(|v| v.get("$ref"))
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
        else {
            break;
        };
        if doc.value.pointer(target).is_none() {
            break;
        }
        p = target.to_string();
    }
    p
}

fn get<'a>(doc: &'a Doc, ptr: &str) -> Option<&'a Value> {
    doc.value.pointer(ptr)
}

/// The place in NEW to show for something of OLD: the nearest existing node of `ptr` in NEW.
pub(super) fn nearest_in(doc: &Doc, ptr: &str) -> (u64, u64) {
    let mut p = ptr;
    loop {
        if doc.value.pointer(p).is_some() {
            return doc.pos(p);
        }
        match p.rfind('/') {
            Some(i) => p = &p[..i],
            None => return (1, 1),
        }
    }
}

fn show_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One parameter of an operation (the path item's and the operation's, the latter winning).
#[derive(Clone, Debug)]
struct Param {
    name: String,
    loc: String,
    required: bool,
    /// The list entry (where the reader looks).
    entry: String,
    /// The parameter object, `$ref` resolved.
    ptr: String,
}

impl Param {
    fn schema_ptr(&self) -> String {
        format!("{}/schema", self.ptr)
    }
}

fn params(doc: &Doc, op: &Op) -> Vec<Param> {
    let mut out: Vec<Param> = Vec::new();
    for list in [
        format!("{}/parameters", op.item_ptr),
        format!("{}/parameters", op.ptr),
    ] {
        let Some(items) = get(doc, &list).and_then(Value::as_array) else {
            continue;
        };
        for i in 0..items.len() {
            let entry = format!("{list}/{i}");
            let ptr = resolve_ptr(doc, &entry);
            let Some(p) = get(doc, &ptr) else { continue };
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let loc = p
                .get("in")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            out.retain(|q| !(q.name == name && q.loc == loc));
            out.push(Param {
                required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                name,
                loc,
                entry,
                ptr,
            });
        }
    }
    out
}

/// An object schema with its `allOf` branches merged: properties (name → pointer of the
/// property) and required names.
#[derive(Default, Debug)]
pub(crate) struct ObjectView {
    pub props: Vec<(String, String)>,
    pub required: HashSet<String>,
    /// The first `properties` mapping, where a new property would go.
    pub container: Option<String>,
}

impl ObjectView {
    pub(crate) fn prop(&self, name: &str) -> Option<&str> {
        self.props
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, p)| p.as_str())
    }
}

pub(crate) fn object_view(doc: &Doc, ptr: &str) -> ObjectView {
    let mut view = ObjectView::default();
    collect_object(doc, ptr, &mut view, 0);
    view
}

fn collect_object(doc: &Doc, ptr: &str, view: &mut ObjectView, depth: usize) {
    if depth > 16 {
        return;
    }
    let ptr = resolve_ptr(doc, ptr);
    let Some(v) = get(doc, &ptr) else { return };
    if let Some(props) = v.get("properties").and_then(Value::as_object) {
        let container = format!("{ptr}/properties");
        for name in props.keys() {
            if view.prop(name).is_none() {
                view.props
                    .push((name.clone(), format!("{container}/{}", escape(name))));
            }
        }
        view.container.get_or_insert(container);
    }
    for r in v
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(r) = r.as_str() {
            view.required.insert(r.to_string());
        }
    }
    if let Some(all) = v.get("allOf").and_then(Value::as_array) {
        for i in 0..all.len() {
            collect_object(doc, &format!("{ptr}/allOf/{i}"), view, depth + 1);
        }
    }
}

fn is_object_like(v: &Value) -> bool {
    v.get("properties").is_some()
        || v.get("allOf").is_some()
        || v.get("type").and_then(Value::as_str) == Some("object")
}

/// How a schema change is described: `list_deployments: query parameter `per_page``, `request
/// field `Deployment.ref``, `create_deployment: request field `payload.x``.
#[derive(Clone, Debug)]
struct Label {
    dir: Dir,
    /// `Some(op)` outside component schemas.
    op: Option<String>,
    /// `query parameter `per_page``, `request body`, `response 200`, or a component's name.
    base: String,
    /// `.field`, `[]`, `{}` steps from the base.
    path: String,
    /// In a component schema (shared by operations).
    component: bool,
    /// What the API pass may attach to (the parameter, the body).
    subjects: Vec<Subject>,
}

impl Label {
    fn what(&self) -> String {
        let dir = self.dir.word();
        if self.component {
            if self.path.is_empty() {
                format!("{dir} schema `{}`", self.base)
            } else {
                format!("{dir} field `{}{}`", self.base, self.path)
            }
        } else {
            let op = self.op.as_deref().unwrap_or_default();
            let field = self.path.trim_start_matches('.');
            if self.path.is_empty() {
                format!("{op}: {}", self.base)
            } else if self.base.contains("parameter") {
                format!("{op}: {} item `{field}`", self.base)
            } else {
                format!("{op}: {} field `{field}`", self.base)
            }
        }
    }

    fn step(&self, step: &str) -> Label {
        let mut l = self.clone();
        l.path.push_str(step);
        l.subjects.clear();
        l
    }
}

struct Cmp<'a> {
    old: &'a Doc,
    new: &'a Doc,
    out: Vec<Finding>,
    memo: HashMap<(String, String, Dir), Vec<usize>>,
    active: HashSet<(String, String, Dir)>,
    /// Body properties already reported as a parameter moved into (NEW) or out of (OLD) the body.
    moved_new: HashSet<String>,
    moved_old: HashSet<String>,
    depth: usize,
}

/// What `push` needs besides the message.
struct At<'p> {
    side: Side,
    ptr: &'p str,
    /// For a place in OLD: where in NEW to anchor it.
    anchor: Option<&'p str>,
}

fn at_new(ptr: &str) -> At<'_> {
    At {
        side: Side::New,
        ptr,
        anchor: None,
    }
}

fn at_old<'p>(ptr: &'p str, anchor: &'p str) -> At<'p> {
    At {
        side: Side::Old,
        ptr,
        anchor: Some(anchor),
    }
}

fn exact(s: String) -> Subject {
    Subject::Exact(s)
}

impl<'a> Cmp<'a> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        rule: &'static str,
        wire: bool,
        at: At<'_>,
        op: Option<&str>,
        shared: bool,
        message: String,
        subjects: Vec<Subject>,
    ) -> usize {
        let doc = if at.side == Side::Old {
            self.old
        } else {
            self.new
        };
        let (line, column) = doc.pos(at.ptr);
        let anchor = at.anchor.map(|a| nearest_in(self.new, a));
        self.out.push(Finding {
            rule,
            wire,
            api: false,
            at: Place {
                side: at.side,
                line,
                column,
            },
            anchor,
            operations: op.map(|o| vec![o.to_string()]).unwrap_or_default(),
            message,
            rust: Vec::new(),
            subjects,
            shared,
        });
        self.out.len() - 1
    }

    // ------------------------------------------------------------------ document level

    fn servers(&mut self, old_list: &str, new_list: &str, op: Option<&str>) {
        let urls = |doc: &Doc, list: &str| -> Vec<(String, String)> {
            get(doc, list)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .enumerate()
                        .filter_map(|(i, s)| {
                            let url = s.get("url")?.as_str()?;
                            Some((url.to_string(), format!("{list}/{i}/url")))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let old = urls(self.old, old_list);
        let new = urls(self.new, new_list);
        if old.iter().map(|u| &u.0).eq(new.iter().map(|u| &u.0)) {
            return;
        }
        let prefix = op.map(|o| format!("{o}: ")).unwrap_or_default();
        let subjects = Vec::new;
        let gone: Vec<&(String, String)> = old
            .iter()
            .filter(|(u, _)| !new.iter().any(|(n, _)| n == u))
            .collect();
        let mut paired_new: HashSet<usize> = HashSet::new();
        for (url, ptr) in gone {
            let (host, path) = split_url(url);
            let moved = new.iter().enumerate().find(|(i, (n, _))| {
                !old.iter().any(|(o, _)| o == n)
                    && !paired_new.contains(i)
                    && split_url(n).0 == host
            });
            if let Some((i, (n, n_ptr))) = moved {
                paired_new.insert(i);
                let (_, n_path) = split_url(n);
                self.push(
                    "server-base-path-changed",
                    true,
                    at_new(n_ptr),
                    op,
                    false,
                    format!(
                        "{prefix}base path `{}` → `{}` on `{host}`: clients built from OLD send every request to the old path",
                        or_root(path),
                        or_root(n_path)
                    ),
                    subjects(),
                );
            } else {
                self.push(
                    "server-removed",
                    true,
                    at_old(ptr, new_list),
                    op,
                    false,
                    format!("{prefix}server `{url}` removed: clients built from OLD may still send requests there"),
                    subjects(),
                );
            }
        }
        for (i, (url, ptr)) in new.iter().enumerate() {
            if old.iter().any(|(o, _)| o == url) || paired_new.contains(&i) {
                continue;
            }
            self.push(
                "server-added",
                false,
                at_new(ptr),
                op,
                false,
                format!("{prefix}server `{url}` added"),
                subjects(),
            );
        }
        if let (Some((o, _)), Some((n, n_ptr))) = (old.first(), new.first())
            && o != n
            && new.iter().any(|(u, _)| u == o)
        {
            self.push(
                "server-default-changed",
                true,
                at_new(n_ptr),
                op,
                false,
                format!("{prefix}the first (default) server is now `{n}` instead of `{o}`: clients that take the default go elsewhere"),
                subjects(),
            );
        }
    }

    fn security_schemes(&mut self) {
        let base = "/components/securitySchemes";
        let names = |doc: &Doc| -> Vec<String> {
            get(doc, base)
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let old_names = names(self.old);
        let new_names = names(self.new);
        for name in &old_names {
            let o_entry = format!("{base}/{}", escape(name));
            if !new_names.contains(name) {
                self.push(
                    "security-scheme-removed",
                    true,
                    at_old(&o_entry, base),
                    None,
                    false,
                    format!("security scheme `{name}` removed: credentials sent that way are no longer accepted"),
                    Vec::new(),
                );
                continue;
            }
            let o_ptr = resolve_ptr(self.old, &o_entry);
            let n_ptr = resolve_ptr(self.new, &o_entry);
            let (Some(o), Some(n)) = (get(self.old, &o_ptr), get(self.new, &n_ptr)) else {
                continue;
            };
            for field in ["type", "scheme", "in", "name", "openIdConnectUrl"] {
                let (a, b) = (o.get(field), n.get(field));
                if a != b {
                    let show =
                        |v: Option<&Value>| v.map(show_value).unwrap_or_else(|| "none".into());
                    self.push(
                        "security-scheme-changed",
                        true,
                        at_new(&format!("{n_ptr}/{field}")),
                        None,
                        false,
                        format!(
                            "security scheme `{name}`: `{field}` `{}` → `{}`: clients built from OLD send credentials the old way",
                            show(a),
                            show(b)
                        ),
                        Vec::new(),
                    );
                }
            }
            if let (Some(of), Some(nf)) = (o.get("flows"), n.get("flows"))
                && of != nf
            {
                for flow in [
                    "implicit",
                    "password",
                    "clientCredentials",
                    "authorizationCode",
                ] {
                    for url in ["tokenUrl", "authorizationUrl"] {
                        let (a, b) = (
                            of.pointer(&format!("/{flow}/{url}")),
                            nf.pointer(&format!("/{flow}/{url}")),
                        );
                        if a != b {
                            let show = |v: Option<&Value>| {
                                v.map(show_value).unwrap_or_else(|| "none".into())
                            };
                            self.push(
                                "security-scheme-changed",
                                true,
                                at_new(&format!("{n_ptr}/flows/{flow}")),
                                None,
                                false,
                                format!(
                                    "security scheme `{name}`: {flow} `{url}` `{}` → `{}`",
                                    show(a),
                                    show(b)
                                ),
                                Vec::new(),
                            );
                        }
                    }
                }
            }
        }
        for name in &new_names {
            if !old_names.contains(name) {
                self.push(
                    "security-scheme-added",
                    false,
                    at_new(&format!("{base}/{}", escape(name))),
                    None,
                    false,
                    format!("security scheme `{name}` added"),
                    Vec::new(),
                );
            }
        }
    }

    /// Compare two security requirement lists (`None`: not declared at that level).
    fn security(&mut self, old_ptr: &str, new_ptr: &str, op: Option<&str>, place: &str) {
        let old = requirements(self.old, old_ptr);
        let new = requirements(self.new, new_ptr);
        if old == new {
            return;
        }
        let prefix = op
            .map(|o| format!("{o}: "))
            .unwrap_or_else(|| "every operation: ".into());
        let open = |r: &Vec<BTreeSet<String>>| r.is_empty() || r.iter().any(BTreeSet::is_empty);
        let show = |r: &BTreeSet<String>| {
            r.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(" + ")
        };
        let place = at_new(place);
        if open(&old) && !open(&new) {
            let alts: Vec<String> = new.iter().map(show).collect();
            self.push(
                "security-required",
                true,
                place,
                op,
                false,
                format!(
                    "{prefix}credentials are now required ({}): requests without them are refused",
                    alts.join(" or ")
                ),
                Vec::new(),
            );
            return;
        }
        if open(&new) && !open(&old) {
            self.push(
                "security-optional",
                false,
                place,
                op,
                false,
                format!("{prefix}credentials are no longer required"),
                Vec::new(),
            );
            return;
        }
        let dropped: Vec<String> = old
            .iter()
            .filter(|r| !r.is_empty() && !new.contains(r))
            .map(show)
            .collect();
        let added: Vec<String> = new
            .iter()
            .filter(|r| !r.is_empty() && !old.contains(r))
            .map(show)
            .collect();
        if !dropped.is_empty() {
            self.push(
                "security-changed",
                true,
                place,
                op,
                false,
                format!(
                    "{prefix}credentials {} no longer accepted{}",
                    dropped.join(", "),
                    if added.is_empty() {
                        String::new()
                    } else {
                        format!(" (now: {})", added.join(", "))
                    }
                ),
                Vec::new(),
            );
        } else if !added.is_empty() {
            self.push(
                "security-added",
                false,
                place,
                op,
                false,
                format!("{prefix}credentials {} also accepted", added.join(", ")),
                Vec::new(),
            );
        }
    }

    // ------------------------------------------------------------------ operations

    fn operation(&mut self, o: &Op, n: &Op) {
        let id = n.id.clone();
        let opn = Some(id.as_str());
        let op_subjects = vec![
            exact(format!("op:old:{}", o.id)),
            exact(format!("op:new:{}", n.id)),
            Subject::Within(Side::Old, o.ptr.clone()),
            Subject::Within(Side::New, n.ptr.clone()),
        ];
        if o.key != n.key {
            self.push(
                "operation-moved",
                true,
                at_new(&n.ptr),
                opn,
                false,
                format!(
                    "{id}: moved from `{}` to `{}`: clients built from OLD send it to the old place",
                    o.show(),
                    n.show()
                ),
                op_subjects.clone(),
            );
        }
        if o.id != n.id {
            self.push(
                "operation-id-changed",
                false,
                at_new(&format!("{}/operationId", n.ptr)),
                opn,
                false,
                format!(
                    "operationId `{}` → `{}` ({}, the same request on the wire): the generated method and the command `{}` → `{}` are renamed",
                    o.id,
                    n.id,
                    n.show(),
                    o.id.replace('_', "-"),
                    n.id.replace('_', "-")
                ),
                op_subjects,
            );
        }
        // Operation-level servers (where either side declares its own).
        let o_servers = effective_servers(self.old, o);
        let n_servers = effective_servers(self.new, n);
        if o_servers != "/servers" || n_servers != "/servers" {
            self.servers(&o_servers, &n_servers, opn);
        }
        // Operation-level security.
        let o_sec = format!("{}/security", o.ptr);
        let n_sec = format!("{}/security", n.ptr);
        if get(self.old, &o_sec).is_some() || get(self.new, &n_sec).is_some() {
            let o_eff = if get(self.old, &o_sec).is_some() {
                o_sec
            } else {
                "/security".into()
            };
            let n_eff = if get(self.new, &n_sec).is_some() {
                n_sec
            } else {
                "/security".into()
            };
            let place = if n_eff == "/security" {
                n.ptr.clone()
            } else {
                n_eff.clone()
            };
            self.security(&o_eff, &n_eff, opn, &place);
        }
        self.parameters(o, n);
        self.request_body(o, n);
        self.responses(o, n);
    }

    fn parameters(&mut self, o: &Op, n: &Op) {
        let id = n.id.as_str();
        let old = params(self.old, o);
        let new = params(self.new, n);
        let o_order = template_order(&o.path);
        let n_order = template_order(&n.path);
        // Path parameters match by position in the path; the others by place and name
        // (header names without case).
        let key = |p: &Param, order: &[String]| -> (String, String) {
            if p.loc == "path" {
                let i = order
                    .iter()
                    .position(|x| *x == p.name)
                    .unwrap_or(usize::MAX);
                ("path".into(), format!("#{i}"))
            } else if p.loc == "header" {
                (p.loc.clone(), p.name.to_ascii_lowercase())
            } else {
                (p.loc.clone(), p.name.clone())
            }
        };
        let list_anchor = if get(self.new, &format!("{}/parameters", n.ptr)).is_some() {
            format!("{}/parameters", n.ptr)
        } else {
            n.ptr.clone()
        };
        let mut removed: Vec<&Param> = Vec::new();
        let mut added: Vec<&Param> = Vec::new();
        for p in &old {
            let k = key(p, &o_order);
            match new.iter().find(|q| key(q, &n_order) == k) {
                Some(q) => self.parameter(id, p, q),
                None => removed.push(p),
            }
        }
        for q in &new {
            let k = key(q, &n_order);
            if !old.iter().any(|p| key(p, &o_order) == k) {
                added.push(q);
            }
        }
        // Moved between places: the same name elsewhere.
        let mut done_old: HashSet<usize> = HashSet::new();
        let mut done_new: HashSet<usize> = HashSet::new();
        for (i, p) in removed.iter().enumerate() {
            if let Some((j, q)) = added.iter().enumerate().find(|(j, q)| {
                !done_new.contains(j) && q.name.eq_ignore_ascii_case(&p.name) && q.loc != p.loc
            }) {
                done_old.insert(i);
                done_new.insert(j);
                self.push(
                    "parameter-moved",
                    true,
                    at_new(&q.entry),
                    Some(id),
                    false,
                    format!(
                        "{id}: parameter `{}` moved from {} to {}: clients built from OLD send it in the old place",
                        p.name,
                        place_word(&p.loc),
                        place_word(&q.loc)
                    ),
                    vec![
                        exact(format!("param:old:{}:{}:{}", o.id, p.loc, p.name)),
                        exact(format!("param:new:{id}:{}:{}", q.loc, q.name)),
                        Subject::Within(Side::Old, p.ptr.clone()),
                        Subject::Within(Side::New, q.ptr.clone()),
                    ],
                );
            }
        }
        // Into the request body, or out of it.
        let o_body = body_schema(self.old, o);
        let n_body = body_schema(self.new, n);
        let o_props = o_body
            .as_ref()
            .map(|s| object_view(self.old, s))
            .unwrap_or_default();
        let n_props = n_body
            .as_ref()
            .map(|s| object_view(self.new, s))
            .unwrap_or_default();
        for (i, p) in removed.iter().enumerate() {
            if done_old.contains(&i) || p.loc == "path" {
                continue;
            }
            if let Some(prop) = n_props.prop(&p.name)
                && o_props.prop(&p.name).is_none()
            {
                done_old.insert(i);
                self.moved_new.insert(prop.to_string());
                self.push(
                    "parameter-moved",
                    true,
                    at_new(prop),
                    Some(id),
                    false,
                    format!(
                        "{id}: parameter `{}` moved from {} to the request body: clients built from OLD send it in the old place",
                        p.name,
                        place_word(&p.loc)
                    ),
                    vec![
                        exact(format!("param:old:{}:{}:{}", o.id, p.loc, p.name)),
                        exact(format!("ptr:new:{prop}")),
                        Subject::Within(Side::Old, p.ptr.clone()),
                    ],
                );
            }
        }
        for (j, q) in added.iter().enumerate() {
            if done_new.contains(&j) || q.loc == "path" {
                continue;
            }
            if let Some(prop) = o_props.prop(&q.name)
                && n_props.prop(&q.name).is_none()
            {
                done_new.insert(j);
                self.moved_old.insert(prop.to_string());
                self.push(
                    "parameter-moved",
                    true,
                    at_new(&q.entry),
                    Some(id),
                    false,
                    format!(
                        "{id}: request body field `{}` moved to {}: clients built from OLD send it in the body",
                        q.name,
                        place_word(&q.loc)
                    ),
                    vec![
                        exact(format!("ptr:old:{prop}")),
                        exact(format!("param:new:{id}:{}:{}", q.loc, q.name)),
                        Subject::Within(Side::New, q.ptr.clone()),
                    ],
                );
            }
        }
        // Renamed: a new parameter whose schema is that of exactly one parameter gone from the
        // same place.
        for loc in ["query", "header", "cookie"] {
            for (j, q) in added.iter().enumerate() {
                if done_new.contains(&j) || q.loc != loc {
                    continue;
                }
                let twins: Vec<usize> = removed
                    .iter()
                    .enumerate()
                    .filter(|(i, p)| {
                        !done_old.contains(i)
                            && p.loc == loc
                            && self.same_schema(&p.schema_ptr(), &q.schema_ptr())
                    })
                    .map(|(i, _)| i)
                    .collect();
                let [i] = twins.as_slice() else { continue };
                let p = removed[*i];
                done_old.insert(*i);
                done_new.insert(j);
                self.push(
                    "parameter-renamed",
                    true,
                    at_new(&q.entry),
                    Some(id),
                    false,
                    format!(
                        "{id}: {loc} parameter `{}` renamed `{}`: the provider no longer reads `{}`",
                        p.name, q.name, p.name
                    ),
                    vec![
                        exact(format!("param:old:{}:{}:{}", o.id, p.loc, p.name)),
                        exact(format!("param:new:{id}:{}:{}", q.loc, q.name)),
                        Subject::Within(Side::Old, p.ptr.clone()),
                        Subject::Within(Side::New, q.ptr.clone()),
                    ],
                );
            }
        }
        for (i, p) in removed.iter().enumerate() {
            if done_old.contains(&i) {
                continue;
            }
            self.push(
                "parameter-removed",
                true,
                at_old(&p.entry, &list_anchor),
                Some(id),
                false,
                format!(
                    "{id}: {} parameter `{}` removed: clients built from OLD still send it",
                    p.loc, p.name
                ),
                vec![
                    exact(format!("param:old:{}:{}:{}", o.id, p.loc, p.name)),
                    Subject::Within(Side::Old, p.ptr.clone()),
                ],
            );
        }
        for (j, q) in added.iter().enumerate() {
            if done_new.contains(&j) {
                continue;
            }
            let subjects = vec![
                exact(format!("param:new:{id}:{}:{}", q.loc, q.name)),
                Subject::Within(Side::New, q.ptr.clone()),
            ];
            if q.required {
                self.push(
                    "parameter-added-required",
                    true,
                    at_new(&q.entry),
                    Some(id),
                    false,
                    format!(
                        "{id}: required {} parameter `{}` added: requests without it are refused",
                        q.loc, q.name
                    ),
                    subjects,
                );
            } else {
                self.push(
                    "parameter-added",
                    false,
                    at_new(&q.entry),
                    Some(id),
                    false,
                    format!("{id}: optional {} parameter `{}` added", q.loc, q.name),
                    subjects,
                );
            }
        }
    }

    /// One parameter present on both sides.
    fn parameter(&mut self, id: &str, p: &Param, q: &Param) {
        let subjects = vec![
            exact(format!(
                "param:old:{}:{}:{}",
                self.old_id_of(p),
                p.loc,
                p.name
            )),
            exact(format!("param:new:{id}:{}:{}", q.loc, q.name)),
        ];
        if p.name != q.name {
            // A path parameter under another name: same URL.
            self.push(
                "path-parameter-renamed",
                false,
                at_new(&q.entry),
                Some(id),
                false,
                format!(
                    "{id}: path parameter `{}` renamed `{}` (the URL is the same)",
                    p.name, q.name
                ),
                subjects.clone(),
            );
        }
        if !p.required && q.required {
            self.push(
                "parameter-required",
                true,
                at_new(&format!("{}/required", q.ptr)),
                Some(id),
                false,
                format!(
                    "{id}: {} parameter `{}` is now required: requests without it are refused",
                    q.loc, q.name
                ),
                subjects.clone(),
            );
        } else if p.required && !q.required {
            self.push(
                "parameter-optional",
                false,
                at_new(&format!("{}/required", q.ptr)),
                Some(id),
                false,
                format!("{id}: {} parameter `{}` is now optional", q.loc, q.name),
                subjects.clone(),
            );
        }
        let label = Label {
            dir: Dir::Request,
            op: Some(id.to_string()),
            base: format!("{} parameter `{}`", q.loc, q.name),
            path: String::new(),
            component: false,
            subjects,
        };
        self.schema(id, &p.schema_ptr(), &q.schema_ptr(), &label);
    }

    /// The OLD operationId a parameter belongs to (its entry pointer names the operation).
    fn old_id_of(&self, p: &Param) -> String {
        // `/paths/<path>/<method>/parameters/<i>` or `/paths/<path>/parameters/<i>`.
        let op_ptr = p.entry.rsplitn(3, '/').nth(2).unwrap_or_default();
        get(self.old, op_ptr)
            .and_then(|op| op.get("operationId"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_default()
    }

    fn same_schema(&self, old_ptr: &str, new_ptr: &str) -> bool {
        let a = get(self.old, &resolve_ptr(self.old, old_ptr));
        let b = get(self.new, &resolve_ptr(self.new, new_ptr));
        match (a, b) {
            (Some(a), Some(b)) => strip_docs(a) == strip_docs(b),
            (None, None) => true,
            _ => false,
        }
    }

    fn request_body(&mut self, o: &Op, n: &Op) {
        let id = n.id.as_str();
        let o_entry = format!("{}/requestBody", o.ptr);
        let n_entry = format!("{}/requestBody", n.ptr);
        let o_has = get(self.old, &o_entry).is_some();
        let n_has = get(self.new, &n_entry).is_some();
        let subjects = vec![
            exact(format!("body:old:{}", o.id)),
            exact(format!("body:new:{id}")),
        ];
        let required = |doc: &Doc, ptr: &str| {
            get(doc, ptr)
                .and_then(|b| b.get("required"))
                .and_then(Value::as_bool)
                .unwrap_or(false)
        };
        match (o_has, n_has) {
            (false, false) => return,
            (true, false) => {
                self.push(
                    "request-body-removed",
                    true,
                    at_old(&o_entry, &n.ptr),
                    Some(id),
                    false,
                    format!("{id}: request body removed: clients built from OLD still send one"),
                    subjects,
                );
                return;
            }
            (false, true) => {
                let req = required(self.new, &resolve_ptr(self.new, &n_entry));
                self.push(
                    if req {
                        "request-body-added-required"
                    } else {
                        "request-body-added"
                    },
                    req,
                    at_new(&n_entry),
                    Some(id),
                    false,
                    if req {
                        format!(
                            "{id}: required request body added: requests without it are refused"
                        )
                    } else {
                        format!("{id}: optional request body added")
                    },
                    subjects,
                );
                return;
            }
            (true, true) => {}
        }
        let o_ptr = resolve_ptr(self.old, &o_entry);
        let n_ptr = resolve_ptr(self.new, &n_entry);
        let (o_req, n_req) = (required(self.old, &o_ptr), required(self.new, &n_ptr));
        if !o_req && n_req {
            self.push(
                "request-body-required",
                true,
                at_new(&format!("{n_ptr}/required")),
                Some(id),
                false,
                format!("{id}: the request body is now required: requests without it are refused"),
                subjects.clone(),
            );
        } else if o_req && !n_req {
            self.push(
                "request-body-optional",
                false,
                at_new(&format!("{n_ptr}/required")),
                Some(id),
                false,
                format!("{id}: the request body is now optional"),
                subjects.clone(),
            );
        }
        let media = |doc: &Doc, ptr: &str| -> Vec<String> {
            get(doc, &format!("{ptr}/content"))
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let o_media = media(self.old, &o_ptr);
        let n_media = media(self.new, &n_ptr);
        for m in &o_media {
            let o_mt = format!("{o_ptr}/content/{}", escape(m));
            if n_media.contains(m) {
                let n_mt = format!("{n_ptr}/content/{}", escape(m));
                let label = Label {
                    dir: Dir::Request,
                    op: Some(id.to_string()),
                    base: "request body".into(),
                    path: String::new(),
                    component: false,
                    subjects: subjects.clone(),
                };
                self.schema(
                    id,
                    &format!("{o_mt}/schema"),
                    &format!("{n_mt}/schema"),
                    &label,
                );
            } else {
                self.push(
                    "request-media-type-removed",
                    true,
                    at_old(&o_mt, &format!("{n_ptr}/content")),
                    Some(id),
                    false,
                    format!("{id}: the request body is no longer accepted as `{m}`: clients built from OLD send it so"),
                    subjects.clone(),
                );
            }
        }
        for m in &n_media {
            if !o_media.contains(m) {
                self.push(
                    "request-media-type-added",
                    false,
                    at_new(&format!("{n_ptr}/content/{}", escape(m))),
                    Some(id),
                    false,
                    format!("{id}: the request body is also accepted as `{m}`"),
                    subjects.clone(),
                );
            }
        }
    }

    fn responses(&mut self, o: &Op, n: &Op) {
        let id = n.id.as_str();
        let codes = |doc: &Doc, op: &Op| -> Vec<String> {
            get(doc, &format!("{}/responses", op.ptr))
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let o_codes = codes(self.old, o);
        let n_codes = codes(self.new, n);
        let n_list = format!("{}/responses", n.ptr);
        for code in &o_codes {
            let o_entry = format!("{}/responses/{}", o.ptr, escape(code));
            if !n_codes.contains(code) {
                let success = code.starts_with('2');
                self.push(
                    "response-status-removed",
                    false,
                    at_old(&o_entry, &n_list),
                    Some(id),
                    false,
                    if success {
                        format!("{id}: no longer answers {code}")
                    } else {
                        format!("{id}: error answer {code} no longer declared")
                    },
                    Vec::new(),
                );
                continue;
            }
            let n_entry = format!("{n_list}/{}", escape(code));
            self.response(id, code, &o_entry, &n_entry);
        }
        for code in &n_codes {
            if o_codes.contains(code) {
                continue;
            }
            let n_entry = format!("{n_list}/{}", escape(code));
            if code.starts_with('2') {
                self.push(
                    "response-status-added",
                    true,
                    at_new(&n_entry),
                    Some(id),
                    false,
                    format!("{id}: may now answer {code}: clients built from OLD do not expect it and fail"),
                    Vec::new(),
                );
            } else {
                self.push(
                    "response-status-added",
                    false,
                    at_new(&n_entry),
                    Some(id),
                    false,
                    format!("{id}: error answer {code} now declared"),
                    Vec::new(),
                );
            }
        }
    }

    fn response(&mut self, id: &str, code: &str, o_entry: &str, n_entry: &str) {
        let o_ptr = resolve_ptr(self.old, o_entry);
        let n_ptr = resolve_ptr(self.new, n_entry);
        let media = |doc: &Doc, ptr: &str| -> Vec<String> {
            get(doc, &format!("{ptr}/content"))
                .and_then(Value::as_object)
                .map(|m| m.keys().cloned().collect())
                .unwrap_or_default()
        };
        let o_media = media(self.old, &o_ptr);
        let n_media = media(self.new, &n_ptr);
        let success = code.starts_with('2');
        for m in &o_media {
            let o_mt = format!("{o_ptr}/content/{}", escape(m));
            if n_media.contains(m) {
                let n_mt = format!("{n_ptr}/content/{}", escape(m));
                let label = Label {
                    dir: Dir::Response,
                    op: Some(id.to_string()),
                    base: format!("response {code}"),
                    path: String::new(),
                    component: false,
                    subjects: Vec::new(),
                };
                self.schema(
                    id,
                    &format!("{o_mt}/schema"),
                    &format!("{n_mt}/schema"),
                    &label,
                );
            } else if success {
                self.push(
                    "response-media-type-removed",
                    true,
                    at_old(&o_mt, n_entry),
                    Some(id),
                    false,
                    format!("{id}: answer {code} no longer comes as `{m}`: clients built from OLD expect it"),
                    Vec::new(),
                );
            }
        }
        if success {
            for m in &n_media {
                if !o_media.contains(m) && !o_media.is_empty() {
                    self.push(
                        "response-media-type-added",
                        !is_json(m)
                            && o_media.iter().all(|x| is_json(x))
                            && n_media.iter().all(|x| !is_json(x)),
                        at_new(&format!("{n_ptr}/content/{}", escape(m))),
                        Some(id),
                        false,
                        format!("{id}: answer {code} may now come as `{m}`"),
                        Vec::new(),
                    );
                }
            }
        }
    }

    // ------------------------------------------------------------------ schemas

    /// Compare the schemas at `old_ptr` and `new_ptr`; the indices of the findings made (for a
    /// shared component, also those made the first time it was compared).
    fn schema(&mut self, op: &str, old_ptr: &str, new_ptr: &str, label: &Label) -> Vec<usize> {
        let o_ptr = resolve_ptr(self.old, old_ptr);
        let n_ptr = resolve_ptr(self.new, new_ptr);
        let (Some(o), Some(n)) = (get(self.old, &o_ptr), get(self.new, &n_ptr)) else {
            return Vec::new();
        };
        let via_ref = o_ptr != old_ptr || n_ptr != new_ptr;
        let mut label = label.clone();
        let key = (o_ptr.clone(), n_ptr.clone(), label.dir);
        if via_ref {
            if let Some(done) = self.memo.get(&key) {
                let done = done.clone();
                for &i in &done {
                    if !self.out[i].operations.iter().any(|x| x == op) {
                        self.out[i].operations.push(op.to_string());
                    }
                }
                return done;
            }
            if self.active.contains(&key) {
                return Vec::new();
            }
            if let Some(name) = n_ptr.strip_prefix("/components/schemas/")
                && !name.contains('/')
            {
                label.base = name.replace("~1", "/").replace("~0", "~");
                label.path.clear();
                label.op = None;
                label.component = true;
            }
            self.active.insert(key.clone());
        }
        if self.depth > 48 {
            return Vec::new();
        }
        self.depth += 1;
        let mut found = Vec::new();
        let mut subjects = label.subjects.clone();
        subjects.push(exact(format!("ptr:old:{old_ptr}")));
        subjects.push(exact(format!("ptr:new:{new_ptr}")));
        let shared = label.component;
        let opn = Some(op);
        let what = label.what();
        let dir = label.dir;

        // nullable
        let o_null = o.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        let n_null = n.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        if o_null != n_null {
            let (rule, wire, msg) = match (dir, n_null) {
                (Dir::Request, false) => (
                    "nullable-removed",
                    true,
                    format!("{what}: no longer accepts null: clients built from OLD may send it"),
                ),
                (Dir::Request, true) => {
                    ("nullable-added", false, format!("{what}: now accepts null"))
                }
                (Dir::Response, true) => (
                    "nullable-added",
                    true,
                    format!("{what}: may now be null: clients built from OLD fail on it"),
                ),
                (Dir::Response, false) => (
                    "nullable-removed",
                    false,
                    format!("{what}: is never null any more"),
                ),
            };
            found.push(self.push(
                rule,
                wire,
                at_new(&format!("{n_ptr}/nullable")),
                opn,
                shared,
                msg,
                subjects.clone(),
            ));
        }

        // type and format
        if let Some((rule, wire, msg)) = type_change(o, n, dir) {
            // At the format when only the format changed.
            let key = if o.get("type") == n.get("type") && n.get("format").is_some() {
                "format"
            } else {
                "type"
            };
            found.push(self.push(
                rule,
                wire,
                at_new(&format!("{n_ptr}/{key}")),
                opn,
                shared,
                format!("{what}: {msg}"),
                subjects.clone(),
            ));
        }

        // enum
        found.extend(self.enums(o, n, &o_ptr, &n_ptr, &what, dir, op, shared));

        // constraints (what a request may carry)
        if dir == Dir::Request {
            for (key, narrower_if_less) in [
                ("maxLength", true),
                ("maximum", true),
                ("maxItems", true),
                ("minLength", false),
                ("minimum", false),
                ("minItems", false),
            ] {
                let a = o.get(key).and_then(Value::as_f64);
                let b = n.get(key).and_then(Value::as_f64);
                if a == b {
                    continue;
                }
                let narrowed = match (a, b) {
                    (None, Some(_)) => true,
                    (Some(_), None) => false,
                    (Some(a), Some(b)) => (b < a) == narrower_if_less,
                    (None, None) => false,
                };
                let show = |v: Option<f64>| v.map(fmt_num).unwrap_or_else(|| "none".into());
                let place = if b.is_some() {
                    format!("{n_ptr}/{key}")
                } else {
                    n_ptr.clone()
                };
                found.push(self.push(
                    if narrowed { "constraint-narrowed" } else { "constraint-widened" },
                    narrowed,
                    at_new(&place),
                    opn,
                    shared,
                    if narrowed {
                        format!("{what}: `{key}` {} → {}: values clients built from OLD send may be refused", show(a), show(b))
                    } else {
                        format!("{what}: `{key}` {} → {}", show(a), show(b))
                    },
                    subjects.clone(),
                ));
            }
            let (a, b) = (o.get("pattern"), n.get("pattern"));
            if a != b {
                let narrowed = b.is_some();
                found.push(self.push(
                    if narrowed { "constraint-narrowed" } else { "constraint-widened" },
                    narrowed,
                    at_new(&if b.is_some() { format!("{n_ptr}/pattern") } else { n_ptr.clone() }),
                    opn,
                    shared,
                    match (a, b) {
                        (_, Some(p)) => format!("{what}: must now match `{}`: values clients built from OLD send may be refused", show_value(p)),
                        _ => format!("{what}: no pattern any more"),
                    },
                    subjects.clone(),
                ));
            }
        }

        // object properties
        if is_object_like(o) || is_object_like(n) {
            found.extend(self.properties(op, &o_ptr, &n_ptr, &label));
        }

        // array items
        if o.get("items").is_some() && n.get("items").is_some() {
            let l = label.step("[]");
            found.extend(self.schema(op, &format!("{o_ptr}/items"), &format!("{n_ptr}/items"), &l));
        }
        if o.get("additionalProperties").is_some_and(Value::is_object)
            && n.get("additionalProperties").is_some_and(Value::is_object)
        {
            let l = label.step("{}");
            found.extend(self.schema(
                op,
                &format!("{o_ptr}/additionalProperties"),
                &format!("{n_ptr}/additionalProperties"),
                &l,
            ));
        }
        for kind in ["oneOf", "anyOf"] {
            found.extend(self.variants(op, &o_ptr, &n_ptr, kind, &label));
        }

        self.depth -= 1;
        if via_ref {
            self.active.remove(&key);
            self.memo.insert(key, found.clone());
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    fn enums(
        &mut self,
        o: &Value,
        n: &Value,
        o_ptr: &str,
        n_ptr: &str,
        what: &str,
        dir: Dir,
        op: &str,
        shared: bool,
    ) -> Vec<usize> {
        let mut found = Vec::new();
        let (a, b) = (
            o.get("enum").and_then(Value::as_array),
            n.get("enum").and_then(Value::as_array),
        );
        if a == b {
            return found;
        }
        let opn = Some(op);
        let subjects = |side: &str, ptr: &str, v: &Value| {
            vec![exact(format!("enum:{side}:{ptr}={}", show_value(v)))]
        };
        match (a, b) {
            (Some(a), Some(b)) => {
                for (i, v) in a.iter().enumerate() {
                    if b.contains(v) {
                        continue;
                    }
                    let value = show_value(v);
                    let (rule, wire, msg) = match dir {
                        Dir::Request => (
                            "enum-value-removed",
                            true,
                            format!(
                                "{what}: no longer accepts `{value}`: clients built from OLD may send it"
                            ),
                        ),
                        Dir::Response => (
                            "enum-value-removed",
                            false,
                            format!("{what}: answers no longer carry `{value}`"),
                        ),
                    };
                    let ptr = format!("{o_ptr}/enum/{i}");
                    let anchor = format!("{n_ptr}/enum");
                    found.push(self.push(
                        rule,
                        wire,
                        at_old(&ptr, &anchor),
                        opn,
                        shared,
                        msg,
                        subjects("old", o_ptr, v),
                    ));
                }
                for (i, v) in b.iter().enumerate() {
                    if a.contains(v) {
                        continue;
                    }
                    let value = show_value(v);
                    let (rule, wire, msg) = match dir {
                        Dir::Request => (
                            "enum-value-added",
                            false,
                            format!("{what}: now also accepts `{value}`"),
                        ),
                        // The build opens an answer's string enum (`runtime::Open`) unless the
                        // spec cites it as closed: an unlisted value decodes as `Unknown`.
                        Dir::Response if open_answer_enum(n) => (
                            "enum-value-added",
                            false,
                            format!(
                                "{what}: answers may now carry `{value}` (clients built from OLD read it as `Unknown`: answer enums are open)"
                            ),
                        ),
                        Dir::Response => (
                            "enum-value-added",
                            true,
                            format!(
                                "{what}: answers may now carry `{value}`, which clients built from OLD cannot read"
                            ),
                        ),
                    };
                    found.push(self.push(
                        rule,
                        wire,
                        at_new(&format!("{n_ptr}/enum/{i}")),
                        opn,
                        shared,
                        msg,
                        subjects("new", n_ptr, v),
                    ));
                }
            }
            (None, Some(b)) => {
                let values: Vec<String> =
                    b.iter().map(|v| format!("`{}`", show_value(v))).collect();
                let (wire, msg) = match dir {
                    Dir::Request => (
                        true,
                        format!(
                            "{what}: now limited to {}: other values clients built from OLD send are refused",
                            values.join(", ")
                        ),
                    ),
                    Dir::Response => (
                        false,
                        format!("{what}: now limited to {}", values.join(", ")),
                    ),
                };
                found.push(self.push(
                    "enum-added",
                    wire,
                    at_new(&format!("{n_ptr}/enum")),
                    opn,
                    shared,
                    msg,
                    vec![exact(format!("ptr:new:{n_ptr}"))],
                ));
            }
            (Some(_), None) => {
                let (wire, msg) = match dir {
                    Dir::Request => (
                        false,
                        format!("{what}: no longer limited to a list of values"),
                    ),
                    Dir::Response => (
                        true,
                        format!(
                            "{what}: no longer limited to a list of values: answers may carry values clients built from OLD cannot read"
                        ),
                    ),
                };
                found.push(self.push(
                    "enum-removed",
                    wire,
                    at_new(n_ptr),
                    opn,
                    shared,
                    msg,
                    vec![exact(format!("ptr:new:{n_ptr}"))],
                ));
            }
            (None, None) => {}
        }
        found
    }

    fn properties(&mut self, op: &str, o_ptr: &str, n_ptr: &str, label: &Label) -> Vec<usize> {
        let mut found = Vec::new();
        let ov = object_view(self.old, o_ptr);
        let nv = object_view(self.new, n_ptr);
        let shared = label.component;
        let opn = Some(op);
        let dir = label.dir;
        let anchor = nv.container.clone().unwrap_or_else(|| n_ptr.to_string());
        for (name, o_prop) in &ov.props {
            let l = label.step(&format!(".{name}"));
            let what = l.what();
            let o_req = ov.required.contains(name);
            let subjects = vec![exact(format!("ptr:old:{o_prop}"))];
            match nv.prop(name) {
                None => {
                    if self.moved_old.contains(o_prop) {
                        continue;
                    }
                    let (wire, msg) = match (dir, o_req) {
                        (Dir::Request, _) => (
                            true,
                            format!("{what} removed: clients built from OLD still send it"),
                        ),
                        (Dir::Response, true) => (
                            true,
                            format!(
                                "{what} removed: clients built from OLD require it and fail without it"
                            ),
                        ),
                        (Dir::Response, false) => (
                            false,
                            format!(
                                "{what} removed (it was optional: clients built from OLD read it as absent)"
                            ),
                        ),
                    };
                    found.push(self.push(
                        "field-removed",
                        wire,
                        at_old(o_prop, &anchor),
                        opn,
                        shared,
                        msg,
                        subjects,
                    ));
                }
                Some(n_prop) => {
                    let n_prop = n_prop.to_string();
                    let n_req = nv.required.contains(name);
                    let mut subjects = subjects;
                    subjects.push(exact(format!("ptr:new:{n_prop}")));
                    if o_req != n_req {
                        let (rule, wire, msg) = match (dir, n_req) {
                            (Dir::Request, true) => (
                                "field-required",
                                true,
                                format!("{what} is now required: requests without it are refused"),
                            ),
                            (Dir::Request, false) => {
                                ("field-optional", false, format!("{what} is now optional"))
                            }
                            (Dir::Response, false) => (
                                "field-optional",
                                true,
                                format!(
                                    "{what} is now optional: answers may lack it, and clients built from OLD require it"
                                ),
                            ),
                            (Dir::Response, true) => (
                                "field-required",
                                false,
                                format!("{what} is now always present"),
                            ),
                        };
                        found.push(self.push(
                            rule,
                            wire,
                            at_new(&n_prop),
                            opn,
                            shared,
                            msg,
                            subjects,
                        ));
                    }
                    found.extend(self.schema(op, o_prop, &n_prop, &l));
                }
            }
        }
        for (name, n_prop) in &nv.props {
            if ov.prop(name).is_some() || self.moved_new.contains(n_prop) {
                continue;
            }
            let what = label.step(&format!(".{name}")).what();
            let req = nv.required.contains(name);
            let (rule, wire, msg) = match (dir, req) {
                (Dir::Request, true) => (
                    "field-added-required",
                    true,
                    format!("{what} added as required: requests without it are refused"),
                ),
                (Dir::Request, false) => ("field-added", false, format!("{what} added (optional)")),
                (Dir::Response, _) => ("field-added", false, format!("{what} added")),
            };
            let subjects = vec![exact(format!("ptr:new:{n_prop}"))];
            found.push(self.push(rule, wire, at_new(n_prop), opn, shared, msg, subjects));
        }
        found
    }

    fn variants(
        &mut self,
        op: &str,
        o_ptr: &str,
        n_ptr: &str,
        kind: &str,
        label: &Label,
    ) -> Vec<usize> {
        let mut found = Vec::new();
        let list = |doc: &Doc, ptr: &str| -> Vec<(String, Option<String>)> {
            get(doc, &format!("{ptr}/{kind}"))
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .enumerate()
                        .map(|(i, v)| {
                            (
                                format!("{ptr}/{kind}/{i}"),
                                v.get("$ref")
                                    .and_then(Value::as_str)
                                    .map(|r| r.rsplit('/').next().unwrap_or(r).to_string()),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let a = list(self.old, o_ptr);
        let b = list(self.new, n_ptr);
        if a.is_empty() && b.is_empty() {
            return found;
        }
        let mut used = HashSet::new();
        let what = label.what();
        let shared = label.component;
        for (i, (pa, ra)) in a.iter().enumerate() {
            // By referenced name, else by position.
            let hit = b
                .iter()
                .enumerate()
                .find(|(j, (_, rb))| !used.contains(j) && ra.is_some() && rb == ra)
                .or_else(|| {
                    b.get(i)
                        .filter(|(_, rb)| ra.is_none() && rb.is_none() && !used.contains(&i))
                        .map(|x| (i, x))
                });
            match hit {
                Some((j, (pb, _))) => {
                    used.insert(j);
                    let pb = pb.clone();
                    found.extend(self.schema(op, pa, &pb, label));
                }
                None => {
                    let name = ra.clone().unwrap_or_else(|| format!("#{i}"));
                    let (wire, msg) = match label.dir {
                        Dir::Request => (
                            true,
                            format!(
                                "{what}: the `{name}` alternative ({kind}) is no longer accepted"
                            ),
                        ),
                        Dir::Response => (
                            false,
                            format!(
                                "{what}: answers are no longer of the `{name}` alternative ({kind})"
                            ),
                        ),
                    };
                    let anchor = format!("{n_ptr}/{kind}");
                    found.push(self.push(
                        "alternative-removed",
                        wire,
                        at_old(pa, &anchor),
                        Some(op),
                        shared,
                        msg,
                        Vec::new(),
                    ));
                }
            }
        }
        for (j, (pb, rb)) in b.iter().enumerate() {
            if used.contains(&j) {
                continue;
            }
            let name = rb.clone().unwrap_or_else(|| format!("#{j}"));
            let (wire, msg) = match label.dir {
                Dir::Request => (
                    false,
                    format!("{what}: the `{name}` alternative ({kind}) is now accepted"),
                ),
                Dir::Response => (
                    true,
                    format!(
                        "{what}: answers may now be of the `{name}` alternative ({kind}), which clients built from OLD cannot read"
                    ),
                ),
            };
            found.push(self.push(
                "alternative-added",
                wire,
                at_new(pb),
                Some(op),
                shared,
                msg,
                Vec::new(),
            ));
        }
        found
    }
}

fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A schema without what does not change the wire (descriptions, examples, titles).
fn strip_docs(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| {
                    !matches!(
                        k.as_str(),
                        "description" | "example" | "examples" | "title" | "summary"
                    )
                })
                .map(|(k, v)| (k.clone(), strip_docs(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip_docs).collect()),
        other => other.clone(),
    }
}

fn type_of(v: &Value) -> (Option<&str>, Option<&str>) {
    (
        v.get("type").and_then(Value::as_str),
        v.get("format").and_then(Value::as_str),
    )
}

/// Whether the build decodes this answer enum leniently: string values, not cited as closed.
fn open_answer_enum(schema: &Value) -> bool {
    schema.get("x-deploykit-closed").is_none()
        && schema
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|v| v.iter().all(Value::is_string))
        && schema
            .get("type")
            .is_none_or(|t| t.as_str() == Some("string"))
}

fn show_type(t: Option<&str>, f: Option<&str>) -> String {
    match (t, f) {
        (Some(t), Some(f)) => format!("{t} ({f})"),
        (Some(t), None) => t.to_string(),
        (None, Some(f)) => format!("any ({f})"),
        (None, None) => "any".into(),
    }
}

/// A format's rank within its type (higher takes more values); `None` when not comparable.
fn format_rank(t: &str, f: Option<&str>) -> Option<u8> {
    match (t, f) {
        ("integer", Some("int32")) => Some(1),
        ("integer", Some("int64") | None) => Some(2),
        ("number", Some("float")) => Some(1),
        ("number", Some("double") | None) => Some(2),
        ("string", None) => Some(2),
        ("string", Some(_)) => Some(1),
        _ => None,
    }
}

/// A change of type or format: rule, breaking, message.
fn type_change(o: &Value, n: &Value, dir: Dir) -> Option<(&'static str, bool, String)> {
    let (ot, of) = type_of(o);
    let (nt, nf) = type_of(n);
    if (ot, of) == (nt, nf) {
        return None;
    }
    // A schema that is only a composition has no type of its own.
    if ot.is_none() && nt.is_none() && of.is_none() && nf.is_none() {
        return None;
    }
    let from = show_type(ot, of);
    let to = show_type(nt, nf);
    // Wider: more values. Request side: wider is fine. Response side: narrower is fine.
    let wider = match (ot, nt) {
        (Some(a), Some(b)) if a == b => match (format_rank(a, of), format_rank(b, nf)) {
            (Some(x), Some(y)) if x < y => Some(true),
            (Some(x), Some(y)) if x > y => Some(false),
            _ if of.is_some() && nf.is_some() => None,
            _ => None,
        },
        (Some("integer"), Some("number")) => Some(true),
        (Some("number"), Some("integer")) => Some(false),
        (Some(_), None) if nf.is_none() => Some(true),
        (None, Some(_)) => Some(false),
        _ => None,
    };
    Some(match (wider, dir) {
        (Some(true), Dir::Request) => (
            "type-widened",
            false,
            format!("type `{from}` → `{to}` (widened)"),
        ),
        (Some(false), Dir::Response) => (
            "type-narrowed",
            false,
            format!("type `{from}` → `{to}` (narrowed)"),
        ),
        (Some(false), Dir::Request) => (
            "type-narrowed",
            true,
            format!(
                "type `{from}` → `{to}` (narrowed): values clients built from OLD send may be refused"
            ),
        ),
        (Some(true), Dir::Response) => (
            "type-widened",
            true,
            format!(
                "type `{from}` → `{to}` (widened): answers may carry values clients built from OLD cannot read"
            ),
        ),
        (None, _) => (
            "type-changed",
            true,
            format!(
                "type `{from}` → `{to}`: clients built from OLD {}",
                match dir {
                    Dir::Request => "send the old type",
                    Dir::Response => "cannot read the new one",
                }
            ),
        ),
    })
}

fn split_url(url: &str) -> (&str, &str) {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    match rest.find('/') {
        Some(i) => (&url[..url.len() - rest.len() + i], &rest[i..]),
        None => (url, ""),
    }
}

fn or_root(path: &str) -> &str {
    if path.is_empty() { "/" } else { path }
}

fn place_word(loc: &str) -> String {
    match loc {
        "query" => "the query".into(),
        "header" => "a header".into(),
        "path" => "the path".into(),
        "cookie" => "a cookie".into(),
        other => other.to_string(),
    }
}

/// The servers list that applies to an operation: its own, its path item's, or the document's.
fn effective_servers(doc: &Doc, op: &Op) -> String {
    for ptr in [
        format!("{}/servers", op.ptr),
        format!("{}/servers", op.item_ptr),
    ] {
        if get(doc, &ptr).is_some_and(|s| s.as_array().is_some_and(|a| !a.is_empty())) {
            return ptr;
        }
    }
    "/servers".into()
}

/// Security requirements as sets of `scheme` or `scheme[scope …]`.
fn requirements(doc: &Doc, ptr: &str) -> Vec<BTreeSet<String>> {
    get(doc, ptr)
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(Value::as_object)
                .map(|req| {
                    req.iter()
                        .map(|(name, scopes)| {
                            let scopes: Vec<String> = scopes
                                .as_array()
                                .into_iter()
                                .flatten()
                                .filter_map(|s| s.as_str().map(str::to_string))
                                .collect();
                            if scopes.is_empty() {
                                name.clone()
                            } else {
                                format!("{name}[{}]", scopes.join(" "))
                            }
                        })
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The request body's (first JSON, else first) schema pointer of an operation.
fn body_schema(doc: &Doc, op: &Op) -> Option<String> {
    let body = resolve_ptr(doc, &format!("{}/requestBody", op.ptr));
    let content = get(doc, &format!("{body}/content"))?.as_object()?;
    let media = content
        .keys()
        .find(|m| is_json(m))
        .or_else(|| content.keys().next())?;
    Some(format!("{body}/content/{}/schema", escape(media)))
}

/// Compare two documents: the findings (merged, unsorted) and the operations paired.
pub(super) fn compare(old: &Doc, new: &Doc) -> (Vec<Finding>, Pairs) {
    let mut c = Cmp {
        old,
        new,
        out: Vec::new(),
        memo: HashMap::new(),
        active: HashSet::new(),
        moved_new: HashSet::new(),
        moved_old: HashSet::new(),
        depth: 0,
    };
    c.servers("/servers", "/servers", None);
    c.security_schemes();
    c.security("/security", "/security", None, "/security");
    let olds = operations(old);
    let news = operations(new);
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    for (i, n) in news.iter().enumerate() {
        by_key.entry(n.key.as_str()).or_insert(i);
    }
    let mut paired_new = vec![false; news.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut unpaired_old = Vec::new();
    for (i, o) in olds.iter().enumerate() {
        match by_key.get(o.key.as_str()) {
            Some(&j) if !paired_new[j] => {
                paired_new[j] = true;
                pairs.push((i, j));
            }
            _ => unpaired_old.push(i),
        }
    }
    // Moved: the same operationId at another method or path.
    let mut removed = Vec::new();
    for i in unpaired_old {
        let o = &olds[i];
        let hit = (!o.id.is_empty())
            .then(|| {
                news.iter()
                    .enumerate()
                    .find(|(j, n)| !paired_new[*j] && n.id == o.id)
            })
            .flatten();
        match hit {
            Some((j, _)) => {
                paired_new[j] = true;
                pairs.push((i, j));
            }
            None => removed.push(i),
        }
    }
    for &(i, j) in &pairs {
        c.operation(&olds[i], &news[j]);
    }
    for i in removed {
        let o = &olds[i];
        let anchor = if get(new, &o.item_ptr).is_some() {
            o.item_ptr.clone()
        } else {
            "/paths".into()
        };
        c.push(
            "operation-removed",
            true,
            at_old(&o.ptr, &anchor),
            Some(&o.id),
            false,
            format!(
                "operation `{}` ({}) removed: clients built from OLD still call it",
                o.id,
                o.show()
            ),
            vec![
                exact(format!("op:old:{}", o.id)),
                Subject::Within(Side::Old, o.ptr.clone()),
            ],
        );
    }
    for (j, n) in news.iter().enumerate() {
        if paired_new[j] {
            continue;
        }
        c.push(
            "operation-added",
            false,
            at_new(&n.ptr),
            Some(&n.id),
            false,
            format!("operation `{}` ({}) added", n.id, n.show()),
            vec![
                exact(format!("op:new:{}", n.id)),
                Subject::Within(Side::New, n.ptr.clone()),
            ],
        );
    }
    let pairs = pairs
        .iter()
        .map(|&(i, j)| (olds[i].id.clone(), news[j].id.clone()))
        .collect();
    (c.out, pairs)
}
