//! `somevakt log` with and without the changed-paths index
//! (`.git/somevakt/changed-paths`, see docs/format.md "History"), on real
//! Git repositories built with the `git` CLI: merges, deletions, renames,
//! a file where a folder should be, and rewritten history. The index may
//! make `log` faster; it must never change what `log` says.

mod common;

use std::path::Path;

use common::{git, git_at, git_init, somevakt, stderr, stdout, write};

const INDEX: &str = ".git/somevakt/changed-paths";

/// The ids `somevakt log ID --format json` lists, newest first.
fn logged(root: &Path, id: &str, extra: &[&str]) -> Vec<String> {
    let mut args = extra.to_vec();
    args.extend(["log", id, "--format", "json"]);
    let out = somevakt(root, &args);
    assert!(out.status.success(), "log {id}: {}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("json");
    json["commits"]
        .as_array()
        .expect("commits")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect()
}

/// What Git itself says: the commits of `git rev-list HEAD` whose version
/// of the file (`git rev-parse C:PATH`, absent when that fails or names a
/// folder) differs from their first parent's, newest first.
fn oracle(root: &Path, prefix: &str, id: &str) -> Vec<String> {
    let path = format!("{prefix}assessments/{id}.toml");
    let blob = |rev: &str| -> Option<String> {
        let out = std::process::Command::new("git")
            .args(["rev-parse", "-q", "--verify", &format!("{rev}:{path}")])
            .current_dir(root)
            .output()
            .expect("git");
        let kind = std::process::Command::new("git")
            .args(["cat-file", "-t", &format!("{rev}:{path}")])
            .current_dir(root)
            .output()
            .expect("git");
        (out.status.success() && stdout(&kind).trim() == "blob")
            .then(|| stdout(&out).trim().to_owned())
    };
    git(root, &["rev-list", "HEAD"])
        .lines()
        .filter(|c| {
            let parent = git(root, &["rev-list", "--parents", "-n1", c]);
            let first = parent.split_whitespace().nth(1).map(str::to_owned);
            blob(c) != first.and_then(|p| blob(&p))
        })
        .map(str::to_owned)
        .collect()
}

/// Checks every way of reading the history against the oracle and against
/// each other (same order, too). `root` is the assessment root, `top` the
/// work tree's top (the same, or a folder above).
fn check_all(top: &Path, root: &Path, ids: &[&str]) {
    for id in ids {
        let prefix = root.strip_prefix(top).expect("below the top");
        let prefix = match prefix.to_string_lossy().as_ref() {
            "" => String::new(),
            p => format!("{p}/"),
        };
        let want = oracle(top, &prefix, id);
        let plain = logged(root, id, &["--no-cache"]);
        let mut sorted = plain.clone();
        sorted.sort();
        let mut expected = want.clone();
        expected.sort();
        assert_eq!(sorted, expected, "{id}: --no-cache against git");
        std::fs::remove_file(top.join(INDEX)).ok();
        assert_eq!(logged(root, id, &[]), plain, "{id}: cold index");
        // An account one folder deeper than usual is walked without it.
        let deep = id.matches('/').count() > 1;
        assert_eq!(top.join(INDEX).exists(), !deep, "the walk fills the index");
        assert_eq!(logged(root, id, &[]), plain, "{id}: warm index");
        let whole = std::fs::read(top.join(INDEX)).unwrap_or_default();
        std::fs::create_dir_all(top.join(".git/somevakt")).expect("mkdir");
        std::fs::write(top.join(INDEX), &whole[..whole.len() / 2]).expect("truncate");
        assert_eq!(logged(root, id, &[]), plain, "{id}: truncated index");
        std::fs::write(top.join(INDEX), b"not an index at all").expect("garbage");
        assert_eq!(logged(root, id, &[]), plain, "{id}: garbage index");
        assert_eq!(logged(root, id, &[]), plain, "{id}: rebuilt index");
    }
}

struct Clock(u32);

impl Clock {
    /// Commits everything with the next date (one minute apart, so the
    /// order by commit time is the order of making).
    fn commit(&mut self, root: &Path, message: &str) {
        self.0 += 1;
        let date = self.date();
        git_at(root, &date, &["add", "-A"]);
        git_at(
            root,
            &date,
            &["commit", "-q", "--allow-empty", "-m", message],
        );
    }

    fn date(&self) -> String {
        format!(
            "2025-03-01T{:02}:{:02}:00+01:00",
            8 + self.0 / 60,
            self.0 % 60
        )
    }
}

fn content(n: u32) -> String {
    format!("{}# {n}\n", common::valid_assessment("Konto"))
}

/// A history with merges, a deletion and re-adding, a rename, a file
/// where a folder later is, and commits that touch other files only.
fn history() -> (tempfile::TempDir, std::path::PathBuf, Clock) {
    let dir = tempfile::tempdir().expect("tmp");
    let root = dir.path().to_path_buf();
    git_init(&root);
    let mut clock = Clock(0);
    write(&root, "somevakt.toml", "");
    write(&root, "assessments/fjordvik/a-konto.toml", content(1));
    write(&root, "assessments/fjordvik/b-konto.toml", content(1));
    write(&root, "assessments/alvby/c-konto.toml", content(1));
    clock.commit(&root, "start");
    write(&root, "assessments/fjordvik/a-konto.toml", content(2));
    clock.commit(&root, "a2");
    write(&root, "assessments/alvby/c-konto.toml", content(2));
    clock.commit(&root, "c2");
    git(&root, &["checkout", "-q", "-b", "side"]);
    write(&root, "assessments/fjordvik/a-konto.toml", content(3));
    clock.commit(&root, "a3 on a side branch");
    git(&root, &["checkout", "-q", "main"]);
    write(&root, "assessments/fjordvik/b-konto.toml", content(3));
    clock.commit(&root, "b3");
    clock.0 += 1;
    git_at(
        &root,
        &clock.date(),
        &["merge", "-q", "--no-ff", "side", "-m", "merge side"],
    );
    git_at(
        &root,
        &clock.date(),
        &["rm", "-q", "assessments/fjordvik/a-konto.toml"],
    );
    clock.commit(&root, "a deleted");
    write(&root, "somevakt.toml", "# policy\n");
    clock.commit(&root, "policy only");
    write(&root, "assessments/fjordvik/a-konto.toml", content(4));
    clock.commit(&root, "a back");
    git_at(
        &root,
        &clock.date(),
        &[
            "mv",
            "assessments/fjordvik/b-konto.toml",
            "assessments/alvby/b-konto.toml",
        ],
    );
    clock.commit(&root, "b moved");
    write(&root, "assessments/nesby", "a file, not a folder\n");
    clock.commit(&root, "nesby a file");
    std::fs::remove_file(root.join("assessments/nesby")).expect("rm");
    write(&root, "assessments/nesby/d-konto.toml", content(1));
    write(&root, "assessments/alvby/skola/e-konto.toml", content(1));
    clock.commit(&root, "nesby a folder");
    write(&root, "assessments/alvby/skola/e-konto.toml", content(2));
    clock.commit(&root, "a school's account");
    (dir, root, clock)
}

/// (The deep one first: the others' runs leave a rebuilt index behind.)
const IDS: &[&str] = &[
    "alvby/skola/e-konto",
    "fjordvik/a-konto",
    "fjordvik/b-konto",
    "alvby/b-konto",
    "alvby/c-konto",
    "nesby/d-konto",
];

#[test]
fn the_index_never_changes_what_log_lists() {
    let (_dir, root, _) = history();
    // The merge brought a-konto's side-branch version in: it is listed,
    // and so are the side branch's own commit, the deletion and the return.
    assert_eq!(oracle(&root, "", "fjordvik/a-konto").len(), 6);
    check_all(&root, &root, IDS);
    let index = std::fs::read(root.join(INDEX)).expect("index");
    assert!(index.starts_with(b"somevakt changed-paths 1"));
}

#[test]
fn a_rewritten_history_is_read_anew() {
    let (_dir, root, mut clock) = history();
    // Fill the index for every file, then rewrite: amend the last commit,
    // then drop an early commit by rebasing what came after it.
    for id in IDS {
        logged(&root, id, &[]);
    }
    let before = std::fs::read(root.join(INDEX)).expect("index");
    write(&root, "assessments/nesby/d-konto.toml", content(9));
    clock.0 += 1;
    git_at(
        &root,
        &clock.date(),
        &["commit", "-q", "-a", "--amend", "-m", "amended"],
    );
    let a2 = git(&root, &["rev-list", "-n1", "--grep=^c2$", "HEAD"]);
    let a2 = a2.trim();
    clock.0 += 1;
    git_at(
        &root,
        &clock.date(),
        &[
            "rebase",
            "-q",
            "--rebase-merges",
            "--onto",
            &format!("{a2}^"),
            a2,
        ],
    );
    for id in IDS {
        let want = oracle(&root, "", id);
        let warm = logged(&root, id, &[]);
        let mut sorted = warm.clone();
        sorted.sort();
        let mut expected = want;
        expected.sort();
        assert_eq!(sorted, expected, "{id} after the rewrite");
        assert_eq!(warm, logged(&root, id, &["--no-cache"]), "{id}");
    }
    let after = std::fs::read(root.join(INDEX)).expect("index");
    assert!(after.len() > before.len(), "the new commits were added");
}

#[test]
fn two_processes_filling_the_index_leave_one_whole_file() {
    let (_dir, root, _) = history();
    let want: Vec<Vec<String>> = IDS
        .iter()
        .map(|id| logged(&root, id, &["--no-cache"]))
        .collect();
    for _ in 0..5 {
        std::fs::remove_file(root.join(INDEX)).ok();
        let runs: Vec<_> = IDS
            .iter()
            .map(|id| {
                std::process::Command::new(env!("CARGO_BIN_EXE_somevakt"))
                    .args(["log", id, "--format", "json"])
                    .current_dir(&root)
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for mut run in runs {
            assert!(run.wait().expect("wait").success());
        }
        let index = std::fs::read(root.join(INDEX)).expect("index");
        assert!(index.starts_with(b"somevakt changed-paths 1"));
        for (id, want) in IDS.iter().zip(&want) {
            assert_eq!(&logged(&root, id, &[]), want, "{id}");
        }
    }
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(root.join(".git/somevakt"))
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".changed-paths")
        })
        .collect();
    assert!(left.is_empty());
}

#[test]
fn no_cache_neither_reads_nor_writes_the_index() {
    let (_dir, root, _) = history();
    logged(&root, "alvby/c-konto", &["--no-cache"]);
    assert!(!root.join(INDEX).exists());
}

#[test]
fn an_assessment_root_below_the_work_trees_top() {
    let dir = tempfile::tempdir().expect("tmp");
    let top = dir.path();
    git_init(top);
    let root = top.join("register");
    let mut clock = Clock(0);
    write(&root, "somevakt.toml", "");
    write(&root, "assessments/fjordvik/a-konto.toml", content(1));
    write(top, "notes/assessments/fjordvik/a-konto.toml", content(1));
    clock.commit(top, "start");
    for n in 2..6 {
        write(&root, "assessments/fjordvik/a-konto.toml", content(n));
        clock.commit(top, "a");
        // The same name outside the assessment root is another file.
        write(
            top,
            "notes/assessments/fjordvik/a-konto.toml",
            content(n + 10),
        );
        clock.commit(top, "notes");
    }
    check_all(top, &root, &["fjordvik/a-konto"]);
    assert_eq!(logged(&root, "fjordvik/a-konto", &[]).len(), 5);
}
