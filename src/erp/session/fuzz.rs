//! The sign-in routes for the ERP fuzzer (`erp::fuzz`).

use super::wire::{LoginAnswer, LoginOutcome};
use crate::core::fuzz::Route;
use crate::erp::fuzz::{route, sample, whole};

/// What a sign-in answer means, in words.
fn outcome(answer: LoginAnswer) -> crate::core::error::Result<String> {
    Ok(match answer.outcome()? {
        LoginOutcome::OtpRequired(message) => format!("otp required: {message:?}"),
        LoginOutcome::Success { customer_id_encode, .. } => format!("signed in: {customer_id_encode:?}"),
    })
}

pub(in crate::erp) fn routes() -> Vec<Route> {
    vec![
        route(sample!("login_success.json"), None, whole::<LoginAnswer, _>(outcome)),
        route(sample!("login_otp_required.json"), None, whole::<LoginAnswer, _>(outcome)),
        route(sample!("login_bad_password.json"), None, whole::<LoginAnswer, _>(outcome)),
        route(sample!("login_bad_otp.json"), None, whole::<LoginAnswer, _>(outcome)),
    ]
}
