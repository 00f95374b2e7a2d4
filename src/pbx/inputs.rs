//! What the caller of `PbxClient` sends, and the checks made before anything goes out: every
//! error is an `invalid_input` naming the field.

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use tsify::Tsify;
use wasm_bindgen::{JsCast, JsValue};

use super::wire;
use crate::core::error::{Error, Result};
use crate::core::js::input;

/// A scalar from the caller (an id or an amount given as a string or a number), checked
/// later so that a wrong type is reported with the field's name.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    Text(String),
    Number(f64),
    /// A boolean, `null`, an object or an array.
    Other,
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Scalar, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_none<E: de::Error>(self) -> std::result::Result<Scalar, E> {
                Ok(Scalar::Other)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Scalar, D::Error> {
                d.deserialize_any(V)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other)
            }
        }
        d.deserialize_any(V)
    }
}

impl Scalar {
    /// A record id: a whole non-negative number or a non-empty string, as the server's text.
    pub fn id(&self, field: &str) -> Result<String> {
        let problem = "must be a record id (a non-empty string or a whole number)";
        match self {
            Scalar::Number(n) if n.fract() == 0.0 && (0.0..9.0e15).contains(n) => Ok(format!("{n}")),
            Scalar::Text(s) => id_text(field, s),
            _ => Err(Error::invalid_input(field, problem)),
        }
    }

    /// A non-negative decimal amount ("0.05" or 0.05), as text.
    pub fn amount(&self, field: &str) -> Result<String> {
        let problem = "must be a non-negative decimal amount such as \"0.05\"";
        match self {
            Scalar::Number(n) if n.is_finite() && *n >= 0.0 => Ok(format!("{n}")),
            Scalar::Text(s) => {
                let s = s.trim();
                let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
                let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
                if digits(int) && digits(frac) {
                    Ok(s.to_string())
                } else {
                    Err(Error::invalid_input(field, problem))
                }
            }
            _ => Err(Error::invalid_input(field, problem)),
        }
    }
}

/// An id given as text: trimmed, non-empty, short, printable.
pub fn id_text(field: &str, text: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 || text.chars().any(char::is_control) {
        return Err(Error::invalid_input(field, "must be a record id (a non-empty string or a whole number)"));
    }
    Ok(text.to_string())
}

/// A text that must not be blank.
fn required(field: &str, value: &str) -> Result<String> {
    if value.trim().is_empty() {
        return Err(Error::invalid_input(field, "is required and cannot be empty"));
    }
    Ok(value.to_string())
}

/// An optional text that, when given, must not be blank.
fn not_blank(field: &str, value: Option<String>) -> Result<Option<String>> {
    value.map(|v| required(field, &v)).transpose()
}

/// A calendar date written `YYYY-MM-DD` that exists.
pub fn ymd(field: &str, value: &str) -> Result<String> {
    let problem = "must be a date written YYYY-MM-DD, e.g. \"2024-03-01\"";
    let b = value.trim().as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return Err(Error::invalid_input(field, problem));
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(Error::invalid_input(field, format!("{problem} (there is no month {month})"))),
    };
    if day == 0 || day > days || year == 0 {
        return Err(Error::invalid_input(field, format!("{problem} ({} does not exist)", value.trim())));
    }
    Ok(value.trim().to_string())
}

/// An input object with a closed set of fields. (serde-wasm-bindgen reads only the fields a
/// struct declares, so `deny_unknown_fields` never fires: a misspelt field would be ignored.)
pub trait Fields {
    /// The JS names of the fields.
    const FIELDS: &'static [&'static str];
}

/// Reads the caller's input object, refusing a field it does not know (named in the error).
pub fn read<T: DeserializeOwned + Fields>(argument: &str, value: JsValue) -> Result<T> {
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
            if !T::FIELDS.contains(&key.as_str()) {
                let known = T::FIELDS.join(", ");
                return Err(Error::invalid_input(&key, format!("is not a field of {argument} (known: {known})")));
            }
        }
    }
    input(argument, value)
}

/// At least one field must change.
fn some_change(any: bool) -> Result<()> {
    if any {
        Ok(())
    } else {
        Err(Error::invalid_input("changes", "names no field to change"))
    }
}

/// Changes to an extension: only the fields given are changed.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtensionChanges {
    /// A new name.
    #[serde(default)]
    #[tsify(optional)]
    pub name: Option<String>,
    /// A new dialled number.
    #[serde(default)]
    #[tsify(optional)]
    pub number: Option<String>,
    /// A new outgoing caller id number ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub caller_id_number: Option<String>,
    /// A new outgoing caller id name ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub caller_id_name: Option<String>,
    /// Turns call waiting on or off.
    #[serde(default)]
    #[tsify(optional)]
    pub call_waiting: Option<bool>,
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
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DidChanges {
    /// A new phone number.
    #[serde(default)]
    #[tsify(optional)]
    pub number: Option<String>,
    /// Digits to put in front of the dialled number ("" clears them).
    #[serde(default)]
    #[tsify(optional)]
    pub prefix: Option<String>,
    /// Text to put in front of the caller's name ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub name_prefix: Option<String>,
    /// Its country ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub country: Option<String>,
    /// Its area ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub area: Option<String>,
    /// A free comment ("" clears it).
    #[serde(default)]
    #[tsify(optional)]
    pub comment: Option<String>,
    /// Whether its calls are recorded.
    #[serde(default)]
    #[tsify(optional)]
    pub recording: Option<bool>,
    /// Whether it receives faxes.
    #[serde(default)]
    #[tsify(optional)]
    pub fax: Option<bool>,
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
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HuntListChanges {
    /// A new dialled number.
    #[serde(default)]
    #[tsify(optional)]
    pub number: Option<String>,
    /// A new name.
    #[serde(default)]
    #[tsify(optional)]
    pub name: Option<String>,
    /// How members are rung, as the PBX names it, e.g. "RINGALL" or "HUNT".
    #[serde(default)]
    #[tsify(optional)]
    pub strategy: Option<String>,
    /// How long it rings, in whole seconds (1 to 3600).
    #[serde(default)]
    #[tsify(optional)]
    pub ring_time: Option<f64>,
    /// Whether members already on a call are skipped.
    #[serde(default)]
    #[tsify(optional)]
    pub check_in_use: Option<bool>,
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
#[derive(Tsify, Deserialize)]
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
    #[serde(default)]
    #[tsify(optional)]
    pub config_file: Option<String>,
    /// The user name of the phone's web interface.
    #[serde(default)]
    #[tsify(optional)]
    pub http_user: Option<String>,
    /// The password of the phone's web interface (never shown in errors).
    #[serde(default)]
    #[tsify(optional)]
    pub http_password: Option<String>,
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
#[derive(Tsify, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CallFilter {
    /// The first day, `YYYY-MM-DD` (inclusive).
    pub from: String,
    /// The last day, `YYYY-MM-DD` (inclusive).
    pub to: String,
    /// The tenant's code, e.g. "T100" (see `listTenantsForUser`).
    pub tenant_code: String,
    /// Only calls first routed to this number.
    #[serde(default)]
    #[tsify(optional)]
    pub destination: Option<String>,
    /// Only calls that ended this way.
    #[serde(default)]
    #[tsify(optional, type = "CallDisposition")]
    pub disposition: Option<String>,
    /// Only calls that cost at least this much (a decimal such as "0.05", or a number).
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub min_cost: Option<Scalar>,
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

impl Fields for ExtensionChanges {
    const FIELDS: &'static [&'static str] = &["name", "number", "callerIdNumber", "callerIdName", "callWaiting"];
}

impl Fields for DidChanges {
    const FIELDS: &'static [&'static str] = &["number", "prefix", "namePrefix", "country", "area", "comment", "recording", "fax"];
}

impl Fields for HuntListChanges {
    const FIELDS: &'static [&'static str] = &["number", "name", "strategy", "ringTime", "checkInUse"];
}

impl Fields for NewPbxPhone {
    const FIELDS: &'static [&'static str] = &["name", "tenantId", "modelId", "mac", "configFile", "httpUser", "httpPassword"];
}

impl Fields for CallFilter {
    const FIELDS: &'static [&'static str] = &["from", "to", "tenantCode", "destination", "disposition", "minCost"];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::error::ErrorKind;

    fn field_of(e: Error) -> String {
        assert_eq!(e.kind, ErrorKind::InvalidInput, "{}", e.message);
        e.details.first().map(|d| d.0.clone()).unwrap_or_default()
    }

    /// The field names serde declares for `T` (what `deserialize_struct` is told).
    fn serde_fields<T: DeserializeOwned>() -> Vec<&'static str> {
        struct Capture;
        impl<'de> Deserializer<'de> for Capture {
            type Error = de::value::Error;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> std::result::Result<V::Value, Self::Error> {
                Err(de::Error::custom("not a struct"))
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> std::result::Result<V::Value, Self::Error> {
                Err(de::Error::custom(fields.join(",")))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
                unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
            }
        }
        let text = T::deserialize(Capture).err().map(|e| e.to_string()).unwrap_or_default();
        text.split(',').map(|f| &*Box::leak(f.to_string().into_boxed_str())).collect()
    }

    #[test]
    fn field_lists_match_the_structs() {
        assert_eq!(serde_fields::<ExtensionChanges>(), ExtensionChanges::FIELDS);
        assert_eq!(serde_fields::<DidChanges>(), DidChanges::FIELDS);
        assert_eq!(serde_fields::<HuntListChanges>(), HuntListChanges::FIELDS);
        assert_eq!(serde_fields::<NewPbxPhone>(), NewPbxPhone::FIELDS);
        assert_eq!(serde_fields::<CallFilter>(), CallFilter::FIELDS);
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(ymd("from", "2024-02-29").unwrap(), "2024-02-29");
        assert_eq!(ymd("from", " 2000-02-29 ").unwrap(), "2000-02-29");
        for bad in ["2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-4-1", "20240401", "2024-01-00", "2024/01/01", "", "abcd-ef-gh"] {
            assert_eq!(field_of(ymd("from", bad).unwrap_err()), "from", "{bad}");
        }
    }

    #[test]
    fn ids_and_amounts() {
        assert_eq!(Scalar::Number(11.0).id("id").unwrap(), "11");
        assert_eq!(Scalar::Text(" 11 ".into()).id("id").unwrap(), "11");
        for bad in [Scalar::Number(1.5), Scalar::Number(-1.0), Scalar::Text("  ".into()), Scalar::Other] {
            assert_eq!(field_of(bad.id("tenantId").unwrap_err()), "tenantId");
        }
        assert_eq!(Scalar::Text("0.05".into()).amount("minCost").unwrap(), "0.05");
        assert_eq!(Scalar::Number(0.25).amount("minCost").unwrap(), "0.25");
        assert_eq!(Scalar::Number(2.0).amount("minCost").unwrap(), "2");
        for bad in [Scalar::Text("-1".into()), Scalar::Text("1e3".into()), Scalar::Text(".5".into()), Scalar::Number(f64::NAN), Scalar::Other] {
            assert_eq!(field_of(bad.amount("minCost").unwrap_err()), "minCost");
        }
    }

    #[test]
    fn a_phone_needs_its_four_fields() {
        let phone = |name: &str, mac: &str| NewPbxPhone {
            name: name.into(),
            tenant_id: Scalar::Text("1".into()),
            model_id: Scalar::Number(2.0),
            mac: mac.into(),
            config_file: None,
            http_user: None,
            http_password: Some("made-up".into()),
        };
        let w = phone("Desk", "00:11:22:33:44:55").into_wire().unwrap();
        let json = wire::json_field(&w).unwrap();
        assert!(json.contains(r#""ph_te_id":"1""#) && json.contains(r#""ph_pm_id":"2""#) && !json.contains("ph_filename"), "{json}");
        assert_eq!(field_of(phone(" ", "x").into_wire().err().unwrap()), "name");
        assert_eq!(field_of(phone("Desk", "").into_wire().err().unwrap()), "mac");
        let mut p = phone("Desk", "x");
        p.tenant_id = Scalar::Other;
        assert_eq!(field_of(p.into_wire().err().unwrap()), "tenantId");
    }

    #[test]
    fn changes_send_only_what_changes() {
        let c = ExtensionChanges { name: None, number: None, caller_id_number: Some(String::new()), caller_id_name: None, call_waiting: Some(true) };
        let json = wire::json_field(&c.into_wire().unwrap()).unwrap();
        assert_eq!(json, r#"{"ex_cidnum":"","ex_callwaiting":"yes"}"#);
        let none = HuntListChanges { number: None, name: None, strategy: None, ring_time: None, check_in_use: None };
        assert_eq!(field_of(none.into_wire().err().unwrap()), "changes");
        let bad = HuntListChanges { number: None, name: None, strategy: None, ring_time: Some(2.5), check_in_use: None };
        assert_eq!(field_of(bad.into_wire().err().unwrap()), "ringTime");
        let blank = DidChanges { number: Some(" ".into()), prefix: None, name_prefix: None, country: None, area: None, comment: None, recording: None, fax: None };
        assert_eq!(field_of(blank.into_wire().err().unwrap()), "number");
    }

    #[test]
    fn call_filters_are_checked() {
        let filter = |from: &str, to: &str, disposition: Option<&str>| CallFilter {
            from: from.into(),
            to: to.into(),
            tenant_code: "T100".into(),
            destination: None,
            disposition: disposition.map(str::to_string),
            min_cost: Some(Scalar::Text("0.01".into())),
        };
        let q = filter("2024-01-01", "2024-01-31", Some("NO ANSWER")).into_wire().unwrap();
        let fields = q.fields();
        assert!(fields.contains(&("disposition".to_string(), "NO ANSWER".to_string())));
        assert!(fields.contains(&("cost".to_string(), "0.01".to_string())));
        assert!(!fields.iter().any(|(k, _)| k == "firstdst"));
        assert_eq!(field_of(filter("2024-02-01", "2024-01-31", None).into_wire().err().unwrap()), "to");
        assert_eq!(field_of(filter("2024-01-01", "2024-01-31", Some("MISSED")).into_wire().err().unwrap()), "disposition");
        assert_eq!(field_of(filter("01/01/2024", "2024-01-31", None).into_wire().err().unwrap()), "from");
    }
}
