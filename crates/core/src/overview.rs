//! Several municipalities at once (`somevakt overview`, docs/overview.md):
//! the manifest that says which registers an overview reads. The manifest
//! is itself kept in Git, so who is in the overview is audited like
//! everything else. Pure: fetching and reading the registers is the
//! store's.

use std::collections::HashSet;

use serde::Deserialize;

use crate::model::Jurisdiction;
use crate::parse::{ParseError, parse_toml};

/// The file an overview reads by default, in its own repository.
pub const MANIFEST_FILE: &str = "overview.toml";

/// `overview.toml`: the municipalities whose registers the overview reads.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One entry per municipality, in the order the overview lists them.
    #[serde(default)]
    pub municipality: Vec<Municipality>,
}

/// One municipality's register.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// How the overview names it: "Fjordvik kommune".
    pub name: String,
    /// Any address Git fetches from: https, ssh, git, file, a path.
    pub remote: String,
    /// The branch that holds the register.
    #[serde(default = "default_branch")]
    pub branch: String,
    /// Where the municipality is, when its policy does not say.
    #[serde(default)]
    pub jurisdiction: Option<Jurisdiction>,
}

fn default_branch() -> String {
    "main".to_owned()
}

/// Reads a manifest: TOML errors with their place, then each entry checked
/// (a name given once, no empty remote, a branch Git would accept).
pub fn parse_manifest(text: &str) -> Result<Manifest, ParseError> {
    let manifest: Manifest = parse_toml(text)?;
    let mut names = HashSet::new();
    for (n, m) in manifest.municipality.iter().enumerate() {
        let at = |what: &str| ParseError {
            message: format!("municipality {} ({:?}): {what}", n + 1, m.name),
            span: None,
        };
        if m.name.trim().is_empty() {
            return Err(at("the name is empty"));
        }
        if !names.insert(m.name.trim().to_lowercase()) {
            return Err(at("this name is given twice; each municipality once"));
        }
        if m.remote.trim().is_empty() {
            return Err(at(
                "the remote is empty: give the address Git fetches the register from",
            ));
        }
        if m.remote.trim_start().starts_with('-') {
            return Err(at(
                "the remote starts with '-', which Git would read as an option",
            ));
        }
        if !is_branch_name(&m.branch) {
            return Err(at(
                "the branch is not a name Git accepts (like main or master)",
            ));
        }
    }
    Ok(manifest)
}

/// The part of `git check-ref-format --branch` that matters here: no
/// spaces, control characters, `..`, `~^:?*[\`, and no leading `-` (which
/// Git would read as an option).
fn is_branch_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('-')
        && !name.starts_with('/')
        && !name.ends_with('/')
        && !name.ends_with(".lock")
        && !name.contains("..")
        && !name.contains("@{")
        && !name
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || "~^:?*[\\".contains(c))
}

/// A folder name for a municipality's mirror: its name in lowercase ASCII
/// letters, digits and dashes, and a short digest of its remote and branch
/// (two entries with one name never share a mirror, and moving a
/// municipality to a new address fetches afresh).
pub fn mirror_name(municipality: &Municipality) -> String {
    use sha2::{Digest, Sha256};
    let mut slug = String::new();
    for c in municipality.name.trim().to_lowercase().chars() {
        let c = match c {
            'æ' => "ae".to_owned(),
            'ø' | 'ö' => "o".to_owned(),
            'å' | 'ä' => "a".to_owned(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".to_owned(),
        };
        if !(c == "-" && (slug.is_empty() || slug.ends_with('-'))) {
            slug.push_str(&c);
        }
    }
    let slug = slug.trim_end_matches('-');
    let digest = Sha256::digest(format!("{}\n{}", municipality.remote, municipality.branch));
    let short: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{slug}-{short}.git")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_with_two_municipalities() {
        let m = parse_manifest(
            "[[municipality]]\nname = \"Fjordvik kommune\"\nremote = \"https://git.example.no/fjordvik.git\"\n\n\
             [[municipality]]\nname = \"Älvby kommun\"\nremote = \"/srv/alvby.git\"\nbranch = \"master\"\njurisdiction = \"SE\"\n",
        )
        .unwrap();
        assert_eq!(m.municipality.len(), 2);
        assert_eq!(m.municipality[0].branch, "main");
        assert_eq!(m.municipality[1].jurisdiction, Some(Jurisdiction::Se));
        assert_eq!(mirror_name(&m.municipality[1])[..10], *"alvby-komm");
        assert!(mirror_name(&m.municipality[0]).starts_with("fjordvik-kommune-"));
        assert!(mirror_name(&m.municipality[0]).ends_with(".git"));
    }

    #[test]
    fn mistakes_are_named_with_their_place() {
        let typo = parse_manifest("[[municipality]]\nname = \"A\"\nremot = \"x\"\n").unwrap_err();
        assert!(typo.span.is_some(), "{typo:?}");
        for (text, said) in [
            (
                "[[municipality]]\nname = \"A\"\nremote = \"\"\n",
                "remote is empty",
            ),
            (
                "[[municipality]]\nname = \"A\"\nremote = \"x\"\n[[municipality]]\nname = \"a\"\nremote = \"y\"\n",
                "given twice",
            ),
            (
                "[[municipality]]\nname = \"A\"\nremote = \"x\"\nbranch = \"--upload-pack=x\"\n",
                "branch",
            ),
            (
                "[[municipality]]\nname = \"A\"\nremote = \"x\"\nbranch = \"a b\"\n",
                "branch",
            ),
            (
                "[[municipality]]\nname = \"A\"\nremote = \"--upload-pack=x\"\n",
                "option",
            ),
        ] {
            let e = parse_manifest(text).unwrap_err();
            assert!(e.message.contains(said), "{text}: {}", e.message);
        }
    }
}
