//! The knowledge base (no sign-in needed) and the installation's lists.

use wasm_bindgen::prelude::*;

use super::{path, Convert, PerfexClient, Work, API};
use crate::core::error::{Error, ErrorKind, Result};
use crate::core::transport::Reply;
use crate::core::url::segment;
use crate::perfex::types::*;
use crate::core::json::Value;
use crate::perfex::wire::{MISC_CLIENT_MENU, MISC_DEPARTMENTS, MISC_SERVICES, MISC_TICKET_PRIORITIES};

/// A slug from the caller: a non-empty string.
fn slug(field: &str, value: &JsValue) -> Result<String> {
    crate::core::js::string(field, value)?
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.len() <= 200)
        .ok_or_else(|| Error::invalid_input(field, "must be a non-empty string"))
}

/// The articles of the groups a group's answer holds.
fn group_articles(reply: &Reply) -> Result<JsValue> {
    let groups = super::list_json(reply, KnowledgeBaseGroup::COLUMNS)?;
    let groups = groups.as_array().map(Vec::as_slice).unwrap_or_default();
    let articles = groups.iter().filter_map(|g| g.get("articles").and_then(Value::as_array)).flatten().cloned().collect();
    Ok(crate::core::js::js_of(&Value::Array(articles)))
}

/// The article answer; "no data" is `not_found`.
fn article(reply: &Reply) -> Result<JsValue> {
    let article = super::one_record(reply, KnowledgeBaseArticle::COLUMNS, || Error::new(ErrorKind::NotFound, "No data found"))?;
    Ok(crate::core::js::js_of(&article))
}

#[wasm_bindgen]
impl PerfexClient {
    /// Every knowledge base group that has articles, with its articles; `[]` when there are
    /// none. Needs no sign-in.
    #[wasm_bindgen(js_name = listKnowledgeBaseArticles, unchecked_return_type = "Promise<KnowledgeBaseGroups>")]
    pub fn list_knowledge_base_articles(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::Public(api!("/knowledge_base").to_string(), Convert::List(KnowledgeBaseGroup::COLUMNS));
        self.perform("listKnowledgeBaseArticles", Ok(work), options)
    }

    /// The articles of one knowledge base group, by the group's slug; `[]` when the group
    /// has none (or there is no such group). Needs no sign-in.
    #[wasm_bindgen(js_name = listKnowledgeBaseGroupArticles, unchecked_return_type = "Promise<KnowledgeBaseArticles>")]
    pub fn list_knowledge_base_group_articles(
        &self,
        #[wasm_bindgen(js_name = "groupSlug", unchecked_param_type = "string")] group_slug: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let path = slug("groupSlug", &group_slug).map(|slug| path(API, &["/knowledge_base/group/", &segment(&slug)]));
        self.perform("listKnowledgeBaseGroupArticles", path.map(|path| Work::Public(path, Convert::With(group_articles))), options)
    }

    /// One knowledge base article by its slug; a `not_found` error when there is no such
    /// article. Needs no sign-in.
    #[wasm_bindgen(js_name = getKnowledgeBaseArticle, unchecked_return_type = "Promise<KnowledgeBaseArticle>")]
    pub fn get_knowledge_base_article(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] slug: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let path = self::slug("slug", &slug).map(|slug| path(API, &["/knowledge_base/article/", &segment(&slug)]));
        self.perform("getKnowledgeBaseArticle", path.map(|path| Work::Public(path, Convert::With(article))), options)
    }

    /// The parts of the customer area this contact may use (invoices, support, ...);
    /// `[]` when there are none.
    #[wasm_bindgen(js_name = getClientMenu, unchecked_return_type = "Promise<ClientMenu>")]
    pub fn get_client_menu(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("getClientMenu", MISC_CLIENT_MENU, Convert::List(ClientMenuItem::COLUMNS), options)
    }

    /// The support departments a ticket can go to (`createTicket`'s `department`).
    #[wasm_bindgen(js_name = listDepartments, unchecked_return_type = "Promise<Departments>")]
    pub fn list_departments(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("listDepartments", MISC_DEPARTMENTS, Convert::List(Named::COLUMNS), options)
    }

    /// The services a ticket can concern (`createTicket`'s `service`).
    #[wasm_bindgen(js_name = listServices, unchecked_return_type = "Promise<Services>")]
    pub fn list_services(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("listServices", MISC_SERVICES, Convert::List(Named::COLUMNS), options)
    }

    /// The priorities a ticket can have (`createTicket`'s `priority`).
    #[wasm_bindgen(js_name = listTicketPriorities, unchecked_return_type = "Promise<TicketPriorities>")]
    pub fn list_ticket_priorities(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("listTicketPriorities", MISC_TICKET_PRIORITIES, Convert::List(Named::COLUMNS), options)
    }
}
