//! The clock. The core never reads it: today is a parameter there, so the
//! rules can be checked on any day (`--today`).

use somevakt_core::Date;

/// Today's date on this machine's clock and in its time zone.
pub fn today_local() -> Date {
    let now = jiff::Zoned::now().date();
    // A date jiff produced always exists; the fallback only satisfies the type.
    Date::from_ymd(now.year(), now.month(), now.day()).unwrap_or_else(|| {
        Date::from_ymd(1970, 1, 1).unwrap_or_else(|| unreachable!("1970-01-01 exists"))
    })
}
