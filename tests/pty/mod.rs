//! The real binary in a pseudo-terminal, its screen read by a terminal
//! emulator (vt100) as it draws: shared by the end-to-end tests
//! (tests/e2e.rs) and the dashboard's timing (benches/dashboard_pty.rs).
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// A program running in a pseudo-terminal of a fixed size.
pub struct Terminal {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
}

impl Terminal {
    /// Starts `command` in a `rows` x `cols` terminal; what it draws is fed
    /// to the emulator on a thread of its own as it arrives.
    pub fn spawn(command: CommandBuilder, rows: u16, cols: u16) -> Terminal {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let child = pty.slave.spawn_command(command).expect("spawn somevakt");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(rows).expect("rows"),
            std::num::NonZeroU16::new(cols).expect("columns"),
            0,
        )));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let _keep_master_open = pty.master;
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut parser) = feed.lock() {
                    parser.process(&buf[..n]);
                }
            }
        });
        Terminal {
            screen,
            writer,
            child,
        }
    }

    /// The emulator, for what the screen is in (alternate screen, cursor,
    /// mouse mode).
    pub fn parser(&self) -> std::sync::MutexGuard<'_, vt100::Parser> {
        self.screen.lock().expect("screen")
    }

    /// The screen's text.
    pub fn text(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    /// The screen's text with its colours and attributes, to tell one
    /// frame from the next when only a highlight moved.
    pub fn frame(&self) -> String {
        self.screen
            .lock()
            .expect("screen")
            .screen()
            .contents_formatted()
    }

    /// Types `keys` (as the terminal sends them).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("type");
        self.writer.flush().expect("flush");
    }

    /// The exit status, if the program has ended.
    pub fn try_wait(&mut self) -> Option<portable_pty::ExitStatus> {
        self.child.try_wait().expect("wait")
    }

    /// Ends the program.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
