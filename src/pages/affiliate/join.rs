//! Joining the affiliate programme: what it pays (the plans, when the portal lists them before
//! joining), then "Join", confirmed and sent once.

use super::PlanTable;
use super::affiliate_words::AffiliateWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

#[component]
pub fn Join(currency: String, on_joined: Callback<()>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    // The plans are a courtesy before joining: a portal that shows them to members only is no
    // error here.
    let plans = read(move || {
        let api = session.api_for_read();
        async move { api.commission_plans().await }
    });
    let asking = RwSignal::new(false);
    let join = Action::new_local(move |_: &()| {
        let api = session.api();
        async move { api.join_affiliates().await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = join.value().get() {
            on_joined.run(());
        }
    });
    let pending = join.pending();
    view! {
        <section class="card" aria-labelledby="affiliate-join-title">
            <h2 id="affiliate-join-title">{tw(W::Join)}</h2>
            <p>{tw(W::JoinLead)}</p>
            {move || plans.get().and_then(Result::ok).filter(|p| !p.is_empty()).map(|p| view! {
                <h3>{tw(W::Plans)}</h3>
                <PlanTable plans=p currency=currency.clone()/>
            })}
            <p><button type="button" class="button button--primary" disabled=move || pending.get()
                on:click=move |_| asking.set(true)>{tw(W::Join)}</button></p>
            {move || join.value().get().and_then(Result::err).map(|e| view! { <ErrorPanel error=e/> })}
        </section>
        <ConfirmDialog id="affiliate-join" heading=Signal::derive(move || prefs.w(W::Join).to_string())
            message=Signal::derive(move || prefs.w(W::JoinConfirm).to_string())
            confirm_label=Signal::derive(move || prefs.w(W::Join).to_string())
            open=asking
            on_confirm=Callback::new(move |_| {
                asking.set(false);
                if !pending.get_untracked() && join.value().with_untracked(|v| !matches!(v, Some(Ok(())))) {
                    join.dispatch_local(());
                }
            })
            on_cancel=Callback::new(move |_| asking.set(false))/>
    }
}
