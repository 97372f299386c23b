//! The `deploykit` command.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};

/// Exit codes, documented in `--help` and the README.
mod exit {
    pub const OK: u8 = 0;
    pub const FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
}

fn cli() -> Command {
    Command::new("deploykit")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Typed clients for the deployment APIs of GitHub, NAVER Cloud, Alibaba Cloud and NHN Cloud")
        .after_help(
            "Exit codes: 0 success; 1 the provider refused, the deploy failed, or a spec has errors; \
             2 usage error; 3 credentials/configuration error; 4 network/timeout after retries.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
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
                        ),
                ),
        )
}

fn main() -> ExitCode {
    let matches = match cli().try_get_matches() {
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
    match matches.subcommand() {
        Some(("spec", m)) => match m.subcommand() {
            Some(("check", m)) => {
                let files: Vec<PathBuf> = m
                    .get_many::<PathBuf>("files")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default();
                ExitCode::from(spec_check(files))
            }
            _ => ExitCode::from(exit::USAGE),
        },
        _ => ExitCode::from(exit::USAGE),
    }
}

/// Lint each file; print every diagnostic as `file:line:col: message`. Exit 1 on any error.
fn spec_check(mut files: Vec<PathBuf>) -> u8 {
    if files.is_empty() {
        files = std::fs::read_dir("specs")
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        if files.is_empty() {
            eprintln!("deploykit spec check: no files given and no specs/*.yaml here");
            return exit::USAGE;
        }
    }
    let mut errors = 0usize;
    for file in &files {
        let shown = file.display().to_string();
        match std::fs::read_to_string(file) {
            Err(e) => {
                eprintln!("{shown}:1:1: cannot read: {e}");
                errors += 1;
            }
            Ok(text) => match deploykit::spec::check(&text) {
                Ok(doc) => {
                    let ops = deploykit::spec::normalize::normalize(&doc.value).ops.len();
                    println!("{shown}: ok ({ops} operations)");
                }
                Err(diags) => {
                    for d in &diags {
                        eprintln!("{}", d.render(&shown));
                    }
                    errors += diags.len();
                }
            },
        }
    }
    if errors > 0 {
        eprintln!("{errors} error(s) in {} file(s) checked", files.len());
        exit::FAILED
    } else {
        exit::OK
    }
}
