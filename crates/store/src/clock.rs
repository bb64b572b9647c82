//! The clock. The core never reads it: today is a parameter there, so the
//! rules can be checked on any day (`--today`). Records are dated by a
//! [`Clock`] that the caller hands in, so that a test can fix the day a
//! record is made and the time its commit carries, and a suite that passes
//! today still passes next week (docs/format.md, "Commits": dates).

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};
use somevakt_core::Date;

/// The environment variable that fixes the clock, honoured only in builds
/// with the `test-hooks` feature (what `cargo test` builds): a release
/// binary always records by the real clock.
pub const TEST_CLOCK_VARIABLE: &str = "SOMEVAKT_TEST_CLOCK";

/// Where "now" comes from for a record: the machine's clock, or a wall
/// clock fixed by a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock(Source);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Source {
    #[default]
    System,
    /// A wall-clock reading: whatever zone the day is taken in, it is this
    /// date and time there, so a fixed day is the same day in every zone.
    Fixed(DateTime),
    /// One instant: the day it is depends on the zone (a test of
    /// `[policy] time_zone`).
    Instant(Timestamp),
}

/// Why a test clock could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{TEST_CLOCK_VARIABLE}={value}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]")]
pub struct BadTestClock {
    /// What the variable held.
    pub value: String,
}

impl Clock {
    /// The machine's clock.
    pub const fn system() -> Self {
        Clock(Source::System)
    }

    /// A clock that always reads `at`.
    pub const fn fixed(at: DateTime) -> Self {
        Clock(Source::Fixed(at))
    }

    /// A clock stopped at the instant `at`: the day it reads depends on the
    /// zone it is read in.
    pub const fn at(at: Timestamp) -> Self {
        Clock(Source::Instant(at))
    }

    /// A clock that always reads noon of `day`.
    pub fn fixed_day(day: Date) -> Self {
        let (year, month, day) = day.ymd();
        Self::fixed(jiff::civil::date(year, month, day).at(12, 0, 0, 0))
    }

    /// Whether this clock was fixed (by a test).
    pub fn is_fixed(&self) -> bool {
        matches!(self.0, Source::Fixed(_) | Source::Instant(_))
    }

    /// The clock this process records by: the machine's, or in a build with
    /// the `test-hooks` feature the one `SOMEVAKT_TEST_CLOCK` names.
    pub fn from_environment() -> Result<Self, BadTestClock> {
        #[cfg(feature = "test-hooks")]
        if let Some(value) = std::env::var_os(TEST_CLOCK_VARIABLE) {
            return parse_test_clock(&value.to_string_lossy());
        }
        Ok(Self::system())
    }

    /// Now, in `zone`.
    pub fn now_in(&self, zone: &TimeZone) -> Zoned {
        match self.0 {
            Source::System => Timestamp::now().to_zoned(zone.clone()),
            Source::Instant(at) => at.to_zoned(zone.clone()),
            Source::Fixed(at) => at
                .to_zoned(zone.clone())
                // Only a reading outside jiff's range can fail; such a
                // reading cannot be parsed in the first place.
                .unwrap_or_else(|_| Timestamp::UNIX_EPOCH.to_zoned(zone.clone())),
        }
    }

    /// Now, in this machine's time zone.
    pub fn now(&self) -> Zoned {
        self.now_in(&TimeZone::system())
    }

    /// Today's date in `zone`.
    pub fn today_in(&self, zone: &TimeZone) -> Date {
        let now = self.now_in(zone).date();
        date_of(now)
    }

    /// Today's date in this machine's time zone.
    pub fn today(&self) -> Date {
        self.today_in(&TimeZone::system())
    }

    /// Today's date where the policy says "today" is taken
    /// (`[policy] time_zone`), else in this machine's zone.
    pub fn today_for(&self, policy: &somevakt_core::policy::Thresholds) -> Date {
        self.today_in(&zone_of(policy))
    }
}

/// The policy's time zone (`[policy] time_zone`), else the machine's. A
/// name the database does not know never reaches here: loading the policy
/// reports it as invalid.
pub fn zone_of(policy: &somevakt_core::policy::Thresholds) -> TimeZone {
    policy
        .time_zone
        .as_deref()
        .and_then(|name| TimeZone::get(name).ok())
        .unwrap_or_else(TimeZone::system)
}

#[cfg(test)]
mod zone_tests {
    use super::*;

    /// 00:30 on 2025-01-16 in Oslo is 23:30 on the 15th in UTC: a record
    /// made then is dated the 16th under an Oslo policy, on any machine.
    #[test]
    fn today_is_taken_in_the_policy_s_zone() {
        let at: Timestamp = "2025-01-15T23:30:00Z".parse().unwrap();
        let clock = Clock::at(at);
        let mut policy = somevakt_core::policy::Thresholds {
            time_zone: Some("Europe/Oslo".into()),
            ..Default::default()
        };
        assert_eq!(clock.today_for(&policy), "2025-01-16".parse().unwrap());
        policy.time_zone = Some("UTC".into());
        assert_eq!(clock.today_for(&policy), "2025-01-15".parse().unwrap());
        policy.time_zone = Some("America/Adak".into());
        assert_eq!(clock.today_for(&policy), "2025-01-15".parse().unwrap());
    }
}

/// The core's date of a jiff date.
fn date_of(day: jiff::civil::Date) -> Date {
    // A date jiff produced always exists; the fallback only satisfies the type.
    Date::from_ymd(day.year(), day.month(), day.day()).unwrap_or_else(|| {
        Date::from_ymd(1970, 1, 1).unwrap_or_else(|| unreachable!("1970-01-01 exists"))
    })
}

/// `YYYY-MM-DD` (noon of that day) or a civil date and time.
#[cfg_attr(not(feature = "test-hooks"), allow(dead_code))]
fn parse_test_clock(value: &str) -> Result<Clock, BadTestClock> {
    let bad = || BadTestClock {
        value: value.to_owned(),
    };
    let value = value.trim();
    if let Ok(day) = value.parse::<Date>() {
        return Ok(Clock::fixed_day(day));
    }
    value
        .parse::<DateTime>()
        .map(Clock::fixed)
        .map_err(|_| bad())
}

/// Today's date on this machine's clock and in its time zone.
pub fn today_local() -> Date {
    Clock::system().today()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_day_is_that_day_in_every_zone() {
        let day: Date = "2025-01-15".parse().unwrap();
        let clock = Clock::fixed_day(day);
        for zone in ["Pacific/Kiritimati", "America/Adak", "Europe/Oslo", "UTC"] {
            let zone = TimeZone::get(zone).unwrap();
            assert_eq!(clock.today_in(&zone), day);
            assert_eq!(clock.now_in(&zone).time(), jiff::civil::time(12, 0, 0, 0));
        }
    }

    #[test]
    fn the_test_clock_reads_a_day_or_a_time() {
        let day = parse_test_clock("2024-02-29").unwrap();
        assert_eq!(day.today(), "2024-02-29".parse().unwrap());
        let late = parse_test_clock("2024-02-29T23:50").unwrap();
        assert_eq!(late.now().time(), jiff::civil::time(23, 50, 0, 0));
        assert!(late.is_fixed());
        assert!(parse_test_clock("tomorrow").is_err());
        assert!(parse_test_clock("2024-02-30").is_err());
    }

    #[test]
    fn the_system_clock_is_not_fixed() {
        assert!(!Clock::system().is_fixed());
        assert_eq!(Clock::default(), Clock::system());
    }
}
