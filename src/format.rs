//! Human-readable sizes, speeds, durations and dates in the form of the language in force
//! (decimal comma, unit letters, month names), and speed limits typed by people; shared by
//! the window, the settings and the command line.

use crate::engine::rate::Rate;
use crate::i18n::t;
use crate::i18n::{self, Numbers};

/// How many units there are (B to PiB).
const UNIT_COUNT: usize = 6;

/// `1536` -> `1.50 KiB`: three significant digits, and never `1024 KiB` (a value that rounds
/// up to 1024 is written in the next unit, so one amount always reads the same).
pub fn bytes(count: u64) -> String {
    bytes_in(&i18n::numbers(), count)
}

fn bytes_in(numbers: &Numbers, count: u64) -> String {
    let unit = unit_for(count);
    if unit == 0 {
        return format!("{count} {}", numbers.units[0]);
    }
    format!("{} {}", in_unit(numbers, count, unit), numbers.units[unit])
}

/// A whole number with the language's thousands separator: `12,345,678` in English,
/// `12.345.678` in German.
pub fn integer(value: u64) -> String {
    integer_in(&i18n::numbers(), value)
}

fn integer_in(numbers: &Numbers, value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * numbers.group.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push_str(&numbers.group);
        }
        out.push(digit);
    }
    out
}

/// `done / total` in the total's unit: `12.3 / 40.0 MiB`.
pub fn bytes_of(done: u64, total: u64) -> String {
    let numbers = i18n::numbers();
    let unit = unit_for(total.max(done));
    if unit == 0 {
        return format!("{done} / {total} {}", numbers.units[0]);
    }
    format!(
        "{} / {} {}",
        in_unit(&numbers, done, unit),
        in_unit(&numbers, total, unit),
        numbers.units[unit]
    )
}

/// The unit an amount is written in: the largest in which it reads at least 1, where a value
/// that would round to "1024" counts as the next unit's 1.
fn unit_for(count: u64) -> usize {
    let mut unit = 0;
    let mut value = count as f64;
    loop {
        let next_threshold = if unit == 0 { 1024.0 } else { 1023.5 };
        if unit == UNIT_COUNT - 1 || value < next_threshold {
            return unit;
        }
        value /= 1024.0;
        unit += 1;
    }
}

/// `count` in `unit` with three significant digits and the language's decimal separator.
fn in_unit(numbers: &Numbers, count: u64, unit: usize) -> String {
    let value = count as f64 / 1024f64.powi(unit as i32);
    let text = if value >= 99.95 {
        format!("{value:.0}")
    } else if value >= 9.995 {
        format!("{value:.1}")
    } else {
        format!("{value:.2}")
    };
    if numbers.decimal == '.' {
        text
    } else {
        text.replace('.', numbers.decimal.encode_utf8(&mut [0; 4]))
    }
}

/// A speed limit in words, like [`speed`].
pub fn rate(rate: Rate) -> String {
    speed(rate.get())
}

/// `1572864` -> `1.50 MiB/s`.
pub fn speed(bytes_per_sec: u64) -> String {
    let numbers = i18n::numbers();
    format!(
        "{}{}",
        bytes_in(&numbers, bytes_per_sec),
        numbers.per_second
    )
}

/// `75` -> `1:15`, `3725` -> `1:02:05`, more than a day -> `> 1 day`.
pub fn duration(secs: u64) -> String {
    if secs >= 86_400 {
        return t!("duration-over-day");
    }
    let (hours, minutes, seconds) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// The day of a Unix time, as `27 Nov` (UTC).
pub fn day_month(unix_secs: u64) -> String {
    let (_, month, day) = civil_from_days((unix_secs / 86_400) as i64);
    t!(
        "date-day-month",
        day = day.to_string(),
        month = month_name(month)
    )
}

/// A moment in the local time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    /// The year.
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
    /// 0 to 60.
    pub second: u32,
}

/// The local time zone, read once (a list draws many times a second).
fn local_zone() -> &'static jiff::tz::TimeZone {
    static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    ZONE.get_or_init(jiff::tz::TimeZone::system)
}

/// A Unix time in the local time zone (UTC when the zone cannot be read).
pub fn local_time(unix_secs: u64) -> LocalTime {
    let local = i64::try_from(unix_secs)
        .ok()
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .map(|stamp| local_zone().to_datetime(stamp));
    match local {
        Some(time) => LocalTime {
            year: i32::from(time.year()),
            month: time.month().unsigned_abs().into(),
            day: time.day().unsigned_abs().into(),
            hour: time.hour().unsigned_abs().into(),
            minute: time.minute().unsigned_abs().into(),
            second: time.second().unsigned_abs().into(),
        },
        None => {
            let (year, month, day) = civil_from_days((unix_secs / 86_400) as i64);
            let secs = unix_secs % 86_400;
            LocalTime {
                year,
                month,
                day,
                hour: (secs / 3600) as u32,
                minute: ((secs / 60) % 60) as u32,
                second: (secs % 60) as u32,
            }
        }
    }
}

/// A month's short name in the language in force (1 is January).
fn month_name(month: u32) -> String {
    match month {
        1 => t!("month-1"),
        2 => t!("month-2"),
        3 => t!("month-3"),
        4 => t!("month-4"),
        5 => t!("month-5"),
        6 => t!("month-6"),
        7 => t!("month-7"),
        8 => t!("month-8"),
        9 => t!("month-9"),
        10 => t!("month-10"),
        11 => t!("month-11"),
        _ => t!("month-12"),
    }
}

/// A weekday's short name in the language in force (0 is Monday).
pub fn weekday_name(weekday: u8) -> String {
    match weekday % 7 {
        0 => t!("weekday-mon"),
        1 => t!("weekday-tue"),
        2 => t!("weekday-wed"),
        3 => t!("weekday-thu"),
        4 => t!("weekday-fri"),
        5 => t!("weekday-sat"),
        _ => t!("weekday-sun"),
    }
}

/// When something happened, as short as it can be: `14:03` today, `27 Nov` this year,
/// `27 Nov 2025` before (in the language's order and month names).
pub fn when(unix_secs: u64, now_unix: u64) -> String {
    let then = local_time(unix_secs);
    let now = local_time(now_unix);
    let (day, month) = (then.day.to_string(), month_name(then.month));
    if (then.year, then.month, then.day) == (now.year, now.month, now.day) {
        format!("{:02}:{:02}", then.hour, then.minute)
    } else if then.year == now.year {
        t!("date-day-month", day = day, month = month)
    } else {
        t!(
            "date-day-month-year",
            day = day,
            month = month,
            year = then.year.to_string()
        )
    }
}

/// The local time of day with seconds: `14:03:05`.
pub fn clock(unix_secs: u64) -> String {
    let t = local_time(unix_secs);
    format!("{:02}:{:02}:{:02}", t.hour, t.minute, t.second)
}

/// A full local date and time: `27 Nov 2026, 14:03:05`.
pub fn date_time(unix_secs: u64) -> String {
    let moment = local_time(unix_secs);
    t!(
        "date-full",
        day = moment.day.to_string(),
        month = month_name(moment.month),
        year = moment.year.to_string(),
        time = clock(unix_secs)
    )
}

/// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days_since_epoch: i64) -> (i32, u32, u32) {
    let days = days_since_epoch + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month as u32, day as u32)
}

/// Why typed text is not a speed limit.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    /// Not a number with an optional unit.
    #[error("{}", t!("rate-not-a-rate", text = .0.as_str()))]
    NotARate(String),
    /// Zero, negative or not finite.
    #[error("{}", t!("rate-not-positive", text = .0.as_str()))]
    NotPositive(String),
    /// More than any line carries (it would stand for "no limit" by accident).
    #[error("{}", t!("rate-too-large", text = .0.as_str()))]
    TooLarge(String),
}

/// The largest rate taken: 1 TiB/s. Beyond it a number is a typing slip, not a limit.
pub const MAX_RATE: f64 = 1024.0 * 1024.0 * 1024.0 * 1024.0;

/// Bytes per second for a rate like `800`, `500K`, `2M`, `1G` (powers of 1024, like curl and
/// aria2; a trailing `B`, `iB` or `/s` is accepted). The decimal mark may be a point or a
/// comma, as the user's language writes it (`0.5M`, `0,5M`); a rate has one at most, and no
/// thousands separators.
pub fn parse_rate(text: &str) -> Result<Rate, RateError> {
    let marks = text.chars().filter(|c| matches!(c, '.' | ',')).count();
    if marks > 1 {
        return Err(RateError::NotARate(text.to_owned()));
    }
    let lowered = text.trim().to_ascii_lowercase().replace(',', ".");
    let trimmed = lowered
        .trim_end_matches("/s")
        .trim_end_matches("ib")
        .trim_end_matches('b');
    let (number, multiplier) = match trimmed.chars().last() {
        Some('k') => (&trimmed[..trimmed.len() - 1], 1024.0),
        Some('m') => (&trimmed[..trimmed.len() - 1], 1024.0 * 1024.0),
        Some('g') => (&trimmed[..trimmed.len() - 1], 1024.0 * 1024.0 * 1024.0),
        _ => (trimmed, 1.0),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| RateError::NotARate(text.to_owned()))?;
    if !value.is_finite() || value <= 0.0 {
        return Err(RateError::NotPositive(text.to_owned()));
    }
    let bytes = (value * multiplier).round();
    if bytes > MAX_RATE {
        return Err(RateError::TooLarge(text.to_owned()));
    }
    Ok(Rate::bytes_per_sec(bytes.max(1.0) as u64))
}

/// A speed limit as typed: empty or `0` is none, else a rate (see [`parse_rate`]). This is
/// the one place text becomes a [`Rate`].
pub fn parse_limit(text: &str) -> Result<Rate, RateError> {
    match text.trim() {
        "" | "0" => Ok(Rate::NONE),
        text => parse_rate(text),
    }
}

/// A rate in the form people type it back: 512000 -> "500K".
pub fn typed_rate(rate: Rate) -> String {
    let bytes_per_sec = rate.get();
    const MIB: u64 = 1024 * 1024;
    if bytes_per_sec >= MIB && bytes_per_sec.checked_mul(10).is_some_and(|v| v % MIB == 0) {
        format!("{}M", trim_float(bytes_per_sec as f64 / MIB as f64))
    } else if bytes_per_sec >= 1024 && bytes_per_sec % 1024 == 0 {
        format!("{}K", bytes_per_sec / 1024)
    } else {
        bytes_per_sec.to_string()
    }
}

fn trim_float(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::day_month;

    #[test]
    fn days_and_months() {
        assert_eq!(day_month(0), "1 Jan");
        assert_eq!(day_month(1_795_737_600), "27 Nov"); // 2026-11-27
        assert_eq!(day_month(951_782_400), "29 Feb"); // 2000-02-29
    }

    use super::*;

    #[test]
    fn parses_common_forms() {
        assert_eq!(parse_rate("800"), Ok(Rate::bytes_per_sec(800)));
        assert_eq!(parse_rate("500K"), Ok(Rate::bytes_per_sec(512_000)));
        assert_eq!(parse_rate("2M"), Ok(Rate::bytes_per_sec(2 * 1024 * 1024)));
        assert_eq!(parse_rate("1.5MiB/s"), Ok(Rate::bytes_per_sec(1_572_864)));
        assert!(parse_rate("fast").is_err());
        assert!(parse_rate("-1M").is_err());
        assert!(parse_rate("0").is_err());
        // The decimal comma of German, Spanish, Portuguese and Russian.
        assert_eq!(parse_rate("0,5M"), Ok(Rate::bytes_per_sec(524_288)));
        assert_eq!(parse_rate("1,5 MB"), Ok(Rate::bytes_per_sec(1_572_864)));
        assert!(parse_rate("1.000,5K").is_err(), "one mark at most");
        assert!(parse_rate("1,000,000").is_err());
        assert_eq!(parse_limit(" "), Ok(Rate::bytes_per_sec(0)));
        assert_eq!(parse_limit("0"), Ok(Rate::bytes_per_sec(0)));
        assert!(parse_limit("zwei").is_err());
        for huge in ["1e300", "1180591620717411303424", "99999999999999999999G"] {
            assert!(
                matches!(parse_rate(huge), Err(RateError::TooLarge(_))),
                "{huge}"
            );
        }
    }

    #[test]
    fn one_amount_always_reads_the_same() {
        assert_eq!(bytes(1024 * 1024 - 1), "1.00 MiB");
        assert_eq!(bytes(1024 * 1024), "1.00 MiB");
        assert_eq!(speed(1_048_000), "1023 KiB/s");
        assert_eq!(speed(1_048_100), "1.00 MiB/s");
        assert_eq!(bytes(1023 * 1024), "1023 KiB");
        assert_eq!(bytes(10 * 1024 - 1), "10.0 KiB");
        assert_eq!(bytes_of(12_900_000, 41_943_040), "12.3 / 40.0 MiB");
        assert_eq!(bytes_of(0, 512), "0 / 512 B");
    }

    #[test]
    fn amounts_in_the_languages_form() {
        use crate::i18n::Lang;
        let german = Numbers::for_language(Lang::De);
        assert_eq!(bytes_in(&german, 1536), "1,50 KiB");
        assert_eq!(bytes_in(&german, 15 * 1024 * 1024), "15,0 MiB");
        assert_eq!(bytes_in(&german, 300), "300 B");
        let russian = Numbers::for_language(Lang::Ru);
        assert_eq!(bytes_in(&russian, 1 << 30), "1,00 ГиБ");
        assert_eq!(russian.per_second, "/с");
        assert_eq!(integer_in(&german, 12_345_678), "12.345.678");
        assert_eq!(integer_in(&german, 999), "999");
        assert_eq!(integer_in(&russian, 1_000), "1\u{202f}000");
        let chinese = Numbers::for_language(Lang::ZhCn);
        assert_eq!(integer_in(&chinese, 1_000_000), "1,000,000");
        assert_eq!(bytes_in(&chinese, 1536), "1.50 KiB");
    }

    #[test]
    fn rates_round_trip_through_their_typed_form() {
        for text in ["500K", "2M", "1.5M", "800"] {
            let rate = parse_rate(text).expect("valid");
            assert_eq!(typed_rate(rate), text);
        }
    }

    #[test]
    fn dates_read_short_and_long() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_784), (2026, 11, 27));
        let now = 1_795_780_800; // 2026-11-27 12:00 UTC
        // The same moment is "today" in any time zone.
        assert_eq!(when(now, now).len(), 5);
        assert!(
            when(now - 200 * 86_400, now).ends_with("May"),
            "{}",
            when(now - 200 * 86_400, now)
        );
        assert!(when(now - 400 * 86_400, now).ends_with("2025"));
        assert!(date_time(now).contains("2026"));
    }

    #[test]
    fn formats() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(1536), "1.50 KiB");
        assert_eq!(bytes(15 * 1024 * 1024), "15.0 MiB");
        assert_eq!(bytes(1 << 30), "1.00 GiB");
        assert_eq!(speed(2 * 1024 * 1024), "2.00 MiB/s");
        assert_eq!(duration(75), "1:15");
        assert_eq!(duration(3725), "1:02:05");
        assert_eq!(duration(100_000), "> 1 day");
    }
}
