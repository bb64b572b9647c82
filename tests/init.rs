//! `somevakt init` as a new municipality meets it: an empty folder becomes
//! a repository that `check` passes and `new`/`decide` work in; a folder
//! with anything in it is refused and left exactly as it was.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::*;

/// Every path under `dir` with its bytes, to tell "nothing changed".
fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("read_dir").flatten() {
            let path = entry.path();
            let name = path
                .strip_prefix(dir)
                .expect("inside")
                .display()
                .to_string();
            if path.is_dir() {
                out.push((format!("{name}/"), Vec::new()));
                stack.push(path);
            } else {
                out.push((name, std::fs::read(&path).expect("read")));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn init_makes_a_repository_that_check_passes() {
    let home = home();
    let parent = tempfile::tempdir().expect("tmp");
    let dir = parent.path().join("personvern");
    let out = run(
        home.path(),
        parent.path(),
        &[
            "init",
            "personvern",
            "--municipality",
            "Nordvik kommune",
            "--lang",
            "nb",
            "--domain",
            "nordvik.kommune.no",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Opprettet vurderingsarkivet til Nordvik kommune"));
    // One commit holding everything, and nothing left uncommitted.
    assert_eq!(git(&dir, &["rev-list", "--count", "HEAD"]).trim(), "1");
    assert_eq!(git(&dir, &["status", "--porcelain"]), "");
    let files = git(&dir, &["ls-files"]);
    for file in [
        "README.md",
        "assessments/nordvik/.gitkeep",
        "schemas/assessment.schema.json",
        "schemas/policy.schema.json",
        "somevakt.toml",
    ] {
        assert!(files.lines().any(|l| l == file), "{file} in {files}");
    }
    git(&dir, &["fsck", "--strict"]);
    let policy = std::fs::read_to_string(dir.join("somevakt.toml")).expect("policy");
    assert!(policy.contains("language = \"nb\""), "{policy}");
    assert!(policy.contains("municipal_email_domains = [\"nordvik.kommune.no\"]"));
    assert!(
        policy.contains("# en beslutning gjennomgås på nytt"),
        "{policy}"
    );
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("readme");
    assert!(readme.contains("## Daglig bruk"), "{readme}");
    // The schemas are the ones this version writes.
    let schema = run(home.path(), &dir, &["schema", "policy"]);
    assert_eq!(
        stdout(&schema),
        std::fs::read_to_string(dir.join("schemas/policy.schema.json")).expect("schema")
    );
    let check = run(
        home.path(),
        parent.path(),
        &["check", "--repo", "personvern"],
    );
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
    // The policy's language speaks when no locale does.
    assert!(
        stdout(&check).starts_with("kontroll ok: 0 kontoer"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn init_refuses_a_folder_with_content_and_changes_nothing() {
    let home = home();
    let dir = tempfile::tempdir().expect("tmp");
    write(dir.path(), "notater/utkast.txt", "Ikke slett meg\n");
    let before = tree(dir.path());
    let out = run(
        home.path(),
        dir.path(),
        &[
            "init",
            ".",
            "--municipality",
            "Nordvik kommune",
            "--lang",
            "nb",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("har allerede innhold (notater)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(tree(dir.path()), before);

    // A repository with history is content too, even with a clean tree.
    let repo = tempfile::tempdir().expect("tmp");
    git_init(repo.path());
    git(
        repo.path(),
        &["commit", "-q", "--allow-empty", "-m", "first"],
    );
    let before = tree(repo.path());
    let out = run(
        home.path(),
        repo.path(),
        &["init", ".", "--municipality", "Nordvik"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("already has content (.git)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(tree(repo.path()), before);

    // A file is not a folder.
    let before = tree(dir.path());
    let out = run(
        home.path(),
        dir.path(),
        &["init", "notater/utkast.txt", "--municipality", "N"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));
    assert_eq!(tree(dir.path()), before);
}

#[test]
fn init_uses_an_empty_git_repository_and_its_identity() {
    let nobody = tempfile::tempdir().expect("home without identity");
    let dir = tempfile::tempdir().expect("tmp");
    git_init(dir.path());
    let out = run(
        nobody.path(),
        dir.path(),
        &[
            "init",
            ".",
            "--municipality",
            "Älvby kommun",
            "--lang",
            "sv",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Skapade bedömningsarkivet för Älvby kommun"));
    let author = git(dir.path(), &["log", "-1", "--format=%an <%ae>%n%s"]);
    assert_eq!(
        author,
        "Personvernombud Test <personvern@testvik.kommune.no>\nStarta bedömningsarkivet för Älvby kommun\n"
    );
    assert!(dir.path().join("assessments/alvby/.gitkeep").is_file());
}

#[test]
fn without_a_git_identity_nothing_is_created() {
    let nobody = tempfile::tempdir().expect("home without identity");
    let parent = tempfile::tempdir().expect("tmp");
    let out = run(
        nobody.path(),
        parent.path(),
        &["init", "ny", "--municipality", "Nordvik"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("user.email"), "{}", stderr(&out));
    assert!(!parent.path().join("ny").exists());
}

#[test]
fn init_then_new_decide_snapshot_activity_and_check_passes() {
    let home = home();
    let parent = tempfile::tempdir().expect("tmp");
    let dir = parent.path().join("fjordvik");
    let init = [
        "init",
        "fjordvik",
        "--municipality",
        "Fjordvik kommune",
        "--domain",
        "fjordvik.kommune.no",
    ];
    let out = run(home.path(), parent.path(), &init);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("somevakt new fjordvik/ACCOUNT"),
        "{}",
        stdout(&out)
    );
    let id = "fjordvik/facebook-kommunen";
    let step = |args: &[&str]| {
        let out = run(home.path(), &dir, args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}{}",
            stdout(&out),
            stderr(&out)
        );
    };
    step(&[
        "new",
        id,
        "--municipality",
        "Fjordvik kommune",
        "--platform",
        "facebook",
        "--name",
        "Fjordvik kommune",
    ]);
    // The officer fills in the assessment (here: the example's complete one).
    let filled =
        std::fs::read_to_string(example_root().join("assessments/fjordvik/facebook-kommunen.toml"))
            .expect("example");
    write(&dir, "assessments/fjordvik/facebook-kommunen.toml", filled);
    // Records are dated by the real clock; so are the snapshot and the post.
    let date = git(&dir, &["log", "-1", "--format=%cs"]);
    let date = date.trim();
    step(&[
        "decide",
        id,
        "--outcome",
        "approved",
        "--body",
        "Kommunedirektørens ledergruppe",
        "--rationale",
        "Revidert vurdering",
        "--residual-risk",
        "low",
        "--include-local-changes",
    ]);
    step(&[
        "snapshot",
        id,
        "--date",
        date,
        "--kind",
        "yearly",
        "--archive-ref",
        "2025/1",
    ]);
    step(&["activity", id, "--last-post", date]);
    let check = run(home.path(), &dir, &["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).starts_with("check ok: 1 account,"),
        "{}",
        stdout(&check)
    );
    let log = git(&dir, &["log", "--format=%s"]);
    assert_eq!(log.lines().count(), 5, "{log}");
    assert!(
        log.lines()
            .last()
            .is_some_and(|l| l.starts_with("Start the assessment repository"))
    );
}

/// `ssh-keygen` is there (CI installs it): a missing one is a broken
/// setup under CI, and a skip only on a developer's machine.
fn have_ssh_keygen() -> bool {
    let found = Command::new("ssh-keygen").arg("-?").output().is_ok();
    assert!(
        found || std::env::var_os("CI").is_none(),
        "ssh-keygen is missing under CI"
    );
    found
}

/// A home whose Git config asks for signed commits with an SSH key file,
/// and the key's allowed-signers line for `git verify-commit`.
fn signing_home() -> (tempfile::TempDir, std::path::PathBuf) {
    let home = home();
    let key = home.path().join("id_ed25519");
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "hege", "-f"])
        .arg(&key)
        .output()
        .expect("ssh-keygen");
    assert!(made.status.success(), "{}", stderr(&made));
    let public = std::fs::read_to_string(key.with_extension("pub")).expect("public key");
    let allowed = home.path().join("allowed_signers");
    std::fs::write(
        &allowed,
        format!("hege.solberg@fjordvik.kommune.no {public}"),
    )
    .expect("allowed signers");
    let mut config = std::fs::read_to_string(home.path().join(".gitconfig")).expect("config");
    config.push_str(&format!(
        "[commit]\n\tgpgsign = true\n[gpg]\n\tformat = ssh\n[user]\n\tsigningkey = {}\n\
         [gpg \"ssh\"]\n\tallowedSignersFile = {}\n",
        key.display(),
        allowed.display()
    ));
    std::fs::write(home.path().join(".gitconfig"), config).expect("config");
    (home, key)
}

fn git_in(home: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git")
}

#[test]
fn the_first_commit_is_signed_when_git_asks_for_signing() {
    if !have_ssh_keygen() {
        return;
    }
    let (home, _key) = signing_home();
    let parent = tempfile::tempdir().expect("tmp");
    let out = run(
        home.path(),
        parent.path(),
        &["init", "signert", "--municipality", "Nordvik kommune"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dir = parent.path().join("signert");
    let verified = git_in(home.path(), &dir, &["verify-commit", "-v", "HEAD"]);
    assert!(verified.status.success(), "{}", stderr(&verified));
    assert!(
        stderr(&verified).contains("Good \"git\" signature for hege.solberg@fjordvik.kommune.no"),
        "{}",
        stderr(&verified)
    );
    // The branch is Git's own first branch, and the tree is clean.
    let status = git_in(home.path(), &dir, &["status", "--porcelain"]);
    assert_eq!(stdout(&status), "");
    let fsck = git_in(home.path(), &dir, &["fsck", "--strict"]);
    assert!(fsck.status.success(), "{}", stderr(&fsck));
}

#[test]
fn a_signing_failure_leaves_nothing_behind() {
    if !have_ssh_keygen() {
        return;
    }
    let (home, key) = signing_home();
    std::fs::remove_file(&key).expect("remove the private key");
    let parent = tempfile::tempdir().expect("tmp");
    let out = run(
        home.path(),
        parent.path(),
        &["init", "signert", "--municipality", "Nordvik kommune"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("nothing was recorded"),
        "{}",
        stderr(&out)
    );
    assert!(
        !parent.path().join("signert").exists(),
        "the folder is removed again"
    );
}

#[test]
fn without_signing_configured_the_first_commit_is_plain() {
    let home = home();
    let parent = tempfile::tempdir().expect("tmp");
    let out = run(
        home.path(),
        parent.path(),
        &["init", "usignert", "--municipality", "Nordvik kommune"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let dir = parent.path().join("usignert");
    let raw = git_in(home.path(), &dir, &["cat-file", "commit", "HEAD"]);
    assert!(!stdout(&raw).contains("gpgsig"), "{}", stdout(&raw));
}
