//! Colours. By default the terminal's own palette (so a light or dark
//! terminal theme is respected), or `light` / `high-contrast` from the
//! config file; none at all with NO_COLOR. Meaning never rests on colour
//! alone: every state also has a glyph and a word.

use ratatui::style::{Color, Modifier, Style};

use super::rows::Health;

/// The themes the config file can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    /// The terminal's sixteen colours.
    #[default]
    Terminal,
    /// Dark colours that read on a white background; no dim text.
    Light,
    /// Bold, bright, no dim text: for low vision and projectors.
    HighContrast,
}

impl ThemeName {
    /// The theme called `name` in the config file.
    pub fn parse(name: &str) -> Option<ThemeName> {
        match name {
            "terminal" | "default" => Some(ThemeName::Terminal),
            "light" => Some(ThemeName::Light),
            "high-contrast" => Some(ThemeName::HighContrast),
            _ => None,
        }
    }
}

/// How the dashboard colours what it draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// False with NO_COLOR: no colour whatever the theme.
    pub color: bool,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::plain()
    }
}

impl Theme {
    /// No colour at all (NO_COLOR, and the snapshot tests).
    pub fn plain() -> Theme {
        Theme {
            name: ThemeName::Terminal,
            color: false,
        }
    }

    fn fg(self, terminal: Color, light: Color, high: Color) -> Style {
        if !self.color {
            return Style::default();
        }
        match self.name {
            ThemeName::Terminal => Style::default().fg(terminal),
            ThemeName::Light => Style::default().fg(light),
            ThemeName::HighContrast => Style::default().fg(high).add_modifier(Modifier::BOLD),
        }
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red, Color::Rgb(170, 0, 0), Color::LightRed)
            .add_modifier(Modifier::BOLD)
    }

    pub fn warning(self) -> Style {
        self.fg(Color::Yellow, Color::Rgb(140, 80, 0), Color::LightYellow)
    }

    pub fn ok(self) -> Style {
        self.fg(Color::Green, Color::Rgb(0, 110, 0), Color::LightGreen)
    }

    /// Labels and secondary text. Dim text is hard to read on white, so the
    /// light and high-contrast themes use a colour or nothing instead.
    pub fn dim(self) -> Style {
        if !self.color {
            return Style::default();
        }
        match self.name {
            ThemeName::Terminal => Style::default().add_modifier(Modifier::DIM),
            ThemeName::Light => Style::default().fg(Color::Rgb(80, 80, 80)),
            ThemeName::HighContrast => Style::default(),
        }
    }

    pub fn heading(self) -> Style {
        self.fg(Color::Cyan, Color::Rgb(0, 60, 150), Color::White)
            .add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }

    /// A search match that is not the selection.
    pub fn matched(self) -> Style {
        Style::default().add_modifier(Modifier::UNDERLINED)
    }

    pub fn health(self, health: Health) -> Style {
        match health {
            Health::Invalid | Health::Error => self.error(),
            Health::Warning => self.warning(),
            Health::Ok => self.ok(),
        }
    }
}
