//! Where things go on a terminal of a given size. `update` uses it to know
//! how many rows a page holds (and where the mouse clicked); the view uses
//! it to draw. One function for both, so they cannot disagree.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this many rows the header shrinks to one line.
pub const SHORT: u16 = 15;

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

/// The parts of a `width` x `height` screen.
pub fn areas(width: u16, height: u16) -> Areas {
    let header = if height < SHORT { 1 } else { 3 };
    let [header, body, status, hints] = Layout::vertical([
        Constraint::Length(header),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(Rect::new(0, 0, width, height));
    Areas {
        header,
        body,
        status,
        hints,
    }
}

/// The inside of a screen's body, under its one-line title rule.
pub fn inner(body: Rect) -> Rect {
    Rect {
        y: body.y.saturating_add(1),
        height: body.height.saturating_sub(1),
        ..body
    }
}

/// A rectangle inside `area`, centred, of at most the given size.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The popup of a form over the body, and the inside of its border.
pub fn form_popup(body: Rect) -> (Rect, Rect) {
    let popup = centered(body, 100, body.height);
    let inner = Rect {
        x: popup.x.saturating_add(1),
        y: popup.y.saturating_add(1),
        width: popup.width.saturating_sub(2),
        height: popup.height.saturating_sub(2),
    };
    (popup, inner)
}
