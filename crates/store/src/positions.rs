//! Where the findings of an account are written in its file, for the
//! outputs that point at a line (SARIF, GitLab Code Quality).
//!
//! The load keeps what a file says, not its text (memory, issue 14), so the
//! text is read again here, by the same rules as the load (a regular file
//! only, never through a link). It counts only when it still says what was
//! loaded: a file changed between the load and now would put a finding on
//! the wrong line, so then every finding points at the first line instead.

use std::path::Path;

use somevakt_core::LoadedAssessment;
use somevakt_core::key_path::{KeyPath, Position, locate};
use somevakt_core::parse::parse_assessment;

/// The position of each of `keys` in `account`'s file under `root`, in
/// order; [`Position::START`] for `None`, for a key the file does not hold
/// (or nothing enclosing it), and for every key when the file cannot be
/// read again or no longer says what was loaded.
pub fn key_positions(
    root: &Path,
    account: &LoadedAssessment,
    keys: &[Option<&KeyPath>],
) -> Vec<Position> {
    let text = crate::read::read_regular(&root.join(&account.path))
        .ok()
        .and_then(|file| String::from_utf8(file.bytes).ok())
        .filter(|text| parse_assessment(text).is_ok_and(|a| a == *account.assessment));
    keys.iter()
        .map(|key| match (&text, key) {
            (Some(text), Some(key)) => locate(text, key),
            _ => Position::START,
        })
        .collect()
}
