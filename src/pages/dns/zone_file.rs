//! Zone-file export (download, copy) and import (paste or upload): the file is read in the
//! browser, each unusable line is listed with its problem, and the differences from the live zone
//! are previewed before they are staged. Replacing (removing what the file lacks) is opt-in.

use super::dns_words::DnsWord;
use crate::dns::Record;
use crate::dns::changeset::Change;
use crate::dns::zonefile::{self, Imported};
use crate::state::prefs::{tw, use_prefs};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn download(text: &str, filename: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// The panel.
#[component]
pub fn ZoneFilePanel(
    /// The zone's ASCII name.
    origin: String,
    /// The live records.
    live: Signal<Vec<Record>>,
    /// Stages the previewed changes.
    on_stage: Callback<Vec<Change>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let text = RwSignal::new(String::new());
    let replace = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let origin_export = origin.clone();
    let export_text = move || live.with(|l| zonefile::export(&origin_export, l));
    let origin_import = origin.clone();
    let parsed = Memo::new(move |_| {
        let t = text.get();
        if t.trim().is_empty() {
            None
        } else {
            Some(zonefile::import(&t, &origin_import))
        }
    });
    let origin_diff = origin.clone();
    let preview = Memo::new(move |_| {
        parsed.with(|p| {
            p.as_ref().map(|Imported { records, .. }| {
                live.with(|l| zonefile::diff(l, records, &origin_diff, replace.get()))
            })
        })
    });
    let filename = format!("{origin}.zone");
    let export_for_download = export_text.clone();
    let export_for_copy = export_text.clone();
    view! {
        <section class="card" aria-labelledby="zonefile-title">
            <h2 id="zonefile-title">{tw(DnsWord::DnsZoneFile)}</h2>
            <div class="zonefile__export">
                <button type="button" class="button button--secondary"
                    on:click=move |_| download(&export_for_download(), &filename)>{tw(DnsWord::DnsExport)}</button>
                <button type="button" class="button button--secondary" on:click=move |_| {
                    let text = export_for_copy();
                    let clipboard = window().navigator().clipboard();
                    let _ = clipboard.write_text(&text);
                    copied.set(true);
                }>{tw(DnsWord::DnsCopy)}</button>
                <span role="status" class="muted">{move || copied.get().then(|| prefs.w(DnsWord::DnsCopied))}</span>
            </div>
            <div class="field field--wide">
                <label for="zonefile-import">{tw(DnsWord::DnsImportLabel)}</label>
                <textarea id="zonefile-import" rows="6" spellcheck="false" class="mono" bind:value=text></textarea>
            </div>
            <div class="field">
                <label for="zonefile-upload">{tw(DnsWord::DnsUpload)}</label>
                <input id="zonefile-upload" type="file" accept=".zone,.txt,.db,text/plain" on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        leptos::task::spawn_local(async move {
                            if let Ok(t) = wasm_bindgen_futures::JsFuture::from(file.text()).await
                                && let Some(s) = t.as_string()
                            {
                                text.set(s);
                            }
                        });
                    }
                }/>
            </div>
            <label class="checkbox zonefile__replace">
                <input type="checkbox" prop:checked=move || replace.get() on:change=move |ev| replace.set(event_target_checked(&ev))/>
                {tw(DnsWord::DnsReplace)}
            </label>
            {move || parsed.get().map(|p| {
                let errors = p.errors.clone();
                let changes = preview.get().unwrap_or_default();
                let count = changes.len();
                let to_stage = changes.clone();
                view! {
                    <div class="zonefile__preview" role="region" aria-label=tw(DnsWord::DnsImportPreview)>
                        <p>{move || prefs.w(DnsWord::DnsImportSummary)
                            .replace("{records}", &p.records.len().to_string())
                            .replace("{changes}", &count.to_string())}</p>
                        {(!errors.is_empty()).then(|| view! {
                            <ul class="zonefile__errors">
                                {errors.into_iter().map(|e| view! {
                                    <li class="field__error">{move || prefs.w(DnsWord::DnsLineError).replace("{line}", &e.line.to_string())}": "{e.message.clone()}</li>
                                }).collect_view()}
                            </ul>
                        })}
                        <ul class="diff">
                            {changes.iter().map(|c| match c {
                                Change::Add(r) => view! { <li class="diff__item diff__item--add"><code>{format!("+ {} {} {} {}", r.owner(), r.ttl, r.rtype, r.content)}</code></li> }.into_any(),
                                Change::Delete(r) => view! { <li class="diff__item diff__item--remove"><code>{format!("− {} {} {} {}", r.owner(), r.ttl, r.rtype, r.content)}</code></li> }.into_any(),
                                Change::Edit { before, after } => view! { <li class="diff__item diff__item--change"><code>{format!("~ {} {} TTL {} → {}", before.owner(), before.rtype, before.ttl, after.ttl)}</code></li> }.into_any(),
                            }).collect_view()}
                        </ul>
                        <button type="button" class="button button--primary" disabled=count == 0
                            on:click=move |_| { on_stage.run(to_stage.clone()); text.set(String::new()); }>
                            {move || prefs.w_n(DnsWord::DnsStageImport, count as i64)}
                        </button>
                    </div>
                }
            })}
        </section>
    }
}
