//! Which keys changes made outside somevakt touched, so that a commit that
//! carries them can say so (docs/format.md, "Commits": the body names the
//! keys, the trailer is `Includes-Local-Changes: yes`).

use std::collections::BTreeSet;

use toml::{Table, Value};

/// The dotted keys whose values differ between `old` (HEAD's text, `None`
/// when HEAD lacks the file) and `new`. Tables are followed down; an array
/// (e.g. `decisions`) counts as one key. Text that does not parse gives the
/// whole file as changed.
pub(crate) fn changed_keys(old: Option<&str>, new: &str) -> Vec<String> {
    let parse = |text: &str| text.parse::<Table>().ok();
    let (Some(old), Some(new)) = (old.map_or(Some(Table::new()), parse), parse(new)) else {
        return vec!["(the whole file)".to_owned()];
    };
    let mut keys = BTreeSet::new();
    walk("", &old, &new, &mut keys);
    keys.into_iter().collect()
}

fn walk(prefix: &str, old: &Table, new: &Table, keys: &mut BTreeSet<String>) {
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    for name in names {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        match (old.get(name), new.get(name)) {
            (Some(Value::Table(a)), Some(Value::Table(b))) => walk(&key, a, b, keys),
            (a, b) if a != b => {
                keys.insert(key);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_changed_keys_only() {
        let old =
            "a = 1\n[account]\nname = \"x\"\nemail = \"e\"\n[[decisions]]\ndate = 2024-01-01\n";
        let new = "a = 1\n[account]\nname = \"y\"\nemail = \"e\"\nurl = \"u\"\n[[decisions]]\ndate = 2024-01-02\n";
        assert_eq!(
            changed_keys(Some(old), new),
            ["account.name", "account.url", "decisions"]
        );
        assert_eq!(changed_keys(Some(old), old), Vec::<String>::new());
        assert_eq!(changed_keys(None, "a = 1"), ["a"]);
        assert_eq!(changed_keys(Some(old), "a = "), ["(the whole file)"]);
    }
}
