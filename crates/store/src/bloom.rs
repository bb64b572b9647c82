//! Git's changed-path Bloom filters, read from the commit-graph (issue 14).
//!
//! `git commit-graph write --changed-paths` stores, for every commit, a
//! small Bloom filter of the paths that differ from its first parent (each
//! changed file and every folder above it). A history walk for one file
//! can then pass over most commits without reading a single tree: where
//! the filter lacks one of the file's bits, the file definitely did not
//! change. This is how `git log -- PATH` gets its speed on such a
//! repository, and gitoxide does not read these chunks, so they are read
//! here, exactly as Git's `bloom.c` reads them.
//!
//! A Bloom filter can only ever say "maybe" or "definitely not", and a
//! wrong "definitely not" would hide a commit from the audit trail. So
//! anything unexpected answers [`Verdict::Maybe`]: a file whose checksum
//! does not match (Git itself does not check it when reading; a flipped
//! bit in a filter would silently drop commits), a chunk missing or out of
//! range, an unknown hash version, a commit not in the file, a filter of
//! length zero. Version 1 filters hash bytes from 0x80 up differently on
//! different machines (Git's old sign-extension bug), so for such a path
//! they are not used at all.
//!
//! The file is read once per walk (a few MB at 100,000 commits) and the
//! path's hashes are computed once per walk.

use std::path::Path;

use gix::hash::oid;

/// What a commit's filter says about the path asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// The path may have changed against the first parent (or nothing is
    /// known): the commit's trees must be compared.
    Maybe,
    /// The path did not change against the first parent.
    DefinitelyNot,
}

/// The commit-graph's signature, "CGPH".
const SIGNATURE: &[u8; 4] = b"CGPH";
/// The header: signature, version, hash version, chunk count, base count.
const HEADER: usize = 8;
/// One row of the chunk table: a 4-byte id and an 8-byte offset.
const CHUNK_ROW: usize = 12;
/// The BDAT chunk starts with the hash version, the number of hashes and
/// the bits per entry, 4 bytes each.
const BDAT_HEADER: usize = 12;
/// More hashes per path than Git ever writes (7): the file is not to be
/// trusted.
const MAX_HASHES: u32 = 64;
/// The seeds of the two murmur3 hashes whose combinations make a key
/// (Git's `bloom_key_fill`).
const SEEDS: [u32; 2] = [0x293a_e76f, 0x7e64_6e2c];

/// The filters for one path in the repository's commit-graph: one file,
/// or the layers of a split commit-graph chain.
pub(crate) struct PathFilter {
    layers: Vec<Layer>,
}

/// One commit-graph file with filters, and the path's keys in its hashing.
struct Layer {
    data: Vec<u8>,
    hash_len: usize,
    /// Where OIDF, OIDL and BIDX start, and the filters (BDAT after its
    /// header) lie.
    fanout: usize,
    lookup: usize,
    index: usize,
    filters: std::ops::Range<usize>,
    commits: usize,
    /// Per key (the path and each folder above it), its bit hashes.
    keys: Vec<Vec<u32>>,
}

impl PathFilter {
    /// The filters for `path` (from the work tree's top, `/`-separated)
    /// when the repository's commit-graph has usable ones; `None` when it
    /// has none, Git is told not to read them (`core.commitGraph=false`,
    /// `commitGraph.readChangedPaths=false`,
    /// `commitGraph.changedPathsVersion=0`), or they cannot be trusted.
    pub(crate) fn open(repo: &gix::Repository, path: &str) -> Option<PathFilter> {
        let config = repo.config_snapshot();
        if config.boolean("core.commitGraph") == Some(false)
            || config.boolean("commitGraph.readChangedPaths") == Some(false)
        {
            return None;
        }
        // -1 (the default): any version; 1 or 2: only filters of that one.
        let wanted = match config.integer("commitGraph.changedPathsVersion") {
            Some(0) => return None,
            Some(v @ (1 | 2)) => Some(v as u32),
            _ => None,
        };
        let info = repo.objects.store_ref().path().join("info");
        let hash_len = repo.object_hash().len_in_bytes();
        let layers: Vec<Layer> = graph_files(&info)
            .into_iter()
            .filter(|file| lists_filters(file))
            .filter_map(|file| std::fs::read(file).ok())
            .filter_map(|data| Layer::parse(data, hash_len, path, wanted))
            .collect();
        (!layers.is_empty()).then_some(PathFilter { layers })
    }

    /// What the filter of `commit` says about the path.
    pub(crate) fn verdict(&self, commit: &oid) -> Verdict {
        for layer in &self.layers {
            if let Some(position) = layer.position(commit.as_bytes()) {
                return match layer.filter(position) {
                    Some(filter) => check(filter, &layer.keys),
                    None => Verdict::Maybe,
                };
            }
        }
        Verdict::Maybe
    }
}

/// Whether the commit-graph file's chunk table names Bloom filter chunks,
/// read from its first few hundred bytes: a repository without filters (as
/// `git gc` leaves it) then costs no read of the whole file, nor its
/// checksum (a few milliseconds at 100,000 commits, on every history shown).
fn lists_filters(file: &Path) -> bool {
    use std::io::Read;
    let mut head = Vec::with_capacity(HEADER + 16 * CHUNK_ROW);
    let read = std::fs::File::open(file)
        .and_then(|f| f.take(head.capacity() as u64).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    let filled = head.len();
    let rows = usize::from(*head.get(6).unwrap_or(&0));
    let table = &head[HEADER.min(filled)..(HEADER + rows * CHUNK_ROW).min(filled)];
    // When the table is longer than was read, let the full parse decide.
    HEADER + rows * CHUNK_ROW > filled
        || table.chunks(CHUNK_ROW).any(|row| row.starts_with(b"BIDX"))
}

/// The commit-graph files to read: the single file when there is one (as
/// Git prefers it), or else the layers of a split chain, newest first.
fn graph_files(info: &Path) -> Vec<std::path::PathBuf> {
    let single = info.join("commit-graph");
    if single.is_file() {
        return vec![single];
    }
    let graphs = info.join("commit-graphs");
    let Ok(chain) = std::fs::read_to_string(graphs.join("commit-graph-chain")) else {
        return Vec::new();
    };
    chain
        .lines()
        .map(str::trim)
        .filter(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        .rev()
        .map(|hash| graphs.join(format!("graph-{hash}.graph")))
        .collect()
}

impl Layer {
    /// Reads one commit-graph file; `None` when it has no filters (or
    /// none of `wanted`'s version) or anything in it is amiss.
    fn parse(data: Vec<u8>, hash_len: usize, path: &str, wanted: Option<u32>) -> Option<Layer> {
        let file_hash_len = match *data.get(5)? {
            1 => 20,
            2 => 32,
            _ => return None,
        };
        if data.get(..4)? != SIGNATURE || data[4] != 1 || file_hash_len != hash_len {
            return None;
        }
        let body = data.len().checked_sub(hash_len)?;
        if !checksum_matches(&data[..body], &data[body..]) {
            return None;
        }
        let chunk_count = usize::from(data[6]);
        let (mut fanout, mut lookup, mut index, mut bloom) = (None, None, None, None);
        for row in 0..chunk_count {
            let at = HEADER + row * CHUNK_ROW;
            let id = data.get(at..at + 4)?;
            let start = usize::try_from(be64(&data, at + 4)?).ok()?;
            let end = usize::try_from(be64(&data, at + 4 + CHUNK_ROW)?).ok()?;
            if start > end || end > body {
                return None;
            }
            match id {
                b"OIDF" => fanout = Some(start..end),
                b"OIDL" => lookup = Some(start..end),
                b"BIDX" => index = Some(start..end),
                b"BDAT" => bloom = Some(start..end),
                _ => {}
            }
        }
        let (fanout, lookup, index, bloom) = (fanout?, lookup?, index?, bloom?);
        if fanout.len() != 256 * 4 {
            return None;
        }
        let commits = be32(&data, fanout.start + 255 * 4)? as usize;
        if lookup.len() != commits.checked_mul(hash_len)?
            || index.len() != commits.checked_mul(4)?
            || bloom.len() < BDAT_HEADER
        {
            return None;
        }
        let version = be32(&data, bloom.start)?;
        let hashes = be32(&data, bloom.start + 4)?;
        if !matches!(version, 1 | 2)
            || wanted.is_some_and(|w| w != version)
            || hashes > MAX_HASHES
            // Git's old hashing of bytes from 0x80 up depends on the
            // machine that wrote the filters: not to be relied on.
            || (version == 1 && !path.is_ascii())
        {
            return None;
        }
        Some(Layer {
            hash_len,
            fanout: fanout.start,
            lookup: lookup.start,
            index: index.start,
            filters: bloom.start + BDAT_HEADER..bloom.end,
            commits,
            keys: path_keys(path, hashes),
            data,
        })
    }

    /// The commit's place in the file (its rank among the file's ids).
    fn position(&self, id: &[u8]) -> Option<usize> {
        if id.len() != self.hash_len {
            return None;
        }
        let first = usize::from(id[0]);
        let low = match first {
            0 => 0,
            _ => be32(&self.data, self.fanout + (first - 1) * 4)? as usize,
        };
        let high = (be32(&self.data, self.fanout + first * 4)? as usize).min(self.commits);
        let (mut low, mut high) = (low, high);
        // Ids are compared by their first eight bytes as a number first
        // (nearly always enough): a walk asks once per commit, and a
        // byte-slice comparison each step cost a fifth of a first `log`.
        let prefix = be64(id, 0)?;
        while low < high {
            let middle = low + (high - low) / 2;
            let at = self.lookup + middle * self.hash_len;
            let order = be64(&self.data, at)?.cmp(&prefix).then_with(|| {
                let rest = self.data.get(at + 8..at + self.hash_len).unwrap_or(&[]);
                rest.cmp(&id[8..])
            });
            match order {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }

    /// The filter of the commit at `position`, when its offsets make sense
    /// (Git's `load_bloom_filter_from_graph`).
    fn filter(&self, position: usize) -> Option<&[u8]> {
        let end = be32(&self.data, self.index + position * 4)? as usize;
        let start = match position {
            0 => 0,
            _ => be32(&self.data, self.index + (position - 1) * 4)? as usize,
        };
        if start > end || end > self.filters.len() {
            return None;
        }
        self.data
            .get(self.filters.start + start..self.filters.start + end)
    }
}

/// Whether `filter` lacks a bit of any of the keys (Git's
/// `bloom_filter_contains_vec`): bit `h mod (8 × length)` for each hash
/// `h`, the lowest bit of a byte first. A file that changed puts its own
/// key and every folder's above it into the filter, so one key missing is
/// enough. A filter of length zero knows nothing; the "too many changes"
/// filter (one byte, all bits set) always says maybe.
fn check(filter: &[u8], keys: &[Vec<u32>]) -> Verdict {
    let bits = filter.len() as u64 * 8;
    if bits == 0 {
        return Verdict::Maybe;
    }
    for key in keys {
        for &hash in key {
            let bit = u64::from(hash) % bits;
            // `bit < bits`, so the byte is in the filter.
            let byte = filter.get((bit / 8) as usize).copied().unwrap_or(0xff);
            if byte & (1 << (bit % 8)) == 0 {
                return Verdict::DefinitelyNot;
            }
        }
    }
    Verdict::Maybe
}

/// The keys Git looks a path up by: the path, then each folder above it
/// (`a/b/c`, `a/b`, `a`), each as `hashes` bit hashes.
fn path_keys(path: &str, hashes: u32) -> Vec<Vec<u32>> {
    let mut keys = vec![key(path.as_bytes(), hashes)];
    let mut rest = path;
    while let Some(cut) = rest.rfind('/') {
        rest = &rest[..cut];
        if !rest.is_empty() {
            keys.push(key(rest.as_bytes(), hashes));
        }
    }
    keys
}

/// One key's bit hashes, `h0 + i × h1` (Git's `bloom_key_fill`). For
/// ASCII bytes both hash versions agree; version 1 is only used for ASCII
/// paths.
fn key(bytes: &[u8], hashes: u32) -> Vec<u32> {
    let h0 = murmur3(SEEDS[0], bytes);
    let h1 = murmur3(SEEDS[1], bytes);
    (0..hashes)
        .map(|i| h0.wrapping_add(i.wrapping_mul(h1)))
        .collect()
}

/// The 32-bit murmur3 hash, as Git's `murmur3_seeded_v2`.
fn murmur3(mut seed: u32, data: &[u8]) -> u32 {
    const C1: u32 = 0xcc9e_2d51;
    const C2: u32 = 0x1b87_3593;
    let mut blocks = data.chunks_exact(4);
    for block in &mut blocks {
        let k = u32::from_le_bytes([block[0], block[1], block[2], block[3]]);
        seed ^= k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
        seed = seed
            .rotate_left(13)
            .wrapping_mul(5)
            .wrapping_add(0xe654_6b64);
    }
    let tail = blocks.remainder();
    if !tail.is_empty() {
        let k = tail
            .iter()
            .rev()
            .fold(0u32, |k, &byte| (k << 8) | u32::from(byte));
        seed ^= k.wrapping_mul(C1).rotate_left(15).wrapping_mul(C2);
    }
    seed ^= data.len() as u32;
    seed ^= seed >> 16;
    seed = seed.wrapping_mul(0x85eb_ca6b);
    seed ^= seed >> 13;
    seed = seed.wrapping_mul(0xc2b2_ae35);
    seed ^ (seed >> 16)
}

/// Whether `trailer` is the hash of `body` (SHA-1 or SHA-256 by its
/// length), as Git writes it at the end of the file.
fn checksum_matches(body: &[u8], trailer: &[u8]) -> bool {
    let kind = match trailer.len() {
        20 => gix::hash::Kind::Sha1,
        _ => return false,
    };
    let mut hasher = gix::hash::hasher(kind);
    hasher.update(body);
    hasher
        .try_finalize()
        .is_ok_and(|id| id.as_bytes() == trailer)
}

fn be32(data: &[u8], at: usize) -> Option<u32> {
    let bytes = data.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes(bytes.try_into().ok()?))
}

fn be64(data: &[u8], at: usize) -> Option<u64> {
    let bytes = data.get(at..at.checked_add(8)?)?;
    Some(u64::from_be_bytes(bytes.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Git's `t/t0095-bloom.sh`: murmur3 with seed 0.
    #[test]
    fn murmur3_matches_gits_test_vectors() {
        assert_eq!(murmur3(0, b""), 0x0000_0000);
        assert_eq!(murmur3(0, b"Hello world!"), 0x627b_0c2c);
        assert_eq!(
            murmur3(0, b"The quick brown fox jumps over the lazy dog"),
            0x2e4f_f723
        );
        assert_eq!(murmur3(0, b"\x99\xaa\xbb\xcc\xdd\xee\xff"), 0xa183_ccfd);
    }

    /// Adds a key to a filter as Git's `add_key_to_filter` does.
    fn add(filter: &mut [u8], key: &[u32]) {
        let bits = filter.len() as u64 * 8;
        for &hash in key {
            let bit = u64::from(hash) % bits;
            filter[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }

    /// Git's `t/t0095-bloom.sh`: the seven hashes of a key and the
    /// two-byte filter (ten bits per entry) holding only that key.
    #[test]
    fn keys_and_filters_match_gits_test_vectors() {
        let cases: [(&str, [u32; 7], [u8; 2]); 4] = [
            (
                "",
                [
                    0x5615800c, 0x5b966560, 0x61174ab4, 0x66983008, 0x6c19155c, 0x7199fab0,
                    0x771ae004,
                ],
                [0x11, 0x11],
            ),
            (
                " ",
                [
                    0xf178874c, 0x5f3d6eb6, 0xcd025620, 0x3ac73d8a, 0xa88c24f4, 0x16510c5e,
                    0x8415f3c8,
                ],
                [0x51, 0x55],
            ),
            (
                "Hello world!",
                [
                    0xb270de9b, 0x1bb6f26e, 0x84fd0641, 0xee431a14, 0x57892de7, 0xc0cf41ba,
                    0x2a15558d,
                ],
                [0x92, 0x6c],
            ),
            (
                "file.txt",
                [
                    0x20ab385b, 0xf5237fe2, 0xc99bc769, 0x9e140ef0, 0x728c5677, 0x47049dfe,
                    0x1b7ce585,
                ],
                [0xa5, 0x4a],
            ),
        ];
        for (text, hashes, bytes) in cases {
            // ASCII: both hash versions give these (see `key`).
            assert_eq!(key(text.as_bytes(), 7), hashes, "{text:?}");
            let mut filter = [0u8; 2];
            add(&mut filter, &hashes);
            assert_eq!(filter, bytes, "{text:?}");
        }
    }

    /// "Definitely not" exactly where the filter lacks one of the key's
    /// bits: Git's own filter for "Hello world!" says maybe; with any one
    /// of its bits cleared it says definitely not; with an unrelated bit
    /// cleared it still says maybe.
    #[test]
    fn definitely_not_only_where_a_bit_is_missing() {
        let keys = vec![key(b"Hello world!", 7)];
        let filter = [0x92u8, 0x6c];
        assert_eq!(check(&filter, &keys), Verdict::Maybe);
        let set: Vec<u64> = keys[0].iter().map(|&h| u64::from(h) % 16).collect();
        for bit in 0..16u64 {
            let mut damaged = filter;
            damaged[(bit / 8) as usize] &= !(1 << (bit % 8));
            let expected = match set.contains(&bit) {
                true => Verdict::DefinitelyNot,
                false => Verdict::Maybe,
            };
            assert_eq!(check(&damaged, &keys), expected, "bit {bit}");
        }
        // Every key must be present: the file and each folder above it.
        let mut keys = path_keys("a/b/c.toml", 7);
        assert_eq!(keys.len(), 3);
        let mut filter = vec![0u8; 4];
        for key in &keys[..2] {
            add(&mut filter, key);
        }
        let complete = {
            let mut f = filter.clone();
            add(&mut f, &keys[2]);
            f
        };
        assert_eq!(check(&complete, &keys), Verdict::Maybe);
        assert_ne!(filter, complete, "the file's own key sets bits of its own");
        assert_eq!(check(&filter, &keys), Verdict::DefinitelyNot);
        // Nothing known, or too many changes: maybe.
        assert_eq!(check(&[], &keys), Verdict::Maybe);
        assert_eq!(check(&[0xff], &keys), Verdict::Maybe);
        // A commit without changes: a filter of one zero byte.
        assert_eq!(check(&[0], &keys), Verdict::DefinitelyNot);
        keys.clear();
        assert_eq!(check(&[0], &keys), Verdict::Maybe);
    }

    #[test]
    fn path_keys_are_the_path_then_its_folders() {
        let keys = path_keys("assessments/molde/x.toml", 7);
        assert_eq!(keys[0], key(b"assessments/molde/x.toml", 7));
        assert_eq!(keys[1], key(b"assessments/molde", 7));
        assert_eq!(keys[2], key(b"assessments", 7));
        assert_eq!(keys.len(), 3);
    }

    #[test]
    fn odd_files_are_not_used() {
        let path = "a/b.toml";
        assert!(Layer::parse(Vec::new(), 20, path, None).is_none());
        assert!(Layer::parse(b"CGPH\x01\x01\x00\x00".to_vec(), 20, path, None).is_none());
        assert!(Layer::parse(vec![0xff; 4096], 20, path, None).is_none());
    }
}
