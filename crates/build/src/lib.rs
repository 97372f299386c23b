//! The build script of each provider crate (`crates/<provider>/build.rs` is one call:
//! [`client`]): that provider's typed client, from its spec in the workspace's `specs/`.
//!
//! With the `codegen` feature (on by default in `deploykit`): the spec goes through the spec
//! toolchain (`crates/spec`): load (duplicate keys refused), lint (errors as
//! `specs/x.yaml:LINE:COL: message`, the build fails), normalise for progenitor, generate,
//! format, into `$OUT_DIR/<module>.rs`. In a git checkout the result is also kept in the
//! provider crate's `src/generated/` (`<module>.rs` and the spec as `<module>.json`) with the
//! SHA-256 of its spec (`src/generated/specs.tsv`), so that the change a spec edit makes to the
//! client shows in the diff. A spec that is byte for byte what `$OUT_DIR` was generated from by
//! this same build script is not generated again.
//!
//! Without `codegen` (a library user's `default-features = false`): the client comes from the
//! crate's `src/generated/`, and none of progenitor, syn or the spec toolchain is compiled. A
//! spec whose SHA-256 no longer matches its client's fails the build, naming the feature to turn
//! on.
//!
//! One crate per spec: a spec edit rebuilds that provider's crate and what depends on it, not
//! the other providers' clients.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

/// Where a provider crate keeps its client, relative to the crate.
const SNAPSHOT_DIR: &str = "src/generated";
/// `module <TAB> specs/file <TAB> feature or - <TAB> sha256 of the spec`, one line.
const MANIFEST: &str = "src/generated/specs.tsv";

/// One client: its module, its spec, the feature that turns it on, the spec's SHA-256.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Client {
    module: String,
    spec: String,
    feature: Option<String>,
    sha256: String,
}

/// The crate being built and the workspace it belongs to.
struct Paths {
    /// The provider crate (`CARGO_MANIFEST_DIR`).
    krate: PathBuf,
    /// The workspace root: where `specs/` is, and what messages are relative to.
    root: PathBuf,
    /// The snapshot folder as messages name it (`crates/ncloud/src/generated`).
    snapshot: String,
}

/// Build the client of `specs/<spec_file>` (a file name in the workspace's `specs/` folder) for
/// the provider crate whose build script calls this; write `$OUT_DIR/generated_index.rs`, the
/// body of the crate's `generated` module. Exits the build with `file:line:col` messages when
/// the spec has errors or (without `codegen`) no longer matches the kept client.
pub fn client(spec_file: &str) {
    println!("cargo:rerun-if-changed=build.rs");
    let krate =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let root = krate
        .parent()
        .and_then(Path::parent)
        .expect("a provider crate is crates/<provider> in the workspace")
        .to_path_buf();
    let snapshot = match krate.strip_prefix(&root) {
        Ok(rel) => format!(
            "{}/{SNAPSHOT_DIR}",
            rel.to_string_lossy().replace('\\', "/")
        ),
        Err(_) => SNAPSHOT_DIR.to_string(),
    };
    let paths = Paths {
        krate,
        root,
        snapshot,
    };
    let spec = paths.root.join("specs").join(spec_file);
    println!("cargo:rerun-if-changed={}", spec.display());
    let result = client_of(&paths, &spec, &out_dir).and_then(|(client, dir)| {
        std::fs::write(out_dir.join("generated_index.rs"), index(&client, &dir))
            .map_err(|e| vec![format!("cannot write generated_index.rs: {e}")])
    });
    if let Err(lines) = result {
        for line in lines {
            eprintln!("{line}");
        }
        std::process::exit(1);
    }
}

/// The client of this build and the folder its `<module>.rs` file is in.
#[cfg(feature = "codegen")]
fn client_of(paths: &Paths, spec: &Path, out_dir: &Path) -> Result<(Client, PathBuf), Vec<String>> {
    // The crate exists only with its provider's feature on: its spec is always generated.
    let generated = deploykit_spec::generate::generate_files(
        &[spec.to_path_buf()],
        out_dir,
        &|_| true,
        &generator(),
    )
    .map_err(|mut lines| {
        lines.push(
            "deploykit: the spec above has errors; fix it (or run `deploykit spec check specs/*.yaml`)".into(),
        );
        lines
    })?;
    let Some(g) = generated.into_iter().next() else {
        return Err(vec![format!(
            "{}:1:1: no client was generated",
            spec.display()
        )]);
    };
    let client = Client {
        sha256: sha256_of(&paths.root.join(&g.spec))?,
        module: g.module,
        spec: g.spec,
        feature: g.feature,
    };
    // Keep the snapshot in a git checkout only: never in a packaged crate or a registry copy.
    if paths.root.join(".git").exists() {
        keep_snapshot(paths, out_dir, &client)?;
    }
    Ok((client, out_dir.to_path_buf()))
}

/// What identifies this build script, and so the generator compiled into it: its executable's
/// size and modification time (cargo writes a new one when the generator changes). A spec
/// unchanged since the last run of the same build script is not generated again.
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

/// Copy the client into the crate's `src/generated/` and update the manifest, writing only what
/// changed (so a build that changes nothing touches no file).
#[cfg(feature = "codegen")]
fn keep_snapshot(paths: &Paths, out_dir: &Path, c: &Client) -> Result<(), Vec<String>> {
    let dir = paths.krate.join(SNAPSHOT_DIR);
    std::fs::create_dir_all(&dir)
        .map_err(|e| vec![format!("cannot create {}: {e}", paths.snapshot)])?;
    for ext in ["rs", "json"] {
        let name = format!("{}.{ext}", c.module);
        let content = std::fs::read(out_dir.join(&name))
            .map_err(|e| vec![format!("cannot read the generated {name}: {e}")])?;
        write_if_changed(&dir.join(&name), &content)?;
    }
    write_if_changed(
        &paths.krate.join(MANIFEST),
        manifest_text(&paths.snapshot, c).as_bytes(),
    )
}

#[cfg(feature = "codegen")]
fn write_if_changed(path: &Path, content: &[u8]) -> Result<(), Vec<String>> {
    if std::fs::read(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| vec![format!("cannot write {}: {e}", path.display())])
}

#[cfg(feature = "codegen")]
fn manifest_text(snapshot: &str, c: &Client) -> String {
    format!(
        "# Written by the build (feature `codegen`): the client in {snapshot}/<module>.rs was generated\n# from <spec>, whose SHA-256 is given. Do not edit.\n{}\t{}\t{}\t{}\n",
        c.module,
        c.spec,
        c.feature.as_deref().unwrap_or("-"),
        c.sha256
    )
}

/// The client of this build, from the crate's `src/generated/`, checked against its spec.
#[cfg(not(feature = "codegen"))]
fn client_of(
    paths: &Paths,
    _spec: &Path,
    _out_dir: &Path,
) -> Result<(Client, PathBuf), Vec<String>> {
    println!("cargo:rerun-if-changed={SNAPSHOT_DIR}");
    let c = read_manifest(paths).map_err(|e| vec![e])?;
    if sha256_of(&paths.root.join(&c.spec))? != c.sha256 {
        return Err(vec![format!(
            "{}:1:1: changed since {}/{}.rs was generated from it: build with the `codegen` feature (on by default) to regenerate the client",
            c.spec, paths.snapshot, c.module
        )]);
    }
    Ok((c, paths.krate.join(SNAPSHOT_DIR)))
}

/// The one line of the crate's manifest.
#[cfg(not(feature = "codegen"))]
fn read_manifest(paths: &Paths) -> Result<Client, String> {
    let shown = format!("{}/specs.tsv", paths.snapshot);
    let text = std::fs::read_to_string(paths.krate.join(MANIFEST))
        .map_err(|e| format!("{shown}:1:1: cannot read: {e}"))?;
    let Some((n, line)) = text
        .lines()
        .enumerate()
        .find(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
    else {
        return Err(format!("{shown}:1:1: names no client"));
    };
    let fields: Vec<&str> = line.split('\t').collect();
    let [module, spec, feature, sha256] = fields[..] else {
        return Err(format!(
            "{shown}:{}:1: expected `module<TAB>spec<TAB>feature<TAB>sha256`",
            n + 1
        ));
    };
    Ok(Client {
        module: module.into(),
        spec: spec.into(),
        feature: (feature != "-").then(|| feature.to_string()),
        sha256: sha256.into(),
    })
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

/// The body of the crate's `generated` module: the client's module (including
/// `dir/<module>.rs`) and `SPEC`, what it was generated from.
fn index(c: &Client, dir: &Path) -> String {
    let path = dir.join(format!("{}.rs", c.module));
    format!(
        "// Written by the build script from specs/*.yaml. Do not edit.\n\n#[doc = \"Client generated from `{spec}`.\"]\n#[allow(clippy::all, clippy::pedantic, unused_imports, unused_mut, dead_code, missing_docs, irrefutable_let_patterns, mismatched_lifetime_syntaxes)]\npub mod {module} {{\n    include!({path:?});\n}}\n\n/// The spec compiled into this crate: (module, file, feature).\npub const SPEC: (&str, &str, Option<&str>) = ({module:?}, {spec:?}, {feature:?});\n",
        spec = c.spec,
        module = c.module,
        path = path.to_string_lossy(),
        feature = c.feature.as_deref(),
    )
}
