//! Support tickets: reading them, opening them, replying (with file attachments).

use crate::core::transport::Method;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::input::required;
use super::{path, Convert, PerfexClient, API};
use crate::core::body::{Body, PartValue, Upload};
use crate::core::error::{Error, Result};
use crate::core::fields::read_input_beside;
use crate::core::js::record_id;
use crate::core::transport::{Call, Repeat};
use crate::core::url::segment;
use crate::perfex::types::*;
use crate::perfex::wire;

#[wasm_bindgen]
impl PerfexClient {
    /// The customer's tickets, as the server orders them; `[]` when there are none.
    #[wasm_bindgen(js_name = listTickets, unchecked_return_type = "Promise<Tickets>")]
    pub fn list_tickets(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("listTickets", api!("/tickets"), Convert::List(TICKET_ROWS), options)
    }

    /// One ticket with its replies and attachments; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getTicket, unchecked_return_type = "Promise<TicketDetail>")]
    pub fn get_ticket(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_record("getTicket", "tickets", &id, TicketDetail::COLUMNS, options)
    }

    /// Opens a ticket, with files when `attachments` holds some (then it goes as
    /// multipart/form-data). The server does not say the new ticket's id (it shows in
    /// `listTickets`). Sent once, never retried.
    #[wasm_bindgen(js_name = createTicket, unchecked_return_type = "Promise<void>")]
    pub fn create_ticket(
        &self,
        ticket: Ts<NewTicket>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let build = || {
            let (TicketForm(fields), files) = read_input_beside("ticket", &ticket.into(), "attachments")?;
            ticket_call(api!("/tickets").to_string(), fields, &files)
        };
        self.submit("createTicket", build(), options)
    }

    /// Replies to a ticket (which sets it back to open), with files when `attachments`
    /// holds some. Sent once, never retried.
    #[wasm_bindgen(js_name = replyToTicket, unchecked_return_type = "Promise<void>")]
    pub fn reply_to_ticket(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        reply: Ts<NewTicketReply>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let build = || {
            let path = path(API, &["/tickets/add_reply/", &segment(&record_id("id", &id)?)]);
            let (r, files): (NewTicketReply, _) = read_input_beside("reply", &reply.into(), "attachments")?;
            ticket_call(path, vec![(wire::TICKET_MESSAGE, required("message", &r.message)?)], &files)
        };
        self.submit("replyToTicket", build(), options)
    }
}

/// The call that opens a ticket or replies to one: `fields` sent to `path`, with the caller's
/// `files` (one copy for both methods).
#[inline(never)]
fn ticket_call(path: String, fields: Vec<(&str, String)>, files: &JsValue) -> Result<Call> {
    let body = body(fields, attachments(files)?);
    Ok(Call::new(Method::POST, path, Repeat::Never).body(body))
}

/// A form, or multipart/form-data when there are files (the only way to send them).
fn body(fields: Vec<(&str, String)>, files: Vec<Upload>) -> Body {
    if files.is_empty() {
        return Body::Form(fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
    }
    let mut parts: Vec<(String, PartValue)> = fields.into_iter().map(|(k, v)| (k.to_string(), PartValue::Text(v))).collect();
    parts.extend(files.into_iter().map(|f| (wire::TICKET_ATTACHMENTS.to_string(), PartValue::File(f))));
    Body::Multipart(parts)
}

/// The `attachments` of the caller's input object: `File`/`Blob` values (not data, so they
/// are set aside from the fields and read here). A `File` keeps its name.
fn attachments(value: &JsValue) -> Result<Vec<Upload>> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let Some(items) = crate::core::js::array_items("attachments", value)? else {
        return Err(Error::invalid_input("attachments", "must be an array of File or Blob values"));
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let blob: web_sys::Blob =
                item.clone().dyn_into().map_err(|_| Error::invalid_input(&format!("attachments.{i}"), "must be a File or a Blob"))?;
            // A File's name, read as a property so that no `File` global is needed.
            let name = js_sys::Reflect::get(&item, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
            let filename = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).unwrap_or_else(|| format!("attachment-{}", i + 1));
            Ok(Upload { blob, filename })
        })
        .collect()
}
