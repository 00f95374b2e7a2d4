//! The order flow as one step runner: `Inner::next` (plain code) looks at what the flow knows
//! and names the one action to send next, `Inner::absorb` (plain code) keeps what its answer
//! says, and `run` is the one async loop between them. Every order method is a `Goal` of that
//! loop, so the flow is one future with one await instead of a future per step (each with its
//! own drop glue, all inlined into one another).

use super::cart::{cart_change, cart_fields};
use super::types::*;
use std::rc::Rc;

use super::{OrderCache, Reseller};
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::js::js_of;
use crate::core::json::Value;
use crate::core::options::whole_number;
use crate::erp::client::{call_options, Inner};
use crate::erp::out::{self, Out, Row};
use crate::erp::types::ErpEdition;
use crate::erp::wire::{Action, Answer};
use wasm_bindgen::JsValue;

/// A number of simultaneous calls.
pub(super) fn calls(value: f64) -> Result<u64> {
    whole_number("simultaneousCalls", Some(value), 1, 100_000, 0).map(u64::from)
}

/// What an order method asks (what a run of the flow must reach), read and checked from its
/// arguments before anything is sent.
pub(super) enum Goal {
    /// The catalog of a kind of sale (`online_order`, always asked afresh).
    Editions(ErpSaleType),
    /// An edition's priced tiers, by its key (`edition_change`, always asked afresh).
    Tiers(String),
    /// What a license can be upgraded to (`price_information_upgrade`, always asked afresh).
    Upgrades(String),
    /// A quote, as the caller's value.
    Quote(Quoted),
    /// A quote to put in the cart with its quantity and years of maintenance.
    Cart(Quoted, u32, u32),
}

/// The quote a goal needs.
pub(super) enum Quoted {
    /// A new license: the edition's key and the simultaneous calls.
    New(String, u64),
    /// One upgrade: the license, the edition's key and the simultaneous calls.
    Upgrade(String, String, u64),
    /// A maintenance renewal of a license.
    Renewal(String),
}

/// A quote the server sent (its row).
pub(super) enum Quote {
    /// A new license: the edition of the request and the server's row.
    New(ErpEdition, Value),
    /// An upgrade, and the license of the request.
    Upgrade(Value, String),
    /// A maintenance renewal, and the license of the request.
    Renewal(Value, String),
}

impl Quote {
    /// The server's row.
    pub(super) fn row(&self) -> Result<Row<'_>> {
        match self {
            Quote::New(_, row) | Quote::Upgrade(row, _) | Quote::Renewal(row, _) => Row::of(row),
        }
    }
}

/// What one run of the flow knows so far.
struct Run {
    goal: Goal,
    /// The edition and `edition_change` answer it fetched or found remembered.
    tiers: Option<Rc<Value>>,
    /// The `price_information_upgrade` answer it fetched or found remembered.
    info: Option<Rc<Value>>,
    /// The quote it fetched.
    quote: Option<Quote>,
    /// The caller's value, once known.
    result: Option<Value>,
}

/// How to keep the answer of the action the runner sent.
enum Stage {
    /// `online_order`; `true` when the catalog is the caller's value.
    Catalog(bool),
    /// `edition_change` of this edition key.
    Tiers(String),
    /// `price_information_upgrade` of this license.
    Upgrades(String),
    /// `concurrent_license_change`, the edition of the request.
    NewQuote(ErpEdition),
    /// `simultaneous_call_change` of this license.
    UpgradeQuote(String),
    /// `anual_renew_maintenance` of this license.
    Renewal(String),
    /// `insert_cart`.
    Insert,
}

/// What the runner does next.
enum Next {
    /// Sends the action and keeps its answer as the stage says.
    Send(Action, Stage),
    /// Resolves with the caller's value.
    Done(Value),
}

/// Carries out an order method's `goal` and returns the caller's value.
pub(super) async fn run(inner: Rc<Inner>, goal: Goal, options: Option<JsValue>) -> Result<JsValue> {
    let options = call_options(options)?;
    let mut run = Run { goal, tiers: None, info: None, quote: None, result: None };
    loop {
        match inner.next(&mut run)? {
            Next::Send(action, stage) => {
                let answer = inner.send(action, &options).await?;
                inner.absorb(&mut run, stage, answer)?;
            }
            Next::Done(value) => return Ok(js_of(&value)),
        }
    }
}

/// The step that fetches the catalog for its reseller data.
fn catalog_step() -> Next {
    Next::Send(Action::read("online_order").field("product_sale_type", ErpSaleType::New.wire()), Stage::Catalog(false))
}

/// An action of a license with the currency fields.
fn license_action(name: &'static str, sale: ErpSaleType, license: &str, reseller: &Reseller) -> Action {
    Action::read(name).field("product_sale_type", sale.wire()).field("license_key", license).fields(reseller.currency_fields())
}

/// The edition of an `edition_change` answer for `key`: its key (else `key`) and name.
fn tiers_edition(answer: &Value, key: &str) -> Result<ErpEdition> {
    let row = Row::of(answer)?;
    Ok(edition(row.non_empty("edition_key").unwrap_or_else(|| key.to_string()), row.non_empty("edition")))
}

/// The tiers of an `edition_change` answer.
fn tier_rows(answer: &Value) -> Result<Vec<Row<'_>>> {
    Row::of(answer)?.list("Options")
}

/// The row of `calls` among an edition's tiers.
fn pick_tier<'a>(edition: &ErpEdition, rows: &'a [Row<'a>], calls: u64) -> Result<&'a Row<'a>> {
    match rows.iter().find(|r| r.count("simultaneous_call") == Some(calls)) {
        Some(row) => Ok(row),
        None => {
            let offered: Vec<String> = rows.iter().filter_map(|r| r.non_empty("simultaneous_call")).collect();
            let offered: Vec<&str> = offered.iter().map(String::as_str).collect();
            Err(Error::invalid_input(
                "simultaneousCalls",
                format!("{calls} is not offered for {}; choose one of {}", edition.name, crate::core::search::joined(&offered, "", ", ")),
            ))
        }
    }
}

/// `simultaneous_call_change`'s fields of one upgrade (without the currency fields).
fn upgrade_action(info: &Value, license: &str, key: &str, calls: u64) -> Result<Action> {
    let info = Row::of(info)?;
    let tiers = info.list("Simultaneouscall")?;
    let tier = tiers
        .iter()
        .find(|t| t.text("edition_key").eq_ignore_ascii_case(key) && t.count("simultaneous_call") == Some(calls))
        .ok_or_else(|| Error::invalid_input("simultaneousCalls", format!("{key} with {calls} calls is not an upgrade on offer for this license")))?;
    let editions = info.list("Edition")?;
    let edition_row = editions.iter().find(|e| e.text("edition_key").eq_ignore_ascii_case(key));
    let edition_joined = edition_row.and_then(|e| e.non_empty("value")).unwrap_or_else(|| format!("{key}/{}", tier.text("edition")));
    let calls_joined = tier.non_empty("value").unwrap_or_else(|| format!("{calls}/{}", tier.text("temp_price")));
    Ok(Action::read("simultaneous_call_change")
        .field("product_sale_type", ErpSaleType::Upgrade.wire())
        .field("license_key", license_of(&info, license))
        .field("edition", edition_joined)
        .field("simultaneous_call", calls_joined)
        .field("actual_price", tier.text("actual_price"))
        .field("temp_price", tier.text("temp_price"))
        .field("perpetual", "1")
        .field("maintenance", "0")
        .field("quantity", "1")
        .field("temp_maintenace_price", "0"))
}

impl Inner {
    /// The next action of the run, or its value when it has one.
    fn next(&self, run: &mut Run) -> Result<Next> {
        if let Some(value) = run.result.take() {
            return Ok(Next::Done(value));
        }
        let reseller = self.read_state().orders.reseller.clone();
        let quoted = match &run.goal {
            Goal::Editions(sale) => {
                return Ok(Next::Send(Action::read("online_order").field("product_sale_type", sale.wire()), Stage::Catalog(true)));
            }
            Goal::Tiers(key) => {
                if let Some(found) = &run.tiers {
                    return Ok(Next::Done(call_tiers(&tiers_edition(found, key)?, &tier_rows(found)?)));
                }
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                return Ok(Next::Send(tiers_action(key, r), Stage::Tiers(key.clone())));
            }
            Goal::Upgrades(license) => {
                if let Some(info) = &run.info {
                    return Ok(Next::Done(upgrade_options(&Row::of(info)?)?));
                }
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                return Ok(Next::Send(
                    license_action("price_information_upgrade", ErpSaleType::Upgrade, license, r),
                    Stage::Upgrades(license.clone()),
                ));
            }
            Goal::Quote(quoted) | Goal::Cart(quoted, ..) => quoted,
        };
        if let Some(quote) = &run.quote {
            let Goal::Cart(_, quantity, maintenance) = run.goal else {
                let row = quote.row()?;
                return Ok(Next::Done(match quote {
                    Quote::New(edition, _) => new_license_quote(&row, edition),
                    Quote::Upgrade(_, license) => upgrade_quote(&row, license),
                    Quote::Renewal(_, license) => renewal_quote(&row, license),
                }));
            };
            let fallback = reseller.as_ref().and_then(|r| r.discount.clone());
            let calls = match quoted {
                Quoted::New(_, calls) | Quoted::Upgrade(_, _, calls) => *calls,
                Quoted::Renewal(_) => 0,
            };
            let fields = cart_fields(quote, calls, quantity, maintenance, fallback)?;
            return Ok(Next::Send(Action::write("insert_cart").fields(fields), Stage::Insert));
        }
        match quoted {
            Quoted::New(key, calls) => {
                if run.tiers.is_none() {
                    run.tiers = self.read_state().orders.tiers.get(key).cloned();
                }
                let Some(found) = &run.tiers else {
                    let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                    return Ok(Next::Send(tiers_action(key, r), Stage::Tiers(key.clone())));
                };
                let edition = tiers_edition(found, key)?;
                let rows = tier_rows(found)?;
                let row = pick_tier(&edition, &rows, *calls)?;
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                let joined = row.non_empty("value").unwrap_or_else(|| format!("{calls}/{}", row.text("temp_price")));
                let action = Action::read("concurrent_license_change")
                    .field("edition_key", edition.key.clone())
                    .fields(r.reseller_fields())
                    .fields(r.currency_fields())
                    .field("simultaneous_call", joined);
                Ok(Next::Send(action, Stage::NewQuote(edition)))
            }
            Quoted::Upgrade(license, key, calls) => {
                if run.info.is_none() {
                    run.info = self.read_state().orders.upgrades.get(license).cloned();
                }
                let Some(info) = &run.info else {
                    let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                    let action = license_action("price_information_upgrade", ErpSaleType::Upgrade, license, r);
                    return Ok(Next::Send(action, Stage::Upgrades(license.clone())));
                };
                let action = upgrade_action(info, license, key, *calls)?;
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                Ok(Next::Send(action.fields(r.currency_fields()), Stage::UpgradeQuote(license.clone())))
            }
            Quoted::Renewal(license) => {
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                let action = license_action("anual_renew_maintenance", ErpSaleType::Maintenance, license, r);
                Ok(Next::Send(action, Stage::Renewal(license.clone())))
            }
        }
    }

    /// Keeps what the answer of the stage's action says: in the order cache (what later calls
    /// may reuse) and in the run. A refusal of a step that carries the reseller data may mean
    /// it changed, so it is fetched again next time.
    fn absorb(&self, run: &mut Run, stage: Stage, answer: Answer) -> Result<()> {
        if let Stage::Tiers(_) | Stage::NewQuote(_) = stage {
            if let Some(e) = answer.refusal() {
                if matches!(e.kind, ErrorKind::Validation | ErrorKind::Api) {
                    self.write_state().orders.reseller = None;
                }
                return Err(e);
            }
        }
        match stage {
            Stage::Catalog(keep) => {
                let order = answer.row()?;
                let editions = order.list("Edition")?;
                let wire = order.record("Customer_3cx_data")?;
                let reseller = Reseller::from_wire(&wire)?;
                if keep {
                    let editions = editions.iter().map(|e| out::edition(e.text("edition_key"), e.non_empty("edition"))).collect();
                    let catalog = Out::new().value("editions", editions).text("currency", reseller.currency.clone());
                    let catalog = catalog.optionals(&wire, &[("currencySymbol", "Currency_symbol"), ("exchangeRate", "Currency_value")]);
                    let catalog = catalog.optional("resellerDiscountPercent", reseller.discount.clone()).optional("resellerId", wire.non_empty("Resellerid"));
                    run.result = Some(catalog.build());
                }
                self.write_state().orders = OrderCache { reseller: Some(Rc::new(reseller)), ..OrderCache::default() };
            }
            Stage::Tiers(key) => {
                let value = answer.record()?;
                tier_rows(&value)?;
                let found = Rc::new(value);
                self.write_state().orders.tiers.insert(key, found.clone());
                run.tiers = Some(found);
            }
            Stage::Upgrades(license) => {
                let value = answer.record()?;
                let row = Row::of(&value)?;
                row.list("Edition")?;
                row.list("Simultaneouscall")?;
                let info = Rc::new(value);
                self.write_state().orders.upgrades.insert(license, info.clone());
                run.info = Some(info);
            }
            Stage::NewQuote(edition) => {
                let value = answer.record()?;
                let rows = Row::of(&value)?.list("Options")?;
                let row = rows.first().ok_or_else(|| Error::decode("the quote holds no option"))?;
                run.quote = Some(Quote::New(edition, row.value()));
            }
            Stage::UpgradeQuote(license) => {
                let value = answer.record()?;
                Row::of(&value)?;
                run.quote = Some(Quote::Upgrade(value, license));
            }
            Stage::Renewal(license) => {
                let value = answer.record()?;
                Row::of(&value)?;
                run.quote = Some(Quote::Renewal(value, license));
            }
            Stage::Insert => run.result = Some(cart_change(&answer.record()?, true)?),
        }
        Ok(())
    }
}

/// `edition_change` of an edition key.
fn tiers_action(key: &str, reseller: &Reseller) -> Action {
    Action::read("edition_change").field("edition_key", key).fields(reseller.reseller_fields()).fields(reseller.currency_fields())
}
