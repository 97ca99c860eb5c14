//! The SolusVM control panel login's password (BoxBilling's `servicesolusvm/change_password`):
//! separate from the server's root password, checked the same way before sending (8 to 64
//! characters, typed twice), sent once.

use super::solusvm_settings::password_problem;
use super::vm_words::VmWord;
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::Vm;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The panel.
#[component]
pub fn SolusvmPanelPassword(vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (pw, pw_again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<Msg>);
    let send = Action::new_local(move |password: &String| {
        let api = session.api();
        let password = password.clone();
        // The VM's id is its BoxBilling order's id.
        let order = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_set_panel_password(&order, &password).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = send.value().get() {
            pw.set(String::new());
            pw_again.set(String::new());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(password_problem(
            &pw.get_untracked(),
            &pw_again.get_untracked(),
        ));
        if problem.get_untracked().is_none() && !send.pending().get_untracked() {
            send.dispatch_local(pw.get_untracked());
        }
    };
    view! {
        <section class="card vm-card" aria-labelledby="vm-panel-password-title">
            <h2 id="vm-panel-password-title">{tw(VmWord::PanelPasswordTitle)}</h2>
            <p class="muted">{tw(VmWord::PanelPasswordLead)}</p>
            <form class="form" novalidate on:submit=submit>
                <div class="field">
                    <label for="vm-panel-password">{tw(VmWord::NewPanelPassword)}</label>
                    <input id="vm-panel-password" type="password" autocomplete="new-password" bind:value=pw
                        aria-invalid=move || problem.get().is_some().to_string() aria-describedby="vm-panel-password-error"/>
                </div>
                <div class="field">
                    <label for="vm-panel-password-again">{tr(Msg::RepeatPassword)}</label>
                    <input id="vm-panel-password-again" type="password" autocomplete="new-password" bind:value=pw_again
                        aria-describedby="vm-panel-password-error"/>
                    <p class="field__error" id="vm-panel-password-error">{move || problem.get().map(|m| prefs.t(m))}</p>
                </div>
                <button type="submit" class="button button--secondary" disabled=move || send.pending().get()>{tw(VmWord::SetPanelPassword)}</button>
            </form>
            {move || match send.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(VmWord::PanelPasswordSet)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}
