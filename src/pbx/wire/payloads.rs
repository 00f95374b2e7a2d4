//! What the server reads besides the write payloads (built from their tables in `inputs.rs`):
//! the call-history query and the wrapper's yes/no.

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

/// A write payload, an object of texts, as the one form field's JSON text. Written here, not
/// by `Value`'s serializer, which would bring a float printer into the module.
pub fn object_text<'a>(fields: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let fields: Vec<String> = fields.into_iter().map(|(name, value)| format!("{}:{}", quoted(name), quoted(&value))).collect();
    format!("{{{}}}", fields.join(","))
}

/// A yes/no value as the wrapper stores it.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}
