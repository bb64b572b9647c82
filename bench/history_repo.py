#!/usr/bin/env python3
"""For bench/history.sh. Writes a git fast-import stream: the accounts under SRC as the first
commit, then COMMITS-1 commits that each change one account file.
One "hot" file changes in every 10th commit, one "rare" file never after
the first commit (so a walk must see every commit), the rest at random
(deterministic). Usage: history_repo.py SRC COMMITS | git fast-import"""
import os, random, sys
src, commits = sys.argv[1], int(sys.argv[2])
files = []
for d, _, names in os.walk(os.path.join(src, "assessments")):
    for n in names:
        if n.endswith(".toml"):
            p = os.path.join(d, n)
            files.append(os.path.relpath(p, src))
files.sort()
text = {f: open(os.path.join(src, f), "rb").read() for f in files}
hot, rare = files[0], files[len(files) // 2]
others = [f for f in files if f not in (hot, rare)]
rnd = random.Random(14)
out = sys.stdout.buffer
t0 = 1_600_000_000
def blob(data):
    out.write(b"data %d\n" % len(data)); out.write(data); out.write(b"\n")
def commit2(n, msg, changes):
    out.write(b"commit refs/heads/main\nmark :%d\n" % n)
    out.write(b"committer Bench <bench@example.org> %d +0100\n" % (t0 + 60 * n))
    blob(msg)
    if n > 1:
        out.write(b"from :%d\n" % (n - 1))
    for path, data in changes:
        out.write(b"M 100644 inline %s\n" % path.encode())
        blob(data)
first = [(f, text[f]) for f in files]
first.append(("somevakt.toml", open(os.path.join(src, "somevakt.toml"), "rb").read()))
commit2(1, b"Add the register\n", first)
for n in range(2, commits + 1):
    f = hot if n % 10 == 0 else rnd.choice(others)
    data = text[f] + b"# revision %d\n" % n
    ident = f[len("assessments/"):-len(".toml")]
    msg = b"Record review of %s\n\nReviewed in the yearly round.\n\nAssessment: %s\nAction: review\n" % (ident.encode(), ident.encode())
    commit2(n, msg, [(f, data)])
sys.stderr.write("hot=%s rare=%s\n" % (hot, rare))
