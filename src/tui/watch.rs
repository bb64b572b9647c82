//! Live reload: watches `assessments/`, `somevakt.toml` and Git's HEAD and
//! refs (never the rest of `.git/`, whose objects and index churn on every
//! command), debounced so an editor's write-temp-then-rename save arrives as
//! one change. Falls back to polling where the system's watcher fails
//! (inotify limits, network file systems).

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_full::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, NoCache, RecommendedCache, new_debouncer, new_debouncer_opt,
};

use super::app::Message;
use crate::repo::load::{ASSESSMENTS_DIR, POLICY_FILE};

const DEBOUNCE: Duration = Duration::from_millis(300);
const POLL_EVERY: Duration = Duration::from_secs(2);

/// Keeps the watcher alive; dropping it stops watching.
pub enum Watch {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
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

/// Starts watching `root`; the note says how, for the status line.
pub fn start(root: &Path, tx: Sender<Message>) -> (Option<Watch>, String) {
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
    match native(&places, tx.clone()) {
        Ok(watch) => (Some(Watch::Native(watch)), "watching for changes".into()),
        Err(native_error) => match polling(&places, tx) {
            Ok(watch) => (
                Some(Watch::Polling(watch)),
                format!(
                    "polling every {} s (watching failed: {native_error})",
                    POLL_EVERY.as_secs()
                ),
            ),
            Err(e) => (None, format!("not watching for changes ({e}); r reloads")),
        },
    }
}

fn native(
    places: &Places,
    tx: Sender<Message>,
) -> notify::Result<Debouncer<RecommendedWatcher, RecommendedCache>> {
    let handler_places = places.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result| {
        forward(&handler_places, result, &tx);
    })?;
    add_paths(places, |path, mode| debouncer.watch(path, mode))?;
    Ok(debouncer)
}

fn polling(
    places: &Places,
    tx: Sender<Message>,
) -> notify::Result<Debouncer<PollWatcher, NoCache>> {
    let handler_places = places.clone();
    let config = notify::Config::default().with_poll_interval(POLL_EVERY);
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
fn forward(places: &Places, result: DebounceEventResult, tx: &Sender<Message>) {
    let Ok(events) = result else {
        let _ = tx.send(Message::Watching("watch error; r reloads by hand".into()));
        return;
    };
    let mut files: Vec<String> = Vec::new();
    let (mut everything, mut git) = (false, false);
    for event in &events {
        for path in &event.paths {
            match classify(places, path) {
                Some(Change::File(relative)) if !files.contains(&relative) => files.push(relative),
                Some(Change::File(_)) => {}
                Some(Change::Everything) => everything = true,
                Some(Change::Git) => git = true,
                None => {}
            }
        }
    }
    if everything {
        let _ = tx.send(Message::PolicyChanged);
    } else if !files.is_empty() {
        let _ = tx.send(Message::FilesChanged(files));
    }
    if git {
        let _ = tx.send(Message::GitChanged);
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Change {
    /// One assessment file, relative to the root.
    File(String),
    /// The policy or a whole folder: load everything again.
    Everything,
    Git,
}

fn classify(places: &Places, path: &Path) -> Option<Change> {
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
    if path.is_dir() || path.extension().is_none() {
        return Some(Change::Everything);
    }
    None
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
    fn sorts_paths_into_changes() {
        let p = places();
        let c = |s: &str| classify(&p, Path::new(s));
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
    }
}
