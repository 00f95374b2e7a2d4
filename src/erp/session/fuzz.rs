//! The sign-in routes for the ERP fuzzer (`erp::fuzz`).

use super::types::{otp_required, session, signed_in};
use crate::core::json::Value;

use super::wire::{outcome, LoginOutcome};
use crate::erp::out::Row;
use crate::core::fuzz::Route;
use crate::erp::fuzz::{route, sample, whole};

/// What a sign-in answer gives the caller (the customer named by the encoded id as sent).
fn caller_value(answer: Value) -> crate::core::error::Result<Value> {
    Ok(match outcome(&answer)? {
        LoginOutcome::OtpRequired(message) => otp_required(message.unwrap_or_default()),
        LoginOutcome::Success { customer_id_encode, details, .. } => {
            signed_in(session(customer_id_encode.unwrap_or_default(), None, &Row::of(&details)?))
        }
    })
}

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("login_success.json"), None, whole(caller_value)),
        route(sample!("login_otp_required.json"), None, whole(caller_value)),
        route(sample!("login_bad_password.json"), None, whole(caller_value)),
        route(sample!("login_bad_otp.json"), None, whole(caller_value)),
    ]
}
