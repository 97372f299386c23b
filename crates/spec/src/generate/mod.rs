//! Client generation: every spec of a folder → lint → normalise → progenitor → formatted Rust in
//! `OUT_DIR`, plus the tables the runtime reads (operations, multipart operations, the spec as
//! JSON). What each provider crate's build script runs (through `deploykit-build`); nothing here
//! names a provider.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

use crate::normalize::{Normalized, OpMeta};

pub(crate) mod api;
mod builders;
mod rewrite;

/// One client written by [`generate_all`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    /// The module name (the spec's file stem, `-` and `.` as `_`): the client is `<module>.rs`.
    pub module: String,
    /// The spec, as `specs/<file>`.
    pub spec: String,
    /// The cargo feature that turns it on (`info.x-deploykit-feature`), if any.
    pub feature: Option<String>,
}

/// Generate a client for every spec in `specs_dir` whose feature is on into `out_dir`:
/// `<module>.rs` and `<module>.json` (the spec as written, which the client includes as
/// `SPEC_JSON`). `feature_on` says whether a spec's
/// `info.x-deploykit-feature` is enabled. Returns what was written, in file order, or the
/// rendered diagnostics when a spec has errors (nothing is written then).
///
/// `generator` identifies the generator itself (the build script calling this: a rebuilt one
/// has another). A spec that is byte for byte the one `out_dir` was last generated from, by the
/// same generator, is not read or generated again: its files are kept as they are (a stamp,
/// `<module>.stamp`, records the generator, the feature and the spec's bytes).
pub fn generate_all(
    specs_dir: &Path,
    out_dir: &Path,
    feature_on: &dyn Fn(&str) -> bool,
    generator: &str,
) -> Result<Vec<Generated>, Vec<String>> {
    generate_files(
        &crate::spec_files(specs_dir),
        out_dir,
        feature_on,
        generator,
    )
}

/// [`generate_all`] for the given spec files (each in a `specs/` folder) rather than a whole
/// folder: what a provider crate's build script runs for its own spec.
pub fn generate_files(
    files: &[PathBuf],
    out_dir: &Path,
    feature_on: &dyn Fn(&str) -> bool,
    generator: &str,
) -> Result<Vec<Generated>, Vec<String>> {
    let mut written = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        let rel = format!(
            "specs/{}",
            file.file_name().unwrap_or_default().to_string_lossy()
        );
        let module = module_name(file);
        let text = match std::fs::read(file) {
            Ok(text) => text,
            Err(e) => {
                errors.push(format!("{rel}:1:1: cannot read: {e}"));
                continue;
            }
        };
        let stamp = out_dir.join(format!("{module}.stamp"));
        if let Some(feature) = unchanged(out_dir, &module, &stamp, generator, &text) {
            if feature.as_deref().is_none_or(feature_on) {
                written.push(Generated {
                    module,
                    spec: rel,
                    feature,
                });
            }
            continue;
        }
        match generate(&text, &rel, &module, feature_on) {
            Ok(None) => {}
            Ok(Some((code, normalized))) => {
                let write = |name: String, content: &[u8], what: &str| {
                    std::fs::write(out_dir.join(name), content)
                        .map_err(|e| vec![format!("{rel}:1:1: cannot write {what}: {e}")])
                };
                write(
                    format!("{module}.rs"),
                    code.as_bytes(),
                    "the generated client",
                )?;
                // The spec as JSON, beside the client (its `SPEC_JSON`; what the emulator reads).
                write(
                    format!("{module}.json"),
                    normalized.source.to_string().as_bytes(),
                    "the spec JSON",
                )?;
                let mut record = format!(
                    "{generator}\t{}\n",
                    normalized.feature.as_deref().unwrap_or("-")
                )
                .into_bytes();
                record.extend_from_slice(&text);
                write(format!("{module}.stamp"), &record, "the generation stamp")?;
                written.push(Generated {
                    module,
                    spec: rel,
                    feature: normalized.feature.clone(),
                });
            }
            Err(lines) => errors.extend(lines),
        }
    }
    if errors.is_empty() {
        Ok(written)
    } else {
        Err(errors)
    }
}

/// The module a spec's client is generated as: its file stem, `-` and `.` as `_`.
fn module_name(file: &Path) -> String {
    file.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .replace(['-', '.'], "_")
}

/// When `out_dir` holds the client and JSON of `module`, generated by `generator` from exactly
/// `text` (its stamp says so): the spec's feature (`Some(None)` when it names none).
fn unchanged(
    out_dir: &Path,
    module: &str,
    stamp: &Path,
    generator: &str,
    text: &[u8],
) -> Option<Option<String>> {
    if generator.is_empty() {
        return None;
    }
    let record = std::fs::read(stamp).ok()?;
    let newline = record.iter().position(|&b| b == b'\n')?;
    let (head, spec) = (&record[..newline], &record[newline + 1..]);
    let (made_by, feature) = std::str::from_utf8(head).ok()?.split_once('\t')?;
    let present = ["rs", "json"]
        .iter()
        .all(|ext| out_dir.join(format!("{module}.{ext}")).is_file());
    (made_by == generator && spec == text && present)
        .then(|| (feature != "-").then(|| feature.to_string()))
}

/// `Ok(None)`: the spec's feature is off. `Err`: rendered diagnostics.
fn generate(
    text: &[u8],
    rel: &str,
    module: &str,
    feature_on: &dyn Fn(&str) -> bool,
) -> Result<Option<(String, Normalized)>, Vec<String>> {
    let text =
        std::str::from_utf8(text).map_err(|e| vec![format!("{rel}:1:1: not UTF-8 text: {e}")])?;
    let doc =
        crate::check(text).map_err(|ds| ds.iter().map(|d| d.render(rel)).collect::<Vec<_>>())?;
    let normalized = crate::normalize::normalize(&doc.value);
    if let Some(feature) = &normalized.feature
        && !feature_on(feature)
    {
        return Ok(None);
    }
    let (mut file_ast, builders) = generate_ast(&normalized, rel)?;
    let dispatch = builders::dispatcher(&file_ast, &builders, &normalized.ops);
    file_ast.items.push(
        syn::parse2(dispatch)
            .map_err(|e| vec![format!("{rel}:1:1: the dispatcher does not parse: {e}")])?,
    );
    // typify writes types of this crate (x-rust-type with crate "deploykit") as `::crate::…`.
    let mut code = prettyplease::unparse(&file_ast).replace("::crate::", "crate::");
    code.push_str(&glue(rel, module, &normalized.ops));
    Ok(Some((code, normalized)))
}

/// progenitor's client for a normalised spec, rewritten onto deploykit's runtime, with its
/// builder setters documented: the code the build writes (before the dispatcher and the tables),
/// and what `deploykit spec diff` compares.
pub(crate) fn generate_ast(
    normalized: &Normalized,
    rel: &str,
) -> Result<(syn::File, Vec<builders::Builder>), Vec<String>> {
    let openapi: openapiv3::OpenAPI = serde_json::from_value(normalized.spec.clone())
        .map_err(|e| vec![format!("{rel}:1:1: not a valid OpenAPI 3.0 document: {e}")])?;

    let mut settings = GenerationSettings::default();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote_inner())
        .with_crate(
            "deploykit",
            progenitor::CrateVers::Any,
            Some(&"crate".to_string()),
        );
    let tokens = std::panic::catch_unwind(|| Generator::new(&settings).generate_tokens(&openapi));
    let tokens = match tokens {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            return Err(vec![format!(
                "{rel}:1:1: progenitor cannot generate this spec: {e}"
            )]);
        }
        Err(panic) => {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown reason".into());
            return Err(vec![format!(
                "{rel}:1:1: progenitor panicked on this spec: {why}"
            )]);
        }
    };
    let mut file_ast: syn::File = syn::parse2(tokens)
        .map_err(|e| vec![format!("{rel}:1:1: generated code does not parse: {e}")])?;
    rewrite::rewrite(
        &mut file_ast,
        &normalized.ops,
        &normalized.success_by_status,
    )
    .map_err(|e| vec![format!("{rel}:1:1: {e}")])?;
    let builders = builders::document_and_collect(&mut file_ast, &normalized.ops);
    Ok((file_ast, builders))
}

fn quote_inner() -> proc_macro2::TokenStream {
    "crate::runtime::Transport".parse().expect("valid tokens")
}

/// The constants the runtime reads: the spec file, the spec as JSON, the operation table.
fn glue(rel: &str, module: &str, ops: &[OpMeta]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "\n/// The spec file this client was generated from.\npub const SPEC_FILE: &str = {rel:?};"
    );
    let _ = writeln!(
        s,
        "/// The spec as JSON, as written (before normalisation).\npub const SPEC_JSON: &str = include_str!(\"{module}.json\");"
    );
    let multipart: Vec<&str> = ops
        .iter()
        .filter(|o| o.multipart)
        .map(|o| o.id.as_str())
        .collect();
    let _ = writeln!(
        s,
        "/// Operations with a `multipart/form-data` body: not generated, covered by hand-written code.\npub const MULTIPART_OPERATIONS: &[&str] = &{multipart:?};"
    );
    let _ = writeln!(
        s,
        "/// Every operation of the spec, as the runtime sees it.\npub const OPERATIONS: &[crate::runtime::OperationMeta] = &["
    );
    for op in ops {
        let _ = writeln!(
            s,
            "    crate::runtime::OperationMeta {{ id: {:?}, method: {:?}, path: {:?}, idempotent: {}, repeat_list: &{:?}, servers: &{:?}, multipart: {}, streaming: {}, timeout: {}, marker: {} }},",
            op.id,
            op.method,
            op.path,
            op.idempotent,
            op.repeat_list,
            op.servers,
            op.multipart,
            op.streaming,
            match op.timeout_secs {
                Some(s) => format!("Some(::std::time::Duration::from_secs({s}))"),
                None => "None".to_string(),
            },
            match &op.marker {
                Some(m) => format!(
                    "Some(crate::runtime::MarkerField {{ field: {:?}, in_query: {}, max_len: {:?} }})",
                    m.field, m.in_query, m.max_len
                ),
                None => "None".to_string(),
            }
        );
    }
    s.push_str("];\n");
    s
}
