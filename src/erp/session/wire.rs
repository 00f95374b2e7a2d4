//! The sign-in answers: `login_validation` and `otp_validation_for_app`, wrapped in
//! `result.data`, and what they mean (read field by field, `erp::out::Row`).

use crate::core::json::Value;

use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::strip_tags;
use crate::erp::out::Row;

/// The outcome of a login step.
pub enum LoginOutcome {
    /// The password was right; an OTP was sent.
    OtpRequired(Option<String>),
    /// Signed in: the token, the encoded customer id and the customer.
    /// (`details` is `result.data.result_data.customer_details`, an object, as it was sent.)
    Success { token: String, customer_id_encode: Option<String>, details: Box<Value> },
}

/// What a login answer means; a refusal is an `auth` error carrying the server's code.
pub fn outcome(answer: &Value) -> Result<LoginOutcome> {
    let top = Row::of(answer)?;
    let data = top.record("result")?.record("data")?;
    let details = data.record("result_data")?.record("customer_details")?;
    let message = || data.non_empty("message").or(top.non_empty("message")).map(|m| strip_tags(&m));
    let state = data.text("result_state").to_ascii_lowercase();
    if state == "failed" || (top.flag("status") == Some(false) && state != "success") {
        let code = data.non_empty("error_code").unwrap_or_else(|| "LOGIN_FAILED".into());
        let said = message();
        let message = match code.as_str() {
            "INVALID_CREDENTIALS" => "wrong username or password".to_string(),
            "INVALID_OTP" => "wrong or expired one-time code (OTP); check it and try again".to_string(),
            _ => format!("sign-in refused: {}", said.unwrap_or_else(|| code.clone())),
        };
        return Err(Error::new(ErrorKind::Auth, message).with_code(code));
    }
    if state == "otp_required" || (top.flag("otp_required") == Some(true) && state != "success") {
        return Ok(LoginOutcome::OtpRequired(message()));
    }
    let token = data.non_empty("auth_token").ok_or_else(|| Error::decode("the sign-in answer holds no token"))?;
    Ok(LoginOutcome::Success { token, customer_id_encode: data.non_empty("customer_id_encode"), details: Box::new(details.value()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str) -> Value {
        crate::core::json::from_str(text).unwrap()
    }

    #[test]
    fn login_answers_mean_what_they_say() {
        let otp = answer(include_str!("../../../tests/fixtures/erp/login_otp_required.json"));
        assert!(matches!(outcome(&otp).unwrap(), LoginOutcome::OtpRequired(Some(_))));
        let ok = answer(include_str!("../../../tests/fixtures/erp/login_success.json"));
        match outcome(&ok).unwrap() {
            LoginOutcome::Success { token, customer_id_encode, details } => {
                assert!(token.starts_with("eyJ"));
                assert_eq!(customer_id_encode.as_deref(), Some("NDQ4MQ=="));
                assert_eq!(details["customerId"], "4481");
            }
            LoginOutcome::OtpRequired(_) => panic!("not an OTP step"),
        }
        for (file, code) in [
            (include_str!("../../../tests/fixtures/erp/login_bad_password.json"), "INVALID_CREDENTIALS"),
            (include_str!("../../../tests/fixtures/erp/login_bad_otp.json"), "INVALID_OTP"),
        ] {
            let e = outcome(&answer(file)).err().unwrap();
            assert_eq!((e.kind, e.code.as_deref()), (ErrorKind::Auth, Some(code)));
        }
    }
}
