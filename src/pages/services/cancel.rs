//! Cancellation request (`POST /service/@id/cancel`): a reason, now or at the end of the paid
//! period, a confirmation that names the service and says when, sent once. A pending request is
//! shown instead of the form.

use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn CancelRequest(
    service: String,
    name: String,
    /// A request the portal already has ("End of billing period", ...).
    pending_request: Option<String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let reason = RwSignal::new(String::new());
    let immediate = RwSignal::new(false);
    let when_offered = crate::state::brand::use_config()
        .backend
        .capabilities()
        .cancel_immediately;
    let missing = RwSignal::new(false);
    let asking = RwSignal::new(false);
    let done = RwSignal::new(pending_request);
    let send = Action::new_local(move |(reason, now): &(String, bool)| {
        let api = session.api();
        let (service, reason, now) = (service.clone(), reason.clone(), *now);
        async move {
            api.cancel_service(&service, &reason, now)
                .await
                .map(|_| now)
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(now)) = send.value().get() {
            done.set(Some(
                prefs
                    .w(if now {
                        ServiceWord::CancelImmediate
                    } else {
                        ServiceWord::CancelEndOfPeriod
                    })
                    .to_string(),
            ));
        }
    });
    let when = move || {
        prefs
            .w(if immediate.get() {
                ServiceWord::CancelImmediate
            } else {
                ServiceWord::CancelEndOfPeriod
            })
            .to_lowercase()
    };
    view! {
        <section class="card vm-card" aria-labelledby="cancel-title">
            <h2 id="cancel-title">{tw(ServiceWord::CancelService)}</h2>
            {move || match done.get() {
                Some(kind) => view! {
                    <p class="banner banner--warning" role="status">{prefs.w(ServiceWord::CancelRequested).replace("{when}", &kind)}</p>
                }.into_any(),
                None => view! {
                    <form class="form" novalidate on:submit=move |ev| {
                        ev.prevent_default();
                        let ok = !reason.get_untracked().trim().is_empty();
                        missing.set(!ok);
                        if ok { asking.set(true); }
                    }>
                        <div class="field">
                            <label for="cancel-reason">{tw(ServiceWord::CancelReason)}</label>
                            <textarea id="cancel-reason" rows="3" bind:value=reason
                                aria-invalid=move || missing.get().to_string() aria-describedby="cancel-reason-error"></textarea>
                            <p class="field__error" id="cancel-reason-error">{move || missing.get().then(|| prefs.w(ServiceWord::CancelReasonRequired))}</p>
                        </div>
                        // Kdata's `cancelrequest` takes a reason only: its cancellations follow the
                        // provider's policy, so no choice is offered that would not be honoured.
                        <fieldset class="field" hidden=!when_offered>
                            <legend>{tw(ServiceWord::CancelWhen)}</legend>
                            <label class="check"><input type="radio" name="cancel-when" prop:checked=move || !immediate.get()
                                on:change=move |_| immediate.set(false)/>" "{tw(ServiceWord::CancelEndOfPeriod)}</label>
                            <label class="check"><input type="radio" name="cancel-when" prop:checked=move || immediate.get()
                                on:change=move |_| immediate.set(true)/>" "{tw(ServiceWord::CancelImmediate)}</label>
                        </fieldset>
                        <button type="submit" class="button button--danger" disabled=move || send.pending().get()>{tw(ServiceWord::CancelService)}</button>
                        {move || send.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
                    </form>
                }.into_any(),
            }}
            <ConfirmDialog id="cancel-confirm" heading=Signal::derive(move || prefs.w(ServiceWord::CancelService).to_string())
                message=Signal::derive(move || prefs.w(ServiceWord::CancelConfirm).replace("{name}", &name).replace("{when}", &when()))
                open=asking
                on_confirm=Callback::new(move |_| {
                    asking.set(false);
                    if !send.pending().get_untracked() {
                        send.dispatch_local((reason.get_untracked().trim().to_string(), immediate.get_untracked()));
                    }
                })
                on_cancel=Callback::new(move |_| asking.set(false))/>
        </section>
    }
}
