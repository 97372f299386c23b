//! The `deploykit` command: every operation of every spec as a subcommand (built at run time from
//! the specs compiled into the binary), release workflows, `spec check`, `spec diff` and `emulate`.

mod alibaba;
mod filter;
mod github;
mod ncloud;
mod nhn;
mod ops;
mod output;
mod pages;
mod providers;
mod spec;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use deploykit::runtime::{Activity, Error, ErrorKind, Outcome, RetryPolicy};
use output::Format;

/// Exit codes, documented in `--help` and the README.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The provider refused, a deploy failed, or a spec has errors.
    pub const FAILED: u8 = 1;
    /// Usage error (bad flags or input).
    pub const USAGE: u8 = 2;
    /// Credentials or configuration error.
    pub const CONFIG: u8 = 3;
    /// The request reached the provider and its outcome is unknown (5xx, timeout, broken
    /// connection, an unreadable answer): it may have taken effect.
    pub const UNKNOWN: u8 = 4;
    /// Nothing was sent (the connection could not be made): safe to run again.
    pub const NOT_SENT: u8 = 5;
}

/// The exit code for an error.
pub fn exit_code(e: &Error) -> u8 {
    match e.kind() {
        ErrorKind::DryRun => exit::OK,
        ErrorKind::InvalidInput => exit::USAGE,
        ErrorKind::Credentials => exit::CONFIG,
        _ => match e.outcome() {
            Outcome::Unknown => exit::UNKNOWN,
            Outcome::NotSent => exit::NOT_SENT,
            Outcome::Refused | Outcome::Done => exit::FAILED,
        },
    }
}

const EXIT_HELP: &str = "Exit codes: 0 success; 1 the provider refused, the deploy failed, or a spec has errors; \
2 usage error; 3 credentials/configuration error; 4 outcome unknown: the request reached the provider \
and may have taken effect (check before running again); 5 nothing was sent (safe to run again).";

/// Options that apply to every provider command.
#[derive(Clone, Debug, Default)]
pub struct Globals {
    /// `--endpoint`: the provider's base URL override.
    pub endpoint: Option<String>,
    /// `--profile`: the credentials profile.
    pub profile: Option<String>,
    /// `--region`: the provider region.
    pub region: Option<String>,
    /// `--max-retries`: retries after the first attempt.
    pub max_retries: Option<u32>,
    /// `--dry-run`: print the signed request, send nothing.
    pub dry_run: bool,
    /// Output format.
    pub format: Option<Format>,
    /// `--request-timeout`: the deadline of one attempt of a JSON call.
    pub request_timeout: Option<Duration>,
    /// `--no-marker`: send deploys without deploykit's correlation marker.
    pub no_marker: bool,
    /// `--jq`: the filter over the answer.
    pub jq: Option<String>,
    /// `--error-format json`: errors as one JSON object on stderr.
    pub error_json: bool,
    /// The values of the provider's own flags ([`providers::Entry::flags`]), by flag id.
    pub provider_flags: std::collections::BTreeMap<String, String>,
    /// The non-idempotent requests on the wire, to report on an interruption.
    pub activity: Arc<Activity>,
}

impl Globals {
    fn from(m: &ArgMatches) -> Self {
        Self {
            endpoint: m.get_one::<String>("endpoint").cloned(),
            profile: m.get_one::<String>("profile").cloned(),
            region: m.get_one::<String>("region").cloned(),
            max_retries: m.get_one::<u32>("max-retries").copied(),
            dry_run: m.get_flag("dry-run"),
            format: m.get_one::<String>("output").and_then(|o| Format::parse(o)),
            request_timeout: m.get_one::<Duration>("request-timeout").copied(),
            no_marker: m.get_flag("no-marker"),
            jq: m.get_one::<String>("jq").cloned(),
            error_json: m.get_one::<String>("error-format").map(String::as_str) == Some("json"),
            provider_flags: Default::default(),
            activity: Arc::new(Activity::new()),
        }
    }

    /// The retry policy the flags ask for.
    pub fn retry(&self) -> RetryPolicy {
        match self.max_retries {
            Some(n) => RetryPolicy::default().with_max_attempts(n + 1),
            None => RetryPolicy::default(),
        }
    }

    fn format(&self) -> Format {
        self.format.unwrap_or(if std::io::stdout().is_terminal() {
            Format::Table
        } else {
            Format::Json
        })
    }
}

fn global_args(cmd: Command) -> Command {
    cmd.arg(
        Arg::new("endpoint")
            .long("endpoint")
            .global(true)
            .help_heading("Global options")
            .value_name("URL")
            .help("Send to this scheme, host and port instead of the provider's (an emulator, a proxy); the spec's base path is kept (NCP's /api/v1 is added when missing)"),
    )
    .arg(
        Arg::new("profile")
            .long("profile")
            .global(true)
            .help_heading("Global options")
            .value_name("NAME")
            .help("Credentials profile in the provider's config file"),
    )
    .arg(
        Arg::new("region")
            .long("region")
            .global(true)
            .help_heading("Global options")
            .value_name("REGION")
            .help("Provider region"),
    )
    .arg(
        Arg::new("output")
            .long("output")
            .short('o')
            .global(true)
            .help_heading("Global options")
            .value_parser(["json", "ndjson", "table", "yaml"])
            .help("Output format (default: table on a terminal, JSON otherwise); ndjson prints a list one item per line"),
    )
    .arg(
        Arg::new("jq")
            .long("jq")
            .short('q')
            .global(true)
            .help_heading("Global options")
            .value_name("EXPR")
            .help("Filter the answer with a jq expression (strings print raw, as with jq -r)"),
    )
    .arg(
        Arg::new("error-format")
            .long("error-format")
            .global(true)
            .help_heading("Global options")
            .value_parser(["text", "json"])
            .help("How errors print on stderr: one line of text (default), or one JSON object with kind, code, message, status, request id and outcome"),
    )
    .arg(
        Arg::new("max-retries")
            .long("max-retries")
            .global(true)
            .help_heading("Global options")
            .value_parser(clap::value_parser!(u32))
            .help("Retries after the first attempt (idempotent requests and throttling only)"),
    )
    .arg(
        Arg::new("request-timeout")
            .long("request-timeout")
            .global(true)
            .help_heading("Global options")
            .value_name("DURATION")
            .value_parser(parse_duration)
            .help("Longest one attempt of a call may take, answer included (default 2m; transfers are not limited)"),
    )
    .arg(
        Arg::new("no-marker")
            .long("no-marker")
            .global(true)
            .help_heading("Global options")
            .action(ArgAction::SetTrue)
            .help("Do not append deploykit's marker to a deploy's description or note (it lets a deploy whose answer was lost be found again)"),
    )
    .arg(
        Arg::new("verbose")

            .short('v')
            .long("verbose")
            .global(true)
            .help_heading("Global options")
            .action(ArgAction::Count)
            .help("Trace requests to stderr (-vv for more)"),
    )
    .arg(
        Arg::new("dry-run")
            .long("dry-run")
            .global(true)
            .help_heading("Global options")
            .action(ArgAction::SetTrue)
            .help(
                "Print the signed request as a curl command (credentials as ***) and send nothing",
            ),
    )
}

/// The whole command tree.
pub fn command() -> Command {
    let mut root = Command::new("deploykit")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Typed clients for the deployment APIs of GitHub, NAVER Cloud, Alibaba Cloud and NHN Cloud")
        .after_help(EXIT_HELP)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(spec_command());
    root = root
        .subcommand(
            Command::new("completion")
                .about("Print the shell completion script (e.g. `deploykit completion bash > /etc/bash_completion.d/deploykit`)")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(clap::value_parser!(clap_complete::Shell))
                        .help("bash, zsh, fish, powershell or elvish"),
                ),
        )
        .subcommand(
            Command::new("man")
                .about("Write the man pages (deploykit.1 and one per subcommand) into a folder, or print deploykit.1")
                .arg(
                    Arg::new("out")
                        .long("out")
                        .value_name("DIR")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help("Folder to write every page into"),
                ),
        );
    {
        root = root.subcommand(
            Command::new("emulate")
                .about("Run the local emulator of the four providers (auth, state, validation, faults)")
                .arg(
                    Arg::new("addr")
                        .long("addr")
                        .value_name("HOST:PORT")
                        .default_value("127.0.0.1:4010")
                        .value_parser(clap::value_parser!(std::net::SocketAddr))
                        .help("Address to listen on"),
                )
                .arg(
                    Arg::new("seed")
                        .long("seed")
                        .value_name("N")
                        .value_parser(clap::value_parser!(u64))
                        .help("Seed of the fault injection, for reproducible runs"),
                )
                .arg(
                    Arg::new("fault")
                        .long("fault")
                        .value_name("[PROVIDER:]KEY=VALUE,…")
                        .action(ArgAction::Append)
                        .help("Inject faults: latency=50ms, jitter=10ms, errors=0.1, throttle=0.05, drops=0.01, retry-after=2s (e.g. --fault alibaba:throttle=0.2)"),
                ),
        );
    }
    for p in providers::all() {
        let spec: Value = serde_json::from_str(p.spec_json).expect("build.rs writes valid JSON");
        let mut sub = Command::new(p.name)
            .about(p.about)
            .subcommand_required(true)
            .after_help(EXIT_HELP);
        for flag in (p.flags)() {
            sub = sub.arg(flag.global(true).help_heading("Provider options"));
        }
        let workflows = (p.workflows)();
        for op in deploykit_spec::normalize::operations(&spec) {
            // A workflow of the same name covers the operation (e.g. `nhn deploy` with --wait).
            if workflows
                .iter()
                .any(|w| w.get_name() == ops::command_name(&op))
            {
                continue;
            }
            sub = sub.subcommand(ops::command(&op, p.param_env).after_help(EXIT_HELP));
        }
        for w in workflows {
            sub = sub.subcommand(w.after_help(EXIT_HELP));
        }
        sub = sub.subcommand(
            Command::new(WHOAMI)
                .about("Show which credentials the commands use: the source that supplied them, the key id, when temporary ones expire, the region and endpoint (never a secret)")
                .after_help(EXIT_HELP),
        );
        root = root.subcommand(sub);
    }
    global_args(root)
}

fn files_of(m: &ArgMatches) -> Vec<PathBuf> {
    m.get_many::<PathBuf>("files")
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

const SPEC_DIFF_HELP: &str = "Each change is printed as FILE:LINE:COL: CATEGORY [RULE] MESSAGE, at its place in NEW \
(in OLD for what was removed). Categories: breaking-wire (a client built from OLD meets refused requests or \
answers it cannot read), breaking-api (programs using the generated client stop compiling or behave \
differently), breaking-wire+api, compatible. Exit codes: 0 nothing breaks (per --fail-on); 1 breaking \
changes; 2 usage or I/O error.";

/// `deploykit spec …`.
fn spec_command() -> Command {
    let format = || {
        Arg::new("format")
            .long("format")
            .value_name("FORMAT")
            .value_parser(["text", "json", "github"])
            .default_value("text")
            .help("text: FILE:LINE:COL lines; json: one document (see the README); github: workflow-command annotations for pull requests")
    };
    let max_per_rule = || {
        Arg::new("max-per-rule")
            .long("max-per-rule")
            .value_name("N")
            .value_parser(clap::value_parser!(usize))
            .default_value("20")
            .help("Show at most N findings of each rule per file, then a summary line (0: all; json lists all)")
    };
    Command::new("spec")
        .about("Work with OpenAPI specs")
        .subcommand_required(true)
        .subcommand(
            Command::new("check")
                .about("Lint specs the way the build does; errors as FILE:LINE:COL: message")
                .arg(
                    Arg::new("files")
                        .value_name("FILES")
                        .num_args(0..)
                        .action(ArgAction::Append)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help("Spec files (default: specs/*.yaml)"),
                )
                .arg(format())
                .arg(max_per_rule()),
        )
        .subcommand(
            Command::new("diff")
                .about("What an edit of a spec breaks: for clients on the wire, and for programs using the generated Rust API")
                .override_usage("deploykit spec diff [OPTIONS] OLD NEW\n       deploykit spec diff [OPTIONS] --base REV [FILES]...")
                .after_help(SPEC_DIFF_HELP)
                .arg(
                    Arg::new("files")
                        .value_name("FILES")
                        .num_args(0..)
                        .action(ArgAction::Append)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help("OLD NEW; with --base, the files to compare (default: specs/*.yaml here and at REV)"),
                )
                .arg(
                    Arg::new("base")
                        .long("base")
                        .value_name("REV")
                        .help("Compare the files with their version at this git revision (e.g. origin/main)"),
                )
                .arg(
                    Arg::new("fail-on")
                        .long("fail-on")
                        .value_name("WHAT")
                        .value_parser(["wire", "api", "any"])
                        .default_value("any")
                        .help("Which breaking changes exit 1: wire, api (the generated Rust API), or any"),
                )
                .arg(
                    Arg::new("wire-only")
                        .long("wire-only")
                        .action(ArgAction::SetTrue)
                        .help("Compare the wire only: do not generate the Rust clients"),
                )
                .arg(format())
                .arg(max_per_rule()),
        )
}

/// Run the command with the process arguments.
fn main() -> ExitCode {
    let matches = match command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            });
        }
    };
    init_tracing(matches.get_count("verbose"));
    let code = match matches.subcommand() {
        Some(("spec", m)) => match m.subcommand() {
            Some(("check", m)) => spec::check(
                files_of(m),
                spec::OutFormat::parse(m.get_one::<String>("format").expect("has a default")),
                *m.get_one::<usize>("max-per-rule").expect("has a default"),
            ),
            Some(("diff", m)) => spec::diff(spec::DiffArgs {
                files: files_of(m),
                base: m.get_one::<String>("base").cloned(),
                format: spec::OutFormat::parse(
                    m.get_one::<String>("format").expect("has a default"),
                ),
                fail_on: spec::FailOn::parse(
                    m.get_one::<String>("fail-on").expect("has a default"),
                ),
                wire_only: m.get_flag("wire-only"),
                max_per_rule: *m.get_one::<usize>("max-per-rule").expect("has a default"),
            }),
            _ => exit::USAGE,
        },
        Some(("emulate", m)) => emulate(m),
        Some(("completion", m)) => completion(m),
        Some(("man", m)) => man(m),
        Some((name, m)) => match providers::all().into_iter().find(|p| p.name == name) {
            Some(p) => run_provider(&p, &matches, m),
            None => exit::USAGE,
        },
        None => exit::USAGE,
    };
    ExitCode::from(code)
}

fn init_tracing(verbosity: u8) {
    let level = match verbosity {
        0 => return,
        1 => "deploykit=info",
        _ => "deploykit=debug",
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(level))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime starts")
}

/// The subcommand every provider has: who the credentials are.
const WHOAMI: &str = "whoami";

fn run_provider(p: &providers::Entry, root: &ArgMatches, m: &ArgMatches) -> u8 {
    let mut globals = Globals::from(root);
    let error_json = globals.error_json;
    let fail = |e: &Error| {
        let e = providers::for_command(e.clone(), p);
        report(&e, error_json);
        exit_code(&e)
    };
    let Some((op_name, op_matches)) = m.subcommand() else {
        return exit::USAGE;
    };
    if let Err(e) = providers::refuse_flags(p, &globals) {
        return fail(&e);
    }
    for flag in (p.flags)() {
        let id = flag.get_id().as_str().to_string();
        if let Some(v) = op_matches.try_get_one::<String>(&id).ok().flatten() {
            globals.provider_flags.insert(id, v.clone());
        }
    }
    let spec: Value = serde_json::from_str(p.spec_json).expect("build.rs writes valid JSON");
    // Everything the user typed is checked before any request: the filter, the endpoint.
    let jq = match globals.jq.as_deref().map(filter::Jq::compile).transpose() {
        Ok(jq) => jq,
        Err(e) => return fail(&e),
    };
    if let Some(endpoint) = &globals.endpoint {
        match with_base_path(endpoint, &spec) {
            Ok(url) => globals.endpoint = Some(url),
            Err(e) => return fail(&e),
        }
    }
    let printer = Printer {
        format: globals.format(),
        jq,
    };
    let rt = runtime();
    let work =
        async {
            if op_name == WHOAMI {
                return printer.print(&(p.whoami)(&globals).await?);
            }
            if let Some(out) = (p.run_workflow)(op_name, &globals, op_matches).await {
                return match out? {
                    Some(v) => printer.print(&v),
                    None => Ok(()),
                };
            }
            let op = deploykit_spec::normalize::operations(&spec)
                .into_iter()
                .find(|o| ops::command_name(o) == op_name)
                .ok_or_else(|| Error::invalid_input(format!("unknown operation {op_name}")))?;
            if op.multipart {
                return Err(Error::invalid_input(format!(
                    "{} uploads a file: use `deploykit {} upload`",
                    op.id, p.name
                )));
            }
            let args = ops::arguments(&spec, &op, op_matches)?;
            let payload = deploykit_spec::normalize::payload_pointer(&spec);
            if let Some(meta) = op.pagination.as_ref().filter(|_| {
                op_matches.try_get_one::<bool>("paginate").ok().flatten() == Some(&true)
            }) {
                let max_items = op_matches
                    .try_get_one::<u64>("max-items")
                    .ok()
                    .flatten()
                    .copied();
                let call: pages::Call<'_> = Box::new(|args| (p.call)(&globals, &op.id, args));
                let mut sink = printer.sink();
                let walked = pages::walk(
                    &op,
                    meta,
                    payload.as_deref(),
                    args,
                    max_items,
                    call,
                    &mut |item| sink.push(item),
                )
                .await;
                return sink.finish(walked);
            }
            let value = match (p.call)(&globals, &op.id, args.clone()).await {
                Ok(answer) => answer.value,
                // The answer was lost: look the call's marker up before saying its outcome is
                // unknown.
                Err(e) if e.outcome() == Outcome::Unknown && e.marker().is_some() => {
                    let marker = e.marker().unwrap_or_default().to_string();
                    let found = (p.settle)(&globals, &op.id, &args, &marker).await;
                    match providers::settle(e, found)? {
                        Some(v) => v,
                        None => return Ok(()),
                    }
                }
                Err(e) => return Err(e),
            };
            // The provider's payload (NHN's `body`), not its envelope.
            printer.print(pages::at(&value, payload.as_deref()))
        };
    // Ctrl-C or SIGTERM cancels the work: its pending calls are dropped (a download's temporary
    // file is removed with it), then the command says what may have happened.
    let outcome = rt.block_on(async {
        tokio::select! {
            r = work => Ok(r),
            s = interrupted() => Err(s),
        }
    });
    let result = match outcome {
        Ok(r) => r,
        Err(signal) => {
            eprintln!("deploykit: interrupted by {}", signal.name());
            for op in globals.activity.cut() {
                eprintln!(
                    "deploykit: {op} was sent and its outcome is unknown: it may have taken effect; check its state before running it again"
                );
            }
            return signal.exit_code();
        }
    };
    match result {
        Ok(()) => exit::OK,
        // `--dry-run`: the transport printed the signed request instead of sending it.
        Err(e) if *e.kind() == ErrorKind::DryRun => exit::OK,
        Err(e) => fail(&e),
    }
}

/// An error on stderr: one line of text, or with `--error-format json` one JSON object.
fn report(e: &Error, json: bool) {
    if json {
        let outcome = match e.outcome() {
            Outcome::NotSent => "not_sent",
            Outcome::Refused => "refused",
            Outcome::Unknown => "unknown",
            Outcome::Done => "done",
        };
        let v = serde_json::json!({
            "error": {
                "kind": e.kind().label(),
                "provider": e.provider(),
                "operation": e.operation(),
                "status": e.status(),
                "code": e.code().map(deploykit::runtime::error::clean),
                "message": deploykit::runtime::error::clean(e.message()),
                "details": e.details().iter().map(|d| deploykit::runtime::error::clean(d)).collect::<Vec<_>>(),
                "request_id": e.request_id(),
                "hint": e.hint().map(deploykit::runtime::error::clean),
                "outcome": outcome,
                "retryable": e.is_retryable(),
                "exit_code": exit_code(e),
            }
        });
        eprintln!("{v}");
    } else {
        eprintln!("deploykit: {e}");
    }
}

/// `--endpoint`: the user's scheme, host and port with the spec server's base path (NCP's
/// `/api/v1`) kept, so the flag means the same for every provider.
fn with_base_path(endpoint: &str, spec: &Value) -> Result<String, Error> {
    let mut url = url::Url::parse(endpoint).map_err(|e| {
        Error::invalid_input(format!(
            "--endpoint {:?}: {e} (expected e.g. http://127.0.0.1:4010)",
            deploykit::runtime::error::clean(endpoint)
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Error::invalid_input(format!(
            "--endpoint {:?}: only http and https URLs are served",
            deploykit::runtime::error::clean(endpoint)
        )));
    }
    let base = spec
        .pointer("/servers/0/url")
        .and_then(Value::as_str)
        .and_then(|u| u.find("://").map(|i| &u[i + 3..]))
        .and_then(|rest| {
            rest.find('/')
                .map(|i| rest[i..].trim_end_matches('/').to_string())
        })
        .unwrap_or_default();
    let path = url.path().trim_end_matches('/').to_string();
    if !base.is_empty() && !path.ends_with(&base) {
        url.set_path(&format!("{path}{base}"));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// Prints answers: `--jq` first, then `--output`.
struct Printer {
    format: Format,
    jq: Option<filter::Jq>,
}

impl Printer {
    /// One answer. A closed stdout (`| head`) ends the command quietly.
    fn print(&self, value: &Value) -> Result<(), Error> {
        match &self.jq {
            Some(jq) => {
                filtered(jq, value, |v| output::render(v, self.format))?;
            }
            None => {
                output::emit(&output::render(value, self.format));
            }
        }
        Ok(())
    }

    /// Where the items of every page go (`--paginate`).
    fn sink(&self) -> ItemSink<'_> {
        let mode = match (self.format, &self.jq) {
            (Format::Ndjson, _) => Mode::Lines,
            (Format::Json, None) => Mode::JsonArray,
            _ => Mode::Collect,
        };
        ItemSink {
            printer: self,
            mode,
            pending: None,
            collected: Vec::new(),
            started: false,
            failed: None,
        }
    }
}

/// Print what `jq` makes of `value`, one result a line: strings raw (as `jq -r`), anything else
/// as `render` shows it. `Ok(false)` once stdout is closed.
fn filtered(
    jq: &filter::Jq,
    value: &Value,
    render: impl Fn(&Value) -> String,
) -> Result<bool, Error> {
    for result in jq.run(value)? {
        let text = match &result {
            Value::String(s) => s.clone(),
            other => render(other),
        };
        if !output::emit(&text) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// How `--paginate` prints: JSON (without `--jq`) and NDJSON print each item as it arrives; a
/// table, YAML or a filter over the whole list wait for the last page.
enum Mode {
    JsonArray,
    Lines,
    Collect,
}

struct ItemSink<'p> {
    printer: &'p Printer,
    mode: Mode,
    /// The last item of a streamed JSON array: its comma depends on whether another comes.
    pending: Option<Value>,
    collected: Vec<Value>,
    started: bool,
    failed: Option<Error>,
}

/// An item of a streamed JSON array, indented as `serde_json`'s pretty printer would.
fn array_item(v: &Value) -> String {
    let pretty = serde_json::to_string_pretty(v).unwrap_or_default();
    pretty
        .lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl ItemSink<'_> {
    /// Take one item; `false` when printing should stop (stdout closed, a filter failed).
    fn push(&mut self, item: Value) -> bool {
        match self.mode {
            Mode::JsonArray => {
                let mut open = true;
                if !self.started {
                    self.started = true;
                    open = output::emit("[");
                }
                if let Some(previous) = self.pending.replace(item) {
                    open = open && output::emit(&format!("{},", array_item(&previous)));
                }
                open
            }
            Mode::Lines => {
                self.started = true;
                match &self.printer.jq {
                    None => output::emit(&item.to_string()),
                    Some(jq) => match filtered(jq, &item, Value::to_string) {
                        Ok(open) => open,
                        Err(e) => {
                            self.failed = Some(e);
                            false
                        }
                    },
                }
            }
            Mode::Collect => {
                self.collected.push(item);
                true
            }
        }
    }

    /// After the last page (or a failure): close what was opened, print what was collected.
    fn finish(self, walked: Result<pages::Walked, Error>) -> Result<(), Error> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        match self.mode {
            Mode::JsonArray if self.started => {
                if let Some(last) = &self.pending {
                    output::emit(&array_item(last));
                }
                output::emit("]");
            }
            Mode::JsonArray if walked.is_ok() => {
                output::emit("[]");
            }
            Mode::Collect if walked.is_ok() => {
                self.printer.print(&Value::Array(self.collected))?;
            }
            _ => {}
        }
        walked.map(|w| {
            tracing::info!(pages = w.pages, items = w.items, "paginated");
        })
    }
}

/// `deploykit completion SHELL`: the completion script on stdout.
fn completion(m: &ArgMatches) -> u8 {
    let Some(shell) = m.get_one::<clap_complete::Shell>("shell").copied() else {
        return exit::USAGE;
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command(), "deploykit", &mut out);
    output::emit(String::from_utf8_lossy(&out).trim_end());
    exit::OK
}

/// `deploykit man [--out DIR]`: the man pages.
fn man(m: &ArgMatches) -> u8 {
    let result = match m.get_one::<PathBuf>("out") {
        Some(dir) => std::fs::create_dir_all(dir)
            .and_then(|()| clap_mangen::generate_to(command(), dir))
            .map(|()| {
                eprintln!("deploykit: man pages written to {}", dir.display());
            }),
        None => {
            let mut out = Vec::new();
            clap_mangen::Man::new(command()).render(&mut out).map(|()| {
                output::emit(String::from_utf8_lossy(&out).trim_end());
            })
        }
    };
    match result {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("deploykit man: {e}");
            exit::USAGE
        }
    }
}

/// A signal that ends the command.
#[derive(Clone, Copy, Debug)]
enum Signal {
    Interrupt,
    Terminate,
}

impl Signal {
    fn name(self) -> &'static str {
        match self {
            Self::Interrupt => "SIGINT",
            Self::Terminate => "SIGTERM",
        }
    }

    /// 128 + the signal number, as shells report a command a signal ended.
    fn exit_code(self) -> u8 {
        match self {
            Self::Interrupt => 130,
            Self::Terminate => 143,
        }
    }
}

/// The first SIGINT (Ctrl-C) or SIGTERM.
async fn interrupted() -> Signal {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => tokio::select! {
                _ = tokio::signal::ctrl_c() => Signal::Interrupt,
                _ = term.recv() => Signal::Terminate,
            },
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                Signal::Interrupt
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
        Signal::Interrupt
    }
}

/// `deploykit emulate`: serve the emulator until Ctrl-C.
fn emulate(m: &ArgMatches) -> u8 {
    let addr = *m
        .get_one::<std::net::SocketAddr>("addr")
        .expect("has a default");
    let mut options = deploykit_emulator::EmulatorOptions::default();
    if let Some(seed) = m.get_one::<u64>("seed") {
        options.seed = Some(*seed);
    }
    for flag in m.get_many::<String>("fault").into_iter().flatten() {
        if let Err(e) = options.apply_fault_flag(flag) {
            eprintln!("deploykit: --fault {flag}: {e}");
            return exit::USAGE;
        }
    }
    match deploykit_emulator::run_cli_blocking(addr, options) {
        Ok(()) => exit::OK,
        Err(e) => {
            eprintln!("deploykit: {e}");
            exit_code(&e)
        }
    }
}

/// Parse a duration like `90s`, `5m`, `1h` or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num.parse().map_err(|_| format!("not a duration: {s}"))?;
    match unit {
        "" | "s" => Ok(Duration::from_secs(n)),
        "m" => Ok(Duration::from_secs(n * 60)),
        "h" => Ok(Duration::from_secs(n * 3600)),
        "ms" => Ok(Duration::from_millis(n)),
        _ => Err(format!("unknown unit in {s}: use ms, s, m or h")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("2"), Ok(Duration::from_secs(2)));
        assert!(parse_duration("5 parsecs").is_err());
    }
}
