//! The license order flow (new license, upgrade, maintenance renewal) and the cart.
//!
//! The server wants its reseller data (`Customer_3cx_data`: reseller id, reseller api key,
//! currency) and its own joined strings (`"16/2173.00"`, `"3CXPSPROFENT/Enterprise"`) sent back
//! in later steps; `OrderCache` carries them, so the caller only passes choices. Answers are
//! kept as JSON and read with `out::Row` where they are used (no wire struct per answer).

pub mod cart;
mod client;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(super) mod fuzz;
mod steps;
pub mod types;

use crate::core::error::{Error, Result};
use crate::core::json::Value;
use crate::erp::out::Row;
use crate::core::secret::Secret;

/// What the order flow remembers between steps (forgotten with the session).
#[derive(Default)]
pub(crate) struct OrderCache {
    /// Shared, not copied: each step of a flow reads it.
    reseller: Option<std::rc::Rc<Reseller>>,
    /// Edition key → the `edition_change` answer (the edition and its priced tiers).
    tiers: Remembered<std::rc::Rc<Value>>,
    /// License key → the `price_information_upgrade` answer (what it can be upgraded to).
    upgrades: Remembered<std::rc::Rc<Value>>,
}

/// Values remembered by a key: the few an order flow sees, kept in a list (a hash map would
/// bring std's hasher and table code into the module for a handful of entries).
pub(crate) struct Remembered<T>(Vec<(String, T)>);

impl<T> Default for Remembered<T> {
    fn default() -> Self {
        Remembered(Vec::new())
    }
}

impl<T> Remembered<T> {
    /// The value remembered for `key`.
    fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, value)| value)
    }

    /// Remembers `value` for `key`, instead of what was remembered before.
    fn insert(&mut self, key: String, value: T) {
        self.0.retain(|(k, _)| *k != key);
        self.0.push((key, value));
    }
}

impl OrderCache {
    /// The secrets it holds (the reseller api key), for scrubbing errors.
    pub fn secrets(&self) -> Vec<String> {
        self.reseller.iter().map(|r| r.api_key.expose().to_string()).collect()
    }
}

/// The reseller data of `online_order`, as later steps send it back.
#[derive(Clone)]
struct Reseller {
    api_key: Secret,
    reseller_id: String,
    discount: Option<String>,
    currency: String,
    symbol: String,
    rate: String,
}

impl Reseller {
    /// The reseller data of `online_order`'s `Customer_3cx_data` (`Apikey` is a reseller
    /// secret: it never leaves the client).
    fn from_wire(w: &Row) -> Result<Reseller> {
        let currency = w.non_empty("Customer_currency").ok_or_else(|| Error::decode("the editions answer names no currency"))?;
        Ok(Reseller {
            api_key: Secret::new(w.text("Apikey")),
            reseller_id: w.text("Resellerid"),
            discount: w.non_empty("Reseller_dis_per"),
            symbol: w.non_empty("Currency_symbol").unwrap_or_else(|| currency.clone()),
            rate: w.non_empty("Currency_value").unwrap_or_else(|| "1".into()),
            currency,
        })
    }

    /// The currency fields every quote needs.
    fn currency_fields(&self) -> Vec<(&'static str, String)> {
        vec![
            ("customer_currency", self.currency.clone()),
            ("customer_currency_symbol", self.symbol.clone()),
            ("currency_value", self.rate.clone()),
        ]
    }

    /// The reseller fields `edition_change` / `concurrent_license_change` check.
    fn reseller_fields(&self) -> Vec<(&'static str, String)> {
        vec![("api_key", self.api_key.expose().to_string()), ("reseller_id", self.reseller_id.clone())]
    }
}

#[cfg(test)]
mod tests {
    use super::Remembered;

    #[test]
    fn a_key_holds_its_latest_value() {
        let mut remembered = Remembered::default();
        remembered.insert("a".to_string(), 1);
        remembered.insert("b".to_string(), 2);
        remembered.insert("a".to_string(), 3);
        assert_eq!((remembered.get("a"), remembered.get("b"), remembered.get("c")), (Some(&3), Some(&2), None));
        assert_eq!(remembered.0.len(), 2);
    }
}
