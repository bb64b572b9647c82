//! Helpers for the signing and audit tests: real keys made with
//! `ssh-keygen` (and `gpg` where installed) in a temporary folder, and a
//! repository whose policy requires signed decisions by listed keys.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Whether `program` can be run; prints why a test is skipped when not.
pub fn have(program: &str) -> bool {
    let ok = Command::new(program)
        .arg("--version")
        .output()
        .or_else(|_| Command::new(program).arg("-?").output())
        .is_ok();
    if !ok {
        eprintln!("skipped: {program} is not installed (.ci/run installs it)");
    }
    ok
}

/// An SSH key pair made for the test.
pub struct Key {
    /// The private key file.
    pub private: PathBuf,
    /// The public key file.
    pub public_file: PathBuf,
    /// `ssh-ed25519 AAAA…` (no comment).
    pub public: String,
}

/// Makes an ed25519 key without a passphrase in `dir/name`.
pub fn ssh_key(dir: &Path, name: &str) -> Key {
    let private = dir.join(name);
    let out = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(&private)
        .output()
        .expect("ssh-keygen");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let public_file = dir.join(format!("{name}.pub"));
    let text = std::fs::read_to_string(&public_file).expect("public key");
    let public = text
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    Key {
        private,
        public_file,
        public,
    }
}

/// Runs `git` in `dir` with the repository's own configuration only.
pub fn git_out(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        // Commits by hand are made at the tests' fixed time, as somevakt's
        // own are (SOMEVAKT_TEST_CLOCK): the backdating rule compares the two.
        .env("GIT_AUTHOR_DATE", TEST_TIME)
        .env("GIT_COMMITTER_DATE", TEST_TIME)
        .output()
        .expect("run git")
}

/// Runs `git` and returns its output; panics on failure.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_out(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs the real binary in `dir`, with no terminal and extra environment.
pub fn somevakt_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_somevakt"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SOMEVAKT_TODAY")
        .env("SOMEVAKT_TEST_CLOCK", TEST_DAY)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("run somevakt")
}

/// Runs the real binary in `dir`.
pub fn somevakt(dir: &Path, args: &[&str]) -> Output {
    somevakt_env(dir, args, &[])
}

/// Standard output as text.
pub fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn error_text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The approver and someone who is not one.
pub const HEGE: (&str, &str) = ("Hege Solberg", "hege@testvik.kommune.no");
pub const MALLORY: (&str, &str) = ("Mallory Berg", "mallory@testvik.kommune.no");

/// The account every fixture holds.
pub const ACCOUNT: &str = "testvik/facebook";
pub const ACCOUNT_FILE: &str = "assessments/testvik/facebook.toml";

/// A repository whose policy lists Hege as approver, requires signing and
/// names Hege's key in `.somevakt/allowed_signers`; its first commit (the
/// import) is signed by Hege. Git is set up to sign as Hege with SSH.
pub struct Fixture {
    /// Keeps the folder alive.
    pub dir: tempfile::TempDir,
    /// The repository.
    pub root: PathBuf,
    /// Hege's key (listed).
    pub hege: Key,
    /// Mallory's key (not listed).
    pub mallory: Key,
}

/// The policy the fixture starts with.
pub const POLICY: &str = "[approvers]\nemails = [\"hege@testvik.kommune.no\"]\n\
signing = \"required\"\nallowed_signers = \".somevakt/allowed_signers\"\n";

/// The account file the fixture starts with.
pub fn account_text() -> String {
    "#:schema ../../schemas/assessment.schema.json\nschema_version = 1\n\n[account]\n\
     municipality = \"Testvik kommune\"\nplatform = \"facebook\"\nname = \"Testvik\"\n\
     status = \"active\"\n\n[dpia]\npurpose = \"Informere innbyggerne\"\ncompleted = 2024-01-10\n"
        .to_owned()
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture::with_policy(POLICY)
    }

    pub fn with_policy(policy: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let keys = dir.path().join("keys");
        std::fs::create_dir_all(&keys).expect("mkdir");
        let hege = ssh_key(&keys, "hege");
        let mallory = ssh_key(&keys, "mallory");
        let root = dir.path().join("repo");
        let write = |rel: &str, text: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, text).expect("write");
        };
        write(ACCOUNT_FILE, &account_text());
        write("somevakt.toml", policy);
        write(
            ".somevakt/allowed_signers",
            &format!("{} {}\n", HEGE.1, hege.public),
        );
        git(&root, &["init", "-q", "-b", "main"]);
        let f = Fixture {
            dir,
            root,
            hege,
            mallory,
        };
        f.act_as(HEGE, &f.hege);
        let signers = f.root.join(".somevakt/allowed_signers");
        git(
            &f.root,
            &[
                "config",
                "gpg.ssh.allowedSignersFile",
                signers.to_str().expect("utf-8"),
            ],
        );
        git(&f.root, &["add", "."]);
        git(
            &f.root,
            &["commit", "-q", "-S", "-m", "Import of the paper records"],
        );
        f
    }

    /// Sets Git's identity and SSH signing key.
    pub fn act_as(&self, (name, email): (&str, &str), key: &Key) {
        git(&self.root, &["config", "user.name", name]);
        git(&self.root, &["config", "user.email", email]);
        git(&self.root, &["config", "gpg.format", "ssh"]);
        git(
            &self.root,
            &[
                "config",
                "user.signingKey",
                key.private.to_str().expect("utf-8"),
            ],
        );
        git(&self.root, &["config", "commit.gpgsign", "true"]);
    }

    /// `somevakt decide` an approval.
    pub fn decide(&self) -> Output {
        self.decide_with(&[])
    }

    /// `somevakt decide` an approval, with `env` set (a key ring).
    pub fn decide_with(&self, env: &[(&str, &str)]) -> Output {
        somevakt_env(
            &self.root,
            &[
                "decide",
                ACCOUNT,
                "--outcome",
                "approved",
                "--body",
                "Ledergruppa",
                "--rationale",
                "Risikoen er akseptabel",
            ],
            env,
        )
    }

    /// Runs `somevakt audit` with these extra arguments.
    pub fn audit(&self, args: &[&str]) -> Output {
        let mut all = vec!["audit"];
        all.extend_from_slice(args);
        somevakt(&self.root, &all)
    }

    /// The account file's text now.
    pub fn account(&self) -> String {
        std::fs::read_to_string(self.root.join(ACCOUNT_FILE)).expect("read")
    }

    /// Writes the account file and commits it with git (not somevakt):
    /// `sign` chooses -S or --no-gpg-sign; `message` may hold trailers.
    pub fn commit_by_hand(&self, text: &str, sign: bool, message: &str) {
        std::fs::write(self.root.join(ACCOUNT_FILE), text).expect("write");
        git(&self.root, &["add", ACCOUNT_FILE]);
        let flag = if sign { "-S" } else { "--no-gpg-sign" };
        git(&self.root, &["commit", "-q", flag, "-m", message]);
    }

    /// The `dpia_digest` of the account's `[dpia]` as somevakt computes it.
    pub fn digest(&self) -> String {
        text(&somevakt(&self.root, &["digest", ACCOUNT]))
            .trim()
            .to_owned()
    }
}

/// A decision entry as a person would type it.
pub fn entry(date: &str, outcome: &str, digest: &str) -> String {
    format!(
        "\n[[decisions]]\ndate = {date}\nbody = \"Ledergruppa\"\ndecided_by = \"Hege Solberg\"\n\
         outcome = \"{outcome}\"\nrationale = \"Skrevet for hånd\"\ndpia_digest = \"{digest}\"\n"
    )
}

/// The day every command of these tests runs on: somevakt's clock
/// (`SOMEVAKT_TEST_CLOCK`) and the time of commits made by hand.
pub const TEST_DAY: &str = "2025-01-15";
/// Noon of [`TEST_DAY`], as Git takes a date; somevakt's fixed clock reads
/// the same wall-clock time.
const TEST_TIME: &str = "2025-01-15T12:00:00";

/// Today, as the audit's backdating rule sees it: the tests' fixed day.
pub fn today() -> String {
    TEST_DAY.to_owned()
}
