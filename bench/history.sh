#!/usr/bin/env bash
# `somevakt log ID` against `git log --format=%H%n%B -- PATH` on a
# 1,000-account repository with 100,000 commits (built once with
# `git fast-import` from bench/history_repo.py, then `git gc`, which also
# writes the commit-graph), for a file changed in every 10th commit ("hot")
# and one never changed after the first commit ("rare": the walk must see
# every commit). Wall time (hyperfine) and peak memory (GNU time).
#
#   bash bench/history.sh                 # uses /tmp/somevakt-bench
#   COMMITS=20000 bash bench/history.sh   # a smaller history
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/somevakt-bench}
commits=${COMMITS:-100000}
cargo build --release --quiet --bin somevakt --example generate
out=$(realpath "${CARGO_TARGET_DIR:-target}")
bin=$out/release/somevakt
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
src="$dir/history-src"
repo="$dir/history-$commits"
[ -d "$src/assessments" ] || "$out"/release/examples/generate "$src" 1000 >/dev/null
if [ ! -d "$repo/.git" ]; then
  rm -rf "$repo"
  git init -q -b main "$repo"
  python3 bench/history_repo.py "$src" "$commits" 2>"$repo.files" | git -C "$repo" fast-import --quiet
  git -C "$repo" checkout -q main
  git -C "$repo" gc -q
fi
hot=$(sed -n 's/.*hot=assessments\/\([^ ]*\)\.toml.*/\1/p' "$repo.files")
rare=$(sed -n 's/.*rare=assessments\/\([^ ]*\)\.toml.*/\1/p' "$repo.files")
for id in "$hot" "$rare"; do
  echo "== $id ($(git -C "$repo" rev-list --count HEAD -- "assessments/$id.toml") of $commits commits change it)"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 1 --runs "${RUNS:-5}" --output=null \
      -n "git log" "git -C $repo log --format=%H%n%B -- assessments/$id.toml" \
      -n "somevakt log" "$bin --repo $repo log $id"
  fi
  /usr/bin/time -f "somevakt log peak memory: %M KiB" "$bin" --repo "$repo" log "$id" >/dev/null
done
