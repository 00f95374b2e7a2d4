//! Reading claims from a JWT without trusting it: only to know when a token expires.
//! A token that is not a JWT is fine; it just has no known expiry.

/// The numeric claim `name` of a JWT's payload, if the token is a JWT carrying it.
pub fn numeric_claim(token: &str, name: &str) -> Option<f64> {
    let payload = token.split('.').nth(1)?;
    let bytes = crate::core::base64::decode(payload)?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let value = claims.get(name)?;
    value.as_f64().or_else(|| decimal(value.as_str()?.trim()))
}

/// `text` read as Rust's `f64::from_str` reads it (a sign, digits with or without a point, an
/// exponent; or inf, infinity, nan). In wasm the number is read by JavaScript's `parseFloat`
/// once the text is known to be all one number: Rust's float parser is large there.
pub fn decimal(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let sign = if text.starts_with('-') { -1.0 } else { 1.0 };
    match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) || !exponent_ok {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    return Some(js_sys::Number::parse_float(text));
    #[cfg(not(target_arch = "wasm32"))]
    return text.parse().ok();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_read_as_rust_reads_them() {
        let texts = [
            "1700000000", "+5", "-5", "05", "5.", ".5", "1e5", "1E+5", "2.5e-3", "-0", "inf", "-Infinity", "NaN", "", ".", "+",
            "-", "e5", "1e", "1e+", "1.2.3", "1_000", "0x10", " 5", "5 ", "1e5.0", "++5", "5e+-1", "١", "1e400",
        ];
        for text in texts {
            let (ours, rust) = (decimal(text), text.parse::<f64>().ok());
            assert_eq!(ours.map(f64::to_bits), rust.map(f64::to_bits), "{text}");
        }
    }

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
    }
}
