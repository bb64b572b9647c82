//! Several municipalities' registers (`somevakt overview`, docs/overview.md):
//! each fetched into a bare mirror of its own under the user's cache folder,
//! then read straight from the mirror's branch with the same [`Reader`] as
//! `--as-of`, never checked out. No server and no database: Git is the
//! transport and the store.
//!
//! Fetching runs the `git` command line, not libgit2, so that the user's own
//! credential helpers, SSH agent, proxies and `insteadOf` rules apply as
//! they do for `git fetch`; somevakt stores no credential.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use somevakt_core::overview::{Manifest, Municipality, mirror_name};
use somevakt_core::{CommitId, Date, Register};

use crate::as_of::{AsOfError, Reader, committer_day};
use crate::clock::Clock;

/// Kept in each mirror: the last fetch that worked, and the last failure.
const STATE_FILE: &str = "somevakt-sync.json";

/// What a mirror remembers of its fetches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// The remote and branch it was last fetched from.
    pub remote: String,
    /// The branch.
    pub branch: String,
    /// When the last fetch that worked ended (RFC 3339).
    pub fetched_at: Option<String>,
    /// The branch's commit after that fetch.
    pub tip: Option<String>,
    /// The last failed fetch: when, and what Git said.
    pub failed_at: Option<String>,
    /// What Git said.
    pub error: Option<String>,
}

/// How one municipality's fetch went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synced {
    /// Fetched; `moved` when the branch has new commits.
    Fetched {
        /// The branch's commit now.
        tip: String,
        /// Whether it moved since the last fetch.
        moved: bool,
    },
    /// Fetched, but the branch was rewritten (force-pushed): its old commit
    /// is no longer in its history, so what was reported before may be gone.
    Rewritten {
        /// The commit it pointed at before.
        old: String,
        /// The commit it points at now.
        new: String,
    },
    /// The fetch failed; the mirror keeps its last good fetch.
    Failed {
        /// What Git said (its last lines).
        error: String,
        /// When the last good fetch ended, if there was one.
        last_good: Option<String>,
    },
}

/// Fetches every municipality of `manifest` into its mirror under `mirrors`,
/// at most `jobs` at a time; `done` hears of each as it finishes (for a
/// progress line). A failure is reported and the others go on.
pub fn sync(
    mirrors: &Path,
    manifest: &Manifest,
    jobs: usize,
    clock: Clock,
    done: &(dyn Fn(&Municipality, &Synced) + Sync),
) -> Result<Vec<Synced>, std::io::Error> {
    std::fs::create_dir_all(mirrors)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.max(1))
        .build()
        .map_err(std::io::Error::other)?;
    Ok(pool.install(|| {
        manifest
            .municipality
            .par_iter()
            .map(|m| {
                let synced = sync_one(&mirrors.join(mirror_name(m)), m, clock);
                done(m, &synced);
                synced
            })
            .collect()
    }))
}

fn sync_one(dir: &Path, m: &Municipality, clock: Clock) -> Synced {
    // To the second: when a fetch ended is read by people.
    let now = clock.now().timestamp();
    let now = jiff::Timestamp::from_second(now.as_second())
        .unwrap_or(now)
        .to_string();
    let mut state = read_state(dir);
    let fetched = fetch(dir, m);
    state.remote = m.remote.clone();
    state.branch = m.branch.clone();
    let synced = match fetched {
        Ok(new) => {
            let old = state.tip.take();
            let synced = match old {
                Some(old) if old != new && !is_ancestor(dir, &old, &new) => Synced::Rewritten {
                    old,
                    new: new.clone(),
                },
                old => Synced::Fetched {
                    moved: old.as_deref() != Some(new.as_str()),
                    tip: new.clone(),
                },
            };
            state.tip = Some(new);
            state.fetched_at = Some(now);
            state.error = None;
            state.failed_at = None;
            synced
        }
        Err(error) => {
            state.failed_at = Some(now);
            state.error = Some(error.clone());
            Synced::Failed {
                error,
                last_good: state.fetched_at.clone(),
            }
        }
    };
    // The state only says when; a mirror whose state cannot be written
    // still holds what was fetched.
    let _ = write_state(dir, &state);
    synced
}

/// `git fetch` of the branch into the bare mirror at `dir` (made on the
/// first fetch); the branch's commit after it.
fn fetch(dir: &Path, m: &Municipality) -> Result<String, String> {
    if !dir.join("HEAD").is_file() {
        git(
            Path::new("."),
            &["init", "--quiet", "--bare", &dir.to_string_lossy()],
        )?;
    }
    let branch = format!("refs/heads/{}", m.branch);
    // `+`: a force-pushed branch is taken as it is now, and reported.
    let refspec = format!("+{branch}:{branch}");
    git(
        dir,
        &[
            "fetch",
            "--quiet",
            "--no-tags",
            "--no-write-fetch-head",
            "--",
            &m.remote,
            &refspec,
        ],
    )?;
    git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{branch}^{{commit}}"),
        ],
    )
    .map(|out| out.trim().to_owned())
}

fn is_ancestor(dir: &Path, old: &str, new: &str) -> bool {
    git(dir, &["merge-base", "--is-ancestor", old, new]).is_ok()
}

/// Runs `git` in `dir`; its standard output, or the last lines it printed
/// on standard error. Never asks at the terminal: a remote that needs a
/// password no helper has fails, it does not wait.
fn git(dir: &Path, args: &[&str]) -> Result<String, String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let said = String::from_utf8_lossy(&out.stderr);
    let last: Vec<&str> = said.lines().filter(|l| !l.trim().is_empty()).collect();
    let tail = last[last.len().saturating_sub(3)..].join(" / ");
    Err(if tail.is_empty() {
        format!(
            "git {} failed ({})",
            args.first().unwrap_or(&""),
            out.status
        )
    } else {
        tail
    })
}

fn read_state(dir: &Path) -> SyncState {
    std::fs::read(dir.join(STATE_FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn write_state(dir: &Path, state: &SyncState) -> std::io::Result<()> {
    if !dir.is_dir() {
        return Ok(()); // never made: nothing was fetched
    }
    let text = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut file, &text)?;
    file.persist(dir.join(STATE_FILE)).map_err(|e| e.error)?;
    Ok(())
}

/// One municipality as its mirror holds it.
#[derive(Debug)]
pub struct Held {
    /// Its mirror.
    pub mirror: PathBuf,
    /// What the mirror remembers of its fetches.
    pub state: SyncState,
    /// The register on the branch (as of the day asked), its commit and
    /// the day that commit was made; or why it cannot be read.
    pub read: Result<(Register, CommitId, Date), String>,
}

/// Reads every municipality's register from its mirror, in parallel: the
/// branch's newest commit, or with `as_of` the newest on its first-parent
/// line committed on or before that day.
pub fn read(mirrors: &Path, manifest: &Manifest, as_of: Option<Date>) -> Vec<Held> {
    manifest
        .municipality
        .par_iter()
        .map(|m| {
            let mirror = mirrors.join(mirror_name(m));
            let state = read_state(&mirror);
            let read = if state.fetched_at.is_none() {
                // A first fetch that failed leaves an empty mirror behind.
                Err(match &state.error {
                    Some(error) => format!("never fetched ({error}): run `somevakt overview sync`"),
                    None => "not fetched yet: run `somevakt overview sync`".to_owned(),
                })
            } else {
                read_one(&mirror, &m.branch, as_of).map_err(|e| e.to_string())
            };
            Held {
                state,
                read,
                mirror,
            }
        })
        .collect()
}

fn read_one(
    mirror: &Path,
    branch: &str,
    as_of: Option<Date>,
) -> Result<(Register, CommitId, Date), AsOfError> {
    let repo = gix::open(mirror).map_err(|e| AsOfError::NoRepository(e.to_string()))?;
    let name = format!("refs/heads/{branch}");
    let mut reference = repo
        .find_reference(name.as_str())
        .map_err(|_| AsOfError::UnknownRevision(branch.to_owned()))?;
    let mut commit = reference
        .peel_to_commit()
        .map_err(|e| AsOfError::Git(e.to_string()))?;
    if let Some(day) = as_of {
        loop {
            if committer_day(&commit)? <= day {
                break;
            }
            let Some(parent) = commit.parent_ids().next() else {
                return Err(AsOfError::NothingBefore(day));
            };
            commit = repo
                .find_commit(parent.detach())
                .map_err(|e| AsOfError::Git(e.to_string()))?;
        }
    }
    let day = committer_day(&commit)?;
    let register = Reader::new(&repo, mirror).register(&commit)?;
    Ok((register, CommitId::from_hex(commit.id.to_string()), day))
}
