//! The streamed load (`load_each`, behind `status --format json`): it hands
//! out the accounts in id order a chunk at a time without keeping them, and
//! when the cache must be rewritten it carries the cached entries it already
//! handed out forward from the old cache, so the cache it leaves is as
//! correct as one written by a full load.

mod common;

use std::ops::ControlFlow;
use std::path::Path;
use std::time::Duration;

use common::{git_init, temp_repo, valid_assessment, write};
use somevakt_store::{LoadOptions, Register, load, load_each, load_keeping, load_with};

/// More files than one chunk of a load (1,024), so the carried-forward
/// prefix and the kept tail are both exercised.
const MANY: usize = 4_500;

fn streamed(root: &Path) -> (Vec<(String, String)>, Vec<String>) {
    let mut seen = Vec::new();
    let rest = load_each(root, LoadOptions::default(), &mut |_, chunk| {
        seen.extend(
            chunk
                .iter()
                .map(|a| (a.id.as_str().to_owned(), a.assessment.account.name.clone())),
        );
        ControlFlow::Continue(())
    })
    .expect("streamed load");
    (seen, rest.invalid.into_iter().map(|i| i.path).collect())
}

/// `n` valid accounts `k-00000` … in `assessments/<folder>/`, named `N0` ….
fn write_accounts(root: &Path, folder: &str, n: usize) {
    for i in 0..n {
        write(
            root,
            &format!("assessments/{folder}/k-{i:05}.toml"),
            valid_assessment(&format!("N{i}")),
        );
    }
}

fn fresh(root: &Path) -> Register {
    let options = LoadOptions {
        cache: false,
        progress: None,
    };
    load_with(root, options).expect("load without cache")
}

fn names(register: &Register) -> Vec<(String, String)> {
    register
        .accounts
        .iter()
        .map(|a| (a.id.as_str().to_owned(), a.assessment.account.name.clone()))
        .collect()
}

fn cache_path(root: &Path) -> std::path::PathBuf {
    root.join(".git/somevakt/load-cache")
}

fn cache_written(root: &Path) -> std::time::SystemTime {
    std::fs::metadata(cache_path(root))
        .and_then(|m| m.modified())
        .expect("cache")
}

#[test]
fn accounts_come_in_id_order_even_where_path_order_differs() {
    let dir = temp_repo();
    // As paths, `b-c.toml` sorts before `b.toml` ('-' < '.'); as ids,
    // `x/b` comes first, and the register and the JSON are in id order.
    for id in ["x/b-c", "x/b", "x/a", "x/b/d", "y/a"] {
        write(
            dir.path(),
            &format!("assessments/{id}.toml"),
            valid_assessment(id),
        );
    }
    let (seen, _) = streamed(dir.path());
    let ids: Vec<&str> = seen.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["x/a", "x/b", "x/b-c", "x/b/d", "y/a"]);
    assert_eq!(seen, names(&load(dir.path()).expect("load")));
}

#[test]
fn a_streamed_load_rewrites_the_cache_correctly() {
    let dir = temp_repo();
    git_init(dir.path());
    write(dir.path(), "somevakt.toml", "[policy]\n");
    write_accounts(dir.path(), "a", MANY);
    write(
        dir.path(),
        "assessments/a/broken.toml",
        "schema_version = [",
    );
    // Past the racy window, so the cache trusts every file.
    std::thread::sleep(Duration::from_millis(2100));
    let (first, invalid) = streamed(dir.path());
    assert_eq!(first, names(&fresh(dir.path())));
    assert_eq!(invalid, ["assessments/a/broken.toml"]);
    let written = cache_written(dir.path());

    // Nothing changed: everything from the cache, nothing rewritten.
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(streamed(dir.path()).0, first);
    assert_eq!(cache_written(dir.path()), written);

    // A file in the second chunk changes: the first chunk's entries are
    // carried over from the old cache, the rest written from this load.
    let late = format!("assessments/a/k-{:05}.toml", MANY - 3);
    write(dir.path(), &late, valid_assessment("Changed late"));
    std::thread::sleep(Duration::from_millis(2100));
    let (after, _) = streamed(dir.path());
    assert!(after.contains(&(format!("a/k-{:05}", MANY - 3), "Changed late".into())));
    assert_eq!(after, names(&fresh(dir.path())));
    let rewritten = cache_written(dir.path());
    assert_ne!(rewritten, written, "rewritten");
    // The rewritten cache holds every file, carried or read: the next load
    // takes all from it and has nothing to rewrite.
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(streamed(dir.path()).0, after);
    assert_eq!(cache_written(dir.path()), rewritten, "complete");

    // A file removed and none changed: the whole cache is carried over,
    // less the removed file. Then a full load must agree with a fresh read
    // (the rewritten cache trusts files only past the racy window).
    std::fs::remove_file(dir.path().join("assessments/a/k-00010.toml")).expect("remove");
    std::thread::sleep(Duration::from_millis(2100));
    let (removed, invalid) = streamed(dir.path());
    assert_eq!(removed.len(), MANY - 1);
    assert_eq!(invalid, ["assessments/a/broken.toml"]);
    let rewritten = cache_written(dir.path());
    assert_ne!(rewritten, written, "rewritten without the removed file");
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(streamed(dir.path()).0, removed);
    assert_eq!(cache_written(dir.path()), rewritten, "complete");
    let cached = load(dir.path()).expect("cached load");
    let uncached = fresh(dir.path());
    assert_eq!(names(&cached), names(&uncached));
    assert_eq!(cached.invalid, uncached.invalid);
    for (a, b) in cached.accounts.iter().zip(&uncached.accounts) {
        assert_eq!(a.assessment, b.assessment, "{}", a.path);
        // The DPIA's digest is kept in the cache with the assessment.
        assert_eq!(a.dpia_digest, b.dpia_digest, "{}", a.path);
        assert!(a.dpia_digest.starts_with("sha256v2:"), "{}", a.dpia_digest);
    }
}

/// The dashboard's load: every chunk shown as it comes (while the next one
/// loads), and the whole register returned, equal to a plain load's, with
/// the cache's rewrite left to the caller (the table first) and then used.
#[test]
fn a_kept_load_shows_every_chunk_in_order_and_returns_the_register() {
    let dir = temp_repo();
    git_init(dir.path());
    write_accounts(dir.path(), "a", 2_500);
    write(
        dir.path(),
        "assessments/a/k-00100.toml",
        "schema_version = [",
    );
    std::thread::sleep(Duration::from_millis(2100));
    for round in ["cold", "from the cache"] {
        let mut seen = Vec::new();
        let mut chunks = Vec::new();
        let kept = load_keeping(dir.path(), LoadOptions::default(), &mut |_, chunk| {
            chunks.push(chunk.len());
            seen.extend(
                chunk
                    .iter()
                    .map(|a| (a.id.as_str().to_owned(), a.assessment.account.name.clone())),
            );
        })
        .expect("kept load");
        let register = kept.register;
        assert_eq!(chunks.len(), 3, "{round}: {chunks:?}");
        assert_eq!(seen, names(&register), "{round}");
        match (round, kept.refresh) {
            ("cold", Some(refresh)) => {
                // Nothing written until the caller asks.
                assert!(!cache_path(dir.path()).exists());
                refresh.write(&register).expect("write the cache");
                assert!(cache_written(dir.path()).elapsed().is_ok());
            }
            // The cache the refresh wrote served this round whole.
            ("from the cache", None) => {}
            (round, refresh) => panic!("{round}: refresh {}", refresh.is_some()),
        }
        assert_eq!(names(&register), names(&fresh(dir.path())), "{round}");
        assert_eq!(register.invalid.len(), 1, "{round}");
    }
}

#[test]
fn a_load_stopped_by_its_consumer_leaves_the_cache_alone() {
    let dir = temp_repo();
    git_init(dir.path());
    write(
        dir.path(),
        "assessments/a/one.toml",
        valid_assessment("One"),
    );
    // The consumer stops at its first chunk: one call, no cache written.
    let stopped_at_once = |root: &Path| {
        let mut calls = 0;
        load_each(root, LoadOptions::default(), &mut |_, _| {
            calls += 1;
            ControlFlow::Break(())
        })
        .expect("load");
        assert_eq!(calls, 1);
        assert!(!root.join(".git/somevakt/load-cache").exists());
    };
    stopped_at_once(dir.path());

    // Stopped after the first of several chunks, while the second was
    // already being read ahead: still one call, still no cache.
    write_accounts(dir.path(), "b", 1_500);
    stopped_at_once(dir.path());
}

/// `status` (the table) is built from a streamed load; its text must be the
/// one the whole register gives, in every language, invalid files included.
#[test]
fn the_streamed_status_table_equals_the_whole_one() {
    use somevakt::i18n::Lang;
    use somevakt::report::status::{TableStream, to_table};
    let dir = temp_repo();
    somevakt_synthetic::write_repository(dir.path(), 300).expect("generate");
    write(
        dir.path(),
        "assessments/x/broken.toml",
        "schema_version = [",
    );
    let today = "2025-01-15".parse().expect("date");
    let register = load(dir.path()).expect("load");
    let reports = somevakt_core::evaluate_all(&register, today);
    for lang in [Lang::En, Lang::Nb, Lang::Sv] {
        let mut table = TableStream::new(today, Some(lang));
        let rest = load_each(dir.path(), LoadOptions::default(), &mut |policy, chunk| {
            table.accounts(policy, chunk);
            ControlFlow::Continue(())
        })
        .expect("streamed load");
        let streamed = table.finish(&rest.policy, &rest.invalid);
        assert_eq!(
            streamed,
            to_table(&register, &reports, today, lang),
            "{lang:?}"
        );
        assert!(streamed.contains("broken.toml"));
    }
}
