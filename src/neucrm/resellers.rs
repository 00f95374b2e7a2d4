//! Reseller and wallet methods of `NeuCrmClient`.

use js_sys::Promise;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{list_methods, numeric_id, Answer, NeuCrmClient};
use super::types::*;
use super::wire::{self, Route};

list_methods!(
    ResellerList,
    "Promise<Resellers>",
    "ResellerQuery",
    "AsyncIterableIterator<Reseller>",
    #[doc = " Resellers and franchisees matching `query`, in the order asked: at most `limit` rows"]
    #[doc = " (default 10) from `offset`. A `limit` over 100 is fetched 100 rows per request."]
    list_resellers = "listResellers",
    #[doc = " How many resellers match the filters of `query` (its sorting and paging are ignored)."]
    count_resellers = "countResellers",
    #[doc = " Every reseller matching `query`, for `for await`, fetched 100 per request (from"]
    #[doc = " `offset`, stopping after `limit` rows when given)."]
    iterate_resellers = "iterateResellers",
);

list_methods!(
    TransactionList,
    "Promise<WalletTransactions>",
    "WalletTransactionQuery",
    "AsyncIterableIterator<WalletTransaction>",
    #[doc = " Movements of franchisee wallets matching `query`, oldest first: at most `limit` rows"]
    #[doc = " (default 10) from `offset`. A `limit` over 100 is fetched 100 rows per request."]
    list_wallet_transactions = "listWalletTransactions",
    #[doc = " How many wallet transactions match the filters of `query` (its paging is ignored)."]
    count_wallet_transactions = "countWalletTransactions",
    #[doc = " Every wallet transaction matching `query`, oldest first, for `for await`, fetched 100"]
    #[doc = " per request (from `offset`, stopping after `limit` rows when given)."]
    iterate_wallet_transactions = "iterateWalletTransactions",
);

#[wasm_bindgen]
impl NeuCrmClient {
    /// Creates a reseller or franchisee and returns its id. A franchisee needs
    /// `commissionPercent` (0 to 100) and `creditLimit` (0 or more); both are checked before
    /// sending. A login user of a reseller gets a `forbidden` error.
    #[wasm_bindgen(js_name = createReseller, unchecked_return_type = "Promise<CreatedRecord>")]
    pub fn create_reseller(
        &self,
        reseller: Ts<NewReseller>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = input("reseller", reseller.into()).and_then(|value| wire::new_reseller(&value));
        self.send("createReseller", Route::ResellerCreate, Answer::Created, fields, options)
    }

    /// Changes a reseller (only the fields given). A `not_found` error for an unknown reseller.
    #[wasm_bindgen(js_name = updateReseller, unchecked_return_type = "Promise<void>")]
    pub fn update_reseller(
        &self,
        change: Ts<ResellerUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = input("change", change.into()).and_then(|value| wire::reseller_update(&value));
        self.send("updateReseller", Route::ResellerUpdate, Answer::Done, fields, options)
    }

    /// Deletes a reseller. The server refuses (an `api` error) while it still has customers.
    #[wasm_bindgen(js_name = deleteReseller, unchecked_return_type = "Promise<void>")]
    pub fn delete_reseller(
        &self,
        #[wasm_bindgen(js_name = resellerId, unchecked_param_type = "string | number")] reseller_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = numeric_id("resellerId", &reseller_id).map(|id| wire::reseller_delete(&id));
        self.send("deleteReseller", Route::ResellerDelete, Answer::Done, fields, options)
    }

    /// Tops up, settles or adjusts a franchisee's wallet; the new balance shows in
    /// `listResellers` and the movement in `listWalletTransactions`. Never retried.
    #[wasm_bindgen(js_name = updateWallet, unchecked_return_type = "Promise<void>")]
    pub fn update_wallet(
        &self,
        change: Ts<WalletUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let fields = input("change", change.into()).and_then(|value| wire::wallet_update(&value));
        self.send("updateWallet", Route::WalletUpdate, Answer::Done, fields, options)
    }
}
