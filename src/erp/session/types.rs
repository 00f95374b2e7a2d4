//! What the caller sends and receives to sign in, out and back in.

use crate::core::json::Value;
use tsify::Tsify;

use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::erp::out::{Out, Row};

/// A portal sign-in.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpCredentials {
    /// The portal login name (an e-mail address).
    pub username: String,
    /// The password. Kept in memory only until the OTP step ends.
    pub password: String,
}

/// The one-time code the portal sent after `login`.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpOtpCode {
    /// The code, as the user typed it (spaces are ignored).
    pub code: String,
}

/// A session a caller stored (from `sessionToken()` and `customerId`) and hands back.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpStoredSession {
    /// The token `sessionToken()` returned.
    pub token: String,
    /// The numeric customer id the `customerId` getter returned, e.g. `"4481"`.
    #[tsify(type = "string | number")]
    pub customer_id: crate::core::lenient::Text,
}

impl Input for ErpStoredSession {
    const FIELDS: &'static [&'static str] = &["token", "customerId"];
    fn read(f: &Fields) -> Result<ErpStoredSession> {
        Ok(ErpStoredSession { token: f.string("token")?, customer_id: f.id("customerId")? })
    }
}

/// The signed-in customer. The token itself stays inside the client.
#[allow(dead_code)]
#[derive(Tsify)]
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

/// The caller's `ErpSession` of a login answer.
pub fn session(customer_id: String, expires_at: Option<f64>, d: &Row) -> Value {
    let permissions = crate::erp::wire::split_ids(&d.text("cus_permission")).into_iter().map(Value::String).collect();
    Out::new()
        .text("customerId", customer_id)
        .optional_float("expiresAt", expires_at)
        .text("name", d.text("customerName"))
        .optionals(d, &[("code", "customerCode"), ("email", "email"), ("financeEmail", "finance_email"), ("phone", "phone")])
        .value("permissions", permissions)
        .flag("isReseller", d.flag("reseller_state").unwrap_or(false))
        .flag("hasResellerDashboard", d.flag("reseller_dashboard").unwrap_or(false))
        .optionals(d, &[("resellerDiscountPercent", "reseller_dis_per"), ("currency", "currency_name")])
        .build()
}

/// The caller's `ErpRestoredSession`.
pub fn restored(customer_id: String, expires_at: Option<f64>) -> Value {
    Out::new().text("customerId", customer_id).optional_float("expiresAt", expires_at).build()
}

/// The caller's `ErpLoginResult` when an OTP was sent (the portal said `message`).
pub fn otp_required(message: String) -> Value {
    Out::new().text("step", "otp_required".into()).text("message", message).build()
}

/// The caller's `ErpLoginResult` when signed in at once as `session`.
pub fn signed_in(session: Value) -> Value {
    Out::new().text("step", "signed_in".into()).value("session", session).build()
}

/// A restored session: who it belongs to and when it expires.
#[allow(dead_code)]
#[derive(Tsify)]
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
/// none and the session is open. `step` tells which. (Each member is a named type, so its
/// fields keep their doc comments in editors.)
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(untagged)]
pub enum ErpLoginResult {
    /// The password was right and a one-time code was sent.
    OtpRequired(ErpOtpRequired),
    /// Signed in at once.
    SignedIn(ErpSignedIn),
}

/// `login`'s answer when the password was right and the portal sent a one-time code: call
/// `verifyOtp({ code })`.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpOtpRequired {
    /// Always `"otp_required"`: the next step is `verifyOtp`.
    #[tsify(type = "\"otp_required\"")]
    step: &'static str,
    /// The portal's words, e.g. where the code was sent.
    pub message: String,
}

/// `login`'s answer when the account needs no OTP: the session is open.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpSignedIn {
    /// Always `"signed_in"`.
    #[tsify(type = "\"signed_in\"")]
    step: &'static str,
    /// The signed-in customer.
    pub session: ErpSession,
}

