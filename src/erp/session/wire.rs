//! The sign-in answers: `login_validation` and `otp_validation_for_app`, wrapped in
//! `result.data`, and what they mean.

use crate::erp::from_wire::wire_struct;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::{strip_tags, Flag, Text};
use crate::erp::wire::Wrapped;

wire_struct! {
    /// The answer of `login_validation` / `otp_validation_for_app`.
    pub struct LoginAnswer {
        status: Flag,
        otp_required: Flag,
        message: Text,
        result: Wrapped<LoginData>,
    }
}

wire_struct! {
    /// `result.data` of a login answer.
    pub struct LoginData {
        /// "success", "otp_required" or "failed".
        result_state: Text,
        error_code: Text,
        message: Text,
        auth_token: Text,
        customer_id_encode: Text,
        result_data: LoginResultData,
    }
}

wire_struct! {
    /// `result.data.result_data`.
    pub struct LoginResultData {
        customer_details: CustomerDetails,
    }
}

wire_struct! {
    /// The signed-in customer, as login sends it.
    pub struct CustomerDetails {
        customer_id: Text = "customerId",
        customer_name: Text = "customerName",
        customer_code: Text = "customerCode",
        cus_permission: Text,
        email: Text,
        finance_email: Text,
        phone: Text,
        reseller_state: Flag,
        reseller_dashboard: Flag,
        reseller_dis_per: Text,
        currency_name: Text,
    }
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
        let otp: LoginAnswer = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/login_otp_required.json"));
        assert!(matches!(otp.outcome().unwrap(), LoginOutcome::OtpRequired(Some(_))));
        let ok: LoginAnswer = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/login_success.json"));
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
            let answer: LoginAnswer = crate::erp::from_wire::parse(file);
            let e = answer.outcome().err().unwrap();
            assert_eq!((e.kind, e.code.as_deref()), (ErrorKind::Auth, Some(code)));
        }
    }
}
