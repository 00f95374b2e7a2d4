//! Reading claims from a JWT without trusting it: only to know when a token expires.
//! A token that is not a JWT is fine; it just has no known expiry.

/// The numeric claim `name` of a JWT's payload, if the token is a JWT carrying it.
pub fn numeric_claim(token: &str, name: &str) -> Option<f64> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64url_decode(payload)?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let value = claims.get(name)?;
    value.as_f64().or_else(|| value.as_str()?.trim().parse().ok())
}

/// Decodes base64url (or standard base64), padding optional.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
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
    }

    #[test]
    fn opaque_tokens_have_no_claims() {
        assert_eq!(numeric_claim("not-a-jwt", "exp"), None);
        assert_eq!(numeric_claim("a.%%%.c", "exp"), None);
        assert_eq!(base64url_decode("TlE0TVE9PQ"), Some(b"NQ4MQ==".to_vec()));
    }
}
