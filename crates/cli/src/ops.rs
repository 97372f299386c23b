//! Operations read from a spec at run time: one CLI subcommand each, with the spec's descriptions,
//! types, enums and defaults in `--help`, and input checked against the spec before sending.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use deploykit::runtime::Error;
use deploykit::runtime::dispatch::Args;
use deploykit_spec::lint::{components_as_json_schema, is_json};
use deploykit_spec::normalize::{OpMeta, ParamMeta};

/// The parameters that become flags: path, query and header ones (the specs use no cookies).
fn flag_params(op: &OpMeta) -> impl Iterator<Item = &ParamMeta> {
    op.params
        .iter()
        .filter(|p| matches!(p.location.as_str(), "path" | "query" | "header"))
}

/// The subcommand name of an operation: the operationId with `-` for `_`.
pub fn command_name(op: &OpMeta) -> String {
    op.id.replace('_', "-")
}

/// A short human description of a parameter's type: `string, at most 10 characters`,
/// `one of: RELEASE, PRE, TEST`, `integer ≥ 0` …
pub fn type_summary(schema: &Value) -> String {
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let names: Vec<String> = values
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string())
            })
            .collect();
        return format!("one of: {}", names.join(", "));
    }
    let ty = schema
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or("value");
    let mut s = match ty {
        "array" => "list (JSON array, or repeat the flag)".to_string(),
        "object" => "object (JSON)".to_string(),
        other => other.to_string(),
    };
    if let Some(f) = schema.get("format").and_then(Value::as_str) {
        s.push_str(&format!(" ({f})"));
    }
    if let Some(n) = schema.get("maxLength") {
        s.push_str(&format!(", at most {n} characters"));
    }
    if let Some(n) = schema.get("minimum") {
        s.push_str(&format!(", ≥ {n}"));
    }
    if let Some(n) = schema.get("maximum") {
        s.push_str(&format!(", ≤ {n}"));
    }
    s
}

/// The clap subcommand of an operation.
pub fn command(op: &OpMeta) -> Command {
    let mut about = op.summary.clone();
    if about.is_empty() {
        about = op.id.clone();
    }
    let mut long = format!("{} {}\n\n{}", op.method, op.path, op.description);
    if op.multipart {
        long.push_str("\n\nThis operation uploads a file: use the provider's `upload` command.");
    }
    let mut cmd = Command::new(command_name(op)).about(about).long_about(long);
    for p in flag_params(op) {
        let mut help = p.description.lines().next().unwrap_or_default().to_string();
        let ty = if p.repeat_list {
            "list of objects as JSON (sent as Name.N.Field)".to_string()
        } else {
            type_summary(&p.schema)
        };
        help = if help.is_empty() {
            format!("[{ty}]")
        } else {
            format!("{help} [{ty}]")
        };
        let mut arg = Arg::new(p.name.clone())
            .long(p.name.clone())
            .value_name(value_name(&p.schema))
            .help(help);
        arg = if p.schema.get("type").and_then(Value::as_str) == Some("array") && !p.repeat_list {
            arg.action(ArgAction::Append)
        } else {
            arg.action(ArgAction::Set)
        };
        if let Some(d) = p.schema.get("default") {
            arg = arg.default_value(
                d.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| d.to_string()),
            );
        }
        if p.required && p.schema.get("default").is_none() {
            arg = arg.required(true);
        }
        cmd = cmd.arg(arg);
    }
    if let Some(body) = &op.body
        && !op.multipart
    {
        let required = body.required;
        cmd = cmd
            .arg(
                Arg::new("body")
                    .long("body")
                    .value_name("JSON")
                    .help(format!(
                        "Request body ({}), checked against the spec before sending",
                        body.media
                    ))
                    .conflicts_with("body-file")
                    .required_unless_present_any(if required { vec!["body-file"] } else { vec![] })
                    .required(false),
            )
            .arg(
                Arg::new("body-file")
                    .long("body-file")
                    .value_name("FILE")
                    .help("Read the request body from FILE"),
            );
    }
    cmd
}

fn value_name(schema: &Value) -> String {
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") | Some("number") => "NUMBER".into(),
        Some("boolean") => "BOOL".into(),
        Some("array") | Some("object") => "JSON".into(),
        _ => "VALUE".into(),
    }
}

/// A parameter value typed by its schema (the CLI receives text).
fn typed(p: &ParamMeta, raw: &str) -> Result<Value, Error> {
    let bad = |why: &str| Error::invalid_input(format!("--{} {raw:?}: {why}", p.name));
    if p.repeat_list {
        return serde_json::from_str(raw).map_err(|e| bad(&format!("not a JSON list: {e}")));
    }
    match p.schema.get("type").and_then(Value::as_str) {
        Some("integer") => raw
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| bad("not an integer")),
        Some("number") => raw
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| bad("not a number")),
        Some("boolean") => match raw.trim() {
            "true" => Ok(Value::Bool(true)),
            "false" => Ok(Value::Bool(false)),
            _ => Err(bad("expected true or false")),
        },
        Some("object") => serde_json::from_str(raw).map_err(|e| bad(&format!("not JSON: {e}"))),
        _ => Ok(Value::String(raw.to_string())),
    }
}

/// Check `value` against `schema` (OpenAPI 3.0, resolved against the spec's components).
pub fn validate(spec: &Value, schema: &Value, value: &Value, what: &str) -> Result<(), Error> {
    let components = components_as_json_schema(spec.get("components").unwrap_or(&Value::Null));
    let validator = deploykit_spec::lint::validator(schema, &components).map_err(|e| {
        Error::invalid_input(format!("{what}: the spec's schema cannot be used: {e}"))
    })?;
    let problems: Vec<String> = validator
        .iter_errors(value)
        .map(|e| {
            let at = e.instance_path().to_string();
            if at.is_empty() {
                e.to_string()
            } else {
                format!("{at}: {e}")
            }
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "{what} does not match the spec: {}",
            problems.join("; ")
        )))
    }
}

/// The arguments of `op` from the parsed flags, each typed by its schema and checked against the
/// spec first, so bad input fails before any traffic; the library's typed builder then takes them
/// (`deploykit::generated::<spec>::dispatch`).
pub fn arguments(spec: &Value, op: &OpMeta, m: &ArgMatches) -> Result<Args, Error> {
    let mut args = Args::new();
    for p in flag_params(op) {
        let raws: Vec<String> = m
            .get_many::<String>(&p.name)
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        if raws.is_empty() {
            continue;
        }
        let value =
            if p.schema.get("type").and_then(Value::as_str) == Some("array") && !p.repeat_list {
                if raws.len() == 1 && raws[0].trim_start().starts_with('[') {
                    serde_json::from_str(&raws[0]).map_err(|e| {
                        Error::invalid_input(format!("--{}: not a JSON list: {e}", p.name))
                    })?
                } else {
                    let item = ParamMeta {
                        schema: p.schema.get("items").cloned().unwrap_or(Value::Null),
                        ..p.clone()
                    };
                    Value::Array(
                        raws.iter()
                            .map(|r| typed(&item, r))
                            .collect::<Result<_, _>>()?,
                    )
                }
            } else {
                typed(p, &raws[0])?
            };
        if !p.repeat_list {
            validate(spec, &p.schema, &value, &format!("--{}", p.name))?;
        }
        args.set(p.name.clone(), value);
    }
    if let Some(body) = &op.body {
        let text = match (
            m.try_get_one::<String>("body").ok().flatten(),
            m.try_get_one::<String>("body-file").ok().flatten(),
        ) {
            (Some(b), _) => Some(b.clone()),
            (None, Some(f)) => Some(
                std::fs::read_to_string(f)
                    .map_err(|e| Error::invalid_input(format!("--body-file {f}: {e}")))?,
            ),
            (None, None) => None,
        };
        match text {
            Some(text) if is_json(&body.media) => {
                let value: Value = serde_json::from_str(&text)
                    .map_err(|e| Error::invalid_input(format!("--body: not JSON: {e}")))?;
                validate(spec, &body.schema, &value, "the request body")?;
                args.set("body", value);
            }
            Some(text) => {
                args.set("body", Value::String(text));
            }
            None if body.required => {
                return Err(Error::invalid_input(
                    "this operation needs --body or --body-file",
                ));
            }
            None => {}
        }
    }
    Ok(args)
}
