#![forbid(unsafe_code)]

/// See Cargo.toml: a load and the dashboard's table allocate and free a few
/// hundred small strings per account; with glibc's malloc, allocating and
/// freeing was a quarter of their time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    somevakt::cli::run(std::env::args_os())
}
