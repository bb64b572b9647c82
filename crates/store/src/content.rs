//! An assessment file as bytes on disk: read only if it is a regular file
//! inside the repository and within the size limit, and written back with
//! the line endings and byte-order mark it had (docs/format.md, "Commits").

use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid};

use crate::commit::CommitError;
use crate::read::{MAX_FILE_BYTES, ReadError, read_regular};
use crate::refusal::Refusal;
use somevakt_core::parse::decode;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The file's bytes, `None` when it does not exist. Read as the loader
/// reads (`crate::read`): only a regular file, never through a link, never
/// waiting on a FIFO, and within the same size limit.
pub(crate) fn read(full: &Path, shown: &str) -> Result<Option<Vec<u8>>, CommitError> {
    match read_regular(full) {
        Ok(file) => Ok(Some(file.bytes)),
        Err(ReadError::NotFound) => Ok(None),
        Err(ReadError::Symlink) => Err(not_regular(shown, "a symbolic link")),
        Err(ReadError::NotRegular(kind)) => Err(not_regular(shown, kind)),
        Err(ReadError::TooLarge(size)) => Err(CommitError::Refused(Refusal::TooLarge {
            path: shown.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        })),
        Err(ReadError::Io(source)) => Err(io(full, source)),
    }
}

fn not_regular(shown: &str, what: &str) -> CommitError {
    CommitError::Refused(Refusal::NotRegularFile {
        path: shown.to_owned(),
        what: what.to_owned(),
    })
}

/// Refuses a size over [`MAX_FILE_BYTES`], for reading and for writing.
pub(crate) fn too_large(shown: &str, size: u64) -> Result<(), CommitError> {
    if size > MAX_FILE_BYTES {
        return Err(CommitError::Refused(Refusal::TooLarge {
            path: shown.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        }));
    }
    Ok(())
}

/// Text of the file: UTF-8, byte-order mark left out (it is kept aside in
/// [`Layout`]).
pub(crate) fn text(bytes: &[u8], shown: &str) -> Result<String, CommitError> {
    decode(bytes).map(str::to_owned).map_err(|e| {
        CommitError::Refused(Refusal::Unreadable {
            path: shown.to_owned(),
            message: e.message,
        })
    })
}

/// The hash Git gives these bytes as a blob: what a compare-and-swap on the
/// file's content compares.
pub fn content_id(bytes: &[u8]) -> String {
    Oid::hash_object(ObjectType::Blob, bytes)
        .map(|oid| oid.to_string())
        .unwrap_or_default()
}

/// How a file's text is laid out in bytes, kept when it is written back: a
/// Windows user's CRLF file stays CRLF, a byte-order mark stays.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// The file starts with a UTF-8 byte-order mark.
    pub bom: bool,
    /// Every line ends with CRLF.
    pub crlf: bool,
}

impl Layout {
    /// The layout of these bytes (a new file: LF, no mark).
    pub fn of(bytes: &[u8]) -> Layout {
        let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let lf = body.iter().filter(|b| **b == b'\n').count();
        let crlf = body.windows(2).filter(|w| w == b"\r\n").count();
        Layout {
            bom: body.len() != bytes.len(),
            // Mixed endings are left as they are: converting them would
            // rewrite lines the record did not touch.
            crlf: lf > 0 && crlf == lf,
        }
    }

    /// The text with LF line ends, as the edits in the core write it.
    pub fn to_lf(self, text: &str) -> String {
        if self.crlf {
            text.replace("\r\n", "\n")
        } else {
            text.to_owned()
        }
    }

    /// The bytes to write for `text` (LF line ends) in this layout.
    pub fn bytes(self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() + 64);
        if self.bom {
            out.extend_from_slice(BOM);
        }
        if self.crlf {
            out.extend_from_slice(text.replace("\r\n", "\n").replace('\n', "\r\n").as_bytes());
        } else {
            out.extend_from_slice(text.as_bytes());
        }
        out
    }
}

/// The first line (1-based) holding a conflict marker as Git writes them:
/// `<<<<<<< `, `|||||||`, `=======` or `>>>>>>> ` at the start of a line,
/// outside TOML's multi-line strings (where `=======` is ordinary text).
pub(crate) fn conflict_marker_line(text: &str) -> Option<usize> {
    let mut open: Option<&'static [u8]> = None;
    for (n, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if open.is_none() && is_marker(line) {
            return Some(n + 1);
        }
        open = scan_line(line.as_bytes(), open);
    }
    None
}

fn is_marker(line: &str) -> bool {
    line.starts_with("<<<<<<< ")
        || line.starts_with(">>>>>>> ")
        || line == "<<<<<<<"
        || line == ">>>>>>>"
        || line == "======="
        || line.starts_with("|||||||")
}

/// Follows strings and comments through one line; returns the multi-line
/// string still open at its end, if any.
fn scan_line(b: &[u8], mut open: Option<&'static [u8]>) -> Option<&'static [u8]> {
    const BASIC: &[u8] = b"\"\"\"";
    const LITERAL: &[u8] = b"'''";
    let mut i = 0;
    while i < b.len() {
        match open {
            Some(delim) => {
                if b[i..].starts_with(delim) {
                    i += 3;
                    open = None;
                } else if delim == BASIC && b[i] == b'\\' {
                    i += 2;
                } else {
                    i += 1;
                }
            }
            None => match b[i] {
                b'#' => break,
                b'"' if b[i..].starts_with(BASIC) => {
                    open = Some(BASIC);
                    i += 3;
                }
                b'\'' if b[i..].starts_with(LITERAL) => {
                    open = Some(LITERAL);
                    i += 3;
                }
                quote @ (b'"' | b'\'') => {
                    i += 1;
                    while i < b.len() && b[i] != quote {
                        i += if quote == b'"' && b[i] == b'\\' { 2 } else { 1 };
                    }
                    i += 1;
                }
                _ => i += 1,
            },
        }
    }
    open
}

pub(crate) fn io(path: &Path, source: std::io::Error) -> CommitError {
    CommitError::Io {
        path: PathBuf::from(path),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_only_at_line_start_outside_multi_line_strings() {
        assert_eq!(
            conflict_marker_line("a = 1\n<<<<<<< HEAD\nb = 2\n"),
            Some(2)
        );
        assert_eq!(conflict_marker_line("a = 1\r\n=======\r\n"), Some(2));
        assert_eq!(
            conflict_marker_line("r = \"\"\"\nen\n=======\nto\n\"\"\"\nb = 1\n"),
            None
        );
        assert_eq!(
            conflict_marker_line("r = '''\n=======\n'''\n=======\n"),
            Some(4)
        );
        assert_eq!(
            conflict_marker_line("s = \"\"\"x\\\"\"\"\"\n=======\n"),
            Some(2)
        );
        assert_eq!(conflict_marker_line("a = \"=======\"\n ======= \n"), None);
        assert_eq!(
            conflict_marker_line("# \"\"\" in a comment\n=======\n"),
            Some(2)
        );
    }

    #[test]
    fn layout_keeps_crlf_and_the_byte_order_mark() {
        let raw = b"\xEF\xBB\xBFa = 1\r\nb = 2\r\n";
        let layout = Layout::of(raw);
        assert_eq!(
            layout,
            Layout {
                bom: true,
                crlf: true
            }
        );
        let lf = layout.to_lf("a = 1\r\nb = 2\r\n");
        assert_eq!(lf, "a = 1\nb = 2\n");
        assert_eq!(
            layout.bytes(&format!("{lf}c = 3\n")),
            b"\xEF\xBB\xBFa = 1\r\nb = 2\r\nc = 3\r\n"
        );
        assert_eq!(
            Layout::of(b"a\r\nb\n"),
            Layout {
                bom: false,
                crlf: false
            }
        );
        assert_eq!(Layout::of(b"a\nb\n").bytes("a\nb\n"), b"a\nb\n");
    }
}
