//! Writes a synthetic assessment repository of N realistic accounts.
//!
//!     cargo run --release --example generate -- /tmp/register 20000
//!     cargo run --release -- --repo /tmp/register status --format json

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(count)) = (args.first(), args.get(1).and_then(|n| n.parse().ok())) else {
        eprintln!("usage: generate DIR COUNT");
        return ExitCode::from(2);
    };
    match somevakt_synthetic::write_repository(std::path::Path::new(dir), count) {
        Ok(()) => {
            println!("wrote {count} accounts to {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate: {e}");
            ExitCode::from(2)
        }
    }
}
