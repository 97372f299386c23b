//! Points progenitor's output at deploykit's runtime, so that every generated call has one typed
//! error channel.
//!
//! progenitor 0.15's hooks cannot carry a typed error: `exec` returns `reqwest::Result` and a
//! failing `pre` can only say a string. The generated code is therefore taken as a syntax tree
//! and a few of its names are swapped for the runtime's (`deploykit::runtime::generated`):
//!
//! - the hooks trait, `OperationInfo`, `encode_path`, `RequestBuilderExt` and `Error` are
//!   imported from the runtime instead of `progenitor_client`, so `send()` returns
//!   `deploykit::Error` and its `pre`/`exec`/`post` calls are the runtime's typed hooks;
//! - `Error<E>` in signatures becomes `Error`, `Error::InvalidRequest` the runtime's
//!   `invalid_request`, `.build()?` maps its `reqwest::Error` with `request_error`;
//! - the `api-version` header progenitor adds to every request (from `info.version`; no
//!   provider asks for it) is taken out, and with it the header map it was the only entry of;
//! - in the status `match` of each `send()`, success arms decode with the runtime's
//!   `from_response` (size limit, provider's success check, typed decoding error); error arms are
//!   dropped (the send path has already turned every non-2xx answer into the provider's error),
//!   and undeclared statuses become `undeclared_status`;
//! - an operation whose success statuses answer different schemas decodes **by status**: the arm
//!   of each status decodes that status's own type (`from_response_as::<Deployment, _, _>` for
//!   GitHub's 201, `DeploymentMergedBranch` for its 202) and wraps it in the merged type through
//!   typify's `From` impl; the merged type's untagged `Deserialize` (which would try the variants
//!   in turn, and with lenient `required` lists could pick the wrong one) is never used to decode
//!   an answer;
//! - every list field of a type an answer can carry decodes `null` as an empty list
//!   (`null_as_empty`);
//! - every `date-time` field (`DateTime<Utc>`, optional or not) decodes with the runtime's
//!   `utc_date_time`: chrono's result, without chrono's general parser for the form providers
//!   send;
//! - the URL of each call, `format!("{}/repos/{}/{}", client.baseurl, path_param(…)?, …)`, is
//!   made by the runtime from its pieces (`call_url(client, op, &["/repos/", &*path_param(…)?,
//!   …])?`): one allocation of the exact length instead of the formatting machinery growing a
//!   `String`, and only the path and query parsed (the base URL's scheme and host once per
//!   client, not at every call as `RequestBuilder` parses a URL given as text);
//! - the query parameters of a call (`.query(&QueryParam::new("name", &value))`, one
//!   `RequestBuilder::query` and one pass of the URL's form serializer each) are appended to the
//!   built request in one pass, in the same order, through the runtime's `Query`: text as it is,
//!   other values as `QueryParam` serialises them;
//! - a nullable object (typify's `pub struct X(pub Option<XInner>)`, `XInner` a struct) holds its
//!   object in a `Box`: `Option<Box<XInner>>`. The object stays where serde built it, and the
//!   types that hold it stay small: GitHub's `Deployment`, with a user and an app in it, is
//!   1,720 bytes inline, and every `.await` between decoding and the caller moves the answer
//!   (about ten copies of it per call, most of the cache misses of sixteen calls in flight).
//!
//! If progenitor's output ever changes shape so that one of these is not found, generation fails
//! and says which, rather than producing a client with the old, lossy channel.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{
    Arm, Expr, File, Item, ItemUse, Pat, PathArguments, ReturnType, Type, TypePath, UseTree,
    parse_quote,
};

use crate::normalize::OpMeta;

/// Names the generated code takes from the runtime instead of `progenitor_client`.
const FROM_RUNTIME: [&str; 5] = [
    "encode_path",
    "ClientHooks",
    "OperationInfo",
    "RequestBuilderExt",
    "Error",
];

/// What the rewrite did, counted for its checks against the number of generated calls.
#[derive(Debug, Default)]
struct Stats {
    /// `send()` status matches rewritten.
    matches: usize,
    /// Success arms decoding the type of their own status.
    by_status: usize,
    /// Call URLs joined from their pieces instead of formatted.
    urls: usize,
}

/// Rewrite a generated client in place (see the module docs).
pub(crate) fn rewrite(
    file: &mut File,
    ops: &[OpMeta],
    success_by_status: &BTreeMap<String, Vec<(String, String)>>,
) -> Result<(), String> {
    let mut items = Vec::with_capacity(file.items.len());
    for item in file.items.drain(..) {
        match item {
            Item::Use(u) => items.extend(split_use(u)),
            other => items.push(other),
        }
    }
    file.items = items;
    let text_fields = text_fields(file);
    let mut r = Rewriter {
        ops,
        text_fields,
        builder: None,
        stats: Stats::default(),
        operation: None,
        answer: None,
        answers: BTreeSet::new(),
        success_by_status,
        error: None,
    };
    r.visit_file_mut(file);
    if let Some(e) = r.error.take() {
        return Err(e);
    }
    let expected: usize = success_by_status.values().map(Vec::len).sum();
    if r.stats.by_status != expected {
        return Err(format!(
            "progenitor's output has changed shape: {expected} success statuses to decode by status but {} arms found (crates/spec/src/generate/rewrite.rs)",
            r.stats.by_status
        ));
    }
    lenient_lists(file, &r.answers);
    box_nullable_objects(file);
    date_times(file);
    let text = file.to_token_stream().to_string();
    for leftover in [
        "progenitor_client :: Error",
        "Error :: ErrorResponse",
        "Error :: UnexpectedResponse",
        "Error :: InvalidRequest",
        "ResponseValue :: from_response",
        "progenitor_client :: { encode_path",
        "encode_path (",
        "\"api-version\"",
        "progenitor_client :: QueryParam",
    ] {
        if text.contains(leftover) {
            return Err(format!(
                "progenitor's output has changed shape: `{}` is still in the generated client after deploykit's rewrite (crates/spec/src/generate/rewrite.rs)",
                leftover.replace(' ', "")
            ));
        }
    }
    let marked_sends = text
        .matches("client . exec_marked (request , & info , marked)")
        .count();
    // A query's marker that did not reach the send path would be written a second time there.
    let queries = text.matches("let marked = {").count();
    if queries != marked_sends {
        return Err(format!(
            "progenitor's output has changed shape: {queries} query blocks but {marked_sends} sends given their marker (crates/spec/src/generate/rewrite.rs)"
        ));
    }
    let sends = text.matches("client . exec (request , & info)").count() + marked_sends;
    if r.stats.urls != sends {
        return Err(format!(
            "progenitor's output has changed shape: {sends} generated calls but {} URLs joined from their pieces (crates/spec/src/generate/rewrite.rs)",
            r.stats.urls
        ));
    }
    if sends != r.stats.matches {
        return Err(format!(
            "progenitor's output has changed shape: {sends} generated calls but {} status matches rewritten (crates/spec/src/generate/rewrite.rs)",
            r.stats.matches
        ));
    }
    Ok(())
}

/// `chain` (a builder's method calls) without its `.query(&progenitor_client::QueryParam::new(
/// "name", &value))` calls, whose names and values are added to `params` in the chain's order.
/// `None` when a `.query(…)` has another shape (nothing is moved then).
fn unchain_queries(chain: Expr, params: &mut Vec<(syn::LitStr, syn::Ident)>) -> Option<Expr> {
    let Expr::MethodCall(mut call) = chain else {
        return Some(chain);
    };
    let receiver = unchain_queries(*call.receiver, params)?;
    if call.method != "query" {
        call.receiver = Box::new(receiver);
        return Some(Expr::MethodCall(call));
    }
    let param = (call.args.len() == 1)
        .then(|| query_param(&call.args[0]))
        .flatten()?;
    params.push(param);
    Some(receiver)
}

/// `&progenitor_client::QueryParam::new("name", &value)`: the name and the value's variable.
fn query_param(arg: &Expr) -> Option<(syn::LitStr, syn::Ident)> {
    let Expr::Reference(r) = arg else {
        return None;
    };
    let Expr::Call(new) = &*r.expr else {
        return None;
    };
    if tokens(&new.func) != "progenitor_client :: QueryParam :: new" || new.args.len() != 2 {
        return None;
    }
    let Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(name),
        ..
    }) = &new.args[0]
    else {
        return None;
    };
    let Expr::Reference(value) = &new.args[1] else {
        return None;
    };
    let Expr::Path(path) = &*value.expr else {
        return None;
    };
    Some((name.clone(), path.path.get_ident()?.clone()))
}

/// The arguments of a `format!(…)`, which syn keeps as opaque tokens, parsed as expressions;
/// `None` for another macro.
fn format_args(mac: &syn::Macro) -> Option<syn::punctuated::Punctuated<Expr, syn::Token![,]>> {
    if !mac.path.is_ident("format") {
        return None;
    }
    let parser = syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated;
    syn::parse::Parser::parse2(parser, mac.tokens.clone()).ok()
}

/// A call's URL, `format!("{}/a/{}", client.baseurl, path_param(…)?)` once its path parameters
/// are rewritten, as `call_url(client, "op", &["/a/", &*path_param(…)?])?`. `None` for any other
/// `format!` (one that does not start with the base URL, a placeholder with a format spec, an
/// escaped brace, an argument that is not the base URL or a checked path parameter): it stays as
/// it is.
fn joined_url(mac: &syn::Macro, op: &str) -> Option<Expr> {
    let mut args = format_args(mac)?.into_iter();
    let Some(Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(template),
        ..
    })) = args.next()
    else {
        return None;
    };
    let template = template.value();
    let args: Vec<Expr> = args.collect();
    let pieces: Vec<&str> = template.split("{}").collect();
    if pieces.len() != args.len() + 1 || pieces.iter().any(|p| p.contains(['{', '}'])) {
        return None;
    }
    let text_arg = |a: &Expr| {
        let t = tokens(a);
        t == "client . baseurl"
            || (t.starts_with("crate :: runtime :: generated :: path_param (")
                && matches!(a, Expr::Try(_)))
    };
    if !args.iter().all(text_arg) {
        return None;
    }
    // The base URL comes first, then only the path's text and parameters.
    if !pieces[0].is_empty() || args.first().is_none_or(|a| tokens(a) != "client . baseurl") {
        return None;
    }
    let mut parts: Vec<TokenStream> = Vec::with_capacity(pieces.len() + args.len());
    for (i, piece) in pieces.iter().enumerate().skip(1) {
        let arg = &args[i - 1];
        if i > 1 {
            if tokens(arg) == "client . baseurl" {
                return None;
            }
            parts.push(quote::quote!(&*#arg));
        }
        if !piece.is_empty() {
            parts.push(quote::quote!(#piece));
        }
    }
    Some(parse_quote!(
        crate::runtime::generated::call_url(client, #op, &[#(#parts),*])?
    ))
}

/// `use progenitor_client::{a, b};` → the names deploykit supplies from the runtime, the others
/// from `progenitor_client`.
fn split_use(u: ItemUse) -> Vec<Item> {
    let UseTree::Path(path) = &u.tree else {
        return vec![Item::Use(u)];
    };
    if path.ident != "progenitor_client" {
        return vec![Item::Use(u)];
    }
    let names: Vec<syn::Ident> = match &*path.tree {
        UseTree::Name(n) => vec![n.ident.clone()],
        UseTree::Group(g) => g
            .items
            .iter()
            .filter_map(|t| match t {
                UseTree::Name(n) => Some(n.ident.clone()),
                _ => None,
            })
            .collect(),
        _ => return vec![Item::Use(u)],
    };
    let (ours, theirs): (Vec<_>, Vec<_>) = names
        .into_iter()
        .partition(|n| FROM_RUNTIME.iter().any(|f| n == f));
    let vis = &u.vis;
    let attrs = &u.attrs;
    let mut out = Vec::new();
    if !theirs.is_empty() {
        out.push(parse_quote!(#(#attrs)* #vis use progenitor_client::{#(#theirs),*};));
    }
    if !ours.is_empty() {
        out.push(parse_quote!(#(#attrs)* #vis use crate::runtime::generated::{#(#ours),*};));
    }
    out
}

struct Rewriter<'a> {
    ops: &'a [OpMeta],
    /// Each operation builder's fields that hold text (`mod builder`; see [`text_fields`]).
    text_fields: BTreeMap<String, BTreeMap<String, Text>>,
    /// The operation builder whose `impl` is being rewritten.
    builder: Option<String>,
    stats: Stats,
    /// The operation of the `send()` being rewritten.
    operation: Option<String>,
    /// The answer type of that `send()` (`types::CreateDeploymentSuccess`).
    answer: Option<syn::Path>,
    /// The names of every answer type (the `T` of each `ResponseValue<T>`, and inside `Vec<T>`).
    answers: BTreeSet<String>,
    /// Operation id → (status, component) for operations decoded by status.
    success_by_status: &'a BTreeMap<String, Vec<(String, String)>>,
    /// A shape the rewrite cannot handle.
    error: Option<String>,
}

/// The `T` of `-> Result<ResponseValue<T>, _>`.
fn answer_type(sig: &syn::Signature) -> Option<&Type> {
    let ReturnType::Type(_, ty) = &sig.output else {
        return None;
    };
    let Type::Path(result) = &**ty else {
        return None;
    };
    let PathArguments::AngleBracketed(args) = &result.path.segments.last()?.arguments else {
        return None;
    };
    let Some(syn::GenericArgument::Type(Type::Path(rv))) = args.args.first() else {
        return None;
    };
    let PathArguments::AngleBracketed(inner) = &rv.path.segments.last()?.arguments else {
        return None;
    };
    inner.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// Every identifier in a type (`Vec<types::Deployment>` → `Vec`, `types`, `Deployment`).
fn idents(t: &(impl ToTokens + ?Sized), out: &mut BTreeSet<String>) {
    for tt in t.to_token_stream() {
        match tt {
            proc_macro2::TokenTree::Ident(i) => {
                out.insert(i.to_string());
            }
            proc_macro2::TokenTree::Group(g) => idents(&g.stream(), out),
            _ => {}
        }
    }
}

/// `201u16` → `201`, `200u16 ..= 299u16` → `2XX`.
fn status_of(pat: &Pat) -> Option<String> {
    let text = tokens(pat).replace(' ', "");
    if let Some((low, _)) = text.split_once("..=") {
        let low = low.trim_end_matches("u16");
        return low.chars().next().map(|c| format!("{c}XX"));
    }
    let code = text.trim_end_matches("u16");
    code.chars()
        .all(|c| c.is_ascii_digit())
        .then(|| code.to_string())
}

/// Letters and digits, lower case: `appKey`, `app_key` and `AppKey` compare equal.
fn norm(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

fn is_path(e: &Expr, want: &str) -> bool {
    matches!(e, Expr::Path(p) if tokens(p) == want)
}

/// The `operationId` a generated `send()` names in its `OperationInfo`.
fn operation_id(f: &syn::ImplItemFn) -> Option<String> {
    let text = tokens(&f.block);
    let at = text.find("operation_id : \"")? + "operation_id : \"".len();
    let rest = &text[at..];
    Some(rest[..rest.find('"')?].to_string())
}

impl VisitMut for Rewriter<'_> {
    /// The URL of a call is built in `format!(…)`, whose arguments syn keeps as opaque tokens:
    /// parse them as expressions so the path parameters in them are rewritten too.
    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        let Some(mut args) = format_args(m) else {
            return;
        };
        for arg in args.iter_mut() {
            self.visit_expr_mut(arg);
        }
        m.tokens = args.to_token_stream();
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        let outer = self.builder.take();
        if let Type::Path(p) = &*i.self_ty
            && let Some(last) = p.path.segments.last()
        {
            self.builder = Some(last.ident.to_string());
        }
        visit_mut::visit_item_impl_mut(self, i);
        self.builder = outer;
    }

    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        let outer = self.operation.take();
        let outer_answer = self.answer.take();
        if f.sig.ident == "send" {
            self.operation = operation_id(f);
            if let Some(t) = answer_type(&f.sig) {
                idents(t, &mut self.answers);
                if let Type::Path(p) = t {
                    self.answer = Some(p.path.clone());
                }
            }
        }
        visit_mut::visit_impl_item_fn_mut(self, f);
        if f.sig.ident == "send" {
            drop_version_header(&mut f.block);
            self.move_queries(&mut f.block);
        }
        self.operation = outer;
        self.answer = outer_answer;
    }

    fn visit_type_path_mut(&mut self, tp: &mut TypePath) {
        visit_mut::visit_type_path_mut(self, tp);
        if tp.qself.is_none() && tp.path.segments.len() == 1 && tp.path.segments[0].ident == "Error"
        {
            tp.path.segments[0].arguments = PathArguments::None;
        }
    }

    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Some(op) = &self.operation
            && let Expr::Macro(m) = e
            && let Some(joined) = joined_url(&m.mac, op)
        {
            *e = joined;
            self.stats.urls += 1;
            return;
        }
        if is_path(e, "Error :: InvalidRequest") {
            // Inside `send()`, `client` is bound before any value is checked: the error names
            // the provider and the operation.
            *e = match &self.operation {
                Some(op) => parse_quote!(
                    |m: String| crate::runtime::generated::invalid_request(client, #op, m)
                ),
                None => parse_quote!(crate::runtime::generated::invalid_input),
            };
            return;
        }
        // `encode_path(&owner.to_string())` → one checked path segment: `.`, `..` and empty
        // values are refused before anything is sent, naming the spec's parameter.
        if let Expr::Call(call) = e
            && is_path(&call.func, "encode_path")
            && let Some(op) = &self.operation
            && call.args.len() == 1
        {
            let arg = &call.args[0];
            let text = tokens(arg);
            let var = text
                .strip_prefix("& ")
                .and_then(|s| s.strip_suffix(" . to_string ()"))
                .unwrap_or(&text);
            let name = self
                .ops
                .iter()
                .find(|o| o.id == *op)
                .and_then(|o| {
                    o.params
                        .iter()
                        .find(|p| p.location == "path" && norm(&p.name) == norm(var))
                })
                .map(|p| p.name.clone())
                .unwrap_or_else(|| var.to_string());
            // Text is passed as it is; other types (numbers, enums) through `to_string`.
            let text = self.text_field(var) == Some(Text::Plain);
            *e = if text && let Ok(ident) = syn::parse_str::<syn::Ident>(var) {
                parse_quote!(crate::runtime::generated::path_param(client, #op, #name, &#ident)?)
            } else {
                parse_quote!(crate::runtime::generated::path_param(client, #op, #name, #arg)?)
            };
            return;
        }
        if let Expr::Try(t) = e
            && let Expr::MethodCall(call) = &*t.expr
            && call.method == "build"
            && call.args.is_empty()
        {
            let inner = &t.expr;
            *e = parse_quote!(#inner.map_err(crate::runtime::generated::request_error)?);
            return;
        }
        if let Expr::Match(m) = e
            && tokens(&m.expr) == "response . status () . as_u16 ()"
        {
            self.stats.matches += 1;
            let arms = std::mem::take(&mut m.arms);
            for mut arm in arms {
                let body = tokens(&arm.body);
                let wildcard = matches!(arm.pat, Pat::Wild(_));
                if body.contains("ErrorResponse") || body.contains("UnexpectedResponse") {
                    // Error answers never get here (the send path made them errors); what
                    // reaches the wildcard is a 2xx the spec does not declare.
                    if wildcard {
                        m.arms.push(undeclared_arm());
                    }
                    continue;
                }
                if let Some(by_status) = self
                    .operation
                    .as_ref()
                    .and_then(|op| self.success_by_status.get(op))
                {
                    match self.by_status_arm(&mut arm, by_status) {
                        Ok(()) => {
                            self.stats.by_status += 1;
                            m.arms.push(arm);
                            continue;
                        }
                        Err(e) => {
                            self.error.get_or_insert(e);
                        }
                    }
                }
                Decode.visit_arm_mut(&mut arm);
                m.arms.push(arm);
            }
            if !m.arms.iter().any(|a| matches!(a.pat, Pat::Wild(_))) {
                m.arms.push(undeclared_arm());
            }
        }
    }
}

impl Rewriter<'_> {
    /// Whether the field `var` of the builder being rewritten holds text (see [`text_fields`]).
    fn text_field(&self, var: &str) -> Option<Text> {
        self.builder
            .as_ref()
            .and_then(|b| self.text_fields.get(b))
            .and_then(|fields| fields.get(var).copied())
    }

    /// In a `send()` body, `let mut request = <builder chain>.build().map_err(…)?;`: the chain's
    /// `.query(&progenitor_client::QueryParam::new("name", &value))` calls are taken out, and the
    /// built request gets the same parameters in the same order through one
    /// `runtime::generated::Query` (text fields with `text`, other values with `param`). Returns
    /// how many parameters moved.
    fn move_queries(&self, block: &mut syn::Block) -> usize {
        let Some(op) = &self.operation else {
            return 0;
        };
        let Some((at, params)) = block.stmts.iter_mut().enumerate().find_map(|(i, stmt)| {
            let syn::Stmt::Local(local) = stmt else {
                return None;
            };
            if tokens(&local.pat) != "mut request" {
                return None;
            }
            let Expr::Try(t) = &mut *local.init.as_mut()?.expr else {
                return None;
            };
            let Expr::MethodCall(map_err) = &mut *t.expr else {
                return None;
            };
            let Expr::MethodCall(build) = &mut *map_err.receiver else {
                return None;
            };
            if map_err.method != "map_err" || build.method != "build" {
                return None;
            }
            let mut params = Vec::new();
            let chain = unchain_queries((*build.receiver).clone(), &mut params)?;
            *build.receiver = chain;
            Some((i, params))
        }) else {
            return 0;
        };
        if params.is_empty() {
            return 0;
        }
        let calls = params
            .iter()
            .map(|(name, var)| match self.text_field(&var.to_string()) {
                Some(Text::Plain) => quote::quote!(query.text(#name, &#var);),
                Some(Text::Optional) => quote::quote!(if let Some(value) = &#var {
                    query.text(#name, value);
                }),
                None => quote::quote!(query.param(#name, &#var)?;),
            });
        let append: syn::Stmt = parse_quote!(
            let marked = {
                let mut query = crate::runtime::generated::Query::new(&mut request, client, #op);
                #(#calls)*
                query.finish()
            };
        );
        block.stmts.insert(at + 1, append);
        // The marker the query may have taken goes to the send path with the request.
        for stmt in &mut block.stmts[at + 2..] {
            if let syn::Stmt::Local(local) = stmt
                && let Some(init) = &mut local.init
                && let Expr::Await(awaited) = &mut *init.expr
                && tokens(&awaited.base) == "client . exec (request , & info)"
            {
                *awaited.base = parse_quote!(client.exec_marked(request, &info, marked));
            }
        }
        params.len()
    }

    /// The arm of one success status of an operation decoded by status: decode that status's
    /// own component, then wrap it in the merged answer type (typify's `From`).
    fn by_status_arm(&self, arm: &mut Arm, by_status: &[(String, String)]) -> Result<(), String> {
        let op = self.operation.as_deref().unwrap_or("?");
        let status = status_of(&arm.pat).ok_or_else(|| {
            format!(
                "`{op}`: a success arm `{}` that is no status",
                tokens(&arm.pat)
            )
        })?;
        let component = by_status
            .iter()
            .find(|(s, _)| s.eq_ignore_ascii_case(&status))
            .map(|(_, c)| c)
            .ok_or_else(|| format!("`{op}`: status {status} has no schema of its own"))?;
        let mut path = self
            .answer
            .clone()
            .ok_or_else(|| format!("`{op}`: the answer type of send() is not a path"))?;
        let last = path
            .segments
            .last_mut()
            .ok_or_else(|| format!("`{op}`: empty answer type"))?;
        last.ident = syn::Ident::new(&crate::normalize::pascal(component), last.ident.span());
        *arm.body = parse_quote!({
            crate::runtime::generated::from_response_as::<#path, _, _>(client, &info, response).await
        });
        Ok(())
    }
}

/// How a builder field holds text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Text {
    /// Always: the field is text.
    Plain,
    /// When present: the field is an `Option` of text.
    Optional,
}

/// The fields of each operation builder (`mod builder`, outside `mod types`) that hold text once
/// checked: a `String`, or a type of `mod types` that derefs to one (a string with a pattern or a
/// length limit), whose text is what `to_string` would give; or an `Option` of such.
fn text_fields(file: &File) -> BTreeMap<String, BTreeMap<String, Text>> {
    let mut text = BTreeSet::from([":: std :: string :: String".to_string()]);
    for item in module(file, "types").into_iter().flatten() {
        if let Item::Impl(i) = item
            && i.trait_
                .as_ref()
                .is_some_and(|(path, _)| tokens(path) == ":: std :: ops :: Deref")
            && i.items.iter().any(|it| {
                matches!(it, syn::ImplItem::Type(t) if tokens(&t.ty) == ":: std :: string :: String")
            })
        {
            text.insert(format!("types :: {}", tokens(&i.self_ty)));
        }
    }
    let mut out = BTreeMap::new();
    for item in module(file, "builder").into_iter().flatten() {
        let Item::Struct(s) = item else { continue };
        let fields = s
            .fields
            .iter()
            .filter_map(|f| {
                let ty = tokens(&f.ty);
                let inner = ty.strip_prefix("Result < ")?.strip_suffix(" , String >")?;
                let kind = if text.contains(inner) {
                    Text::Plain
                } else {
                    let optional = inner.strip_prefix("Option < ")?.strip_suffix(" >")?;
                    text.contains(optional).then_some(Text::Optional)?
                };
                Some((f.ident.as_ref()?.to_string(), kind))
            })
            .collect();
        out.insert(s.ident.to_string(), fields);
    }
    out
}

/// The items of the top-level module `name` of the generated file (`types`, `builder`).
fn module<'f>(file: &'f File, name: &str) -> Option<&'f Vec<Item>> {
    file.items.iter().find_map(|i| match i {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    })
}

/// [`module`], to change.
fn module_mut<'f>(file: &'f mut File, name: &str) -> Option<&'f mut Vec<Item>> {
    file.items.iter_mut().find_map(|i| match i {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// In `mod types`, every list field of a struct an answer can carry (the answer types and what
/// they hold, transitively) decodes `null` as an empty list.
fn lenient_lists(file: &mut File, answers: &BTreeSet<String>) {
    let Some(items) = module_mut(file, "types") else {
        return;
    };
    // What each type of the module mentions.
    let mut mentions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in items.iter() {
        let (name, body): (String, &dyn ToTokens) = match item {
            Item::Struct(s) => (s.ident.to_string(), &s.fields),
            Item::Enum(e) => (e.ident.to_string(), &e.variants),
            Item::Type(t) => (t.ident.to_string(), &t.ty),
            _ => continue,
        };
        let mut found = BTreeSet::new();
        idents(body, &mut found);
        mentions.insert(name, found);
    }
    let mut reachable: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = answers
        .iter()
        .filter(|a| mentions.contains_key(*a))
        .cloned()
        .collect();
    while let Some(name) = todo.pop() {
        if !reachable.insert(name.clone()) {
            continue;
        }
        for m in mentions.get(&name).into_iter().flatten() {
            if mentions.contains_key(m) && !reachable.contains(m) {
                todo.push(m.clone());
            }
        }
    }
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        if !reachable.contains(&s.ident.to_string()) {
            continue;
        }
        for field in s.fields.iter_mut() {
            let Type::Path(tp) = &field.ty else { continue };
            if tp
                .path
                .segments
                .last()
                .is_some_and(|seg| seg.ident == "Vec")
            {
                field.attrs.push(parse_quote!(
                    #[serde(deserialize_with = "crate::runtime::generated::null_as_empty")]
                ));
            }
        }
    }
}

/// In `mod types`, each `DateTime<Utc>` field of a struct decodes with the runtime's
/// `utc_date_time`, each `Option<DateTime<Utc>>` field with `utc_date_time_opt` (and stays
/// optional: `default`, unless typify made it required with `Option::deserialize`).
fn date_times(file: &mut File) {
    const DATE_TIME: &str = ":: chrono :: DateTime < :: chrono :: offset :: Utc >";
    let Some(items) = module_mut(file, "types") else {
        return;
    };
    for item in items.iter_mut() {
        let Item::Struct(s) = item else { continue };
        for field in s.fields.iter_mut() {
            let ty = tokens(&field.ty);
            let optional = ty == format!(":: std :: option :: Option < {DATE_TIME} >");
            if ty != DATE_TIME && !optional {
                continue;
            }
            // typify's mark of a required nullable field, an attribute of its own.
            const REQUIRED_NULLABLE: &str =
                "serde (deserialize_with = \"::std::option::Option::deserialize\")";
            let is_required_nullable = |a: &syn::Attribute| tokens(&a.meta) == REQUIRED_NULLABLE;
            let required_nullable = field.attrs.iter().any(is_required_nullable);
            // Any other decoder typify chose is left in place.
            let other_decoder = field.attrs.iter().any(|a| {
                a.path().is_ident("serde")
                    && !is_required_nullable(a)
                    && tokens(&a.meta).contains("deserialize_with")
            });
            if other_decoder {
                continue;
            }
            field.attrs.retain(|a| !is_required_nullable(a));
            field.attrs.push(match (optional, required_nullable) {
                (false, _) => parse_quote!(
                    #[serde(deserialize_with = "crate::runtime::generated::utc_date_time")]
                ),
                (true, true) => parse_quote!(
                    #[serde(deserialize_with = "crate::runtime::generated::utc_date_time_opt")]
                ),
                (true, false) => parse_quote!(
                    #[serde(default, deserialize_with = "crate::runtime::generated::utc_date_time_opt")]
                ),
            });
        }
    }
}

/// In `mod types`, each nullable object's `Option<Inner>` becomes `Option<Box<Inner>>`, in the
/// wrapper and wherever else the generated code names it (its `Deref` and `From` impls). Returns
/// how many objects.
fn box_nullable_objects(file: &mut File) -> usize {
    let Some(items) = module_mut(file, "types") else {
        return 0;
    };
    let objects: BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if matches!(s.fields, syn::Fields::Named(_)) => {
                Some(s.ident.to_string())
            }
            _ => None,
        })
        .collect();
    let mut boxed = BoxOptions(BTreeSet::new());
    for item in items.iter() {
        let Item::Struct(s) = item else { continue };
        let syn::Fields::Unnamed(fields) = &s.fields else {
            continue;
        };
        let transparent = s
            .attrs
            .iter()
            .any(|a| a.path().is_ident("serde") && tokens(&a.meta).contains("transparent"));
        if let (true, [field]) = (transparent, &fields.unnamed.iter().collect::<Vec<_>>()[..])
            && let Some(inner) = option_of(&field.ty)
            && objects.contains(&inner)
        {
            boxed.0.insert(inner);
        }
    }
    for item in items.iter_mut() {
        boxed.visit_item_mut(item);
    }
    boxed.0.len()
}

/// The name `T` of `Option<T>`, `T` a plain path.
fn option_of(ty: &Type) -> Option<String> {
    let Type::Path(tp) = ty else { return None };
    let last = tp.path.segments.last()?;
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match (last.ident == "Option", args.args.first()) {
        (true, Some(syn::GenericArgument::Type(Type::Path(inner)))) if args.args.len() == 1 => {
            let seg = inner.path.segments.last()?;
            seg.arguments.is_none().then(|| seg.ident.to_string())
        }
        _ => None,
    }
}

/// `Option<T>` → `Option<Box<T>>` for each `T` it holds.
struct BoxOptions(BTreeSet<String>);

impl VisitMut for BoxOptions {
    fn visit_type_mut(&mut self, ty: &mut Type) {
        visit_mut::visit_type_mut(self, ty);
        if option_of(ty).is_some_and(|inner| self.0.contains(&inner))
            && let Type::Path(tp) = ty
            && let Some(last) = tp.path.segments.last_mut()
            && let PathArguments::AngleBracketed(args) = &mut last.arguments
            && let Some(syn::GenericArgument::Type(inner)) = args.args.first_mut()
        {
            *inner = parse_quote!(::std::boxed::Box<#inner>);
        }
    }
}

/// Take progenitor's `header_map.append(HeaderName::from_static("api-version"), …);` out of a
/// `send()` body, and the header map with it when nothing else goes into it (its `let` and the
/// `.headers(header_map)` of the request builder). Returns 1 when the header was there.
fn drop_version_header(block: &mut syn::Block) -> usize {
    let is_version = |stmt: &syn::Stmt| {
        matches!(stmt, syn::Stmt::Expr(Expr::MethodCall(call), _)
            if tokens(&call.receiver) == "header_map"
                && call.method == "append"
                && call.args.first().is_some_and(|a| tokens(a).contains("\"api-version\"")))
    };
    let before = block.stmts.len();
    block.stmts.retain(|stmt| !is_version(stmt));
    let dropped = before - block.stmts.len();
    // Every other mention of the map: its `let`, and `.headers(header_map)`.
    let uses = block
        .stmts
        .iter()
        .map(|stmt| tokens(stmt).matches("header_map").count())
        .sum::<usize>();
    if dropped > 0 && uses == 2 {
        block.stmts.retain(
            |stmt| !matches!(stmt, syn::Stmt::Local(l) if tokens(&l.pat).ends_with("header_map")),
        );
        let mut strip = StripHeaders;
        for stmt in &mut block.stmts {
            strip.visit_stmt_mut(stmt);
        }
    }
    dropped
}

/// `builder.headers(header_map)` → `builder`.
struct StripHeaders;

impl VisitMut for StripHeaders {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Expr::MethodCall(call) = e
            && call.method == "headers"
            && call.args.len() == 1
            && tokens(&call.args[0]) == "header_map"
        {
            *e = (*call.receiver).clone();
        }
    }
}

fn undeclared_arm() -> Arm {
    parse_quote!(_ => Err(crate::runtime::generated::undeclared_status(client, &info, response)),)
}

/// `ResponseValue::from_response(response)` → the runtime's decoder.
struct Decode;

impl VisitMut for Decode {
    fn visit_expr_mut(&mut self, e: &mut Expr) {
        visit_mut::visit_expr_mut(self, e);
        if let Expr::Call(call) = e
            && is_path(&call.func, "ResponseValue :: from_response")
        {
            let args: Vec<TokenStream> = call.args.iter().map(ToTokens::to_token_stream).collect();
            *e = parse_quote!(crate::runtime::generated::from_response(client, &info, #(#args),*));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `send()` body as progenitor writes it, with `extra` header appends after its own.
    fn send_body(extra: &str) -> syn::Block {
        syn::parse_str(&format!(
            r#"{{
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                {extra}
                let mut request = client.client.get(url).headers(header_map).build();
            }}"#
        ))
        .unwrap()
    }

    #[test]
    fn query_parameters_move_after_the_build_in_their_order() {
        let ops = [];
        let by_status = BTreeMap::new();
        let r = Rewriter {
            ops: &ops,
            text_fields: BTreeMap::from([(
                "List".to_string(),
                BTreeMap::from([
                    ("name".to_string(), Text::Plain),
                    ("tag".to_string(), Text::Optional),
                ]),
            )]),
            builder: Some("List".to_string()),
            stats: Stats::default(),
            operation: Some("list".to_string()),
            answer: None,
            answers: BTreeSet::new(),
            success_by_status: &by_status,
            error: None,
        };
        let send = |queries: &str| -> syn::Block {
            syn::parse_str(&format!(
                r#"{{
                    let url = [&*client.baseurl, "/things"].concat();
                    let mut request = client.client.get(url).header(ACCEPT, json){queries}.build().map_err(crate::runtime::generated::request_error)?;
                    client.pre(&mut request, &info).await?;
                    let result = client.exec(request, &info).await;
                }}"#
            ))
            .unwrap()
        };
        let mut block = send(
            r#".query(&progenitor_client::QueryParam::new("Tag", &tag)).query(&progenitor_client::QueryParam::new("Name", &name)).query(&progenitor_client::QueryParam::new("page", &page))"#,
        );
        assert_eq!(r.move_queries(&mut block), 3);
        let text = tokens(&block);
        assert!(
            text.contains("get (url) . header (ACCEPT , json) . build () . map_err"),
            "{text}"
        );
        let appended = "let marked = { let mut query = crate :: runtime :: generated :: Query :: new (& mut request , client , \"list\") ; \
             if let Some (value) = & tag { query . text (\"Tag\" , value) ; } \
             query . text (\"Name\" , & name) ; \
             query . param (\"page\" , & page) ? ; \
             query . finish () } ; \
             client . pre (& mut request , & info) . await ? ; \
             let result = client . exec_marked (request , & info , marked) . await ;";
        assert!(text.contains(appended), "{text}");
        // A `.query(…)` of another shape: nothing moves, the order on the wire stays.
        let mut odd = send(
            r#".query(&progenitor_client::QueryParam::new("Name", &name)).query(&[("a", "b")])"#,
        );
        let before = tokens(&odd);
        assert_eq!(r.move_queries(&mut odd), 0);
        assert_eq!(tokens(&odd), before);
    }

    #[test]
    fn a_url_is_joined_from_its_pieces_only_when_each_is_text() {
        let joined = |src: &str| {
            let mac: syn::Macro = syn::parse_str(src).unwrap();
            joined_url(&mac, "op").map(|e| tokens(&e))
        };
        assert_eq!(
            joined(
                r#"format!("{}/repos/{}/x/{}", client.baseurl, crate::runtime::generated::path_param(client, "op", "owner", &owner)?, crate::runtime::generated::path_param(client, "op", "id", &id.to_string())?,)"#
            )
            .as_deref(),
            Some(
                "crate :: runtime :: generated :: call_url (client , \"op\" , & [\"/repos/\" , & * crate :: runtime :: generated :: path_param (client , \"op\" , \"owner\" , & owner) ? , \"/x/\" , & * crate :: runtime :: generated :: path_param (client , \"op\" , \"id\" , & id . to_string ()) ?]) ?"
            )
        );
        // No empty pieces; a base URL alone with its path.
        assert_eq!(
            joined(r#"format!("{}/?Action=DeployApi", client.baseurl)"#).as_deref(),
            Some(
                "crate :: runtime :: generated :: call_url (client , \"op\" , & [\"/?Action=DeployApi\"]) ?"
            )
        );
        // Anything else is left to `format!`: a format spec, an escaped brace, an argument
        // that is not text, a count that does not match, another macro, a URL that does not
        // start with the base URL or names it twice.
        for other in [
            r#"format!("x{}/y", client.baseurl)"#,
            r#"format!("{}/{}/y", crate::runtime::generated::path_param(client, "op", "a", &a)?, client.baseurl)"#,
            r#"format!("{}/{}/y", client.baseurl, client.baseurl)"#,
            r#"format!("{:?}/x", client.baseurl)"#,
            r#"format!("{}/{{x}}", client.baseurl)"#,
            r#"format!("{}/{}", client.baseurl, page)"#,
            r#"format!("{}/{}", client.baseurl)"#,
            r#"format!(template, client.baseurl)"#,
            r#"concat!("{}", client.baseurl)"#,
        ] {
            assert_eq!(joined(other), None, "{other}");
        }
    }

    #[test]
    fn the_version_header_goes_and_its_map_only_when_left_empty() {
        let mut alone = send_body("");
        assert_eq!(drop_version_header(&mut alone), 1);
        let text = tokens(&alone);
        assert!(
            !text.contains("api-version") && !text.contains("header_map"),
            "{text}"
        );
        assert!(
            text.contains("client . client . get (url) . build ()"),
            "{text}"
        );

        let mut with_other = send_body(
            r#"header_map.append("x-request-tag", ::reqwest::header::HeaderValue::try_from(tag)?);"#,
        );
        assert_eq!(drop_version_header(&mut with_other), 1);
        let text = tokens(&with_other);
        assert!(!text.contains("api-version"), "{text}");
        assert!(text.contains("let mut header_map"), "{text}");
        assert!(text.contains(". headers (header_map)"), "{text}");
        assert!(text.contains("x-request-tag"), "{text}");
    }

    #[test]
    fn a_nullable_object_is_boxed_wherever_it_is_named() {
        let mut file: File = syn::parse_str(
            r#"
            pub mod types {
                #[serde(transparent)]
                pub struct NullableUser(pub ::std::option::Option<NullableUserInner>);
                impl ::std::ops::Deref for NullableUser {
                    type Target = ::std::option::Option<NullableUserInner>;
                    fn deref(&self) -> &::std::option::Option<NullableUserInner> { &self.0 }
                }
                pub struct NullableUserInner { pub login: ::std::string::String }
                #[serde(transparent)]
                pub struct MaybeName(pub ::std::option::Option<::std::string::String>);
                pub struct Deployment { pub creator: NullableUser, pub note: ::std::option::Option<::std::string::String> }
            }"#,
        )
        .unwrap();
        assert_eq!(box_nullable_objects(&mut file), 1);
        let text = tokens(&file);
        assert_eq!(
            text.matches(
                ":: std :: option :: Option < :: std :: boxed :: Box < NullableUserInner > >"
            )
            .count(),
            3,
            "{text}"
        );
        // Not an object: a nullable string stays as it is.
        assert!(
            text.contains(
                "MaybeName (pub :: std :: option :: Option < :: std :: string :: String >)"
            ),
            "{text}"
        );
    }
}
