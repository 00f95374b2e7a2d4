//! Resellers and their wallets: queries, a new reseller, a change, a wallet change, and rows.

use tsify::Tsify;

use super::{input_type, Date, Decimal, Id, InvoiceBy, PaymentBy, ResellerSortField, ResellerType, SortOrder};
use super::{TransactionCode, WalletAction};
use crate::core::record::output_record;

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
        opt reseller_type as "type": ResellerType = "ResellerType",
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
        req reseller_type as "type": ResellerType = "ResellerType",
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
        opt reseller_type as "type": ResellerType = "ResellerType",
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

output_record! {
    /// A reseller or franchisee.
    pub struct Reseller {
        /// The reseller id.
        id: Text = "id",
        /// The ISP it belongs to.
        isp_id: Text = "ispid",
        /// A plain reseller or a franchisee (absent if the server sends a value outside that set).
        reseller_type as "type": OneOf(ResellerType) = "type",
        /// The name.
        name: Text = "name",
        /// The code.
        code: Text = "code",
        /// The postal address, if there is one.
        address: Optional = "address",
        /// The mobile number.
        mobile: Text = "mobile",
        /// The e-mail address.
        email: Text = "email",
        /// The state it works in; absent for every state.
        state: Optional = "state",
        /// Who invoices the customers (absent if the server sends a value outside the set).
        invoice_by: OneOf(InvoiceBy) = "invoice_by",
        /// Who collects the payments (absent if the server sends a value outside the set).
        payment_by: OneOf(PaymentBy) = "payment_by",
        /// The commission in percent, as a decimal string (`"12.50"`), if the server sends one.
        commission_percent: Optional = "commission_percent",
        /// The credit limit, as a decimal string, if the server sends one.
        credit_limit: Optional = "credit_limit",
        /// The wallet balance, as a decimal string (negative when the franchisee owes money), if
        /// the server sends one.
        wallet: Optional = "wallet",
        /// When it was created, as the server writes it.
        created: Text = "created",
    }
}

/// A list of resellers.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct Resellers(pub Vec<Reseller>);

output_record! {
    /// One movement of a franchisee's wallet.
    pub struct WalletTransaction {
        /// The transaction id.
        id: Text = "id",
        /// The ISP.
        isp_id: Text = "ispid",
        /// The reseller whose wallet moved.
        reseller_id: Text = "resellerid",
        /// What kind of movement (absent if the server sends a value outside the set).
        code: OneOf(TransactionCode) = "txn_code",
        /// The service concerned, if there is one.
        service_id: Reference = "serviceid",
        /// The customer concerned, if there is one.
        customer_id: Reference = "customerid",
        /// The signed amount, as a decimal string (`"-35.50"` is money out).
        amount: Text = "amount",
        /// The wallet balance after it, as a decimal string.
        balance: Text = "balance",
        /// What it was for.
        description: Text = "description",
        /// When it happened, as the server writes it.
        created: Text = "created",
    }
}

/// A list of wallet transactions.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct WalletTransactions(pub Vec<WalletTransaction>);
