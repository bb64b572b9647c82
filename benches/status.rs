//! `status --format json` at 1,000 and 20,000 accounts, in-process: loading
//! every file (with the load cache warm, and without it), evaluating every
//! account and streaming the JSON.
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
        // In a Git repository, so the load cache has a place to live.
        let init = std::process::Command::new("git")
            .arg("init")
            .arg("-q")
            .arg(dir.path())
            .status();
        assert!(init.is_ok_and(|s| s.success()), "git init");
        // Past the cache's racy window: files this fresh are always re-read.
        std::thread::sleep(std::time::Duration::from_millis(2100));
        for (name, cache) in [("warm_cache", true), ("no_cache", false)] {
            group.bench_function(format!("{count}_accounts_{name}"), |b| {
                b.iter(|| {
                    let options = somevakt_store::LoadOptions {
                        cache,
                        progress: None,
                    };
                    let register = somevakt_store::load_with(dir.path(), options).expect("load");
                    report::status::write_json(&mut std::io::sink(), &register, today)
                        .expect("write");
                    register.accounts.len()
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, status_json);
criterion_main!(benches);
