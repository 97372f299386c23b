//! Each lint rule has a failing fixture (with the exact `file:line:col` it must report) and the
//! passing fixture; the normaliser's rewrites of the shipped specs.

use deploykit_spec as spec;

fn check_fixture(name: &str) -> Result<(), Vec<String>> {
    let path = format!("tests/fixtures/specs/{name}");
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    spec::check(&text)
        .map(|_| ())
        .map_err(|ds| ds.iter().map(|d| d.render(&path)).collect())
}

fn assert_fails(name: &str, expected_prefix: &str, expected_words: &[&str]) {
    let errors = check_fixture(name).expect_err("fixture must fail the lint");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let e = &errors[0];
    assert!(e.starts_with(expected_prefix), "{e}");
    for w in expected_words {
        assert!(e.contains(w), "{e} lacks {w}");
    }
}

#[test]
fn the_passing_fixture_passes() {
    check_fixture("ok.yaml").unwrap();
}

#[test]
fn duplicate_operation_id_points_at_the_second_one() {
    assert_fails(
        "duplicate_operation_id.yaml",
        "tests/fixtures/specs/duplicate_operation_id.yaml:38:7: ",
        &["duplicate operationId `get_thing`", "first used at line 10"],
    );
}

#[test]
fn undeclared_path_parameter_points_at_the_path() {
    assert_fails(
        "undeclared_path_param.yaml",
        "tests/fixtures/specs/undeclared_path_param.yaml:8:3: ",
        &["`{part}`", "not declared"],
    );
}

#[test]
fn declared_but_unused_path_parameter() {
    assert_fails(
        "unused_path_param.yaml",
        "tests/fixtures/specs/unused_path_param.yaml:13:11: ",
        &["thing_id", "has no"],
    );
}

#[test]
fn path_parameter_must_be_required() {
    assert_fails(
        "path_param_not_required.yaml",
        "tests/fixtures/specs/path_param_not_required.yaml:13:11: ",
        &["required: true"],
    );
}

#[test]
fn example_violating_its_schema_points_at_the_value() {
    assert_fails(
        "bad_example.yaml",
        "tests/fixtures/specs/bad_example.yaml:28:17: ",
        &["/count", "minimum of 0"],
    );
    assert_fails(
        "missing_required_in_example.yaml",
        "tests/fixtures/specs/missing_required_in_example.yaml:26:15: ",
        &["\"id\" is a required property"],
    );
}

#[test]
fn servers_are_required() {
    assert_fails(
        "no_servers.yaml",
        "tests/fixtures/specs/no_servers.yaml:1:1: ",
        &["`servers`"],
    );
}

#[test]
fn inline_error_schemas_are_refused_with_the_reason() {
    assert_fails(
        "inline_error.yaml",
        "tests/fixtures/specs/inline_error.yaml:34:15: ",
        &["404", "components/schemas", "drops their fields"],
    );
}

#[test]
fn openapi_31_is_refused() {
    assert_fails(
        "openapi31.yaml",
        "tests/fixtures/specs/openapi31.yaml:1:1: ",
        &["3.1.0", "3.0.x"],
    );
}

#[test]
fn json_without_schema_is_refused_instead_of_panicking() {
    assert_fails(
        "json_no_schema.yaml",
        "tests/fixtures/specs/json_no_schema.yaml:33:13: ",
        &["no `schema`", "panics"],
    );
}

#[test]
fn duplicate_yaml_keys_are_refused_with_their_line() {
    assert_fails(
        "duplicate_key.yaml",
        "tests/fixtures/specs/duplicate_key.yaml:36:3: ",
        &["duplicate key `/things/{thing_id}`"],
    );
}

#[test]
fn dangling_refs_are_reported() {
    assert_fails(
        "dangling_ref.yaml",
        "tests/fixtures/specs/dangling_ref.yaml:25:17: ",
        &["Thingy", "points at nothing"],
    );
}

#[test]
fn a_timeout_that_is_not_whole_seconds_is_refused() {
    assert_fails(
        "bad_timeout.yaml",
        "tests/fixtures/specs/bad_timeout.yaml:11:7: ",
        &["x-deploykit-timeout", "whole number of seconds"],
    );
}

#[test]
fn normalisation_merges_differing_success_schemas_and_drops_multipart() {
    let text = std::fs::read_to_string("../../specs/github.yaml").unwrap();
    let doc = spec::check(&text).unwrap();
    let n = spec::normalize::normalize(&doc.value);
    let create = n
        .spec
        .pointer("/paths/~1repos~1{owner}~1{repo}~1deployments/post/responses")
        .unwrap();
    assert_eq!(
        create["201"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/CreateDeploymentSuccess"
    );
    assert_eq!(
        create["202"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/CreateDeploymentSuccess"
    );
    let merged = n
        .spec
        .pointer("/components/schemas/CreateDeploymentSuccess/oneOf")
        .unwrap()
        .as_array()
        .unwrap();
    assert_eq!(
        merged.len(),
        2,
        "201 Deployment first, then the 202 message"
    );

    let text = std::fs::read_to_string("../../specs/nhn-deploy.yaml").unwrap();
    let n = spec::normalize::normalize(&spec::check(&text).unwrap().value);
    let upload = n.ops.iter().find(|o| o.id == "upload_binary").unwrap();
    assert!(upload.multipart);
}

#[test]
fn an_answer_required_list_without_a_source_is_reported_where_it_stands() {
    // `Thing` cites its source; `Owner`, reached through `Thing.owner`, does not.
    assert_fails(
        "undocumented_required.yaml",
        "tests/fixtures/specs/undocumented_required.yaml:41:7: ",
        &["requires fields", "x-deploykit-required"],
    );
}

#[test]
fn a_closed_answer_enum_is_reported_unless_it_cites_its_source() {
    // `state` is opened by the build, `kind` cites why it stays closed; `priority` would stay a
    // closed type with no source.
    assert_fails(
        "closed_answer_enum.yaml",
        "tests/fixtures/specs/closed_answer_enum.yaml:38:11: ",
        &["enum stays closed", "x-deploykit-closed"],
    );
}

#[test]
fn a_citation_must_name_a_seed_line_or_a_known_source() {
    assert_fails(
        "bad_citation.yaml",
        "tests/fixtures/specs/bad_citation.yaml:24:7: ",
        &["citation", "not one of the known sources"],
    );
    use spec::lint::Citation;
    assert_eq!(
        Citation::parse("003_f5b52b4dbd53a661.txt:66-68"),
        Ok(Citation::Seed {
            file: "003_f5b52b4dbd53a661.txt".into(),
            first: 66,
            last: 68
        })
    );
    for bad in [
        "003_f5b52b4dbd53a661.txt:0",
        "003_f5b52b4dbd53a661.txt:9-3",
        "seeds/003.txt:3",
        "https://docs.github.com/rest with spaces",
        "true",
    ] {
        assert!(Citation::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn answer_enums_become_open_and_requests_keep_the_closed_enum() {
    let text = std::fs::read_to_string("../../specs/nhn-deploy.yaml").unwrap();
    let n = spec::normalize::normalize(&spec::check(&text).unwrap().value);
    fn opened(spec: &serde_json::Value, ptr: &str) -> String {
        let s = spec.pointer(ptr).unwrap_or_else(|| panic!("{ptr}"));
        assert_eq!(
            s["x-rust-type"]["path"], "deploykit::runtime::Open",
            "{ptr}: {s}"
        );
        s["x-rust-type"]["parameters"][0]["$ref"]
            .as_str()
            .unwrap()
            .to_string()
    }
    let open = |ptr: &str| opened(&n.spec, ptr);
    // `ApplicationType` serves the upload (a request) and `Artifact.applicationType` (an answer):
    // the answer gets `Open<ApplicationType>`, the component stays the closed enum.
    assert_eq!(
        open("/components/schemas/Artifact/properties/applicationType"),
        "#/components/schemas/ApplicationType"
    );
    assert!(
        n.spec
            .pointer("/components/schemas/ApplicationType/enum")
            .is_some()
    );
    open("/components/schemas/DeployResult/properties/deployStatus");
    open("/components/schemas/ServerGroup/properties/osType");
    open("/components/schemas/DeployHistory/properties/totalResult");

    // GitHub: an inline answer enum is hoisted and opened; the request's `state` stays closed.
    let text = std::fs::read_to_string("../../specs/github.yaml").unwrap();
    let n = spec::normalize::normalize(&spec::check(&text).unwrap().value);
    let open = |ptr: &str| opened(&n.spec, ptr);
    assert_eq!(
        open("/components/schemas/Team/properties/type"),
        "#/components/schemas/TeamType"
    );
    assert_eq!(
        open("/components/schemas/DeploymentStatus/properties/state"),
        "#/components/schemas/DeploymentStatusState"
    );
    assert_eq!(
        n.spec
            .pointer("/components/schemas/DeploymentStatusCreateRequest/properties/state/$ref")
            .unwrap(),
        "#/components/schemas/DeploymentStatusState"
    );
    // 201 and 202 keep a type each, decoded by status.
    assert_eq!(
        n.success_by_status["create_deployment"],
        vec![
            ("201".to_string(), "Deployment".to_string()),
            ("202".to_string(), "DeploymentMergedBranch".to_string())
        ]
    );
}
