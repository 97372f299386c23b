//! Builds the client of `specs/ncloud-apigateway.yaml` (see `deploykit-build`).

fn main() {
    deploykit_build::client("ncloud-apigateway.yaml");
}
