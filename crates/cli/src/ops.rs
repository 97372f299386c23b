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

/// A body from a file, or from standard input for `-`.
fn read_body(path: &str, flag: &str) -> Result<String, Error> {
    let read = if path == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    read.map_err(|e| Error::invalid_input(format!("{flag}{path}: {e}")))
}

/// The flag of a spec parameter: kebab-case (`appKey` → `app-key`, `ApiId` → `api-id`,
/// `per_page` → `per-page`, `product-id` stays).
pub fn flag_name(spec_name: &str) -> String {
    let chars: Vec<char> = spec_name.chars().collect();
    let mut out = String::with_capacity(spec_name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            continue;
        }
        if c.is_uppercase() {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            let boundary = match prev {
                Some(p) if p.is_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_uppercase() => next_lower,
                _ => false,
            };
            if boundary && !out.ends_with('-') {
                out.push('-');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
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

/// The clap subcommand of an operation; `param_env` names the environment variables that
/// supply a parameter the user did not give.
pub fn command(op: &OpMeta, param_env: &[(&str, &'static str)]) -> Command {
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
        // One flag style: kebab-case from the spec's name; the provider's own spelling (aliyun's
        // `--ApiId`, NHN's `--appKey`) stays as a visible alias.
        let long = flag_name(&p.name);
        let mut arg = Arg::new(p.name.clone())
            .long(long.clone())
            .value_name(value_name(&p.schema))
            .help(help);
        if long != p.name {
            arg = arg.visible_alias(p.name.clone());
        }
        // A parameter may list several variables: the first one set supplies it (GitHub's
        // owner and repo: `GH_REPO`, then `GITHUB_REPOSITORY`).
        let vars: Vec<&'static str> = param_env
            .iter()
            .filter(|(name, _)| *name == p.name)
            .map(|(_, var)| *var)
            .collect();
        let set = vars
            .iter()
            .find(|v| std::env::var_os(v).is_some_and(|x| !x.is_empty()));
        if let Some(var) = set.or(vars.first()) {
            arg = arg.env(*var);
        }
        arg = if p.schema.get("type").and_then(Value::as_str) == Some("array") && !p.repeat_list {
            arg.action(ArgAction::Append)
        } else {
            arg.action(ArgAction::Set)
        };
        // Only what the user gives is sent: a provider's default is the provider's to apply.
        if p.required {
            arg = arg.required(true);
        }
        cmd = cmd.arg(arg);
    }
    if op.pagination.is_some() {
        cmd = cmd
            .arg(
                Arg::new("paginate")
                    .long("paginate")
                    .action(ArgAction::SetTrue)
                    .help("Fetch every page and print the items of all of them as one list (with -o ndjson, one per line as they arrive)"),
            )
            .arg(
                Arg::new("max-items")
                    .long("max-items")
                    .value_name("N")
                    .value_parser(clap::value_parser!(u64))
                    .requires("paginate")
                    .help("With --paginate: stop after N items"),
            );
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
                        "Request body ({}), checked against the spec before sending; @FILE reads it from FILE",
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
                    .help("Read the request body from FILE (- for standard input)"),
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
            (Some(b), _) => match b.strip_prefix('@') {
                Some(f) => Some(read_body(f, "--body @")?),
                None => Some(b.clone()),
            },
            (None, Some(f)) => Some(read_body(f, "--body-file ")?),
            (None, None) => None,
        };
        match text {
            Some(text) if is_json(&body.media) => {
                let value: Value = serde_json::from_str(&text)
                    .map_err(|e| Error::invalid_input(format!("--body: not JSON: {e}")))?;
                validate(spec, &body.schema, &value, "the request body")?;
                args.set("body", value);
            }
            // A form body: `key=value&…` as curl sends it, or a JSON object.
            Some(text) if body.media == "application/x-www-form-urlencoded" => {
                let value: Value = if text.trim_start().starts_with('{') {
                    serde_json::from_str(&text)
                        .map_err(|e| Error::invalid_input(format!("--body: not JSON: {e}")))?
                } else {
                    Value::Object(
                        url::form_urlencoded::parse(text.trim().as_bytes())
                            .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
                            .collect(),
                    )
                };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_kebab_case() {
        for (spec, flag) in [
            ("appKey", "app-key"),
            ("ApiId", "api-id"),
            ("GroupId", "group-id"),
            ("per_page", "per-page"),
            ("deployment_id", "deployment-id"),
            ("product-id", "product-id"),
            ("binaryGroupKey", "binary-group-key"),
            ("EnableTagAuth", "enable-tag-auth"),
            ("Api", "api"),
            ("ref", "ref"),
            ("HTTPCode", "http-code"),
        ] {
            assert_eq!(flag_name(spec), flag, "{spec}");
        }
    }
}
