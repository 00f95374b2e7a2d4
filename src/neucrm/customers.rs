//! Customer methods of `NeuCrmClient`.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{call_options, list_methods, numeric_id, NeuCrmClient, BACKEND};
use super::types::*;
use super::wire::{self, Route};
use crate::core::js::{input, output, run};

list_methods!(
    CustomerList,
    Customers,
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
    #[wasm_bindgen(js_name = createCustomer)]
    pub async fn create_customer(
        &self,
        customer: Ts<NewCustomer>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<CreatedRecord>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "createCustomer", &secrets, async move {
            let fields = wire::new_customer(&input("customer", customer.into())?)?;
            output(&inner.create(Route::CustomerCreate, fields, &call_options(options)?).await?)
        })
        .await
    }

    /// Changes a customer (only the fields given); `resetPortalPassword: true` issues a new
    /// customer-portal password. A `not_found` error for an unknown customer.
    #[wasm_bindgen(js_name = updateCustomer)]
    pub async fn update_customer(
        &self,
        change: Ts<CustomerUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Done>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "updateCustomer", &secrets, async move {
            let fields = wire::customer_update(&input("change", change.into())?)?;
            output(&inner.change(Route::CustomerUpdate, fields, &call_options(options)?).await?)
        })
        .await
    }

    /// Deletes a customer. A `not_found` error for an unknown customer.
    #[wasm_bindgen(js_name = deleteCustomer)]
    pub async fn delete_customer(
        &self,
        #[wasm_bindgen(js_name = customerId, unchecked_param_type = "string | number")] customer_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Done>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "deleteCustomer", &secrets, async move {
            let fields = wire::customer_delete(&numeric_id("customerId", &customer_id)?);
            output(&inner.change(Route::CustomerDelete, fields, &call_options(options)?).await?)
        })
        .await
    }
}
