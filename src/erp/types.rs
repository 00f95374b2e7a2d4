//! What the caller of `ErpClient` sends and receives for signing in, and the shapes every
//! area shares (paging, editions). Area types live in `orders/`, `tickets/`, `account/`, `portal/`.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::wire;
use crate::core::error::{Error, Result};
use crate::core::options::whole_number;

/// Options of an `ErpClient` (read through `ClientOptions::settings_from_js`; this type
/// exists for its TypeScript declaration).
#[allow(dead_code)]
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpOptions {
    #[serde(flatten)]
    pub common: crate::core::options::ClientOptions,
}

/// A portal sign-in.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpCredentials {
    /// The portal login name (an e-mail address).
    pub username: String,
    /// The password. Kept in memory only until the OTP step ends.
    pub password: String,
}

/// The one-time code the portal sent after `login`.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpOtpCode {
    /// The code, as the user typed it (spaces are ignored).
    pub code: String,
}

/// A session a caller stored (from `sessionToken()` and `customerId`) and hands back.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpStoredSession {
    /// The token `sessionToken()` returned.
    pub token: String,
    /// The numeric customer id the `customerId` getter returned, e.g. `"4481"`.
    #[tsify(type = "string | number")]
    pub customer_id: crate::core::lenient::Text,
}

/// The signed-in customer. The token itself stays inside the client.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpSession {
    /// The numeric customer id, e.g. `"4481"`.
    pub customer_id: String,
    /// When the token expires (ms since the epoch), when the token says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub expires_at: Option<f64>,
    /// The customer's (company) name.
    pub name: String,
    /// The customer's code in the ERP, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub code: Option<String>,
    /// The customer's e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// Where invoices go, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub finance_email: Option<String>,
    /// The customer's phone number, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub phone: Option<String>,
    /// The ids of the portal menus this login may use (see `listPortalMenus`).
    pub permissions: Vec<String>,
    /// Whether the customer is a reseller.
    pub is_reseller: bool,
    /// Whether the reseller dashboard is enabled for the customer.
    pub has_reseller_dashboard: bool,
    /// The reseller discount, in percent (a decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reseller_discount_percent: Option<String>,
    /// The customer's currency code, e.g. `"USD"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
}

impl ErpSession {
    /// The session of a login answer.
    pub fn from_details(customer_id: String, expires_at: Option<f64>, d: &wire::CustomerDetails) -> ErpSession {
        ErpSession {
            customer_id,
            expires_at,
            name: d.customer_name.or_empty(),
            code: d.customer_code.non_empty(),
            email: d.email.non_empty(),
            finance_email: d.finance_email.non_empty(),
            phone: d.phone.non_empty(),
            permissions: wire::split_ids(&d.cus_permission),
            is_reseller: d.reseller_state.or_false(),
            has_reseller_dashboard: d.reseller_dashboard.or_false(),
            reseller_discount_percent: d.reseller_dis_per.non_empty(),
            currency: d.currency_name.non_empty(),
        }
    }
}

/// A restored session: who it belongs to and when it expires.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpRestoredSession {
    /// The numeric customer id.
    pub customer_id: String,
    /// When the token expires (ms since the epoch), when the token says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub expires_at: Option<f64>,
}

/// What `login` did: either an OTP is now needed (call `verifyOtp`), or the account needs
/// none and the session is open.
#[derive(Tsify, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ErpLoginResult {
    /// The password was right and the portal sent a one-time code: call `verifyOtp({ code })`.
    OtpRequired {
        /// The portal's words, e.g. where the code was sent.
        message: String,
    },
    /// Signed in (the account needs no OTP).
    SignedIn {
        /// The signed-in customer.
        session: Box<ErpSession>,
    },
}

/// Which page of a list to fetch.
#[derive(Tsify, Deserialize, Default)]
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

/// How to walk a whole list.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpIterateOptions {
    /// How many rows each request fetches (1–500, default 50).
    #[serde(default)]
    #[tsify(optional)]
    pub page_size: Option<f64>,
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

/// A page of a list: its rows and how many the whole list has.
pub trait PageOf: Tsify + Serialize {
    /// The row type.
    type Row: Serialize;
    /// The page of these rows.
    fn new(items: Vec<Self::Row>, total: Option<u64>) -> Self;
}

/// Declares a page type `{ items: Row[], total?: number }` for a row type.
macro_rules! page_of {
    ($(#[$doc:meta])* $page:ident, $row:ty) => {
        $(#[$doc])*
        #[derive(tsify::Tsify, serde::Serialize)]
        pub struct $page {
            /// The rows of this page, in the server's order.
            pub items: Vec<$row>,
            /// How many rows the whole list has, when the server says (it does not for a page
            /// past the end).
            #[serde(skip_serializing_if = "Option::is_none")]
            #[tsify(optional)]
            pub total: Option<u64>,
        }

        impl $crate::erp::types::PageOf for $page {
            type Row = $row;
            fn new(items: Vec<$row>, total: Option<u64>) -> Self {
                $page { items, total }
            }
        }
    };
}
pub(crate) use page_of;

/// A 3CX edition.
#[derive(Tsify, Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ErpEdition {
    /// The edition's key, e.g. `"3CXPSPROFENT"`: what the order methods take.
    pub key: String,
    /// Its display name, e.g. `"Enterprise"`.
    pub name: String,
}

/// A non-empty text input, trimmed.
pub fn required(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid_input(field, "must not be empty"));
    }
    Ok(value.to_string())
}
