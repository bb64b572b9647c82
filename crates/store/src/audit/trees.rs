//! Comparing trees by object id: which files under `assessments/` a commit
//! changed, with their blob ids on both sides.

use std::collections::BTreeMap;
use std::path::Path;

use git2::{ObjectType, Oid, Repository, Tree};

/// The id of the entry at `path` in `tree`, if there is one.
pub(crate) fn entry_id(tree: &Tree<'_>, path: &str) -> Option<Oid> {
    tree.get_path(Path::new(path)).ok().map(|e| e.id())
}

pub(crate) fn subtree<'r>(repo: &'r Repository, tree: &Tree<'_>, path: &str) -> Option<Tree<'r>> {
    let entry = tree.get_path(Path::new(path)).ok()?;
    repo.find_tree(entry.id()).ok()
}

/// Per side of a comparison: (id, is a folder).
type Side = Option<(Oid, bool)>;

fn side_of(entry: Option<git2::TreeEntry<'_>>) -> Side {
    entry.map(|e| (e.id(), e.kind() == Some(ObjectType::Tree)))
}

/// Adds to `out` every `.toml` file under `path` whose blob differs
/// between `old` and `new`, with both blob ids, entering only folders whose
/// ids differ (a folder is read once, not once per file in it). Names are
/// looked up in the other tree by binary search: a commit that changed one
/// file of a folder of thousands costs no allocation per unchanged file.
pub(crate) fn changed_files(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    path: &str,
    out: &mut BTreeMap<String, (Option<Oid>, Option<Oid>)>,
) -> Result<(), git2::Error> {
    let mut differing: Vec<(Vec<u8>, Side, Side)> = Vec::new();
    if let Some(new_tree) = new {
        for entry in new_tree.iter() {
            let there = old.and_then(|t| t.get_name_bytes(entry.name_bytes()));
            if there.as_ref().map(|e| e.id()) != Some(entry.id()) {
                differing.push((
                    entry.name_bytes().to_vec(),
                    side_of(there),
                    side_of(Some(entry)),
                ));
            }
        }
    }
    if let Some(old_tree) = old {
        for entry in old_tree.iter() {
            let gone = new.is_none_or(|t| t.get_name_bytes(entry.name_bytes()).is_none());
            if gone {
                differing.push((entry.name_bytes().to_vec(), side_of(Some(entry)), None));
            }
        }
    }
    for (name, a, b) in differing {
        let Ok(name) = String::from_utf8(name) else {
            continue;
        };
        let child = format!("{path}/{name}");
        let folder_a = a.filter(|x| x.1).map(|x| repo.find_tree(x.0)).transpose()?;
        let folder_b = b.filter(|x| x.1).map(|x| repo.find_tree(x.0)).transpose()?;
        if folder_a.is_some() || folder_b.is_some() {
            changed_files(repo, folder_a.as_ref(), folder_b.as_ref(), &child, out)?;
        }
        let blob = |side: Side| side.filter(|x| !x.1).map(|x| x.0);
        let (old_blob, new_blob) = (blob(a), blob(b));
        let file = old_blob.is_some() || new_blob.is_some();
        if file && name.ends_with(".toml") && !name.starts_with('.') {
            out.insert(child, (old_blob, new_blob));
        }
    }
    Ok(())
}
