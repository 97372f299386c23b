//! Builds the client of `specs/nhn-deploy.yaml` (see `deploykit-build`).

fn main() {
    deploykit_build::client("nhn-deploy.yaml");
}
