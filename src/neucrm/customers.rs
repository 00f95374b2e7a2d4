//! Customer methods of `NeuCrmClient`.

use js_sys::Promise;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{list_methods, numeric_id, Answer, NeuCrmClient};
use super::types::*;
use super::wire::{self, Route};

list_methods!(
    CustomerList,
    "Promise<Customers>",
    "CustomerQuery",
    "AsyncIterableIterator<Customer>",
    #[doc = " Customers matching `query`, in the order asked: at most `limit` rows (default 10) from"]
    #[doc = " `offset`. A `limit` over 100 is fetched 100 rows per request."]
    list_customers = "listCustomers",
    #[doc = " How many customers match the filters of `query` (its sorting and paging are ignored)."]
    count_customers = "countCustomers",
    #[doc = " Every customer matching `query`, for `for await`, fetched 100 per request (from"]
    #[doc = " `offset`, stopping after `limit` rows when given). A failed page rejects that `next()`."]
    iterate_customers = "iterateCustomers",
);

#[wasm_bindgen]
impl NeuCrmClient {
    /// Creates a customer and returns its id. Missing required fields and values outside
    /// their sets are refused before sending (`invalid_input`).
    #[wasm_bindgen(js_name = createCustomer, unchecked_return_type = "Promise<CreatedRecord>")]
    pub fn create_customer(
        &self,
        customer: Ts<NewCustomer>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = input("customer", customer.into()).and_then(|value| wire::new_customer(&value));
        self.send("createCustomer", Route::CustomerCreate, Answer::Created, fields, options)
    }

    /// Changes a customer (only the fields given); `resetPortalPassword: true` issues a new
    /// customer-portal password. A `not_found` error for an unknown customer.
    #[wasm_bindgen(js_name = updateCustomer, unchecked_return_type = "Promise<void>")]
    pub fn update_customer(
        &self,
        change: Ts<CustomerUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = input("change", change.into()).and_then(|value| wire::customer_update(&value));
        self.send("updateCustomer", Route::CustomerUpdate, Answer::Done, fields, options)
    }

    /// Deletes a customer. A `not_found` error for an unknown customer.
    #[wasm_bindgen(js_name = deleteCustomer, unchecked_return_type = "Promise<void>")]
    pub fn delete_customer(
        &self,
        #[wasm_bindgen(js_name = customerId, unchecked_param_type = "string | number")] customer_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = numeric_id("customerId", &customer_id).map(|id| wire::customer_delete(&id));
        self.send("deleteCustomer", Route::CustomerDelete, Answer::Done, fields, options)
    }
}
