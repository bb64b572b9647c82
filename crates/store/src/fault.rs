//! Crash testing: `SOMEVAKT_FAULT=<step>` makes a record abort the process
//! right after that step, as a power loss or `kill -9` would, so the tests
//! can check that every step leaves a repository Git accepts and no
//! recorded fact lost. `SOMEVAKT_FAULT=fail:journal-removed` instead makes
//! the clean-up after the commit fail, to test that it is reported as a
//! warning. The hooks exist only in builds with the `test-hooks` feature
//! (what `cargo test` builds); in any other build they do nothing, so a
//! release binary cannot be made to abort by an environment variable.

/// The steps of a record, in order, where the process can be stopped.
pub const STEPS: &[&str] = &[
    "locked",
    "objects-written",
    "journal-written",
    "file-temporary-written",
    "file-written",
    "index-prepared",
    "index-written",
    "branch-moved",
    "journal-removed",
];

/// Whether the tests asked the clean-up `step` to fail
/// (`SOMEVAKT_FAULT=fail:<step>`): a failure after the branch moved.
pub(crate) fn failing(step: &'static str) -> bool {
    cfg!(feature = "test-hooks")
        && std::env::var("SOMEVAKT_FAULT").is_ok_and(|v| v.strip_prefix("fail:") == Some(step))
}

/// Aborts the process if the tests asked for a crash after `step`.
pub(crate) fn after(step: &'static str) {
    debug_assert!(STEPS.contains(&step), "unknown step {step}");
    if cfg!(feature = "test-hooks") && std::env::var_os("SOMEVAKT_FAULT").is_some_and(|v| v == step)
    {
        std::process::abort();
    }
}
