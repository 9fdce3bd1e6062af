//! Today's date for a saved check, without a date library: the civil calendar from a
//! count of days since 1970-01-01 (Howard Hinnant's algorithm).

/// `YYYY-MM-DD` of the day that is `days` days after 1970-01-01.
pub fn civil(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Seconds since 1970-01-01 UTC, now.
fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Today in UTC, as `YYYY-MM-DD`.
pub fn today() -> String {
    civil(now_secs().div_euclid(86_400))
}

/// `YYYY-MM-DD HH:MM UTC` of the moment `secs` seconds after 1970-01-01 UTC.
pub fn moment(secs: i64) -> String {
    let minutes = secs.rem_euclid(86_400) / 60;
    format!(
        "{} {:02}:{:02} UTC",
        civil(secs.div_euclid(86_400)),
        minutes / 60,
        minutes % 60
    )
}

/// Now, as `YYYY-MM-DD HH:MM UTC` (no time zone library: UTC says so plainly).
pub fn now() -> String {
    moment(now_secs())
}

/// Whether `text` is a real day written `YYYY-MM-DD` (2026-02-30 is not).
pub fn is_valid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (
        year.parse().unwrap_or(0),
        month.parse().unwrap_or(0),
        day.parse().unwrap_or(0),
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::{civil, is_valid};

    #[test]
    fn only_real_days_are_valid() {
        for day in ["2026-11-26", "2000-02-29", "2024-02-29", "1999-12-31"] {
            assert!(is_valid(day), "{day}");
        }
        for not in [
            "not a date",
            "2026-13-01",
            "2026-02-29",
            "1900-02-29",
            "2026-11-31",
            "26-11-26",
            "2026-1-26",
            "2026-11-26x",
            "",
        ] {
            assert!(!is_valid(not), "{not}");
        }
    }

    #[test]
    fn counts_days_into_the_civil_calendar() {
        assert_eq!(civil(0), "1970-01-01");
        assert_eq!(civil(59), "1970-03-01");
        assert_eq!(civil(11_016), "2000-02-29");
        assert_eq!(civil(20_418), "2025-11-26");
        assert_eq!(civil(20_783), "2026-11-26");
        assert_eq!(civil(-1), "1969-12-31");
    }

    #[test]
    fn a_moment_has_its_date_hours_and_minutes_in_utc() {
        assert_eq!(super::moment(0), "1970-01-01 00:00 UTC");
        assert_eq!(
            super::moment(20_783 * 86_400 + 14 * 3600 + 5 * 60 + 59),
            "2026-11-26 14:05 UTC"
        );
    }
}
