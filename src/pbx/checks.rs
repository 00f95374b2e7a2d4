//! Checks of caller input made before anything is sent: every error is an `invalid_input`
//! naming the field.

use crate::core::json::Value;

use crate::core::date::{check_ymd, DateProblem};
use crate::core::error::{Error, Result};
use crate::core::fields::number_text;

/// A scalar from the caller (an id or an amount given as a string or a number), checked
/// later so that a wrong type is reported with the field's name.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Text(String),
    Number(f64),
    /// A boolean, `null`, an object or an array.
    Other,
}

impl Scalar {
    /// The caller's value of a field (absent is `Other`).
    pub fn of(value: Option<&Value>) -> Scalar {
        match value {
            Some(Value::String(text)) => Scalar::Text(text.clone()),
            Some(Value::Number(n)) => n.as_f64().map_or(Scalar::Other, Scalar::Number),
            _ => Scalar::Other,
        }
    }

    /// A record id: a whole non-negative number or a non-empty string, as the server's text.
    pub fn id(&self, field: &str) -> Result<String> {
        let problem = "must be a record id (a non-empty string or a whole number)";
        match self {
            Scalar::Number(n) if n.fract() == 0.0 && (0.0..9.0e15).contains(n) => Ok(number_text(*n)),
            Scalar::Text(s) => id_text(field, s),
            _ => Err(Error::invalid_input(field, problem)),
        }
    }

    /// A non-negative decimal amount ("0.05" or 0.05), as text.
    pub fn amount(&self, field: &str) -> Result<String> {
        let problem = "must be a non-negative decimal amount such as \"0.05\"";
        match self {
            Scalar::Number(n) if n.is_finite() && *n >= 0.0 => Ok(number_text(*n)),
            Scalar::Text(s) => {
                let s = s.trim();
                let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
                let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
                if digits(int) && digits(frac) {
                    Ok(s.to_string())
                } else {
                    Err(Error::invalid_input(field, problem))
                }
            }
            _ => Err(Error::invalid_input(field, problem)),
        }
    }
}

/// An id given as text: trimmed, non-empty, short, printable.
pub fn id_text(field: &str, text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 || text.chars().any(char::is_control) {
        return Err(Error::invalid_input(field, "must be a record id (a non-empty string or a whole number)"));
    }
    Ok(text.to_string())
}

/// A text that must not be blank.
pub fn required(field: &str, value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Err(Error::invalid_input(field, "is required and cannot be empty"));
    }
    Ok(value.to_string())
}

/// An optional text that, when given, must not be blank.
pub fn not_blank(field: &str, value: Option<String>) -> Result<Option<String>> {
    value.map(|v| required(field, &v)).transpose()
}

/// A calendar date written `YYYY-MM-DD` that exists.
pub fn ymd(field: &str, value: &str) -> Result<String> {
    let problem = "must be a date written YYYY-MM-DD, e.g. \"2024-03-01\"";
    match check_ymd(value.trim()) {
        Ok(()) => Ok(value.trim().to_string()),
        Err(DateProblem::Shape) => Err(Error::invalid_input(field, problem)),
        Err(DateProblem::Month(month)) => Err(Error::invalid_input(field, format!("{problem} (there is no month {month})"))),
        Err(DateProblem::Day) => Err(Error::invalid_input(field, format!("{problem} ({} does not exist)", value.trim()))),
    }
}

/// At least one field must change.
pub fn some_change(any: bool) -> Result<()> {
    if any {
        Ok(())
    } else {
        Err(Error::invalid_input("changes", "names no field to change"))
    }
}
