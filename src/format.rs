//! Human-readable sizes, speeds and durations (and speed limits typed by people), shared by
//! the window, the settings and the command line.

/// `1536` -> `1.5 KiB`.
pub fn bytes(count: u64) -> String {
    const UNITS: [&str; 6] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
    if count < 1024 {
        return format!("{count} B");
    }
    let mut value = count as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if value >= 100.0 {
        format!("{value:.0} {}", UNITS[unit])
    } else if value >= 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.2} {}", UNITS[unit])
    }
}

/// `1572864` -> `1.50 MiB/s`.
pub fn speed(bytes_per_sec: u64) -> String {
    format!("{}/s", bytes(bytes_per_sec))
}

/// `75` -> `1:15`, `3725` -> `1:02:05`, more than a day -> `> 1 day`.
pub fn duration(secs: u64) -> String {
    if secs >= 86_400 {
        return "> 1 day".to_owned();
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
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Howard Hinnant's days-to-civil algorithm, for days since 1970-01-01.
    let days = (unix_secs / 86_400) as i64 + 719_468;
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
    format!("{day} {}", MONTHS[(month - 1) as usize])
}

/// Bytes per second for a rate like `800`, `500K`, `2M`, `1G` (powers of 1024, like curl and
/// aria2; a trailing `B`, `iB` or `/s` is accepted).
pub fn parse_rate(text: &str) -> Result<u64, String> {
    let lowered = text.trim().to_ascii_lowercase();
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
        .map_err(|_| format!("'{text}' is not a rate like 500K or 2M"))?;
    if !value.is_finite() || value <= 0.0 {
        return Err(format!("'{text}' must be a positive rate"));
    }
    Ok((value * multiplier).round().max(1.0) as u64)
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
        assert_eq!(parse_rate("800"), Ok(800));
        assert_eq!(parse_rate("500K"), Ok(512_000));
        assert_eq!(parse_rate("2M"), Ok(2 * 1024 * 1024));
        assert_eq!(parse_rate("1.5MiB/s"), Ok(1_572_864));
        assert!(parse_rate("fast").is_err());
        assert!(parse_rate("-1M").is_err());
        assert!(parse_rate("0").is_err());
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
