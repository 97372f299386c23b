//! `--jq EXPR`: a jq filter over the command's answer, run by the `jaq` crates (a jq
//! implementation with jq's standard library), compiled once before any request so a typo fails
//! with exit 2 and nothing sent.

use deploykit::runtime::Error;
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Native, Vars, data};
use jaq_json::Val;
use serde_json::Value;

type Data = data::JustLut<Val>;

/// A compiled jq filter.
pub struct Jq {
    filter: jaq_core::compile::Filter<Native<Data>>,
}

impl std::fmt::Debug for Jq {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Jq")
    }
}

impl Jq {
    /// Compile `expr`; a parse or compile error names the expression.
    pub fn compile(expr: &str) -> Result<Self, Error> {
        let defs = jaq_core::defs()
            .chain(jaq_std::defs())
            .chain(jaq_json::defs());
        let funs = jaq_core::funs()
            .chain(jaq_std::funs())
            .chain(jaq_json::funs());
        let arena = Arena::default();
        let bad = |what: String| Error::invalid_input(format!("--jq {expr:?}: {what}"));
        let modules = Loader::new(defs)
            .load(
                &arena,
                File {
                    code: expr,
                    path: (),
                },
            )
            .map_err(|errs| bad(load_errors(&errs)))?;
        let filter = Compiler::default()
            .with_funs(funs)
            .compile(modules)
            .map_err(|errs| {
                let names: Vec<String> = errs
                    .iter()
                    .flat_map(|(_, es)| es.iter().map(|(name, kind)| format!("{name} ({kind:?})")))
                    .collect();
                bad(format!("undefined: {}", names.join(", ")))
            })?;
        Ok(Self { filter })
    }

    /// Run the filter on one input: every output, in order. A runtime error (`error("…")`,
    /// indexing a number …) is an input error of the filter, exit 2.
    pub fn run(&self, input: &Value) -> Result<Vec<Value>, Error> {
        let text = serde_json::to_string(input).unwrap_or_default();
        let val = jaq_json::read::parse_single(text.as_bytes())
            .map_err(|e| Error::invalid_input(format!("--jq: the answer is not JSON: {e}")))?;
        let ctx = Ctx::<Data>::new(&self.filter.lut, Vars::new([]));
        let mut out = Vec::new();
        for item in self.filter.id.run((ctx, val)).map(jaq_core::unwrap_valr) {
            let v = item.map_err(|e| Error::invalid_input(format!("--jq: {e}")))?;
            let json = serde_json::from_str(&v.to_string()).map_err(|e| {
                Error::invalid_input(format!("--jq: a result is not JSON ({e}): {v}"))
            })?;
            out.push(json);
        }
        Ok(out)
    }
}

fn load_errors<P>(errs: &jaq_core::load::Errors<&str, P>) -> String {
    use jaq_core::load::Error as E;
    let mut parts = Vec::new();
    for (_, e) in errs {
        match e {
            E::Io(list) => parts.extend(list.iter().map(|(path, why)| format!("{path}: {why}"))),
            E::Lex(list) => parts.extend(list.iter().map(|(expected, at)| {
                format!("expected {} at {:?}", expected.as_str(), short(at))
            })),
            E::Parse(list) => parts.extend(list.iter().map(|(expected, at)| {
                format!("expected {} at {:?}", expected.as_str(), short(at))
            })),
        }
    }
    parts.join("; ")
}

/// The start of the rest of the expression where parsing stopped.
fn short(rest: &str) -> String {
    let s: String = rest.chars().take(20).collect();
    if s.is_empty() { "the end".into() } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_select_and_project() {
        let list = json!([{"id": 1, "env": "prod"}, {"id": 2, "env": "stage"}]);
        let jq = Jq::compile(r#"map(select(.env == "prod")) | .[].id"#).unwrap();
        assert_eq!(jq.run(&list).unwrap(), vec![json!(1)]);
        let jq = Jq::compile("length").unwrap();
        assert_eq!(jq.run(&list).unwrap(), vec![json!(2)]);
        let jq = Jq::compile(".[] | {id, tag: (.env | ascii_upcase)}").unwrap();
        assert_eq!(
            jq.run(&list).unwrap(),
            vec![
                json!({"id": 1, "tag": "PROD"}),
                json!({"id": 2, "tag": "STAGE"})
            ]
        );
    }

    #[test]
    fn mistakes_are_input_errors() {
        let e = Jq::compile(".[] | ").unwrap_err();
        assert_eq!(e.kind(), &deploykit::runtime::ErrorKind::InvalidInput);
        assert!(e.to_string().contains("--jq"), "{e}");
        let e = Jq::compile("nosuchfunction").unwrap_err();
        assert!(e.to_string().contains("nosuchfunction"), "{e}");
        let e = Jq::compile(".a").unwrap().run(&json!(3)).unwrap_err();
        assert_eq!(e.kind(), &deploykit::runtime::ErrorKind::InvalidInput);
    }
}
