#!/usr/bin/env bash
# Installs what chronik needs on Debian 12, as root: the build toolchain, the
# libraries (Debian packages only; tzdata for the time zones of iCalendar), and the real consumers the tests check
# the outputs with (vobject, jsonschema, xmllint, poppler, Chromium + the
# TimelineJS bundle from npm); clang with its sanitizer and libFuzzer
# runtimes for the sanitizer and fuzz stage (.ci/sanitize-and-fuzz.sh).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  ca-certificates g++ make cmake \
  libhowardhinnant-date-dev nlohmann-json3-dev libcli11-dev catch2 \
  libboost-graph-dev libcpp-httplib-dev libxml2-dev pkg-config tzdata \
  libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-de fonts-dejavu-core \
  python3 python3-vobject python3-jsonschema python3-html5lib cmark \
  pybind11-dev python3-pybind11 python3-dev python3-pytest python3-dask python3-distributed \
  libxml2-utils poppler-utils librsvg2-bin \
  clang libclang-rt-14-dev \
  chromium >/dev/null
# Node.js with npm (for the TimelineJS bundle): the machine image may bring
# its own, which Debian's npm package conflicts with.
if ! command -v npm >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
here=$(cd "$(dirname "$0")/.." && pwd)
# npm packages the tests load (their lock files are in the repository).
find "$here/tests" -name package-lock.json -not -path '*/node_modules/*' | while read -r lock; do
  npm ci --prefix "$(dirname "$lock")" --no-audit --no-fund --loglevel=error
done
