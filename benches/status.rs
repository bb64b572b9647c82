//! `status --format json` at 1,000 and 20,000 accounts, in-process: loading
//! every file, evaluating every account and writing the JSON.
//!
//!     cargo bench --bench status
//!
//! The whole-process figures (wall time, peak memory) come from
//! `bench/status.sh`, which runs the release binary.

use criterion::{Criterion, criterion_group, criterion_main};
use somevakt::report;
use somevakt_core::Date;
use somevakt_synthetic as synthetic;

fn status_json(c: &mut Criterion) {
    let today: Date = "2025-01-15".parse().expect("date");
    let mut group = c.benchmark_group("status_json");
    group.sample_size(10);
    for count in [1_000, 20_000] {
        let dir = tempfile::tempdir().expect("tmp");
        synthetic::write_repository(dir.path(), count).expect("generate");
        group.bench_function(format!("{count}_accounts"), |b| {
            b.iter(|| {
                let register = somevakt_store::load(dir.path()).expect("load");
                let reports = somevakt_core::evaluate_all(&register, today);
                report::status::to_json(&register, &reports, today).len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, status_json);
criterion_main!(benches);
