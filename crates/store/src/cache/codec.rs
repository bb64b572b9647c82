//! The cache file's bytes.
//!
//! ```text
//! magic "SVLOADC4"                      8 bytes
//! crc32 of the next 52 bytes            4
//! key (program, policy, root)          32
//! scan start, ns since the epoch, LE   16
//! number of blocks, LE                  4
//! per block: length LE 4, crc32 LE 4, the block's entries
//! ```
//!
//! Entries are grouped in blocks so they decode in parallel, and each block
//! carries its own checksum, so a truncated or damaged file is noticed and
//! the whole cache is thrown away (never half used). A block is a sequence
//! of entries in postcard's format: fields by position, no names (see
//! [`super::positional`] for how the model's skipped fields keep their place).

use std::collections::VecDeque;
use std::io::{Read, Write};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use somevakt_core::Assessment;

use super::stamp::Stamp;

const MAGIC: &[u8; 8] = b"SVLOADC4";
const HEADER: usize = 8 + 4 + 32 + 16 + 4;
/// Entries per block: large enough that a block's overhead is nothing,
/// small enough that 20,000 accounts make enough blocks for every core.
pub(super) const BLOCK: usize = 512;

/// One file as it was when last read: its stamp and what reading it gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Relative to the repository root, with `/` separators.
    pub path: String,
    /// The file's stamp when it was read.
    pub stamp: Stamp,
    /// The parsed assessment or the problem found in it.
    pub outcome: Outcome,
}

/// What reading a file gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The file parsed as an assessment. Boxed (like the register's), so
    /// the entry moves through the reader's queue and the load's batches as
    /// a pointer, not as the assessment's 1.2 KB: at 20,000 accounts those
    /// copies were a tenth of a warm `status`. With it, the digest of its
    /// DPIA, which depends on the file alone and was a fifth of a warm
    /// `status` to work out again (`LoadedAssessment::dpia_digest`).
    Parsed(Box<Assessment>, String),
    /// The file is not a valid assessment: the message and its position.
    Invalid(Problem),
}

/// A parse error as the cache keeps it (mirrors `InvalidFile`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// What is wrong.
    pub message: String,
    /// 1-based line, where there is a position.
    pub line: Option<usize>,
    /// 1-based column in characters.
    pub column: Option<usize>,
    /// The file's text and the offending byte range, for diagnostics.
    pub snippet: Option<(String, usize, usize)>,
}

/// The borrowed twin of [`Entry`], so writing needs no copies.
#[derive(Serialize)]
pub(crate) struct EntryRef<'a> {
    pub path: &'a str,
    pub stamp: Stamp,
    pub outcome: OutcomeRef<'a>,
}

/// The borrowed twin of [`Outcome`]: same variant names, same encoding.
#[derive(Serialize)]
pub(crate) enum OutcomeRef<'a> {
    Parsed(&'a Assessment, &'a str),
    Invalid(&'a Problem),
}

/// Writes `entries` (in [`super::file_order`]) under `key` to `out`, a batch of
/// blocks at a time: encoded in parallel, never all held in memory.
pub(super) fn encode(
    out: &mut impl Write,
    key: &[u8; 32],
    scan_start_ns: i128,
    entries: &[EntryRef<'_>],
) -> std::io::Result<()> {
    let count = entries.len().div_ceil(BLOCK);
    let mut header = Vec::with_capacity(52);
    header.extend_from_slice(key);
    header.extend_from_slice(&scan_start_ns.to_le_bytes());
    header.extend_from_slice(&(count as u32).to_le_bytes());
    out.write_all(MAGIC)?;
    out.write_all(&crc32fast::hash(&header).to_le_bytes())?;
    out.write_all(&header)?;
    for batch in entries.chunks(BLOCK * batch_blocks()) {
        let blocks: Vec<Vec<u8>> = batch
            .par_chunks(BLOCK)
            .map(|chunk| {
                let mut block = Vec::with_capacity(chunk.len() * 1024);
                super::positional::encode_into(&mut block, chunk).map_err(std::io::Error::other)?;
                Ok::<_, std::io::Error>(block)
            })
            .collect::<Result<_, _>>()?;
        for block in &blocks {
            out.write_all(&(block.len() as u32).to_le_bytes())?;
            out.write_all(&crc32fast::hash(block).to_le_bytes())?;
            out.write_all(block)?;
        }
    }
    Ok(())
}

/// Blocks decoded (or encoded) together: enough to keep every core busy.
fn batch_blocks() -> usize {
    rayon::current_num_threads() * 2
}

/// Reads a cache file's entries in [`super::file_order`], a batch of blocks at a time,
/// so a large cache is never held in memory twice (raw and decoded).
pub(super) struct Reader<R> {
    input: R,
    /// Blocks not yet read.
    left: usize,
    decoded: VecDeque<Entry>,
    /// The key and scan start from the header.
    pub key: [u8; 32],
    pub scan_start_ns: i128,
    /// A block was damaged, or the entries were out of order: everything
    /// this reader gave is to be thrown away.
    pub damaged: bool,
    last_path: Option<String>,
}

impl<R: Read> Reader<R> {
    /// Reads the header; `None` when it is not a cache of this format.
    pub fn new(mut input: R) -> Option<Reader<R>> {
        let mut head = [0u8; HEADER];
        input.read_exact(&mut head).ok()?;
        let rest = head.strip_prefix(MAGIC)?;
        let (crc, header) = split(rest, 4)?;
        if crc32fast::hash(header) != u32::from_le_bytes(crc.try_into().ok()?) {
            return None;
        }
        Some(Reader {
            input,
            key: header[..32].try_into().ok()?,
            scan_start_ns: i128::from_le_bytes(header[32..48].try_into().ok()?),
            left: u32::from_le_bytes(header[48..52].try_into().ok()?) as usize,
            decoded: VecDeque::new(),
            damaged: false,
            last_path: None,
        })
    }

    /// The next entry if its path is at most `upto` (entries before it are
    /// handed out first, in order).
    pub fn next_upto(&mut self, upto: &str) -> Option<Entry> {
        if self.decoded.is_empty() && !self.fill() {
            return None;
        }
        let front = self.decoded.front()?;
        (super::file_order(&front.path, upto).is_le())
            .then(|| self.decoded.pop_front())
            .flatten()
    }

    /// Whether every entry was handed out and the file ended where its
    /// header said: otherwise (entries of removed files left over, damage,
    /// trailing bytes) the cache is to be rewritten.
    pub fn exhausted(&mut self) -> bool {
        if self.damaged || self.left > 0 || !self.decoded.is_empty() {
            return false;
        }
        let mut extra = [0u8; 1];
        matches!(self.input.read(&mut extra), Ok(0))
    }

    /// Decodes the next batch of blocks; false when none are left or one
    /// is damaged.
    fn fill(&mut self) -> bool {
        if self.damaged || self.left == 0 {
            return false;
        }
        let take = self.left.min(batch_blocks());
        let mut raw = Vec::with_capacity(take);
        for _ in 0..take {
            match read_block(&mut self.input) {
                Some(block) => raw.push(block),
                None => {
                    self.damaged = true;
                    return false;
                }
            }
        }
        self.left -= take;
        let decoded: Option<Vec<Vec<Entry>>> = raw
            .par_iter()
            .map(|(crc, block)| {
                (crc32fast::hash(block) == *crc)
                    .then(|| decode_block(block))
                    .flatten()
            })
            .collect();
        let Some(decoded) = decoded else {
            self.damaged = true;
            return false;
        };
        for entry in decoded.into_iter().flatten() {
            if self
                .last_path
                .as_deref()
                .is_some_and(|last| super::file_order(last, &entry.path).is_ge())
            {
                self.damaged = true;
                return false;
            }
            self.last_path = Some(entry.path.clone());
            self.decoded.push_back(entry);
        }
        true
    }
}

/// A block's entries; `None` unless the bytes are exactly a sequence of
/// entries (nothing left over).
fn decode_block(block: &[u8]) -> Option<Vec<Entry>> {
    match postcard::take_from_bytes::<Vec<Entry>>(block) {
        Ok((entries, [])) => Some(entries),
        _ => None,
    }
}

/// Blocks are at most this long: a larger length is damage, not data.
const MAX_BLOCK: usize = 256 * 1024 * 1024;

fn read_block(input: &mut impl Read) -> Option<(u32, Vec<u8>)> {
    let mut head = [0u8; 8];
    input.read_exact(&mut head).ok()?;
    let len = u32::from_le_bytes(head[..4].try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(head[4..].try_into().ok()?);
    if len > MAX_BLOCK {
        return None;
    }
    let mut block = Vec::with_capacity(len);
    input
        .by_ref()
        .take(len as u64)
        .read_to_end(&mut block)
        .ok()?;
    (block.len() == len).then_some((crc, block))
}

fn split(bytes: &[u8], at: usize) -> Option<(&[u8], &[u8])> {
    (bytes.len() >= at).then(|| bytes.split_at(at))
}
