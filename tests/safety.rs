//! Bounded input (docs/format.md, "CLI" and "Bounds of the policy"): special
//! files and links are invalid entries that are never followed or waited
//! on; records never write through a link; the policy's numbers have
//! bounds; a command pointed at the wrong folder exits 2; every "cannot run"
//! error is one line.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;
use somevakt_store::load;

/// Runs the real binary and fails the test, killing it, if it does not
/// finish within 20 s: a FIFO must never make a command wait.
fn run_bounded(dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", "2025-01-15")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("somevakt {args:?} did not finish within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

fn one_line(text: &str) {
    assert_eq!(text.lines().count(), 1, "one line expected: {text:?}");
}

#[cfg(unix)]
#[test]
fn special_files_and_links_are_invalid_entries_and_never_waited_on() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().expect("tmp");
    std::fs::write(
        outside.path().join(".netrc"),
        "machine x password hunter2\n",
    )
    .expect("w");
    std::fs::create_dir_all(outside.path().join("more")).expect("mkdir");
    write(outside.path(), "more/y.toml", valid_assessment("Utenfor"));

    let dir = temp_repo();
    let root = dir.path();
    write(
        root,
        "assessments/testvik/good.toml",
        valid_assessment("God"),
    );
    mkfifo(&root.join("assessments/testvik/fifo.toml"));
    mkfifo(&root.join("somevakt.toml"));
    symlink("/dev/zero", root.join("assessments/testvik/zero.toml")).expect("link");
    symlink(
        outside.path().join(".netrc"),
        root.join("assessments/testvik/netrc.toml"),
    )
    .expect("link");
    symlink(outside.path().join("more"), root.join("assessments/linked")).expect("link");
    let _socket = std::os::unix::net::UnixListener::bind(root.join("assessments/testvik/s.toml"))
        .expect("socket");

    for args in [
        &["status"][..],
        &["status", "--format", "json"],
        &["check"],
        &["remind"],
    ] {
        let out = run_bounded(root, args);
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked");
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!all.contains("hunter2"), "{all}");
        assert!(!all.contains("Utenfor"), "{all}");
    }
    let check = run_bounded(root, &["check", "--format", "json"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let doc: serde_json::Value = serde_json::from_slice(&check.stdout).expect("json");
    let invalid: Vec<(String, String)> = doc["invalid"]
        .as_array()
        .expect("invalid")
        .iter()
        .map(|i| {
            (
                i["path"].as_str().unwrap_or("").to_owned(),
                i["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let message_of = |path: &str| {
        invalid
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| panic!("{path} is not listed: {invalid:?}"))
    };
    assert!(message_of("somevakt.toml").contains("FIFO"));
    assert!(message_of("assessments/testvik/fifo.toml").contains("FIFO"));
    assert!(message_of("assessments/testvik/s.toml").contains("socket"));
    assert!(message_of("assessments/testvik/zero.toml").contains("symbolic link"));
    assert!(message_of("assessments/testvik/netrc.toml").contains("symbolic link"));
    assert!(message_of("assessments/linked").contains("symbolic link"));
    assert_eq!(invalid.len(), 6, "{invalid:?}");
    // The good file still loads beside them.
    let register = load(root).expect("load");
    assert_eq!(register.accounts.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_linked_assessments_folder_or_policy_is_not_followed() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().expect("tmp");
    write(
        outside.path(),
        "assessments/a/b.toml",
        valid_assessment("Utenfor"),
    );
    std::fs::write(
        outside.path().join("secret"),
        "[policy]\npassword = \"hunter2\"\n",
    )
    .expect("w");
    let dir = tempfile::tempdir().expect("tmp");
    symlink(
        outside.path().join("assessments"),
        dir.path().join("assessments"),
    )
    .expect("link");
    symlink(
        outside.path().join("secret"),
        dir.path().join("somevakt.toml"),
    )
    .expect("link");
    let out = run_bounded(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        !text.contains("hunter2") && !text.contains("Utenfor"),
        "{text}"
    );
    assert!(
        text.contains("error: assessments: a symbolic link"),
        "{text}"
    );
    assert!(
        text.contains("error: somevakt.toml: a symbolic link"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_an_invalid_entry_not_fatal() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_repo();
    write(
        dir.path(),
        "assessments/open/good.toml",
        valid_assessment("God"),
    );
    write(
        dir.path(),
        "assessments/closed/x.toml",
        valid_assessment("Lukket"),
    );
    let closed = dir.path().join("assessments/closed");
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    if std::fs::read_dir(&closed).is_ok() {
        // Running as root: permissions do not stop us, nothing to test.
        std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        return;
    }
    let register = load(dir.path());
    std::fs::set_permissions(&closed, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let register = register.expect("load is not fatal");
    assert_eq!(register.accounts.len(), 1);
    assert_eq!(register.invalid.len(), 1);
    assert_eq!(register.invalid[0].path, "assessments/closed");
}

#[cfg(unix)]
#[test]
fn records_never_write_through_a_link() {
    use std::os::unix::fs::symlink;
    let (_dir, root) = committed_example();
    let outside = tempfile::tempdir().expect("tmp");
    let head = git(&root, &["rev-parse", "HEAD"]);

    // `new` under a linked folder would write outside the repository.
    symlink(outside.path(), root.join("assessments/utenfor")).expect("link");
    let out = run_bounded(
        &root,
        &[
            "new",
            "utenfor/x",
            "--municipality",
            "M",
            "--platform",
            "x",
            "--name",
            "N",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(outside.path()).expect("dir").count(), 0);

    // --include-local-changes on a linked file would commit the outside file.
    let id = "fjordvik/facebook-kommunen";
    let file = root.join(format!("assessments/{id}.toml"));
    let secret = outside.path().join("secret.toml");
    std::fs::copy(&file, &secret).expect("copy");
    std::fs::OpenOptions::new()
        .append(true)
        .open(&secret)
        .and_then(|mut f| std::io::Write::write_all(&mut f, b"# password hunter2\n"))
        .expect("append");
    std::fs::remove_file(&file).expect("rm");
    symlink(&secret, &file).expect("link");
    let out = run_bounded(
        &root,
        &[
            "activity",
            id,
            "--last-post",
            "2025-01-14",
            "--include-local-changes",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert_eq!(
        git(&root, &["rev-parse", "HEAD"]),
        head,
        "nothing committed"
    );
    assert!(
        std::fs::read_to_string(&secret)
            .expect("read")
            .ends_with("hunter2\n")
    );
}

#[test]
fn policy_values_out_of_bounds_are_invalid_with_a_position() {
    for (key, value) in [
        ("review_interval_months", "0"),
        ("review_interval_months", "240001"),
        ("snapshot_max_age_months", "99999999999"),
        ("inactive_after_days", "3651"),
        ("reminder_window_days", "366"),
        ("reminder_window_days", "-1"),
    ] {
        let dir = copy_example();
        let policy = std::fs::read_to_string(dir.path().join("somevakt.toml")).expect("read");
        let line_no = policy
            .lines()
            .position(|l| l.starts_with(key))
            .expect("key in example policy")
            + 1;
        let policy: String = policy
            .lines()
            .map(|l| {
                if l.starts_with(key) {
                    format!("{key} = {value}")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(dir.path().join("somevakt.toml"), policy).expect("write");
        let column = key.len() + 4;
        for args in [&["status"][..], &["remind"], &["check"]] {
            let out = run_bounded(dir.path(), args);
            assert_ne!(
                out.status.code(),
                Some(101),
                "{key} = {value}: {args:?} panicked"
            );
        }
        let out = run_bounded(dir.path(), &["check"]);
        assert_eq!(out.status.code(), Some(1), "{key} = {value}");
        let text = stdout(&out);
        assert!(
            text.contains(&format!("error: somevakt.toml:{line_no}:{column}: ")),
            "{key} = {value}: {text}"
        );
        assert!(
            text.contains("out of range") || text.contains("invalid value"),
            "{text}"
        );
    }
}

#[test]
fn records_refuse_while_the_policy_is_invalid() {
    let (_dir, root) = committed_example();
    let head = git(&root, &["rev-parse", "HEAD"]);
    std::fs::write(
        root.join("somevakt.toml"),
        "[policy]\nreview_interval_months = 0\n",
    )
    .expect("write");
    let out = run_bounded(
        &root,
        &[
            "activity",
            "fjordvik/facebook-kommunen",
            "--last-post",
            "2025-01-14",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("somevakt.toml"), "{}", stderr(&out));
    one_line(&stderr(&out));
    assert_eq!(git(&root, &["rev-parse", "HEAD"]), head);
}

#[test]
fn the_wrong_folder_exits_2_with_one_line() {
    let dir = tempfile::tempdir().expect("tmp");
    git_init(dir.path());
    write(dir.path(), "README.md", "not an assessment repository\n");
    for args in [
        &["status"][..],
        &["check"],
        &["remind"],
        &["check", "--format", "json"],
    ] {
        let out = run_bounded(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        assert!(out.stdout.is_empty(), "no 'all clear' on standard output");
        let err = stderr(&out);
        one_line(&err);
        assert!(err.contains("no assessments/ folder in"), "{err}");
    }
}

#[test]
fn cannot_run_errors_are_one_line() {
    let root = example_root();
    for args in [
        &["status", "--today", "2025-13-01"][..],
        &["status", "--format", "xml"],
        &["remind", "--within", "lots"],
        &["decide", "fjordvik/facebook-kommunen"],
        &["bogus"],
        &["log", "Not/An/Id"],
        &["digest", "fjordvik/nothing"],
    ] {
        let out = run_bounded(&root, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        one_line(&err);
        assert!(err.starts_with("somevakt: "), "{err}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_somevakt"))
        .arg("status")
        .current_dir(&root)
        .env("SOMEVAKT_TODAY", "yesterday")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    one_line(&stderr(&out));
}

#[test]
fn sha256_repositories_get_their_own_message() {
    let dir = tempfile::tempdir().expect("tmp");
    let made = Command::new("git")
        .args(["init", "-q", "--object-format=sha256"])
        .current_dir(dir.path())
        .output()
        .expect("git");
    if !made.status.success() {
        return; // a Git too old to make one
    }
    std::fs::create_dir_all(dir.path().join("sub")).expect("mkdir");
    let out = run_bounded(&dir.path().join("sub"), &["status"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    one_line(&err);
    assert!(err.contains("SHA-256"), "{err}");
}

#[cfg(unix)]
#[test]
fn dubious_ownership_gets_its_own_message() {
    let dir = tempfile::tempdir().expect("tmp");
    let repo = dir.path().join("owned");
    std::fs::create_dir_all(repo.join("sub")).expect("mkdir");
    git(&repo, &["init", "-q"]);
    // Only root can give a folder to another user; elsewhere nothing to test.
    let given = Command::new("chown")
        .args(["-R", "12345:12345"])
        .arg(&repo)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !given {
        return;
    }
    let out = run_bounded(&repo.join("sub"), &["status"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    one_line(&err);
    assert!(err.contains("dubious ownership"), "{err}");
    let top = std::fs::canonicalize(&repo).expect("canonical");
    assert!(
        err.ends_with(&format!("safe.directory {}\n", top.display())),
        "{err}"
    );
}

/// The watcher may report a file behind a linked folder: reading it again
/// must not follow the link either (O_NOFOLLOW guards only the last part).
#[cfg(unix)]
#[test]
fn reloading_a_file_behind_a_linked_folder_reads_nothing() {
    let outside = tempfile::tempdir().expect("tmp");
    write(outside.path(), "y.toml", valid_assessment("Utenfor"));
    let dir = temp_repo();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("assessments/linked"))
        .expect("link");
    let state = somevakt_store::load_file(dir.path(), "assessments/linked/y.toml");
    assert!(
        matches!(state, somevakt_store::FileState::Gone),
        "{state:?}"
    );
}
