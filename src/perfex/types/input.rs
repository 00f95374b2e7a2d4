//! Reading the text fields of the caller's input from a table, in one loop (a `?` per field
//! in each input type's `read` dropped every field read before it: code per field per field).

use crate::core::error::Result;
use crate::core::fields::Fields;

/// How one text field of the caller's input is read.
#[derive(Clone, Copy)]
pub enum Kind {
    /// A text the caller must give.
    Text,
    /// A text the caller may give.
    OptionalText,
    /// A record id the caller must give.
    Id,
    /// A record id the caller may give.
    OptionalId,
}

/// The fields `names` (zipped with their `kinds`), read in order, each `None` when absent; the
/// first missing or wrong one is the error, as a `?` per field would report it.
#[inline(never)]
pub fn texts(f: &Fields, names: &[&str], kinds: &[Kind]) -> Result<std::vec::IntoIter<Option<String>>> {
    let mut out = Vec::with_capacity(kinds.len());
    for (name, kind) in names.iter().zip(kinds) {
        out.push(match kind {
            Kind::Text => Some(f.string(name)?),
            Kind::OptionalText => f.optional_string(name)?,
            Kind::Id => Some(f.record_id(name)?),
            Kind::OptionalId => f.optional_record_id(name)?,
        });
    }
    Ok(out.into_iter())
}

/// The next field `texts` read (`None` when absent).
#[inline(never)]
pub fn next(texts: &mut std::vec::IntoIter<Option<String>>) -> Option<String> {
    texts.next().flatten()
}

/// The next field `texts` read, one the caller must give (so always there).
pub fn next_given(texts: &mut std::vec::IntoIter<Option<String>>) -> String {
    next(texts).unwrap_or_default()
}
