//! What the command-line tests share: the `deploykit` binary and the emulator started
//! in-process on an ephemeral loopback port, with a temporary home for the command's files.

// Each test file uses the part it needs.
#![allow(dead_code)]

use std::time::Duration;

use deploykit_emulator::{Emulator, EmulatorHandle};

/// The command under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_deploykit");

/// The emulator (no deploy or task delays, answers checked against the specs), served by a
/// runtime of its own while the test runs the command as a child process, and an empty home.
pub struct Emu {
    pub handle: EmulatorHandle,
    _rt: tokio::runtime::Runtime,
    pub home: tempfile::TempDir,
}

impl Emu {
    pub fn start() -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let handle = rt
            .block_on(
                Emulator::builder()
                    .nhn_deploy_delay(Duration::ZERO)
                    .alibaba_task_delay(Duration::ZERO)
                    .check_responses(true)
                    .start(),
            )
            .expect("the emulator starts");
        Self {
            handle,
            _rt: rt,
            home: tempfile::tempdir().unwrap(),
        }
    }

    /// The emulator's base URL (what `--endpoint` takes).
    pub fn base(&self) -> &str {
        self.handle.base_url()
    }
}
