//! The caller's names of code values, made when compiling: serde's `snake_case` of a Rust
//! variant's name (`PartiallyPaid` is `partially_paid`).

/// The length of a Rust variant's name as serde's `snake_case` writes it (see `snake_bytes`).
pub const fn snake_len(name: &str) -> usize {
    let (bytes, mut i, mut len) = (name.as_bytes(), 0, 0);
    while i < bytes.len() {
        len += if i > 0 && bytes[i].is_ascii_uppercase() { 2 } else { 1 };
        i += 1;
    }
    len
}

/// A Rust variant's name as serde's `snake_case` writes it, made when compiling:
/// `PartiallyPaid` → `partially_paid` (for an ASCII name; `N` is `snake_len`).
pub const fn snake_bytes<const N: usize>(name: &str) -> [u8; N] {
    let (bytes, mut snake, mut i, mut at) = (name.as_bytes(), [0; N], 0, 0);
    while i < bytes.len() && at < N {
        if i > 0 && bytes[i].is_ascii_uppercase() && at + 1 < N {
            snake[at] = b'_';
            at += 1;
        }
        snake[at] = bytes[i].to_ascii_lowercase();
        at += 1;
        i += 1;
    }
    snake
}

/// A variant's snake_case name (see `snake_bytes`) as a `&'static str` constant.
macro_rules! snake_name_of {
    ($variant:ident) => {
        $crate::core::js::name_made_of!($variant, $crate::perfex::types::snake_len, $crate::perfex::types::snake_bytes)
    };
}
pub(crate) use snake_name_of;

#[cfg(test)]
mod tests {
    #[test]
    fn variant_names_are_snake_case() {
        assert_eq!(snake_name_of!(NotStarted), "not_started");
        assert_eq!(snake_name_of!(Open), "open");
        assert_eq!(crate::perfex::types::InvoiceStatus::NAMES[2], "partially_paid");
    }
}
