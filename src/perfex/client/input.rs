//! Reading the caller's input: unknown keys refused, required text checked.

use wasm_bindgen::prelude::*;

use crate::core::error::{Error, Result};
use crate::perfex::wire;

/// A required text field of the caller's input: trimmed, not empty.
pub(super) fn required(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid_input(field, "is required"));
    }
    Ok(value.to_string())
}

/// A comment's text: required, sent as the module's `content` field.
pub(super) fn comment_form(content: &JsValue) -> Result<Vec<(String, String)>> {
    let text = crate::core::js::string("content", content)?.ok_or_else(|| Error::invalid_input("content", "must be a string"))?;
    Ok(vec![(wire::COMMENT_CONTENT.to_string(), required("content", &text)?)])
}

#[cfg(test)]
mod tests {
    use crate::core::fields::Input;
    use crate::perfex::types::*;

    #[test]
    fn field_names_are_the_callers_names() {
        assert_eq!(PerfexCredentials::FIELDS, ["email", "password"]);
        assert_eq!(NewTicketReply::FIELDS, ["message", "attachments"]);
        assert!(TicketForm::FIELDS.contains(&"projectId"));
        assert!(TaskChanges::FIELDS.contains(&"startDate"));
        assert!(RegistrationForm::FIELDS.contains(&"contactPhoneNumber"));
    }
}
