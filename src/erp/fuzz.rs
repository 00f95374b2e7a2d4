//! The ERP answer decoders, fuzzed from the documented samples (see `core::fuzz`). Each area
//! lists its own routes in its `fuzz.rs` (its wire shapes stay private to it).

use crate::core::json::Value;

use super::client::Listing;
use super::wire::Answer;
use crate::core::error::Result;
use crate::core::fuzz::{self, Decoded, Decoder, Route};

/// `("name.json", text)` of an ERP sample.
macro_rules! sample {
    ($file:literal) => {
        ($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/erp/", $file)))
    };
}
pub(super) use sample;

/// A route from a sample, the pointer of its lenient part and its decoder.
pub(super) fn route((name, text): (&'static str, &'static str), lenient: Option<&'static str>, decode: Decoder) -> Route {
    Route::new(name, text, lenient, decode)
}

/// A paged list: the rows under the listing's key, each converted.
pub(super) fn listing(listing: &'static Listing) -> Decoder {
    Box::new(move |reply| {
        let answer = Answer::read(reply)?;
        let (list, _total) = answer.list(listing.key)?;
        Ok(Decoded::list(&(listing.records)(list)?))
    })
}

/// A record the server must have sent, finished by `finish` into the caller's JSON.
pub(super) fn record(finish: fn(Value) -> Result<Value>) -> Decoder {
    Box::new(move |reply| Ok(Decoded::one(&finish(Answer::read(reply)?.record()?)?)))
}

/// The whole answer (whatever its status), finished by `finish` into the caller's JSON.
pub(super) fn whole(finish: fn(Value) -> Result<Value>) -> Decoder {
    Box::new(move |reply| Ok(Decoded::one(&finish(Answer::read(reply)?.decode())?)))
}

#[test]
fn erp_decoders_survive_mutated_samples() {
    let mut routes = vec![
        route(sample!("access_denied.json"), None, record(Ok)),
        route(sample!("invalid_module.json"), None, record(Ok)),
    ];
    routes.extend(super::account::fuzz::routes());
    routes.extend(super::orders::fuzz::routes());
    routes.extend(super::portal::fuzz::routes());
    routes.extend(super::session::fuzz::routes());
    routes.extend(super::tickets::fuzz::routes());
    fuzz::run("erp", &routes);
}
