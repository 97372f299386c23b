//! The `deploykit` command (see `deploykit --help`).

fn main() -> std::process::ExitCode {
    deploykit::cli::main()
}
