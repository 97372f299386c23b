//! `generate_all` generates a spec again only when the spec or the generator changed.

use std::path::Path;

use deploykit_spec::generate::generate_all;

const FIXTURE: &str = "tests/fixtures/specs/ok.yaml";

fn specs_dir(root: &Path, text: &str) -> std::path::PathBuf {
    let dir = root.join("specs");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("shop.yaml"), text).unwrap();
    dir
}

#[test]
fn unchanged_specs_are_not_generated_again() {
    let root = tempfile::tempdir().unwrap();
    let out = root.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // The lint-clean fixture, given a feature.
    let spec = std::fs::read_to_string(FIXTURE).unwrap().replacen(
        "info:\n",
        "info:\n  x-deploykit-feature: shop\n",
        1,
    );
    assert!(spec.contains("x-deploykit-feature: shop"));
    let specs = specs_dir(root.path(), &spec);
    let on = |f: &str| f == "shop";

    let first = generate_all(&specs, &out, &on, "gen-1").unwrap();
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].module, "shop");
    assert_eq!(first[0].feature.as_deref(), Some("shop"));
    let client = std::fs::read_to_string(out.join("shop.rs")).unwrap();
    assert!(
        client.contains("pub fn get_thing"),
        "a client was generated"
    );

    // Mark the client: a second run with the same spec and generator keeps the file as it is.
    std::fs::write(out.join("shop.rs"), "// kept\n").unwrap();
    let second = generate_all(&specs, &out, &on, "gen-1").unwrap();
    assert_eq!(second, first);
    assert_eq!(
        std::fs::read_to_string(out.join("shop.rs")).unwrap(),
        "// kept\n"
    );

    // The feature is still honoured without generating: off, the spec is left out.
    assert!(
        generate_all(&specs, &out, &|_| false, "gen-1")
            .unwrap()
            .is_empty()
    );

    // Another generator generates again.
    generate_all(&specs, &out, &on, "gen-2").unwrap();
    assert_eq!(
        std::fs::read_to_string(out.join("shop.rs")).unwrap(),
        client
    );

    // An edited spec generates again, and its errors are reported.
    std::fs::write(out.join("shop.rs"), "// kept\n").unwrap();
    let edited = spec.replace("operationId: get_thing", "operationId: get_one_thing");
    specs_dir(root.path(), &edited);
    generate_all(&specs, &out, &on, "gen-2").unwrap();
    let regenerated = std::fs::read_to_string(out.join("shop.rs")).unwrap();
    assert!(regenerated.contains("pub fn get_one_thing"));
    let broken = edited.replace("openapi: 3.0.3", "openapi: 3.1.0");
    specs_dir(root.path(), &broken);
    let errors = generate_all(&specs, &out, &on, "gen-2").unwrap_err();
    assert!(
        errors.iter().any(|e| e.starts_with("specs/shop.yaml:")),
        "{errors:?}"
    );

    // An empty generator id never reuses.
    specs_dir(root.path(), &edited);
    generate_all(&specs, &out, &on, "gen-2").unwrap();
    std::fs::write(out.join("shop.rs"), "// kept\n").unwrap();
    generate_all(&specs, &out, &on, "").unwrap();
    assert_eq!(
        std::fs::read_to_string(out.join("shop.rs")).unwrap(),
        regenerated
    );
}
