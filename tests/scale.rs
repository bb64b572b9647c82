//! The synthetic register the benchmark measures is valid, varied and loads
//! completely, so the benchmark measures the real path, not error handling.

use somevakt_core::Date;
use somevakt_synthetic as synthetic;

#[test]
fn synthetic_register_loads_without_invalid_files() {
    let dir = tempfile::tempdir().expect("tmp");
    synthetic::write_repository(dir.path(), 300).expect("generate");
    let register = somevakt_store::load(dir.path()).expect("load");
    assert!(
        register.invalid.is_empty(),
        "{:#?}",
        register.invalid.first()
    );
    assert_eq!(register.accounts.len(), 300);
    let today: Date = "2025-01-15".parse().expect("date");
    let reports = somevakt_core::evaluate_all(&register, today);
    let approvals: std::collections::HashSet<_> = reports
        .iter()
        .map(|r| r.evaluation.status.approval)
        .collect();
    assert!(approvals.len() >= 4, "varied states: {approvals:?}");
}

#[test]
fn generator_is_deterministic() {
    assert_eq!(synthetic::account(42), synthetic::account(42));
    assert_ne!(synthetic::account(42).1, synthetic::account(43).1);
}
