//! Customers: the query, a new customer, a change, and the customer row.

use serde::Serialize;
use tsify::Tsify;

use super::{input_type, CustomerSortField, CustomerType, Date, Id, SortOrder};
use crate::neucrm::wire;

input_type! {
    /// Which customers to list or count, and (for lists) in what order and how many. Every
    /// field is optional; `name` and `username` take `%` and `_` wildcards.
    pub struct CustomerQuery {
        /// Only customers of this ISP.
        opt isp_id: Id,
        /// Only customers of this reseller.
        opt reseller_id: Id,
        /// Only the customer with this id.
        opt customer_id: Id,
        /// Only the customer of this service.
        opt service_id: Id,
        /// PPPoE user name; `%` stands for a run of characters and `_` for one character, e.g.
        /// `"r01%"` for names that begin with `r01`.
        opt username: String,
        /// Only persons or only organisations.
        #[serde(rename = "type")]
        opt customer_type: CustomerType = "CustomerType",
        /// The customer's name; `%` stands for a run of characters and `_` for one, e.g. `"Ra%"`.
        opt name: String,
        /// The mobile number.
        opt mobile: String,
        /// The e-mail address.
        opt email: String,
        /// The zip or postal code.
        opt zipcode: String,
        /// The state.
        opt state: String,
        /// The city.
        opt city: String,
        /// Created on or after this day, `yyyy-mm-dd`.
        opt created_from: Date,
        /// Created on or before this day, `yyyy-mm-dd`.
        opt created_upto: Date,
        @sorting(CustomerSortField = "CustomerSortField"),
        @paging
    }
}

input_type! {
    /// A customer to create. Give `ispId` and `resellerId` unless the login user belongs to an
    /// ISP or a reseller (then its own is used).
    pub struct NewCustomer {
        /// The ISP the customer belongs to.
        opt isp_id: Id,
        /// The reseller the customer belongs to.
        opt reseller_id: Id,
        /// A person or an organisation.
        #[serde(rename = "type")]
        req customer_type: CustomerType = "CustomerType",
        /// The name (a person's first name, or the organisation's name).
        req name: String,
        /// The surname.
        opt surname: String,
        /// Date of birth, or of registration for an organisation: `yyyy-mm-dd`.
        opt date_of_birth: Date,
        /// The mobile number.
        req mobile: String,
        /// The e-mail address.
        req email: String,
        /// The customer's own unique id (e.g. a national id number).
        opt unique_id: String,
        /// The zip or postal code.
        req zipcode: String,
        /// The state.
        req state: String,
        /// The city.
        req city: String,
        /// The street address.
        req street: String,
        /// Notes.
        opt notes: String,
    }
}

input_type! {
    /// A change to a customer: `customerId` and at least one field to change. The server keeps a
    /// field as it is when it is left out (so a field cannot be emptied).
    pub struct CustomerUpdate {
        /// The customer to change.
        req customer_id: Id,
        /// A person or an organisation.
        #[serde(rename = "type")]
        opt customer_type: CustomerType = "CustomerType",
        /// The name.
        opt name: String,
        /// The surname.
        opt surname: String,
        /// Date of birth or of registration, `yyyy-mm-dd`.
        opt date_of_birth: Date,
        /// The mobile number.
        opt mobile: String,
        /// The e-mail address.
        opt email: String,
        /// The customer's own unique id.
        opt unique_id: String,
        /// `true` makes the server issue a new customer-portal password.
        opt reset_portal_password: bool,
        /// The zip or postal code.
        opt zipcode: String,
        /// The state.
        opt state: String,
        /// The city.
        opt city: String,
        /// The street address.
        opt street: String,
        /// Notes.
        opt notes: String,
    }
}

/// A customer of the ISP.
#[derive(Tsify, Serialize, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    /// The customer id.
    pub id: String,
    /// The ISP it belongs to.
    pub isp_id: String,
    /// The reseller it belongs to.
    pub reseller_id: String,
    /// A person or an organisation (absent if the server sends a value outside that set).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub customer_type: Option<CustomerType>,
    /// The name.
    pub name: String,
    /// The surname, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub surname: Option<String>,
    /// Date of birth or of registration (`yyyy-mm-dd`), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub date_of_birth: Option<String>,
    /// The mobile number.
    pub mobile: String,
    /// The e-mail address.
    pub email: String,
    /// The customer's own unique id, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub unique_id: Option<String>,
    /// The zip or postal code.
    pub zipcode: String,
    /// The state.
    pub state: String,
    /// The city.
    pub city: String,
    /// The street address.
    pub street: String,
    /// Notes, if there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub notes: Option<String>,
    /// The customer's service, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub service_id: Option<String>,
    /// The PPPoE user name of that service, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub username: Option<String>,
    /// When the customer was created, as the server writes it (`"2024-03-31 09:15:00"`).
    pub created: String,
    /// When the portal password was last reset, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub portal_password_reset_at: Option<String>,
}

/// A list of customers.
#[derive(Tsify, Serialize)]
pub struct Customers(pub Vec<Customer>);

impl From<Vec<Customer>> for Customers {
    fn from(rows: Vec<Customer>) -> Customers {
        Customers(rows)
    }
}

impl From<&wire::Customer> for Customer {
    fn from(w: &wire::Customer) -> Customer {
        Customer {
            id: w.id.or_empty(),
            isp_id: w.ispid.or_empty(),
            reseller_id: w.resellerid.or_empty(),
            customer_type: w.kind.0.as_deref().and_then(CustomerType::from_text),
            name: w.name.or_empty(),
            surname: w.surname.non_empty(),
            date_of_birth: w.dob.non_empty().filter(|d| !d.starts_with("0000")),
            mobile: w.mobile.or_empty(),
            email: w.email.or_empty(),
            unique_id: w.uniqueid.non_empty(),
            zipcode: w.zipcode.or_empty(),
            state: w.state.or_empty(),
            city: w.city.or_empty(),
            street: w.street.or_empty(),
            notes: w.notes.non_empty(),
            service_id: w.serviceid.non_empty().filter(|s| s != "0"),
            username: w.username.non_empty(),
            created: w.created.or_empty(),
            portal_password_reset_at: w.portal_password_reset_at.non_empty().filter(|d| !d.starts_with("0000")),
        }
    }
}
