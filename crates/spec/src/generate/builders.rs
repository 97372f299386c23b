//! What the generated builders look like, read from the generated syntax tree: which operation
//! each builder sends, its setters and their value types, its answer type. From that, the
//! setters get the spec's parameter descriptions as docs, and the JSON dispatcher (the command
//! line's way into the typed builders) is written.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{
    File, GenericArgument, ImplItem, ImplItemFn, Item, ItemImpl, PathArguments, ReturnType, Type,
    TypeParamBound, WherePredicate, parse_quote,
};

use crate::normalize::OpMeta;

/// One generated builder.
pub(crate) struct Builder {
    /// Its type name (`GetDeployment`).
    pub ident: syn::Ident,
    /// The operation it sends.
    pub operation: String,
    /// `(setter, value type)`: what `setter<V>(value: V) where V: TryInto<T>` takes.
    pub setters: Vec<(syn::Ident, Type)>,
    /// `T` of `send() -> Result<ResponseValue<T>, _>`.
    pub answer: Type,
}

/// Letters and digits, lower case: `appKey`, `app_key` and `AppKey` compare equal.
pub(crate) fn norm(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The `T` of a `where V: std::convert::TryInto<T>` bound of a setter.
fn setter_type(f: &ImplItemFn) -> Option<Type> {
    let clause = f.sig.generics.where_clause.as_ref()?;
    clause.predicates.iter().find_map(|p| {
        let WherePredicate::Type(t) = p else {
            return None;
        };
        t.bounds.iter().find_map(|b| {
            let TypeParamBound::Trait(tb) = b else {
                return None;
            };
            let last = tb.path.segments.last()?;
            if last.ident != "TryInto" {
                return None;
            }
            let PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            args.args.iter().find_map(|a| match a {
                GenericArgument::Type(ty) => Some(ty.clone()),
                _ => None,
            })
        })
    })
}

/// The `T` of `Result<ResponseValue<T>, _>`.
fn answer_type(f: &ImplItemFn) -> Option<Type> {
    let ReturnType::Type(_, ty) = &f.sig.output else {
        return None;
    };
    let Type::Path(result) = &**ty else {
        return None;
    };
    let PathArguments::AngleBracketed(args) = &result.path.segments.last()?.arguments else {
        return None;
    };
    let Some(GenericArgument::Type(Type::Path(rv))) = args.args.first() else {
        return None;
    };
    let PathArguments::AngleBracketed(inner) = &rv.path.segments.last()?.arguments else {
        return None;
    };
    inner.args.iter().find_map(|a| match a {
        GenericArgument::Type(t) => Some(t.clone()),
        _ => None,
    })
}

fn operation_of(send: &ImplItemFn) -> Option<String> {
    let text = send.block.to_token_stream().to_string();
    let at = text.find("operation_id : \"")? + "operation_id : \"".len();
    let rest = &text[at..];
    Some(rest[..rest.find('"')?].to_string())
}

fn builder_impls(file: &mut File) -> impl Iterator<Item = &mut ItemImpl> {
    file.items
        .iter_mut()
        .filter_map(|i| match i {
            Item::Mod(m) if m.ident == "builder" => m.content.as_mut(),
            _ => None,
        })
        .flat_map(|(_, items)| items.iter_mut())
        .filter_map(|i| match i {
            Item::Impl(imp) if imp.trait_.is_none() => Some(imp),
            _ => None,
        })
}

/// Document every setter with its spec parameter's description, and collect the builders.
pub(crate) fn document_and_collect(file: &mut File, ops: &[OpMeta]) -> Vec<Builder> {
    let mut out = Vec::new();
    for imp in builder_impls(file) {
        let Type::Path(self_ty) = &*imp.self_ty else {
            continue;
        };
        let Some(ident) = self_ty.path.segments.last().map(|s| s.ident.clone()) else {
            continue;
        };
        let send = imp.items.iter().find_map(|i| match i {
            ImplItem::Fn(f) if f.sig.ident == "send" => Some(f),
            _ => None,
        });
        let Some(send) = send else { continue };
        let (Some(operation), Some(answer)) = (operation_of(send), answer_type(send)) else {
            continue;
        };
        let meta = ops.iter().find(|o| o.id == operation);
        let mut setters = Vec::new();
        for item in &mut imp.items {
            let ImplItem::Fn(f) = item else { continue };
            let name = f.sig.ident.to_string();
            let fixed = match name.as_str() {
                "new" => Some(format!(
                    "A builder of `{operation}` for `client` (`client.<operation>()` makes one)."
                )),
                "body_map" => Some(
                    "Change the request body in place: `f` gets its builder as set so far."
                        .to_string(),
                ),
                _ => None,
            };
            if let Some(doc) = fixed {
                if !f.attrs.iter().any(|a| a.path().is_ident("doc")) {
                    f.attrs.insert(0, parse_quote!(#[doc = #doc]));
                }
                continue;
            }
            let Some(ty) = setter_type(f) else { continue };
            let doc = meta.and_then(|m| {
                if name == "body" {
                    m.body
                        .as_ref()
                        .map(|b| b.description.clone())
                        .filter(|d| !d.is_empty())
                } else {
                    m.params
                        .iter()
                        .find(|p| norm(&p.name) == norm(&name))
                        .map(|p| {
                            let mut d = format!("`{}` ({}", p.name, p.location);
                            d.push_str(if p.required { ", required)" } else { ")" });
                            if !p.description.is_empty() {
                                d.push_str(": ");
                                d.push_str(&p.description);
                            }
                            d
                        })
                }
            });
            if let Some(doc) = doc {
                f.attrs.insert(0, parse_quote!(#[doc = #doc]));
            }
            setters.push((f.sig.ident.clone(), ty));
        }
        out.push(Builder {
            ident,
            operation,
            setters,
            answer,
        });
    }
    out
}

/// `impl Client { pub fn get_deployment(&self) -> builder::GetDeployment<'_> }`: builder type →
/// client method.
pub(crate) fn client_methods(file: &File) -> Vec<(syn::Ident, syn::Ident)> {
    let mut out = Vec::new();
    for item in &file.items {
        let Item::Impl(imp) = item else { continue };
        if imp.trait_.is_some() || imp.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for i in &imp.items {
            let ImplItem::Fn(f) = i else { continue };
            let ReturnType::Type(_, ty) = &f.sig.output else {
                continue;
            };
            let Type::Path(p) = &**ty else { continue };
            let segs: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if segs.len() == 2 && segs[0] == "builder" {
                out.push((p.path.segments[1].ident.clone(), f.sig.ident.clone()));
            }
        }
    }
    out
}

fn is_type(ty: &Type, name: &str) -> bool {
    ty.to_token_stream()
        .to_string()
        .replace(' ', "")
        .ends_with(name)
}

/// The JSON dispatcher of one client: every operation callable by its `operationId` with its
/// parameters as JSON values, through the typed builder and its `send()` (the same path as any
/// library call); the answer comes back as JSON.
pub(crate) fn dispatcher(file: &File, builders: &[Builder], ops: &[OpMeta]) -> TokenStream {
    let methods = client_methods(file);
    let mut arms = Vec::new();
    for b in builders {
        let Some((_, method)) = methods.iter().find(|(ty, _)| *ty == b.ident) else {
            continue;
        };
        let op = &b.operation;
        let meta = ops.iter().find(|o| o.id == *op);
        let unsupported_body = b
            .setters
            .iter()
            .any(|(s, ty)| s == "body" && is_type(ty, "reqwest::Body"));
        if unsupported_body || is_type(&b.answer, "ByteStream") {
            let why = if unsupported_body {
                "its request body is binary"
            } else {
                "its answer is binary"
            };
            arms.push(quote! {
                #op => Err(d::unsupported(client, #op, #why)),
            });
            continue;
        }
        let mut sets = Vec::new();
        for (setter, ty) in &b.setters {
            let name = if setter == "body" {
                "body".to_string()
            } else {
                meta.and_then(|m| {
                    m.params
                        .iter()
                        .find(|p| norm(&p.name) == norm(&setter.to_string()))
                })
                .map(|p| p.name.clone())
                .unwrap_or_else(|| setter.to_string())
            };
            sets.push(quote! {
                if let Some(v) = args.take(#name) {
                    b = b.#setter(d::value::<_, #ty>(client, #op, #name, v)?);
                }
            });
        }
        let builder_fn = format_ident!("{}", method.to_string());
        arms.push(quote! {
            #op => {
                #[allow(unused_mut)]
                let mut b = client.#builder_fn();
                #(#sets)*
                args.finish(client, #op)?;
                d::answer(b.send().await?)
            }
        });
    }
    quote! {
        /// Call an operation by its `operationId` with its parameters as JSON (the command line's
        /// way in): the typed builder is filled from `args` (spec parameter names; `body` for the
        /// request body) and sent like any call, through the same hooks, signing, retries and
        /// error handling; the decoded answer comes back as JSON.
        #[cfg(feature = "dispatch")]
        pub async fn dispatch(
            client: &Client,
            operation_id: &str,
            mut args: crate::runtime::dispatch::Args,
        ) -> ::std::result::Result<crate::runtime::dispatch::Answer, crate::runtime::Error> {
            use crate::runtime::dispatch as d;
            match operation_id {
                #(#arms)*
                other => Err(d::unknown(client, other)),
            }
        }
    }
}
