//! Customers: the query, a new customer, a change, and the customer row.

use tsify::Tsify;

use super::{input_type, CustomerSortField, CustomerType, Date, Id, SortOrder};
use crate::core::record::output_record;

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
        opt customer_type as "type": CustomerType = "CustomerType",
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
        req customer_type as "type": CustomerType = "CustomerType",
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
        opt customer_type as "type": CustomerType = "CustomerType",
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

output_record! {
    /// A customer of the ISP.
    pub struct Customer {
        /// The customer id.
        id: Text = "id",
        /// The ISP it belongs to.
        isp_id: Text = "ispid",
        /// The reseller it belongs to.
        reseller_id: Text = "resellerid",
        /// A person or an organisation (absent if the server sends a value outside that set).
        customer_type as "type": OneOf(CustomerType) = "type",
        /// The name.
        name: Text = "name",
        /// The surname, if there is one.
        surname: Optional = "surname",
        /// Date of birth or of registration (`yyyy-mm-dd`), if known.
        date_of_birth: When = "dob",
        /// The mobile number.
        mobile: Text = "mobile",
        /// The e-mail address.
        email: Text = "email",
        /// The customer's own unique id, if there is one.
        unique_id: Optional = "uniqueid",
        /// The zip or postal code.
        zipcode: Text = "zipcode",
        /// The state.
        state: Text = "state",
        /// The city.
        city: Text = "city",
        /// The street address.
        street: Text = "street",
        /// Notes, if there are some.
        notes: Optional = "notes",
        /// The customer's service, if there is one.
        service_id: Reference = "serviceid",
        /// The PPPoE user name of that service, if there is one.
        username: Optional = "username",
        /// When the customer was created, as the server writes it (`"2024-03-31 09:15:00"`).
        created: Text = "created",
        /// When the portal password was last reset, if it was.
        portal_password_reset_at: When = "portal_password_reset_at",
    }
}

/// A list of customers.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct Customers(pub Vec<Customer>);
