//! Every spec in `specs/` passes the lint and is generated into a client of this build.

use std::path::Path;

#[test]
#[cfg(all(
    feature = "github",
    feature = "ncloud",
    feature = "alibaba",
    feature = "nhn"
))]
fn every_shipped_spec_passes_and_is_generated() {
    let mut checked = 0;
    for entry in std::fs::read_dir("specs").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let doc =
            deploykit_spec::check(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let normalized = deploykit_spec::normalize::normalize(&doc.value);
        let module = path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .replace('-', "_");
        let generated = deploykit::generated::SPECS
            .iter()
            .find(|(m, _, _)| *m == module)
            .unwrap_or_else(|| panic!("{module} was not generated"));
        assert_eq!(
            Path::new(generated.1),
            Path::new("specs").join(path.file_name().unwrap())
        );
        assert!(!normalized.ops.is_empty());
        checked += 1;
    }
    assert_eq!(checked, deploykit::generated::SPECS.len());
}

#[test]
#[cfg(feature = "nhn")]
fn multipart_operations_are_listed_not_generated() {
    assert_eq!(
        deploykit::generated::nhn_deploy::MULTIPART_OPERATIONS,
        &["upload_binary"]
    );
}
