//! The one interface the command consults for a provider, the registry of the providers compiled
//! in, and the helpers their workflow commands share. What is special about each provider is in
//! its own file (`github.rs`, `ncloud.rs`, `alibaba.rs`, `nhn.rs`).

use std::io::IsTerminal;
use std::sync::Arc;

use clap::{Arg, ArgMatches, Command};
use deploykit::runtime::dispatch::{Answer, Args};
use deploykit::runtime::{ClientOptions, Error};
use futures::future::BoxFuture;
use serde_json::Value;

use super::{Globals, parse_duration};

/// What a workflow command returns: `None` when the subcommand is not a workflow.
pub type WorkflowResult<'a> = BoxFuture<'a, Option<Result<Option<Value>, Error>>>;

/// What looking a call's marker up in the provider's history found: `None` when the provider
/// cannot settle this operation.
pub type SettleResult<'a> = BoxFuture<'a, Option<Result<Settled, Error>>>;

/// Whether a call whose outcome was lost took effect, found by its marker.
pub enum Settled {
    /// It did: what the provider's history shows of it.
    Happened(Value),
    /// It did not: the history does not have the marker.
    DidNot,
}

/// Whether a global flag (`--profile`, `--region`) means something for a provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    /// It does.
    Yes,
    /// It does not: the flag is refused (exit 2) with this advice on what to use instead.
    No(&'static str),
}

/// What `deploykit <provider> whoami` prints.
pub type WhoamiResult<'a> = BoxFuture<'a, Result<Value, Error>>;

/// One provider as the command sees it.
pub struct Entry {
    /// Subcommand name (the cargo feature name).
    pub name: &'static str,
    /// One-line description.
    pub about: &'static str,
    /// The spec as JSON (what the library was generated from): the command tree is built from it.
    pub spec_json: &'static str,
    /// Call one generated operation with JSON arguments: build the provider's client from the
    /// global flags and run the operation through the library's typed builder
    /// (`deploykit::generated::<spec>::dispatch`), so signing, retries, error classification and
    /// answer decoding are the library's.
    pub call: for<'a> fn(&'a Globals, &'a str, Args) -> BoxFuture<'a, Result<Answer, Error>>,
    /// After a generic operation whose outcome is unknown, look its marker up in the provider's
    /// history (operation id, its arguments, the marker).
    pub settle: for<'a> fn(&'a Globals, &'a str, &'a Args, &'a str) -> SettleResult<'a>,
    /// Flags of this provider alone, given to each of its commands (NHN's `--oauth-endpoint`);
    /// their values reach `call` and the workflows in [`Globals::provider_flags`].
    pub flags: fn() -> Vec<Arg>,
    /// Environment variables that supply a spec parameter's flag when it is not given
    /// (NHN's `appKey` from `NHN_CLOUD_DEPLOY_APPKEY`); a parameter listed more than once takes
    /// the first of its variables that is set.
    pub param_env: &'static [(&'static str, &'static str)],
    /// Workflow subcommands.
    pub workflows: fn() -> Vec<Command>,
    /// Run a workflow subcommand.
    pub run_workflow: for<'a> fn(&'a str, &'a Globals, &'a ArgMatches) -> WorkflowResult<'a>,
    /// Whether `--profile` applies.
    pub profile: Applies,
    /// Whether `--region` applies.
    pub region: Applies,
    /// `deploykit <provider> whoami`: which source supplied the credential, the non-secret key
    /// id, the region and endpoint chosen, when temporary credentials expire ([`identity`]
    /// renders the library's `Identity`). Never a secret. With `--dry-run`, nothing is fetched.
    pub whoami: for<'a> fn(&'a Globals) -> WhoamiResult<'a>,
    /// What to do when no credentials are found, in the command's words (flags, variables,
    /// files): replaces the library's advice, which names library calls.
    pub credentials_hint: &'static str,
}

/// The global flags the provider does not have, refused with what to use instead.
pub fn refuse_flags(p: &Entry, g: &Globals) -> Result<(), Error> {
    for (flag, given, applies) in [
        ("--profile", g.profile.is_some(), p.profile),
        ("--region", g.region.is_some(), p.region),
    ] {
        if let (true, Applies::No(instead)) = (given, applies) {
            return Err(Error::invalid_input(format!(
                "{flag} does not apply to {}: {instead}",
                p.name
            )));
        }
    }
    Ok(())
}

/// An error as the command reports it: a credentials error whose advice names library calls
/// (`ClientBuilder::…`, `builder()`), or that has none, gets the provider's command-line advice
/// ([`Entry::credentials_hint`]: flags, variables, files) instead, and loses any
/// "(in a program: …)" aside; every other error is left as it is.
pub fn for_command(e: Error, p: &Entry) -> Error {
    if *e.kind() != deploykit::runtime::ErrorKind::Credentials || e.status().is_some() {
        return e;
    }
    let names_library = |t: &str| t.contains("ClientBuilder") || t.contains("builder()");
    let replace_hint = e.hint().is_none_or(names_library);
    let mut message = e.message().to_string();
    while let Some(start) = message.find(" (in a program:") {
        match message[start..].find(')') {
            Some(end) => message.replace_range(start..start + end + 1, ""),
            None => break,
        }
    }
    let e = if message == e.message() {
        e
    } else {
        e.with_message(message)
    };
    if replace_hint {
        e.with_hint(p.credentials_hint)
    } else {
        e
    }
}

/// What `whoami` shows of the credential: with `--dry-run`, only what is known without fetching
/// anything (the source; the key id when it is given, else a placeholder when the scheme has
/// one, `None` when it has none); otherwise the [`identity`] that `fetch` finds.
pub async fn whoami_identity(
    g: &Globals,
    source: &deploykit::runtime::CredentialSource,
    key_id: Option<String>,
    fetch: impl Future<Output = Result<deploykit::runtime::Identity, Error>>,
) -> Result<serde_json::Map<String, Value>, Error> {
    if g.dry_run {
        return Ok(identity(&deploykit::runtime::Identity {
            source: source.clone(),
            key_id,
            expires_at: None,
        }));
    }
    Ok(identity(&fetch.await?))
}

/// The key id `whoami --dry-run` shows for keys that are fetched when the command runs.
pub const FETCHED_AT_RUN_TIME: &str = "(fetched at run time)";

/// The fields of a library `Identity`: `source`, `key_id`, `expires_at` (RFC 3339, UTC).
pub fn identity(id: &deploykit::runtime::Identity) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("source".into(), Value::String(id.source.to_string()));
    m.insert(
        "key_id".into(),
        id.key_id.clone().map_or(Value::Null, Value::String),
    );
    m.insert(
        "expires_at".into(),
        id.expires_at.map_or(Value::Null, |t| {
            Value::String(
                chrono::DateTime::<chrono::Utc>::from(t)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            )
        }),
    );
    m
}

/// Every provider compiled in: the only list of them in the command.
pub fn all() -> Vec<Entry> {
    vec![
        super::github::entry(),
        super::ncloud::entry(),
        super::alibaba::entry(),
        super::nhn::entry(),
    ]
}

/// The client options the global flags ask for: endpoint, retries, and with `--dry-run` a
/// transport that prints each signed request as a curl command instead of sending it.
pub fn options(g: &Globals) -> ClientOptions {
    let mut o = ClientOptions::default();
    o.base_url = g.endpoint.clone();
    o.retry = Some(g.retry());
    o.activity = Some(g.activity.clone());
    o.no_markers = g.no_marker;

    if let Some(t) = g.request_timeout {
        o.limits.request_timeout = t;
    }
    // Reproducible signatures (golden files, comparing a --dry-run with a colleague's): a fixed
    // signing time and nonce from the environment.
    if let Some(secs) = std::env::var("DEPLOYKIT_FIXED_TIME")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        o.set_clock(move || std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs));
    }
    if let Ok(nonce) = std::env::var("DEPLOYKIT_FIXED_NONCE") {
        o.set_nonce(move || nonce.clone());
    }
    if g.dry_run {
        o.set_dry_run(|request| {
            super::output::emit(&super::output::curl(request));
        });
    }
    o
}

/// The end of a call whose outcome was unknown, once its marker was looked up: it took effect
/// (what the history shows of it is the answer: exit 0), it did not (exit 1), or the lookup
/// failed (the original error: exit 4).
pub fn settle(e: Error, lookup: Option<Result<Settled, Error>>) -> Result<Option<Value>, Error> {
    let (Some(found), Some(marker)) = (lookup, e.marker().map(str::to_string)) else {
        return Err(e);
    };
    let op = e.operation().unwrap_or("the call");
    match found {
        Ok(Settled::Happened(value)) => {
            eprintln!(
                "deploykit: {op}: the answer was lost ({}), but the provider's history has its marker {marker}: it took effect",
                e.message()
            );
            Ok(Some(value))
        }
        Ok(Settled::DidNot) => Err(deploykit::runtime::marker::did_not_take_effect(e)),

        Err(lookup) => {
            eprintln!("deploykit: looking up {marker} to settle the outcome failed: {lookup}");
            Err(e)
        }
    }
}

/// A text argument of a generic operation.
pub fn text_arg<'a>(args: &'a Args, name: &str) -> Option<&'a str> {
    args.get(name).and_then(Value::as_str)
}

/// An optional `--name VALUE` flag.
pub fn arg(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).help(help)
}

/// A required `--name VALUE` flag.
pub fn req(name: &'static str, help: &'static str) -> Arg {
    arg(name, help).required(true)
}

/// A flag's value.
pub fn get<'a>(m: &'a ArgMatches, name: &str) -> Option<&'a String> {
    m.try_get_one::<String>(name).ok().flatten()
}

/// A flag's value as an integer.
pub fn get_i64(m: &ArgMatches, name: &str) -> Result<Option<i64>, Error> {
    get(m, name)
        .map(|v| {
            v.trim()
                .parse::<i64>()
                .map_err(|_| Error::invalid_input(format!("--{name} {v:?}: not an integer")))
        })
        .transpose()
}

/// A required flag's value as an integer.
pub fn need_i64(m: &ArgMatches, name: &str) -> Result<i64, Error> {
    get_i64(m, name)?.ok_or_else(|| Error::invalid_input(format!("--{name} is required")))
}

/// `--timeout`, or `default_secs`.
pub fn timeout(m: &ArgMatches, default_secs: u64) -> Result<std::time::Duration, Error> {
    match get(m, "timeout") {
        Some(t) => parse_duration(t).map_err(Error::invalid_input),
        None => Ok(std::time::Duration::from_secs(default_secs)),
    }
}

/// A typed value as JSON for output.
pub fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// A progress reporter for transfers: a bar on a terminal, nothing otherwise.
pub fn progress_bar(label: &str) -> Option<Arc<indicatif::ProgressBar>> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} {bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(label.to_string());
    Some(Arc::new(bar))
}
