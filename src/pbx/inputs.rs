//! What the caller of `PbxClient` sends, and how each input becomes the server's payload
//! (checked with `checks.rs` before anything goes out).

use crate::core::json::Map;
use tsify::Tsify;
use wasm_bindgen::JsValue;

use super::checks::{not_blank, required, some_change, ymd, Scalar};
use super::wire;
use crate::core::error::{Error, Result};
use crate::core::fields::{Fields, Input};
use crate::core::js::{json, object_fields};
use crate::core::json_text;
use crate::core::options::whole_number;

/// How a field of a change set is read and written into the server's payload (as text).
#[derive(Clone, Copy)]
pub enum Change {
    /// A string, sent as given ("" clears).
    Text,
    /// A string that, when given, must not be blank.
    NotBlank,
    /// `true` or `false`, sent as "yes" or "no".
    YesNo,
    /// Whole seconds from 1 to 3600.
    Seconds,
}

/// A change set: each field's caller name, its name in the payload, and how it is read.
pub type ChangeTable = &'static [(&'static str, &'static str, Change)];

/// The caller's change set `changes` (only the fields given) as the payload's JSON text.
pub fn changes_payload(value: &JsValue, table: ChangeTable) -> Result<String> {
    let value = json("changes", value)?;
    let names: Vec<&str> = table.iter().map(|(caller, _, _)| *caller).collect();
    changes_of(object_fields("changes", &value, &names)?, table)
}

/// See `changes_payload`: every field's type is checked first, then the seconds, then the texts that
/// must not be blank, each in the table's order; at least one field must be given.
fn changes_of(given: &Map, table: ChangeTable) -> Result<String> {
    let mut fields = Vec::new();
    for &(caller, wire, kind) in table {
        let Some(value) = given.get(caller).filter(|v| !v.is_null()) else { continue };
        let problem = match kind {
            Change::Text | Change::NotBlank => (!value.is_string()).then_some("must be a string"),
            Change::YesNo => (!value.is_boolean()).then_some("must be true or false"),
            Change::Seconds => (!value.is_number()).then_some("must be a number"),
        };
        if let Some(problem) = problem {
            return Err(Error::invalid_input(caller, problem));
        }
        fields.push((caller, wire, kind, value));
    }
    for &(caller, _, kind, value) in &fields {
        if let Change::Seconds = kind {
            whole_number(caller, value.as_f64(), 1, 3600, 0)?;
        }
    }
    let mut payload = Vec::new();
    for (caller, name, kind, value) in fields {
        let text = match kind {
            Change::Text => value.as_str().unwrap_or_default().to_string(),
            Change::NotBlank => required(caller, value.as_str().unwrap_or_default())?,
            Change::YesNo => wire::yes_no(value.as_bool() == Some(true)),
            Change::Seconds => whole_number(caller, value.as_f64(), 1, 3600, 0)?.to_string(),
        };
        payload.push((name, text));
    }
    some_change(!payload.is_empty())?;
    Ok(json_text::texts(payload))
}

/// Changes to an extension: only the fields given are changed.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ExtensionChanges {
    /// A new name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// A new dialled number.
    #[tsify(optional)]
    pub number: Option<String>,
    /// A new outgoing caller id number ("" clears it).
    #[tsify(optional)]
    pub caller_id_number: Option<String>,
    /// A new outgoing caller id name ("" clears it).
    #[tsify(optional)]
    pub caller_id_name: Option<String>,
    /// Turns call waiting on or off.
    #[tsify(optional)]
    pub call_waiting: Option<bool>,
}

/// The fields of `ExtensionChanges` and their names in the `extension={…}` payload.
pub const EXTENSION_CHANGES: ChangeTable = &[
    ("name", "ex_name", Change::NotBlank),
    ("number", "ex_number", Change::NotBlank),
    ("callerIdNumber", "ex_cidnum", Change::Text),
    ("callerIdName", "ex_cidname", Change::Text),
    ("callWaiting", "ex_callwaiting", Change::YesNo),
];

/// Changes to a DID: only the fields given are changed.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DidChanges {
    /// A new phone number.
    #[tsify(optional)]
    pub number: Option<String>,
    /// Digits to put in front of the dialled number ("" clears them).
    #[tsify(optional)]
    pub prefix: Option<String>,
    /// Text to put in front of the caller's name ("" clears it).
    #[tsify(optional)]
    pub name_prefix: Option<String>,
    /// Its country ("" clears it).
    #[tsify(optional)]
    pub country: Option<String>,
    /// Its area ("" clears it).
    #[tsify(optional)]
    pub area: Option<String>,
    /// A free comment ("" clears it).
    #[tsify(optional)]
    pub comment: Option<String>,
    /// Whether its calls are recorded.
    #[tsify(optional)]
    pub recording: Option<bool>,
    /// Whether it receives faxes.
    #[tsify(optional)]
    pub fax: Option<bool>,
}

/// The fields of `DidChanges` and their names in the `did={…}` payload.
pub const DID_CHANGES: ChangeTable = &[
    ("number", "di_number", Change::NotBlank),
    ("prefix", "di_didprefix", Change::Text),
    ("namePrefix", "di_didnameprefix", Change::Text),
    ("country", "di_country", Change::Text),
    ("area", "di_area", Change::Text),
    ("comment", "di_comment", Change::Text),
    ("recording", "di_recording", Change::YesNo),
    ("fax", "di_fax", Change::YesNo),
];

/// Changes to a hunt list: only the fields given are changed.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct HuntListChanges {
    /// A new dialled number.
    #[tsify(optional)]
    pub number: Option<String>,
    /// A new name.
    #[tsify(optional)]
    pub name: Option<String>,
    /// How members are rung, as the PBX names it, e.g. "RINGALL" or "HUNT".
    #[tsify(optional)]
    pub strategy: Option<String>,
    /// How long it rings, in whole seconds (1 to 3600).
    #[tsify(optional)]
    pub ring_time: Option<f64>,
    /// Whether members already on a call are skipped.
    #[tsify(optional)]
    pub check_in_use: Option<bool>,
}

/// The fields of `HuntListChanges` and their names in the `hunt={…}` payload.
pub const HUNT_LIST_CHANGES: ChangeTable = &[
    ("number", "hu_number", Change::NotBlank),
    ("name", "hu_name", Change::NotBlank),
    ("strategy", "hu_type", Change::NotBlank),
    ("ringTime", "hu_ringtime", Change::Seconds),
    ("checkInUse", "hu_checkinuse", Change::YesNo),
];

/// A phone to provision. Name, tenant, model and MAC are required.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NewPbxPhone {
    /// The phone's name.
    pub name: String,
    /// The tenant it belongs to.
    #[tsify(type = "string | number")]
    pub tenant_id: Scalar,
    /// The phone model's id.
    #[tsify(type = "string | number")]
    pub model_id: Scalar,
    /// Its MAC address.
    pub mac: String,
    /// The provisioning file to serve it (the server picks one from the MAC when absent).
    #[tsify(optional)]
    pub config_file: Option<String>,
    /// The user name of the phone's web interface.
    #[tsify(optional)]
    pub http_user: Option<String>,
    /// The password of the phone's web interface (never shown in errors).
    #[tsify(optional)]
    pub http_password: Option<String>,
}

impl Input for NewPbxPhone {
    const FIELDS: &'static [&'static str] = &["name", "tenantId", "modelId", "mac", "configFile", "httpUser", "httpPassword"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(NewPbxPhone {
            name: f.string("name")?,
            tenant_id: Scalar::of(f.get("tenantId")),
            model_id: Scalar::of(f.get("modelId")),
            mac: f.string("mac")?,
            config_file: f.optional_string("configFile")?,
            http_user: f.optional_string("httpUser")?,
            http_password: f.optional_string("httpPassword")?,
        })
    }
}

impl NewPbxPhone {
    /// The checked `phone={…}` payload, as its JSON text (optional fields only when given).
    pub fn into_wire(self) -> Result<String> {
        let fields = [
            ("ph_name", Some(required("name", &self.name)?)),
            ("ph_te_id", Some(self.tenant_id.id("tenantId")?)),
            ("ph_pm_id", Some(self.model_id.id("modelId")?)),
            ("ph_mac", Some(required("mac", &self.mac)?)),
            ("ph_filename", not_blank("configFile", self.config_file)?),
            ("ph_http_user", self.http_user),
            ("ph_http_password", self.http_password),
        ];
        Ok(json_text::texts(fields.into_iter().filter_map(|(name, value)| Some((name, value?)))))
    }
}

/// How a call ended.
#[derive(Tsify, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallDisposition {
    /// Someone answered.
    #[serde(rename = "ANSWERED")]
    Answered,
    /// Nobody answered.
    #[serde(rename = "NO ANSWER")]
    NoAnswer,
    /// The line was busy.
    #[serde(rename = "BUSY")]
    Busy,
    /// The call could not be placed.
    #[serde(rename = "FAILED")]
    Failed,
}

impl CallDisposition {
    const ALL: [(CallDisposition, &'static str); 4] = [
        (CallDisposition::Answered, "ANSWERED"),
        (CallDisposition::NoAnswer, "NO ANSWER"),
        (CallDisposition::Busy, "BUSY"),
        (CallDisposition::Failed, "FAILED"),
    ];

    /// Reads a disposition, naming the field when it is not one of the four.
    pub fn parse(field: &str, text: &str) -> Result<CallDisposition> {
        CallDisposition::ALL
            .iter()
            .find(|(_, name)| *name == text)
            .map(|(d, _)| *d)
            .ok_or_else(|| Error::invalid_input(field, "must be one of \"ANSWERED\", \"NO ANSWER\", \"BUSY\", \"FAILED\""))
    }

    /// The server's name for it.
    pub fn as_str(self) -> &'static str {
        CallDisposition::ALL.iter().find(|(d, _)| *d == self).map(|(_, n)| *n).unwrap_or("ANSWERED")
    }
}

/// Which calls `listCalls` returns.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CallFilter {
    /// The first day, `YYYY-MM-DD` (inclusive).
    pub from: String,
    /// The last day, `YYYY-MM-DD` (inclusive).
    pub to: String,
    /// The tenant's code, e.g. "T100" (see `listTenantsForUser`).
    pub tenant_code: String,
    /// Only calls first routed to this number.
    #[tsify(optional)]
    pub destination: Option<String>,
    /// Only calls that ended this way.
    #[tsify(optional, type = "CallDisposition")]
    pub disposition: Option<String>,
    /// Only calls that cost at least this much (a decimal such as "0.05", or a number).
    #[tsify(optional, type = "string | number")]
    pub min_cost: Option<Scalar>,
}

impl Input for CallFilter {
    const FIELDS: &'static [&'static str] = &["from", "to", "tenantCode", "destination", "disposition", "minCost"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(CallFilter {
            from: f.string("from")?,
            to: f.string("to")?,
            tenant_code: f.string("tenantCode")?,
            destination: f.optional_string("destination")?,
            disposition: f.optional_string("disposition")?,
            min_cost: f.get("minCost").map(|v| Scalar::of(Some(v))),
        })
    }
}

impl CallFilter {
    /// The checked query.
    pub fn into_wire(self) -> Result<wire::CallHistoryQuery> {
        let from = ymd("from", &self.from)?;
        let to = ymd("to", &self.to)?;
        if from > to {
            return Err(Error::invalid_input("to", format!("must not be before from ({from})")));
        }
        let tenant_code = required("tenantCode", &self.tenant_code)?.trim().to_string();
        if tenant_code.len() > 32 || tenant_code.chars().any(char::is_control) {
            return Err(Error::invalid_input("tenantCode", "must be a tenant code such as \"T100\""));
        }
        Ok(wire::CallHistoryQuery {
            start_date_ymd: from,
            end_date_ymd: to,
            tenant_code,
            firstdst: not_blank("destination", self.destination)?.map(|d| d.trim().to_string()),
            disposition: self.disposition.map(|d| CallDisposition::parse("disposition", &d)).transpose()?.map(|d| d.as_str().to_string()),
            cost: self.min_cost.map(|c| c.amount("minCost")).transpose()?,
        })
    }
}

#[cfg(test)]
mod tests;
