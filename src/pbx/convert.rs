//! The records that need more than a column table of `types.rs`: each from the server's row
//! (JSON) to the caller's record (JSON, handed to JS by `core::js::js_of`).

use crate::core::json::{Map, Value};

use super::types::*;
use super::wire;
use crate::core::error::Result;
use crate::core::record::{self, Column, Shape};

/// The record of `row` (an object, as `wire::first` and `record::items` give it) with more
/// fields added by `extend`.
fn extended(row: &Value, columns: &[Column], extend: impl FnOnce(&mut Map)) -> Result<Value> {
    let mut record = record::row(row, columns)?;
    if let Value::Object(fields) = &mut record {
        extend(fields);
    }
    Ok(record)
}

/// `/user/tenants`: the user's id and their tenants.
pub fn user_tenants(row: &Value) -> Result<Value> {
    const USER: &[Column] = &[Column { caller: "userId", wire: "user_id", shape: Shape::Text }];
    let tenants = record::rows(row.get("tenants").unwrap_or(&Value::Null), PbxTenant::COLUMNS)?;
    extended(row, USER, |fields| {
        fields.insert("tenants".into(), Value::Array(tenants));
    })
}

/// `/did/byid`: the DID and its settings. The server sends no id: the id asked for fills in.
pub fn did_detail(row: &Value, requested_id: &str) -> Result<Value> {
    let settings = record::row(row, DidDetail::COLUMNS)?;
    extended(row, Did::COLUMNS, |fields| {
        if fields.get("id").and_then(Value::as_str).is_none_or(str::is_empty) {
            fields.insert("id".into(), Value::String(requested_id.to_string()));
        }
        if let Value::Object(settings) = settings {
            fields.extend(settings);
        }
    })
}

/// `/condition/bytenant` rows: the condition and its parameters `co_param1` … `co_param12`
/// in order, trailing empty ones left out.
pub fn condition(row: &Value) -> Result<Value> {
    let mut parameters: Vec<Value> = (1..=12)
        .map(|n| Value::String(row.get(&format!("co_param{n}")).and_then(record::text).unwrap_or_default()))
        .collect();
    while parameters.last().is_some_and(|p| p.as_str().is_some_and(str::is_empty)) {
        parameters.pop();
    }
    extended(row, PbxCondition::COLUMNS, |fields| {
        fields.insert("parameters".into(), Value::Array(parameters));
    })
}

/// `/cdr/getCallHistory` rows: `tenant_code`, or `accountcode` when there is none.
pub fn call_record(row: &Value) -> Result<Value> {
    let account = wire::field(row, "accountcode");
    extended(row, CallRecord::COLUMNS, |fields| {
        if !fields.contains_key("tenantCode") {
            if let Some(account) = account {
                fields.insert("tenantCode".into(), Value::String(account));
            }
        }
    })
}

/// Rows of one phone number each (`ex_cidnum`, `GetFMFCallerId`) as the numbers ("" when a
/// row has none).
pub fn numbers(rows: &[Value], field: &str) -> Result<Value> {
    rows.iter()
        .map(|row| match row {
            Value::Object(_) => Ok(Value::String(row.get(field).and_then(record::text).unwrap_or_default())),
            _ => Err(wire::shape_error("list of numbers")),
        })
        .collect::<Result<Vec<_>>>()
        .map(Value::Array)
}
