//! Request bodies: JSON, JSON sent as `text/plain` (no CORS preflight), form-urlencoded, multipart.

use wasm_bindgen::JsValue;
use web_sys::{Blob, FormData};

use crate::core::error::{Error, Result};
use crate::core::url::form_encode;

/// A file to upload: a `Blob` or `File` from the caller, with the name to send.
#[derive(Clone)]
pub struct Upload {
    pub blob: Blob,
    pub filename: String,
}

/// One field of a multipart body.
#[derive(Clone)]
pub enum PartValue {
    Text(String),
    File(Upload),
}

/// What a request carries.
#[derive(Clone, Default)]
pub enum Body {
    #[default]
    Empty,
    /// JSON text sent as `text/plain;charset=UTF-8`: a "simple" CORS request, no preflight.
    PlainJson(String),
    /// `application/x-www-form-urlencoded`.
    Form(Vec<(String, String)>),
    /// `multipart/form-data` (the browser sets the boundary).
    Multipart(Vec<(String, PartValue)>),
}

impl Body {
    /// The Content-Type header to send, if the browser does not set it itself.
    pub fn content_type(&self) -> Option<&'static str> {
        match self {
            Body::Empty | Body::Multipart(_) => None,
            Body::PlainJson(_) => Some("text/plain;charset=UTF-8"),
            Body::Form(_) => Some("application/x-www-form-urlencoded"),
        }
    }

    /// The value to hand to `fetch` (built anew for every attempt).
    pub fn to_js(&self) -> Result<Option<JsValue>> {
        Ok(match self {
            Body::Empty => None,
            Body::PlainJson(text) => Some(JsValue::from_str(text)),
            Body::Form(pairs) => Some(JsValue::from_str(&form_encode(pairs))),
            Body::Multipart(parts) => {
                let form = FormData::new().map_err(|_| Error::invalid_input("attachments", "FormData is not available"))?;
                for (name, value) in parts {
                    let added = match value {
                        PartValue::Text(text) => form.append_with_str(name, text),
                        PartValue::File(file) => form.append_with_blob_and_filename(name, &file.blob, &file.filename),
                    };
                    added.map_err(|_| Error::invalid_input(name, "could not be added to the upload"))?;
                }
                Some(form.into())
            }
        })
    }
}
