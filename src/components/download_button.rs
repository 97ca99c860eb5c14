//! "Download PDF": fetches the document through the API client (so the token stays in the
//! Authorization header, never in a URL) and hands it to the browser as a file. Errors show next
//! to the button.

use crate::api::ApiError;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::state::prefs::use_prefs;
use crate::state::session::use_session;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which document to download.
#[derive(Clone, Debug, PartialEq)]
pub enum Document {
    /// An invoice's PDF, by id; the file is named after the number.
    Invoice { id: String, number: String },
    /// An estimate's PDF, by id.
    Estimate { id: String },
    /// A file attached to a ticket message, saved under its own name.
    TicketAttachment { file: String, name: String },
    /// A file from the provider's downloads, by id, saved under its own name; `label` is the
    /// button's words.
    Download {
        id: String,
        name: String,
        label: String,
    },
}

impl Document {
    fn filename(&self) -> String {
        match self {
            Document::Invoice { number, .. } => format!("invoice-{}.pdf", number.replace('/', "-")),
            Document::Estimate { id } => format!("estimate-{id}.pdf"),
            // A name from the portal: no folders, no hidden file.
            Document::TicketAttachment { name, .. } | Document::Download { name, .. } => {
                let base = name
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or("")
                    .trim_start_matches('.');
                if base.is_empty() {
                    "attachment".to_string()
                } else {
                    base.to_string()
                }
            }
        }
    }

    fn mime(&self) -> &'static str {
        match self {
            Document::TicketAttachment { .. } | Document::Download { .. } => {
                "application/octet-stream"
            }
            _ => "application/pdf",
        }
    }
}

/// Offers `bytes` as a download named `filename`.
pub fn save(bytes: &[u8], filename: &str, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoke after the click has been handled; the download keeps its own reference.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The button.
#[component]
pub fn DownloadButton(
    /// The document.
    doc: Document,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let fetch = Action::new_local(move |doc: &Document| {
        let api = session.api_for_read();
        let doc = doc.clone();
        async move {
            let bytes = match &doc {
                Document::Invoice { id, .. } => api.invoice_pdf(id).await?,
                Document::Estimate { id } => api.estimate_pdf(id).await?,
                Document::TicketAttachment { file, .. } => api.ticket_attachment(file).await?,
                Document::Download { id, .. } => api.download_file(id).await?,
            };
            save(&bytes, &doc.filename(), doc.mime())
                .map_err(|_| ApiError::Decode("the browser refused the download".into()))
        }
    });
    let pending = fetch.pending();
    let label = match &doc {
        Document::TicketAttachment { name, .. } => Some(name.clone()),
        Document::Download { label, .. } => Some(label.clone()),
        _ => None,
    };
    view! {
        <button type="button" class="button button--secondary no-print"
            disabled=move || pending.get() aria-busy=move || pending.get().to_string()
            on:click=move |_| { fetch.dispatch_local(doc.clone()); }>
            {move || match (pending.get(), &label) {
                (true, _) => prefs.t(Msg::Downloading).to_string(),
                (false, Some(name)) => name.clone(),
                (false, None) => prefs.t(Msg::DownloadPdf).to_string(),
            }}
        </button>
        {move || match fetch.value().get() {
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }),
            _ => None,
        }}
    }
}
