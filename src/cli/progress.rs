//! A progress line on standard error for CLI runs that take a while.
//!
//! Shown only when the run has taken over a second and standard error is a
//! terminal outside CI: a pipe, a log file or a CI log never gets the
//! carriage-return redraws (they would be noise there).

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

use somevakt_store::Progress;

/// Quiet for this long: short runs never show a progress line.
const QUIET: Duration = Duration::from_secs(1);
const EVERY: Duration = Duration::from_millis(100);

/// Shows `progress` until dropped; then clears the line it drew.
pub struct ProgressLine {
    pub progress: Arc<Progress>,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl ProgressLine {
    /// Starts the line's thread when standard error can show it.
    pub fn start(what: &'static str) -> ProgressLine {
        let progress = Arc::new(Progress::default());
        if !wanted() {
            return ProgressLine {
                progress,
                stop: None,
                thread: None,
            };
        }
        let (tx, rx) = mpsc::channel::<()>();
        let shown = progress.clone();
        let thread = std::thread::spawn(move || {
            if !matches!(rx.recv_timeout(QUIET), Err(RecvTimeoutError::Timeout)) {
                return; // finished (or dropped) within the quiet second
            }
            let mut err = std::io::stderr();
            loop {
                let done = shown.done.load(Ordering::Relaxed);
                let total = shown.total.load(Ordering::Relaxed);
                let _ = write!(err, "\r\x1b[Ksomevakt: {what} {done} of {total} files…");
                let _ = err.flush();
                if !matches!(rx.recv_timeout(EVERY), Err(RecvTimeoutError::Timeout)) {
                    let _ = write!(err, "\r\x1b[K");
                    let _ = err.flush();
                    return;
                }
            }
        });
        ProgressLine {
            progress,
            stop: Some(tx),
            thread: Some(thread),
        }
    }
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A terminal a person watches: not a pipe or file, not CI, not `dumb`.
fn wanted() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("CI").is_none()
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}
