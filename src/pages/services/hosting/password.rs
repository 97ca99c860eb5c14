//! The control panel's password (`servicehosting/change_password`): checked like the other
//! passwords a customer sets here (8 to 64 characters, typed twice), sent once, then cleared.

use super::hosting_words::HostingWord as W;
use crate::components::panel_password::PanelPasswordForm;
use crate::state::prefs::use_prefs;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The panel.
#[component]
pub fn HostingPassword(service: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let send = Action::new_local(move |password: &String| {
        let api = session.api();
        let (order, password) = (service.clone(), password.clone());
        async move { api.set_hosting_password(&order, &password).await }
    });
    let word = move |w: W| Signal::derive(move || prefs.w(w).to_string());
    view! {
        <PanelPasswordForm id="hosting-password" title=word(W::PasswordTitle) lead=word(W::PasswordLead)
            label=word(W::NewPassword) submit=word(W::SetPassword) done=word(W::PasswordSet) send=send/>
    }
}
