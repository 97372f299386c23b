//! Builds the client of `specs/alibaba-cloudapi.yaml` (see `deploykit-build`).

fn main() {
    deploykit_build::client("alibaba-cloudapi.yaml");
}
