//! Records are signed as `git commit -S` signs them, and the git command
//! line accepts the result (docs/format.md, "Signed decisions and the
//! audit"). Keys are made in each test; a test whose program is missing
//! says so and passes.

mod signing;

use std::path::Path;
use std::process::Command;

use signing::*;

fn head(root: &Path) -> String {
    git(root, &["rev-parse", "HEAD"]).trim().to_owned()
}

fn verified(root: &Path) {
    let out = git_out(root, &["verify-commit", "-v", "HEAD"]);
    assert!(
        out.status.success(),
        "git verify-commit: {}",
        error_text(&out)
    );
    let shown = git(root, &["log", "--show-signature", "-1"]);
    assert!(
        shown.contains("Good \"git\" signature for hege@testvik.kommune.no"),
        "{shown}"
    );
}

#[test]
fn a_decision_signed_with_a_key_file_passes_git_verify_commit() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    verified(&f.root);
    // The signature covers exactly the commit somevakt made: trailers and all.
    let message = git(&f.root, &["log", "-1", "--format=%B"]);
    assert!(message.contains("Action: decision"), "{message}");
    assert_eq!(git(&f.root, &["status", "--porcelain"]), "");
    git(&f.root, &["fsck", "--strict"]);
}

#[test]
fn the_policy_alone_makes_every_record_signed() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    git(&f.root, &["config", "commit.gpgsign", "false"]);
    let out = somevakt(&f.root, &["activity", ACCOUNT, "--last-post", "2024-01-02"]);
    assert!(out.status.success(), "{}", error_text(&out));
    verified(&f.root);
}

#[test]
fn git_config_alone_makes_records_signed() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::with_policy("");
    let out = somevakt(&f.root, &["activity", ACCOUNT, "--last-post", "2024-01-02"]);
    assert!(out.status.success(), "{}", error_text(&out));
    verified(&f.root);
    // And without commit.gpgsign or a policy asking for it, nothing is signed.
    git(&f.root, &["config", "commit.gpgsign", "false"]);
    let out = somevakt(&f.root, &["activity", ACCOUNT, "--last-post", "2024-01-03"]);
    assert!(out.status.success(), "{}", error_text(&out));
    assert!(
        !git_out(&f.root, &["verify-commit", "HEAD"])
            .status
            .success()
    );
}

/// Starts an ssh-agent of our own; returns its socket and process id.
fn start_agent(dir: &Path) -> Option<(String, String)> {
    let socket = dir.join("agent.sock");
    let out = Command::new("ssh-agent")
        .arg("-a")
        .arg(&socket)
        .arg("-s")
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let pid = text
        .split(';')
        .find_map(|p| p.trim().strip_prefix("SSH_AGENT_PID="))?
        .to_owned();
    Some((socket.to_string_lossy().into_owned(), pid))
}

fn stop_agent(pid: &str) {
    let _ = Command::new("kill").arg(pid).status();
}

#[test]
fn a_key_in_ssh_agent_signs_by_public_key_file_or_literal() {
    if !have("ssh-keygen") || !have("ssh-agent") {
        return;
    }
    let f = Fixture::new();
    let Some((socket, pid)) = start_agent(f.dir.path()) else {
        eprintln!("skipped: ssh-agent could not be started");
        return;
    };
    let added = Command::new("ssh-add")
        .arg("-q")
        .arg(&f.hege.private)
        .env("SSH_AUTH_SOCK", &socket)
        .output();
    // Only the agent holds the private half from here on.
    std::fs::remove_file(&f.hege.private).expect("remove private key");
    let env = [("SSH_AUTH_SOCK", socket.as_str())];
    let run = |key: &str, date: &str| {
        git(&f.root, &["config", "user.signingKey", key]);
        somevakt_env(&f.root, &["activity", ACCOUNT, "--last-post", date], &env)
    };
    let by_file = run(f.hege.public_file.to_str().expect("utf-8"), "2024-01-02");
    let literal = format!("key::{}", f.hege.public);
    let by_literal = run(&literal, "2024-01-03");
    stop_agent(&pid);
    assert!(added.is_ok_and(|o| o.status.success()), "ssh-add failed");
    assert!(by_file.status.success(), "{}", error_text(&by_file));
    assert!(by_literal.status.success(), "{}", error_text(&by_literal));
    verified(&f.root);
    let first = git(&f.root, &["rev-parse", "HEAD~1"]);
    assert!(
        git_out(&f.root, &["verify-commit", first.trim()])
            .status
            .success()
    );
}

#[test]
fn a_signing_failure_records_nothing_and_says_why_in_one_line() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let before = head(&f.root);
    let text = f.account();
    for (key, value, why) in [
        ("user.signingKey", "/nonexistent/key", "does not exist"),
        ("gpg.ssh.program", "/nonexistent/ssh-keygen", "cannot run"),
        ("gpg.format", "pgp2", "gpg.format"),
    ] {
        let saved = git_out(&f.root, &["config", key]);
        git(&f.root, &["config", key, value]);
        let out = somevakt(&f.root, &["activity", ACCOUNT, "--last-post", "2024-01-02"]);
        let said = error_text(&out);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains(why), "{said}");
        assert!(said.contains("nothing was recorded"), "{said}");
        assert_eq!(said.trim().lines().count(), 1, "{said}");
        assert_eq!(head(&f.root), before);
        assert_eq!(f.account(), text);
        assert_eq!(git(&f.root, &["status", "--porcelain"]), "");
        if saved.status.success() {
            git(&f.root, &["config", key, text_of(&saved).trim()]);
        } else {
            git(&f.root, &["config", "--unset", key]);
        }
    }
}

fn text_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn with_allowed_signers_only_an_approvers_key_may_decide() {
    if !have("ssh-keygen") {
        return;
    }
    let f = Fixture::new();
    let before = head(&f.root);
    // Mallory sets her user.email to Hege's: the key gives her away, and
    // nothing is written.
    f.act_as(HEGE, &f.mallory);
    let out = f.decide();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        error_text(&out).contains("your key is not in .somevakt/allowed_signers"),
        "{}",
        error_text(&out)
    );
    assert_eq!(head(&f.root), before);
    assert_eq!(git(&f.root, &["status", "--porcelain"]), "");
    // Listed, but for an e-mail that is not an approver's.
    let listed = format!(
        "{} {}\n{} {}\n",
        HEGE.1, f.hege.public, MALLORY.1, f.mallory.public
    );
    std::fs::write(f.root.join(".somevakt/allowed_signers"), listed).expect("write");
    // Not committed: the working copy of the keys lets nobody in.
    let out = f.decide();
    assert!(
        error_text(&out).contains("your key is not in .somevakt/allowed_signers (as committed)"),
        "{}",
        error_text(&out)
    );
    assert_eq!(head(&f.root), before);
    f.act_as(HEGE, &f.hege);
    git(&f.root, &["commit", "-q", "-S", "-am", "Mallorys nøkkel"]);
    let before = head(&f.root);
    // Mallory's key is listed, but for her, not for the committer she
    // claims to be: a forge would not mark it Verified, so nothing is
    // written.
    f.act_as(HEGE, &f.mallory);
    let out = f.decide();
    assert!(
        error_text(&out).contains(
            "listed in .somevakt/allowed_signers for mallory@testvik.kommune.no, not for your e-mail hege@testvik.kommune.no"
        ),
        "{}",
        error_text(&out)
    );
    assert_eq!(head(&f.root), before);
    // As herself, her key is hers, but she is no approver.
    f.act_as(MALLORY, &f.mallory);
    let out = f.decide();
    assert!(
        error_text(&out).contains("listed for mallory@testvik.kommune.no, which is not in"),
        "{}",
        error_text(&out)
    );
    assert_eq!(head(&f.root), before);
    // Hege's own key decides, and the decision is signed even with
    // commit.gpgsign off: an approver is known only by the key.
    f.act_as(HEGE, &f.hege);
    git(&f.root, &["config", "commit.gpgsign", "false"]);
    git(&f.root, &["config", "--unset", "user.email"]);
    git(&f.root, &["config", "user.email", HEGE.1]);
    std::fs::write(
        f.root.join("somevakt.toml"),
        "[approvers]\nemails = [\"hege@testvik.kommune.no\"]\nallowed_signers = \".somevakt/allowed_signers\"\n",
    )
    .expect("write");
    git(&f.root, &["commit", "-q", "-S", "-am", "Signing optional"]);
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    verified(&f.root);
}

#[test]
fn openpgp_signing_through_gpg_passes_git_verify_commit() {
    if !have("gpg") || !have("ssh-keygen") {
        return;
    }
    let f = Fixture::with_policy("");
    let home = f.dir.path().join("gnupg");
    std::fs::create_dir_all(&home).expect("mkdir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700));
    }
    let gpg = |args: &[&str]| {
        Command::new("gpg")
            .args(["--batch", "--quiet"])
            .args(args)
            .env("GNUPGHOME", &home)
            .output()
            .expect("gpg")
    };
    let made = gpg(&[
        "--passphrase",
        "",
        "--quick-gen-key",
        "Hege Solberg <hege@testvik.kommune.no>",
        "ed25519",
        "sign",
        "never",
    ]);
    if !made.status.success() {
        eprintln!(
            "skipped: gpg could not make a key: {}",
            String::from_utf8_lossy(&made.stderr)
        );
        return;
    }
    git(&f.root, &["config", "gpg.format", "openpgp"]);
    git(&f.root, &["config", "user.signingKey", HEGE.1]);
    decided_verified_and_audited_as_good(&f, &home, "openpgp");
}

#[cfg(unix)]
#[test]
fn gpg_ssh_program_is_the_program_that_signs() {
    if !have("ssh-keygen") {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    // A wrapper, as 1Password's or a hardware token's signer would be: it
    // gets Git's arguments and must leave the signature where Git expects it.
    let log = f.dir.path().join("signer.log");
    let wrapper = f.dir.path().join("signer");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nexec ssh-keygen \"$@\"\n",
            log.display()
        ),
    )
    .expect("write");
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    git(
        &f.root,
        &[
            "config",
            "gpg.ssh.program",
            wrapper.to_str().expect("utf-8"),
        ],
    );
    let out = f.decide();
    assert!(out.status.success(), "{}", error_text(&out));
    verified(&f.root);
    let called = std::fs::read_to_string(&log).expect("the wrapper ran");
    assert!(called.starts_with("-Y sign -n git -f "), "{called}");
}

/// X.509 (S/MIME) signing, as with a municipality's own certificates: a
/// self-signed certificate made with gpgsm, trusted in a fresh key ring.
#[test]
fn x509_signing_through_gpgsm_passes_git_verify_commit() {
    if !have("gpgsm") || !have("ssh-keygen") {
        return;
    }
    let f = Fixture::with_policy("");
    let home = f.dir.path().join("gnupg-x509");
    std::fs::create_dir_all(&home).expect("mkdir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700));
    }
    // A self-signed test certificate has no revocation list or policy to
    // check; a real one would.
    std::fs::write(
        home.join("gpgsm.conf"),
        "disable-crl-checks\ndisable-policy-checks\n",
    )
    .expect("conf");
    let params = home.join("params");
    std::fs::write(
        &params,
        "Key-Type: RSA\nKey-Length: 2048\nKey-Usage: sign\nSerial: random\n\
         Name-DN: CN=Hege Solberg,O=Testvik kommune,C=NO\nName-Email: hege@testvik.kommune.no\n",
    )
    .expect("params");
    let gpgsm = |args: &[&str]| {
        Command::new("gpgsm")
            .arg("--batch")
            .args(args)
            .env("GNUPGHOME", &home)
            .output()
            .expect("gpgsm")
    };
    let params_text = params.to_str().expect("utf-8");
    let made = gpgsm(&[
        "--pinentry-mode",
        "loopback",
        "--passphrase",
        "",
        "--gen-key",
        params_text,
    ]);
    let imported = {
        let cert = home.join("cert.der");
        std::fs::write(&cert, &made.stdout).expect("cert");
        gpgsm(&["--import", cert.to_str().expect("utf-8")])
    };
    let listed = gpgsm(&["--list-keys", "--with-colons"]);
    let fingerprint = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .find(|l| l.starts_with("fpr:"))
        .and_then(|l| l.split(':').nth(9).map(str::to_owned));
    let Some(fingerprint) =
        fingerprint.filter(|_| made.status.success() && imported.status.success())
    else {
        eprintln!(
            "skipped: gpgsm could not make a certificate: {}",
            String::from_utf8_lossy(&made.stderr)
        );
        return;
    };
    std::fs::write(
        home.join("trustlist.txt"),
        format!("{fingerprint} S relax\n"),
    )
    .expect("trust");
    git(&f.root, &["config", "gpg.format", "x509"]);
    git(
        &f.root,
        &["config", "user.signingKey", &format!("0x{fingerprint}")],
    );
    decided_verified_and_audited_as_good(&f, &home, "x509");
}

/// Records a decision with the key ring at `home`, then checks that
/// `git verify-commit` accepts it and that the audit (which checks with the
/// same program) calls the signature good, in `format`. Stops the agents
/// the key ring started, whatever the outcome.
fn decided_verified_and_audited_as_good(f: &Fixture, home: &Path, format: &str) {
    let home_text = home.to_str().expect("utf-8");
    let env = [("GNUPGHOME", home_text)];
    let out = f.decide_with(&env);
    let verify = Command::new("git")
        .args(["verify-commit", "HEAD"])
        .current_dir(&f.root)
        .env("GNUPGHOME", home)
        .output()
        .expect("git");
    let audit = somevakt_env(&f.root, &["audit", "--format", "json"], &env);
    let _ = Command::new("gpgconf")
        .args(["--kill", "all"])
        .env("GNUPGHOME", home)
        .status();
    assert!(out.status.success(), "{}", error_text(&out));
    assert!(verify.status.success(), "{}", error_text(&verify));
    assert!(
        error_text(&verify).contains("Good signature"),
        "{}",
        error_text(&verify)
    );
    let doc: serde_json::Value = serde_json::from_slice(&audit.stdout).expect("json");
    let signature = &doc["decisions"][0]["signature"];
    assert_eq!(signature["verdict"], "good", "{doc:#}");
    assert_eq!(signature["format"], format, "{doc:#}");
}
