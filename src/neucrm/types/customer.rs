//! Customers: the query, a new customer, a change, and the customer row.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::{CustomerSortField, CustomerType, Date, Field, Id, SortOrder, Whole};
use crate::neucrm::wire;

/// Which customers to list or count, and (for lists) in what order and how many. Every
/// field is optional; `name` and `username` take `%` and `_` wildcards.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomerQuery {
    /// Only customers of this ISP.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// Only customers of this reseller.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// Only the customer with this id.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub customer_id: Option<Field<Id>>,
    /// Only the customer of this service.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub service_id: Option<Field<Id>>,
    /// PPPoE user name; `%` stands for a run of characters and `_` for one character, e.g.
    /// `"r01%"` for names that begin with `r01`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub username: Option<Field<String>>,
    /// Only persons or only organisations.
    #[serde(default, rename = "type")]
    #[tsify(optional, type = "CustomerType")]
    pub customer_type: Option<Field<CustomerType>>,
    /// The customer's name; `%` stands for a run of characters and `_` for one, e.g. `"Ra%"`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub name: Option<Field<String>>,
    /// The mobile number.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub mobile: Option<Field<String>>,
    /// The e-mail address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub email: Option<Field<String>>,
    /// The zip or postal code.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub zipcode: Option<Field<String>>,
    /// The state.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub state: Option<Field<String>>,
    /// The city.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub city: Option<Field<String>>,
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
    #[tsify(optional, type = "CustomerSortField")]
    pub sort_by: Option<Field<CustomerSortField>>,
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

/// A customer to create. Give `ispId` and `resellerId` unless the login user belongs to an
/// ISP or a reseller (then its own is used).
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewCustomer {
    /// The ISP the customer belongs to.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub isp_id: Option<Field<Id>>,
    /// The reseller the customer belongs to.
    #[serde(default)]
    #[tsify(optional, type = "string | number")]
    pub reseller_id: Option<Field<Id>>,
    /// A person or an organisation.
    #[serde(rename = "type")]
    #[tsify(type = "CustomerType")]
    pub customer_type: Option<Field<CustomerType>>,
    /// The name (a person's first name, or the organisation's name).
    #[tsify(type = "string")]
    pub name: Option<Field<String>>,
    /// The surname.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub surname: Option<Field<String>>,
    /// Date of birth, or of registration for an organisation: `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub date_of_birth: Option<Field<Date>>,
    /// The mobile number.
    #[tsify(type = "string")]
    pub mobile: Option<Field<String>>,
    /// The e-mail address.
    #[tsify(type = "string")]
    pub email: Option<Field<String>>,
    /// The customer's own unique id (e.g. a national id number).
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub unique_id: Option<Field<String>>,
    /// The zip or postal code.
    #[tsify(type = "string")]
    pub zipcode: Option<Field<String>>,
    /// The state.
    #[tsify(type = "string")]
    pub state: Option<Field<String>>,
    /// The city.
    #[tsify(type = "string")]
    pub city: Option<Field<String>>,
    /// The street address.
    #[tsify(type = "string")]
    pub street: Option<Field<String>>,
    /// Notes.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub notes: Option<Field<String>>,
}

/// A change to a customer: `customerId` and at least one field to change. The server keeps a
/// field as it is when it is left out (so a field cannot be emptied).
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CustomerUpdate {
    /// The customer to change.
    #[tsify(type = "string | number")]
    pub customer_id: Option<Field<Id>>,
    /// A person or an organisation.
    #[serde(default, rename = "type")]
    #[tsify(optional, type = "CustomerType")]
    pub customer_type: Option<Field<CustomerType>>,
    /// The name.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub name: Option<Field<String>>,
    /// The surname.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub surname: Option<Field<String>>,
    /// Date of birth or of registration, `yyyy-mm-dd`.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub date_of_birth: Option<Field<Date>>,
    /// The mobile number.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub mobile: Option<Field<String>>,
    /// The e-mail address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub email: Option<Field<String>>,
    /// The customer's own unique id.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub unique_id: Option<Field<String>>,
    /// `true` makes the server issue a new customer-portal password.
    #[serde(default)]
    #[tsify(optional, type = "boolean")]
    pub reset_portal_password: Option<Field<bool>>,
    /// The zip or postal code.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub zipcode: Option<Field<String>>,
    /// The state.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub state: Option<Field<String>>,
    /// The city.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub city: Option<Field<String>>,
    /// The street address.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub street: Option<Field<String>>,
    /// Notes.
    #[serde(default)]
    #[tsify(optional, type = "string")]
    pub notes: Option<Field<String>>,
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
