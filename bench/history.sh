#!/usr/bin/env bash
# `somevakt log ID` against `git log --format=%H%n%B -- PATH` on a
# 1,000-account repository with 100,000 commits (built once with
# `git fast-import` from bench/history_repo.py, then packed again by Git,
# and `git gc`, which also writes the commit-graph), for a file changed in
# every 10th commit ("hot")
# and one never changed after the first commit ("rare": the walk must see
# every commit). Wall time (hyperfine) and peak memory (GNU time); somevakt
# with a cold and a warm changed-paths index (.git/somevakt/changed-paths)
# and without it, git and somevakt with and without changed-path Bloom
# filters in the commit-graph.
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
fi
if [ ! -f "$repo/.git/bench-repacked" ]; then
  # fast-import stores each new version of a tree as a delta on the version
  # before it, the reverse of what Git's own packing chooses (the newest
  # whole, older ones as deltas on it), and a plain `gc` keeps those deltas.
  # A repository written commit by commit, as somevakt and people write
  # theirs, gets its deltas from `git gc`'s pack-objects: `-f` computes them
  # that way here too. (gitoxide reading a whole delta chain for every tree
  # made the first `log` on the fast-import pack about twice as slow.)
  git -C "$repo" repack -a -d -f -q
  git -C "$repo" gc -q
  rm -rf "$repo-bloom"
  touch "$repo/.git/bench-repacked"
fi
# The baseline is the repository as `git gc` leaves it: a commit-graph
# without changed-path Bloom filters (Git writes those only when asked).
# Git keeps Bloom filters it finds when it rewrites the commit-graph, so a
# repository that got them once (by hand, or from an older run of this
# script on a linked copy) would quietly make every `git log` faster:
# drop them here.
if grep -q BIDX "$repo/.git/objects/info/commit-graph" 2>/dev/null; then
  git -C "$repo" commit-graph write --reachable --no-changed-paths
fi
hot=$(sed -n 's/.*hot=assessments\/\([^ ]*\)\.toml.*/\1/p' "$repo.files")
rare=$(sed -n 's/.*rare=assessments\/\([^ ]*\)\.toml.*/\1/p' "$repo.files")
# Git's own changed-path Bloom filters (which `git gc` does not write), on a
# copy: git log and somevakt both read them there.
bloom="$repo-bloom"
if [ "$bloom" -ef "$repo" ] || [ ! -f "$bloom/.git/objects/info/commit-graph" ] || ! grep -q BIDX "$bloom/.git/objects/info/commit-graph"; then
  rm -rf "$bloom"
  cp -a "$repo" "$bloom"
  git -C "$bloom" commit-graph write --reachable --changed-paths
fi
index="$repo/.git/somevakt/changed-paths"
bloom_index="$bloom/.git/somevakt/changed-paths"
for id in "$hot" "$rare"; do
  echo "== $id ($(git -C "$repo" rev-list --count HEAD -- "assessments/$id.toml") of $commits commits change it)"
  if command -v hyperfine >/dev/null 2>&1; then
    # cold: the changed-paths index removed before every run (the first
    # log in a repository); warm: kept (every later log, for any file of
    # the same municipality); --no-cache: the walk alone, index untouched.
    # (hyperfine applies one --prepare to every command: cold runs alone.)
    hyperfine -N --warmup 1 --runs "${RUNS:-5}" --output=null \
      -n "git log" "git -C $repo log --format=%H%n%B -- assessments/$id.toml" \
      -n "git log, changed-path Bloom filters" "git -C $bloom log --format=%H%n%B -- assessments/$id.toml" \
      -n "somevakt log --no-cache" "$bin --repo $repo --no-cache log $id" \
      -n "somevakt log, warm index" "$bin --repo $repo log $id" \
      -n "somevakt log --no-cache, Bloom filters" "$bin --repo $bloom --no-cache log $id" \
      -n "somevakt log, Bloom filters, warm index" "$bin --repo $bloom log $id"
    hyperfine -N --runs "${RUNS:-5}" --output=null --prepare "rm -f $index $bloom_index" \
      -n "somevakt log, cold index" "$bin --repo $repo log $id" \
      -n "somevakt log, Bloom filters, cold index" "$bin --repo $bloom log $id"
  fi
  for r in "$repo" "$bloom"; do
    [ "$r" = "$bloom" ] && what=", Bloom filters" || what=""
    rm -f "$r/.git/somevakt/changed-paths"
    /usr/bin/time -f "somevakt log peak memory$what, cold index: %M KiB" "$bin" --repo "$r" log "$id" >/dev/null
    /usr/bin/time -f "somevakt log peak memory$what, warm index: %M KiB" "$bin" --repo "$r" log "$id" >/dev/null
  done
done
echo "changed-paths index: $(stat -c %s "$index") bytes, with Bloom filters $(stat -c %s "$bloom_index") bytes"
