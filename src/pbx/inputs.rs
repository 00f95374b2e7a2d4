//! What the caller of `PbxClient` sends, and how each input becomes the server's payload
//! (checked with `checks.rs` before anything goes out).

use tsify::Tsify;

use super::checks::{not_blank, required, some_change, ymd, Scalar};
use super::wire;
use crate::core::error::{Error, Result};
use crate::core::fields::{Fields, Input};

/// Changes to an extension: only the fields given are changed.
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

impl Input for ExtensionChanges {
    const FIELDS: &'static [&'static str] = &["name", "number", "callerIdNumber", "callerIdName", "callWaiting"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(ExtensionChanges {
            name: f.optional_string("name")?,
            number: f.optional_string("number")?,
            caller_id_number: f.optional_string("callerIdNumber")?,
            caller_id_name: f.optional_string("callerIdName")?,
            call_waiting: f.optional_flag("callWaiting")?,
        })
    }
}

impl ExtensionChanges {
    /// The checked `extension={…}` payload.
    pub fn into_wire(self) -> Result<wire::ExtensionUpdate> {
        let update = wire::ExtensionUpdate {
            ex_name: not_blank("name", self.name)?,
            ex_number: not_blank("number", self.number)?,
            ex_cidnum: self.caller_id_number,
            ex_cidname: self.caller_id_name,
            ex_callwaiting: self.call_waiting.map(wire::yes_no),
        };
        some_change(
            update.ex_name.is_some()
                || update.ex_number.is_some()
                || update.ex_cidnum.is_some()
                || update.ex_cidname.is_some()
                || update.ex_callwaiting.is_some(),
        )?;
        Ok(update)
    }
}

/// Changes to a DID: only the fields given are changed.
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

impl Input for DidChanges {
    const FIELDS: &'static [&'static str] = &["number", "prefix", "namePrefix", "country", "area", "comment", "recording", "fax"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(DidChanges {
            number: f.optional_string("number")?,
            prefix: f.optional_string("prefix")?,
            name_prefix: f.optional_string("namePrefix")?,
            country: f.optional_string("country")?,
            area: f.optional_string("area")?,
            comment: f.optional_string("comment")?,
            recording: f.optional_flag("recording")?,
            fax: f.optional_flag("fax")?,
        })
    }
}

impl DidChanges {
    /// The checked `did={…}` payload.
    pub fn into_wire(self) -> Result<wire::DidUpdate> {
        let update = wire::DidUpdate {
            di_number: not_blank("number", self.number)?,
            di_didprefix: self.prefix,
            di_didnameprefix: self.name_prefix,
            di_country: self.country,
            di_area: self.area,
            di_comment: self.comment,
            di_recording: self.recording.map(wire::yes_no),
            di_fax: self.fax.map(wire::yes_no),
        };
        some_change(
            update.di_number.is_some()
                || update.di_didprefix.is_some()
                || update.di_didnameprefix.is_some()
                || update.di_country.is_some()
                || update.di_area.is_some()
                || update.di_comment.is_some()
                || update.di_recording.is_some()
                || update.di_fax.is_some(),
        )?;
        Ok(update)
    }
}

/// Changes to a hunt list: only the fields given are changed.
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

impl Input for HuntListChanges {
    const FIELDS: &'static [&'static str] = &["number", "name", "strategy", "ringTime", "checkInUse"];

    fn read(f: &Fields) -> Result<Self> {
        Ok(HuntListChanges {
            number: f.optional_string("number")?,
            name: f.optional_string("name")?,
            strategy: f.optional_string("strategy")?,
            ring_time: f.optional_number("ringTime")?,
            check_in_use: f.optional_flag("checkInUse")?,
        })
    }
}

impl HuntListChanges {
    /// The checked `hunt={…}` payload.
    pub fn into_wire(self) -> Result<wire::HuntUpdate> {
        let ring_time = match self.ring_time {
            Some(v) => Some(crate::core::options::whole_number("ringTime", Some(v), 1, 3600, 0)?.to_string()),
            None => None,
        };
        let update = wire::HuntUpdate {
            hu_number: not_blank("number", self.number)?,
            hu_name: not_blank("name", self.name)?,
            hu_type: not_blank("strategy", self.strategy)?,
            hu_ringtime: ring_time,
            hu_checkinuse: self.check_in_use.map(wire::yes_no),
        };
        some_change(
            update.hu_number.is_some()
                || update.hu_name.is_some()
                || update.hu_type.is_some()
                || update.hu_ringtime.is_some()
                || update.hu_checkinuse.is_some(),
        )?;
        Ok(update)
    }
}

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
    /// The checked `phone={…}` payload.
    pub fn into_wire(self) -> Result<wire::NewPhone> {
        Ok(wire::NewPhone {
            ph_name: required("name", &self.name)?,
            ph_te_id: self.tenant_id.id("tenantId")?,
            ph_pm_id: self.model_id.id("modelId")?,
            ph_mac: required("mac", &self.mac)?,
            ph_filename: not_blank("configFile", self.config_file)?,
            ph_http_user: self.http_user,
            ph_http_password: self.http_password,
        })
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
