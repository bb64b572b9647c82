//! The `[dpia]` management decided on, read back from Git history, so that
//! F02 after a DPIA change can name the keys that changed since the decision
//! (docs/format.md, F02). The comparison itself is pure and lives in core
//! ([`somevakt_core::findings::dpia_changes`]); this only finds the text.
//!
//! A report asks this for every account whose DPIA changed after its
//! decision. Searching each one's history on its own with libgit2 took about
//! a second per account on a 100,000-commit repository (every commit and
//! three trees read again for each), so one [`DecidedVersions`] per run
//! lists the commits once and keeps every tree it decodes: the first search
//! reads the trees along the way, later ones mostly their own folder's.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use gix::ObjectId;
use gix::objs::FindExt;
use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;
use somevakt_core::digest::{digest_matches, dpia_digest, dpia_digest_v1};
use somevakt_core::findings::{DpiaChange, dpia_changes};
use somevakt_core::{Assessment, Date};

use crate::history::gix_relative;
use crate::refusal::GitError;
use crate::walk::{WalkError, open, root_tree};

/// How many commits back the search goes: enough for years of records on one
/// account, and a bound on the time a huge repository can cost.
const MAX_COMMITS: usize = 5000;

/// Finds the versions of `[dpia]` decisions were taken on, for one report
/// run: the repository is opened and its commits listed on the first
/// question, and what was read is kept for the next (see the module notes).
/// Safe to ask from several threads; they take turns.
pub struct DecidedVersions {
    root: PathBuf,
    history: Mutex<Option<Result<History, String>>>,
}

/// The commits searched and the trees read so far. (The repository handle
/// itself cannot cross threads without gitoxide's "parallel" feature, and
/// a report asks from several: each search opens it again, which takes
/// well under a millisecond.)
struct History {
    /// Root tree ids of the newest [`MAX_COMMITS`] commits from HEAD,
    /// newest first by commit time.
    roots: Vec<ObjectId>,
    /// Decoded trees by id: name to (id, whether it is a folder).
    trees: HashMap<ObjectId, Arc<Tree>>,
    /// Each file version's DPIA digests, by the old rule and the current
    /// one (`None`: not a readable assessment).
    digests: HashMap<ObjectId, Option<[String; 2]>>,
    buf: Vec<u8>,
}

/// A tree's entries sorted by name, for lookup by bisection.
type Tree = Vec<(Box<[u8]>, ObjectId, bool)>;

impl DecidedVersions {
    /// For the register at `root`; nothing is read until asked.
    pub fn new(root: &Path) -> DecidedVersions {
        DecidedVersions {
            root: root.to_path_buf(),
            history: Mutex::new(None),
        }
    }

    /// The `[dpia]` keys that differ between the DPIA the latest decision
    /// (as of `today`) was taken on and the current one, for the file at
    /// `relative` (from the register's root). `Ok(None)` when there is
    /// nothing to compare: no decision, a decision without `dpia_digest`,
    /// or no committed version of the file (within [`MAX_COMMITS`] commits)
    /// whose `[dpia]` has that digest (the DPIA was edited before its
    /// first commit).
    pub fn changes_since_decision(
        &self,
        relative: &str,
        current: &Assessment,
        today: Date,
    ) -> Result<Option<Vec<DpiaChange>>, GitError> {
        let counted = current.as_of(today);
        let Some(digest) = counted
            .latest_decision()
            .and_then(|d| d.dpia_digest.as_deref())
            .map(str::trim)
            .filter(|d| !d.is_empty())
        else {
            return Ok(None);
        };
        if digest_matches(digest, &current.dpia) {
            return Ok(Some(Vec::new()));
        }
        let Some(text) = self.text_with_digest(relative, digest)? else {
            return Ok(None);
        };
        Ok(dpia_changes(&text, current).ok())
    }

    fn text_with_digest(&self, relative: &str, digest: &str) -> Result<Option<String>, GitError> {
        // A thread that panicked mid-search leaves nothing half-done that
        // matters: the maps only ever gain whole entries.
        let mut guard = self.history.lock().unwrap_or_else(|e| e.into_inner());
        let repo = open(&self.root)?;
        let history = guard.get_or_insert_with(|| History::list(&repo).map_err(|e| e.to_string()));
        match history {
            Ok(history) => {
                let path = gix_relative(&repo, &self.root, relative);
                Ok(history.text_with_digest(&repo, &path, digest)?)
            }
            Err(message) => Err(GitError::from(WalkError::from(message.clone()))),
        }
    }
}

impl History {
    /// Lists the newest commits of `repo`.
    fn list(repo: &gix::Repository) -> Result<History, WalkError> {
        let graph = repo.commit_graph_if_enabled().ok().flatten();
        let mut roots = Vec::new();
        let mut buf = Vec::new();
        if let Ok(head) = repo.head_id() {
            let commits = repo
                .rev_walk([head.detach()])
                .sorting(Sorting::ByCommitTime(CommitTimeOrder::NewestFirst))
                .use_commit_graph(true)
                .all()?;
            for info in commits.take(MAX_COMMITS) {
                roots.push(root_tree(repo, graph.as_ref(), &info?.id, &mut buf)?);
            }
        } // else no commits yet: nothing to search
        Ok(History {
            roots,
            trees: HashMap::new(),
            digests: HashMap::new(),
            buf,
        })
    }

    /// A committed version of `path` (from the work tree's top) whose
    /// `[dpia]` has `digest`, looking from the newest commit back.
    fn text_with_digest(
        &mut self,
        repo: &gix::Repository,
        path: &str,
        digest: &str,
    ) -> Result<Option<String>, WalkError> {
        let parts: Vec<&[u8]> = path.split('/').map(str::as_bytes).collect();
        let mut last_seen = None;
        for at in 0..self.roots.len() {
            let Some(blob) = self.file_in(repo, self.roots[at], &parts)? else {
                continue;
            };
            if last_seen == Some(blob) {
                continue; // the same version as the commit after it
            }
            last_seen = Some(blob);
            let found = self.digest_of(repo, blob)?;
            if found.is_some_and(|both| both.iter().any(|d| d == digest)) {
                let text = repo.objects.find_blob(&blob, &mut self.buf)?;
                return Ok(std::str::from_utf8(text.data).ok().map(str::to_owned));
            }
        }
        Ok(None)
    }

    /// The id of the file at `parts` below the root tree `tree`.
    fn file_in(
        &mut self,
        repo: &gix::Repository,
        mut tree: ObjectId,
        parts: &[&[u8]],
    ) -> Result<Option<ObjectId>, WalkError> {
        for (level, name) in parts.iter().enumerate() {
            let entries = self.tree(repo, tree)?;
            let Ok(at) = entries.binary_search_by(|(n, _, _)| (**n).cmp(name)) else {
                return Ok(None);
            };
            let (_, id, folder) = entries[at];
            if folder != (level + 1 < parts.len()) {
                return Ok(None); // a file where a folder should be, or back
            }
            tree = id;
        }
        Ok(Some(tree))
    }

    fn tree(&mut self, repo: &gix::Repository, id: ObjectId) -> Result<Arc<Tree>, WalkError> {
        if let Some(tree) = self.trees.get(&id) {
            return Ok(Arc::clone(tree));
        }
        let mut entries = Tree::new();
        for e in repo.objects.find_tree_iter(&id, &mut self.buf)? {
            let e = e?;
            let name: &[u8] = e.filename;
            entries.push((name.into(), e.oid.to_owned(), e.mode.is_tree()));
        }
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let tree = Arc::new(entries);
        self.trees.insert(id, Arc::clone(&tree));
        Ok(tree)
    }

    fn digest_of(
        &mut self,
        repo: &gix::Repository,
        blob: ObjectId,
    ) -> Result<Option<[String; 2]>, WalkError> {
        if let Some(digest) = self.digests.get(&blob) {
            return Ok(digest.clone());
        }
        let data = repo.objects.find_blob(&blob, &mut self.buf)?;
        let digest = std::str::from_utf8(data.data)
            .ok()
            .and_then(|text| somevakt_core::parse::parse_assessment(text).ok())
            .map(|a| [dpia_digest_v1(&a.dpia), dpia_digest(&a.dpia)]);
        self.digests.insert(blob, digest.clone());
        Ok(digest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir)
            .output()
            .expect("git")
            .status
            .success();
        assert!(ok, "git {args:?}");
    }

    const FILE: &str = r#"schema_version = 1
[account]
municipality = "Testvik"
platform = "facebook"
name = "Testvik"
status = "active"
[dpia]
purpose = "Informere"
completed = 2024-01-10
[dpia.transfer]
third_country = true
mechanism = "scc"
"#;

    #[test]
    fn names_the_keys_changed_since_the_decision() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        git(root, &["init", "-q"]);
        std::fs::create_dir_all(root.join("assessments/t")).expect("mkdir");
        let path = "assessments/t/a.toml";
        let decided = somevakt_core::parse::parse_assessment(FILE).expect("parse");
        let digest = dpia_digest(&decided.dpia);
        let with_decision = format!(
            "{FILE}\n[[decisions]]\ndate = 2024-02-01\noutcome = \"approved\"\ndpia_digest = \"{digest}\"\n"
        );
        std::fs::write(root.join(path), &with_decision).expect("write");
        git(root, &["add", "."]);
        git(root, &["commit", "-q", "-m", "decision"]);
        let today = Date::from_ymd(2025, 1, 15).expect("date");

        let now = somevakt_core::parse::parse_assessment(&with_decision).expect("parse");
        let same = DecidedVersions::new(root)
            .changes_since_decision(path, &now, today)
            .expect("git");
        assert_eq!(same, Some(Vec::new()), "nothing changed yet");

        let edited = with_decision
            .replace("\"Informere\"", "\"Informere og svare\"")
            .replace("mechanism = \"scc\"\n", "");
        std::fs::write(root.join(path), &edited).expect("write");
        git(root, &["commit", "-q", "-am", "edit the DPIA"]);
        let now = somevakt_core::parse::parse_assessment(&edited).expect("parse");
        let changes = DecidedVersions::new(root)
            .changes_since_decision(path, &now, today)
            .expect("git")
            .expect("found the decided version");
        let keys: Vec<&str> = changes.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, vec!["dpia.purpose", "dpia.transfer.mechanism"]);
        assert_eq!(changes[1].now, None, "removed");
        assert_eq!(changes[1].decided.as_deref(), Some("\"scc\""));
    }

    /// One search per run serves every account: versions in other folders,
    /// a file whose decided version is several commits back behind
    /// unrelated commits, and one never committed with the decided DPIA,
    /// asked in turn of the same [`DecidedVersions`] (and from two threads).
    #[test]
    fn one_run_answers_for_every_account_from_what_it_read() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        git(root, &["init", "-q"]);
        let decided = somevakt_core::parse::parse_assessment(FILE).expect("parse");
        let digest = dpia_digest(&decided.dpia);
        let with_decision = |digest: &str| {
            format!(
                "{FILE}\n[[decisions]]\ndate = 2024-02-01\noutcome = \"approved\"\ndpia_digest = \"{digest}\"\n"
            )
        };
        let paths = [
            "assessments/a/x.toml",
            "assessments/b/y.toml",
            "assessments/c/z.toml",
        ];
        for (i, path) in paths.iter().enumerate() {
            let file = root.join(path);
            std::fs::create_dir_all(file.parent().expect("folder")).expect("mkdir");
            // z's decision names a DPIA no commit ever held.
            let text = match i {
                2 => with_decision("sha256:00"),
                _ => with_decision(&digest),
            };
            std::fs::write(&file, text).expect("write");
        }
        git(root, &["add", "."]);
        git(root, &["commit", "-q", "-m", "decisions"]);
        let edit = |path: &str, purpose: &str| {
            let text = std::fs::read_to_string(root.join(path)).expect("read");
            let text = text.replacen(
                "purpose = \"Informere\"",
                &format!("purpose = \"{purpose}\""),
                1,
            );
            std::fs::write(root.join(path), &text).expect("write");
            git(root, &["commit", "-q", "-am", "edit"]);
            somevakt_core::parse::parse_assessment(&text).expect("parse")
        };
        let x = edit(paths[0], "Svare");
        for n in 0..5 {
            std::fs::write(root.join("assessments/b/other.toml"), format!("# {n}\n")).expect("w");
            git(root, &["add", "."]);
            git(root, &["commit", "-q", "-m", "unrelated"]);
        }
        let y = edit(paths[1], "Lytte");
        let z = edit(paths[2], "Dele");
        let today = Date::from_ymd(2025, 1, 15).expect("date");
        let versions = DecidedVersions::new(root);
        let keys = |path: &str, now: &Assessment| -> Option<Vec<String>> {
            versions
                .changes_since_decision(path, now, today)
                .expect("git")
                .map(|c| c.into_iter().map(|c| c.key).collect())
        };
        std::thread::scope(|scope| {
            let other = scope.spawn(|| keys(paths[1], &y));
            assert_eq!(keys(paths[0], &x), Some(vec!["dpia.purpose".to_owned()]));
            assert_eq!(
                other.join().expect("thread"),
                Some(vec!["dpia.purpose".to_owned()])
            );
        });
        assert_eq!(keys(paths[2], &z), None, "no version has that digest");
        // Asked again, the same answer from what was kept.
        assert_eq!(keys(paths[0], &x), Some(vec!["dpia.purpose".to_owned()]));
    }
}
