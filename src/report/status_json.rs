//! One account of `status --format json`, written straight into the output.
//!
//! The document is the contract's (docs/format.md, "status --format json")
//! and its bytes are exactly what serde_json's pretty printer with our
//! escaping ([`crate::text::json_nested`]) makes of
//! [`super::status::AccountJson`]; a test compares the two. Writing it by
//! hand is only about speed (issue 14): at 20,000 accounts the serde route
//! was a third of a warm `status`: every key went through the escaper, each
//! finding's fix was cloned to put the account id in its command, and the
//! sources and citations (the same few constants for every account) were
//! escaped again for every finding. Here keys are written as they are,
//! a finding's source is rendered once per program run, and a string needs
//! no escaping in the common case, which one pass over its bytes decides.

use std::io::Write;
use std::sync::LazyLock;

use somevakt_core::findings::{Fix, SOURCES, Source};
use somevakt_core::{AccountReport, Date, Finding, Word};

/// Depth of the account object in the document: in `accounts`, in the
/// top-level object.
const ACCOUNT_DEPTH: usize = 2;

/// Appends `report`'s account object (indented for its place in the
/// document, no trailing newline). `changed_fix` gives a finding's fix when
/// it differs from the rules' own (F02 naming the changed `[dpia]` keys);
/// `scratch` is where each English text is written before it is escaped
/// into `out`, reused from one account to the next.
pub fn write_account(
    out: &mut Vec<u8>,
    scratch: &mut String,
    report: &AccountReport<'_>,
    today: Date,
    changed_fix: impl Fn(&Finding) -> Option<Fix>,
) {
    let a = &report.account.assessment;
    let s = &report.evaluation.status;
    let id = report.account.id.as_str();
    let mut obj = Object::open(out, ACCOUNT_DEPTH);
    obj.str("id", id);
    obj.str("path", &report.account.path);
    obj.str("municipality", &a.account.municipality);
    obj.word("platform", a.account.platform.word());
    obj.str("name", &a.account.name);
    obj.opt_str("owner_unit", a.account.owner_unit.as_deref());
    obj.word("status", a.account.status.word());
    obj.word("approval", s.approval.word());
    obj.word("review", s.review.word());
    obj.date("review_due", s.review_due);
    match s.review_due {
        Some(due) => {
            obj.key("review_in_days");
            // Writing to memory cannot fail.
            let _ = write!(obj.out, "{}", today.days_until(due));
        }
        None => obj.raw("review_in_days", b"null"),
    }
    obj.word("activity", s.activity.word());
    // As counted today: an entry dated after today is F21, not a fact.
    obj.date("last_post", a.activity.last_post.filter(|d| *d <= today));
    obj.word("snapshots", s.snapshots.word());
    obj.date(
        "last_snapshot",
        a.as_of(today).latest_snapshot().map(|s| s.date),
    );
    obj.date("snapshot_due", s.snapshot_due);
    let findings = &report.evaluation.findings;
    if findings.is_empty() {
        obj.raw("findings", b"[]");
    } else {
        obj.key("findings");
        obj.out.push(b'[');
        for (i, f) in findings.iter().enumerate() {
            obj.out
                .extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            indent(obj.out, ACCOUNT_DEPTH + 2);
            let changed = changed_fix(f);
            let fix = changed.as_ref().unwrap_or(&f.fix);
            finding(obj.out, scratch, f, fix, id);
        }
        obj.out.push(b'\n');
        indent(obj.out, ACCOUNT_DEPTH + 1);
        obj.out.push(b']');
    }
    obj.close();
}

/// One finding, at its depth in the account's `findings`, with `fix` (the
/// rules' own or F02's naming the changed keys) for the account `account`.
fn finding(out: &mut Vec<u8>, scratch: &mut String, f: &Finding, fix: &Fix, account: &str) {
    let depth = ACCOUNT_DEPTH + 2;
    let mut obj = Object::open(out, depth);
    obj.str("id", f.id);
    obj.word("severity", f.severity.into());
    obj.key("message");
    scratch.clear();
    f.write_message(scratch);
    string(obj.out, scratch);
    obj.key("source");
    source(obj.out, f.id, &f.source, depth + 1);
    obj.key("fix");
    write_fix(obj.out, scratch, fix, account, depth + 1);
    obj.close();
}

/// The `fix` object: its English text, key, command naming `account`, and
/// keys.
fn write_fix(out: &mut Vec<u8>, scratch: &mut String, fix: &Fix, account: &str, depth: usize) {
    let mut obj = Object::open(out, depth);
    obj.key("text");
    scratch.clear();
    fix.write_text(scratch);
    string(obj.out, scratch);
    obj.opt_str("dashboard_key", fix.dashboard_key);
    scratch.clear();
    if fix.write_command_for(account, scratch) {
        obj.str("command", scratch);
    } else {
        obj.raw("command", b"null");
    }
    if fix.keys.is_empty() {
        obj.raw("keys", b"[]");
    } else {
        obj.key("keys");
        obj.out.push(b'[');
        for (i, key) in fix.keys.iter().enumerate() {
            obj.out
                .extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            indent(obj.out, depth + 2);
            string(obj.out, key);
        }
        obj.out.push(b'\n');
        indent(obj.out, depth + 1);
        obj.out.push(b']');
    }
    obj.close();
}

/// A finding's source: the rules' constants, rendered once at their depth
/// and found by the finding's id (a source compared field by field with
/// all 23 was a few percent of a warm `status`).
fn source(out: &mut Vec<u8>, id: &str, source: &Source, depth: usize) {
    static RENDERED: LazyLock<Vec<(&'static str, Source, Vec<u8>)>> = LazyLock::new(|| {
        SOURCES
            .iter()
            .map(|(id, s)| {
                let mut bytes = Vec::new();
                crate::text::json_nested(&mut bytes, s, ACCOUNT_DEPTH + 3);
                (*id, *s, bytes)
            })
            .collect()
    });
    let known = (depth == ACCOUNT_DEPTH + 3)
        .then(|| {
            RENDERED
                .iter()
                .find(|(rule, s, _)| *rule == id && same_source(s, source))
        })
        .flatten();
    match known {
        Some((_, _, bytes)) => out.extend_from_slice(bytes),
        None => crate::text::json_nested(out, source, depth),
    }
}

/// Whether `a` and `b` are the same source: the same constants (their
/// addresses, the common case, as the rules copy them from `SOURCES`) or
/// equal text.
fn same_source(a: &Source, b: &Source) -> bool {
    (std::ptr::eq(a.requirements, b.requirements)
        && std::ptr::eq(a.seed, b.seed)
        && std::ptr::eq(a.citations, b.citations))
        || a == b
}

/// An object being written, as serde_json's pretty printer lays it out:
/// two spaces an indentation level, `"key": value`, one member a line.
struct Object<'o> {
    out: &'o mut Vec<u8>,
    depth: usize,
    first: bool,
}

impl<'o> Object<'o> {
    fn open(out: &'o mut Vec<u8>, depth: usize) -> Self {
        out.push(b'{');
        Object {
            out,
            depth,
            first: true,
        }
    }

    /// Our keys are plain ASCII names: nothing to escape. Room for the
    /// whole key is made once, then each piece is a copy (this runs about
    /// thirty times an account).
    fn key(&mut self, name: &str) {
        // The comma, the line break and the indentation in one copy.
        const LINE: &[u8; 34] = b",\n                                ";
        let pad = 2 * (self.depth + 1);
        let from = usize::from(self.first);
        self.first = false;
        self.out.reserve(2 + pad + name.len() + 4);
        match LINE.get(from..2 + pad) {
            Some(line) => self.out.extend_from_slice(line),
            None => {
                self.out.extend_from_slice(&LINE[from..2]);
                indent_by(self.out, pad);
            }
        }
        self.out.push(b'"');
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    fn raw(&mut self, name: &str, value: &[u8]) {
        self.key(name);
        self.out.extend_from_slice(value);
    }

    fn str(&mut self, name: &str, value: &str) {
        self.key(name);
        string(self.out, value);
    }

    fn opt_str(&mut self, name: &str, value: Option<&str>) {
        match value {
            Some(v) => self.str(name, v),
            None => self.raw(name, b"null"),
        }
    }

    /// A closed set's word: snake_case ASCII, nothing to escape.
    fn word(&mut self, name: &str, word: &str) {
        self.key(name);
        self.out.push(b'"');
        self.out.extend_from_slice(word.as_bytes());
        self.out.push(b'"');
    }

    fn date(&mut self, name: &str, value: Option<Date>) {
        match value {
            Some(d) => {
                self.key(name);
                self.out.push(b'"');
                match d.iso_bytes() {
                    Some(iso) => self.out.extend_from_slice(&iso),
                    // Writing to memory cannot fail.
                    None => {
                        let _ = write!(self.out, "{d}");
                    }
                }
                self.out.push(b'"');
            }
            None => self.raw(name, b"null"),
        }
    }

    fn close(self) {
        if self.first {
            self.out.push(b'}');
        } else {
            self.out.push(b'\n');
            indent(self.out, self.depth);
            self.out.push(b'}');
        }
    }
}

fn indent(out: &mut Vec<u8>, depth: usize) {
    indent_by(out, 2 * depth);
}

/// `n` spaces: a copy from a constant for the depths this document has.
fn indent_by(out: &mut Vec<u8>, n: usize) {
    const SPACES: &[u8; 32] = &[b' '; 32];
    match SPACES.get(..n) {
        Some(spaces) => out.extend_from_slice(spaces),
        None => out.resize(out.len() + n, b' '),
    }
}

/// `text` as a JSON string: written as it is when nothing in it needs an
/// escape (by JSON or by [`crate::text::is_dangerous`]), otherwise through
/// the same escaping as the rest of the program's JSON.
fn string(out: &mut Vec<u8>, text: &str) {
    if needs_escape(text) {
        crate::text::json_nested(out, &text, 0);
    } else {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    }
}

/// Whether any character of `text` is written as an escape: a control
/// character, `"`, `\`, DEL, or a character [`crate::text::is_dangerous`]
/// names. One pass; plain ASCII costs a comparison a byte.
fn needs_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Sixteen bytes at a time without a branch per byte (the compiler turns
    // this into vector instructions); the careful scan below starts at the
    // first block with anything but plain printable ASCII in it.
    let plain = |b: u8| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\';
    let mut at = 0;
    for block in bytes.chunks_exact(16) {
        if !block.iter().fold(true, |all, &b| all & plain(b)) {
            break;
        }
        at += 16;
    }
    // The last few bytes the same way: most text ends as plainly as it ran.
    if bytes[at..].iter().fold(true, |all, &b| all & plain(b)) {
        return false;
    }
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if b < 0x20 || b == b'"' || b == b'\\' || b == 0x7f {
                return true;
            }
            at += 1;
            continue;
        }
        // `at` is a character boundary: every byte before was a whole character.
        let Some(c) = text[at..].chars().next() else {
            return true;
        };
        if crate::text::is_dangerous(c) {
            return true;
        }
        at += c.len_utf8();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use somevakt_core::LoadedAssessment;
    use somevakt_store::decided::DecidedVersions;

    /// The account as the serde route writes it: what this module must equal.
    fn through_serde(report: &AccountReport<'_>, today: Date) -> String {
        let decided = DecidedVersions::new(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        let mut out = Vec::new();
        crate::text::json_nested(
            &mut out,
            &super::super::status::account_json_fixed(&decided, report, today),
            ACCOUNT_DEPTH,
        );
        String::from_utf8(out).expect("utf-8")
    }

    fn by_hand(report: &AccountReport<'_>, today: Date) -> String {
        let mut out = Vec::new();
        let decided = DecidedVersions::new(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        write_account(&mut out, &mut String::new(), report, today, |f| {
            super::super::status::changed_fix(&decided, report, f, today)
        });
        String::from_utf8(out).expect("utf-8")
    }

    fn example() -> somevakt_core::Register {
        somevakt_store::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")))
            .expect("the example loads")
    }

    #[test]
    fn the_example_is_written_as_serde_writes_it() {
        let register = example();
        assert!(register.accounts.len() > 3);
        // Days on which the example has no findings, some, and many.
        for today in ["2020-01-01", "2025-01-15", "2031-06-30"] {
            let today: Date = today.parse().expect("date");
            for report in somevakt_core::evaluate_all(&register, today) {
                assert_eq!(by_hand(&report, today), through_serde(&report, today));
            }
        }
    }

    /// Text with what JSON escapes and what the terminal would act on.
    fn hostile() -> impl Strategy<Value = String> {
        let pieces = prop_oneof![
            Just("\"".to_owned()),
            Just("\\".to_owned()),
            Just("\n\t\r\u{7}\u{0}".to_owned()),
            Just("\u{7f}\u{9b}\u{202e}\u{200b}\u{feff}".to_owned()),
            Just("\u{1b}[31m".to_owned()),
            Just("Kommunedirektør Åsa".to_owned()),
            any::<char>().prop_map(String::from),
            "[ -~]{0,8}",
        ];
        proptest::collection::vec(pieces, 0..6).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn hostile_text_is_escaped_as_serde_escapes_it(
            name in hostile(),
            unit in proptest::option::of(hostile()),
            municipality in hostile(),
            editor in hostile(),
        ) {
            let register = example();
            let today: Date = "2025-01-15".parse().expect("date");
            let mut account: LoadedAssessment = register.accounts[0].clone();
            account.assessment.account.name = name;
            account.assessment.account.owner_unit = unit;
            account.assessment.account.municipality = municipality;
            if let Some(first) = account.assessment.responsibility.editors.first_mut() {
                first.name = editor;
            }
            let report = AccountReport {
                evaluation: account.evaluate(&register.policy, today),
                account: &account,
            };
            prop_assert_eq!(by_hand(&report, today), through_serde(&report, today));
        }
    }
}
