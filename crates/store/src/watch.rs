//! Live reload: watches `assessments/`, `somevakt.toml` and Git's HEAD and
//! refs (never the rest of `.git/`, whose objects and index churn on every
//! command), debounced so an editor's write-temp-then-rename save arrives as
//! one change. Falls back to polling where the system's watcher fails
//! (inotify limits, network file systems).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use notify_debouncer_full::notify::event::ModifyKind;
use notify_debouncer_full::notify::{
    self, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode,
};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, NoCache, RecommendedCache, new_debouncer, new_debouncer_opt,
};

use crate::load::{ASSESSMENTS_DIR, POLICY_FILE};

/// What the watcher saw. The dashboard maps these to its own messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreEvent {
    /// Files under `assessments/` changed on disk (paths from the root).
    FilesChanged(Vec<String>),
    /// The policy or a whole folder changed: load everything again (why).
    ReloadAll(ReloadReason),
    /// HEAD or a ref moved: history may have changed.
    GitChanged,
    /// Watching itself reports something (an error, a fallback).
    Watching(WatchNote),
}

/// Why everything is read again: as data, so the dashboard can say it in
/// the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReloadReason {
    /// `somevakt.toml` changed.
    Policy,
    /// A folder (its path from the root) was created, removed or renamed.
    Folder(String),
}

/// How changes are noticed, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchNote {
    /// The system's watcher reports changes.
    Watching,
    /// Polling every `seconds`: because `--poll` asked for it (`why` is
    /// `None`) or because the system's watcher failed (`why`, its error).
    Polling {
        /// Seconds between two looks.
        seconds: u64,
        /// The system watcher's error, if it failed.
        why: Option<String>,
    },
    /// Not watching at all (the error); `r` reloads by hand.
    NotWatching(String),
    /// The watcher reported an error; `r` reloads by hand.
    Error,
}

/// Where the watcher sends what it saw; called from the watcher's thread.
pub type Sink = Arc<dyn Fn(StoreEvent) + Send + Sync>;

/// Long enough to gather an editor's write-temp-then-rename save into one
/// change, short enough that an edit shows within a blink (the target is
/// 200 ms from save to updated row, reading and drawing included).
const DEBOUNCE: Duration = Duration::from_millis(50);
const POLL_EVERY: Duration = Duration::from_secs(2);

/// Keeps the watcher alive; dropping it stops watching.
pub enum Watch {
    /// The system's watcher (inotify, FSEvents, …).
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    /// Polling, where the system's watcher fails or `--poll` asks for it.
    Polling(Debouncer<PollWatcher, NoCache>),
}

/// What to watch, and how to tell the paths apart.
#[derive(Clone)]
struct Places {
    root: PathBuf,
    assessments: PathBuf,
    policy: PathBuf,
    git_dir: Option<PathBuf>,
}

/// Starts watching `root`; the note says how, for the status line. With
/// `poll`, polls from the start: on network file systems the system's
/// watcher may accept the watch yet never hear of changes made elsewhere.
pub fn start(root: &Path, tx: Sink, poll: bool) -> (Option<Watch>, WatchNote) {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let places = Places {
        assessments: root.join(ASSESSMENTS_DIR),
        policy: root.join(POLICY_FILE),
        git_dir: git2::Repository::discover(&root).ok().map(|r| {
            r.path()
                .canonicalize()
                .unwrap_or_else(|_| r.path().to_path_buf())
        }),
        root,
    };
    let native_error = if poll {
        None
    } else {
        match native(&places, tx.clone()) {
            Ok(watch) => return (Some(Watch::Native(watch)), WatchNote::Watching),
            Err(e) => Some(e.to_string()),
        }
    };
    match polling(&places, tx) {
        Ok(watch) => (
            Some(Watch::Polling(watch)),
            WatchNote::Polling {
                seconds: POLL_EVERY.as_secs(),
                why: native_error,
            },
        ),
        Err(e) => (None, WatchNote::NotWatching(e.to_string())),
    }
}

fn native(
    places: &Places,
    tx: Sink,
) -> notify::Result<Debouncer<RecommendedWatcher, RecommendedCache>> {
    let handler_places = places.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result| {
        forward(&handler_places, result, &tx);
    })?;
    add_paths(places, |path, mode| debouncer.watch(path, mode))?;
    Ok(debouncer)
}

fn polling(places: &Places, tx: Sink) -> notify::Result<Debouncer<PollWatcher, NoCache>> {
    let handler_places = places.clone();
    // The poll watcher compares modification times in whole seconds, so a
    // save in the same second as the last scan would go unnoticed; it also
    // compares contents, which catches those.
    let config = notify::Config::default()
        .with_poll_interval(POLL_EVERY)
        .with_compare_contents(true);
    let mut debouncer = new_debouncer_opt::<_, PollWatcher, NoCache>(
        DEBOUNCE,
        None,
        move |result| forward(&handler_places, result, &tx),
        NoCache,
        config,
    )?;
    add_paths(places, |path, mode| debouncer.watch(path, mode))?;
    Ok(debouncer)
}

/// The root is watched without recursion (for `somevakt.toml`), the
/// assessments with it, and of `.git/` only the folder itself (HEAD,
/// packed-refs) and `refs/`.
fn add_paths(
    places: &Places,
    mut watch: impl FnMut(&Path, RecursiveMode) -> notify::Result<()>,
) -> notify::Result<()> {
    watch(&places.root, RecursiveMode::NonRecursive)?;
    if places.assessments.is_dir() {
        watch(&places.assessments, RecursiveMode::Recursive)?;
    }
    if let Some(git) = &places.git_dir {
        watch(git, RecursiveMode::NonRecursive)?;
        let refs = git.join("refs");
        if refs.is_dir() {
            watch(&refs, RecursiveMode::Recursive)?;
        }
    }
    Ok(())
}

/// Turns raw events into the messages the dashboard understands.
fn forward(places: &Places, result: DebounceEventResult, tx: &Sink) {
    let Ok(events) = result else {
        tx(StoreEvent::Watching(WatchNote::Error));
        return;
    };
    let mut files: Vec<String> = Vec::new();
    let (mut everything, mut git) = (false, false);
    let mut reason = ReloadReason::Policy;
    for event in &events {
        // Reading a file is an event too (inotify's open and close): the
        // dashboard's own loading must not look like a change, or every load
        // would trigger the next.
        if !changes_content(&event.kind) {
            continue;
        }
        let structural = matches!(
            event.kind,
            EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
        );
        for path in &event.paths {
            match classify(places, path, structural) {
                Some(Change::File(relative)) if !files.contains(&relative) => files.push(relative),
                Some(Change::File(_)) => {}
                Some(Change::Everything) => {
                    everything = true;
                    reason = if *path == places.policy {
                        ReloadReason::Policy
                    } else {
                        let shown = path.strip_prefix(&places.root).unwrap_or(path);
                        ReloadReason::Folder(shown.display().to_string())
                    };
                }
                Some(Change::Git) => git = true,
                None => {}
            }
        }
    }
    if everything {
        tx(StoreEvent::ReloadAll(reason));
    } else if !files.is_empty() {
        tx(StoreEvent::FilesChanged(files));
    }
    if git {
        tx(StoreEvent::GitChanged);
    }
}

/// Whether an event can have changed what a file says.
fn changes_content(kind: &EventKind) -> bool {
    use notify::event::MetadataKind;
    !matches!(
        kind,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
    )
}

#[derive(Debug, PartialEq, Eq)]
enum Change {
    /// One assessment file, relative to the root.
    File(String),
    /// The policy or a whole folder: load everything again.
    Everything,
    Git,
}

/// What a changed `path` means; `structural` is true when the event created,
/// removed or renamed it (rather than touching its content or metadata).
fn classify(places: &Places, path: &Path, structural: bool) -> Option<Change> {
    if path == places.policy {
        return Some(Change::Everything);
    }
    if let Some(git) = &places.git_dir
        && let Ok(inside) = path.strip_prefix(git)
    {
        let name = inside.to_string_lossy();
        let relevant = name == "HEAD" || name == "packed-refs" || name.starts_with("refs");
        return relevant.then_some(Change::Git);
    }
    let inside = path.strip_prefix(&places.root).ok()?;
    if !inside.starts_with(ASSESSMENTS_DIR) {
        return None;
    }
    let name = path.file_name()?.to_string_lossy();
    if name.starts_with('.') {
        return None; // editors' swap and temporary files
    }
    if name.ends_with(".toml") {
        let relative = inside.to_string_lossy().replace('\\', "/");
        return Some(Change::File(relative));
    }
    // A folder created, renamed or removed: which files it held is unknown.
    // A folder whose entries merely changed is covered by its files' events.
    let folder = path.is_dir() || path.extension().is_none();
    (folder && structural).then_some(Change::Everything)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Places {
        Places {
            root: "/r".into(),
            assessments: "/r/assessments".into(),
            policy: "/r/somevakt.toml".into(),
            git_dir: Some("/r/.git".into()),
        }
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify::event::{AccessKind, AccessMode, DataChange};
        assert!(!changes_content(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(!changes_content(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(changes_content(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(changes_content(&EventKind::Remove(
            notify::event::RemoveKind::File
        )));
    }

    #[test]
    fn sorts_paths_into_changes() {
        let p = places();
        let c = |s: &str| classify(&p, Path::new(s), false);
        assert_eq!(
            c("/r/assessments/a/b.toml"),
            Some(Change::File("assessments/a/b.toml".into()))
        );
        assert_eq!(c("/r/assessments/a/.b.toml.swp"), None);
        assert_eq!(c("/r/assessments/a/b.toml~"), None);
        assert_eq!(c("/r/somevakt.toml"), Some(Change::Everything));
        assert_eq!(c("/r/.git/HEAD"), Some(Change::Git));
        assert_eq!(c("/r/.git/refs/heads/main"), Some(Change::Git));
        assert_eq!(c("/r/.git/index"), None);
        assert_eq!(c("/r/.git/objects/ab/cdef"), None);
        assert_eq!(c("/r/README.md"), None);
        assert_eq!(
            c("/r/assessments/fjordvik"),
            None,
            "a folder's entries changed"
        );
        let renamed = classify(&p, Path::new("/r/assessments/fjordvik"), true);
        assert_eq!(
            renamed,
            Some(Change::Everything),
            "a folder created, removed or renamed"
        );
    }
}
