//! Reading claims from a JWT without trusting it: only to know when a token expires.
//! A token that is not a JWT is fine; it just has no known expiry.

/// The numeric claim `name` of a JWT's payload, if the token is a JWT carrying it: a JSON
/// number, or whole seconds written as a string (`"1699990000"`, as the ERP sends them).
pub fn numeric_claim(token: &str, name: &str) -> Option<f64> {
    let payload = token.split('.').nth(1)?;
    let bytes = crate::core::base64::decode(payload)?;
    let claims = crate::core::json::parse(&bytes).ok()?;
    let value = claims.get(name)?;
    // A string is read as an integer: a float parser would cost the module ~10 KB.
    value.as_f64().or_else(|| value.as_str()?.trim().parse::<i64>().ok().map(|n| n as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_claim_from_a_made_up_token() {
        // header {"alg":"none"}, payload {"exp":1700000000,"API_TIME":"1699990000"}
        let token = "eyJhbGciOiJub25lIn0.eyJleHAiOjE3MDAwMDAwMDAsIkFQSV9USU1FIjoiMTY5OTk5MDAwMCJ9.sig";
        assert_eq!(numeric_claim(token, "exp"), Some(1_700_000_000.0));
        assert_eq!(numeric_claim(token, "API_TIME"), Some(1_699_990_000.0));
        assert_eq!(numeric_claim(token, "iat"), None);
        // payload {"exp":"soon"}
        assert_eq!(numeric_claim("e30.eyJleHAiOiJzb29uIn0.sig", "exp"), None);
    }

    #[test]
    fn opaque_tokens_have_no_claims() {
        assert_eq!(numeric_claim("not-a-jwt", "exp"), None);
        assert_eq!(numeric_claim("a.%%%.c", "exp"), None);
    }
}
