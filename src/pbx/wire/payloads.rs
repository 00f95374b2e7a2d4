//! What the server reads: the JSON objects of the write endpoints (one form field each) and
//! the call-history query.

use serde::Serialize;

use crate::core::error::{Error, Result};

/// `extension={…}` of `/extension/updatebyid`: only the fields that change.
#[derive(Serialize, Default)]
pub struct ExtensionUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ex_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ex_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ex_cidnum: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ex_cidname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ex_callwaiting: Option<String>,
}

/// `did={…}` of `/did/updatebyid`.
#[derive(Serialize, Default)]
pub struct DidUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_didprefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_didnameprefix: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_recording: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub di_fax: Option<String>,
}

/// `hunt={…}` of `/hunt/updatebyid`.
#[derive(Serialize, Default)]
pub struct HuntUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hu_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hu_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hu_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hu_ringtime: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hu_checkinuse: Option<String>,
}

/// `phone={…}` of `/phone/AddNewPhone` (the first four are required).
#[derive(Serialize)]
pub struct NewPhone {
    pub ph_name: String,
    pub ph_te_id: String,
    pub ph_pm_id: String,
    pub ph_mac: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ph_filename: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ph_http_user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ph_http_password: Option<String>,
}

/// The form fields of `/cdr/getCallHistory`.
pub struct CallHistoryQuery {
    pub start_date_ymd: String,
    pub end_date_ymd: String,
    pub tenant_code: String,
    pub firstdst: Option<String>,
    pub disposition: Option<String>,
    pub cost: Option<String>,
}

impl CallHistoryQuery {
    /// The fields to send; optional ones only when given.
    pub fn fields(self) -> Vec<(String, String)> {
        let mut fields = vec![
            ("start_date_ymd".to_string(), self.start_date_ymd),
            ("end_date_ymd".to_string(), self.end_date_ymd),
            ("tenant_code".to_string(), self.tenant_code),
        ];
        let optional = [("firstdst", self.firstdst), ("disposition", self.disposition), ("cost", self.cost)];
        fields.extend(optional.into_iter().filter_map(|(name, value)| value.map(|v| (name.to_string(), v))));
        fields
    }
}

/// A write payload as the one form field's JSON text.
pub fn json_field<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|_| Error::invalid_input("changes", "could not be encoded"))
}

/// A yes/no value as the wrapper stores it.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}
