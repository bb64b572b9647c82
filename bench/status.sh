#!/usr/bin/env bash
# Whole-process benchmark of `somevakt status --format json` against
# `git status` on the same synthetic repositories (20,000 and 100,000
# accounts, committed to Git so the load cache has a .git/ to live in):
#   - warm: the load cache is in place, the page cache is warm;
#   - cold: `--no-cache`, every file read and parsed;
#   - floor: the same files only parsed into TOML tables, in parallel
#     (examples/parse_floor.rs), the least any load can cost;
#   - peak memory (GNU time's maximum resident set size).
#
#   bash bench/status.sh                  # uses /tmp/somevakt-bench
#   BENCH_DIR=/some/dir SIZES="20000" RUNS=5 bash bench/status.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/somevakt-bench}
sizes=${SIZES:-"20000 100000"}
cargo build --release --quiet --bin somevakt --example generate --example parse_floor
out=$(realpath "${CARGO_TARGET_DIR:-target}")
bin=$out/release/somevakt
floor=$out/release/examples/parse_floor
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
# A repository made by an older generator is made again: what it writes
# (decisions with DPIA digests, for one) changes what a load costs.
generator=$(git log -1 --format=%H -- crates/synthetic examples/generate.rs 2>/dev/null || echo unknown)
for n in $sizes; do
  repo="$dir/$n"
  if [ ! -d "$repo/.git" ] || [ "$(cat "$repo/.git/bench-generator" 2>/dev/null)" != "$generator" ]; then
    rm -rf "$repo"
    "$out"/release/examples/generate "$repo" "$n" >/dev/null
    git -C "$repo" init -q -b main
    git -C "$repo" add -A
    git -C "$repo" -c user.name=Bench -c user.email=bench@example.org commit -qm "Synthetic register"
    echo "$generator" >"$repo/.git/bench-generator"
    sleep 2 # past the cache's racy window, as for files not just written
  fi
  args="--repo $repo status --format json --today 2025-01-15"
  "$bin" $args >/dev/null # writes the cache
  echo "== $n accounts"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs "${RUNS:-10}" --output=null \
      -n "git status" "git -C $repo status" \
      -n "status (warm cache)" "$bin $args" \
      -n "status --no-cache (cold)" "$bin --no-cache $args" \
      -n "parse floor" "$floor $repo"
  else
    for cmd in "git -C $repo status" "$bin $args" "$bin --no-cache $args" "$floor $repo"; do
      /usr/bin/time -f "%e s wall, %U s user, %S s system: $cmd" $cmd >/dev/null
    done
  fi
  /usr/bin/time -f "peak memory, warm: %M KiB" "$bin" $args >/dev/null
  /usr/bin/time -f "peak memory, --no-cache: %M KiB" "$bin" --no-cache $args >/dev/null
done
