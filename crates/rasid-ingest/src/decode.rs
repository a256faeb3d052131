//! Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, declared charsets, and legacy
//! encodings (Windows-1256 above all, common in old Arabic corpora) guessed with `chardetng`.
//!
//! Refuses rather than guesses when the result would be mojibake: binary data, broken UTF-8
//! (mostly valid multi-byte sequences with a few bad bytes), or a legacy decode that yields
//! no plausible letters.

use encoding_rs::{Encoding, UTF_8};

/// Why bytes are not text; the caller adds the location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DecodeError {
    Empty,
    Binary(String),
    Encoding(String),
}

/// Decode a whole document. `declared` is a charset label from HTTP or `<meta charset>`.
pub(crate) fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        if enc == UTF_8 {
            return std::str::from_utf8(body).map(str::to_owned).map_err(|e| {
                DecodeError::Encoding(format!("invalid UTF-8 at byte {}", bom + e.valid_up_to()))
            });
        }
        return enc
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|c| c.into_owned())
            .ok_or_else(|| DecodeError::Encoding(format!("malformed {} text", enc.name())));
    }
    check_binary(bytes)?;
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Valid UTF-8 with any non-ASCII byte is UTF-8 whatever a header claims.
        return Ok(s.to_owned());
    }
    if let Some(enc) = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
        if enc != UTF_8 && enc.output_encoding() == enc {
            if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
                if plausible(&s) {
                    return Ok(s.into_owned());
                }
            }
        }
    }
    let stats = utf8_stats(bytes);
    if stats.valid_multibyte >= 4 && stats.valid_multibyte > 4 * stats.invalid {
        return Err(DecodeError::Encoding(format!(
            "invalid UTF-8 at byte {} (broken UTF-8, not a legacy encoding)",
            stats.first_invalid
        )));
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(s) if plausible(&s) => {
            log::debug!("decoded as {}", enc.name());
            Ok(s.into_owned())
        }
        _ => Err(DecodeError::Encoding(format!(
            "invalid UTF-8 at byte {} and not plausibly any legacy encoding",
            stats.first_invalid
        ))),
    }
}

/// NUL bytes or many control characters mean binary data (UTF-16 without BOM included).
fn check_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    if let Some(at) = memchr::memchr(0, bytes) {
        return Err(DecodeError::Binary(format!("NUL byte at offset {at}")));
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if controls * 50 > sample.len() {
        return Err(DecodeError::Binary(format!(
            "{controls} control bytes in the first {} bytes",
            sample.len()
        )));
    }
    Ok(())
}

struct Utf8Stats {
    valid_multibyte: usize,
    invalid: usize,
    first_invalid: usize,
}

fn utf8_stats(bytes: &[u8]) -> Utf8Stats {
    let mut st = Utf8Stats {
        valid_multibyte: 0,
        invalid: 0,
        first_invalid: usize::MAX,
    };
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                st.valid_multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix is valid by construction.
                let prefix = std::str::from_utf8(&rest[..good]).unwrap_or("");
                st.valid_multibyte += prefix.chars().filter(|c| !c.is_ascii()).count();
                st.invalid += 1;
                st.first_invalid = st.first_invalid.min(offset + good);
                let skip = good + e.error_len().unwrap_or(rest.len() - good).max(1);
                offset += skip;
                rest = &rest[skip.min(rest.len())..];
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    if st.first_invalid == usize::MAX {
        st.first_invalid = 0;
    }
    st
}

/// A legacy decode is plausible when its non-ASCII characters are mostly letters or marks
/// and it has no control characters; random bytes give symbols and controls.
fn plausible(s: &str) -> bool {
    let mut non_ascii = 0usize;
    let mut letters = 0usize;
    for c in s.chars() {
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1b') {
            return false;
        }
        if !c.is_ascii() {
            non_ascii += 1;
            if c.is_alphabetic() || is_mark(c) || c.is_whitespace() {
                letters += 1;
            }
        }
    }
    non_ascii == 0 || letters * 10 >= non_ascii * 7
}

/// Combining marks (Arabic harakat and the like), counted as letters.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C..=0x200F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("سلام".as_bytes(), None).unwrap(), "سلام");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("سلام".as_bytes());
        assert_eq!(decode(&b, None).unwrap(), "سلام");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "قال لافروف".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b, None).unwrap(), "قال لافروف");
    }

    #[test]
    fn windows_1256_is_detected() {
        let text = "اعتبر وزير الخارجية الروسي، سيرغي لافروف، أن أي نجاح في الحرب على الإرهاب مرتبط بوضع هذه الحرب تحت الرعاية الأممية.";
        let (bytes, _, bad) = encoding_rs::WINDOWS_1256.encode(text);
        assert!(!bad);
        assert_eq!(decode(&bytes, None).unwrap(), text);
    }

    #[test]
    fn declared_charset_is_honoured() {
        let text = "موسكو تبحث عن دعم";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        assert_eq!(decode(&bytes, Some("windows-1256")).unwrap(), text);
    }

    #[test]
    fn broken_utf8_is_an_error_not_mojibake() {
        let mut b = "موسكو تبحث عن دعم موقفها تجاه سورية".as_bytes().to_vec();
        b.insert(10, 0xFF);
        let e = decode(&b, None).unwrap_err();
        assert!(
            matches!(e, DecodeError::Encoding(ref m) if m.contains("invalid UTF-8 at byte 10")),
            "{e:?}"
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode(b"abc\0def", None),
            Err(DecodeError::Binary(_))
        ));
    }
}
