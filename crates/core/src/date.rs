//! Calendar dates as the guidance uses them: whole days, no time, no zone.
//!
//! TOML has a native local-date type (`2024-05-10`), JSON does not; this type
//! reads both, so the same struct serves the TOML files, the JSON exports and
//! the JSON Schema.

use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar day, e.g. the day a decision was taken.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

impl Date {
    /// A date from year, month and day; `None` for a day that does not exist.
    pub fn from_ymd(year: i16, month: i8, day: i8) -> Option<Date> {
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// The date `months` calendar months later; the day is clamped to the end
    /// of a shorter month (31 January + 1 month = 28/29 February), which is how
    /// people count "a year after the decision".
    ///
    /// Beyond the calendar's range the result is its first or last day: a
    /// huge number can never panic (the policy's bounds keep values far
    /// from that anyway).
    pub fn add_months(self, months: i64) -> Date {
        jiff::Span::new()
            .try_months(months)
            .and_then(|span| self.0.checked_add(span))
            .map_or_else(|_| Date::saturated(months), Date)
    }

    /// The date `days` days later (earlier when negative); saturating like
    /// [`Date::add_months`].
    pub fn add_days(self, days: i64) -> Date {
        jiff::Span::new()
            .try_days(days)
            .and_then(|span| self.0.checked_add(span))
            .map_or_else(|_| Date::saturated(days), Date)
    }

    fn saturated(direction: i64) -> Date {
        Date(if direction < 0 {
            jiff::civil::Date::MIN
        } else {
            jiff::civil::Date::MAX
        })
    }

    /// The day of the week, Monday 1 to Sunday 7 (ISO 8601).
    pub fn weekday(self) -> i8 {
        self.0.weekday().to_monday_one_offset()
    }

    /// The last day of this date's month.
    pub fn last_of_month(self) -> Date {
        Date(self.0.last_of_month())
    }

    /// Whole days from `self` to `later`: negative when `later` is earlier.
    pub fn days_until(self, later: Date) -> i64 {
        self.0
            .until(later.0)
            .map(|span| i64::from(span.get_days()))
            .unwrap_or(0)
    }

    /// The year, month and day as numbers.
    pub fn ymd(self) -> (i16, i8, i8) {
        (self.0.year(), self.0.month(), self.0.day())
    }

    /// `YYYY-MM-DD` as ten ASCII bytes, the same as [`Date`]'s `Display`,
    /// for the years 0 to 9999 (every date a file can hold); `None` for the
    /// rest of the calendar's range. Outputs write several dates an account
    /// (issue 14): digits by hand cost a fraction of the formatter's.
    pub fn iso_bytes(self) -> Option<[u8; 10]> {
        let (y, m, d) = self.ymd();
        let y = u16::try_from(y).ok().filter(|y| *y <= 9999)?;
        let (m, d) = (m.unsigned_abs(), d.unsigned_abs());
        let digit = |n: u16| b'0' + (n % 10) as u8;
        Some([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            b'0' + m / 10,
            b'0' + m % 10,
            b'-',
            b'0' + d / 10,
            b'0' + d % 10,
        ])
    }

    /// Appends the date as [`Date`]'s `Display` writes it.
    pub fn write_iso(self, out: &mut String) {
        match self.iso_bytes() {
            // Ten ASCII digits and dashes: always UTF-8.
            Some(bytes) => out.extend(bytes.iter().map(|&b| char::from(b))),
            None => {
                use std::fmt::Write;
                // Writing to a String cannot fail.
                let _ = write!(out, "{self}");
            }
        }
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let bad = || format!("'{text}' is not a date: expected YYYY-MM-DD, e.g. 2025-01-15");
        let mut parts = text.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || !(digits(y) && digits(m) && digits(d)) {
            return Err(bad());
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(bad());
        };
        Date::from_ymd(y, m, d).ok_or_else(|| format!("{text} is not a day in the calendar"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

// Text (`2024-05-10`) in TOML and JSON; in binary formats (the load
// cache) year, month and day as three numbers, because those formats cannot
// ask what kind of value comes next (`deserialize_any`) and a number is
// cheaper to read back than text to parse.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            self.ymd().serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(DateVisitor)
        } else {
            let (y, m, d) = <(i16, i8, i8)>::deserialize(deserializer)?;
            Date::from_ymd(y, m, d).ok_or_else(|| {
                de::Error::custom(format!("{y}-{m}-{d} is not a day in the calendar"))
            })
        }
    }
}

struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date like 2024-05-10 (without quotes)")
    }

    /// A date written as text in a file: strictly `YYYY-MM-DD`, nothing
    /// around it (`" 2024-05-10"` is a typo to report, not to mend).
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
        if text.trim() != text {
            return Err(E::custom(format!(
                "{text:?} is not a date: expected YYYY-MM-DD without spaces, e.g. 2025-01-15"
            )));
        }
        text.parse().map_err(E::custom)
    }

    // The toml crate hands native datetimes over as a one-entry map.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
        let value = toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) => {
                let (y, m, dd) = (d.year as i16, d.month as i8, d.day as i8);
                Date::from_ymd(y, m, dd).ok_or_else(|| {
                    de::Error::custom(format!("{value} is not a day in the calendar"))
                })
            }
            _ => Err(de::Error::custom(format!(
                "expected a date like 2024-05-10, found the date-time {value}"
            ))),
        }
    }
}

impl JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "date",
            "description": "A TOML local date, e.g. 2024-05-10"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The digits written by hand are the formatter's, across the years a
    /// file can hold and at both ends of the calendar.
    #[test]
    fn iso_digits_match_the_display() {
        let mut days = vec![
            Date(jiff::civil::Date::MIN),
            Date(jiff::civil::Date::MAX),
            Date::from_ymd(0, 1, 1).expect("day"),
            Date::from_ymd(9999, 12, 31).expect("day"),
        ];
        let mut day = Date::from_ymd(1999, 12, 25).expect("day");
        for _ in 0..500 {
            days.push(day);
            day = day.add_days(37);
        }
        for year in [1, 9, 10, 99, 100, 999, 1000, 2026] {
            days.push(Date::from_ymd(year, 2, 3).expect("day"));
        }
        for day in days {
            let mut written = String::from("x");
            day.write_iso(&mut written);
            assert_eq!(written, format!("x{day}"));
            if let Some(bytes) = day.iso_bytes() {
                assert_eq!(bytes.as_slice(), day.to_string().as_bytes());
            }
        }
    }

    #[test]
    fn huge_offsets_saturate_instead_of_panicking() {
        let start = d("2024-05-10");
        for n in [240_000, i64::from(u32::MAX), i64::MAX / 100] {
            assert_eq!(start.add_months(n), Date(jiff::civil::Date::MAX));
            assert_eq!(start.add_days(n * 100), Date(jiff::civil::Date::MAX));
            assert_eq!(start.add_months(-n), Date(jiff::civil::Date::MIN));
        }
        assert_eq!(start.add_months(12), d("2025-05-10"));
    }

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2024-2-9".parse::<Date>().is_err());
        assert!("tomorrow".parse::<Date>().is_err());
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2024-02-29").add_months(12), d("2025-02-28"));
        assert_eq!(d("2024-05-10").add_months(12), d("2025-05-10"));
    }

    #[test]
    fn counts_days_both_ways() {
        assert_eq!(d("2025-01-15").days_until(d("2025-02-14")), 30);
        assert_eq!(d("2025-01-15").days_until(d("2024-12-16")), -30);
        assert_eq!(d("2025-01-15").add_days(-1), d("2025-01-14"));
    }

    #[test]
    fn reads_toml_dates_and_rejects_datetimes() {
        #[derive(Deserialize)]
        struct T {
            a: Date,
        }
        let t: T = toml::from_str("a = 2024-05-10").unwrap();
        assert_eq!(t.a, d("2024-05-10"));
        let t: T = toml::from_str("a = \"2024-05-10\"").unwrap();
        assert_eq!(t.a, d("2024-05-10"));
        let err = toml::from_str::<T>("a = 2024-05-10T10:00:00")
            .err()
            .unwrap();
        assert!(err.message().contains("date-time"), "{err}");
        assert!(toml::from_str::<T>("a = 2024-02-30").is_err());
    }
}
