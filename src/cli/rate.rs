//! Parses speed limits such as `500K`, `2M` or `1.5MiB` into bytes per second.

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
}
