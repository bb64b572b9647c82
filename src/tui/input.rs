//! Reads terminal events on a thread of its own, so the UI thread only ever
//! waits on one channel.
//!
//! Two things in crossterm's Unix reader shaped this (README, "Pasting"):
//! its default reader registers the terminal edge-triggered and returns
//! after the first event of a 1 KB read, so the rest of a long input waited
//! for the next key; the `use-dev-tty` reader (enabled in Cargo.toml) polls
//! level-triggered and reads everything. And a paste start whose end never
//! arrives made crossterm keep collecting every later key (crossterm issue
//! 1060): the patched copy in `vendor/crossterm` (see its `PATCHED.md`)
//! ends such a paste after 500 ms without a byte and delivers it as a paste.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};

use super::app::Message;

/// How long one wait for input lasts before the stop flag is looked at.
pub const POLL: Duration = Duration::from_millis(100);

/// Stops and pauses the input thread.
#[derive(Clone, Default)]
pub struct InputControl {
    pub stop: Arc<AtomicBool>,
    paused: Arc<AtomicBool>,
}

impl InputControl {
    /// Stops reading keys, so an editor gets every keystroke. Waits longer
    /// than one poll, so a read under way has finished.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::SeqCst);
        std::thread::sleep(POLL * 2);
    }

    pub fn resume(&self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}

/// Starts the input thread.
pub fn spawn(tx: Sender<Message>, control: InputControl) {
    std::thread::spawn(move || {
        while !control.stop.load(Ordering::Relaxed) {
            if control.paused.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
            match event::poll(POLL) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(_) => return,
            }
            // Everything already read is sent before waiting again, so a
            // burst (a long paste without bracketing) arrives in one go.
            loop {
                let message = match event::read() {
                    Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                        Some(Message::Key(key))
                    }
                    Ok(Event::Paste(text)) => Some(Message::Paste(text)),
                    Ok(Event::Mouse(mouse)) => Some(Message::Mouse(mouse)),
                    Ok(Event::Resize(w, h)) => Some(Message::Resize(w, h)),
                    Ok(_) => None,
                    Err(_) => return,
                };
                if let Some(message) = message
                    && tx.send(message).is_err()
                {
                    return;
                }
                match event::poll(Duration::ZERO) {
                    Ok(true) => continue,
                    Ok(false) => break,
                    Err(_) => return,
                }
            }
        }
    });
}
