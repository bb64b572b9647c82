#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    somevakt::cli::run(std::env::args_os())
}
