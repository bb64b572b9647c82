#!/usr/bin/env bash
# Whole-process benchmark of `somevakt status --format json` at 1,000 and
# 20,000 synthetic accounts: wall time (hyperfine when installed, else a
# few timed runs) and peak memory (GNU time's maximum resident set size).
#
#   bash bench/status.sh            # uses /tmp/somevakt-bench
#   BENCH_DIR=/some/dir bash bench/status.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/somevakt-bench}
cargo build --release --quiet --bin somevakt --example generate
bin=target/release/somevakt
for n in 1000 20000; do
  repo="$dir/$n"
  [ -d "$repo/assessments" ] || target/release/examples/generate "$repo" "$n" >/dev/null
  cmd="$bin --repo $repo status --format json --today 2025-01-15"
  echo "== $n accounts"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs 10 --output=null "$cmd"
  else
    for _ in 1 2 3 4 5; do
      /usr/bin/time -f "%e s wall" $cmd >/dev/null
    done
  fi
  /usr/bin/time -f "peak memory: %M KiB" $cmd >/dev/null
done
