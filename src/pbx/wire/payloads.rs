//! What the server reads besides the write payloads (JSON texts built in `inputs.rs`): the
//! call-history query and the wrapper's yes/no.

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

/// A yes/no value as the wrapper stores it.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}
