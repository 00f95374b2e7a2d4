//! Records the caller receives, described by a table of columns instead of a serde derive per
//! type: each column names the server's field, the caller's field and how the value is
//! shaped. One walk converts any server row (the code exists once, however many record types
//! a client has), and a row is JSON until `js::js_of` hands it to the caller.
//!
//! `output_record!` declares a record: the TypeScript declaration and its columns, from one
//! list of fields, so the two cannot drift apart.

use crate::core::json::{Map, Value};

use crate::core::error::{Error, Result};
use crate::core::fields::number_text;
use crate::core::lenient::{parse_flag, strip_tags};

/// How a server value becomes the caller's; every shape turns a value of the wrong type into
/// "absent" (or `""`, `false`, `0` for the shapes that are never absent), so one odd field
/// never loses a row.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// Text, `""` when missing.
    Text,
    /// Text, absent when missing or empty.
    Optional,
    /// A date or time as the server writes it, absent when missing, empty or all zero
    /// (`0000-00-00`).
    When,
    /// A record id, absent when missing, empty or `0`.
    Reference,
    /// One of a closed set of texts (exact, else ignoring case), absent when outside it.
    OneOf(&'static [&'static str]),
    /// A yes/no flag (`1`/`0`, `"true"`, `"yes"`, …), `false` when missing or unreadable.
    Flag,
    /// A flag that is there only when the server sent the field (`false` when unreadable).
    FlagIfSent,
    /// A whole number from 0 to 4294967295 (a string or a number), absent otherwise.
    Count,
    /// A count, `0` when missing or unreadable.
    CountOrZero,
    /// Text that may hold markup (`<t>Forward call to</t>`), without its tags; absent when
    /// nothing is left.
    Plain,
}

/// One field of a record: the caller's name (`output_record!` makes it from the Rust name when
/// compiling: `isp_id` is `ispId`), the server's name and the shape.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub caller: &'static str,
    pub wire: &'static str,
    pub shape: Shape,
}

/// A scalar as text: strings as they are, numbers and booleans written out; `null`, objects
/// and arrays are absent (as `lenient::Text` reads them).
pub fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        // A whole number sent as a float (`57.0`) reads as `57`; other floats as JSON writes them.
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Some(i.to_string()),
            (None, Some(u)) => Some(u.to_string()),
            (None, None) => n.as_f64().map(number_text),
        },
        _ => None,
    }
}

/// The caller's value of one column of a server row (`None` = the field is left out).
fn cell(row: &Map, shape: Shape, wire: &str) -> Option<Value> {
    let sent = row.get(wire).filter(|v| !v.is_null());
    let text = sent.and_then(text);
    let count = || text.as_deref().and_then(|t| t.trim().parse::<u32>().ok());
    let flag = || text.as_deref().and_then(parse_flag).unwrap_or(false);
    let string = |t: Option<String>| t.map(Value::String);
    match shape {
        Shape::Text => string(Some(text.unwrap_or_default())),
        Shape::Optional => string(text.filter(|t| !t.is_empty())),
        Shape::When => string(text.filter(|t| !t.is_empty() && !t.starts_with("0000"))),
        Shape::Reference => string(text.filter(|t| !t.is_empty() && t != "0")),
        Shape::OneOf(set) => {
            let text = text?;
            let text = text.trim();
            let found = set.iter().find(|s| **s == text).or_else(|| set.iter().find(|s| s.eq_ignore_ascii_case(text)));
            found.map(|s| Value::String(s.to_string()))
        }
        Shape::Flag => Some(Value::Bool(flag())),
        Shape::FlagIfSent => sent.map(|_| Value::Bool(flag())),
        Shape::Count => count().map(Value::from),
        Shape::CountOrZero => Some(Value::from(count().unwrap_or(0))),
        Shape::Plain => string(text.map(|t| strip_tags(&t)).filter(|t| !t.is_empty())),
    }
}

/// One server row (an object) as the caller's record; anything else is a `decode` error.
pub fn row(value: &Value, columns: &[Column]) -> Result<Value> {
    let Some(row) = value.as_object() else {
        return Err(Error::decode("the result has an unexpected shape (a row is not an object)"));
    };
    let mut record = Map::with_capacity(columns.len());
    for column in columns {
        if let Some(value) = cell(row, column.shape, column.wire) {
            record.insert(column.caller.to_string(), value);
        }
    }
    Ok(Value::Object(record))
}

/// A list of server rows as the caller's records. The server's ways of saying "nothing"
/// (`null`, `false`, `""`) are an empty list, an object keyed by index is read as an array;
/// a row that is not an object, or a text where rows belong, is a `decode` error (rows never
/// vanish silently).
pub fn rows(value: &Value, columns: &[Column]) -> Result<Vec<Value>> {
    items(value)?.into_iter().map(|item| row(item, columns)).collect()
}

/// The items of a server list, read as `rows` reads them (a text where a list belongs is a
/// `decode` error that does not repeat it).
pub fn items(value: &Value) -> Result<Vec<&Value>> {
    match value {
        Value::Array(items) => Ok(items.iter().collect()),
        Value::Object(items) => Ok(items.values().collect()),
        Value::Null | Value::Bool(_) => Ok(Vec::new()),
        Value::String(s) if s.trim().is_empty() => Ok(Vec::new()),
        _ => Err(Error::decode("the result has an unexpected shape (expected a list of rows)")),
    }
}

/// Declares a record the caller receives: its doc, then each field's doc, Rust name (with
/// `as "name"` when the caller's name is not its camelCase), shape and server name:
///
/// ```ignore
/// output_record! {
///     /// A customer.
///     pub struct Customer {
///         /// The customer id.
///         id: Text = "id",
///         /// Its type, absent outside the set.
///         customer_type as "type": OneOf(CustomerType) = "type",
///     }
/// }
/// ```
///
/// gives the TypeScript interface (shapes other than `Text` are optional fields; `OneOf`
/// fields are typed by their set) and `Customer::COLUMNS`. (A build of a back end that
/// declares no record this way leaves it unused.)
#[allow(unused_macros)]
macro_rules! output_record {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$doc:meta])* $field:ident $(as $caller:literal)?: $shape:ident $(($set:ident))? = $wire:literal),+ $(,)?
    }) => {
        $crate::core::record::output_record!(@fields [$(#[$meta])* $name] []
            $([$(#[$doc])* $(#[serde(rename = $caller)])*] $field $shape $(($set))?,)+);

        impl $name {
            /// How each field is read from the server's row.
            pub const COLUMNS: &'static [$crate::core::record::Column] = &[$(
                $crate::core::record::Column {
                    caller: $crate::core::record::output_record!(@caller $field $($caller)?),
                    wire: $wire,
                    shape: $crate::core::record::output_record!(@shape $shape $(($set))?),
                },
            )+];
        }
    };

    // Each field's Rust type, which is what tsify declares: `Text` is a required string,
    // `Flag` a boolean, `FlagIfSent` an optional one, `Count` an optional number,
    // `CountOrZero` a number, `OneOf` an optional member of its set, the other shapes
    // optional strings.
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident Text, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* pub $field: String,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident Flag, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* pub $field: bool,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident FlagIfSent, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* #[tsify(optional)] pub $field: Option<bool>,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident Count, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* #[tsify(optional)] pub $field: Option<u32>,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident CountOrZero, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* pub $field: u32,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident OneOf($set:ident), $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* #[tsify(optional)] pub $field: Option<$set>,] $($rest)*);
    };
    (@fields $head:tt [$($done:tt)*] [$($a:tt)*] $field:ident $shape:ident, $($rest:tt)*) => {
        $crate::core::record::output_record!(@fields $head [$($done)* $($a)* #[tsify(optional)] pub $field: Option<String>,] $($rest)*);
    };
    (@fields [$(#[$meta:meta])* $name:ident] [$($done:tt)*]) => {
        $(#[$meta])*
        #[allow(dead_code)]
        #[derive(tsify::Tsify)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $($done)*
        }
    };

    (@caller $field:ident $caller:literal) => { $caller };
    (@caller $field:ident) => { $crate::core::js::caller_name_of!($field) };
    (@shape OneOf($set:ident)) => { $crate::core::record::Shape::OneOf($set::TEXTS) };
    (@shape $shape:ident) => { $crate::core::record::Shape::$shape };
}
#[allow(unused_imports)]
pub(crate) use output_record;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    const COLUMNS: &[Column] = &[
        Column { caller: "ispId", wire: "ispid", shape: Shape::Text },
        Column { caller: "type", wire: "type", shape: Shape::OneOf(&["Individual", "Organisation"]) },
        Column { caller: "notes", wire: "notes", shape: Shape::Optional },
        Column { caller: "born", wire: "dob", shape: Shape::When },
        Column { caller: "serviceId", wire: "serviceid", shape: Shape::Reference },
    ];

    #[test]
    fn columns_shape_the_server_row() {
        let good = row(&json!({ "ispid": 7, "type": "organisation ", "notes": "n", "dob": "1990-01-02", "serviceid": "5" }), COLUMNS).unwrap();
        assert_eq!(good, json!({ "ispId": "7", "type": "Organisation", "notes": "n", "born": "1990-01-02", "serviceId": "5" }));
        // The caller sees the fields in the declared order (`core::json::Map` keeps it).
        let keys: Vec<&str> = good.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["ispId", "type", "notes", "born", "serviceId"]);
        let empty = row(&json!({ "type": "Company", "notes": "", "dob": "0000-00-00", "serviceid": "0", "extra": 1 }), COLUMNS).unwrap();
        assert_eq!(empty, json!({ "ispId": "" }));
        let odd = row(&json!({ "ispid": { "a": 1 }, "notes": [1], "dob": null, "serviceid": 1.5 }), COLUMNS).unwrap();
        assert_eq!(odd, json!({ "ispId": "", "serviceId": "1.5" }));
    }

    #[test]
    fn flags_counts_and_markup_have_their_shapes() {
        const MORE: &[Column] = &[
            Column { caller: "on", wire: "on", shape: Shape::Flag },
            Column { caller: "sent", wire: "sent", shape: Shape::FlagIfSent },
            Column { caller: "ring", wire: "ring", shape: Shape::Count },
            Column { caller: "secs", wire: "secs", shape: Shape::CountOrZero },
            Column { caller: "label", wire: "label", shape: Shape::Plain },
        ];
        let good = row(&json!({ "on": "1", "sent": "no", "ring": "30", "secs": 12, "label": "<t>Forward call</t>" }), MORE).unwrap();
        assert_eq!(good, json!({ "on": true, "sent": false, "ring": 30, "secs": 12, "label": "Forward call" }));
        let odd = row(&json!({ "on": "maybe", "sent": "x", "ring": "-1", "secs": "many", "label": "<br/>" }), MORE).unwrap();
        assert_eq!(odd, json!({ "on": false, "sent": false, "secs": 0 }));
        assert_eq!(row(&json!({ "sent": null }), MORE).unwrap(), json!({ "on": false, "secs": 0 }));
    }

    #[test]
    fn lists_come_in_many_shapes_and_rows_never_vanish() {
        for nothing in [json!(null), json!(false), json!(""), json!([]), json!({})] {
            assert!(rows(&nothing, COLUMNS).unwrap().is_empty(), "{nothing}");
        }
        assert_eq!(rows(&json!({ "0": { "ispid": "1" }, "1": { "ispid": "2" } }), COLUMNS).unwrap().len(), 2);
        assert!(rows(&json!([{ "ispid": "1" }, 5]), COLUMNS).is_err());
        let e = rows(&json!("s3cret"), COLUMNS).unwrap_err();
        assert!(!e.message.contains("s3cret"), "{}", e.message);
    }
}
