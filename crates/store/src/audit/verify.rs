//! Checking a commit's signature the way `git verify-commit` does.
//!
//! SSH signatures are checked by `ssh-keygen` against an allowed-signers
//! file, in Git's three steps: `-Y find-principals` (who is this key?),
//! `-Y verify -I PRINCIPAL` (is the signature good for them?), and, for a
//! key nobody listed, `-Y check-novalidate` (is it at least a valid
//! signature?). The allowed-signers file is the one the policy named, as it
//! stood in the commit's parent, never the working copy: a key added later
//! must not bless an older commit. OpenPGP and X.509 signatures go to `gpg`
//! and `gpgsm`, as Git hands them.
//!
//! A signature is good only when the allowed signers list its key for the
//! committer's e-mail, as a forge marks a commit *Verified*: an approver's
//! key on a commit made as someone else is a key not allowed for that
//! commit (its `signer` then names whose key it is).
//!
//! The programs are the ones on `PATH`, not `gpg.ssh.program` from the
//! repository's configuration: whoever can write to the repository's
//! `.git/config` must not be able to choose what says "good".

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

/// How a commit's signature checks out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Signed by a key the allowed signers list, and the signature holds.
    Good,
    /// A signature that does not match the commit: it was altered after
    /// signing, or the signature is broken.
    Bad,
    /// A valid signature by a key the allowed signers do not list for the
    /// committer's e-mail.
    UnknownKey,
    /// Not signed.
    None,
}

impl Verdict {
    /// The word used in reports and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Bad => "bad",
            Verdict::UnknownKey => "unknown key",
            Verdict::None => "none",
        }
    }
}

/// A signature's verdict and who signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureCheck {
    /// The verdict.
    pub verdict: Verdict,
    /// `ssh`, `openpgp` or `x509`; `None` when unsigned.
    pub format: Option<String>,
    /// For a good SSH signature, the principal (e-mail) the allowed signers
    /// list for the key; for a valid one by a key listed for someone other
    /// than the committer (`UnknownKey`), whom it is listed for; for
    /// OpenPGP, the key's user id.
    pub signer: Option<String>,
    /// The key's fingerprint, when the program names it.
    pub key: Option<String>,
}

impl SignatureCheck {
    /// An unsigned commit.
    pub fn none() -> SignatureCheck {
        SignatureCheck {
            verdict: Verdict::None,
            format: None,
            signer: None,
            key: None,
        }
    }
}

/// A verification program could not be run: the audit cannot answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot check signatures: {0}")]
pub struct VerifyError(pub String);

/// Checks signatures, keeping each allowed-signers version on disk once.
pub struct Verifier {
    scratch: tempfile::TempDir,
    files: HashMap<String, PathBuf>,
}

impl Verifier {
    /// A verifier with its own scratch folder.
    pub fn new() -> Result<Verifier, VerifyError> {
        Ok(Verifier {
            scratch: tempfile::tempdir()
                .map_err(|e| VerifyError(format!("no temporary folder: {e}")))?,
            files: HashMap::new(),
        })
    }

    /// Checks `signature` over `payload`. `allowed` is the allowed-signers
    /// file's text (with an id naming that version), `None` when the policy
    /// names none; `when` is the commit's time, so a key's validity dates
    /// count as of the signing; `committer` is the committer's e-mail, the
    /// only principal whose key makes the signature good.
    pub fn check(
        &mut self,
        signature: &[u8],
        payload: &[u8],
        allowed: Option<(&str, &[u8])>,
        when: i64,
        committer: &str,
    ) -> Result<SignatureCheck, VerifyError> {
        let text = String::from_utf8_lossy(signature);
        let sig_file = self.scratch.path().join("signature");
        std::fs::write(&sig_file, signature)
            .map_err(|e| VerifyError(format!("cannot write a temporary file: {e}")))?;
        if text.contains("BEGIN SSH SIGNATURE") {
            let allowed = match allowed {
                Some((id, bytes)) => Some(self.allowed_file(id, bytes)?),
                None => None,
            };
            return check_ssh(&sig_file, payload, allowed.as_ref(), when, committer);
        }
        if text.contains("BEGIN PGP SIGNATURE") {
            let mut check = check_gpg("gpg", "openpgp", &sig_file, payload)?;
            if allowed.is_some() && check.verdict == Verdict::Good {
                // The approvers' keys are SSH keys; an OpenPGP key is not
                // one of them, however trusted in this keyring.
                check.verdict = Verdict::UnknownKey;
            }
            return Ok(check);
        }
        let mut check = check_gpg("gpgsm", "x509", &sig_file, payload)?;
        if allowed.is_some() && check.verdict == Verdict::Good {
            check.verdict = Verdict::UnknownKey;
        }
        Ok(check)
    }

    fn allowed_file(&mut self, id: &str, bytes: &[u8]) -> Result<PathBuf, VerifyError> {
        if let Some(path) = self.files.get(id) {
            return Ok(path.clone());
        }
        let path = self
            .scratch
            .path()
            .join(format!("allowed-{}", self.files.len()));
        std::fs::write(&path, bytes)
            .map_err(|e| VerifyError(format!("cannot write a temporary file: {e}")))?;
        self.files.insert(id.to_owned(), path.clone());
        Ok(path)
    }
}

struct Ran {
    ok: bool,
    stdout: String,
}

fn run(program: &str, args: &[&std::ffi::OsStr], stdin: &[u8]) -> Result<Ran, VerifyError> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| VerifyError(format!("cannot run {program}: {e}")))?;
    if let Some(mut pipe) = child.stdin.take() {
        // An early exit closes the pipe; the exit status tells the story.
        let _ = pipe.write_all(stdin);
    }
    let out = child
        .wait_with_output()
        .map_err(|e| VerifyError(format!("{program}: {e}")))?;
    Ok(Ran {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr),
    })
}

/// `YYYYMMDDHHMMSSZ`, the form ssh-keygen's `verify-time` takes.
fn verify_time(when: i64) -> String {
    jiff::Timestamp::from_second(when)
        .map(|t| format!("-Overify-time={}Z", t.strftime("%Y%m%d%H%M%S")))
        .unwrap_or_else(|_| "-Overify-time=19700101000000Z".to_owned())
}

fn fingerprint(output: &str) -> Option<String> {
    output
        .split_whitespace()
        .find(|w| w.starts_with("SHA256:"))
        .map(str::to_owned)
}

fn check_ssh(
    sig: &std::path::Path,
    payload: &[u8],
    allowed: Option<&PathBuf>,
    when: i64,
    committer: &str,
) -> Result<SignatureCheck, VerifyError> {
    let time = verify_time(when);
    let os = |s: &str| std::ffi::OsString::from(s);
    let result = |verdict, signer, key| SignatureCheck {
        verdict,
        format: Some("ssh".to_owned()),
        signer,
        key,
    };
    if let Some(file) = allowed {
        let found = run(
            "ssh-keygen",
            &[
                &os("-Y"),
                &os("find-principals"),
                &os("-f"),
                file.as_os_str(),
                &os("-s"),
                sig.as_os_str(),
                &os(&time),
            ],
            &[],
        )?;
        let principals: Vec<String> = if found.ok {
            found
                .stdout
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        } else {
            Vec::new()
        };
        if !principals.is_empty() {
            // Only the committer's own key makes the signature good; a key
            // listed for others is checked all the same, to tell a valid
            // signature by someone else's key from a broken one.
            let (own, others): (Vec<&String>, Vec<&String>) = principals
                .iter()
                .partition(|p| super::signers::pattern_matches(p, committer.trim()));
            for principal in own.iter().chain(others.iter()) {
                let verified = run(
                    "ssh-keygen",
                    &[
                        &os("-Y"),
                        &os("verify"),
                        &os("-n"),
                        &os("git"),
                        &os("-f"),
                        file.as_os_str(),
                        &os("-I"),
                        &os(principal),
                        &os("-s"),
                        sig.as_os_str(),
                        &os(&time),
                    ],
                    payload,
                )?;
                if verified.ok {
                    let verdict = if own.contains(principal) {
                        Verdict::Good
                    } else {
                        Verdict::UnknownKey
                    };
                    return Ok(result(
                        verdict,
                        Some((*principal).clone()),
                        fingerprint(&verified.stdout),
                    ));
                }
            }
            return Ok(result(Verdict::Bad, None, None));
        }
    }
    let checked = run(
        "ssh-keygen",
        &[
            &os("-Y"),
            &os("check-novalidate"),
            &os("-n"),
            &os("git"),
            &os("-s"),
            sig.as_os_str(),
            &os(&time),
        ],
        payload,
    )?;
    Ok(if checked.ok {
        result(Verdict::UnknownKey, None, fingerprint(&checked.stdout))
    } else {
        result(Verdict::Bad, None, None)
    })
}

fn check_gpg(
    program: &str,
    format: &str,
    sig: &std::path::Path,
    payload: &[u8],
) -> Result<SignatureCheck, VerifyError> {
    let os = |s: &str| std::ffi::OsString::from(s);
    let ran = run(
        program,
        &[
            &os("--status-fd=1"),
            &os("--verify"),
            sig.as_os_str(),
            &os("-"),
        ],
        payload,
    )?;
    let status: Vec<&str> = ran
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("[GNUPG:] "))
        .collect();
    let word = |w: &str| status.iter().find(|l| l.starts_with(w));
    let signer = |line: &&str| {
        let mut words = line.splitn(3, ' ');
        words.next();
        let key = words.next().map(str::to_owned);
        (words.next().map(str::to_owned), key)
    };
    let (verdict, who) = if let Some(line) = word("GOODSIG ").or_else(|| word("EXPKEYSIG ")) {
        (Verdict::Good, signer(line))
    } else if let Some(line) = word("BADSIG ").or_else(|| word("REVKEYSIG ")) {
        (Verdict::Bad, signer(line))
    } else if word("NO_PUBKEY ").is_some() || word("ERRSIG ").is_some() {
        (Verdict::UnknownKey, (None, None))
    } else {
        (Verdict::Bad, (None, None))
    };
    Ok(SignatureCheck {
        verdict,
        format: Some(format.to_owned()),
        signer: who.0,
        key: who.1,
    })
}
