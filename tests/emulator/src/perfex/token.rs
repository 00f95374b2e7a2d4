//! The module's JWTs: `base64url(header).base64url(payload).base64url(signature)` with header
//! `{"typ":"JWT","alg":"HS512"}` and payload
//! `{"client_id":"1","contact_id":"1","client_logged_in":true,"API_TIME":<unix seconds>}`.
//! The signature is 64 bytes of this emulator's own keyed hash (no real HMAC: nothing outside the
//! emulator verifies it); a per-installation login serial goes into it, so two logins in the same
//! second still give two different tokens.

use serde_json::Value;

use crate::codec::{base64url, base64url_decode, keyed_hash};

/// Tokens are refused this many seconds after their `API_TIME`.
pub(super) const LIFETIME_SECS: i64 = 604_800;

const HEADER: &str = r#"{"typ":"JWT","alg":"HS512"}"#;
const KEY: &[u8] = b"switchboard-emulator-perfex-jwt-key";

/// What a token says about its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Claims {
    pub client_id: u64,
    pub contact_id: u64,
    pub api_time: i64,
}

/// A new token for this contact, issued at `api_time`.
pub(super) fn issue(client_id: u64, contact_id: u64, api_time: i64, serial: u64) -> String {
    let payload = format!(
        r#"{{"client_id":"{client_id}","contact_id":"{contact_id}","client_logged_in":true,"API_TIME":{api_time}}}"#
    );
    let signing_input = format!("{}.{}", base64url(HEADER.as_bytes()), base64url(payload.as_bytes()));
    let mut material = signing_input.clone().into_bytes();
    material.extend_from_slice(format!("#{serial}").as_bytes());
    let signature = keyed_hash(KEY, &material, 64);
    format!("{signing_input}.{}", base64url(&signature))
}

fn id_claim(v: Option<&Value>) -> Option<u64> {
    match v? {
        Value::String(t) => t.parse().ok(),
        Value::Number(x) => x.as_u64(),
        _ => None,
    }
}

/// Decodes a token's structure; the error is the text the JWT library would throw (the server
/// answers it with 401). The signature itself is checked by the caller (issued tokens only).
pub(super) fn decode(token: &str) -> Result<Claims, &'static str> {
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err("Wrong number of segments");
    }
    let header: Value = base64url_decode(parts[0])
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or("Invalid header encoding")?;
    if header.get("alg").and_then(Value::as_str) != Some("HS512") {
        return Err("Algorithm not supported");
    }
    let payload: Value = base64url_decode(parts[1])
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or("Invalid claims encoding")?;
    if base64url_decode(parts[2]).is_none() {
        return Err("Signature verification failed");
    }
    let client_id = id_claim(payload.get("client_id")).ok_or("Invalid claims encoding")?;
    let contact_id = id_claim(payload.get("contact_id")).ok_or("Invalid claims encoding")?;
    let api_time = payload.get("API_TIME").and_then(Value::as_i64).ok_or("Invalid claims encoding")?;
    Ok(Claims { client_id, contact_id, api_time })
}
