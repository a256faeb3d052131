use super::{CharFilter, Mapped};

/// Arabic-Indic and Persian digits → ASCII, so `١٩` and `19` are the same number; the Arabic
/// decimal and thousands separators become `.` and `,`.
#[derive(Debug, Clone, Copy)]
pub struct Digits;

impl CharFilter for Digits {
    fn name(&self) -> &'static str {
        "digits"
    }
    fn map(&self, c: char) -> Mapped {
        match c {
            '٠'..='٩' => Mapped::Char(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => Mapped::Char(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            '٫' => Mapped::Char('.'),
            '٬' => Mapped::Char(','),
            _ => Mapped::Keep,
        }
    }
}
