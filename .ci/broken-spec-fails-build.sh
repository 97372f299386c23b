#!/usr/bin/env bash
# Copy the crate, give one spec a duplicate operationId, and check that `cargo build` fails with
# the spec's file:line:col; then that a build without the code generator refuses the changed spec
# (its client in crates/ncloud/src/generated no longer matches). Shares ./target, so only the build script runs
# again.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files -z | xargs -0 -I{} cp --parents {} "$work"
spec="$work/specs/ncloud-apigateway.yaml"
grep -q 'operationId: get_stage$' "$spec"
sed -i 's/operationId: get_stage$/operationId: list_stages/' "$spec"
line=$(grep -n 'operationId: list_stages$' "$spec" | sed -n 2p | cut -d: -f1)
set +e
out=$(cd "$work" && CARGO_TARGET_DIR="$root/target" cargo build --quiet --no-default-features --features ncloud,codegen,tls-aws-lc 2>&1)
status=$?
set -e
if [ $status -eq 0 ]; then
  echo "FAIL: cargo build succeeded with a duplicate operationId"; exit 1
fi
if ! grep -qE "specs/ncloud-apigateway.yaml:${line}:[0-9]+: duplicate operationId \`list_stages\`" <<<"$out"; then
  echo "FAIL: the build error does not point at specs/ncloud-apigateway.yaml:${line}:"; echo "$out" | tail -20; exit 1
fi
echo "ok: cargo build failed with: $(grep -E 'specs/ncloud-apigateway.yaml:' <<<"$out" | head -1)"

set +e
out=$(cd "$work" && CARGO_TARGET_DIR="$root/target" cargo build --quiet --no-default-features --features ncloud,tls-aws-lc 2>&1)
status=$?
set -e
if [ $status -eq 0 ]; then
  echo "FAIL: a build without codegen used a client generated from another version of the spec"; exit 1
fi
if ! grep -qE "specs/ncloud-apigateway.yaml:1:1: changed since crates/ncloud/src/generated/ncloud_apigateway.rs was generated" <<<"$out"; then
  echo "FAIL: the build without codegen does not name the changed spec:"; echo "$out" | tail -20; exit 1
fi
echo "ok: without codegen: $(grep -E 'specs/ncloud-apigateway.yaml:' <<<"$out" | head -1)"
