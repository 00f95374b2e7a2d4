//! Reading the caller's input one field at a time: a wrong value never fails the whole object
//! with a vague message; it is kept, and becomes an `invalid_input` error naming its field when
//! the field is used (before anything is sent).

use crate::core::json::{Map, Value};
use wasm_bindgen::JsValue;

use crate::core::date::check_ymd;
use crate::core::error::{Error, Result};

/// A kind of value the caller may send, with its own check.
pub trait FromInput: Sized {
    /// The value, or the problem with it (without the value itself, which may be a secret).
    fn from_input(value: &Value) -> std::result::Result<Self, String>;
}

/// One field of an input object: its value, or what is wrong with it.
pub struct Field<T>(std::result::Result<T, String>);

impl<T> Field<T> {
    /// A field holding a good value (for tests and defaults).
    pub fn of(value: T) -> Field<T> {
        Field(Ok(value))
    }

    /// The value, or an `invalid_input` error naming `name`.
    pub fn read(&self, name: &str) -> Result<&T> {
        self.0.as_ref().map_err(|problem| Error::invalid_input(name, problem.clone()))
    }
}

/// An input object, read from the caller's JSON one field at a time (`input_type!` writes it).
pub trait InputType: Sized {
    /// The caller's names of its fields, in declaration order.
    const FIELD_NAMES: &'static [&'static str];

    /// The object from the caller's fields, each kept with its problem, if any.
    fn from_fields(fields: &Map) -> Self;

    /// Reads the caller's object `argument`: anything but an object, or an unknown field, is
    /// an `invalid_input` error naming it (a misspelt field is never dropped without a word).
    fn read(argument: &str, value: &Value) -> Result<Self> {
        Ok(Self::from_fields(crate::core::js::object_fields(argument, value, Self::FIELD_NAMES)?))
    }
}

/// The caller's input object `argument`, read as `T`.
pub fn input<T: InputType>(argument: &str, value: JsValue) -> Result<T> {
    T::read(argument, &crate::core::js::json(argument, &value)?)
}

/// The field `name` of the caller's object: absent when missing or `null`.
pub fn field<T: FromInput>(fields: &Map, name: &str) -> Option<Field<T>> {
    fields.get(name).filter(|value| !value.is_null()).map(|value| Field(T::from_input(value)))
}

/// An optional field: absent, or its checked value.
pub fn optional<'a, T>(name: &str, field: &'a Option<Field<T>>) -> Result<Option<&'a T>> {
    field.as_ref().map(|f| f.read(name)).transpose()
}

/// A required field.
pub fn required<'a, T>(name: &str, field: &'a Option<Field<T>>) -> Result<&'a T> {
    optional(name, field)?.ok_or_else(|| Error::invalid_input(name, "is required"))
}

impl FromInput for String {
    fn from_input(value: &Value) -> std::result::Result<String, String> {
        value.as_str().map(str::to_string).ok_or_else(|| "must be a string".into())
    }
}

impl FromInput for bool {
    fn from_input(value: &Value) -> std::result::Result<bool, String> {
        value.as_bool().ok_or_else(|| "must be true or false".into())
    }
}

/// A record id: digits, given as a string or a whole number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Id(pub String);

impl FromInput for Id {
    fn from_input(value: &Value) -> std::result::Result<Id, String> {
        let text = match value {
            Value::Number(n) => n.as_u64().map(|n| n.to_string()),
            Value::String(s) => Some(s.trim().to_string()),
            _ => None,
        };
        text.filter(|t| is_id(t)).map(Id).ok_or_else(|| "must be a numeric id (digits, as a string or a whole number)".into())
    }
}

/// Whether `text` is a numeric id as the server writes them.
pub fn is_id(text: &str) -> bool {
    (1..=18).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A whole number, for `limit` and `offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Whole(pub u32);

impl FromInput for Whole {
    fn from_input(value: &Value) -> std::result::Result<Whole, String> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Whole)
            .ok_or_else(|| "must be a whole number of 0 or more".into())
    }
}

/// A calendar date written `yyyy-mm-dd`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Date(pub String);

impl FromInput for Date {
    fn from_input(value: &Value) -> std::result::Result<Date, String> {
        value
            .as_str()
            .map(str::trim)
            .filter(|t| check_ymd(t).is_ok())
            .map(|t| Date(t.to_string()))
            .ok_or_else(|| "must be a date written yyyy-mm-dd, e.g. \"2024-03-31\"".into())
    }
}

/// A decimal amount with at most 2 decimal places, as a string (`"10.50"`) or a number (`10.5`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    /// The amount as it is sent.
    pub text: String,
    /// The amount in hundredths, for range checks.
    pub hundredths: i64,
}

impl FromInput for Decimal {
    fn from_input(value: &Value) -> std::result::Result<Decimal, String> {
        let text = match value {
            Value::Number(n) => n.as_f64().map(crate::core::fields::number_text),
            Value::String(s) => Some(s.trim().to_string()),
            _ => None,
        };
        text.and_then(|t| Decimal::parse(&t))
            .ok_or_else(|| "must be a decimal number with at most 2 decimal places, e.g. \"10.50\"".into())
    }
}

impl Decimal {
    /// Reads `-12`, `12.5`, `0.25`; refuses exponents, more than 2 decimals and huge values.
    pub fn parse(text: &str) -> Option<Decimal> {
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 13 || !digits(whole) || fraction.len() > 2 || !digits(fraction) {
            return None;
        }
        if unsigned.ends_with('.') {
            return None;
        }
        let cents = format!("{fraction:0<2}").parse::<i64>().ok()?;
        let hundredths = whole.parse::<i64>().ok()? * 100 + cents;
        Some(Decimal { text: text.to_string(), hundredths: if negative { -hundredths } else { hundredths } })
    }
}

/// Declares a closed set of values: a Rust enum that TypeScript sees as a union of strings,
/// read from the caller's input with an error that lists the allowed values, and read from
/// the server's rows through its `TEXTS`.
macro_rules! closed_set {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(tsify::Tsify, Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, with its text.
            pub const ALL: &'static [($name, &'static str)] = &[$(($name::$variant, $text)),+];

            /// The texts of the values (what the server sends back, read by `record::Shape::OneOf`).
            #[allow(dead_code)]
            pub const TEXTS: &'static [&'static str] = &[$($text),+];

            /// The text the caller writes for this value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl $crate::neucrm::types::FromInput for $name {
            fn from_input(value: &crate::core::json::Value) -> std::result::Result<$name, String> {
                let allowed = || {
                    let names: Vec<&str> = Self::ALL.iter().map(|(_, t)| *t).collect();
                    format!("must be one of {}", $crate::core::search::joined(&names, "\"", ", "))
                };
                let text = value.as_str().ok_or_else(allowed)?;
                Self::ALL.iter().find(|(_, t)| *t == text).map(|(v, _)| *v).ok_or_else(allowed)
            }
        }
    };
}
pub(crate) use closed_set;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    #[test]
    fn ids_are_digits_or_whole_numbers() {
        assert_eq!(Id::from_input(&json!(1001)).unwrap(), Id("1001".into()));
        assert_eq!(Id::from_input(&json!(" 17 ")).unwrap(), Id("17".into()));
        for bad in [json!("abc"), json!(1.5), json!(-3), json!(""), json!(true), json!({})] {
            assert!(Id::from_input(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_must_be_real_calendar_days() {
        for good in ["2024-02-29", "2023-12-31", "2000-02-29"] {
            assert!(Date::from_input(&json!(good)).is_ok(), "{good}");
        }
        for bad in ["2023-02-29", "2024-13-01", "2024-1-01", "31-12-2024", "1900-02-29", "2024-04-31", "yesterday"] {
            assert!(Date::from_input(&json!(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn decimals_have_at_most_two_places() {
        let d = |v: Value| Decimal::from_input(&v).map(|d| (d.text, d.hundredths));
        assert_eq!(d(json!("10.5")), Ok(("10.5".into(), 1050)));
        assert_eq!(d(json!(-35.25)), Ok(("-35.25".into(), -3525)));
        assert_eq!(d(json!(100)), Ok(("100".into(), 10000)));
        for bad in [json!("1.234"), json!(0.1 + 0.2), json!("1e3"), json!("abc"), json!("5."), json!(".5"), json!(null)] {
            assert!(Decimal::from_input(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_field_names_of_an_input_are_known() {
        let names = crate::neucrm::types::CustomerQuery::FIELD_NAMES;
        for name in ["type", "sortBy", "ispId", "createdUpto", "limit", "offset"] {
            assert!(names.contains(&name), "{name}: {names:?}");
        }
    }

    #[test]
    fn a_bad_field_is_named_when_read() {
        let f: Field<Id> = field(json!({ "id": "x1" }).as_object().unwrap(), "id").unwrap();
        let e = f.read("customerId").unwrap_err();
        assert_eq!(e.kind, crate::core::error::ErrorKind::InvalidInput);
        assert!(e.message.starts_with("customerId:"), "{}", e.message);
        let missing: Option<Field<Id>> = None;
        assert!(required("customerId", &missing).unwrap_err().message.contains("is required"));
    }
}
