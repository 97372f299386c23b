//! deploykit's benchmarks, as a package of their own: `cargo bench -p deploykit-bench --bench
//! suite` (the measurements table of the README) and `--bench percall` (per-call costs for a
//! profiler). The code is in the repository's `benches/`; this library is empty. A package apart
//! from the library's, so that the library is built as a user builds it, without the features
//! the tests' dependencies switch on.
#![forbid(unsafe_code)]
