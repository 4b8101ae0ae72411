//! The pseudo-language: English with every letter accented and 40 % more length, in brackets,
//! so tests and screenshots show text that a translation would cut off or that was never
//! translated (it stays plain).

/// `text` accented, bracketed and stretched to 1.4 times its length.
pub fn stretch(text: &str) -> String {
    let accented: String = text.chars().map(accent).collect();
    let length = text.chars().count();
    let extra = (length * 2).div_ceil(5);
    format!("[{accented}{}]", "~".repeat(extra))
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'n' => 'ñ',
        'c' => 'ç',
        'y' => 'ý',
        'A' => 'Á',
        'E' => 'É',
        'I' => 'Í',
        'O' => 'Ö',
        'U' => 'Ü',
        'N' => 'Ñ',
        'C' => 'Ç',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::stretch;

    #[test]
    fn stretches_by_forty_percent_and_accents() {
        assert_eq!(stretch("Pause all"), "[Páüsé áll~~~~]");
        assert_eq!(stretch(""), "[]");
    }
}
