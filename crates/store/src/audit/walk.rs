//! Reading one commit: which assessment files and policy files it changed
//! against its parents, and what that did to the decision entries.
//!
//! Trees are compared by object id, folder by folder, so a commit that did
//! not touch `assessments/` or the policy costs two lookups, and a changed
//! folder is entered only where its id differs.

use std::collections::{BTreeMap, HashMap};

use git2::{Commit, Oid, Repository, Tree};
use somevakt_core::Policy;

use super::approval::{approval, describe_policy_change, describe_signers_change, in_force};
use super::detail::PolicyEdit;
use super::entries::{self, Entry, Version};
use super::facts::{Added, Altered, CommitFacts, CommitSummary, DigestCheck, Moved, PolicyInForce};
use super::trees::{changed_files, entry_id, subtree};
use super::verify::{SignatureCheck, Verifier, VerifyError};

/// How far back to look for a readable version of a file when its
/// parent's version is broken.
const LOOK_BACK: usize = 500;

/// File versions kept read at once (a version is usually needed again by
/// the very next commit that touches its file).
const VERSIONS_KEPT: usize = 4096;

/// What reading a commit found.
pub(crate) enum Seen {
    /// It touched neither the assessments nor the policy.
    Irrelevant,
    /// It touched them without adding, changing or removing a decision or
    /// changing the policy: only its signature is of interest.
    Quiet(SignatureCheck),
    /// It did something to the trail.
    Facts(Box<CommitFacts>),
}

/// Reads commits of one repository.
pub(crate) struct Reader<'r> {
    repo: &'r Repository,
    /// `assessments` as Git sees it (under the work tree).
    assessments: String,
    /// Where the assessment root sits in the work tree (`""` or `dir/`).
    prefix: String,
    policies: HashMap<Option<Oid>, PolicyInForce>,
    versions: HashMap<Oid, Result<Version, String>>,
    verifier: Verifier,
}

/// Why a commit could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReadError {
    #[error("{0}")]
    Git(#[from] git2::Error),
    #[error("{0}")]
    Verify(#[from] VerifyError),
}

impl<'r> Reader<'r> {
    pub(crate) fn new(repo: &'r Repository, prefix: String) -> Result<Reader<'r>, VerifyError> {
        Ok(Reader {
            repo,
            assessments: format!("{prefix}assessments"),
            prefix,
            policies: HashMap::new(),
            versions: HashMap::new(),
            verifier: Verifier::new()?,
        })
    }

    fn policy_path(&self) -> String {
        format!("{}somevakt.toml", self.prefix)
    }

    /// The policy a tree holds (defaults when it has no policy file).
    fn policy_in(&mut self, tree: Option<&Tree<'_>>) -> PolicyInForce {
        let blob = tree.and_then(|t| entry_id(t, &self.policy_path()));
        if let Some(known) = self.policies.get(&blob) {
            return known.clone();
        }
        let policy = match blob {
            None => in_force(Policy::default()),
            Some(oid) => match self.repo.find_blob(oid) {
                Ok(b) => match std::str::from_utf8(b.content())
                    .map_err(|e| e.to_string())
                    .and_then(|t| somevakt_core::parse::parse_policy(t).map_err(|e| e.message))
                {
                    Ok(p) => in_force(p),
                    Err(why) => PolicyInForce {
                        invalid: Some(why.split_whitespace().collect::<Vec<_>>().join(" ")),
                        ..PolicyInForce::default()
                    },
                },
                Err(e) => PolicyInForce {
                    invalid: Some(e.message().to_owned()),
                    ..PolicyInForce::default()
                },
            },
        };
        self.policies.insert(blob, policy.clone());
        policy
    }

    fn signers_path(&self, policy: &PolicyInForce) -> Option<String> {
        policy
            .allowed_signers
            .as_ref()
            .map(|p| format!("{}{}", self.prefix, p.trim_start_matches("./")))
    }

    /// Reads one commit.
    pub(crate) fn read(&mut self, commit: &Commit<'_>) -> Result<Seen, ReadError> {
        let tree = commit.tree()?;
        let parents: Vec<Commit<'_>> = commit.parents().collect();
        let parent_trees = parents
            .iter()
            .map(|p| p.tree())
            .collect::<Result<Vec<_>, _>>()?;
        let first = parent_trees.first();
        let differs = |path: &str| -> bool {
            let here = entry_id(&tree, path);
            if parent_trees.is_empty() {
                return here.is_some();
            }
            parent_trees.iter().any(|t| entry_id(t, path) != here)
        };
        let assessments_changed = differs(&self.assessments);
        let policy_changed = differs(&self.policy_path());
        let before = self.policy_in(first);
        let after = if policy_changed {
            self.policy_in(Some(&tree))
        } else {
            before.clone()
        };
        let old_signers = self.signers_path(&before);
        let new_signers = self.signers_path(&after);
        let signers_changed = [&old_signers, &new_signers]
            .into_iter()
            .flatten()
            .any(|p| entry_id(&tree, p) != first.and_then(|t| entry_id(t, p)));
        if !assessments_changed && !policy_changed && !signers_changed {
            return Ok(Seen::Irrelevant);
        }

        let signature = self.check_signature(commit, first, &before)?;
        let summary = summary(commit);
        let approval = approval(&before, &summary, &signature);
        let mut facts = CommitFacts {
            commit: summary,
            signature,
            policy: before.clone(),
            approval,
            added: Vec::new(),
            altered: Vec::new(),
            moved: Vec::new(),
            policy_changes: Vec::new(),
            unreadable: Vec::new(),
        };
        if assessments_changed {
            self.read_decisions(commit, &tree, &parent_trees, &mut facts)?;
        }
        if policy_changed || signers_changed {
            let path = self.policy_path();
            let existed = first.and_then(|t| entry_id(t, &path)).is_some();
            match (existed, entry_id(&tree, &path).is_some()) {
                (false, true) => facts.policy_changes.push(PolicyEdit::Added),
                (true, false) => facts.policy_changes.push(PolicyEdit::Removed),
                _ => {}
            }
            facts
                .policy_changes
                .extend(describe_policy_change(&before, &after));
            if signers_changed {
                let old = old_signers
                    .as_ref()
                    .and_then(|p| first.and_then(|t| self.text_at(t, p)));
                let new = new_signers.as_ref().and_then(|p| self.text_at(&tree, p));
                facts.policy_changes.extend(describe_signers_change(
                    old.as_deref().unwrap_or(""),
                    new.as_deref().unwrap_or(""),
                ));
            }
            if facts.policy_changes.is_empty() {
                facts.policy_changes.push(PolicyEdit::EditedOnly);
            }
        }
        let quiet = facts.added.is_empty()
            && facts.altered.is_empty()
            && facts.moved.is_empty()
            && facts.unreadable.is_empty()
            && !(policy_changed || signers_changed);
        Ok(if quiet {
            Seen::Quiet(facts.signature)
        } else {
            Seen::Facts(Box::new(facts))
        })
    }

    fn text_at(&self, tree: &Tree<'_>, path: &str) -> Option<String> {
        let blob = self.repo.find_blob(entry_id(tree, path)?).ok()?;
        Some(String::from_utf8_lossy(blob.content()).into_owned())
    }

    fn check_signature(
        &mut self,
        commit: &Commit<'_>,
        first_parent: Option<&Tree<'_>>,
        policy: &PolicyInForce,
    ) -> Result<SignatureCheck, ReadError> {
        let Ok((signature, payload)) = self.repo.extract_signature(&commit.id(), None) else {
            return Ok(SignatureCheck::none());
        };
        let allowed = match self.signers_path(policy) {
            None => None,
            Some(path) => {
                let blob = first_parent.and_then(|t| entry_id(t, &path));
                let bytes = blob
                    .and_then(|b| self.repo.find_blob(b).ok())
                    .map(|b| b.content().to_vec())
                    .unwrap_or_default();
                let id = blob.map(|b| b.to_string()).unwrap_or_default();
                Some((id, bytes))
            }
        };
        let committer = commit.committer();
        let when = committer.when().seconds();
        let email = String::from_utf8_lossy(committer.email_bytes());
        Ok(self.verifier.check(
            &signature,
            &payload,
            allowed.as_ref().map(|(id, b)| (id.as_str(), b.as_slice())),
            when,
            &email,
        )?)
    }

    fn read_decisions(
        &mut self,
        commit: &Commit<'_>,
        tree: &Tree<'_>,
        parent_trees: &[Tree<'_>],
        facts: &mut CommitFacts,
    ) -> Result<(), ReadError> {
        // Per changed file: its blob here, and in each parent.
        let here = subtree(self.repo, tree, &self.assessments);
        let theres: Vec<Option<Tree<'_>>> = if parent_trees.is_empty() {
            vec![None]
        } else {
            parent_trees
                .iter()
                .map(|p| subtree(self.repo, p, &self.assessments))
                .collect()
        };
        let mut diffs = Vec::with_capacity(theres.len());
        for there in &theres {
            let mut changed = BTreeMap::new();
            changed_files(
                self.repo,
                there.as_ref(),
                here.as_ref(),
                &self.assessments,
                &mut changed,
            )?;
            diffs.push(changed);
        }
        let mut files: BTreeMap<String, (Option<Oid>, Vec<Option<Oid>>)> = BTreeMap::new();
        for diff in &diffs {
            for (path, (_, new)) in diff {
                files.entry(path.clone()).or_insert((*new, Vec::new()));
            }
        }
        for (path, (new, olds)) in files.iter_mut() {
            // A parent the file did not change against had it as it is.
            *olds = diffs
                .iter()
                .map(|d| d.get(path).map_or(*new, |(old, _)| *old))
                .collect();
        }
        // Per file: entries that no parent had, and entries some parent
        // had that are gone.
        let mut added: Vec<(String, usize, Entry, DigestCheck)> = Vec::new();
        let mut lost: Vec<(String, Entry)> = Vec::new();
        for (path, (new_blob, old_blobs)) in &files {
            // Most commits update other tables of files that hold no
            // decision at all: no need to parse them.
            let blobs = std::iter::once(new_blob).chain(old_blobs.iter());
            // A version known to be unreadable is compared through the last
            // readable one, which may have held decisions.
            let unreadable = |b: &Option<Oid>| {
                b.and_then(|oid| self.versions.get(&oid))
                    .is_some_and(Result::is_err)
            };
            if !blobs
                .into_iter()
                .any(|b| unreadable(b) || self.mentions_decisions(*b))
            {
                continue;
            }
            let account = self.account_of(path);
            let new = match self.version_of(*new_blob) {
                Ok(v) => v,
                Err(why) => {
                    facts.unreadable.push((path.clone(), why));
                    continue;
                }
            };
            let olds: Vec<Version> = if parent_trees.is_empty() {
                vec![Version::default()]
            } else {
                old_blobs
                    .iter()
                    .zip(commit.parent_ids())
                    .map(|(blob, id)| self.readable_version(*blob, id, path))
                    .collect()
            };
            let mut new_everywhere: Option<Vec<usize>> = None;
            for old in &olds {
                let (add, gone) = entries::compare(&old.decisions, &new.decisions);
                new_everywhere = Some(match new_everywhere {
                    None => add,
                    Some(before) => before.into_iter().filter(|i| add.contains(i)).collect(),
                });
                for i in gone {
                    let entry = &old.decisions[i];
                    if !lost
                        .iter()
                        .any(|(a, e)| *a == account && e.key == entry.key)
                    {
                        lost.push((account.clone(), entry.clone()));
                    }
                }
            }
            for i in new_everywhere.unwrap_or_default() {
                let entry = new.decisions[i].clone();
                let digest = match &entry.dpia_digest {
                    None => DigestCheck::Missing,
                    Some(d) => match new.dpia_digest(d) {
                        Err(_) => DigestCheck::Unreadable,
                        Ok(actual) if d.trim() == actual => DigestCheck::Match,
                        Ok(_) => DigestCheck::Mismatch,
                    },
                };
                added.push((account.clone(), i + 1, entry, digest));
            }
        }
        // An entry that left one file and arrived in another in the same
        // commit moved with a renamed account.
        lost.retain(|(from, entry)| {
            let arrived = added
                .iter()
                .position(|(to, _, e, _)| to != from && e.key == entry.key);
            match arrived {
                Some(j) => {
                    let (to, ..) = added.remove(j);
                    facts.moved.push(Moved {
                        key: entry.key.clone(),
                        from: from.clone(),
                        to,
                    });
                    false
                }
                None => true,
            }
        });
        // A lost entry and a new one in the same file: the entry was changed.
        for (account, old) in lost {
            let replacement = added.iter().position(|(a, ..)| *a == account);
            let new = replacement.map(|j| added.remove(j).2);
            facts.altered.push(Altered { account, old, new });
        }
        facts.added = added
            .into_iter()
            .map(|(account, position, entry, digest)| Added {
                account,
                position,
                entry,
                digest,
            })
            .collect();
        Ok(())
    }

    fn account_of(&self, path: &str) -> String {
        path.strip_prefix(&self.assessments)
            .unwrap_or(path)
            .trim_start_matches('/')
            .trim_end_matches(".toml")
            .to_owned()
    }

    /// Whether a version of a file could hold a decision entry (or cannot
    /// be read, which the full reading reports).
    fn mentions_decisions(&self, blob: Option<Oid>) -> bool {
        let Some(oid) = blob else {
            return false;
        };
        match self.repo.find_blob(oid) {
            Ok(blob) => blob.content().windows(9).any(|w| w == b"decisions"),
            Err(_) => true,
        }
    }

    /// The version of a file in `tree`.
    fn version_at(&mut self, tree: &Tree<'_>, path: &str) -> Result<Version, String> {
        self.version_of(entry_id(tree, path))
    }

    /// A version of a file by its blob id (`None`: no such file). Each
    /// version is read once: the version one commit wrote is the one a
    /// later commit changes.
    fn version_of(&mut self, blob: Option<Oid>) -> Result<Version, String> {
        let Some(oid) = blob else {
            return Ok(Version::default());
        };
        if let Some(known) = self.versions.get(&oid) {
            return known.clone();
        }
        let read = match self.repo.find_blob(oid) {
            Ok(blob) => entries::read(blob.content()),
            Err(e) => Err(e.message().to_owned()),
        };
        if self.versions.len() >= VERSIONS_KEPT {
            self.versions.clear();
        }
        self.versions.insert(oid, read.clone());
        read
    }

    /// The file in a parent; when that version cannot be read, the last
    /// readable one before it along the first parents, so a broken
    /// version in between does not make old decisions look new.
    fn readable_version(&mut self, blob: Option<Oid>, parent: Oid, path: &str) -> Version {
        if let Ok(v) = self.version_of(blob) {
            return v;
        }
        let mut at = self.repo.find_commit(parent).ok();
        for _ in 0..LOOK_BACK {
            let Some(commit) = at.and_then(|c| c.parent(0).ok()) else {
                break;
            };
            if let Ok(t) = commit.tree()
                && let Ok(v) = self.version_at(&t, path)
            {
                return v;
            }
            at = Some(commit);
        }
        Version::default()
    }
}

fn summary(commit: &Commit<'_>) -> CommitSummary {
    let author = commit.author();
    let message = String::from_utf8_lossy(commit.message_bytes()).into_owned();
    let trailers = git2::message_trailers_strs(&message)
        .map(|t| {
            t.iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .unwrap_or_default();
    CommitSummary {
        id: commit.id().to_string(),
        author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
        email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
        committer_email: String::from_utf8_lossy(commit.committer().email_bytes()).into_owned(),
        time: author.when().seconds(),
        offset_minutes: author.when().offset_minutes(),
        subject: message.lines().next().unwrap_or("").to_owned(),
        trailers,
    }
}
