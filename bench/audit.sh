#!/usr/bin/env bash
# Benchmark of `somevakt audit` on a long history: N commits (default
# 100,000) over 200 accounts, built with `git fast-import`; every 100th
# commit records a decision with somevakt's trailers, the others update
# `[activity]`. Measures the first run (nothing cached) and a second run
# (verdicts read from .git/somevakt/).
#
#   bash bench/audit.sh               # 100,000 commits in /tmp/somevakt-audit-bench
#   N=20000 BENCH_DIR=/some/dir bash bench/audit.sh
#
# The generated commits are unsigned: checking a signature runs ssh-keygen
# (a few milliseconds each), which the cache then spares every later run.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${N:-100000}
dir=${BENCH_DIR:-/tmp/somevakt-audit-bench}/$n
cargo build --release --quiet --bin somevakt
bin=$PWD/target/release/somevakt

if [ ! -d "$dir/.git" ]; then
  rm -rf "$dir"
  mkdir -p "$dir/assessments"
  git -C "$dir" init -q -b main
  # The digest of an empty [dpia], as somevakt computes it.
  printf 'schema_version = 1\n[account]\nmunicipality = "M"\nplatform = "other"\nname = "x"\nstatus = "active"\n' \
    >"$dir/assessments/probe.toml"
  git -C "$dir" add -A >/dev/null
  git -C "$dir" -c user.name=b -c user.email=b@b commit -qm probe
  digest=$("$bin" --repo "$dir" digest probe)
  awk -v n="$n" -v digest="$digest" '
    function body(a,   s, i) {
      s = "schema_version = 1\n\n[account]\nmunicipality = \"Benchvik kommune\"\nplatform = \"facebook\"\n"
      s = s "name = \"Konto " a "\"\nstatus = \"active\"\n\n[activity]\nlast_post = 2020-01-01\nchecked = " seen[a] "\n"
      for (i = 1; i <= decided[a]; i++)
        s = s "\n[[decisions]]\ndate = 2020-01-01\nbody = \"Ledergruppa\"\noutcome = \"approved\"\nrationale = \"Vedtak " i "\"\ndpia_digest = \"" digest "\"\n"
      return s
    }
    BEGIN {
      t = 1577869200
      for (c = 1; c <= n; c++) {
        a = c % 200
        seen[a] = c
        decision = (c % 100 == 0)
        if (decision) decided[a]++
        s = body(a)
        path = "assessments/benchvik/konto-" a ".toml"
        if (decision)
          msg = "decision: benchvik/konto-" a " approved\n\nAssessment: benchvik/konto-" a "\nAction: decision\nDecision: approved\nBackdated: yes\n"
        else
          msg = "activity: benchvik/konto-" a "\n\nAssessment: benchvik/konto-" a "\nAction: activity\n"
        printf "commit refs/heads/main\nmark :%d\n", c
        printf "author Hege Solberg <hege@benchvik.kommune.no> %d +0100\n", t + c * 1800
        printf "committer Hege Solberg <hege@benchvik.kommune.no> %d +0100\n", t + c * 1800
        printf "data %d\n%s\n", length(msg), msg
        if (c == 1) printf "from refs/heads/main^0\n"
        printf "M 100644 inline %s\ndata %d\n%s\n", path, length(s), s
      }
    }' | git -C "$dir" fast-import --quiet
  git -C "$dir" reset -q --hard main
fi
echo "== somevakt audit on $(git -C "$dir" rev-list --count HEAD) commits"
rm -rf "$dir/.git/somevakt"
/usr/bin/time -f "first run (nothing cached): %e s wall, %U s user, %S s system, peak memory %M KiB" \
  "$bin" --repo "$dir" audit >/dev/null || true
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs 10 -i --output=null "$bin --repo $dir audit"
else
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "cached run: %e s wall, %U s user, peak memory %M KiB" "$bin" --repo "$dir" audit >/dev/null || true
  done
fi
"$bin" --repo "$dir" audit | tail -1

# Signed history: S commits (default 300) signed with an SSH key, every
# one checked with ssh-keygen on the first run, none on the second.
s=${SIGNED:-300}
sdir=${BENCH_DIR:-/tmp/somevakt-audit-bench}/signed-$s
if [ ! -d "$sdir/.git" ]; then
  rm -rf "$sdir"
  mkdir -p "$sdir/assessments/benchvik" "$sdir/.somevakt"
  ssh-keygen -q -t ed25519 -N '' -C bench -f "$sdir/.key"
  printf '[approvers]\nemails = ["hege@benchvik.kommune.no"]\nsigning = "required"\nallowed_signers = ".somevakt/allowed_signers"\n' >"$sdir/somevakt.toml"
  echo "hege@benchvik.kommune.no $(cut -d' ' -f1,2 "$sdir/.key.pub")" >"$sdir/.somevakt/allowed_signers"
  git -C "$sdir" init -q -b main
  git -C "$sdir" config user.name "Hege Solberg"
  git -C "$sdir" config user.email hege@benchvik.kommune.no
  git -C "$sdir" config gpg.format ssh
  git -C "$sdir" config user.signingKey "$sdir/.key"
  git -C "$sdir" config commit.gpgsign true
  printf '.key\n.key.pub\n' >"$sdir/.gitignore"
  for i in $(seq 1 "$s"); do
    printf 'schema_version = 1\n[account]\nmunicipality = "B"\nplatform = "other"\nname = "x"\nstatus = "active"\n[activity]\nchecked = %d\n' "$i" \
      >"$sdir/assessments/benchvik/konto.toml"
    git -C "$sdir" add -A
    git -C "$sdir" commit -q -m "activity $i"
  done
fi
echo "== somevakt audit on $s signed commits"
rm -rf "$sdir/.git/somevakt"
/usr/bin/time -f "first run (every signature checked): %e s wall, %U s user, %S s system" \
  "$bin" --repo "$sdir" audit >/dev/null || true
/usr/bin/time -f "cached run: %e s wall, %U s user" "$bin" --repo "$sdir" audit >/dev/null || true
"$bin" --repo "$sdir" audit | tail -1
