//! A BoxBilling licence order's key and bindings (`order/service`), with "Reset licence"
//! (`servicelicense/reset`): confirmed with what it forgets, sent once, and the licence read
//! again. Offered only for an active licence that is bound to something.

use crate::components::async_view::AsyncView;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::licence::{BindingKind, Licence};
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

fn kind_word(kind: BindingKind) -> ServiceWord {
    match kind {
        BindingKind::Ips => ServiceWord::BindingIps,
        BindingKind::Hosts => ServiceWord::BindingHosts,
        BindingKind::Paths => ServiceWord::BindingPaths,
        BindingKind::Versions => ServiceWord::BindingVersions,
    }
}

/// The section.
#[component]
pub fn LicenceSection(
    /// The order's id.
    service: String,
    /// The order's name, for the confirmation.
    name: String,
) -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let s1 = service.clone();
    let data = read(move || {
        let api = session.api_for_read();
        let id = s1.clone();
        async move { api.licence(&id).await }
    });
    let asking = RwSignal::new(false);
    let reset = Action::new_local(move |_: &()| {
        let api = session.api();
        let id = service.clone();
        async move { api.reset_licence(&id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = reset.value().get() {
            data.refetch();
        }
    });
    let shown = move |licence: Licence| {
        let bound = licence.is_bound();
        view! {
            <p class="muted">{tw(ServiceWord::LicenceLead)}</p>
            <dl class="invoice__meta">
                <div><dt>{tw(ServiceWord::LicenceKey)}</dt><dd><code data-figure="licence-key">{licence.key.clone()}</code></dd></div>
                <div><dt>{tw(ServiceWord::LicenceLastCheck)}</dt><dd>{licence.last_check.clone().unwrap_or_else(|| prefs.w(ServiceWord::LicenceNeverChecked).to_string())}</dd></div>
            </dl>
            <div class="table-scroll">
                // On a phone each binding is a small block (the address tables' layout).
                <table class="table address-table">
                    <tbody>
                        {licence.bindings.iter().map(|b| {
                            let values = if b.values.is_empty() {
                                prefs.w(ServiceWord::BindingNone).to_string()
                            } else {
                                b.values.join(", ")
                            };
                            let checked = if b.checked { ServiceWord::BindingChecked } else { ServiceWord::BindingNotChecked };
                            view! { <tr>
                                <th scope="row">{tw(kind_word(b.kind))}</th>
                                <td>{values}</td>
                                <td>{tw(checked)}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {if bound {
                view! {
                    <p><button type="button" class="button button--secondary"
                        disabled=move || reset.pending().get()
                        on:click=move |_| asking.set(true)>{tw(ServiceWord::ResetLicence)}</button></p>
                }.into_any()
            } else {
                view! { <p class="muted">{tw(ServiceWord::LicenceUnbound)}</p> }.into_any()
            }}
        }
    };
    view! {
        <section class="card" aria-labelledby="licence-title">
            <h2 id="licence-title">{tw(ServiceWord::LicenceTitle)}</h2>
            <AsyncView resource=data let:licence skeleton_lines=4>
                {shown(licence)}
            </AsyncView>
            {move || match reset.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(ServiceWord::LicenceReset)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
        <ConfirmDialog id="licence-reset"
            heading=Signal::derive(move || prefs.w(ServiceWord::ResetLicence).to_string())
            message=Signal::derive(move || prefs.w(ServiceWord::ResetLicenceConfirm).replace("{name}", &name))
            confirm_label=Signal::derive(move || prefs.w(ServiceWord::ResetLicence).to_string())
            open=Signal::derive(move || asking.get())
            on_confirm=Callback::new(move |_| {
                asking.set(false);
                if !reset.pending().get_untracked() {
                    reset.dispatch_local(());
                }
            })
            on_cancel=Callback::new(move |_| asking.set(false))/>
    }
}
