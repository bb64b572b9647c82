//! Records on a full disk: a small tmpfs filled to leave a little more room
//! each time, so every write of a record fails in turn. A record that
//! fails must not have moved the branch (a retry would record the decision
//! twice), and Git must accept the repository after every attempt.
//!
//! Needs permission to mount a tmpfs (root, as in the CI container);
//! elsewhere the test says it was skipped.

mod common;
mod record_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::*;
use record_support::*;

const ID: &str = "fjordvik/x-ordforer";
const FILE: &str = "assessments/fjordvik/x-ordforer.toml";

/// A mounted tmpfs, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn mount(at: &Path) -> Result<Tmpfs, String> {
    std::fs::create_dir_all(at).map_err(|e| e.to_string())?;
    let out = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(at)
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(Tmpfs(at.to_path_buf()))
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_owned())
    }
}

fn available(at: &Path) -> u64 {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(at)
        .output()
        .expect("df");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .expect("df prints the free bytes")
}

#[test]
fn a_full_disk_never_fails_a_record_after_the_branch_moved() {
    let base = tempfile::tempdir().unwrap();
    let disk = base.path().join("disk");
    let _mounted = match mount(&disk) {
        Ok(m) => m,
        Err(why) => {
            eprintln!("skipped: cannot mount a tmpfs here ({why})");
            return;
        }
    };
    let (_example, example) = committed_example();
    let root = disk.join("fjordvik");
    let out = Command::new("cp")
        .args(["-a"])
        .arg(&example)
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", describe(&out));
    let filler = disk.join("filler");
    let (mut landed, mut refused) = (0, 0);
    for free_kib in (0..=120).step_by(3) {
        let head = git(&root, &["rev-parse", "HEAD"]).trim().to_owned();
        let decisions = std::fs::read_to_string(root.join(FILE))
            .unwrap()
            .matches("[[decisions]]")
            .count();
        let room = available(&disk).saturating_sub(free_kib * 1024);
        // A write that hits the end of the disk is what we want here.
        let _ = std::fs::write(&filler, vec![0u8; room as usize]);
        let out = somevakt(
            &root,
            &[
                "decide",
                ID,
                "--outcome",
                "approved",
                "--body",
                "Ledergruppen",
                "--rationale",
                "Diskplass",
            ],
        );
        std::fs::remove_file(&filler).unwrap();
        fsck(&root);
        let now = git(&root, &["rev-parse", "HEAD"]).trim().to_owned();
        let text = std::fs::read_to_string(root.join(FILE)).unwrap();
        let (in_head, in_index, on_disk) = blobs(&root, FILE);
        if out.status.code() == Some(0) {
            landed += 1;
            assert_ne!(now, head, "{free_kib} KiB: success means a commit");
            assert_eq!(text.matches("[[decisions]]").count(), decisions + 1);
            assert_eq!((&in_index, &on_disk), (&in_head, &in_head));
        } else {
            refused += 1;
            eprintln!("{free_kib} KiB: {}", stderr(&out).trim());
            assert_eq!(
                out.status.code(),
                Some(2),
                "{free_kib} KiB: {}",
                describe(&out)
            );
            assert_eq!(
                now,
                head,
                "{free_kib} KiB: reported as failed, so the branch must not have moved: {}",
                describe(&out)
            );
            assert_eq!(
                text.matches("[[decisions]]").count(),
                decisions,
                "{free_kib} KiB: the file was put back"
            );
            assert_eq!((&in_index, &on_disk), (&in_head, &in_head));
        }
        let next = somevakt(&root, &["status"]);
        assert!(
            stderr(&next).is_empty(),
            "{free_kib} KiB: {}",
            describe(&next)
        );
        assert!(
            leftovers(&root).is_empty(),
            "{free_kib} KiB: {:?}",
            leftovers(&root)
        );
    }
    eprintln!("full disk: {refused} records refused, {landed} landed");
    assert!(
        refused > 0 && landed > 0,
        "the sizes span the record's needs"
    );
}
