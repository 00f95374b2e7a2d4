//! The steps of the order flow, as `Inner` methods: each sends one action and remembers what
//! the next step must send back (reseller data, the server's joined values).

use super::cart::ErpCartItemInput;
use super::types::*;
use std::rc::Rc;

use super::wire::{ConcurrentChange, EditionChange, OnlineOrder, PriceRow, Renewal, UpgradeInfo};
use super::{OrderCache, Reseller};
use crate::core::call_options::CallOptions;
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::lenient::Text;
use crate::core::options::whole_number;
use crate::erp::client::Inner;
use crate::erp::out::{self, Out};
use crate::core::json::Value;
use crate::erp::types::{required, ErpEdition};
use crate::erp::wire::{Action, Answer};

/// A number of simultaneous calls.
pub(super) fn calls(value: f64) -> Result<u64> {
    whole_number("simultaneousCalls", Some(value), 1, 100_000, 0).map(u64::from)
}

/// A cart line as the client just quoted it: what it is, and the server's prices as sent.
struct Priced {
    sale: ErpSaleType,
    edition: ErpEdition,
    calls: u64,
    license_key: Option<String>,
    quantity: u32,
    maintenance: u32,
    actual: Text,
    temp: Text,
    discount: Text,
    perpetual: Text,
    maintenance_price: Option<String>,
}

impl Priced {
    /// `insert_cart`'s fields, in the document's order and spelling; the discount falls back
    /// to the reseller's.
    fn fields(self, fallback_discount: Option<String>) -> Result<Vec<(&'static str, String)>> {
        let (actual, temp) = (price(&self.actual, "list price")?, price(&self.temp, "price")?);
        let mut fields = vec![
            ("product_sale_type", self.sale.wire().to_string()),
            ("quantity", self.quantity.to_string()),
            ("maintenance", self.maintenance.to_string()),
            ("simultaneous_call", self.calls.to_string()),
        ];
        fields.push(match self.license_key {
            // The document's new-license example spells it `llicense_key`, empty.
            None => ("llicense_key", String::new()),
            Some(key) => ("license_key", key),
        });
        fields.extend([
            ("edition_key", self.edition.key),
            ("dicountPercentage", self.discount.non_empty().or(fallback_discount).unwrap_or_else(|| "0".into())),
            ("temp_price", temp),
            ("actual_price", actual),
            ("perpetual", self.perpetual.non_empty().unwrap_or_else(|| "1".into())),
            ("edition", self.edition.name),
            ("temp_maintenace_price", self.maintenance_price.unwrap_or_else(|| "0".into())),
        ]);
        Ok(fields)
    }
}

/// A price the server must have sent.
fn price(text: &Text, what: &str) -> Result<String> {
    text.non_empty().ok_or_else(|| Error::decode(format!("the quote holds no {what}")))
}

impl Inner {
    /// `online_order`: the catalog; remembers the reseller data and starts a fresh order.
    pub(super) async fn catalog(&self, sale: ErpSaleType, options: &CallOptions) -> Result<Value> {
        let answer = self.send(Action::read("online_order").field("product_sale_type", sale.wire()), options).await?;
        let order: OnlineOrder = answer.record()?;
        let reseller = Reseller::from_wire(&order.reseller)?;
        let editions = order.editions.0.iter().map(|e| out::edition(e.edition_key.or_empty(), e.edition.non_empty())).collect();
        let catalog = Out::new()
            .value("editions", editions)
            .text("currency", reseller.currency.clone())
            .optional("currencySymbol", order.reseller.symbol.non_empty())
            .optional("exchangeRate", order.reseller.rate.non_empty())
            .optional("resellerDiscountPercent", reseller.discount.clone())
            .optional("resellerId", order.reseller.reseller_id.non_empty())
            .build();
        self.write_state().orders = OrderCache { reseller: Some(std::rc::Rc::new(reseller)), ..OrderCache::default() };
        Ok(catalog)
    }

    /// The reseller data, fetched with the catalog when not known yet.
    pub(super) async fn reseller(&self, options: &CallOptions) -> Result<std::rc::Rc<Reseller>> {
        let known = self.read_state().orders.reseller.clone();
        if let Some(reseller) = known {
            return Ok(reseller);
        }
        self.catalog(ErpSaleType::New, options).await?;
        let known = self.read_state().orders.reseller.clone();
        known.ok_or_else(|| Error::decode("the portal sent no reseller data"))
    }

    /// Sends a step that carries the reseller data; a refusal may mean it changed, so it is
    /// fetched again next time.
    pub(super) async fn reseller_step(&self, action: Action, options: &CallOptions) -> Result<Answer> {
        let refused = |e: &Error| matches!(e.kind, ErrorKind::Validation | ErrorKind::Api);
        let answer = self.send(action, options).await?;
        if let Some(e) = answer.refusal() {
            if refused(&e) {
                self.write_state().orders.reseller = None;
            }
            return Err(e);
        }
        Ok(answer)
    }

    /// `edition_change`: an edition's tiers (remembered for the next steps).
    pub(super) async fn tiers(&self, key: &str, options: &CallOptions) -> Result<Rc<(ErpEdition, Vec<PriceRow>)>> {
        let reseller = self.reseller(options).await?;
        let action = Action::read("edition_change")
            .field("edition_key", key)
            .fields(reseller.reseller_fields())
            .fields(reseller.currency_fields());
        let answer: EditionChange = self.reseller_step(action, options).await?.record()?;
        let key_text = Text(Some(answer.edition_key.non_empty().unwrap_or_else(|| key.to_string())));
        let found = Rc::new((edition(&key_text, &answer.edition), answer.options.0));
        self.write_state().orders.tiers.insert(key.to_string(), found.clone());
        Ok(found)
    }

    /// One tier of an edition, from what `getSimultaneousCallOptions` fetched (or fetched now).
    pub(super) async fn tier(&self, key: &str, calls: u64, options: &CallOptions) -> Result<(ErpEdition, Box<PriceRow>)> {
        let known = self.read_state().orders.tiers.get(key).cloned();
        let found = match known {
            Some(found) => found,
            None => self.tiers(key, options).await?,
        };
        let (edition, rows) = &*found;
        match rows.iter().find(|r| r.simultaneous_call.as_count() == Some(calls)) {
            Some(row) => Ok((edition.clone(), Box::new(row.clone()))),
            None => {
                let offered: Vec<String> = rows.iter().filter_map(|r| r.simultaneous_call.non_empty()).collect();
                let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
                Err(Error::invalid_input(
                    "simultaneousCalls",
                    format!("{calls} is not offered for {}; choose one of {}", edition.name, crate::core::search::joined(&offered, "", ", ")),
                ))
            }
        }
    }

    /// `concurrent_license_change`: the quote of a new license.
    pub(super) async fn new_license_quote(&self, key: &str, calls: u64, options: &CallOptions) -> Result<(ErpEdition, Box<PriceRow>)> {
        let (edition, tier) = self.tier(key, calls, options).await?;
        let reseller = self.reseller(options).await?;
        let joined = tier.value.non_empty().unwrap_or_else(|| format!("{calls}/{}", tier.temp_price.or_empty()));
        let action = Action::read("concurrent_license_change")
            .field("edition_key", edition.key.clone())
            .fields(reseller.reseller_fields())
            .fields(reseller.currency_fields())
            .field("simultaneous_call", joined);
        let answer: ConcurrentChange = self.reseller_step(action, options).await?.record()?;
        let row = answer.options.0.into_iter().next().ok_or_else(|| Error::decode("the quote holds no option"))?;
        Ok((edition, Box::new(row)))
    }

    /// `price_information_upgrade` (remembered; `fresh` asks the server again).
    pub(super) async fn upgrade_info(&self, license: &str, fresh: bool, options: &CallOptions) -> Result<Rc<UpgradeInfo>> {
        let known = self.read_state().orders.upgrades.get(license).cloned();
        if let (false, Some(info)) = (fresh, known) {
            return Ok(info);
        }
        let reseller = self.reseller(options).await?;
        let action = Action::read("price_information_upgrade")
            .field("product_sale_type", ErpSaleType::Upgrade.wire())
            .field("license_key", license)
            .fields(reseller.currency_fields());
        let info: Rc<UpgradeInfo> = Rc::new(self.send(action, options).await?.record()?);
        self.write_state().orders.upgrades.insert(license.to_string(), info.clone());
        Ok(info)
    }

    /// `simultaneous_call_change`: the quote of one upgrade.
    pub(super) async fn upgrade_quote(&self, license: &str, key: &str, calls: u64, options: &CallOptions) -> Result<Box<PriceRow>> {
        let info = self.upgrade_info(license, false, options).await?;
        let tier = info
            .tiers
            .0
            .iter()
            .find(|t| t.edition_key.or_empty().eq_ignore_ascii_case(key) && t.simultaneous_call.as_count() == Some(calls))
            .ok_or_else(|| {
                Error::invalid_input("simultaneousCalls", format!("{key} with {calls} calls is not an upgrade on offer for this license"))
            })?;
        let edition_row = info.editions.0.iter().find(|e| e.edition_key.or_empty().eq_ignore_ascii_case(key));
        let edition_joined = edition_row
            .and_then(|e| e.value.non_empty())
            .unwrap_or_else(|| format!("{key}/{}", tier.edition.or_empty()));
        let calls_joined = tier.value.non_empty().unwrap_or_else(|| format!("{calls}/{}", tier.temp_price.or_empty()));
        let reseller = self.reseller(options).await?;
        let action = Action::read("simultaneous_call_change")
            .field("product_sale_type", ErpSaleType::Upgrade.wire())
            .field("license_key", info.license_key.non_empty().unwrap_or_else(|| license.to_string()))
            .field("edition", edition_joined)
            .field("simultaneous_call", calls_joined)
            .field("actual_price", tier.actual_price.or_empty())
            .field("temp_price", tier.temp_price.or_empty())
            .field("perpetual", "1")
            .field("maintenance", "0")
            .field("quantity", "1")
            .field("temp_maintenace_price", "0")
            .fields(reseller.currency_fields());
        let mut row: Box<PriceRow> = Box::new(self.send(action, options).await?.record()?);
        if row.license_key.non_empty().is_none() {
            row.license_key = Text(Some(license.to_string()));
        }
        Ok(row)
    }

    /// `anual_renew_maintenance`: the renewal quote.
    pub(super) async fn renewal(&self, license: &str, options: &CallOptions) -> Result<Box<Renewal>> {
        let reseller = self.reseller(options).await?;
        let action = Action::read("anual_renew_maintenance")
            .field("product_sale_type", ErpSaleType::Maintenance.wire())
            .field("license_key", license)
            .fields(reseller.currency_fields());
        let mut renewal: Box<Renewal> = Box::new(self.send(action, options).await?.record()?);
        if renewal.license_key.non_empty().is_none() {
            renewal.license_key = Text(Some(license.to_string()));
        }
        Ok(renewal)
    }

    /// Quotes a cart item and returns `insert_cart`'s fields.
    pub(super) async fn cart_fields(&self, item: ErpCartItemInput, options: &CallOptions) -> Result<Vec<(&'static str, String)>> {
        let priced = match item {
            ErpCartItemInput::New(item) => {
                let key = required("editionKey", &item.edition_key)?;
                let calls = calls(item.simultaneous_calls)?;
                let quantity = whole_number("quantity", item.quantity, 1, 1000, 1)?;
                let maintenance = whole_number("extraMaintenanceYears", item.extra_maintenance_years, 0, 10, 0)?;
                let (fallback, row) = self.new_license_quote(&key, calls, options).await?;
                Priced {
                    sale: ErpSaleType::New,
                    edition: new_license_edition(&row, &fallback),
                    calls,
                    license_key: None,
                    quantity,
                    maintenance,
                    maintenance_price: row.temp_maintenace_price.non_empty(),
                    actual: row.actual_price,
                    temp: row.temp_price,
                    discount: row.discount,
                    perpetual: row.perpetual,
                }
            }
            ErpCartItemInput::Upgrade(item) => {
                let license = required("licenseKey", &item.license_key)?;
                let key = required("editionKey", &item.edition_key)?;
                let calls = calls(item.simultaneous_calls)?;
                let row = self.upgrade_quote(&license, &key, calls, options).await?;
                Priced {
                    sale: ErpSaleType::Upgrade,
                    edition: edition(&row.edition_key, &row.edition),
                    calls,
                    license_key: Some(row.license_key.or_empty()),
                    quantity: 1,
                    maintenance: 0,
                    maintenance_price: None,
                    actual: row.actual_price,
                    temp: row.temp_price,
                    discount: row.discount,
                    perpetual: row.perpetual,
                }
            }
            ErpCartItemInput::Maintenance(item) => {
                let license = required("licenseKey", &item.license_key)?;
                let years = whole_number("years", item.years, 1, 10, 1)?;
                let renewal = self.renewal(&license, options).await?;
                Priced {
                    sale: ErpSaleType::Maintenance,
                    edition: renewal_edition(&renewal),
                    calls: count(&renewal.simultaneous_calls),
                    license_key: Some(renewal.license_key.or_empty()),
                    quantity: 1,
                    maintenance: years,
                    maintenance_price: None,
                    actual: renewal.actual_price,
                    temp: renewal.temp_price,
                    discount: renewal.discount,
                    perpetual: renewal.perpetual,
                }
            }
        };
        let fallback_discount = self.read_state().orders.reseller.as_ref().and_then(|r| r.discount.clone());
        priced.fields(fallback_discount)
    }
}
