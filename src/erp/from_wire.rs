//! The shape checks of the server's records: a record is an object (or `[]`, how PHP writes an
//! empty one), anything else fails the decode. Fields are read from the JSON where they are
//! used (`out::Row`, `core::record` tables), with the rules of `core::lenient`.

use crate::core::json::{Map, Value};

use crate::core::error::{Error, Result};
use crate::core::record::{self, Column};

/// The fields of a record: an object, or `None` for an empty array (how PHP writes an empty
/// object); anything else fails the decode.
pub fn fields_of(value: &Value) -> Result<Option<&Map>> {
    match value {
        Value::Object(fields) => Ok(Some(fields)),
        Value::Array(items) if items.is_empty() => Ok(None),
        _ => Err(Error::decode("the answer has an unexpected shape (expected an object)")),
    }
}

/// A server record (an object; missing or `[]` is an empty one, anything else fails the
/// decode) as the caller's record of `columns`.
pub fn record_of(value: Option<&Value>, columns: &[Column]) -> Result<Value> {
    match value {
        Some(value) if fields_of(value)?.is_some() => record::row(value, columns),
        _ => record::row(&Value::Object(Map::new()), columns),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    #[test]
    fn a_record_may_be_missing_or_empty_but_not_of_another_shape() {
        const COLUMNS: &[Column] = &[Column { caller: "name", wire: "n", shape: record::Shape::Text }];
        assert_eq!(record_of(Some(&json!({ "n": 1 })), COLUMNS).unwrap(), json!({ "name": "1" }));
        assert_eq!(record_of(None, COLUMNS).unwrap(), json!({ "name": "" }));
        assert_eq!(record_of(Some(&json!([])), COLUMNS).unwrap(), json!({ "name": "" }));
        assert!(record_of(Some(&json!(null)), COLUMNS).is_err() && record_of(Some(&json!("x")), COLUMNS).is_err());
    }
}
