//! The load cache can never show a stale file: each way a file can change
//! without its cached stamp noticing is tried on a real Git repository, and a
//! damaged cache or two writers at once must leave a correct load behind.

mod common;

use std::fs::{self, File};
use std::path::Path;
use std::time::{Duration, SystemTime};

use common::{git_init, somevakt, stdout, temp_repo, valid_assessment, write};
use somevakt_store::cache::LoadCache;
use somevakt_store::{LoadOptions, Register, load, load_with};

const FILE: &str = "assessments/testvik/facebook-a.toml";

/// A Git repository with a policy and two accounts, loaded once so the
/// cache exists and trusts both files.
fn repo_with_cache() -> tempfile::TempDir {
    let dir = temp_repo();
    git_init(dir.path());
    write(dir.path(), "somevakt.toml", "[policy]\n");
    write(dir.path(), FILE, valid_assessment("Aaaa"));
    write(
        dir.path(),
        "assessments/testvik/facebook-b.toml",
        valid_assessment("Bbbb"),
    );
    // Files changed within two seconds of a load are never trusted from the
    // cache (their change time cannot be set back), so wait that out, as a
    // real register's files would have.
    std::thread::sleep(Duration::from_millis(2100));
    load(dir.path()).expect("first load");
    assert!(
        cache_file(dir.path()).is_file(),
        "the first load writes the cache"
    );
    dir
}

fn cache_file(root: &Path) -> std::path::PathBuf {
    root.join(".git/somevakt/load-cache")
}

/// Sets a file's mtime `seconds` into the past.
fn age(root: &Path, relative: &str, seconds: u64) {
    let when = SystemTime::now() - Duration::from_secs(seconds);
    set_mtime(root, relative, when);
}

fn set_mtime(root: &Path, relative: &str, when: SystemTime) {
    File::options()
        .write(true)
        .open(root.join(relative))
        .and_then(|f| f.set_modified(when))
        .expect("set mtime");
}

fn mtime(root: &Path, relative: &str) -> SystemTime {
    fs::metadata(root.join(relative))
        .and_then(|m| m.modified())
        .expect("mtime")
}

fn name_of(register: &Register, relative: &str) -> String {
    register
        .accounts
        .iter()
        .find(|a| a.path == relative)
        .map(|a| a.assessment.account.name.clone())
        .unwrap_or_else(|| panic!("{relative} not loaded: {:?}", register.invalid))
}

fn uncached(root: &Path) -> Register {
    let options = LoadOptions {
        cache: false,
        progress: None,
    };
    load_with(root, options).expect("load without cache")
}

#[test]
fn a_second_load_gives_what_a_fresh_read_gives() {
    let dir = repo_with_cache();
    let written = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    std::thread::sleep(Duration::from_millis(20));
    let cached = load(dir.path()).expect("load");
    let unchanged = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    assert_eq!(
        written, unchanged,
        "every file came from the cache: nothing to rewrite"
    );
    let fresh = uncached(dir.path());
    assert_eq!(cached.accounts.len(), 2);
    for (a, b) in cached.accounts.iter().zip(&fresh.accounts) {
        assert_eq!(
            (&a.id, &a.path, &a.assessment),
            (&b.id, &b.path, &b.assessment)
        );
    }
}

#[test]
fn an_edit_that_keeps_size_and_mtime_is_still_seen() {
    let dir = repo_with_cache();
    let before = mtime(dir.path(), FILE);
    // Same length, same mtime (as an edit within one timestamp tick of a
    // coarse file system would leave it).
    write(dir.path(), FILE, valid_assessment("Zzzz"));
    set_mtime(dir.path(), FILE, before);
    let register = load(dir.path()).expect("load");
    assert_eq!(name_of(&register, FILE), "Zzzz");
}

#[test]
fn an_edit_right_after_a_load_is_seen_by_the_racy_rule() {
    let dir = repo_with_cache();
    write(dir.path(), FILE, valid_assessment("Cccc"));
    assert_eq!(name_of(&load(dir.path()).expect("load"), FILE), "Cccc");
    // Within the same second again: the entry just cached is too close to
    // its scan to be trusted, whatever its stamp says.
    write(dir.path(), FILE, valid_assessment("Dddd"));
    assert_eq!(name_of(&load(dir.path()).expect("load"), FILE), "Dddd");
}

#[test]
fn touching_a_file_without_changing_it_changes_nothing() {
    let dir = repo_with_cache();
    let first = load(dir.path()).expect("load");
    age(dir.path(), FILE, 30);
    let touched = load(dir.path()).expect("load");
    assert_eq!(first.accounts.len(), touched.accounts.len());
    assert_eq!(name_of(&touched, FILE), "Aaaa");
    assert!(touched.invalid.is_empty());
}

#[test]
fn a_file_replaced_by_another_of_the_same_size_and_mtime_is_read() {
    let dir = repo_with_cache();
    let before = mtime(dir.path(), FILE);
    let replacement = "assessments/testvik/.replacement.toml";
    write(dir.path(), replacement, valid_assessment("Rrrr"));
    set_mtime(dir.path(), replacement, before);
    // A new inode under the old name, with the old size and mtime.
    fs::rename(dir.path().join(replacement), dir.path().join(FILE)).expect("rename");
    assert_eq!(name_of(&load(dir.path()).expect("load"), FILE), "Rrrr");
}

#[test]
fn a_policy_change_discards_the_cache() {
    let dir = repo_with_cache();
    let root = fs::canonicalize(dir.path()).expect("canonical");
    let old = LoadCache::for_root(&root, Some(b"[policy]\n")).expect("in Git");
    assert!(
        old.read().is_some(),
        "the cache matches the policy it was written under"
    );
    let new_policy = b"[policy]\nmunicipal_email_domains = [\"testvik.kommune.no\"]\n";
    write(dir.path(), "somevakt.toml", new_policy);
    let new = LoadCache::for_root(&root, Some(new_policy)).expect("in Git");
    assert!(
        new.read().is_none(),
        "another policy: the old cache is not used"
    );
    let register = load(dir.path()).expect("load");
    assert_eq!(register.accounts.len(), 2);
    assert!(
        new.read().is_some(),
        "and it is rebuilt under the new policy"
    );
    assert!(old.read().is_none());
}

#[test]
fn a_truncated_or_garbage_cache_is_ignored_and_rebuilt() {
    let dir = repo_with_cache();
    let path = cache_file(dir.path());
    let good = fs::read(&path).expect("cache");
    for damaged in [
        good[..good.len() / 2].to_vec(),
        good[..good.len() - 1].to_vec(),
        b"not a cache at all".to_vec(),
        Vec::new(),
        {
            let mut flipped = good.clone();
            let last = flipped.len() - 3;
            flipped[last] ^= 0xff;
            flipped
        },
    ] {
        fs::write(&path, &damaged).expect("damage the cache");
        let register = load(dir.path()).expect("load");
        assert_eq!(register.accounts.len(), 2);
        assert!(register.invalid.is_empty(), "{:?}", register.invalid);
        assert_eq!(name_of(&register, FILE), "Aaaa");
        let rebuilt = fs::read(&path).expect("cache");
        assert_ne!(rebuilt, damaged, "the damaged cache is replaced");
    }
}

#[test]
fn the_cache_stays_out_of_the_working_tree_and_off_without_git() {
    let dir = repo_with_cache();
    let status = common::git(dir.path(), &["status", "--porcelain", "--ignored"]);
    assert!(!status.contains("somevakt/"), "{status}");
    let plain = temp_repo();
    write(plain.path(), FILE, valid_assessment("Aaaa"));
    load(plain.path()).expect("load");
    let names: Vec<_> = fs::read_dir(plain.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names, vec!["assessments"], "nothing written outside Git");
}

#[test]
fn no_cache_neither_reads_nor_writes_it() {
    let dir = repo_with_cache();
    let path = cache_file(dir.path());
    fs::write(&path, b"garbage").expect("damage");
    let out = somevakt(dir.path(), &["--no-cache", "status", "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(fs::read(&path).expect("cache"), b"garbage");
}

/// Two processes loading (and so writing the cache) at once, many times
/// over, while a file keeps changing: every run's output must equal a run
/// without the cache, and no temporary file may be left behind.
#[test]
fn two_processes_writing_the_cache_at_once() {
    let dir = repo_with_cache();
    let rounds: usize = std::env::var("SOMEVAKT_CACHE_RACE_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let args = ["status", "--format", "json", "--today", "2025-01-15"];
    for round in 0..rounds {
        let name = format!("R{round:03}");
        write(dir.path(), FILE, valid_assessment(&name));
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| somevakt(dir.path(), &args));
            let b = s.spawn(|| somevakt(dir.path(), &args));
            (a.join().expect("a"), b.join().expect("b"))
        });
        let mut fresh_args = vec!["--no-cache"];
        fresh_args.extend(args);
        let fresh = stdout(&somevakt(dir.path(), &fresh_args));
        assert!(fresh.contains(&name));
        assert_eq!(stdout(&a), fresh, "round {round}, first process");
        assert_eq!(stdout(&b), fresh, "round {round}, second process");
        let after = stdout(&somevakt(dir.path(), &args));
        assert_eq!(after, fresh, "round {round}, the cache they left");
    }
    let left: Vec<_> = fs::read_dir(dir.path().join(".git/somevakt"))
        .expect("cache folder")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(left, vec!["load-cache"], "no temporary files left");
}

#[test]
fn streamed_status_json_equals_the_whole_document() {
    let dir = temp_repo();
    somevakt_synthetic::write_repository(dir.path(), 300).expect("generate");
    write(
        dir.path(),
        "assessments/x/broken.toml",
        "schema_version = [",
    );
    let register = load(dir.path()).expect("load");
    let today = "2025-01-15".parse().expect("date");
    let reports = somevakt_core::evaluate_all(&register, today);
    let doc = somevakt::report::status::StatusJson {
        today,
        accounts: reports
            .iter()
            .map(|r| somevakt::report::status::account_json(r, today))
            .collect(),
        invalid: register
            .invalid
            .iter()
            .map(somevakt::report::status::InvalidJson::from)
            .collect(),
    };
    let whole = somevakt::text::json(&doc);
    let mut streamed = Vec::new();
    somevakt::report::status::write_json(&mut streamed, &register, today).expect("write");
    assert_eq!(String::from_utf8(streamed).expect("utf-8"), whole);
    let empty = temp_repo();
    let register = load(empty.path()).expect("load");
    let mut streamed = Vec::new();
    somevakt::report::status::write_json(&mut streamed, &register, today).expect("write");
    let doc = somevakt::report::status::StatusJson {
        today,
        accounts: Vec::new(),
        invalid: Vec::new(),
    };
    assert_eq!(
        String::from_utf8(streamed).expect("utf-8"),
        somevakt::text::json(&doc)
    );
}

/// Loads in the two seconds after an edit read the edited file again (the
/// racy-clean rule) but do not rewrite the whole cache for it: a rewritten
/// cache could not trust it either. Once the file has settled, the next
/// load rewrites the cache, and after that the file comes from it.
#[test]
fn a_just_edited_file_is_read_again_without_rewriting_the_cache_each_time() {
    let dir = repo_with_cache();
    write(dir.path(), FILE, valid_assessment("Ny verdi"));
    let first = load(dir.path()).expect("load");
    assert_eq!(name_of(&first, FILE), "Ny verdi");
    let written = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    std::thread::sleep(Duration::from_millis(20));
    let second = load(dir.path()).expect("load");
    assert_eq!(name_of(&second, FILE), "Ny verdi");
    let kept = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    assert_eq!(written, kept, "nothing new to cache while the file is racy");
    std::thread::sleep(Duration::from_millis(2100));
    let settled = load(dir.path()).expect("load");
    assert_eq!(name_of(&settled, FILE), "Ny verdi");
    let rewritten = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    assert_ne!(kept, rewritten, "the settled file is now cached as trusted");
    std::thread::sleep(Duration::from_millis(20));
    let cached = load(dir.path()).expect("load");
    assert_eq!(name_of(&cached, FILE), "Ny verdi");
    let after = fs::metadata(cache_file(dir.path()))
        .and_then(|m| m.modified())
        .expect("cache");
    assert_eq!(rewritten, after, "every file from the cache");
}

/// A cache (or audit verdicts) left half-written by a process that ended
/// mid-write (the dashboard writes both after the table, so quitting at
/// once can cut them off) is removed by the next cache write; a file being
/// written now is left be.
#[test]
fn a_half_written_cache_left_behind_is_removed_by_the_next_write() {
    let dir = repo_with_cache();
    let folder = dir.path().join(".git/somevakt");
    // The load cache's and the audit's temporary names.
    let abandoned = [folder.join(".load-cache.AbC123"), folder.join(".tmpQ1w2E3")];
    let live = folder.join(".load-cache.XyZ789");
    for file in &abandoned {
        fs::write(file, b"half a cache").expect("abandoned");
        File::options()
            .write(true)
            .open(file)
            .and_then(|f| f.set_modified(SystemTime::now() - Duration::from_secs(3600)))
            .expect("age the abandoned one");
    }
    fs::write(&live, b"being written").expect("live");
    // A changed file makes the next load write the cache.
    write(
        dir.path(),
        "assessments/x/new.toml",
        valid_assessment("New"),
    );
    load(dir.path()).expect("load");
    for file in &abandoned {
        assert!(!file.exists(), "{} removed", file.display());
    }
    assert!(live.exists(), "a recent one may be another process's");
    assert!(cache_file(dir.path()).exists());
}
