#!/usr/bin/env bash
# Whole-process benchmark of one record (`somevakt activity ID --last-post
# DATE`: prepare, take index.lock, commit, write file and index, move the
# branch) in committed repositories of 1,000 and 20,000 synthetic accounts.
# Each run records a different date, so every run makes a real commit.
#
#   bash bench/record.sh            # uses /tmp/somevakt-bench-record
#   BENCH_DIR=/some/dir bash bench/record.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/somevakt-bench-record}
cargo build --release --quiet --bin somevakt --example generate
bin=$PWD/target/release/somevakt
for n in 1000 20000; do
  repo="$dir/$n"
  if [ ! -d "$repo/.git" ]; then
    target/release/examples/generate "$repo" "$n" >/dev/null
    git -C "$repo" init -q -b main
    git -C "$repo" config user.name "Bench Mark"
    git -C "$repo" config user.email bench@example.kommune.no
    git -C "$repo" add .
    git -C "$repo" commit -q -m "Generated $n accounts"
  fi
  # sed -n reads to the end, so nothing in the pipe dies of SIGPIPE.
  id=$(cd "$repo/assessments" && find . -name '*.toml' | sort | sed -n '1{s|^\./||; s|\.toml$||; p;}')
  echo "== $n accounts: activity $id"
  for day in 01 02 03 04 05 06 07 08 09 10; do
    /usr/bin/time -f "%e s wall, peak memory %M KiB" \
      "$bin" --repo "$repo" activity "$id" --last-post "2025-01-$day" >/dev/null
  done
  git -C "$repo" fsck --strict --no-progress
done
