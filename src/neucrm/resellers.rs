//! Reseller and wallet methods of `NeuCrmClient`.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{at_once, call_options, numeric_id, NeuCrmClient, ResellerList, TransactionList, BACKEND};
use super::types::*;
use super::wire::{self, Route};
use crate::core::js::{input, output, run};

#[wasm_bindgen]
impl NeuCrmClient {
    /// Resellers and franchisees matching `query`, in the order asked: at most `limit` rows
    /// (default 10) from `offset`. A `limit` over 100 is fetched 100 rows per request.
    #[wasm_bindgen(js_name = listResellers)]
    pub async fn list_resellers(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResellerQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Resellers>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "listResellers", &secrets, async move { output(&Resellers(inner.list::<ResellerList>(query, options).await?)) }).await
    }

    /// How many resellers match the filters of `query` (its sorting and paging are ignored).
    #[wasm_bindgen(js_name = countResellers)]
    pub async fn count_resellers(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResellerQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<f64, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "countResellers", &secrets, async move { inner.count::<ResellerList>(query, options).await }).await
    }

    /// Every reseller matching `query`, for `for await`, fetched 100 per request (from
    /// `offset`, stopping after `limit` rows when given).
    #[wasm_bindgen(js_name = iterateResellers, unchecked_return_type = "AsyncIterableIterator<Reseller>")]
    pub fn iterate_resellers(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ResellerQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        at_once("iterateResellers", &self.inner, self.inner.iterate::<ResellerList>("iterateResellers", query, options))
    }

    /// Creates a reseller or franchisee and returns its id. A franchisee needs
    /// `commissionPercent` (0 to 100) and `creditLimit` (0 or more); both are checked before
    /// sending. A login user of a reseller gets a `forbidden` error.
    #[wasm_bindgen(js_name = createReseller)]
    pub async fn create_reseller(
        &self,
        reseller: Ts<NewReseller>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<CreatedRecord>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "createReseller", &secrets, async move {
            let fields = wire::new_reseller(&input("reseller", reseller.into())?)?;
            output(&inner.create(Route::ResellerCreate, fields, &call_options(options)?).await?)
        })
        .await
    }

    /// Changes a reseller (only the fields given). A `not_found` error for an unknown reseller.
    #[wasm_bindgen(js_name = updateReseller)]
    pub async fn update_reseller(
        &self,
        change: Ts<ResellerUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Done>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "updateReseller", &secrets, async move {
            let fields = wire::reseller_update(&input("change", change.into())?)?;
            output(&inner.change(Route::ResellerUpdate, fields, &call_options(options)?).await?)
        })
        .await
    }

    /// Deletes a reseller. The server refuses (an `api` error) while it still has customers.
    #[wasm_bindgen(js_name = deleteReseller)]
    pub async fn delete_reseller(
        &self,
        #[wasm_bindgen(js_name = resellerId, unchecked_param_type = "string | number")] reseller_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Done>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "deleteReseller", &secrets, async move {
            let fields = wire::reseller_delete(&numeric_id("resellerId", &reseller_id)?);
            output(&inner.change(Route::ResellerDelete, fields, &call_options(options)?).await?)
        })
        .await
    }

    /// Movements of franchisee wallets matching `query`, oldest first: at most `limit` rows
    /// (default 10) from `offset`. A `limit` over 100 is fetched 100 rows per request.
    #[wasm_bindgen(js_name = listWalletTransactions)]
    pub async fn list_wallet_transactions(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WalletTransactionQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<WalletTransactions>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "listWalletTransactions", &secrets, async move {
            output(&WalletTransactions(inner.list::<TransactionList>(query, options).await?))
        })
        .await
    }

    /// How many wallet transactions match the filters of `query` (its paging is ignored).
    #[wasm_bindgen(js_name = countWalletTransactions)]
    pub async fn count_wallet_transactions(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WalletTransactionQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<f64, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "countWalletTransactions", &secrets, async move { inner.count::<TransactionList>(query, options).await }).await
    }

    /// Every wallet transaction matching `query`, oldest first, for `for await`, fetched 100
    /// per request (from `offset`, stopping after `limit` rows when given).
    #[wasm_bindgen(js_name = iterateWalletTransactions, unchecked_return_type = "AsyncIterableIterator<WalletTransaction>")]
    pub fn iterate_wallet_transactions(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "WalletTransactionQuery")] query: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let operation = "iterateWalletTransactions";
        at_once(operation, &self.inner, self.inner.iterate::<TransactionList>(operation, query, options))
    }

    /// Tops up, settles or adjusts a franchisee's wallet; the new balance shows in
    /// `listResellers` and the movement in `listWalletTransactions`. Never retried.
    #[wasm_bindgen(js_name = updateWallet)]
    pub async fn update_wallet(
        &self,
        change: Ts<WalletUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Done>, JsValue> {
        let inner = self.inner.clone();
        let secrets = inner.secrets();
        run(BACKEND, "updateWallet", &secrets, async move {
            let fields = wire::wallet_update(&input("change", change.into())?)?;
            output(&inner.change(Route::WalletUpdate, fields, &call_options(options)?).await?)
        })
        .await
    }
}
