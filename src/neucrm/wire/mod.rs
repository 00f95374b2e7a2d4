//! What the NeuCRM server reads and sends: its routes, its form fields, its envelope
//! `{"result": …, "error": …}` and the classification of its error texts (its row fields are
//! named in the columns of `types`' records). Nothing here leaves this module except through
//! `types`.

mod form;

pub use form::*;

use crate::core::json::Value;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::from_json;
use crate::core::record::text;
use crate::core::transport::{Reply, Repeat};

/// The routes of the API. Every one is `POST /api/<entity>/<verb>` with a form body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    CustomerList,
    CustomerCreate,
    CustomerUpdate,
    CustomerDelete,
    ResellerList,
    ResellerCreate,
    ResellerUpdate,
    ResellerDelete,
    /// The document's heading names `wallet_txn` (its curl line says `credits_usage`).
    WalletTransactions,
    WalletUpdate,
}

impl Route {
    /// The path below the base URL.
    pub fn path(self) -> &'static str {
        match self {
            Route::CustomerList => "/api/customer/list",
            Route::CustomerCreate => "/api/customer/create",
            Route::CustomerUpdate => "/api/customer/update",
            Route::CustomerDelete => "/api/customer/delete",
            Route::ResellerList => "/api/reseller/list",
            Route::ResellerCreate => "/api/reseller/create",
            Route::ResellerUpdate => "/api/reseller/update",
            Route::ResellerDelete => "/api/reseller/delete",
            Route::WalletTransactions => "/api/reseller/wallet_txn",
            Route::WalletUpdate => "/api/reseller/wallet_update",
        }
    }

    /// Lists only read (safe to send again); every other route changes something.
    pub fn repeat(self) -> Repeat {
        match self {
            Route::CustomerList | Route::ResellerList | Route::WalletTransactions => Repeat::Safe,
            _ => Repeat::Never,
        }
    }
}

/// The largest `rows_limit` the server honours.
pub const MAX_ROWS: u32 = 100;

/// The login fields every call carries.
pub fn login_fields(user_id: &str, api_key: &str) -> Vec<(String, String)> {
    vec![("userid".into(), user_id.into()), ("api_key".into(), api_key.into())]
}

/// Paging fields: `rows_limit` (when given) and `rows_offset` (when not 0).
pub fn page_fields(limit: Option<u32>, offset: u64) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    if let Some(limit) = limit {
        fields.push(("rows_limit".into(), limit.to_string()));
    }
    if offset > 0 {
        fields.push(("rows_offset".into(), offset.to_string()));
    }
    fields
}

/// Asks for the number of matching rows instead of the rows.
pub fn count_fields() -> Vec<(String, String)> {
    vec![("show_count".into(), "1".into())]
}

/// The `result` of an answer as JSON; the server's error text as a classified error.
/// Every answer is `{"result": <id | "done" | rows | {"count": "N"}>, "error": null}`, or
/// `{"result": null, "error": "<text>"}`.
pub fn result(reply: &Reply) -> Result<Value> {
    let mut envelope = match from_json(&reply.body, "the answer") {
        Ok(Value::Object(envelope)) => envelope,
        _ if reply.status != 200 => return Err(status_error(reply.status)),
        Ok(_) => return Err(Error::decode("the answer: the server sent an unexpected shape (not an object)")),
        Err(e) => return Err(e.with_status(reply.status)),
    };
    // A blank error text is no error, like an empty one.
    let error = envelope.get("error").and_then(text);
    if let Some(text) = error.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        return Err(classify(text).with_status(reply.status));
    }
    if reply.status != 200 {
        return Err(status_error(reply.status));
    }
    match envelope.remove("result") {
        None | Some(Value::Null) => Err(Error::decode("the answer holds neither a result nor an error")),
        Some(result) => Ok(result),
    }
}

/// A status other than 200 with no error text of the API's own (a proxy, a wrong base URL).
fn status_error(status: u16) -> Error {
    let kind = match status {
        401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        _ => ErrorKind::Http,
    };
    Error::new(kind, format!("the server answered HTTP {status}")).with_status(status)
}

/// The kind of error a server text means; field errors name the field (as the caller
/// writes it) in `details`.
pub fn classify(text: &str) -> Error {
    let lower = text.trim().to_ascii_lowercase();
    if lower == "userid and api_key are required" || lower.starts_with("invalid userid") {
        return Error::new(ErrorKind::Auth, text);
    }
    if lower.starts_with("permission denied") {
        return Error::new(ErrorKind::Forbidden, text);
    }
    if lower.ends_with("not found") {
        return Error::new(ErrorKind::NotFound, text);
    }
    match field_of(text) {
        Some(field) => Error::new(ErrorKind::Validation, text).with_details(vec![(field, text.to_string())]),
        None => Error::new(ErrorKind::Api, text),
    }
}

/// The caller's name of the field a server text is about: "<field> is required",
/// "Invalid <field>…", "Reseller code already exists".
fn field_of(text: &str) -> Option<String> {
    let wire = text
        .strip_suffix(" is required")
        .or_else(|| text.strip_prefix("Invalid ").map(|rest| rest.split(['.', ' ', ',']).next().unwrap_or("")))
        .or_else(|| crate::core::search::contains(text, "code already exists").then_some("code"))?;
    let is_name = !wire.is_empty() && wire.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    is_name.then(|| caller_name(wire).to_string())
}

/// The caller's name for a server field.
fn caller_name(wire: &str) -> &str {
    match wire {
        "ispid" => "ispId",
        "resellerid" => "resellerId",
        "customerid" => "customerId",
        "serviceid" => "serviceId",
        "id" => "transactionId",
        "type" => "type",
        "dob" => "dateOfBirth",
        "uniqueid" => "uniqueId",
        "reset_password" => "resetPortalPassword",
        "invoice_by" => "invoiceBy",
        "payment_by" => "paymentBy",
        "commission_percent" => "commissionPercent",
        "credit_limit" => "creditLimit",
        "txn_code" => "code",
        "amt" => "amount",
        "created_from" => "createdFrom",
        "created_upto" => "createdUpto",
        "rows_limit" => "limit",
        "rows_offset" => "offset",
        "sort_field" => "sortBy",
        "sort_order" => "sortOrder",
        other => other,
    }
}

/// `"done"`, the result of every change.
pub fn is_done(result: &Value) -> bool {
    text(result).is_some_and(|t| t.trim().eq_ignore_ascii_case("done"))
}

/// The result of a count: `{"count": "57"}` (a one-row SQL count), or a bare number.
pub fn count_of(result: &crate::core::json::Value) -> Option<u64> {
    let value = match result {
        crate::core::json::Value::Object(row) => row.get("count").or_else(|| row.values().next())?,
        crate::core::json::Value::Array(rows) => return rows.first().and_then(count_of),
        other => other,
    };
    text(value)?.trim().parse().ok()
}

#[cfg(test)]
mod tests;
