//! The shapes every area shares: the client's options, paging, editions. Area types live in
//! `session/`, `orders/`, `tickets/`, `account/`, `portal/`.

use serde::Deserialize;
use tsify::Tsify;

use crate::core::error::{Error, Result};
use crate::core::options::whole_number;
use crate::core::fields::{Fields, Input};

/// Options of an `ErpClient` (read through `ClientOptions::settings_from_js`; this type
/// exists for its TypeScript declaration).
#[allow(dead_code)]
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpOptions {
    #[serde(flatten)]
    pub common: crate::core::options::ClientOptions,
}

/// Which page of a list to fetch.
#[derive(Tsify, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpPaging {
    /// How many rows (1–500, default 10).
    #[serde(default)]
    #[tsify(optional)]
    pub limit: Option<f64>,
    /// How many rows to skip (default 0).
    #[serde(default)]
    #[tsify(optional)]
    pub offset: Option<f64>,
}

impl Input for ErpPaging {
    const FIELDS: &'static [&'static str] = &["limit", "offset"];
    fn read(f: &Fields) -> Result<ErpPaging> {
        Ok(ErpPaging { limit: f.optional_number("limit")?, offset: f.optional_number("offset")? })
    }
}

/// How to walk a whole list.
#[derive(Tsify, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpIterateOptions {
    /// How many rows each request fetches (1–500, default 50).
    #[serde(default)]
    #[tsify(optional)]
    pub page_size: Option<f64>,
}

impl Input for ErpIterateOptions {
    const FIELDS: &'static [&'static str] = &["pageSize"];
    fn read(f: &Fields) -> Result<ErpIterateOptions> {
        Ok(ErpIterateOptions { page_size: f.optional_number("pageSize")? })
    }
}

/// The largest page the client asks for.
pub const MAX_PAGE: u32 = 500;
/// The default page of a `listX` call.
pub const DEFAULT_LIMIT: u32 = 10;
/// The default page of an `iterateX` walk.
pub const DEFAULT_PAGE_SIZE: u32 = 50;

/// A checked `{ limit, offset }`.
pub fn paging(limit: Option<f64>, offset: Option<f64>) -> Result<(u32, u64)> {
    let limit = whole_number("limit", limit, 1, MAX_PAGE, DEFAULT_LIMIT)?;
    let offset = match offset {
        None => 0,
        Some(v) if v.fract() == 0.0 && (0.0..9.0e15).contains(&v) => v as u64,
        Some(_) => return Err(Error::invalid_input("offset", "must be a whole number of 0 or more")),
    };
    Ok((limit, offset))
}

/// A checked `pageSize`.
pub fn page_size(page_size: Option<f64>) -> Result<u32> {
    whole_number("pageSize", page_size, 1, MAX_PAGE, DEFAULT_PAGE_SIZE)
}

/// Declares a page type `{ items: Row[], total?: number }` for a row type (its TypeScript
/// declaration: pages are built as JSON by `erp::client::page_work`).
macro_rules! page_of {
    ($(#[$doc:meta])* $page:ident, $row:ty) => {
        $(#[$doc])*
        #[allow(dead_code)]
        #[derive(tsify::Tsify)]
        pub struct $page {
            /// The rows of this page, in the server's order.
            pub items: Vec<$row>,
            /// How many rows the whole list has, when the server says (it does not for a page
            /// past the end).
            #[tsify(optional)]
            pub total: Option<u64>,
        }
    };
}
pub(crate) use page_of;

/// A 3CX edition.
#[derive(Tsify, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ErpEdition {
    /// The edition's key, e.g. `"3CXPSPROFENT"`: what the order methods take.
    pub key: String,
    /// Its display name, e.g. `"Enterprise"`.
    pub name: String,
}

/// A required text argument (a string, not empty), trimmed.
pub fn text_arg(field: &str, value: &wasm_bindgen::JsValue) -> Result<String> {
    let text = crate::core::js::string(field, value)?.ok_or_else(|| Error::invalid_input(field, "must be a string"))?;
    required(field, &text)
}

/// A non-empty text input, trimmed.
pub fn required(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid_input(field, "must not be empty"));
    }
    Ok(value.to_string())
}
