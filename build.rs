//! Generates one typed client per `specs/*.yaml` with the spec toolchain (`crates/spec`):
//! load (duplicate keys refused), lint (errors as `specs/x.yaml:LINE:COL: message`, the build
//! fails), normalise for progenitor, generate, format, and write `$OUT_DIR/<stem>.rs`. Nothing here
//! names a provider: a new spec file is picked up as it is; its `info.x-deploykit-feature` names
//! the cargo feature that turns it on.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=specs");
    println!("cargo:rerun-if-changed=build.rs");
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let feature_on = |feature: &str| {
        let var = format!("CARGO_FEATURE_{}", feature.to_uppercase().replace('-', "_"));
        std::env::var_os(var).is_some()
    };
    if let Err(lines) =
        deploykit_spec::generate::generate_all(&root.join("specs"), &out_dir, &feature_on)
    {
        for line in lines {
            eprintln!("{line}");
        }
        eprintln!(
            "deploykit: the specs above have errors; fix them (or run `deploykit spec check specs/*.yaml`)"
        );
        std::process::exit(1);
    }
}
