//! Walking the history of one file at Git's own pace, read with gitoxide.
//!
//! What makes `git log -- PATH` fast, done the same way:
//! - commits come newest first by commit time from a priority queue, so the
//!   first result is out before the walk is over (no topological sort of the
//!   whole history first);
//! - parents and root trees come from the commit-graph file when the
//!   repository has one, so most commits are never read at all;
//! - the path is compared from the root down, tree id by tree id: when
//!   `assessments/` (or the municipality's folder) has the same id as in the
//!   parent, nothing below it can differ and no further tree is read;
//! - each tree is read once: the parent's resolved path is kept for the next
//!   step, where that parent is usually the commit being looked at;
//! - with Git's changed-path Bloom filters in the commit-graph
//!   ([`crate::bloom`]) a commit whose filter says the file did not change
//!   is passed over without reading any tree (issue 14);
//! - with the changed-paths index ([`crate::changed_paths`]) a commit seen
//!   before costs no tree read at all, and `log`, which wants every hit,
//!   works out the unknown commits on two threads ([`crate::walk_whole`]).
//!
//! libgit2 (which somevakt keeps for writing) was measured several times
//! slower here and holds every commit of the walk in memory.

use gix::ObjectId;
use gix::objs::FindExt;
use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;

use crate::bloom::{PathFilter, Verdict};
use crate::changed_paths::{Answer, ChangedPaths, TreeReader};

/// Why the history could not be read.
pub(crate) type WalkError = Box<dyn std::error::Error + Send + Sync>;

/// A commit that changed the file: its id and the raw commit object.
pub(crate) struct Hit<'a> {
    pub id: ObjectId,
    pub commit: gix::objs::CommitRef<'a>,
}

/// Where a walk starts and what it leaves out.
pub(crate) struct Span {
    /// The commit to start from (HEAD).
    pub tip: ObjectId,
    /// Commits reachable from here are not visited (already known).
    pub hidden: Option<ObjectId>,
    /// Every hit is wanted (`log`): the walk may list the commits first
    /// and use a second thread, at the cost of the first hit's latency.
    pub whole: bool,
}

/// What a walk saw besides its hits.
#[derive(Default)]
pub(crate) struct Walked {
    /// Some visited commit has the hidden commit as a parent: the hidden
    /// commit is an ancestor of the tip (the history was extended, not
    /// rewritten).
    pub reached_hidden: bool,
}

/// The ids along the path from a root tree down, resolved only as deep as a
/// comparison needs.
struct PathIds {
    ids: Vec<Option<ObjectId>>,
    resolved: usize,
}

impl PathIds {
    fn new(root_tree: ObjectId, depth: usize) -> PathIds {
        let mut ids = vec![None; depth + 1];
        ids[0] = Some(root_tree);
        PathIds { ids, resolved: 1 }
    }

    /// The id at `level` (0 = root tree, last = the file's blob).
    fn at(
        &mut self,
        repo: &gix::Repository,
        buf: &mut Vec<u8>,
        parts: &[&[u8]],
        level: usize,
    ) -> Result<Option<ObjectId>, WalkError> {
        while self.resolved <= level {
            let name = parts[self.resolved - 1];
            let folder = self.resolved < parts.len();
            let next = match self.ids[self.resolved - 1] {
                Some(tree) => entry(repo, buf, &tree, name, folder)?,
                None => None,
            };
            self.ids[self.resolved] = next;
            self.resolved += 1;
        }
        Ok(self.ids[level])
    }
}

/// The id of `name` in `tree` when it is a folder (`folder`) or a file
/// (otherwise); a file where a folder is expected counts as absent.
fn entry(
    repo: &gix::Repository,
    buf: &mut Vec<u8>,
    tree: &ObjectId,
    name: &[u8],
    folder: bool,
) -> Result<Option<ObjectId>, WalkError> {
    for e in repo.objects.find_tree_iter(tree, buf)? {
        let e = e?;
        if e.filename == name {
            return Ok((e.mode.is_tree() == folder).then(|| e.oid.to_owned()));
        }
    }
    Ok(None)
}

/// Opens the repository around `root` for reading history.
pub(crate) fn open(root: &std::path::Path) -> Result<gix::Repository, WalkError> {
    let mut repo = match gix::discover(root) {
        Ok(repo) => repo,
        // Say why in the words the rest of somevakt uses (an unsafe owner
        // names the safe.directory to add), where libgit2 can tell.
        Err(e) => {
            return Err(match git2::Repository::discover(root) {
                Err(git) => crate::load::git_open_problem(&git, root)
                    .unwrap_or_else(|| e.to_string())
                    .into(),
                Ok(_) => e.into(),
            });
        }
    };
    tune(&mut repo);
    Ok(repo)
}

/// Sets the object caches for walking history.
pub(crate) fn tune(repo: &mut gix::Repository) {
    // Delta bases are shared by consecutive trees; keeping them decoded
    // saves most of the inflating. 8 MB holds what a walk newest first
    // reuses; larger (32 MB) and an object cache on top (which only copied
    // what `TreeReader` keeps anyway) cost a first `log` a fifth more time
    // and 70 MB more memory at 100,000 commits (bench/history.sh).
    repo.object_cache_size(None);
    repo.objects.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            8 * 1024 * 1024,
        ))
    });
}

/// Calls `found` with each commit (newest first) whose version of `path`
/// (from the work tree's top, `/`-separated) differs from its first
/// parent's; stops when `found` returns false.
///
/// With an `index` that covers `path`, each commit's changed files come
/// from the index, or are worked out once and added to it.
pub(crate) fn walk(
    repo: &gix::Repository,
    span: &Span,
    path: &str,
    mut index: Option<&mut ChangedPaths>,
    mut found: impl FnMut(Hit<'_>) -> bool,
) -> Result<Walked, WalkError> {
    let parts: Vec<&[u8]> = path.split('/').map(str::as_bytes).collect();
    let depth = parts.len();
    let key = index.as_deref().and_then(|ix| ix.key(path));
    let mut reader = TreeReader::new(repo);
    let folder: Vec<Vec<u8>> = index
        .as_deref()
        .map(|ix| {
            ix.folder()
                .split('/')
                .map(|p| p.as_bytes().to_vec())
                .collect()
        })
        .unwrap_or_default();
    let folder: Vec<&[u8]> = folder.iter().map(Vec::as_slice).collect();
    let filter = PathFilter::open(repo, path);
    // Whether Git's filter says the commit left the file alone (issue 14).
    // Such a commit is not added to the index either: it stays unknown
    // there and its filter is asked again next time, which costs as little.
    let untouched = |id: &ObjectId| {
        filter
            .as_ref()
            .is_some_and(|f| f.verdict(id) == Verdict::DefinitelyNot)
    };
    if span.whole
        && span.hidden.is_none()
        && let (Some(index), Some(key)) = (index.as_deref_mut(), key)
    {
        let skip = &untouched;
        crate::walk_whole::walk_whole(repo, span.tip, index, key, &folder, skip, found)?;
        return Ok(Walked::default());
    }
    let graph = repo.commit_graph_if_enabled().ok().flatten();
    let mut platform = repo
        .rev_walk([span.tip])
        .sorting(Sorting::ByCommitTime(CommitTimeOrder::NewestFirst))
        .use_commit_graph(true);
    if let Some(hidden) = span.hidden {
        platform = platform.with_hidden([hidden]);
    }
    let commits = platform.all()?;
    let (mut buf, mut commit_buf) = (Vec::new(), Vec::new());
    let root_tree =
        |id: &ObjectId, commit_buf: &mut Vec<u8>| root_tree(repo, graph.as_ref(), id, commit_buf);
    let mut walked = Walked::default();
    // The first parent's path ids, kept for when that parent comes next.
    let mut kept: Option<(ObjectId, PathIds)> = None;
    for info in commits {
        let info = info?;
        let id = info.id;
        if span.hidden.is_some_and(|h| info.parent_ids.contains(&h)) {
            walked.reached_hidden = true;
        }
        let parent = info.parent_ids.first().copied();
        if let (Some(index), Some(key)) = (index.as_deref_mut(), key) {
            let trees = Trees {
                repo,
                graph: graph.as_ref(),
                folder: &folder,
            };
            if indexed_change(&trees, &mut reader, index, key, &id, parent, untouched)? {
                let commit = repo.objects.find_commit(&id, &mut commit_buf)?;
                if !found(Hit { id, commit }) {
                    break;
                }
            }
            continue;
        }
        if untouched(&id) {
            continue;
        }
        let mut here = match kept.take() {
            Some((kept_id, ids)) if kept_id == id => ids,
            _ => PathIds::new(root_tree(&id, &mut commit_buf)?, depth),
        };
        let mut before = match parent {
            Some(p) => Some(PathIds::new(root_tree(&p, &mut commit_buf)?, depth)),
            None => None,
        };
        let changed = match &mut before {
            None => here.at(repo, &mut buf, &parts, depth)?.is_some(),
            Some(before) => {
                let mut changed = false;
                for level in 0..=depth {
                    let a = here.at(repo, &mut buf, &parts, level)?;
                    let b = before.at(repo, &mut buf, &parts, level)?;
                    if a == b {
                        break; // same subtree: nothing below can differ
                    }
                    changed = level == depth;
                }
                changed
            }
        };
        if changed {
            let commit = repo.objects.find_commit(&id, &mut commit_buf)?;
            if !found(Hit { id, commit }) {
                break;
            }
        }
        if let (Some(parent), Some(before)) = (parent, before) {
            kept = Some((parent, before));
        }
    }
    Ok(walked)
}

/// Whether commit `id` changed `<folder>/<dir>/<file>` (`key`), as the
/// index knows it or as worked out now and added to the index.
fn indexed_change(
    trees: &Trees<'_>,
    reader: &mut TreeReader<'_>,
    index: &mut ChangedPaths,
    key: (&str, &str),
    id: &ObjectId,
    parent: Option<ObjectId>,
    untouched: impl Fn(&ObjectId) -> bool,
) -> Result<bool, WalkError> {
    if let Answer::Changed(changed) = index.changed(id, key) {
        return Ok(changed);
    }
    if untouched(id) {
        return Ok(false);
    }
    let worked = work_out(trees, reader, key.0, id, parent)?;
    Ok(worked.record(index, id, key))
}

/// What one commit changed, as far as one file's question needs.
pub(crate) struct Worked {
    /// The folders below the indexed one that changed.
    dirs: Vec<String>,
    /// The changed files in the asked-for folder, when it changed.
    files: Option<Vec<String>>,
}

impl Worked {
    /// Adds this to `index`; whether the commit changed `key`'s file.
    pub(crate) fn record(
        &self,
        index: &mut ChangedPaths,
        id: &ObjectId,
        key: (&str, &str),
    ) -> bool {
        let names: Vec<&str> = self.dirs.iter().map(String::as_str).collect();
        index.insert_dirs(*id, &names); // no change if the commit is known
        match &self.files {
            Some(files) => {
                index.insert_files(id, key.0, files);
                files.iter().any(|f| f == key.1)
            }
            None => false,
        }
    }
}

/// Reads what commit `id` changed against its first parent: which
/// folders, and in folder `dir` which files. Only the asked-for folder is
/// looked into, as a walk without the index would; the other changed
/// folders are kept as just that.
pub(crate) fn work_out(
    trees: &Trees<'_>,
    reader: &mut TreeReader<'_>,
    dir: &str,
    id: &ObjectId,
    parent: Option<ObjectId>,
) -> Result<Worked, WalkError> {
    let commit_buf = &mut Vec::new();
    let repo = trees.repo;
    let here = root_tree(repo, trees.graph, id, commit_buf)?;
    let before = match parent {
        Some(p) => Some(root_tree(repo, trees.graph, &p, commit_buf)?),
        None => None,
    };
    let dirs = reader.changed_dirs(trees.folder, here, before)?;
    let files = match dirs.iter().find(|(name, _, _)| name == dir) {
        Some((_, x, y)) => Some(reader.changed_files(*x, *y)?),
        None => None,
    };
    Ok(Worked {
        dirs: dirs.into_iter().map(|(name, _, _)| name).collect(),
        files,
    })
}

/// What reading a commit's trees needs.
pub(crate) struct Trees<'r> {
    pub repo: &'r gix::Repository,
    pub graph: Option<&'r gix::commitgraph::Graph>,
    /// The indexed folder's path, part by part.
    pub folder: &'r [&'r [u8]],
}

/// A commit's root tree, from the commit-graph when it has the commit.
pub(crate) fn root_tree(
    repo: &gix::Repository,
    graph: Option<&gix::commitgraph::Graph>,
    id: &ObjectId,
    commit_buf: &mut Vec<u8>,
) -> Result<ObjectId, WalkError> {
    if let Some(graph) = graph
        && let Some(position) = graph.lookup(id)
    {
        return Ok(graph.commit_at(position).root_tree_id().to_owned());
    }
    Ok(repo.objects.find_commit_iter(id, commit_buf)?.tree_id()?)
}
