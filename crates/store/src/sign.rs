//! Signing commits the way `git commit -S` signs them.
//!
//! libgit2 does not sign. Git itself hands the commit object's text to an
//! outside program chosen by `gpg.format` and stores that program's answer
//! in the commit's `gpgsig` header. We do exactly the same, calling the same
//! programs with the same arguments, so `git verify-commit`, `git log
//! --show-signature` and the forges accept what somevakt records
//! (docs/format.md, "Signed decisions and the audit"; R34, R37).
//!
//! - `openpgp` (the default): `gpg.program` (or `gpg.openpgp.program`,
//!   default `gpg`) `--status-fd=2 -bsau KEY`, the buffer on stdin;
//! - `x509`: `gpg.x509.program` (default `gpgsm`), the same arguments;
//! - `ssh`: `gpg.ssh.program` (default `ssh-keygen`) `-Y sign -n git -f
//!   KEYFILE [-U] BUFFERFILE`, the signature in `BUFFERFILE.sig`.
//!   `user.signingKey` is a private key file, a public key file whose
//!   private half is in ssh-agent, or a literal `key::ssh-ed25519 AAAA…`
//!   (written to a temporary file and used with `-U`, as Git does).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use git2::Config;

/// Why a commit could not be signed. Nothing was committed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SignError(pub String);

fn fail<T>(message: impl Into<String>) -> Result<T, SignError> {
    Err(SignError(message.into()))
}

/// The signature formats Git knows (`gpg.format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// OpenPGP through gpg.
    OpenPgp,
    /// X.509 through gpgsm.
    X509,
    /// An SSH key through ssh-keygen.
    Ssh,
}

/// How this repository's Git configuration says to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    /// Which kind of signature.
    pub format: Format,
    /// The program to run.
    pub program: String,
    /// `user.signingKey`, if set.
    pub key: Option<String>,
    /// The committer as `Name <email>`: gpg's key when no key is set.
    pub committer: String,
}

/// Whether Git itself would sign a commit here (`commit.gpgsign`).
pub fn git_wants_signing(config: &Config) -> bool {
    config.get_bool("commit.gpgsign").unwrap_or(false)
}

impl Signer {
    /// Reads `gpg.format`, the program and `user.signingKey` from `config`.
    pub fn from_config(config: &Config, name: &str, email: &str) -> Result<Signer, SignError> {
        let get = |key: &str| config.get_string(key).ok().filter(|s| !s.trim().is_empty());
        let format = match get("gpg.format").as_deref().map(str::trim) {
            None | Some("openpgp") => Format::OpenPgp,
            Some("x509") => Format::X509,
            Some("ssh") => Format::Ssh,
            Some(other) => {
                return fail(format!(
                    "cannot sign: gpg.format is \"{other}\"; Git knows openpgp, x509 and ssh"
                ));
            }
        };
        let program = match format {
            Format::OpenPgp => get("gpg.openpgp.program")
                .or_else(|| get("gpg.program"))
                .unwrap_or_else(|| "gpg".to_owned()),
            Format::X509 => get("gpg.x509.program").unwrap_or_else(|| "gpgsm".to_owned()),
            Format::Ssh => get("gpg.ssh.program").unwrap_or_else(|| "ssh-keygen".to_owned()),
        };
        Ok(Signer {
            format,
            program,
            key: get("user.signingkey"),
            committer: format!("{name} <{email}>"),
        })
    }

    /// Signs the commit object's text; returns the armored signature that
    /// goes into its `gpgsig` header.
    pub fn sign(&self, buffer: &str) -> Result<String, SignError> {
        match self.format {
            Format::OpenPgp | Format::X509 => self.sign_gpg(buffer),
            Format::Ssh => self.sign_ssh(buffer),
        }
    }

    fn sign_gpg(&self, buffer: &str) -> Result<String, SignError> {
        let key = self.key.clone().unwrap_or_else(|| self.committer.clone());
        let args: Vec<OsString> = vec!["--status-fd=2".into(), "-bsau".into(), key.into()];
        let out = run(&self.program, &args, Some(buffer.as_bytes()))?;
        let status = String::from_utf8_lossy(&out.stderr);
        // Git trusts only gpg's machine-readable word that a signature was
        // made, not the exit code alone.
        let created = status
            .lines()
            .any(|l| l.starts_with("[GNUPG:] SIG_CREATED "));
        if !out.status.success() || !created || out.stdout.is_empty() {
            return fail(format!(
                "cannot sign: {} failed: {}",
                self.program,
                last_line(&status)
            ));
        }
        signature_text(out.stdout, &self.program)
    }

    fn sign_ssh(&self, buffer: &str) -> Result<String, SignError> {
        let Some(key) = self.key.as_deref().map(str::trim) else {
            return fail(
                "cannot sign: gpg.format is ssh but user.signingKey is not set \
                 (git config user.signingKey ~/.ssh/id_ed25519.pub)",
            );
        };
        let scratch = tempfile::tempdir()
            .map_err(|e| SignError(format!("cannot sign: no temporary folder: {e}")))?;
        // A literal key (`key::…`, or a bare `ssh-…` line as older Git
        // accepted) goes to a file, and ssh-keygen is told (-U) that the
        // private half is in ssh-agent.
        let literal = key
            .strip_prefix("key::")
            .or_else(|| key.starts_with("ssh-").then_some(key));
        let (key_file, agent) = match literal {
            Some(public) => {
                let file = scratch.path().join("signing-key.pub");
                std::fs::write(&file, format!("{}\n", public.trim()))
                    .map_err(|e| SignError(format!("cannot sign: {e}")))?;
                (file, true)
            }
            None => (expand_home(key), false),
        };
        if !agent && !key_file.exists() {
            return fail(format!(
                "cannot sign: user.signingKey {} does not exist",
                key_file.display()
            ));
        }
        let payload = scratch.path().join("commit");
        std::fs::write(&payload, buffer).map_err(|e| SignError(format!("cannot sign: {e}")))?;
        let mut args: Vec<OsString> = vec![
            "-Y".into(),
            "sign".into(),
            "-n".into(),
            "git".into(),
            "-f".into(),
            key_file.into(),
        ];
        if agent {
            args.push("-U".into());
        }
        args.push(payload.clone().into());
        let out = run(&self.program, &args, None)?;
        if !out.status.success() {
            let said = String::from_utf8_lossy(&out.stderr);
            return fail(format!(
                "cannot sign: {} failed: {}",
                self.program,
                last_line(&said)
            ));
        }
        let mut sig_path = payload.into_os_string();
        sig_path.push(".sig");
        let signature = std::fs::read(&sig_path).map_err(|e| {
            SignError(format!(
                "cannot sign: {} wrote no signature: {e}",
                self.program
            ))
        })?;
        signature_text(signature, &self.program)
    }
}

/// Runs a signing program with no terminal input of ours; a program that
/// cannot be started is a one-line reason, not a crash.
fn run(
    program: &str,
    args: &[OsString],
    stdin: Option<&[u8]>,
) -> Result<std::process::Output, SignError> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| SignError(format!("cannot sign: cannot run {program}: {e}")))?;
    if let (Some(bytes), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // A program that exits early closes the pipe; its exit status then
        // says what went wrong, so a write error here is not the story.
        let _ = pipe.write_all(bytes);
    }
    child
        .wait_with_output()
        .map_err(|e| SignError(format!("cannot sign: {program}: {e}")))
}

fn signature_text(bytes: Vec<u8>, program: &str) -> Result<String, SignError> {
    match String::from_utf8(bytes) {
        Ok(text) if !text.trim().is_empty() => Ok(text),
        _ => fail(format!("cannot sign: {program} gave no usable signature")),
    }
}

/// The last non-empty line a program printed: usually its reason.
fn last_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with("[GNUPG:]"))
        .unwrap_or("no reason given")
        .to_owned()
}

/// Whether the next record must be signed: Git is set to sign
/// (`commit.gpgsign`) or the policy requires it (`signing = "required"`).
/// A decision is also signed whenever the policy names allowed signers:
/// there an approver is known only by the key that signed.
pub(crate) fn wanted(
    repo: &git2::Repository,
    root: &Path,
    decision: bool,
) -> Result<bool, git2::Error> {
    // Either policy asking for a signature is enough: the committed one is
    // what the audit judges by, the working copy's is what the user sees.
    let (policy, _) = crate::load::reload_policy(root);
    let committed = crate::committed::at_head(repo, root)
        .map(|c| c.policy)
        .unwrap_or_default();
    let wants = |approvers: &somevakt_core::policy::Approvers| {
        approvers.signing == somevakt_core::policy::Signing::Required
            || (decision && approvers.allowed_signers.is_some())
    };
    Ok(git_wants_signing(&repo.config()?)
        || wants(&policy.approvers)
        || wants(&committed.approvers))
}

/// Writes a commit object, signed when `sign` is set, and returns its id.
/// The branch is not moved: the caller does that, as for any commit.
pub(crate) fn write_commit(
    repo: &git2::Repository,
    sign: bool,
    signature: &git2::Signature<'_>,
    message: &str,
    tree: &git2::Tree<'_>,
    parents: &[&git2::Commit<'_>],
) -> Result<git2::Oid, crate::CommitError> {
    if !sign {
        return Ok(repo.commit(None, signature, signature, message, tree, parents)?);
    }
    let name = String::from_utf8_lossy(signature.name_bytes()).into_owned();
    let email = String::from_utf8_lossy(signature.email_bytes()).into_owned();
    let signer = Signer::from_config(&repo.config()?, &name, &email).map_err(refused)?;
    let buffer = repo.commit_create_buffer(signature, signature, message, tree, parents)?;
    let buffer = std::str::from_utf8(&buffer)
        .map_err(|_| refused(SignError("cannot sign: the commit is not UTF-8".into())))?;
    let armored = signer.sign(buffer).map_err(refused)?;
    Ok(repo.commit_signed(buffer, &armored, Some("gpgsig"))?)
}

fn refused(e: SignError) -> crate::CommitError {
    crate::CommitError::Refused(crate::Refusal::SigningFailed(e.0))
}

/// `~/…` as Git expands it in `user.signingKey`.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// The public key (`type base64`) that `user.signingKey` names, for
/// checking it against an allowed-signers file before anything is written.
/// `None` when it cannot be told without asking for a passphrase.
pub fn ssh_public_key(key: &str) -> Option<(String, String)> {
    let key = key.trim();
    let text = if let Some(literal) = key.strip_prefix("key::") {
        literal.to_owned()
    } else if key.starts_with("ssh-") || key.starts_with("ecdsa-") || key.starts_with("sk-") {
        key.to_owned()
    } else {
        let path = expand_home(key);
        let read = |p: &Path| std::fs::read_to_string(p).ok();
        let own = read(&path).filter(|t| !t.contains("PRIVATE KEY"));
        let mut public = path.clone().into_os_string();
        public.push(".pub");
        own.or_else(|| read(Path::new(&public)))?
    };
    let mut words = text.split_whitespace();
    Some((words.next()?.to_owned(), words.next()?.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_keys_are_read_without_a_file() {
        assert_eq!(
            ssh_public_key("key::ssh-ed25519 AAAAC3 me@example.org"),
            Some(("ssh-ed25519".into(), "AAAAC3".into()))
        );
        assert_eq!(
            ssh_public_key("ssh-ed25519 AAAAC3"),
            Some(("ssh-ed25519".into(), "AAAAC3".into()))
        );
        assert_eq!(ssh_public_key("/nonexistent/key"), None);
    }

    #[test]
    fn last_line_skips_status_lines() {
        assert_eq!(
            last_line("gpg: signing failed: No secret key\n[GNUPG:] FAILURE sign 17\n"),
            "gpg: signing failed: No secret key"
        );
    }
}
