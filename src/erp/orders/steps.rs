//! The order flow as one step runner: `Inner::next` (plain code) looks at what the flow knows
//! and names the one action to send next, `Inner::absorb` (plain code) keeps what its answer
//! says, and `run` is the one async loop between them. Every order method is a `Goal` of that
//! loop, so the flow is one future with one await instead of a future per step (each with its
//! own drop glue, all inlined into one another).

use super::cart::{cart_change, ErpCartItemInput};
use super::types::*;
use std::rc::Rc;

use super::wire::{ConcurrentChange, EditionChange, OnlineOrder, PriceRow, Renewal, UpgradeInfo};
use super::{OrderCache, Reseller};
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::js::js_of;
use crate::core::json::Value;
use crate::core::lenient::Text;
use crate::core::options::whole_number;
use crate::erp::client::{call_options, Inner};
use crate::erp::out::{self, Out};
use crate::erp::types::{required, ErpEdition};
use crate::erp::wire::{Action, Answer};
use wasm_bindgen::JsValue;

/// A number of simultaneous calls.
pub(super) fn calls(value: f64) -> Result<u64> {
    whole_number("simultaneousCalls", Some(value), 1, 100_000, 0).map(u64::from)
}

/// What an order method asks, read from its arguments before anything is sent.
pub(super) enum Ask {
    /// A goal the runner can start on.
    Goal(Goal),
    /// A cart item to quote and add (its input checked when the run starts).
    Add(ErpCartItemInput),
}

/// What a run of the flow must reach.
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

/// A quote the server sent.
enum Quote {
    /// A new license: the edition of the request and the server's row.
    New(ErpEdition, PriceRow),
    /// An upgrade.
    Upgrade(PriceRow),
    /// A maintenance renewal.
    Renewal(Renewal),
}

/// What one run of the flow knows so far.
struct Run {
    goal: Goal,
    /// The edition and tiers it fetched or found remembered.
    tiers: Option<Rc<(ErpEdition, Vec<PriceRow>)>>,
    /// The upgrade information it fetched or found remembered.
    info: Option<Rc<UpgradeInfo>>,
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
pub(super) async fn run(inner: Rc<Inner>, ask: Ask, options: Option<JsValue>) -> Result<JsValue> {
    let options = call_options(options)?;
    let goal = match ask {
        Ask::Add(item) => cart_goal(item)?,
        Ask::Goal(goal) => goal,
    };
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

/// The goal of a cart item, its input checked.
fn cart_goal(item: ErpCartItemInput) -> Result<Goal> {
    Ok(match item {
        ErpCartItemInput::New(item) => {
            let key = required("editionKey", &item.edition_key)?;
            let calls = calls(item.simultaneous_calls)?;
            let quantity = whole_number("quantity", item.quantity, 1, 1000, 1)?;
            let maintenance = whole_number("extraMaintenanceYears", item.extra_maintenance_years, 0, 10, 0)?;
            Goal::Cart(Quoted::New(key, calls), quantity, maintenance)
        }
        ErpCartItemInput::Upgrade(item) => {
            let license = required("licenseKey", &item.license_key)?;
            let key = required("editionKey", &item.edition_key)?;
            Goal::Cart(Quoted::Upgrade(license, key, calls(item.simultaneous_calls)?), 1, 0)
        }
        ErpCartItemInput::Maintenance(item) => {
            let license = required("licenseKey", &item.license_key)?;
            Goal::Cart(Quoted::Renewal(license), 1, whole_number("years", item.years, 1, 10, 1)?)
        }
    })
}

/// The step that fetches the catalog for its reseller data.
fn catalog_step() -> Next {
    Next::Send(Action::read("online_order").field("product_sale_type", ErpSaleType::New.wire()), Stage::Catalog(false))
}

/// An action of a license with the currency fields.
fn license_action(name: &'static str, sale: ErpSaleType, license: &str, reseller: &Reseller) -> Action {
    Action::read(name).field("product_sale_type", sale.wire()).field("license_key", license).fields(reseller.currency_fields())
}

/// The row of `calls` among an edition's tiers.
fn pick_tier(found: &(ErpEdition, Vec<PriceRow>), calls: u64) -> Result<&PriceRow> {
    let (edition, rows) = found;
    match rows.iter().find(|r| r.simultaneous_call.as_count() == Some(calls)) {
        Some(row) => Ok(row),
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

/// `simultaneous_call_change`'s fields of one upgrade (without the currency fields).
fn upgrade_action(info: &UpgradeInfo, license: &str, key: &str, calls: u64) -> Result<Action> {
    let tier = info
        .tiers
        .0
        .iter()
        .find(|t| t.edition_key.or_empty().eq_ignore_ascii_case(key) && t.simultaneous_call.as_count() == Some(calls))
        .ok_or_else(|| Error::invalid_input("simultaneousCalls", format!("{key} with {calls} calls is not an upgrade on offer for this license")))?;
    let edition_row = info.editions.0.iter().find(|e| e.edition_key.or_empty().eq_ignore_ascii_case(key));
    let edition_joined = edition_row.and_then(|e| e.value.non_empty()).unwrap_or_else(|| format!("{key}/{}", tier.edition.or_empty()));
    let calls_joined = tier.value.non_empty().unwrap_or_else(|| format!("{calls}/{}", tier.temp_price.or_empty()));
    Ok(Action::read("simultaneous_call_change")
        .field("product_sale_type", ErpSaleType::Upgrade.wire())
        .field("license_key", info.license_key.non_empty().unwrap_or_else(|| license.to_string()))
        .field("edition", edition_joined)
        .field("simultaneous_call", calls_joined)
        .field("actual_price", tier.actual_price.or_empty())
        .field("temp_price", tier.temp_price.or_empty())
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
                    return Ok(Next::Done(call_tiers(&found.0, &found.1)));
                }
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                return Ok(Next::Send(tiers_action(key, r), Stage::Tiers(key.clone())));
            }
            Goal::Upgrades(license) => {
                if let Some(info) = &run.info {
                    return Ok(Next::Done(upgrade_options(info)));
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
                return Ok(Next::Done(match quote {
                    Quote::New(edition, row) => new_license_quote(row, edition),
                    Quote::Upgrade(row) => upgrade_quote(row),
                    Quote::Renewal(renewal) => renewal_quote(renewal),
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
                let row = pick_tier(found, *calls)?;
                let Some(r) = reseller.as_deref() else { return Ok(catalog_step()) };
                let joined = row.value.non_empty().unwrap_or_else(|| format!("{calls}/{}", row.temp_price.or_empty()));
                let action = Action::read("concurrent_license_change")
                    .field("edition_key", found.0.key.clone())
                    .fields(r.reseller_fields())
                    .fields(r.currency_fields())
                    .field("simultaneous_call", joined);
                Ok(Next::Send(action, Stage::NewQuote(found.0.clone())))
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
                let order: OnlineOrder = answer.record()?;
                let reseller = Reseller::from_wire(&order.reseller)?;
                if keep {
                    let editions = order.editions.0.iter().map(|e| out::edition(e.edition_key.or_empty(), e.edition.non_empty())).collect();
                    run.result = Some(
                        Out::new()
                            .value("editions", editions)
                            .text("currency", reseller.currency.clone())
                            .optional("currencySymbol", order.reseller.symbol.non_empty())
                            .optional("exchangeRate", order.reseller.rate.non_empty())
                            .optional("resellerDiscountPercent", reseller.discount.clone())
                            .optional("resellerId", order.reseller.reseller_id.non_empty())
                            .build(),
                    );
                }
                self.write_state().orders = OrderCache { reseller: Some(Rc::new(reseller)), ..OrderCache::default() };
            }
            Stage::Tiers(key) => {
                let answer: EditionChange = answer.record()?;
                let key_text = Text(Some(answer.edition_key.non_empty().unwrap_or_else(|| key.clone())));
                let found = Rc::new((edition(&key_text, &answer.edition), answer.options.0));
                self.write_state().orders.tiers.insert(key, found.clone());
                run.tiers = Some(found);
            }
            Stage::Upgrades(license) => {
                let info: Rc<UpgradeInfo> = Rc::new(answer.record()?);
                self.write_state().orders.upgrades.insert(license, info.clone());
                run.info = Some(info);
            }
            Stage::NewQuote(edition) => {
                let answer: ConcurrentChange = answer.record()?;
                let row = answer.options.0.into_iter().next().ok_or_else(|| Error::decode("the quote holds no option"))?;
                run.quote = Some(Quote::New(edition, row));
            }
            Stage::UpgradeQuote(license) => {
                let mut row: PriceRow = answer.record()?;
                if row.license_key.non_empty().is_none() {
                    row.license_key = Text(Some(license));
                }
                run.quote = Some(Quote::Upgrade(row));
            }
            Stage::Renewal(license) => {
                let mut renewal: Renewal = answer.record()?;
                if renewal.license_key.non_empty().is_none() {
                    renewal.license_key = Text(Some(license));
                }
                run.quote = Some(Quote::Renewal(renewal));
            }
            Stage::Insert => run.result = Some(cart_change(&answer.record::<Value>()?, true)?),
        }
        Ok(())
    }
}

/// `edition_change` of an edition key.
fn tiers_action(key: &str, reseller: &Reseller) -> Action {
    Action::read("edition_change").field("edition_key", key).fields(reseller.reseller_fields()).fields(reseller.currency_fields())
}

/// `insert_cart`'s fields of a quote (of `calls` simultaneous calls unless a renewal), in the document's order and spelling; the discount falls
/// back to the reseller's.
fn cart_fields(quote: &Quote, calls: u64, quantity: u32, maintenance: u32, fallback_discount: Option<String>) -> Result<Vec<(&'static str, String)>> {
    // What each kind of quote contributes: the sale, the edition, the calls, the license key,
    // the maintenance price, and the server's prices (actual, temp, discount, perpetual).
    let (sale, edition, calls, license_key, maintenance_price, (actual, temp, discount, perpetual)) = match quote {
        Quote::New(fallback, row) => {
            (ErpSaleType::New, new_license_edition(row, fallback), calls, None, row.temp_maintenace_price.non_empty(), prices(row))
        }
        Quote::Upgrade(row) => {
            (ErpSaleType::Upgrade, edition(&row.edition_key, &row.edition), calls, Some(row.license_key.or_empty()), None, prices(row))
        }
        Quote::Renewal(r) => {
            let prices = (&r.actual_price, &r.temp_price, &r.discount, &r.perpetual);
            (ErpSaleType::Maintenance, renewal_edition(r), count(&r.simultaneous_calls), Some(r.license_key.or_empty()), None, prices)
        }
    };
    let (actual, temp) = (price(actual, "list price")?, price(temp, "price")?);
    let mut fields = vec![
        ("product_sale_type", sale.wire().to_string()),
        ("quantity", quantity.to_string()),
        ("maintenance", maintenance.to_string()),
        ("simultaneous_call", calls.to_string()),
    ];
    fields.push(match license_key {
        // The document's new-license example spells it `llicense_key`, empty.
        None => ("llicense_key", String::new()),
        Some(key) => ("license_key", key),
    });
    fields.extend([
        ("edition_key", edition.key),
        ("dicountPercentage", discount.non_empty().or(fallback_discount).unwrap_or_else(|| "0".into())),
        ("temp_price", temp),
        ("actual_price", actual),
        ("perpetual", perpetual.non_empty().unwrap_or_else(|| "1".into())),
        ("edition", edition.name),
        ("temp_maintenace_price", maintenance_price.unwrap_or_else(|| "0".into())),
    ]);
    Ok(fields)
}

/// A row's prices: actual, temp, discount, perpetual.
fn prices(row: &PriceRow) -> (&Text, &Text, &Text, &Text) {
    (&row.actual_price, &row.temp_price, &row.discount, &row.perpetual)
}

/// A price the server must have sent.
fn price(text: &Text, what: &str) -> Result<String> {
    text.non_empty().ok_or_else(|| Error::decode(format!("the quote holds no {what}")))
}
