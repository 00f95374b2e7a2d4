//! What the PBX server sends and reads: its envelope, its row shapes, its write payloads, and
//! how its answers map to errors. Nothing here leaves this module except through `types.rs`.
//!
//! Every answer is `{"status":"success","data":…}` or `{"status":"failed","message":"…"}`,
//! whatever the HTTP status; `data` is an object, an array or a bare string.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::{looks_like_html, List, Text};
use crate::core::transport::Reply;

mod payloads;
pub use payloads::*;

/// The envelope; `data` stays raw until the caller says what it should be.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Envelope {
    status: Text,
    message: Text,
    data: Option<Value>,
}

/// The `data` of a success answer (`Null` when there is none), or the error the answer means.
pub fn data(reply: &Reply) -> Result<Value> {
    let parsed = serde_json::from_slice::<Envelope>(&reply.body).ok();
    let status = parsed.as_ref().and_then(|e| e.status.0.as_deref()).map(|s| s.trim().to_ascii_lowercase());
    match (status.as_deref(), parsed) {
        (Some("success"), Some(envelope)) => Ok(envelope.data.unwrap_or(Value::Null)),
        (Some("failed"), Some(envelope)) => Err(failure(envelope.message.non_empty().as_deref().unwrap_or(""))),
        // Not the wrapper's envelope: trust the HTTP status only to say what went wrong.
        _ if reply.status >= 400 => Err(status_error(reply)),
        (_, Some(envelope)) if envelope.message.non_empty().is_some() => {
            Err(Error::new(ErrorKind::Api, envelope.message.or_empty().trim().to_string()))
        }
        _ => Err(unreadable(&reply.body)),
    }
}

/// The decode error for a body that is not the envelope; names the shape without repeating
/// the body (it may hold secrets).
fn unreadable(body: &[u8]) -> Error {
    if looks_like_html(body) {
        return Error::decode("the server sent an HTML page instead of JSON");
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(_) => Error::decode("the answer has no \"status\" of \"success\" or \"failed\""),
        // Syntax errors name a position only, never the text.
        Err(e) => Error::decode(format!("the server sent invalid JSON ({e})")),
    }
}

/// The error a `{"status":"failed"}` message means.
pub fn failure(message: &str) -> Error {
    let text = message.trim();
    let key = text.trim_end_matches('.').to_ascii_lowercase();
    let kind = match key.as_str() {
        "unauthorized access" => ErrorKind::Auth,
        "record not found" => ErrorKind::NotFound,
        "please enter required fields" | "invalid date format" => ErrorKind::Validation,
        "unknown method" => ErrorKind::Http,
        _ => ErrorKind::Api,
    };
    let text = if text.is_empty() { "the server reported a failure without a message" } else { text };
    let hint = match kind {
        ErrorKind::Auth => " (wrong user name or password)",
        _ => "",
    };
    Error::new(kind, format!("{text}{hint}"))
}

/// The error for an HTTP failure that carries no envelope (a proxy's page, an unknown path).
fn status_error(reply: &Reply) -> Error {
    let kind = match reply.status {
        401 => ErrorKind::Auth,
        403 => ErrorKind::Forbidden,
        _ => ErrorKind::Http,
    };
    let what = if looks_like_html(&reply.body) { "an HTML page" } else { "no PBX answer" };
    Error::new(kind, format!("the server answered HTTP {} with {what}", reply.status)).with_status(reply.status)
}

/// `data` as a list of rows. The error never quotes the data (it may hold secrets).
pub fn rows<W: DeserializeOwned>(data: Value, what: &str) -> Result<Vec<W>> {
    serde_json::from_value::<List<W>>(data).map(|l| l.0).map_err(|_| shape_error(what))
}

/// A list answer: the wrapper says "Record Not Found." for an empty list, which is `[]` here.
pub fn list<W: DeserializeOwned>(answer: Result<Value>, what: &str) -> Result<Vec<W>> {
    match answer {
        Err(e) if e.kind == ErrorKind::NotFound => Ok(Vec::new()),
        data => rows(data?, what),
    }
}

/// `data` as one record: the server's one-element array, or a bare object.
pub fn first<W: DeserializeOwned>(data: Value, what: &str) -> Result<W> {
    let row = match data {
        Value::Array(rows) => rows.into_iter().next(),
        Value::Object(_) => Some(data),
        _ => None,
    };
    let row = row.ok_or_else(|| Error::new(ErrorKind::NotFound, format!("the server sent no {what}")))?;
    serde_json::from_value(row).map_err(|_| shape_error(what))
}

/// `data` as a bare string (numbers written out; `null` is "").
pub fn text(data: Value, what: &str) -> Result<String> {
    match data {
        Value::String(text) => Ok(text),
        Value::Number(n) => Ok(n.to_string()),
        Value::Null => Ok(String::new()),
        _ => Err(shape_error(what)),
    }
}

fn shape_error(what: &str) -> Error {
    Error::decode(format!("the answer's data is not the expected {what}"))
}

/// `/user/login`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Login {
    pub user_id: Text,
}

/// `/user/get` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct User {
    pub us_id: Text,
    pub us_username: Text,
}

/// `/user/tenants`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UserTenants {
    pub user_id: Text,
    pub tenants: List<Tenant>,
}

/// A tenant of `/user/tenants` (`te_code` is sent by some installations only).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Tenant {
    pub te_id: Text,
    pub te_name: Text,
    pub te_code: Text,
}

/// `/destination/all` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Destination {
    pub de_id: Text,
    pub de_type_src: Text,
    pub de_type_dst: Text,
    pub de_ord: Text,
}

/// `/extension/bytenant` and `/extension/byid` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Extension {
    pub ex_id: Text,
    pub ex_name: Text,
    pub ex_number: Text,
    pub ex_cidnum: Text,
    pub ex_cidname: Text,
    pub ex_callwaiting: Text,
}

/// `/extension/user`: the extension's SIP account.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SipUser {
    pub name: Text,
    pub host: Text,
    pub secret: Text,
}

/// `/extension/getCidNumberList` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CidNumber {
    pub ex_cidnum: Text,
}

/// `/extension/GetFMFCallerIdList` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FmfCallerId {
    #[serde(rename = "GetFMFCallerId")]
    pub caller_id: Text,
}

/// `/did/bytenant` rows, and `/did/byid` rows (which name the tenant `di_te_id` and carry no
/// `di_id`, plus the routing fields).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Did {
    pub di_id: Text,
    pub di_te_id: Text,
    pub di_country: Text,
    pub di_area: Text,
    pub di_number: Text,
    pub di_comment: Text,
    pub di_recording: Text,
    pub di_fax: Text,
    pub di_didprefix: Text,
    pub di_didnameprefix: Text,
}

/// `/hunt/bytenant` rows (and `/hunt/byid`, which adds `hu_checkinuse`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Hunt {
    pub hu_id: Text,
    pub hu_number: Text,
    pub hu_name: Text,
    pub hu_type: Text,
    pub hu_ringtime: Text,
    pub hu_checkinuse: Option<Text>,
}

/// `/phone/bytenant` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Phone {
    pub ph_id: Text,
    pub ph_name: Text,
    pub ph_te_id: Text,
    pub ph_pm_id: Text,
    pub ph_mac: Text,
    pub ph_filename: Text,
}

/// `/phone/AddNewPhone`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PhoneAdded {
    #[serde(rename = "PhoneID")]
    pub phone_id: Text,
}

/// `/voicemail/bytenant` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Voicemail {
    pub uniqueid: Text,
    pub context: Text,
    pub fullname: Text,
    pub email: Text,
}

/// `/condition/bytenant` rows (`co_param1` … `co_param12`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Condition {
    pub co_id: Text,
    pub co_name: Text,
    pub co_type: Text,
    pub co_timezone: Text,
    pub co_param1: Text,
    pub co_param2: Text,
    pub co_param3: Text,
    pub co_param4: Text,
    pub co_param5: Text,
    pub co_param6: Text,
    pub co_param7: Text,
    pub co_param8: Text,
    pub co_param9: Text,
    pub co_param10: Text,
    pub co_param11: Text,
    pub co_param12: Text,
}

impl Condition {
    /// The twelve parameters in order.
    pub fn params(&self) -> [&Text; 12] {
        [
            &self.co_param1,
            &self.co_param2,
            &self.co_param3,
            &self.co_param4,
            &self.co_param5,
            &self.co_param6,
            &self.co_param7,
            &self.co_param8,
            &self.co_param9,
            &self.co_param10,
            &self.co_param11,
            &self.co_param12,
        ]
    }
}

/// `/ivr/bytenant` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Ivr {
    pub iv_id: Text,
    pub iv_name: Text,
}

/// `/custom/bytenant` rows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Custom {
    pub cu_id: Text,
    pub cu_name: Text,
    pub cu_ct_id: Text,
    pub ct_name: Text,
    pub ct_description: Text,
}

/// `/cdr/getCallHistory` rows: undocumented; an Asterisk CDR row as MiRTA stores it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Cdr {
    pub cdr_id: Text,
    pub calldate: Text,
    pub clid: Text,
    pub src: Text,
    pub dst: Text,
    pub channel: Text,
    pub dstchannel: Text,
    pub duration: Text,
    pub billsec: Text,
    pub disposition: Text,
    pub accountcode: Text,
    pub uniqueid: Text,
    pub firstdst: Text,
    pub lastdst: Text,
    pub wherelanded: Text,
    pub direction: Text,
    pub tenant_code: Text,
    pub rate: Text,
    pub cost: Text,
}

#[cfg(test)]
mod tests;
