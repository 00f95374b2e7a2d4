//! `ErpClient`'s ticket methods.

use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::types::*;
use super::{CLOSED_TICKETS, OPEN_TICKETS};
use crate::core::body::Upload;
use crate::core::error::{Error, Result};
use crate::core::js::record_id;
use crate::erp::out::{Out, Row};
use crate::core::json::Value;
use crate::core::fields::read_input_beside;
use crate::erp::client::{ErpClient, Work};
use crate::erp::types::{required, ErpIterateOptions, ErpPaging};
use crate::erp::wire::{refusal, Action, Route};

#[wasm_bindgen]
impl ErpClient {
    /// How many tickets are open, closed and in all (`ticket_count`).
    #[wasm_bindgen(js_name = ticketCounts, unchecked_return_type = "Promise<ErpTicketCounts>")]
    pub fn ticket_counts(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("ticket_count"), options, |answer| {
            if answer.is_empty() {
                return Ok(ticket_counts(None));
            }
            Ok(ticket_counts(Some(&answer.row()?.record("List")?)))
        });
        self.perform("ticketCounts", Ok(work))
    }

    /// A page of the open tickets, newest first (`open_ticket`).
    #[wasm_bindgen(js_name = listOpenTickets, unchecked_return_type = "Promise<ErpTicketPage>")]
    pub fn list_open_tickets(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listOpenTickets", &OPEN_TICKETS, paging, options)
    }

    /// Every open ticket: `for await (const ticket of client.iterateOpenTickets())`.
    #[wasm_bindgen(js_name = iterateOpenTickets, unchecked_return_type = "AsyncIterableIterator<ErpTicketSummary>")]
    pub fn iterate_open_tickets(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateOpenTickets", &OPEN_TICKETS, iteration, options)
    }

    /// A page of the closed tickets, newest first (`closed_ticket`).
    #[wasm_bindgen(js_name = listClosedTickets, unchecked_return_type = "Promise<ErpTicketPage>")]
    pub fn list_closed_tickets(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpPaging")] paging: Option<Ts<ErpPaging>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.list("listClosedTickets", &CLOSED_TICKETS, paging, options)
    }

    /// Every closed ticket: `for await (const ticket of client.iterateClosedTickets())`.
    #[wasm_bindgen(js_name = iterateClosedTickets, unchecked_return_type = "AsyncIterableIterator<ErpTicketSummary>")]
    pub fn iterate_closed_tickets(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpIterateOptions")] iteration: Option<Ts<ErpIterateOptions>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<JsValue, JsValue> {
        self.iterate_all("iterateClosedTickets", &CLOSED_TICKETS, iteration, options)
    }

    /// One ticket with its thread (`getTicketInfo`), by id or number; `not_found` when the
    /// customer has no such ticket.
    #[wasm_bindgen(js_name = getTicket, unchecked_return_type = "Promise<ErpTicketDetail>")]
    pub fn get_ticket(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] ticket: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = record_id("ticket", &ticket).map(|id| {
            let action = Action::read("getTicketInfo").route(Route::Ticket).customer_in(None).field("ticket_id", id);
            Work::send(action, options, |answer| ticket_detail(&answer.decode()))
        });
        self.perform("getTicket", work)
    }

    /// Opens a ticket (`create_ticket`); with attachments it goes as multipart to the
    /// server's `index_new.php`. Never retried automatically.
    #[wasm_bindgen(js_name = createTicket, unchecked_return_type = "Promise<ErpCreatedTicket>")]
    pub fn create_ticket(
        &self,
        ticket: Ts<ErpNewTicket>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let inner = &self.inner;
        let work = (|| {
            let (ticket, attachments) = read_input_beside::<ErpNewTicket>("ticket", &ticket.into(), "attachments")?;
            let subject = required("subject", &ticket.subject)?;
            let message = required("message", &ticket.message)?;
            let department = match ticket.department_id.non_empty() {
                Some(d) if d.trim().bytes().all(|b| b.is_ascii_digit()) => Some(d.trim().to_string()),
                Some(_) => return Err(Error::invalid_input("departmentId", "must be a department's number")),
                None => None,
            };
            let files = uploads(&attachments)?;
            let customer = inner.customer()?;
            let action = Action::write("create_ticket")
                .route(Route::Open)
                .customer_in(Some("custs_id"))
                .field("ss", subject)
                .field("message", message)
                .field_opt("dept_id", department)
                .field_opt("name", customer.name)
                .field_opt("email", customer.email)
                .files(files);
            Ok(Work::send(action, options, |answer| {
                let created = answer.row()?;
                let created = Out::new()
                    .texts(&created, &[("id", "ticket_id"), ("number", "ticketnumber")])
                    .number("attachmentCount", created.count("attachments").unwrap_or(0));
                Ok(created.build())
            }))
        })();
        self.perform("createTicket", work)
    }

    /// Adds the customer's reply to a ticket, by its number (`reply_ticket`); a closed ticket
    /// opens again. Never retried automatically.
    #[wasm_bindgen(js_name = replyToTicket, unchecked_return_type = "Promise<ErpPostedReply>")]
    pub fn reply_to_ticket(
        &self,
        #[wasm_bindgen(js_name = ticketNumber, unchecked_param_type = "string | number")] ticket_number: JsValue,
        reply: Ts<ErpTicketReplyInput>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let inner = &self.inner;
        let work = (|| {
            let number = record_id("ticketNumber", &ticket_number)?;
            let (reply, attachments) = read_input_beside::<ErpTicketReplyInput>("reply", &reply.into(), "attachments")?;
            let message = required("message", &reply.message)?;
            let files = uploads(&attachments)?;
            let customer = inner.customer()?;
            let action = Action::write("reply_ticket")
                .route(Route::Ticket)
                .customer_in(None)
                .field("ticket_number", number)
                .field("message", message)
                .field_opt("name", customer.name)
                .files(files);
            Ok(Work::send(action, options, |answer| {
                let replied = answer.row()?;
                let replied = Out::new().optional("entryId", replied.non_empty("entry_id")).optional("message", replied.non_empty("message"));
                Ok(replied.build())
            }))
        })();
        self.perform("replyToTicket", work)
    }
}

/// The caller's files: `Blob`s or `File`s (a `File` keeps its name).
fn uploads(attachments: &JsValue) -> Result<Vec<Upload>> {
    if attachments.is_undefined() || attachments.is_null() {
        return Ok(Vec::new());
    }
    let Some(items) = crate::core::js::array_items("attachments", attachments)? else {
        return Err(Error::invalid_input("attachments", "must be an array of Blob or File objects"));
    };
    // A loop, not a `Result` collect: that brings an iterator adapter of its own.
    let mut uploads = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let blob: web_sys::Blob = item
            .dyn_into()
            .map_err(|_| Error::invalid_input("attachments", format!("item {i} is not a Blob or File")))?;
        // A File's name, read as a property: a Proxy of a File passes for one, and its `name`
        // getter then throws, which `File::name` would let unwind through wasm.
        let filename = js_sys::Reflect::get(&blob, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| format!("attachment-{}", i + 1));
        uploads.push(Upload { blob, filename });
    }
    Ok(uploads)
}

/// The ticket of a `getTicketInfo` answer, or the refusal the answer holds instead.
pub(super) fn ticket_detail(answer: &Value) -> Result<Value> {
    let result = Row::of(answer)?.record("result")?;
    let data = result.record("data")?;
    let failed = result.flag("status") == Some(false) || data.text("result_state").eq_ignore_ascii_case("failed");
    let ticket = match data.get("ticket") {
        None | Some(Value::Null) => None,
        Some(ticket) => Some(Row::of(ticket)?),
    };
    match (ticket, failed) {
        (Some(ticket), false) => detail(&ticket, &data),
        _ => Err(refusal(&data.non_empty("message").unwrap_or_else(|| "Ticket not found".into()))),
    }
}
