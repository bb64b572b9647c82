#!/usr/bin/env bash
# Benchmark of `somevakt overview` (docs/overview.md) on 300 generated
# municipality repositories of 30 accounts each, served by `git daemon` on
# 127.0.0.1, beside what a user would otherwise run:
#   - `overview sync` with nothing changed, against a shell loop of
#     `git fetch` over the same mirrors with the same parallelism;
#   - `overview --format json` after a sync, against `status --format json`
#     on one repository holding the same 9,000 accounts (warm and --no-cache);
#   - peak memory of both (GNU time's maximum resident set size).
#
#   bash bench/overview.sh                      # uses /tmp/somevakt-overview-bench
#   BENCH_DIR=/some/dir COUNT=300 EACH=30 RUNS=5 bash bench/overview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BENCH_DIR:-/tmp/somevakt-overview-bench}
count=${COUNT:-300}
each=${EACH:-30}
jobs=${JOBS:-4}
runs=${RUNS:-5}
command -v hyperfine >/dev/null || { echo "bench: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet --bin somevakt --example generate
out=$(realpath "${CARGO_TARGET_DIR:-target}")
bin=$out/release/somevakt
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

served=$dir/served
if [ ! -f "$dir/ready-$count-$each" ]; then
  rm -rf "$dir"
  mkdir -p "$served"
  for i in $(seq -w 1 "$count"); do
    work=$dir/work/m$i
    "$out"/release/examples/generate "$work" "$each" >/dev/null
    git -C "$work" init -q -b main
    git -C "$work" add -A
    git -C "$work" -c user.name=Bench -c user.email=bench@example.org commit -qm "Register of municipality $i"
    git clone -q --bare "$work" "$served/m$i.git"
  done
  # One repository holding every municipality's accounts, for `status`.
  all=$dir/all
  mkdir -p "$all/assessments"
  cp "$dir/work/m001/somevakt.toml" "$all/"
  for i in $(seq -w 1 "$count"); do
    for sub in "$dir/work/m$i/assessments"/*; do
      cp -r "$sub" "$all/assessments/m$i-$(basename "$sub")"
    done
  done
  git -C "$all" init -q -b main
  git -C "$all" add -A
  git -C "$all" -c user.name=Bench -c user.email=bench@example.org commit -qm "Every municipality"
  touch "$dir/ready-$count-$each"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
git daemon --reuseaddr --export-all --listen=127.0.0.1 --port="$port" --base-path="$served" "$served" &
daemon=$!
trap 'kill $daemon 2>/dev/null || true' EXIT
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

manifest=$dir/overview.toml
: >"$manifest"
for i in $(seq -w 1 "$count"); do
  printf '[[municipality]]\nname = "Kommune %s"\nremote = "git://127.0.0.1:%s/m%s.git"\n\n' "$i" "$port" "$i" >>"$manifest"
done
export XDG_CACHE_HOME=$dir/cache
rm -rf "$XDG_CACHE_HOME"
echo "== first sync of $count municipalities ($jobs at a time)"
/usr/bin/time -f "first sync: %e s, peak %M KB" "$bin" overview sync --manifest "$manifest" --jobs "$jobs" 2>&1 >/dev/null | tail -n 1

# The same mirrors fetched by a shell loop, as a user would script it.
list=$dir/fetch-list
: >"$list"
for mirror in "$XDG_CACHE_HOME"/somevakt/overview/*.git; do
  i=$(basename "$mirror" | sed -E 's/^kommune-([0-9]+)-.*/\1/')
  printf '%s git://127.0.0.1:%s/m%s.git\n' "$mirror" "$port" "$i" >>"$list"
done
loop="xargs -P $jobs -L 1 sh -c 'git -C \"\$0\" fetch --quiet --no-tags --no-write-fetch-head -- \"\$1\" +refs/heads/main:refs/heads/main' <$list"

echo "== sync with nothing changed: somevakt against a git fetch loop"
hyperfine -N --warmup 1 --runs "$runs" \
  -n "somevakt overview sync" "$bin overview sync --manifest $manifest --jobs $jobs" \
  -n "git fetch loop (xargs -P $jobs)" "sh -c \"$loop\""

echo "== overview --format json against status --format json on the same $((10#$count * each)) accounts"
"$bin" --repo "$dir/all" status --format json --today 2025-01-15 >/dev/null # writes the load cache
hyperfine -N --warmup 1 --runs "$runs" --output=null \
  -n "somevakt overview --format json" "$bin --today 2025-01-15 overview --manifest $manifest --format json" \
  -n "somevakt status --format json (one repository, warm)" "$bin --repo $dir/all status --format json --today 2025-01-15" \
  -n "somevakt status --format json (one repository, --no-cache)" "$bin --repo $dir/all --no-cache status --format json --today 2025-01-15"

echo "== peak memory"
/usr/bin/time -f "overview: %M KB" "$bin" --today 2025-01-15 overview --manifest "$manifest" --format json 2>&1 >/dev/null | tail -n 1
/usr/bin/time -f "status (one repository): %M KB" "$bin" --repo "$dir/all" status --format json --today 2025-01-15 2>&1 >/dev/null | tail -n 1
