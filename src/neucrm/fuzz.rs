//! The NeuCRM answer decoders, fuzzed from the documented samples (see `core::fuzz`).

use serde::Serialize;

use super::client::{confirmed, counted, created, CustomerList, Listing, ResellerList, TransactionList};
use super::wire;
use crate::core::error::Result;
use crate::core::fuzz::{self, Decoded, Decoder, Route};
use crate::core::record::rows;
use crate::core::transport::Reply;

/// A list page: its rows, each converted.
fn list<L: Listing>() -> Decoder {
    Box::new(|reply| Ok(Decoded::list(&rows(&wire::result(reply)?, L::COLUMNS)?)))
}

/// An answer's `result`, finished by `finish`.
fn result<T: Serialize + 'static>(finish: fn(&crate::core::json::Value) -> Result<T>) -> Decoder {
    Box::new(move |reply: &Reply| Ok(Decoded::one(&finish(&wire::result(reply)?)?)))
}

macro_rules! sample {
    ($file:literal) => {
        ($file, include_str!(concat!("../../tests/fixtures/neucrm/", $file)))
    };
}

fn routes() -> Vec<Route> {
    let route = |(name, text): (&'static str, &'static str), lenient, decode| Route::new(name, text, lenient, decode);
    let rows = Some("/result");
    vec![
        route(sample!("sample_customer_list.json"), rows, list::<CustomerList>()),
        route(sample!("sample_odd_rows.json"), rows, list::<CustomerList>()),
        route(sample!("sample_empty_list.json"), rows, list::<CustomerList>()),
        route(sample!("sample_reseller_list.json"), rows, list::<ResellerList>()),
        route(sample!("sample_wallet_txn_list.json"), rows, list::<TransactionList>()),
        route(sample!("sample_count.json"), None, result(counted)),
        route(sample!("customer_create.json"), None, result(created)),
        route(sample!("reseller_create.json"), None, result(created)),
        route(sample!("customer_update.json"), None, result(confirmed)),
        route(sample!("customer_delete.json"), None, result(confirmed)),
        route(sample!("reseller_update.json"), None, result(confirmed)),
        route(sample!("reseller_delete.json"), None, result(confirmed)),
        route(sample!("wallet_update.json"), None, result(confirmed)),
        route(sample!("sample_error_auth.json"), None, list::<CustomerList>()),
        route(sample!("sample_error_field.json"), None, result(created)),
    ]
}

#[test]
fn neucrm_decoders_survive_mutated_samples() {
    fuzz::run("neucrm", &routes());
}
