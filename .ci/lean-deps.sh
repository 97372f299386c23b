#!/usr/bin/env bash
# A library user who needs one provider compiles none of the command line, the emulator, the code
# generator or the build-time example validation: `cargo tree -e normal,build` of a crate that
# depends on deploykit with `default-features = false, features = [<provider>, "tls-ring"]` must
# not contain clap, axum, indicatif, jsonschema, progenitor, typify, openapiv3, AWS-LC, a second
# major version of syn, or hyper with its server feature, and no crate in two versions
# (`cargo tree -d` empty, build dependencies included). Checked for `nhn` and for `github`
# (whose App JWTs are signed by the TLS layer's crypto provider, so ring there too).
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
echo 'fn main() {}' >"$work/src/main.rs"
for provider in nhn github; do
  cat >"$work/Cargo.toml" <<TOML
[package]
name = "lean-user"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
deploykit = { path = "$root", default-features = false, features = ["$provider", "tls-ring"] }

[workspace]
TOML
  cp Cargo.lock "$work/Cargo.lock"
  tree=$(cd "$work" && cargo tree -e normal,build --prefix none)
  features=$(cd "$work" && cargo tree -e normal,build,features -i hyper --prefix none 2>/dev/null || true)
  bad=$(grep -E '^(clap|clap_builder|axum|axum-core|indicatif|jsonschema|tracing-subscriber|progenitor|progenitor-impl|typify|typify-impl|openapiv3|aws-lc-sys|aws-lc-rs|jsonwebtoken) ' <<<"$tree" | sort -u || true)
  if [ "$(grep -E '^syn ' <<<"$tree" | awk '{print $2}' | cut -d. -f1 | sort -u | wc -l)" -gt 1 ]; then
    bad="$bad"$'\n'"two major versions of syn: $(grep -E '^syn ' <<<"$tree" | sort -u | tr '\n' ' ')"
  fi
  dups=$(cd "$work" && cargo tree -d -e normal,build --prefix none --depth 0 2>/dev/null | grep -E '^[a-z]' | sort -u || true)
  if [ -n "$dups" ]; then
    bad="$bad"$'\n'"crates in two versions: $(tr '\n' ' ' <<<"$dups")"
  fi
  if grep -q 'hyper feature "server"' <<<"$features"; then
    bad="$bad"$'\n'"hyper with its server feature"
  fi
  if [ -n "$(tr -d '[:space:]' <<<"$bad")" ]; then
    echo "FAIL: a deploykit user with only the $provider feature compiles:"; echo "$bad"; exit 1
  fi
  echo "ok: deploykit with only \`$provider\` and \`tls-ring\`: $(sort -u <<<"$tree" | wc -l) crates, each in one version, none of clap, axum, indicatif, jsonschema, the code generator, AWS-LC or hyper's server"
done
