//! Resellers and their wallets: queries, a new reseller, a change, a wallet change, and rows.

use serde::Serialize;
use tsify::Tsify;

use super::{input_type, Date, Decimal, Id, InvoiceBy, PaymentBy, ResellerSortField, ResellerType, SortOrder};
use super::{TransactionCode, WalletAction};
use crate::neucrm::wire;

input_type! {
    /// Which resellers to list or count, and (for lists) in what order and how many. Every field
    /// is optional.
    pub struct ResellerQuery {
        /// Only resellers of this ISP.
        opt isp_id: Id,
        /// Only the reseller with this id.
        opt reseller_id: Id,
        /// Who invoices the customers.
        opt invoice_by: InvoiceBy = "InvoiceBy",
        /// Who collects the payments.
        opt payment_by: PaymentBy = "PaymentBy",
        /// Only plain resellers or only franchisees.
        #[serde(rename = "type")]
        opt reseller_type: ResellerType = "ResellerType",
        /// A part of the name.
        opt name: String,
        /// A part of the code.
        opt code: String,
        /// The state.
        opt state: String,
        /// Created on or after this day, `yyyy-mm-dd`.
        opt created_from: Date,
        /// Created on or before this day, `yyyy-mm-dd`.
        opt created_upto: Date,
        @sorting(ResellerSortField = "ResellerSortField"),
        @paging
    }
}

input_type! {
    /// A reseller to create. A franchisee needs `commissionPercent` and `creditLimit`.
    pub struct NewReseller {
        /// The ISP it belongs to; required unless the login user belongs to an ISP.
        opt isp_id: Id,
        /// Who invoices the customers.
        req invoice_by: InvoiceBy = "InvoiceBy",
        /// Who collects the payments.
        req payment_by: PaymentBy = "PaymentBy",
        /// A plain reseller or a franchisee.
        #[serde(rename = "type")]
        req reseller_type: ResellerType = "ResellerType",
        /// The name.
        req name: String,
        /// A short code, unique among resellers.
        req code: String,
        /// The postal address.
        opt address: String,
        /// The mobile number.
        req mobile: String,
        /// The e-mail address.
        req email: String,
        /// The state it works in; leave out for every state.
        opt state: String,
        /// A franchisee's commission, 0 to 100 percent, at most 2 decimals (`"12.5"`).
        opt commission_percent: Decimal,
        /// A franchisee's credit limit, 0 or more, at most 2 decimals.
        opt credit_limit: Decimal,
    }
}

input_type! {
    /// A change to a reseller: `resellerId` and at least one field to change.
    pub struct ResellerUpdate {
        /// The reseller to change.
        req reseller_id: Id,
        /// The reseller's ISP, as a check (the server refuses a reseller of another ISP).
        opt isp_id: Id,
        /// The name.
        opt name: String,
        /// The code, unique among resellers.
        opt code: String,
        /// The postal address.
        opt address: String,
        /// The mobile number.
        opt mobile: String,
        /// The e-mail address.
        opt email: String,
        /// The state.
        opt state: String,
        /// Who invoices the customers.
        opt invoice_by: InvoiceBy = "InvoiceBy",
        /// Who collects the payments.
        opt payment_by: PaymentBy = "PaymentBy",
        /// A plain reseller or a franchisee.
        #[serde(rename = "type")]
        opt reseller_type: ResellerType = "ResellerType",
        /// A franchisee's commission, 0 to 100 percent, at most 2 decimals.
        opt commission_percent: Decimal,
        /// A franchisee's credit limit, 0 or more, at most 2 decimals.
        opt credit_limit: Decimal,
    }
}

input_type! {
    /// Which wallet transactions to list or count. Every field is optional. They come oldest
    /// first (by id).
    pub struct WalletTransactionQuery {
        /// Only the transaction with this id.
        opt transaction_id: Id,
        /// Only transactions of this ISP.
        opt isp_id: Id,
        /// Only transactions of this reseller's wallet.
        opt reseller_id: Id,
        /// Only transactions of this kind.
        opt code: TransactionCode = "TransactionCode",
        /// Only transactions of this service.
        opt service_id: Id,
        /// Made on or after this day, `yyyy-mm-dd`.
        opt created_from: Date,
        /// Made on or before this day, `yyyy-mm-dd`.
        opt created_upto: Date,
        @paging
    }
}

input_type! {
    /// A change to a franchisee's wallet.
    pub struct WalletUpdate {
        /// The reseller or franchisee whose wallet changes.
        req reseller_id: Id,
        /// The reseller's ISP, as a check.
        opt isp_id: Id,
        /// What to do.
        req action: WalletAction = "WalletAction",
        /// How much, at most 2 decimals: more than 0 for `"TopUp"` and `"Settlement"`, not 0 (and
        /// negative to take money out) for `"Adj"`.
        req amount: Decimal,
    }
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
