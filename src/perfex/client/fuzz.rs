//! The Perfex answer decoders, fuzzed from the documented samples (see `core::fuzz`).

use super::{caller_row, decoded, list_json, one_json};
use crate::core::fuzz::{self, Decoded, Decoder, Route};
use crate::perfex::types::*;
use crate::perfex::wire::{self, Expect};

/// A list operation: what `list` hands to JS, each row converted.
fn list<W: wire::Read + 'static, T: for<'a> From<&'a W> + ToJson + 'static>() -> Decoder {
    Box::new(|reply| {
        let json = list_json(reply, W::keys, caller_row::<W, T>)?;
        Ok(Decoded { rows: json.as_array().map(Vec::len), json: (&json).into() })
    })
}

/// A single-record operation: what `one` hands to JS.
fn one<W: wire::Read + 'static, T: for<'a> From<&'a W> + ToJson + 'static>() -> Decoder {
    Box::new(|reply| Ok(Decoded { json: (&one_json(reply, W::keys, caller_row::<W, T>)?).into(), rows: None }))
}

/// A write: its confirmation.
fn confirm() -> Decoder {
    Box::new(|reply| Ok(Decoded::one(&wire::confirm(reply)?)))
}

/// Signing in: the ids and whether there is a token.
fn login() -> Decoder {
    Box::new(|reply| {
        let data = decoded::<wire::LoginData>(reply, Expect::One)?;
        Ok(Decoded::one(&(data.client_id.or_empty(), data.contact_id.or_empty(), data.token.non_empty().is_some())))
    })
}

macro_rules! sample {
    ($file:literal) => {
        ($file, include_str!(concat!("../../../tests/fixtures/perfex/", $file)))
    };
}

fn routes() -> Vec<Route> {
    let route = |(name, text): (&'static str, &'static str), lenient, decode| Route::new(name, text, lenient, decode);
    let rows = Some("/data");
    let record = Some("/data");
    vec![
        route(sample!("client_menu.json"), rows, list::<wire::MenuItem, ClientMenuItem>()),
        route(sample!("contracts.json"), rows, list::<wire::Contract, Contract>()),
        route(sample!("departments.json"), rows, list::<wire::IdName, Named>()),
        route(sample!("estimates.json"), rows, list::<wire::Estimate, Estimate>()),
        route(sample!("invoices.json"), rows, list::<wire::Invoice, Invoice>()),
        route(sample!("knowledge_base.json"), rows, list::<wire::KbGroup, KnowledgeBaseGroup>()),
        route(sample!("knowledge_base_group.json"), rows, list::<wire::KbGroup, KnowledgeBaseGroup>()),
        route(sample!("project_tasks.json"), rows, list::<wire::Task, Task>()),
        route(sample!("projects.json"), rows, list::<wire::Project, Project>()),
        route(sample!("proposals.json"), rows, list::<wire::Proposal, Proposal>()),
        route(sample!("services.json"), rows, list::<wire::IdName, Named>()),
        route(sample!("ticket_priorities.json"), rows, list::<wire::IdName, Named>()),
        route(sample!("tickets.json"), rows, list::<wire::Ticket, Ticket>()),
        route(sample!("error_404.json"), None, list::<wire::Ticket, Ticket>()).with_status(404),
        route(sample!("contract.json"), record, one::<wire::Contract, ContractDetail>()),
        route(sample!("estimate.json"), record, one::<wire::Estimate, EstimateDetail>()),
        route(sample!("invoice.json"), record, one::<wire::Invoice, InvoiceDetail>()),
        route(sample!("project.json"), record, one::<wire::Project, ProjectDetail>()),
        route(sample!("proposal.json"), record, one::<wire::Proposal, ProposalDetail>()),
        route(sample!("ticket.json"), record, one::<wire::Ticket, TicketDetail>()),
        route(sample!("knowledge_base_article.json"), record, one::<wire::KbArticle, KnowledgeBaseArticle>()),
        route(sample!("login.json"), record, login()),
        route(sample!("error_403.json"), None, one::<wire::Ticket, TicketDetail>()).with_status(403),
        route(sample!("contract_comment_added.json"), None, confirm()),
        route(sample!("proposal_comment_added.json"), None, confirm()),
        route(sample!("register.json"), None, confirm()),
        route(sample!("register_refused.json"), None, confirm()),
        route(sample!("task_added.json"), None, confirm()),
        route(sample!("task_updated.json"), None, confirm()),
        route(sample!("ticket_added.json"), None, confirm()),
        route(sample!("ticket_reply_added.json"), None, confirm()),
    ]
}

#[test]
fn perfex_decoders_survive_mutated_samples() {
    fuzz::run("perfex", &routes());
}
