//! Resellers and their wallets: queries, a new reseller, a change, a wallet change, and rows.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::{Date, Decimal, Field, Id, InvoiceBy, PaymentBy, ResellerSortField, ResellerType, SortOrder, TransactionCode};
use super::{WalletAction, Whole};
use crate::neucrm::wire;

/// Which resellers to list or count, and (for lists) in what order and how many. Every field
/// is optional.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResellerQuery {
    /// Only resellers of this ISP.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// Only the reseller with this id.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// Who invoices the customers.
    #[serde(default)]
    #[tsify(optional, type = "InvoiceBy")]
    pub invoice_by: Option<Field<InvoiceBy>>,
    /// Who collects the payments.
    #[serde(default)]
    #[tsify(optional, type = "PaymentBy")]
    pub payment_by: Option<Field<PaymentBy>>,
    /// Only plain resellers or only franchisees.
    #[serde(default, rename = "type")]
    #[tsify(optional, type = "ResellerType")]
    pub reseller_type: Option<Field<ResellerType>>,
    /// A part of the name.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub name: Option<Field<String>>,
    /// A part of the code.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub code: Option<Field<String>>,
    /// The state.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub state: Option<Field<String>>,
    /// Created on or after this day, `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub created_from: Option<Field<Date>>,
    /// Created on or before this day, `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub created_upto: Option<Field<Date>>,
    /// What to sort by (default `"id"`). Ignored by counts.
    #[serde(default)]
    #[tsify(optional, type = "ResellerSortField")]
    pub sort_by: Option<Field<ResellerSortField>>,
    /// Ascending or descending (default `"asc"`). Ignored by counts.
    #[serde(default)]
    #[tsify(optional, type = "SortOrder")]
    pub sort_order: Option<Field<SortOrder>>,
    /// At most this many rows (default 10, up to 10000; more than 100 are fetched in several
    /// requests). Ignored by counts; for iteration, where to stop.
    #[serde(default)]
    #[tsify(optional, type = "number")]
    pub limit: Option<Field<Whole>>,
    /// Skip this many rows first (default 0). Ignored by counts.
    #[serde(default)]
    #[tsify(optional, type = "number")]
    pub offset: Option<Field<Whole>>,
}

/// A reseller to create. A franchisee needs `commissionPercent` and `creditLimit`.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewReseller {
    /// The ISP it belongs to; required unless the login user belongs to an ISP.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// Who invoices the customers.
    #[tsify(type = "InvoiceBy")]
    pub invoice_by: Option<Field<InvoiceBy>>,
    /// Who collects the payments.
    #[tsify(type = "PaymentBy")]
    pub payment_by: Option<Field<PaymentBy>>,
    /// A plain reseller or a franchisee.
    #[serde(rename = "type")]
    #[tsify(type = "ResellerType")]
    pub reseller_type: Option<Field<ResellerType>>,
    /// The name.
    #[tsify(type = "string")]
    pub name: Option<Field<String>>,
    /// A short code, unique among resellers.
    #[tsify(type = "string")]
    pub code: Option<Field<String>>,
    /// The postal address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub address: Option<Field<String>>,
    /// The mobile number.
    #[tsify(type = "string")]
    pub mobile: Option<Field<String>>,
    /// The e-mail address.
    #[tsify(type = "string")]
    pub email: Option<Field<String>>,
    /// The state it works in; leave out for every state.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub state: Option<Field<String>>,
    /// A franchisee's commission, 0 to 100 percent, at most 2 decimals (`"12.5"`).
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub commission_percent: Option<Field<Decimal>>,
    /// A franchisee's credit limit, 0 or more, at most 2 decimals.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub credit_limit: Option<Field<Decimal>>,
}

/// A change to a reseller: `resellerId` and at least one field to change.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResellerUpdate {
    /// The reseller to change.
    #[tsify(type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// The reseller's ISP, as a check (the server refuses a reseller of another ISP).
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// The name.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub name: Option<Field<String>>,
    /// The code, unique among resellers.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub code: Option<Field<String>>,
    /// The postal address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub address: Option<Field<String>>,
    /// The mobile number.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub mobile: Option<Field<String>>,
    /// The e-mail address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub email: Option<Field<String>>,
    /// The state.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub state: Option<Field<String>>,
    /// Who invoices the customers.
    #[serde(default)]
    #[tsify(optional, type = "InvoiceBy")]
    pub invoice_by: Option<Field<InvoiceBy>>,
    /// Who collects the payments.
    #[serde(default)]
    #[tsify(optional, type = "PaymentBy")]
    pub payment_by: Option<Field<PaymentBy>>,
    /// A plain reseller or a franchisee.
    #[serde(default, rename = "type")]
    #[tsify(optional, type = "ResellerType")]
    pub reseller_type: Option<Field<ResellerType>>,
    /// A franchisee's commission, 0 to 100 percent, at most 2 decimals.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub commission_percent: Option<Field<Decimal>>,
    /// A franchisee's credit limit, 0 or more, at most 2 decimals.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub credit_limit: Option<Field<Decimal>>,
}

/// Which wallet transactions to list or count. Every field is optional. They come oldest
/// first (by id).
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WalletTransactionQuery {
    /// Only the transaction with this id.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub transaction_id: Option<Field<Id>>,
    /// Only transactions of this ISP.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// Only transactions of this reseller's wallet.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// Only transactions of this kind.
    #[serde(default)]
    #[tsify(optional, type = "TransactionCode")]
    pub code: Option<Field<TransactionCode>>,
    /// Only transactions of this service.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub service_id: Option<Field<Id>>,
    /// Made on or after this day, `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub created_from: Option<Field<Date>>,
    /// Made on or before this day, `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub created_upto: Option<Field<Date>>,
    /// At most this many rows (default 10, up to 10000; more than 100 are fetched in several
    /// requests). Ignored by counts; for iteration, where to stop.
    #[serde(default)]
    #[tsify(optional, type = "number")]
    pub limit: Option<Field<Whole>>,
    /// Skip this many rows first (default 0). Ignored by counts.
    #[serde(default)]
    #[tsify(optional, type = "number")]
    pub offset: Option<Field<Whole>>,
}

/// A change to a franchisee's wallet.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WalletUpdate {
    /// The reseller or franchisee whose wallet changes.
    #[tsify(type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// The reseller's ISP, as a check.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// What to do.
    #[tsify(type = "WalletAction")]
    pub action: Option<Field<WalletAction>>,
    /// How much, at most 2 decimals: more than 0 for `"TopUp"` and `"Settlement"`, not 0 (and
    /// negative to take money out) for `"Adj"`.
    #[tsify(type = "string | number")]
    pub amount: Option<Field<Decimal>>,
}

/// A reseller or franchisee.
#[derive(Tsify, Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Reseller {
    /// The reseller id.
    pub id: String,
    /// The ISP it belongs to.
    pub isp_id: String,
    /// A plain reseller or a franchisee (absent if the server sends a value outside that set).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reseller_type: Option<ResellerType>,
    /// The name.
    pub name: String,
    /// The code.
    pub code: String,
    /// The postal address, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub address: Option<String>,
    /// The mobile number.
    pub mobile: String,
    /// The e-mail address.
    pub email: String,
    /// The state it works in; absent for every state.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub state: Option<String>,
    /// Who invoices the customers (absent if the server sends a value outside the set).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub invoice_by: Option<InvoiceBy>,
    /// Who collects the payments (absent if the server sends a value outside the set).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub payment_by: Option<PaymentBy>,
    /// The commission in percent, as a decimal string (`"12.50"`), if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub commission_percent: Option<String>,
    /// The credit limit, as a decimal string, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub credit_limit: Option<String>,
    /// The wallet balance, as a decimal string (negative when the franchisee owes money), if
    /// the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub wallet: Option<String>,
    /// When it was created, as the server writes it.
    pub created: String,
}

/// A list of resellers.
#[derive(Tsify, Serialize)]
pub struct Resellers(pub Vec<Reseller>);

/// One movement of a franchisee's wallet.
#[derive(Tsify, Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WalletTransaction {
    /// The transaction id.
    pub id: String,
    /// The ISP.
    pub isp_id: String,
    /// The reseller whose wallet moved.
    pub reseller_id: String,
    /// What kind of movement (absent if the server sends a value outside the set).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub code: Option<TransactionCode>,
    /// The service concerned, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub service_id: Option<String>,
    /// The customer concerned, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub customer_id: Option<String>,
    /// The signed amount, as a decimal string (`"-35.50"` is money out).
    pub amount: String,
    /// The wallet balance after it, as a decimal string.
    pub balance: String,
    /// What it was for.
    pub description: String,
    /// When it happened, as the server writes it.
    pub created: String,
}

/// A list of wallet transactions.
#[derive(Tsify, Serialize)]
pub struct WalletTransactions(pub Vec<WalletTransaction>);

impl From<Vec<Reseller>> for Resellers {
    fn from(rows: Vec<Reseller>) -> Resellers {
        Resellers(rows)
    }
}

impl From<Vec<WalletTransaction>> for WalletTransactions {
    fn from(rows: Vec<WalletTransaction>) -> WalletTransactions {
        WalletTransactions(rows)
    }
}

fn id_or_none(text: &crate::core::lenient::Text) -> Option<String> {
    text.non_empty().filter(|s| s != "0")
}

impl From<&wire::Reseller> for Reseller {
    fn from(w: &wire::Reseller) -> Reseller {
        Reseller {
            id: w.id.or_empty(),
            isp_id: w.ispid.or_empty(),
            reseller_type: w.kind.0.as_deref().and_then(ResellerType::from_text),
            name: w.name.or_empty(),
            code: w.code.or_empty(),
            address: w.address.non_empty(),
            mobile: w.mobile.or_empty(),
            email: w.email.or_empty(),
            state: w.state.non_empty(),
            invoice_by: w.invoice_by.0.as_deref().and_then(InvoiceBy::from_text),
            payment_by: w.payment_by.0.as_deref().and_then(PaymentBy::from_text),
            commission_percent: w.commission_percent.non_empty(),
            credit_limit: w.credit_limit.non_empty(),
            wallet: w.wallet.non_empty(),
            created: w.created.or_empty(),
        }
    }
}

impl From<&wire::Transaction> for WalletTransaction {
    fn from(w: &wire::Transaction) -> WalletTransaction {
        WalletTransaction {
            id: w.id.or_empty(),
            isp_id: w.ispid.or_empty(),
            reseller_id: w.resellerid.or_empty(),
            code: w.txn_code.0.as_deref().and_then(TransactionCode::from_text),
            service_id: id_or_none(&w.serviceid),
            customer_id: id_or_none(&w.customerid),
            amount: w.amount.or_empty(),
            balance: w.balance.or_empty(),
            description: w.description.or_empty(),
            created: w.created.or_empty(),
        }
    }
}
