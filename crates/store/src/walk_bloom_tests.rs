//! History walks on repositories whose commit-graph has Git's changed-path
//! Bloom filters (issue 14): the hits must be exactly Git's, filters or
//! not, and a damaged commit-graph must never cost a commit.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::bloom::{PathFilter, Verdict};
use crate::walk::open;
use crate::walk_whole::tests::{hits, repository};

fn git(root: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Per file, the commits (newest first) whose version of it differs from
/// their first parent's, as Git itself lists them: every commit, merges
/// compared with their first parent, the root commit with nothing.
fn git_hits(root: &Path) -> BTreeMap<String, Vec<String>> {
    let log = git(
        root,
        &[
            "log",
            "--date-order",
            "--format=%x00%H",
            "--name-only",
            "--no-renames",
            "--diff-merges=first-parent",
        ],
    );
    let mut hits: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in log.split('\0').filter(|e| !e.is_empty()) {
        let mut lines = entry.lines().filter(|l| !l.is_empty());
        let id = lines.next().unwrap().to_owned();
        for path in lines {
            hits.entry(path.to_owned()).or_default().push(id.clone());
        }
    }
    hits
}

/// Every way somevakt walks a file's history gives `expected`: without
/// the index, with a cold and a warm index on two threads, and paged.
fn assert_walks(root: &Path, path: &str, expected: &[String], what: &str) {
    let index = root.join(".git/somevakt/changed-paths");
    std::fs::remove_file(&index).ok();
    assert_eq!(hits(root, path, false, false), expected, "{what}: {path}");
    assert_eq!(
        hits(root, path, true, true),
        expected,
        "{what}: cold {path}"
    );
    assert_eq!(
        hits(root, path, true, true),
        expected,
        "{what}: warm {path}"
    );
    std::fs::remove_file(&index).ok();
    assert_eq!(
        hits(root, path, true, false),
        expected,
        "{what}: paged {path}"
    );
}

/// How many commits the filters clear for `path`, and how many they may
/// not clear (those that changed it, by Git's log) yet do.
fn cleared(root: &Path, path: &str, changed: &[String]) -> (usize, usize) {
    let repo = open(root).unwrap();
    let Some(filter) = PathFilter::open(&repo, path) else {
        return (0, 0);
    };
    let (mut cleared, mut wrong) = (0, 0);
    for id in git(root, &["rev-list", "HEAD"]).lines() {
        let oid = gix::ObjectId::from_hex(id.as_bytes()).unwrap();
        if filter.verdict(&oid) == Verdict::DefinitelyNot {
            cleared += 1;
            wrong += usize::from(changed.iter().any(|c| c == id));
        }
    }
    (cleared, wrong)
}

/// How many commits Git's own `log` clears with the filters for `path`
/// (its trace2 statistics), every commit visited (`--full-history`).
fn git_cleared(root: &Path, path: &str) -> usize {
    let trace = root.join(".git/trace2.json");
    let out = Command::new("git")
        .args(["log", "--full-history", "--format=%H", "--", path])
        .env("GIT_TRACE2_EVENT", &trace)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let events = std::fs::read_to_string(&trace).unwrap();
    std::fs::remove_file(&trace).unwrap();
    let at = events.find("\"definitely_not\":").unwrap() + "\"definitely_not\":".len();
    let digits: String = events[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

/// [`repository`] of `n` commits, its commit-graph written with Git's
/// changed-path Bloom filters.
fn with_filters(n: usize) -> tempfile::TempDir {
    let dir = repository(n);
    git(
        dir.path(),
        &["commit-graph", "write", "--reachable", "--changed-paths"],
    );
    dir
}

/// The files to ask about: every file Git saw changed, and one never there.
fn paths(expected: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut paths: Vec<String> = expected.keys().cloned().collect();
    paths.push("assessments/d9/f0.toml".to_owned());
    paths
}

#[test]
fn with_filters_every_walk_finds_what_git_finds() {
    let dir = with_filters(400);
    let root = dir.path();
    let expected = git_hits(root);
    assert!(expected.len() >= 12, "{:?}", expected.keys());
    let none = Vec::new();
    for path in paths(&expected) {
        let changed = expected.get(&path).unwrap_or(&none);
        // The filters are in use and never clear a commit that changed
        // the file.
        let (cleared, wrong) = cleared(root, &path, changed);
        assert!(cleared > 200, "{path}: only {cleared} commits cleared");
        assert_eq!(wrong, 0, "{path}");
        // Exactly the commits Git's own filter check clears.
        assert_eq!(cleared, git_cleared(root, &path), "{path}");
        assert_walks(root, &path, changed, "filters");
    }
    // Merges and deletions were among the hits.
    let merged = &expected["assessments/d1/f1.toml"];
    assert!(merged.len() > 20, "{}", merged.len());
}

#[test]
fn filters_can_be_turned_off_as_in_git() {
    let dir = with_filters(60);
    let root = dir.path();
    let path = "assessments/d0/f0.toml";
    assert!(PathFilter::open(&open(root).unwrap(), path).is_some());
    // As `git gc` leaves a repository: a commit-graph without filters.
    git(
        root,
        &["commit-graph", "write", "--reachable", "--no-changed-paths"],
    );
    assert!(PathFilter::open(&open(root).unwrap(), path).is_none());
    git(
        root,
        &["commit-graph", "write", "--reachable", "--changed-paths"],
    );
    assert!(PathFilter::open(&open(root).unwrap(), path).is_some());
    for (key, value) in [
        ("commitGraph.readChangedPaths", "false"),
        ("commitGraph.changedPathsVersion", "0"),
        ("core.commitGraph", "false"),
    ] {
        git(root, &["config", key, value]);
        assert!(
            PathFilter::open(&open(root).unwrap(), path).is_none(),
            "{key}"
        );
        git(root, &["config", "--unset", key]);
    }
    // Filters of another hash version than the one asked for are not
    // used; of the same, they are.
    let data = std::fs::read(graph_file(root)).unwrap();
    let version = data[chunk(&data, b"BDAT").start + 3];
    for (asked, used) in [(version, true), (3 - version, false)] {
        let asked = asked.to_string();
        git(root, &["config", "commitGraph.changedPathsVersion", &asked]);
        let filter = PathFilter::open(&open(root).unwrap(), path);
        assert_eq!(filter.is_some(), used, "version {version}, asked {asked}");
    }
}

/// The commit-graph file, made writable (Git writes it read-only).
fn graph_file(root: &Path) -> std::path::PathBuf {
    let file = root.join(".git/objects/info/commit-graph");
    let mut permissions = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    std::fs::set_permissions(&file, permissions).unwrap();
    file
}

/// The byte range of chunk `id` in a commit-graph file.
fn chunk(data: &[u8], id: &[u8; 4]) -> std::ops::Range<usize> {
    let at = (0..usize::from(data[6]))
        .map(|row| 8 + row * 12)
        .find(|&at| &data[at..at + 4] == id)
        .unwrap();
    let offset = |at: usize| u64::from_be_bytes(data[at..at + 8].try_into().unwrap()) as usize;
    offset(at + 4)..offset(at + 16)
}

#[test]
fn a_damaged_commit_graph_never_costs_a_commit() {
    let dir = with_filters(300);
    let root = dir.path();
    let expected = git_hits(root);
    let file = graph_file(root);
    let whole = std::fs::read(&file).unwrap();
    let bdat = chunk(&whole, b"BDAT");
    let bidx = chunk(&whole, b"BIDX");
    let none = Vec::new();
    let path = "assessments/d0/f0.toml";
    assert!(cleared(root, path, &expected[path]).0 > 150);
    let damaged = |change: &dyn Fn(&mut Vec<u8>)| {
        let mut data = whole.clone();
        change(&mut data);
        data
    };
    let checksummed = |mut data: Vec<u8>| {
        let body = data.len() - 20;
        let mut hasher = gix::hash::hasher(gix::hash::Kind::Sha1);
        hasher.update(&data[..body]);
        let sum = hasher.try_finalize().unwrap();
        data[body..].copy_from_slice(sum.as_bytes());
        data
    };
    let damages = [
        // Every filter emptied (all "definitely not"), the checksum left:
        // trusted, this would lose every commit.
        (
            "filters zeroed",
            damaged(&|data| data[bdat.start + 12..bdat.end].fill(0)),
        ),
        (
            "one byte flipped",
            damaged(&|data| data[bdat.start + 40] ^= 0xff),
        ),
        ("truncated", whole[..whole.len() / 2].to_vec()),
        // Checksummed, but the index points past the filters: Git warns
        // and reads no filter, and so does somevakt.
        (
            "offsets out of range",
            checksummed(damaged(&|data| data[bidx.clone()].fill(0xff))),
        ),
        (
            "unknown hash version",
            checksummed(damaged(&|data| {
                data[bdat.start..bdat.start + 4].copy_from_slice(&[0, 0, 0, 9])
            })),
        ),
    ];
    for (what, data) in damages {
        std::fs::write(&file, data).unwrap();
        for path in paths(&expected) {
            let changed = expected.get(&path).unwrap_or(&none);
            assert_eq!(cleared(root, &path, changed), (0, 0), "{what}: {path}");
            assert_walks(root, &path, changed, what);
        }
    }
}

#[test]
fn a_split_commit_graph_chain_is_read_layer_by_layer() {
    let dir = repository(200);
    let root = dir.path();
    git(root, &["reset", "-q", "--hard"]);
    // The helper wrote a single file; a split chain replaces it.
    std::fs::remove_file(graph_file(root)).unwrap();
    git(
        root,
        &[
            "commit-graph",
            "write",
            "--reachable",
            "--changed-paths",
            "--split",
        ],
    );
    std::fs::write(root.join("assessments/d2/f2.toml"), "later\n").unwrap();
    let commit = ["-c", "user.name=T", "-c", "user.email=t@t", "commit", "-q"];
    git(root, &[&commit[..], &["-am", "later"]].concat());
    git(
        root,
        &[&commit[..], &["--allow-empty", "-m", "empty"]].concat(),
    );
    git(
        root,
        &[
            "commit-graph",
            "write",
            "--reachable",
            "--changed-paths",
            "--split=no-merge",
        ],
    );
    let chain =
        std::fs::read_to_string(root.join(".git/objects/info/commit-graphs/commit-graph-chain"))
            .unwrap();
    assert_eq!(chain.lines().count(), 2, "{chain}");
    assert!(!root.join(".git/objects/info/commit-graph").exists());
    let expected = git_hits(root);
    let none = Vec::new();
    for path in paths(&expected) {
        let changed = expected.get(&path).unwrap_or(&none);
        let (cleared, wrong) = cleared(root, &path, changed);
        // The empty commit of the newer layer, and most of the older one.
        assert!(cleared > 100, "{path}: only {cleared} commits cleared");
        assert_eq!(wrong, 0, "{path}");
        assert_walks(root, &path, changed, "split chain");
    }
}
