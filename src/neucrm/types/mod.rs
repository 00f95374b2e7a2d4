//! What the caller of `NeuCrmClient` sends and receives: camelCase names, ids as strings,
//! counts as numbers, money as decimal strings, closed sets as string unions.

mod customer;
mod field;
mod input;
mod reseller;

pub use customer::*;
pub use field::*;
pub use reseller::*;

use tsify::Tsify;

use crate::core::options::ClientOptions;
use field::closed_set;
use input::input_type;

/// Options of a `NeuCrmClient` (the common ones are read by `ClientOptions::settings_from_js`,
/// the login field by field; this type exists for its TypeScript declaration).
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NeuCrmOptions {
    #[serde(flatten)]
    pub common: ClientOptions,
    /// The numeric id of the CRM login user (not the user name), e.g. `5`.
    #[tsify(type = "string | number")]
    pub user_id: Option<Field<Id>>,
    /// The api key of that user. It stays in memory, travels only inside request bodies and is
    /// never written into an error.
    #[tsify(type = "string")]
    pub api_key: Option<Field<String>>,
}

closed_set! {
    /// Whether a customer is a person or an organisation.
    CustomerType { Individual = "Individual", Organisation = "Organisation" }
}

closed_set! {
    /// The direction of a sorted list.
    SortOrder { Asc = "asc", Desc = "desc" }
}

closed_set! {
    /// What a list of customers can be sorted by.
    CustomerSortField { Id = "id", Name = "name", Mobile = "mobile", Email = "email" }
}

closed_set! {
    /// What a list of resellers can be sorted by.
    ResellerSortField {
        Id = "id",
        IspId = "ispId",
        Type = "type",
        Name = "name",
        Code = "code",
        State = "state",
        Wallet = "wallet",
    }
}

closed_set! {
    /// Who sends the invoices to a reseller's customers.
    InvoiceBy { Isp = "ISP", Reseller = "Reseller" }
}

closed_set! {
    /// Who collects the payments of a reseller's customers.
    PaymentBy { Isp = "ISP", Reseller = "Reseller", IspAndReseller = "ISP+Reseller" }
}

closed_set! {
    /// A plain reseller, or a franchisee (which has a commission, a credit limit and a wallet).
    ResellerType { Reseller = "Reseller", Franchisee = "Franchisee" }
}

closed_set! {
    /// What a wallet transaction was.
    TransactionCode {
        /// An invoice charged to the wallet.
        Invoice = "Invoice",
        /// A customer's payment credited to the wallet.
        Payment = "Payment",
        /// A top-up.
        Topup = "Topup",
        /// A settlement (money taken out).
        Settlement = "Settlement",
        /// A manual adjustment, either way.
        Adj = "Adj",
    }
}

closed_set! {
    /// A change to a franchisee's wallet.
    WalletAction {
        /// Adds a positive amount.
        TopUp = "TopUp",
        /// Takes a positive amount out.
        Settlement = "Settlement",
        /// Adds a signed, non-zero amount (negative to take out).
        Adj = "Adj",
    }
}

/// The id the server gave a new record.
#[allow(dead_code)]
#[derive(Tsify, Clone, Debug, PartialEq, Eq)]
pub struct CreatedRecord {
    /// The new record's id, e.g. `"1243"`.
    pub id: String,
}
