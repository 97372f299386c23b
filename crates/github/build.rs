//! Builds the client of `specs/github.yaml` (see `deploykit-build`).

fn main() {
    deploykit_build::client("github.yaml");
}
