//! The CI configuration `somevakt init --ci github|gitlab` writes: on every
//! pull or merge request, on pushes to the default branch and once a day,
//! `check` in the forge's own format (docs/en/ci.md), the audit of the
//! decision trail, and the reminder calendar as an artifact.
//!
//! The files are the recipes of docs/en/ci.md (a test keeps them equal);
//! their comments are in the repository's language, the YAML is the
//! forge's. They are checked against the forges' published schemas in
//! tests/init_ci.rs.

use crate::i18n::Lang;

/// Which forge runs the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Ci {
    /// GitHub Actions: `.github/workflows/somevakt.yml`.
    Github,
    /// GitLab CI/CD: `.gitlab-ci.yml`.
    Gitlab,
    /// No CI configuration.
    #[default]
    None,
}

/// The placeholder for where somevakt is installed from: the user sets it
/// (the message after `init` says so), since only they know their copy.
pub const PLACEHOLDER_URL: &str = "https://your.git.server/somevakt.git";

/// The file `ci` asks for, relative to the repository's root, and its text.
pub fn file(ci: Ci, lang: Lang) -> Option<(&'static str, String)> {
    match ci {
        Ci::Github => Some((".github/workflows/somevakt.yml", github(lang))),
        Ci::Gitlab => Some((".gitlab-ci.yml", gitlab(lang))),
        Ci::None => None,
    }
}

/// `text` as YAML comment lines indented by `indent` spaces, wrapped to
/// fit 78 columns (a translation may be longer than the English).
fn comment(indent: usize, text: &str) -> String {
    let pad = " ".repeat(indent);
    let width = 78usize.saturating_sub(indent + 2).max(30);
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&format!("{pad}# {line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&format!("{pad}# {line}\n"));
    }
    out
}

/// GitHub Actions. One job, so that the SARIF file `check` writes is there
/// for the upload step, which runs also when `check` failed.
fn github(lang: Lang) -> String {
    let c = |indent: usize, id: &str| comment(indent, &crate::i18n::message(lang, id));
    let mut out = String::new();
    out.push_str(&c(0, "init-ci-about"));
    out.push_str("name: somevakt\n\non:\n  pull_request:\n  push:\n");
    out.push_str(&c(4, "init-ci-branch"));
    out.push_str("    branches: [main, master]\n  schedule:\n");
    out.push_str(&c(4, "init-ci-schedule"));
    out.push_str("    - cron: \"30 5 * * *\"\n  workflow_dispatch:\n\n");
    out.push_str("env:\n");
    out.push_str(&c(2, "init-ci-set-url"));
    out.push_str(&format!("  SOMEVAKT_GIT: {PLACEHOLDER_URL}\n\n"));
    out.push_str(&c(0, "init-ci-permissions"));
    out.push_str("permissions:\n  contents: read\n  security-events: write\n\n");
    out.push_str("jobs:\n  somevakt:\n    runs-on: ubuntu-latest\n    steps:\n");
    out.push_str("      - uses: actions/checkout@v5\n        with:\n");
    out.push_str(&c(10, "init-ci-full-history"));
    out.push_str("          fetch-depth: 0\n");
    out.push_str(&c(6, "init-ci-cache"));
    out.push_str(
        "      - name: somevakt's latest commit\n        id: somevakt\n        run: echo \"commit=$(git ls-remote \"$SOMEVAKT_GIT\" HEAD | cut -f1)\" >> \"$GITHUB_OUTPUT\"\n",
    );
    out.push_str(
        "      - uses: actions/cache@v4\n        with:\n          path: |\n            ~/.cargo/bin/somevakt\n            ~/.cargo/.crates.toml\n            ~/.cargo/.crates2.json\n            ~/.cargo/registry\n            ~/.cargo/git\n          key: somevakt-${{ runner.os }}-${{ steps.somevakt.outputs.commit }}\n",
    );
    out.push_str("      - run: cargo install --locked --git \"$SOMEVAKT_GIT\" somevakt\n");
    out.push_str(&c(6, "init-ci-check"));
    out.push_str("      - run: somevakt check --format sarif -o somevakt.sarif\n");
    out.push_str(&c(6, "init-ci-sarif"));
    out.push_str(
        "      - uses: github/codeql-action/upload-sarif@v4\n        if: always()\n        with:\n          sarif_file: somevakt.sarif\n          category: somevakt\n",
    );
    out.push_str(&c(6, "init-ci-audit"));
    out.push_str("      - run: somevakt audit --no-cache\n        if: ${{ !cancelled() }}\n");
    out.push_str(&c(6, "init-ci-remind"));
    out.push_str(
        "      - if: ${{ !cancelled() }}\n        run: |\n          status=0\n          somevakt remind --format ics -o somevakt.ics || status=$?\n          if [ \"$status\" -eq 1 ] && [ \"$GITHUB_EVENT_NAME\" != schedule ]; then status=0; fi\n          exit \"$status\"\n",
    );
    out.push_str(
        "      - uses: actions/upload-artifact@v4\n        if: always()\n        with:\n          name: somevakt-calendar\n          path: somevakt.ics\n          if-no-files-found: ignore\n",
    );
    out
}

/// GitLab CI/CD. Three jobs sharing one cache of `$CARGO_HOME` (GitLab
/// caches only paths inside the project, hence `CARGO_HOME` there), so a
/// failed check still lets the audit and the calendar run.
fn gitlab(lang: Lang) -> String {
    let c = |indent: usize, id: &str| comment(indent, &crate::i18n::message(lang, id));
    let mut out = String::new();
    out.push_str(&c(0, "init-ci-about"));
    out.push_str("workflow:\n  rules:\n");
    out.push_str("    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n");
    out.push_str(&c(4, "init-ci-schedule-gitlab"));
    out.push_str("    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n");
    out.push_str("    - if: $CI_PIPELINE_SOURCE == \"web\"\n");
    out.push_str("    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n\n");
    out.push_str("variables:\n");
    out.push_str(&c(2, "init-ci-set-url"));
    out.push_str(&format!("  SOMEVAKT_GIT: {PLACEHOLDER_URL}\n"));
    out.push_str(&c(2, "init-ci-full-history"));
    out.push_str("  GIT_DEPTH: \"0\"\n");
    out.push_str("  CARGO_HOME: $CI_PROJECT_DIR/.cargo\n\n");
    out.push_str(".somevakt:\n  image: rust:1\n");
    out.push_str(&c(2, "init-ci-cache"));
    out.push_str("  cache:\n    key: somevakt-cargo\n    paths: [.cargo/]\n");
    out.push_str("  before_script:\n    - export PATH=\"$CARGO_HOME/bin:$PATH\"\n");
    out.push_str("    - cargo install --locked --git \"$SOMEVAKT_GIT\" somevakt\n\n");
    out.push_str("check:\n  extends: .somevakt\n  script:\n");
    out.push_str(&c(4, "init-ci-junit"));
    out.push_str("    - somevakt check --format junit -o junit.xml || true\n");
    out.push_str(&c(4, "init-ci-check"));
    out.push_str("    - somevakt check --format codequality -o gl-code-quality-report.json\n");
    out.push_str(&c(2, "init-ci-codequality"));
    out.push_str(
        "  artifacts:\n    when: always\n    reports:\n      codequality: gl-code-quality-report.json\n      junit: junit.xml\n\n",
    );
    out.push_str(&c(0, "init-ci-audit"));
    out.push_str("audit:\n  extends: .somevakt\n  script:\n    - somevakt audit --no-cache\n\n");
    out.push_str(&c(0, "init-ci-remind"));
    out.push_str(
        "remind:\n  extends: .somevakt\n  script:\n    - status=0\n    - somevakt remind --format ics -o somevakt.ics || status=$?\n    - if [ \"$status\" -eq 1 ] && [ \"$CI_PIPELINE_SOURCE\" != schedule ]; then status=0; fi\n    - exit \"$status\"\n  artifacts:\n    when: always\n    paths: [somevakt.ics]\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_wrap_and_keep_every_word() {
        let text = "a ".repeat(60);
        let out = comment(4, &text);
        assert!(
            out.lines()
                .all(|l| l.starts_with("    # ") && l.chars().count() <= 78)
        );
        assert_eq!(out.matches('a').count(), 60);
    }

    #[test]
    fn none_writes_nothing_and_each_forge_its_file() {
        assert!(file(Ci::None, Lang::En).is_none());
        for lang in Lang::ALL {
            let (path, text) = file(Ci::Github, lang).expect("github");
            assert_eq!(path, ".github/workflows/somevakt.yml");
            assert!(text.contains("fetch-depth: 0"));
            let (path, text) = file(Ci::Gitlab, lang).expect("gitlab");
            assert_eq!(path, ".gitlab-ci.yml");
            assert!(text.contains("GIT_DEPTH: \"0\""));
        }
    }
}
