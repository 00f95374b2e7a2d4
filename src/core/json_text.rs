//! JSON text of objects whose values are texts (the ERP's and the PBX's request bodies).

use crate::core::json::{quoted, write_quoted};

/// A JSON object of `members`, each a key and its value's JSON text (see `quoted`), in order.
pub fn object<'a>(members: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in members.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_quoted(key, &mut out);
        out.push(':');
        out.push_str(&value);
    }
    out.push('}');
    out
}

/// A JSON object of texts, in order.
pub fn texts<'a>(members: impl IntoIterator<Item = (&'a str, String)>) -> String {
    object(members.into_iter().map(|(key, value)| (key, quoted(&value))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn objects_are_the_json_serde_would_write() {
        let inner = texts([("name", "Zoë \"Desk\"\n\u{1}".to_string()), ("empty", String::new())]);
        assert_eq!(inner, r#"{"name":"Zoë \"Desk\"\n\u0001","empty":""}"#);
        let outer = object([("a", quoted("b")), ("inner", inner)]);
        let expected = json!({ "a": "b", "inner": { "name": "Zoë \"Desk\"\n\u{1}", "empty": "" } });
        assert_eq!(outer, expected.to_string());
        assert_eq!(serde_json::from_str::<Value>(&outer).unwrap(), expected);
        assert_eq!(texts([]), "{}");
    }
}
