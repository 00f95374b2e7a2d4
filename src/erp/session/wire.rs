//! The sign-in answers: `login_validation` and `otp_validation_for_app`, wrapped in
//! `result.data`, and what they mean.

use serde::Deserialize;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::{strip_tags, Flag, Text};
use crate::erp::wire::Wrapped;

/// The answer of `login_validation` / `otp_validation_for_app`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginAnswer {
    pub status: Flag,
    pub otp_required: Flag,
    pub message: Text,
    pub result: Wrapped<LoginData>,
}

/// `result.data` of a login answer.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginData {
    /// "success", "otp_required" or "failed".
    pub result_state: Text,
    pub error_code: Text,
    pub message: Text,
    pub auth_token: Text,
    pub customer_id_encode: Text,
    pub result_data: LoginResultData,
}

/// `result.data.result_data`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginResultData {
    pub customer_details: CustomerDetails,
}

/// The signed-in customer, as login sends it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CustomerDetails {
    #[serde(rename = "customerId")]
    pub customer_id: Text,
    #[serde(rename = "customerName")]
    pub customer_name: Text,
    #[serde(rename = "customerCode")]
    pub customer_code: Text,
    pub cus_permission: Text,
    pub email: Text,
    pub finance_email: Text,
    pub phone: Text,
    pub reseller_state: Flag,
    pub reseller_dashboard: Flag,
    pub reseller_dis_per: Text,
    pub currency_name: Text,
}

/// The outcome of a login step.
pub enum LoginOutcome {
    /// The password was right; an OTP was sent.
    OtpRequired(Option<String>),
    /// Signed in: the token, the encoded customer id and the customer.
    Success { token: String, customer_id_encode: Option<String>, details: Box<CustomerDetails> },
}

impl LoginAnswer {
    /// What the answer means; a refusal is an `auth` error carrying the server's code.
    pub fn outcome(self) -> Result<LoginOutcome> {
        let data = self.result.data;
        let state = data.result_state.or_empty().to_ascii_lowercase();
        if state == "failed" || (self.status.0 == Some(false) && state != "success") {
            let code = data.error_code.non_empty().unwrap_or_else(|| "LOGIN_FAILED".into());
            let said = data.message.non_empty().or(self.message.non_empty()).map(|m| strip_tags(&m));
            let message = match code.as_str() {
                "INVALID_CREDENTIALS" => "wrong username or password".to_string(),
                "INVALID_OTP" => "wrong or expired one-time code (OTP); check it and try again".to_string(),
                _ => format!("sign-in refused: {}", said.unwrap_or_else(|| code.clone())),
            };
            return Err(Error::new(ErrorKind::Auth, message).with_code(code));
        }
        if state == "otp_required" || (self.otp_required.or_false() && state != "success") {
            let message = data.message.non_empty().or(self.message.non_empty()).map(|m| strip_tags(&m));
            return Ok(LoginOutcome::OtpRequired(message));
        }
        let token = data
            .auth_token
            .non_empty()
            .ok_or_else(|| Error::decode("the sign-in answer holds no token"))?;
        Ok(LoginOutcome::Success {
            token,
            customer_id_encode: data.customer_id_encode.non_empty(),
            details: Box::new(data.result_data.customer_details),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::erp::wire::split_ids;

    #[test]
    fn login_answers_mean_what_they_say() {
        let otp: LoginAnswer = serde_json::from_str(include_str!("../../../tests/fixtures/erp/login_otp_required.json")).unwrap();
        assert!(matches!(otp.outcome().unwrap(), LoginOutcome::OtpRequired(Some(_))));
        let ok: LoginAnswer = serde_json::from_str(include_str!("../../../tests/fixtures/erp/login_success.json")).unwrap();
        match ok.outcome().unwrap() {
            LoginOutcome::Success { token, customer_id_encode, details } => {
                assert!(token.starts_with("eyJ"));
                assert_eq!(customer_id_encode.as_deref(), Some("NDQ4MQ=="));
                assert_eq!(details.customer_id.or_empty(), "4481");
                assert_eq!(split_ids(&details.cus_permission), vec!["1", "2", "3"]);
            }
            LoginOutcome::OtpRequired(_) => panic!("not an OTP step"),
        }
        for (file, code) in [
            (include_str!("../../../tests/fixtures/erp/login_bad_password.json"), "INVALID_CREDENTIALS"),
            (include_str!("../../../tests/fixtures/erp/login_bad_otp.json"), "INVALID_OTP"),
        ] {
            let answer: LoginAnswer = serde_json::from_str(file).unwrap();
            let e = answer.outcome().err().unwrap();
            assert_eq!((e.kind, e.code.as_deref()), (ErrorKind::Auth, Some(code)));
        }
    }
}
