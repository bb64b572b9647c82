//! `somevakt overview` (issue 27): several municipalities' registers, each
//! in a repository of its own, fetched over real Git transports (a path,
//! `file://`, and `git daemon` on 127.0.0.1) into mirrors under the cache
//! folder, and counted as `status` counts each one on its own.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

/// A municipality's register in a repository of its own, served from a
/// bare copy (as a forge holds it). Returns the work repository and the
/// bare one.
fn municipality(base: &Path, folder: &str) -> (PathBuf, PathBuf) {
    let (_keep, example) = copy_example_named(folder);
    let work = base.join(format!("{folder}-work"));
    std::fs::create_dir_all(&work).expect("mkdir");
    copy_tree(&example, &work);
    // Each municipality's repository holds its own accounts only.
    for entry in std::fs::read_dir(work.join("assessments")).expect("read_dir") {
        let entry = entry.expect("entry");
        if entry.file_name() != folder {
            std::fs::remove_dir_all(entry.path()).expect("rm");
        }
    }
    git(&work, &["init", "-q", "-b", "main"]);
    git(&work, &["add", "-A"]);
    git_at(
        &work,
        "2024-06-01T10:00:00+02:00",
        &["commit", "-q", "-m", "register"],
    );
    let bare = base.join(format!("{folder}.git"));
    git(
        base,
        &[
            "clone",
            "-q",
            "--bare",
            &work.to_string_lossy(),
            &bare.to_string_lossy(),
        ],
    );
    (work, bare)
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

struct Setup {
    dir: tempfile::TempDir,
    cache: PathBuf,
}

impl Setup {
    fn new(manifest: &str) -> Setup {
        let dir = tempfile::tempdir().expect("tmp");
        std::fs::write(dir.path().join("overview.toml"), manifest).expect("manifest");
        let cache = dir.path().join("cache");
        Setup { dir, cache }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_somevakt"))
            .args(args)
            .current_dir(self.dir.path())
            .env("XDG_CACHE_HOME", &self.cache)
            .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
            .env("NO_COLOR", "1")
            .env_remove("SOMEVAKT_LANG")
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .expect("run somevakt")
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{}",
            stderr(&out)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    }
}

fn manifest(entries: &[(&str, String)]) -> String {
    entries
        .iter()
        .map(|(name, remote)| {
            format!("[[municipality]]\nname = \"{name}\"\nremote = \"{remote}\"\n\n")
        })
        .collect()
}

/// What `overview` counts, counted from `status --format json` in `repo`.
fn counted_by_status(repo: &Path) -> Value {
    let out = somevakt(
        repo,
        &["status", "--format", "json", "--today", "2025-01-15"],
    );
    counts_of_status(&serde_json::from_slice(&out.stdout).expect("status json"))
}

/// `git daemon` serving `base` on a free port of 127.0.0.1, stopped on drop.
struct Daemon(Child, u16);

impl Daemon {
    fn start(base: &Path) -> Daemon {
        let port = TcpListener::bind("127.0.0.1:0")
            .expect("port")
            .local_addr()
            .expect("addr")
            .port();
        let child = Command::new("git")
            .args([
                "daemon",
                "--reuseaddr",
                "--export-all",
                "--listen=127.0.0.1",
                &format!("--port={port}"),
                &format!("--base-path={}", base.display()),
                &base.display().to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("git daemon");
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "git daemon never listened"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Daemon(child, port)
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn two_municipalities_over_a_path_and_git_daemon_count_as_status_counts_each() {
    let base = tempfile::tempdir().expect("tmp");
    let (fjordvik, fjordvik_bare) = municipality(base.path(), "fjordvik");
    let (alvby, _) = municipality(base.path(), "alvby");
    let daemon = Daemon::start(base.path());
    let setup = Setup::new(&manifest(&[
        (
            "Fjordvik kommune",
            format!("file://{}", fjordvik_bare.display()),
        ),
        (
            "Älvby kommun",
            format!("git://127.0.0.1:{}/alvby.git", daemon.1),
        ),
    ]));
    let sync = setup.run(&["overview", "sync", "--jobs", "2"]);
    assert_eq!(sync.status.code(), Some(0), "{}", stderr(&sync));
    assert!(
        stderr(&sync).contains("Fjordvik kommune: fetched, new commits"),
        "{}",
        stderr(&sync)
    );
    assert!(
        stderr(&sync).contains("2 municipalities, 0 failed"),
        "{}",
        stderr(&sync)
    );
    let doc = setup.json(&["overview", "--format", "json"]);
    let rows = doc["municipalities"].as_array().expect("rows");
    assert_eq!(rows.len(), 2);
    for (row, repo) in rows.iter().zip([&fjordvik, &alvby]) {
        let mut counts = row["counts"].clone();
        assert_eq!(counts.as_object_mut().map(|c| c.len()), Some(13));
        assert_eq!(counts, counted_by_status(repo), "{}", row["name"]);
        assert_eq!(row["commit"], git(repo, &["rev-parse", "HEAD"]).trim());
        assert_eq!(row["committed_on"], "2024-06-01");
        assert!(row["problem"].is_null());
    }
    // Nothing checked out: the mirrors are bare.
    let mirrors: Vec<_> = std::fs::read_dir(setup.cache.join("somevakt/overview"))
        .expect("mirrors")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(mirrors.len(), 2);
    assert!(
        mirrors
            .iter()
            .all(|m| m.join("HEAD").is_file() && !m.join("assessments").exists())
    );
    // A second sync finds nothing new.
    let again = setup.run(&["overview", "sync"]);
    assert!(
        stderr(&again).contains("Fjordvik kommune: fetched, nothing new"),
        "{}",
        stderr(&again)
    );
    // The table, and the drill-down to one municipality's accounts.
    let table = stdout(&setup.run(&["overview"]));
    assert!(table.contains("Älvby kommun"), "{table}");
    let show = setup.run(&["overview", "show", "älvby kommun", "--format", "json"]);
    assert_eq!(show.status.code(), Some(0), "{}", stderr(&show));
    let accounts: Value = serde_json::from_slice(&show.stdout).expect("json");
    assert!(
        accounts["accounts"]
            .as_array()
            .expect("accounts")
            .iter()
            .all(|a| a["id"].as_str().is_some_and(|id| id.starts_with("alvby/")))
    );
    drop(daemon);
}

#[test]
fn an_unreachable_remote_is_reported_and_the_others_go_on() {
    let base = tempfile::tempdir().expect("tmp");
    let (_, bare) = municipality(base.path(), "fjordvik");
    let setup = Setup::new(&manifest(&[
        ("Fjordvik kommune", bare.display().to_string()),
        (
            "Nowhere kommune",
            format!("file://{}/missing.git", base.path().display()),
        ),
    ]));
    let sync = setup.run(&["overview", "sync"]);
    assert_eq!(sync.status.code(), Some(1), "{}", stderr(&sync));
    assert!(
        stderr(&sync).contains("Nowhere kommune: the fetch failed"),
        "{}",
        stderr(&sync)
    );
    assert!(
        stderr(&sync).contains("2 municipalities, 1 failed"),
        "{}",
        stderr(&sync)
    );
    let out = setup.run(&["overview", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a municipality that cannot be read fails the run"
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(doc["municipalities"][0]["problem"].is_null());
    assert!(
        doc["municipalities"][1]["problem"]
            .as_str()
            .is_some_and(|p| p.contains("overview sync"))
    );
}

#[test]
fn a_remote_that_stops_answering_keeps_its_last_good_fetch_and_a_rewrite_is_named() {
    let base = tempfile::tempdir().expect("tmp");
    let (work, bare) = municipality(base.path(), "fjordvik");
    let setup = Setup::new(&manifest(&[(
        "Fjordvik kommune",
        bare.display().to_string(),
    )]));
    assert_eq!(setup.run(&["overview", "sync"]).status.code(), Some(0));
    let first = git(&work, &["rev-parse", "HEAD"]);
    // The branch is rewritten and force-pushed.
    git_at(
        &work,
        "2024-07-01T10:00:00+02:00",
        &["commit", "-q", "--amend", "-m", "rewritten"],
    );
    git(
        &work,
        &["push", "-q", "--force", &bare.to_string_lossy(), "main"],
    );
    let sync = setup.run(&["overview", "sync"]);
    assert_eq!(sync.status.code(), Some(0));
    assert!(
        stderr(&sync).contains(&format!("{} is no longer in its history", &first[..7])),
        "{}",
        stderr(&sync)
    );
    // The remote goes away: the mirror keeps what it had, and says when.
    std::fs::rename(&bare, base.path().join("moved.git")).expect("move");
    let sync = setup.run(&["overview", "sync"]);
    assert_eq!(sync.status.code(), Some(1));
    let table = setup.run(&["overview"]);
    let text = stdout(&table);
    assert!(text.contains("Fjordvik kommune: the fetch of"), "{text}");
    let doc = setup.json(&["overview", "--format", "json"]);
    assert_eq!(
        doc["municipalities"][0]["commit"],
        git(&work, &["rev-parse", "HEAD"]).trim()
    );
    assert!(doc["municipalities"][0]["fetch_error"].is_string());
}

#[test]
fn as_of_a_day_reads_each_municipality_at_its_own_commit_of_that_day() {
    let base = tempfile::tempdir().expect("tmp");
    let (work, bare) = municipality(base.path(), "fjordvik");
    let text =
        std::fs::read_to_string(work.join("assessments/fjordvik/x-ordforer.toml")).expect("read");
    write(
        &work,
        "assessments/fjordvik/x-ordforer.toml",
        text.replace("outcome = \"approved\"", "outcome = \"not_approved\""),
    );
    git_at(
        &work,
        "2024-09-01T10:00:00+02:00",
        &["commit", "-q", "-a", "-m", "refused"],
    );
    git(&work, &["push", "-q", &bare.to_string_lossy(), "main"]);
    let setup = Setup::new(&manifest(&[(
        "Fjordvik kommune",
        bare.display().to_string(),
    )]));
    assert_eq!(setup.run(&["overview", "sync"]).status.code(), Some(0));
    let summer = setup.json(&["overview", "--as-of", "2024-08-01", "--format", "json"]);
    let autumn = setup.json(&["overview", "--as-of", "2024-10-01", "--format", "json"]);
    assert_eq!(summer["as_of"], "2024-08-01");
    assert_eq!(summer["municipalities"][0]["committed_on"], "2024-06-01");
    assert_eq!(autumn["municipalities"][0]["committed_on"], "2024-09-01");
    let refused = |doc: &Value| {
        doc["municipalities"][0]["counts"]["not_approved"]
            .as_u64()
            .expect("count")
    };
    assert_eq!(refused(&autumn), refused(&summer) + 1);
}

#[test]
fn a_broken_manifest_is_named_with_its_place_and_nothing_is_fetched() {
    let setup =
        Setup::new("[[municipality]]\nname = \"A\"\nremote = \"--upload-pack=touch pwned\"\n");
    let out = setup.run(&["overview", "sync"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("overview.toml"), "{}", stderr(&out));
    assert!(stderr(&out).contains("option"), "{}", stderr(&out));
    assert!(!setup.cache.exists(), "nothing fetched");
    let typo = Setup::new("[[municipality]]\nname = \"A\"\nremot = \"x\"\n");
    let out = typo.run(&["overview"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("overview.toml:3:1"),
        "{}",
        stderr(&out)
    );
}
