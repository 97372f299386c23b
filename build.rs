//! The typed clients, one per `specs/*.yaml`, and the `generated` module index.
//!
//! With the `codegen` feature (on by default): every spec whose feature is on goes through the
//! spec toolchain (`crates/spec`): load (duplicate keys refused), lint (errors as
//! `specs/x.yaml:LINE:COL: message`, the build fails), normalise for progenitor, generate,
//! format, into `$OUT_DIR/<module>.rs`. In a git checkout the result is also kept in
//! `src/generated/` (`<module>.rs` and the spec as `<module>.json`) with the SHA-256 of its spec (`src/generated/specs.tsv`), so that the change
//! a spec edit makes to the client shows in the diff. A spec that is byte for byte what `$OUT_DIR`
//! was generated from by this same build script is not generated again (a spec edit regenerates
//! that spec's client only).
//!
//! Without `codegen` (a library user's `default-features = false`): the clients come from
//! `src/generated/`, and none of progenitor, syn or the spec toolchain is compiled. A spec whose
//! SHA-256 no longer matches its client's fails the build, naming the feature to turn on.
//!
//! Nothing here names a provider: a new spec file is picked up as it is; its
//! `info.x-deploykit-feature` names the cargo feature that turns it on.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

/// Where the clients are kept, relative to the package root.
const SNAPSHOT_DIR: &str = "src/generated";
/// `module <TAB> specs/file <TAB> feature or - <TAB> sha256 of the spec`, one line per client.
const MANIFEST: &str = "src/generated/specs.tsv";

/// One client: its module, its spec, the feature that turns it on, the spec's SHA-256.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Client {
    module: String,
    spec: String,
    feature: Option<String>,
    sha256: String,
}

fn main() {
    println!("cargo:rerun-if-changed=specs");
    println!("cargo:rerun-if-changed=build.rs");
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let result = clients(&root, &out_dir).and_then(|(clients, dir)| {
        std::fs::write(out_dir.join("generated_index.rs"), index(&clients, &dir))
            .map_err(|e| vec![format!("cannot write generated_index.rs: {e}")])
    });
    if let Err(lines) = result {
        for line in lines {
            eprintln!("{line}");
        }
        std::process::exit(1);
    }
}

fn feature_on(feature: &str) -> bool {
    let var = format!("CARGO_FEATURE_{}", feature.to_uppercase().replace('-', "_"));
    std::env::var_os(var).is_some()
}

/// The clients of this build and the folder their `<module>.rs` files are in.
#[cfg(feature = "codegen")]
fn clients(root: &Path, out_dir: &Path) -> Result<(Vec<Client>, PathBuf), Vec<String>> {
    let generated =
        deploykit_spec::generate::generate_all(&root.join("specs"), out_dir, &feature_on, &generator()).map_err(
            |mut lines| {
                lines.push(
                    "deploykit: the specs above have errors; fix them (or run `deploykit spec check specs/*.yaml`)".into(),
                );
                lines
            },
        )?;
    let mut clients = Vec::new();
    for g in generated {
        let sha256 = sha256_of(&root.join(&g.spec))?;
        clients.push(Client {
            module: g.module,
            spec: g.spec,
            feature: g.feature,
            sha256,
        });
    }
    // Keep the snapshot in a git checkout only: never in a packaged crate or a registry copy.
    if root.join(".git").exists() {
        keep_snapshot(root, out_dir, &clients)?;
    }
    Ok((clients, out_dir.to_path_buf()))
}

/// What identifies this build script, and so the generator compiled into it: its executable's
/// size and modification time (cargo writes a new one when the generator changes). Specs
/// unchanged since the last run of the same build script are not generated again.
#[cfg(feature = "codegen")]
fn generator() -> String {
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|exe| std::fs::metadata(exe).ok())
    else {
        return String::new();
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!("build-script {} bytes, modified {modified}", meta.len())
}

/// Copy the clients into `src/generated/` and update the manifest, writing only what changed
/// (so a build that changes nothing touches no file).
#[cfg(feature = "codegen")]
fn keep_snapshot(root: &Path, out_dir: &Path, clients: &[Client]) -> Result<(), Vec<String>> {
    let dir = root.join(SNAPSHOT_DIR);
    std::fs::create_dir_all(&dir)
        .map_err(|e| vec![format!("cannot create {SNAPSHOT_DIR}: {e}")])?;
    for c in clients {
        for ext in ["rs", "json"] {
            let name = format!("{}.{ext}", c.module);
            let content = std::fs::read(out_dir.join(&name))
                .map_err(|e| vec![format!("cannot read the generated {name}: {e}")])?;
            write_if_changed(&dir.join(&name), &content)?;
        }
    }
    // Clients of features that are off in this build keep their lines.
    let mut all = read_manifest(root).unwrap_or_default();
    all.retain(|old| !clients.iter().any(|c| c.module == old.module));
    all.extend(clients.iter().cloned());
    all.sort_by(|a, b| a.spec.cmp(&b.spec));
    write_if_changed(&root.join(MANIFEST), manifest_text(&all).as_bytes())
}

#[cfg(feature = "codegen")]
fn write_if_changed(path: &Path, content: &[u8]) -> Result<(), Vec<String>> {
    if std::fs::read(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| vec![format!("cannot write {}: {e}", path.display())])
}

#[cfg(feature = "codegen")]
fn manifest_text(clients: &[Client]) -> String {
    let mut text = String::from(
        "# Written by build.rs (feature `codegen`): the client in src/generated/<module>.rs was generated\n# from <spec>, whose SHA-256 is given. Do not edit.\n",
    );
    for c in clients {
        let _ = writeln!(
            text,
            "{}\t{}\t{}\t{}",
            c.module,
            c.spec,
            c.feature.as_deref().unwrap_or("-"),
            c.sha256
        );
    }
    text
}

/// The clients of this build, from `src/generated/`, each checked against its spec.
#[cfg(not(feature = "codegen"))]
fn clients(root: &Path, _out_dir: &Path) -> Result<(Vec<Client>, PathBuf), Vec<String>> {
    println!("cargo:rerun-if-changed={SNAPSHOT_DIR}");
    let all = read_manifest(root).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    // A spec file the manifest does not know was added after the last generation.
    if let Ok(entries) = std::fs::read_dir(root.join("specs")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_spec = name.ends_with(".yaml") || name.ends_with(".yml");
            if is_spec && !all.iter().any(|c| c.spec == format!("specs/{name}")) {
                errors.push(format!(
                    "specs/{name}:1:1: this spec has no generated client in {SNAPSHOT_DIR}: build with the `codegen` feature (on by default) once to generate it"
                ));
            }
        }
    }
    let mut clients = Vec::new();
    for c in all {
        if c.feature.as_deref().is_some_and(|f| !feature_on(f)) {
            continue;
        }
        match sha256_of(&root.join(&c.spec)) {
            Ok(sha) if sha == c.sha256 => clients.push(c),
            Ok(_) => errors.push(format!(
                "{}:1:1: changed since {SNAPSHOT_DIR}/{}.rs was generated from it: build with the `codegen` feature (on by default) to regenerate the client",
                c.spec, c.module
            )),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        Ok((clients, root.join(SNAPSHOT_DIR)))
    } else {
        Err(errors)
    }
}

fn read_manifest(root: &Path) -> Result<Vec<Client>, String> {
    let text = std::fs::read_to_string(root.join(MANIFEST))
        .map_err(|e| format!("{MANIFEST}:1:1: cannot read: {e}"))?;
    let mut clients = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [module, spec, feature, sha256] = fields[..] else {
            return Err(format!(
                "{MANIFEST}:{}:1: expected `module<TAB>spec<TAB>feature<TAB>sha256`",
                n + 1
            ));
        };
        clients.push(Client {
            module: module.into(),
            spec: spec.into(),
            feature: (feature != "-").then(|| feature.to_string()),
            sha256: sha256.into(),
        });
    }
    Ok(clients)
}

fn sha256_of(path: &Path) -> Result<String, Vec<String>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vec![format!("{}:1:1: cannot read: {e}", path.display())])?;
    let mut hex = String::with_capacity(64);
    for b in Sha256::digest(&bytes) {
        let _ = write!(hex, "{b:02x}");
    }
    Ok(hex)
}

/// The `generated` module: one submodule per client (including `dir/<module>.rs`) and the `SPECS`
/// table.
fn index(clients: &[Client], dir: &Path) -> String {
    let mut index = String::from("// Written by build.rs from specs/*.yaml. Do not edit.\n\n");
    let mut table = String::from(
        "/// Every spec compiled into this build: (module, file, feature).\npub const SPECS: &[(&str, &str, Option<&str>)] = &[\n",
    );
    for c in clients {
        let path = dir.join(format!("{}.rs", c.module));
        let _ = writeln!(
            index,
            "#[doc = \"Client generated from `{spec}`.\"]\n#[allow(clippy::all, clippy::pedantic, unused_imports, unused_mut, dead_code, missing_docs, irrefutable_let_patterns, mismatched_lifetime_syntaxes)]\npub mod {module} {{\n    include!({path:?});\n}}\n",
            spec = c.spec,
            module = c.module,
            path = path.to_string_lossy(),
        );
        let _ = writeln!(
            table,
            "    ({:?}, {:?}, {:?}),",
            c.module,
            c.spec,
            c.feature.as_deref()
        );
    }
    table.push_str("];\n");
    index.push_str(&table);
    index
}
