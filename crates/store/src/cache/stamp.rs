//! What the file system says about a file without reading it: the key the
//! load cache compares, like the stat data in Git's index.

use serde::{Deserialize, Serialize};

use crate::read::FileStamp;

/// Size, modification and change time (nanoseconds since the epoch) and
/// inode of a file. Equal stamps mean "not changed" unless the file was
/// changed too close to the cache's scan (see [`super::trusted`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Length in bytes.
    pub size: u64,
    /// Last modification, nanoseconds since the Unix epoch.
    pub mtime_ns: i128,
    /// Last status change (write, rename, chmod), nanoseconds since the
    /// epoch; 0 where the system has none. Catches a file whose mtime was
    /// set back by a tool.
    pub ctime_ns: i128,
    /// Inode number (0 where the system has none): a file replaced by
    /// another with the same size and mtime differs here.
    pub inode: u64,
    /// The device the inode is on.
    pub device: u64,
}

impl From<FileStamp> for Stamp {
    fn from(s: FileStamp) -> Stamp {
        Stamp {
            size: s.len,
            mtime_ns: s.modified_ns,
            ctime_ns: s.changed_ns,
            inode: s.inode,
            device: s.device,
        }
    }
}
