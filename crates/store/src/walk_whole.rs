//! The whole history of one file on two cores, for `somevakt log`.
//!
//! A first `log` must read two or three trees of every commit the
//! changed-paths index does not know yet; that inflating is nearly all of
//! its time, and the commits do not depend on each other. So the list of
//! commits is taken first (from the commit-graph: cheap), a second thread
//! works out the older half of the unknown commits while this one works
//! through the newer half, handing out hits in order as it goes; then the
//! second thread's results are added to the index and their hits handed
//! out. Commits that Git's changed-path Bloom filter clears (issue 14) are
//! left out of that work altogether. The dashboard, which pages, keeps the
//! plain walk: its first page must not wait for a list of the whole
//! history.

use std::sync::atomic::{AtomicBool, Ordering};

use gix::ObjectId;
use gix::objs::FindExt;
use gix::revision::walk::Sorting;
use gix::traverse::commit::simple::CommitTimeOrder;

use crate::changed_paths::{Answer, ChangedPaths, TreeReader};
use crate::walk::{Hit, Trees, WalkError, Worked, tune, work_out};

/// Fewer unknown commits than this are not worth a second thread.
const TWO_THREADS_FROM: usize = 2_000;

/// What is known of one commit before the trees are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    /// The index knows whether it changed the file.
    Known(bool),
    /// Git's Bloom filter says it did not (issue 14); not indexed.
    Untouched,
    /// Its trees must be compared.
    Unknown,
}

/// Calls `found` with each commit from `tip` (newest first by commit time,
/// as [`crate::walk::walk`]) that changed `key` (see
/// [`ChangedPaths::key`]); stops when `found` returns false. A commit for
/// which `untouched` says yes (Git's changed-path Bloom filter) is passed
/// over unread.
pub(crate) fn walk_whole(
    repo: &gix::Repository,
    tip: ObjectId,
    index: &mut ChangedPaths,
    key: (&str, &str),
    folder: &[&[u8]],
    untouched: &dyn Fn(&ObjectId) -> bool,
    mut found: impl FnMut(Hit<'_>) -> bool,
) -> Result<(), WalkError> {
    let commits: Vec<(ObjectId, Option<ObjectId>)> = repo
        .rev_walk([tip])
        .sorting(Sorting::ByCommitTime(CommitTimeOrder::NewestFirst))
        .use_commit_graph(true)
        .all()?
        .map(|info| info.map(|info| (info.id, info.parent_ids.first().copied())))
        .collect::<Result<_, _>>()?;
    let before: Vec<Before> = commits
        .iter()
        .map(|(id, _)| match index.changed(id, key) {
            Answer::Changed(changed) => Before::Known(changed),
            _ if untouched(id) => Before::Untouched,
            _ => Before::Unknown,
        })
        .collect();
    let unknown: Vec<usize> = (0..commits.len())
        .filter(|&i| before[i] == Before::Unknown)
        .collect();
    // The second thread takes the older half of the unknown commits.
    let split = match unknown.len() {
        n if n >= TWO_THREADS_FROM => unknown[n / 2],
        _ => commits.len(),
    };
    let graph = repo.commit_graph_if_enabled().ok().flatten();
    let trees = Trees {
        repo,
        graph: graph.as_ref(),
        folder,
    };
    let mut reader = TreeReader::new(repo);
    let mut commit_buf = Vec::new();
    let mut emit = |id: ObjectId, commit_buf: &mut Vec<u8>| -> Result<bool, WalkError> {
        let commit = repo.objects.find_commit(&id, commit_buf)?;
        Ok(found(Hit { id, commit }))
    };
    let older = &unknown[unknown.partition_point(|&i| i < split)..];
    // gitoxide's handles are single-threaded here (no "parallel"
    // feature): the second thread opens the repository itself.
    let (git_dir, options) = (repo.path().to_owned(), repo.open_options().clone());
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| -> Result<(), WalkError> {
        let helper = (!older.is_empty()).then(|| {
            scope.spawn(|| -> Result<Vec<Worked>, WalkError> {
                let mut repo = gix::open_opts(git_dir, options)?;
                tune(&mut repo);
                let graph = repo.commit_graph_if_enabled().ok().flatten();
                let trees = Trees {
                    repo: &repo,
                    graph: graph.as_ref(),
                    folder,
                };
                let mut reader = TreeReader::new(&repo);
                older
                    .iter()
                    .take_while(|_| !stop.load(Ordering::Relaxed))
                    .map(|&i| work_out(&trees, &mut reader, key.0, &commits[i].0, commits[i].1))
                    .collect()
            })
        });
        let newer = (|| -> Result<bool, WalkError> {
            for (&(id, parent), &before) in commits[..split].iter().zip(&before) {
                let changed = match before {
                    Before::Known(changed) => changed,
                    Before::Untouched => false,
                    Before::Unknown => {
                        work_out(&trees, &mut reader, key.0, &id, parent)?.record(index, &id, key)
                    }
                };
                if changed && !emit(id, &mut commit_buf)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        if !matches!(newer, Ok(true)) {
            // Stopped early or failed: the helper's work is not wanted
            // (the scope still waits for it to notice).
            stop.store(true, Ordering::Relaxed);
            return newer.map(|_| ());
        }
        let Some(helper) = helper else {
            return Ok(());
        };
        let worked = helper
            .join()
            .map_err(|_| WalkError::from("the second history reader stopped"))??;
        if worked.len() != older.len() {
            return Err("the second history reader stopped early".into());
        }
        // Every unknown commit from `split` on is in `older`, in order.
        let mut worked = worked.into_iter();
        for (&(id, _), &before) in commits.iter().zip(&before).skip(split) {
            let changed = match before {
                Before::Known(changed) => changed,
                Before::Untouched => false,
                Before::Unknown => match worked.next() {
                    Some(w) => w.record(index, &id, key),
                    None => return Err("the second history reader stopped early".into()),
                },
            };
            if changed && !emit(id, &mut commit_buf)? {
                break;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;
    use std::process::{Command, Stdio};

    use crate::changed_paths::ChangedPaths;
    use crate::walk::{Span, open, walk};

    /// A history of `n` commits built with `git fast-import`: each changes
    /// one of twelve files in three folders, every 50th is a merge of a
    /// side line, every 97th deletes a file that a later commit brings back.
    pub(crate) fn repository(n: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let out = Command::new("git")
                .args(args)
                .current_dir(dir.path())
                .output()
                .unwrap();
            assert!(out.status.success(), "{out:?}");
        };
        git(&["init", "-q", "-b", "main"]);
        let mut stream = String::new();
        let mut mark = 0;
        let mut last = 0;
        for i in 0..n {
            let path = format!("assessments/d{}/f{}.toml", i % 3, (i * 7) % 4);
            let change = if i % 97 == 5 {
                format!("D {path}\n")
            } else {
                format!(
                    "M 100644 inline {path}\ndata {}\n{i}\n\n",
                    i.to_string().len() + 1
                )
            };
            let side = if i % 50 == 49 {
                // A side commit off the last one, merged back right away.
                mark += 1;
                stream += &format!(
                    "commit refs/heads/side\nmark :{mark}\ncommitter T <t@t> {} +0100\ndata 4\nside\nfrom :{last}\nM 100644 inline assessments/d1/f1.toml\ndata 6\nside!\n\n",
                    1_700_000_000 + i * 60
                );
                Some(mark)
            } else {
                None
            };
            mark += 1;
            stream += &format!(
                "commit refs/heads/main\nmark :{mark}\ncommitter T <t@t> {} +0100\ndata 2\n{}\n",
                1_700_000_030 + i * 60,
                i % 10
            );
            if last > 0 {
                stream += &format!("from :{last}\n");
            }
            if let Some(side) = side {
                stream += &format!("merge :{side}\n");
            }
            stream += &change;
            stream += "\n";
            last = mark;
        }
        let mut import = Command::new("git")
            .args(["fast-import", "--quiet"])
            .current_dir(dir.path())
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        import
            .stdin
            .take()
            .unwrap()
            .write_all(stream.as_bytes())
            .unwrap();
        assert!(import.wait().unwrap().success());
        git(&["commit-graph", "write", "--reachable"]);
        dir
    }

    /// The commits that changed `path`, newest first: without the index
    /// (`index` false), or with it, listed first on two threads (`whole`)
    /// or walked page-wise.
    pub(crate) fn hits(
        root: &std::path::Path,
        path: &str,
        index: bool,
        whole: bool,
    ) -> Vec<String> {
        let repo = open(root).unwrap();
        let tip = repo.head_id().unwrap().detach();
        let mut kept = ChangedPaths::load(repo.common_dir(), "assessments");
        let span = Span {
            tip,
            hidden: None,
            whole,
        };
        let mut out = Vec::new();
        walk(&repo, &span, path, index.then_some(&mut kept), |hit| {
            out.push(hit.id.to_string());
            true
        })
        .unwrap();
        kept.save();
        out
    }

    #[test]
    fn two_threads_find_what_one_finds_in_the_same_order() {
        let dir = repository(3_000);
        let root = dir.path();
        for path in [
            "assessments/d1/f1.toml",
            "assessments/d2/f3.toml",
            "assessments/d0/f2.toml",
            "assessments/d9/f0.toml",
        ] {
            std::fs::remove_file(root.join(".git/somevakt/changed-paths")).ok();
            let plain = hits(root, path, false, false);
            // Cold index, two threads; warm index, two threads; warm, one.
            assert_eq!(hits(root, path, true, true), plain, "{path}");
            assert_eq!(hits(root, path, true, true), plain, "{path}");
            assert_eq!(hits(root, path, true, false), plain, "{path}");
        }
        // The walk saw merges and deletions, and found hits on both sides
        // of the split.
        let plain = hits(root, "assessments/d1/f1.toml", false, false);
        assert!(plain.len() > 300, "{}", plain.len());
    }
}
