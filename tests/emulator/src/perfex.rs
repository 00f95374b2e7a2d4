//! Emulation of the Perfex CRM "REST API for Customers" module (`/perfex/customers_api/v1/…`),
//! as `shared/seeds/002_…txt` documents it and as `shared/api-notes.md` §3 says the real module
//! behaves (the notes win where the two differ).
//!
//! # Routes and status codes
//!
//! Paths are below `/customers_api/v1`. On every route: an unknown path → 404 HTML page; a method
//! the route does not implement → 405 `{"status":false,"error":"Unknown method"}`; ANY query
//! parameter → 500 HTML page (a database error, as the real server gives). Token routes answer 401
//! `{"status":false,"message":…}` for a missing token ("Token is not defined."), a malformed or
//! foreign one (the JWT library's text), one older than 7 days ("Token Time Expire.") and one
//! replaced by a newer login or logged out ("You've been logged out. Login in to continue.").
//! `status` is always (HTTP code == 200). Lists answer 404 `{"status":false,"message":"No data found"}`
//! when empty; ids that are unknown, not numeric or another customer's answer the same 404.
//!
//! | method & path | token | codes |
//! | --- | --- | --- |
//! | POST `/authentication` (`email`, `password`) | no | 200, 400 bad credentials / inactive, 422 missing field |
//! | GET `/logout` (POST → 405) | yes | 200, 401 |
//! | POST `/register` | no | 200 `{"status":true,"message":"Registration is not enabled"}` |
//! | GET `/estimates`, `/estimates/id/:id` | yes | 200, 401, 403, 404 |
//! | GET `/proposals`, `/proposals/id/:id` | yes | 200, 401, 403, 404 |
//! | POST `/proposals/id/:id/group/proposals_comment` (`content`) | yes | 200, 401, 403 (no permission or comments closed), 404, 422 |
//! | GET `/projects`, `/projects/id/:id` | yes | 200, 401, 403, 404 |
//! | GET `/projects/id/:id/group/:group` | yes | 200, 401, 403 (feature off in the project settings), 404 |
//! | POST `/projects/id/:id/group/tasks` (`name`, `startdate`, `duedate`, `priority`, `description`, `assignees[]`) | yes | 200, 401, 403, 404, 422 |
//! | PUT `/projects/id/:id/group/tasks` (`id` + fields to change) | yes | 200, 401, 403 (editing off, or a task the contact did not create), 404, 422 |
//! | GET `/invoices`, `/invoices/id/:id` | yes | 200, 401, 403, 404 |
//! | GET `/tickets`, `/tickets/id/:id` | yes | 200, 401, 403, 404 |
//! | POST `/tickets` (`subject`, `department`, `priority`, `message`, `project_id`, `service`, file parts) | yes | 200, 401, 403, 422 |
//! | POST `/tickets/add_reply/:id` (`message`, file parts) | yes | 200, 401, 403, 404, 422 |
//! | GET `/contracts`, `/contracts/id/:id` | yes | 200, 401, 403, 404 |
//! | POST `/contracts/id/:id/group/contract_comment` (`content`) | yes | 200, 401, 403, 404, 422 |
//! | GET `/knowledge_base`, `/knowledge_base/group/:slug`, `/knowledge_base/article/:slug` | no | 200 (`data: null` when nothing matches) |
//! | GET `/miscellaneous/group/{client_menu,departments,get_services,get_ticket_priorities}` | yes | 200, 401, 404 |
//! | GET `/perfex/download/file/ticket/:attachment_id` (outside `customers_api`, as in Perfex) | yes | 200 raw bytes, 401, 403, 404 HTML |
//!
//! Project groups: `tasks`, `timesheets`, `milestones`, `files`, `discussions` (and the document's
//! spelling `discusssions`), `proposals`, `estimates`, `invoices`, `subscriptions`, `expenses`,
//! `credit_notes`, `tickets`, `contracts` (lists), `create_task_data` (an object: `priorities`,
//! `milestones`, `project_members`). Any other group → 404 "No data found".
//!
//! Bodies: JSON when `Content-Type: application/json`; for POST also urlencoded and multipart (only
//! with their Content-Type, as PHP fills `$_POST`); a PUT that is not JSON is read as urlencoded.
//! Seed data: see `perfex/seed.rs`.

mod api;
mod db;
mod render;
mod seed;
mod token;
mod util;

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use crate::http::{Request, Response};

/// The state of one Perfex installation (one per scope).
pub struct Perfex {
    db: db::Db,
    /// The one live token of each contact (contact id → token).
    sessions: HashMap<u64, String>,
    /// Every token this installation ever issued (the stand-in for signature verification).
    issued: HashSet<String>,
    /// Counts logins; part of each token's signature so tokens never repeat.
    serial: u64,
}

/// Where a path leads.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Route {
    Login,
    Logout,
    Register,
    Estimates(Option<String>),
    Proposals(Option<String>),
    ProposalGroup(String, String),
    Projects(Option<String>),
    ProjectGroup(String, String),
    Invoices(Option<String>),
    Tickets(Option<String>),
    TicketReply(String),
    Contracts(Option<String>),
    ContractGroup(String, String),
    KnowledgeBase,
    KnowledgeBaseGroup(String),
    KnowledgeBaseArticle(String),
    Miscellaneous(String),
    Download(String),
}

fn route(path: &str) -> Option<Route> {
    let segs: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    if let ["download", "file", "ticket", id] = segs.as_slice() {
        return Some(Route::Download(id.to_string()));
    }
    let rest = match segs.as_slice() {
        ["customers_api", "v1", rest @ ..] => rest,
        _ => return None,
    };
    let one = |id: &&str| Some(id.to_string());
    Some(match rest {
        ["authentication"] => Route::Login,
        ["logout"] => Route::Logout,
        ["register"] => Route::Register,
        ["estimates"] | ["estimates", "id"] => Route::Estimates(None),
        ["estimates", "id", id] => Route::Estimates(one(id)),
        ["proposals"] | ["proposals", "id"] => Route::Proposals(None),
        ["proposals", "id", id] => Route::Proposals(one(id)),
        ["proposals", "id", id, "group", g] => Route::ProposalGroup(id.to_string(), g.to_string()),
        ["projects"] | ["projects", "id"] => Route::Projects(None),
        ["projects", "id", id] => Route::Projects(one(id)),
        ["projects", "id", id, "group", g] => Route::ProjectGroup(id.to_string(), g.to_string()),
        ["invoices"] | ["invoices", "id"] => Route::Invoices(None),
        ["invoices", "id", id] => Route::Invoices(one(id)),
        ["tickets"] | ["tickets", "id"] => Route::Tickets(None),
        ["tickets", "id", id] => Route::Tickets(one(id)),
        ["tickets", "add_reply", id] => Route::TicketReply(id.to_string()),
        ["contracts"] | ["contracts", "id"] => Route::Contracts(None),
        ["contracts", "id", id] => Route::Contracts(one(id)),
        ["contracts", "id", id, "group", g] => Route::ContractGroup(id.to_string(), g.to_string()),
        ["knowledge_base"] | ["knowledge_base", "group"] | ["knowledge_base", "article"] => Route::KnowledgeBase,
        ["knowledge_base", "group", slug] => Route::KnowledgeBaseGroup(slug.to_string()),
        ["knowledge_base", "article", slug] => Route::KnowledgeBaseArticle(slug.to_string()),
        ["miscellaneous", "group", g] => Route::Miscellaneous(g.to_string()),
        _ => return None,
    })
}

/// Whether the route's controller implements this method.
fn allowed(route: &Route, method: &str) -> bool {
    match route {
        Route::Login | Route::Register | Route::ProposalGroup(..) | Route::ContractGroup(..) | Route::TicketReply(_) => {
            method == "POST"
        }
        Route::Tickets(None) => method == "GET" || method == "POST",
        Route::ProjectGroup(_, g) => method == "GET" || (g == "tasks" && (method == "POST" || method == "PUT")),
        _ => method == "GET",
    }
}

impl Perfex {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        Perfex { db: seed::seed(), sessions: HashMap::new(), issued: HashSet::new(), serial: 0 }
    }

    /// Adds `count` made-up tickets to customer 1 (see `seed::bulk_tickets`).
    pub fn add_tickets(&mut self, count: u64) {
        let first = db::next_id(self.db.tickets.iter(), "ticketid");
        self.db.tickets.extend(seed::bulk_tickets(first, count));
    }

    /// Answers one request whose path has the `/perfex` prefix removed.
    pub fn handle(&mut self, req: &Request) -> Response {
        let Some(route) = route(&req.path) else {
            return Response::unknown_path();
        };
        if !allowed(&route, &req.method) {
            return util::unknown_method();
        }
        if let Some((name, _)) = req.query.first() {
            return util::query_param_error(name);
        }
        let answer = match route {
            Route::Login => self.login(req),
            Route::Logout => self.logout(req),
            Route::Register => Ok(util::ok_message("Registration is not enabled")),
            Route::Estimates(id) => self.estimates(req, id.as_deref()),
            Route::Proposals(id) => self.proposals(req, id.as_deref()),
            Route::ProposalGroup(id, group) => self.proposal_comment(req, &id, &group),
            Route::Projects(id) => self.projects(req, id.as_deref()),
            Route::ProjectGroup(id, group) => match req.method.as_str() {
                "POST" => self.task_create(req, &id),
                "PUT" => self.task_update(req, &id),
                _ => self.project_group(req, &id, &group),
            },
            Route::Invoices(id) => self.invoices(req, id.as_deref()),
            Route::Tickets(None) if req.method == "POST" => self.ticket_create(req),
            Route::Tickets(id) => self.tickets(req, id.as_deref()),
            Route::TicketReply(id) => self.ticket_reply(req, &id),
            Route::Contracts(id) => self.contracts(req, id.as_deref()),
            Route::ContractGroup(id, group) => self.contract_comment(req, &id, &group),
            Route::KnowledgeBase => Ok(self.knowledge_base(None)),
            Route::KnowledgeBaseGroup(slug) => Ok(self.knowledge_base(Some(&slug))),
            Route::KnowledgeBaseArticle(slug) => Ok(self.knowledge_base_article(&slug)),
            Route::Miscellaneous(group) => self.miscellaneous(req, &group),
            Route::Download(id) => self.download(req, &id),
        };
        answer.unwrap_or_else(|r| r)
    }
}

impl Default for Perfex {
    fn default() -> Self {
        Perfex::new()
    }
}
