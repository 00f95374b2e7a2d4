//! The knowledge base (no sign-in needed) and the installation's lists.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::{rows, PerfexClient, API, BACKEND};
use crate::core::error::{Error, ErrorKind};
use crate::core::js::{output, run};
use crate::core::url::segment;
use crate::perfex::types::*;
use crate::perfex::wire::{self, misc, Expect};

/// `/customers_api/v1/miscellaneous/group/<group>`.
fn misc_path(group: &str) -> String {
    format!("{API}/miscellaneous/group/{group}")
}

/// A slug from the caller: a non-empty string.
fn slug(field: &str, value: &JsValue) -> crate::core::error::Result<String> {
    crate::core::js::string(field, value)?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.len() <= 200)
        .ok_or_else(|| Error::invalid_input(field, "must be a non-empty string"))
}

#[wasm_bindgen]
impl PerfexClient {
    /// Every knowledge base group that has articles, with its articles; `[]` when there are
    /// none. Needs no sign-in.
    #[wasm_bindgen(js_name = listKnowledgeBaseArticles)]
    pub async fn list_knowledge_base_articles(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<KnowledgeBaseGroups>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "listKnowledgeBaseArticles", &[], async move {
            let groups: Vec<wire::KbGroup> = rows(&inner.public(format!("{API}/knowledge_base"), options).await?)?;
            output(&KnowledgeBaseGroups(groups.iter().map(KnowledgeBaseGroup::from).collect()))
        })
        .await
    }

    /// The articles of one knowledge base group, by the group's slug; `[]` when the group
    /// has none (or there is no such group). Needs no sign-in.
    #[wasm_bindgen(js_name = listKnowledgeBaseGroupArticles)]
    pub async fn list_knowledge_base_group_articles(
        &self,
        #[wasm_bindgen(js_name = "groupSlug", unchecked_param_type = "string")] group_slug: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<KnowledgeBaseArticles>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "listKnowledgeBaseGroupArticles", &[], async move {
            let path = format!("{API}/knowledge_base/group/{}", segment(&slug("groupSlug", &group_slug)?));
            let groups: Vec<wire::KbGroup> = rows(&inner.public(path, options).await?)?;
            let articles = groups.iter().flat_map(|g| g.articles.0.iter()).map(KnowledgeBaseArticleSummary::from).collect();
            output(&KnowledgeBaseArticles(articles))
        })
        .await
    }

    /// One knowledge base article by its slug; a `not_found` error when there is no such
    /// article. Needs no sign-in.
    #[wasm_bindgen(js_name = getKnowledgeBaseArticle)]
    pub async fn get_knowledge_base_article(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] slug: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<KnowledgeBaseArticle>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getKnowledgeBaseArticle", &[], async move {
            let path = format!("{API}/knowledge_base/article/{}", segment(&self::slug("slug", &slug)?));
            let reply = inner.public(path, options).await?;
            // An unknown slug is 200 with `data: null`.
            let article = wire::decode(&reply, Expect::One)?
                .map(|e| e.data::<wire::KbArticle>())
                .transpose()?
                .flatten()
                .ok_or_else(|| Error::new(ErrorKind::NotFound, "No data found"))?;
            output(&KnowledgeBaseArticle::from(&article))
        })
        .await
    }

    /// The parts of the customer area this contact may use (invoices, support, ...);
    /// `[]` when there are none.
    #[wasm_bindgen(js_name = getClientMenu)]
    pub async fn get_client_menu(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ClientMenu>, JsValue> {
        self.fetch_list::<wire::MenuItem, _, _>("getClientMenu", || Ok(misc_path(misc::CLIENT_MENU)), ClientMenu, options).await
    }

    /// The support departments a ticket can go to (`createTicket`'s `department`).
    #[wasm_bindgen(js_name = listDepartments)]
    pub async fn list_departments(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Departments>, JsValue> {
        self.fetch_list::<wire::IdName, _, _>("listDepartments", || Ok(misc_path(misc::DEPARTMENTS)), Departments, options).await
    }

    /// The services a ticket can concern (`createTicket`'s `service`).
    #[wasm_bindgen(js_name = listServices)]
    pub async fn list_services(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Services>, JsValue> {
        self.fetch_list::<wire::IdName, _, _>("listServices", || Ok(misc_path(misc::SERVICES)), Services, options).await
    }

    /// The priorities a ticket can have (`createTicket`'s `priority`).
    #[wasm_bindgen(js_name = listTicketPriorities)]
    pub async fn list_ticket_priorities(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<TicketPriorities>, JsValue> {
        self.fetch_list::<wire::IdName, _, _>("listTicketPriorities", || Ok(misc_path(misc::TICKET_PRIORITIES)), TicketPriorities, options)
            .await
    }
}
