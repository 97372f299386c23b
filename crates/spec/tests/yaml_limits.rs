//! The loader's limits: a large spec loads (the node count of GitHub's full description is
//! far beyond serde-saphyr's default budget), a YAML bomb of nested aliases is refused quickly
//! with its line, and the file-size limit is adjustable.

use std::time::{Duration, Instant};

use deploykit_spec::yaml::{self, Limits};

/// Nine levels of nine aliases each: 9^9 (387 million) strings once expanded.
const BOMB: &str = r#"openapi: 3.0.3
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"#;

#[test]
fn a_yaml_bomb_is_refused_quickly_with_its_line() {
    let started = Instant::now();
    let err = yaml::load(BOMB).expect_err("the bomb must be refused");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "took {took:?}");
    // The expansion crosses the limit in the middle of the file, not at its end.
    assert!((4..=9).contains(&err.line), "{err}");
    assert_eq!(err.rule, "yaml-limit", "{err}");
    assert!(err.message.contains("alias"), "{err}");
}

#[test]
fn aliases_within_the_limit_still_load() {
    let doc = yaml::load("a: &a [1, 2]\nb: *a\nc: *a\n").unwrap();
    assert_eq!(doc.value["c"], serde_json::json!([1, 2]));
}

/// A document far beyond serde-saphyr's default budget of 250,000 nodes (GitHub's full
/// description has about 500,000) loads, with positions.
#[test]
fn a_document_of_260_000_nodes_loads() {
    let mut text = String::from("openapi: 3.0.3\nx-numbers:\n");
    let row: Vec<String> = (0..100).map(|i| i.to_string()).collect();
    let row = format!("  - [{}]\n", row.join(","));
    for _ in 0..2_560 {
        text.push_str(&row);
    }
    let doc = yaml::load(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.value["x-numbers"].as_array().map(Vec::len), Some(2_560));
    assert_eq!(doc.pos("/x-numbers/2559/99"), (2_562, 293));
}

#[test]
fn the_size_limit_is_adjustable() {
    let limits = Limits {
        max_bytes: 10,
        ..Limits::default()
    };
    let err = yaml::load_with("openapi: 3.0.3\n", &limits).unwrap_err();
    assert_eq!((err.line, err.column), (1, 1));
    assert!(err.message.contains("DEPLOYKIT_SPEC_MAX_BYTES"), "{err}");
    assert_eq!(Limits::default().max_bytes, 64 * 1024 * 1024);
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let deep = format!("{}1{}", "[".repeat(100), "]".repeat(100));
    let err = yaml::load(&deep).unwrap_err();
    assert_eq!(err.line, 1, "{err}");
}
