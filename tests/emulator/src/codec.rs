//! Byte codecs every back end shares: base64 (standard, padded), base64url (unpadded, as JWTs
//! use it), hex, and the keyed hash the made-up token signatures and row hashes come from.

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL_SAFE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Standard base64 with `=` padding (`4481` → `NDQ4MQ==`).
pub fn base64(data: &[u8]) -> String {
    encode(data, STANDARD, true)
}

/// base64url without padding, as in a JWT.
pub fn base64url(data: &[u8]) -> String {
    encode(data, URL_SAFE, false)
}

/// Decodes standard base64 (`+` `/`). See [`decode`] for what is accepted.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    decode(text, STANDARD)
}

/// Decodes base64url (`-` `_`). See [`decode`] for what is accepted.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    decode(text, URL_SAFE)
}

/// Lower-case hex digits of `data`.
pub fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
}

fn encode(data: &[u8], alphabet: &[u8; 64], pad: bool) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let triple = byte(0) << 16 | byte(1) << 8 | byte(2);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(alphabet[(triple >> (18 - 6 * i) & 63) as usize]));
            } else if pad {
                out.push('=');
            }
        }
    }
    out
}

/// Strict decoding in one alphabet: padding is optional and surplus `=` at the end is
/// tolerated, but any other character (whitespace, the other alphabet's `+/` or `-_`, an `=`
/// before the end) or a lone trailing character that cannot make a byte gives None.
fn decode(text: &str, alphabet: &[u8; 64]) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for c in text.bytes() {
        let value = alphabet.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6 | value) & 0xff_ffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    (text.len() % 4 != 1).then_some(out)
}

fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `out_len` bytes derived from `key` and `data`: deterministic and well mixed, NOT
/// cryptographic (nothing outside the emulator verifies what it signs).
pub fn keyed_hash(key: &[u8], data: &[u8], out_len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(out_len + 8);
    let mut block: u64 = 0;
    while out.len() < out_len {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ mix64(block.wrapping_add(0x9e37_79b9_7f4a_7c15));
        for &b in key.iter().chain([0xffu8].iter()).chain(data.iter()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
            h = h.rotate_left(5) ^ mix64(h);
        }
        out.extend_from_slice(&mix64(h ^ (data.len() as u64)).to_be_bytes());
        block += 1;
    }
    out.truncate(out_len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).as_deref(), Some(plain.as_bytes()));
            assert_eq!(
                base64_decode(encoded.trim_end_matches('=')).as_deref(),
                Some(plain.as_bytes())
            );
        }
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
        assert_eq!(base64url(&[0xff, 0xfe, 0x00]), "__4A");
        assert_eq!(base64url(b"f"), "Zg");
    }

    #[test]
    fn decoding_is_strict_about_its_alphabet() {
        assert_eq!(base64_decode("NDgwNQ==="), Some(b"4805".to_vec()));
        assert_eq!(base64_decode("//4A"), Some(vec![0xff, 0xfe, 0x00]));
        assert_eq!(base64_decode("__4A"), None);
        assert_eq!(base64url_decode("__4A"), Some(vec![0xff, 0xfe, 0x00]));
        assert_eq!(base64url_decode("//4A"), None);
        for bad in ["a b", " Zg==", "Zg=x", "Z", "Zm9vY", "!!"] {
            assert_eq!(base64_decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn keyed_hash_depends_on_key_data_and_length() {
        let a = keyed_hash(b"k", b"data", 40);
        assert_eq!(a.len(), 40);
        assert_eq!(keyed_hash(b"k", b"data", 40), a);
        assert_eq!(keyed_hash(b"k", b"data", 16), a[..16]);
        assert_ne!(keyed_hash(b"K", b"data", 40), a);
        assert_ne!(keyed_hash(b"k", b"datb", 40), a);
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
    }
}
