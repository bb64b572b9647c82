//! What earlier audits found, by commit id, under `.git/somevakt/`.
//!
//! A commit, its parents and the allowed-signers file in its parent never
//! change, so what the audit read from a commit holds for good: a second
//! run reads only the commits made since. Verdicts that depend on the local
//! keyring (an OpenPGP or X.509 key not known yet) are not kept, so
//! importing a key later is seen. A cache that cannot be read or written is
//! ignored: the audit is then slower, never wrong.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::facts::CommitFacts;
use super::verify::Verdict;

/// Bump when what is cached changes meaning.
/// v2: why an author is no approver (`Approval::why`) and what a policy
/// change changed (`PolicyEdit`) are kept as data, for wording them in the
/// reader's language.
/// v3: a signature is good only for the committer's e-mail, the committer
/// and `audit_since` are kept, and the cache is keyed by the history's
/// shape (a cache a shallow clone wrote is never read after unshallowing).
const FILE: &str = "audit-v3.json";

/// The cached reading of many commits.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Cache {
    /// Where the assessment root sits in the work tree: readings made for
    /// another root do not apply.
    prefix: String,
    /// The history's shape (`committed::shape`): the shallow and graft
    /// files. Readings made under another shape do not apply: a commit
    /// that looked like a root in a shallow clone has parents after
    /// `git fetch --unshallow`.
    #[serde(default)]
    shape: String,
    /// Set for `audit --no-cache`: nothing is read or written.
    #[serde(skip)]
    off: bool,
    irrelevant: HashSet<String>,
    quiet: HashMap<String, Verdict>,
    facts: HashMap<String, CommitFacts>,
    /// The commits of the last audit, oldest first, so the next one walks
    /// only what is new (walking 100,000 commits takes Git itself most of
    /// a second).
    #[serde(default)]
    walked: Option<Walked>,
    #[serde(skip)]
    changed: bool,
}

/// The history an audit walked.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub(crate) struct Walked {
    /// The commit walked up to.
    pub head: String,
    /// Where it started (`--since`).
    pub since: Option<String>,
    /// Every commit, oldest first.
    pub commits: Vec<String>,
}

/// What the cache knows of one commit.
pub(crate) enum Known<'a> {
    Irrelevant,
    Quiet(Verdict),
    Facts(&'a CommitFacts),
}

fn location(git_dir: &Path) -> PathBuf {
    git_dir.join("somevakt").join(FILE)
}

impl Cache {
    /// The cache of this repository, or an empty one.
    pub(crate) fn load(git_dir: &Path, prefix: &str, shape: &str) -> Cache {
        let read = std::fs::read(location(git_dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Cache>(&bytes).ok())
            .filter(|c| c.prefix == prefix && c.shape == shape);
        read.unwrap_or_else(|| Cache {
            prefix: prefix.to_owned(),
            shape: shape.to_owned(),
            ..Cache::default()
        })
    }

    /// No cache at all: every commit is read from Git (`audit --no-cache`,
    /// what an auditor runs on a clone of their own).
    pub(crate) fn none() -> Cache {
        Cache {
            off: true,
            ..Cache::default()
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<Known<'_>> {
        if self.irrelevant.contains(id) {
            return Some(Known::Irrelevant);
        }
        if let Some(v) = self.quiet.get(id) {
            return Some(Known::Quiet(*v));
        }
        self.facts.get(id).map(Known::Facts)
    }

    /// The history walked last time, if it started at `since`.
    pub(crate) fn walked(&self, since: Option<&str>) -> Option<&Walked> {
        self.walked.as_ref().filter(|w| w.since.as_deref() == since)
    }

    /// Keeps the history walked now (only a full walk from the start is
    /// kept, so a `--since` run does not push it out).
    pub(crate) fn remember_walk(&mut self, walked: Walked) {
        let same = self
            .walked
            .as_ref()
            .is_some_and(|w| w.head == walked.head && w.since == walked.since);
        if walked.since.is_none() && !same {
            self.walked = Some(walked);
            self.changed = true;
        }
    }

    pub(crate) fn irrelevant(&mut self, id: String) {
        self.changed |= self.irrelevant.insert(id);
    }

    pub(crate) fn quiet(&mut self, id: String, check: &super::verify::SignatureCheck) {
        if keepable(check.format.as_deref(), check.verdict) {
            self.changed |= self.quiet.insert(id, check.verdict).is_none();
        }
    }

    pub(crate) fn facts(&mut self, facts: &CommitFacts) {
        if keepable(facts.signature.format.as_deref(), facts.signature.verdict) {
            self.changed = true;
            self.facts.insert(facts.commit.id.clone(), facts.clone());
        }
    }

    /// Writes the cache if anything was added, atomically; failures are
    /// ignored (a read-only clone still audits).
    pub(crate) fn save(&self, git_dir: &Path) {
        if !self.changed || self.off {
            return;
        }
        let path = location(git_dir);
        let Some(folder) = path.parent() else { return };
        let written = crate::cache::own_folder(folder)
            .ok()
            .and_then(|_| tempfile::NamedTempFile::new_in(folder).ok())
            .and_then(|mut file| {
                let bytes = serde_json::to_vec(self).ok()?;
                file.write_all(&bytes).ok()?;
                file.persist(&path).ok()
            });
        let _ = written;
    }
}

/// Whether a verdict holds whatever the local keyring knows.
pub(crate) fn keepable(format: Option<&str>, verdict: Verdict) -> bool {
    !(matches!(format, Some("openpgp" | "x509")) && verdict == Verdict::UnknownKey)
}
