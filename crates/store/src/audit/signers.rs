//! The OpenSSH allowed-signers file (`ssh-keygen(1)`, "ALLOWED SIGNERS"):
//! which key belongs to which e-mail. Git reads it for
//! `gpg.ssh.allowedSignersFile`; the policy names one in
//! `[approvers].allowed_signers`.
//!
//! The audit leaves the real verification to `ssh-keygen`, as Git does. This
//! reading is for questions asked before anything is signed: is the key
//! about to sign listed for an approver?

/// One line of the file: the principals (e-mail patterns) and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedSigner {
    /// E-mails or patterns (`*@kommune.no`), as written.
    pub principals: Vec<String>,
    /// The key type, e.g. `ssh-ed25519`.
    pub key_type: String,
    /// The base64 key.
    pub key: String,
}

/// Every entry that could be read; lines that cannot are skipped here
/// (ssh-keygen reports them when it verifies).
pub fn parse(text: &str) -> Vec<AllowedSigner> {
    text.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<AllowedSigner> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let words = split_words(line);
    let principals = words.first()?;
    // Options (`namespaces="git"`, `valid-after=…`) may sit between the
    // principals and the key.
    let key_at = if looks_like_key_type(words.get(1)?) {
        1
    } else {
        2
    };
    Some(AllowedSigner {
        principals: principals
            .trim_matches('"')
            .split(',')
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        key_type: words.get(key_at)?.clone(),
        key: words.get(key_at + 1)?.clone(),
    })
}

fn looks_like_key_type(word: &str) -> bool {
    word.starts_with("ssh-") || word.starts_with("ecdsa-") || word.starts_with("sk-")
}

/// Splits at blanks outside double quotes.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                word.push(c);
            }
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The principals the file lists for this key.
pub fn principals_for<'a>(signers: &'a [AllowedSigner], key_type: &str, key: &str) -> Vec<&'a str> {
    signers
        .iter()
        .filter(|s| s.key_type == key_type && s.key == key)
        .flat_map(|s| s.principals.iter().map(String::as_str))
        .collect()
}

/// Whether `pattern` (with `*` and `?`, as ssh's match_pattern) matches
/// `text`, without regard to case (e-mail addresses).
pub fn pattern_matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
# approvers of Fjordvik
hege@fjordvik.kommune.no ssh-ed25519 AAAAhege hege laptop
eva@alvby.se,eva.l@alvby.se namespaces="git,file" ssh-ed25519 AAAAeva
*@it.fjordvik.kommune.no cert-authority ssh-rsa AAAAca
broken-line
"#;

    #[test]
    fn reads_principals_options_and_keys() {
        let signers = parse(FILE);
        assert_eq!(signers.len(), 3);
        assert_eq!(
            principals_for(&signers, "ssh-ed25519", "AAAAeva"),
            ["eva@alvby.se", "eva.l@alvby.se"]
        );
        assert_eq!(
            principals_for(&signers, "ssh-ed25519", "AAAAhege"),
            ["hege@fjordvik.kommune.no"]
        );
        assert!(principals_for(&signers, "ssh-ed25519", "AAAAother").is_empty());
    }

    #[test]
    fn patterns_match_like_ssh() {
        assert!(pattern_matches(
            "*@it.fjordvik.kommune.no",
            "Ola@IT.fjordvik.kommune.no"
        ));
        assert!(pattern_matches("eva@alvby.se", "eva@alvby.se"));
        assert!(!pattern_matches("eva@alvby.se", "eva@alvby.see"));
        assert!(pattern_matches("e?a@*", "eva@x"));
    }
}
