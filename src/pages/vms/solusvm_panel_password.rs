//! The SolusVM control panel login's password (BoxBilling's `servicesolusvm/change_password`):
//! separate from the server's root password, checked the same way before sending (8 to 64
//! characters, typed twice), sent once.

use super::vm_words::VmWord;
use crate::components::panel_password::PanelPasswordForm;
use crate::model::Vm;
use crate::state::prefs::use_prefs;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The panel.
#[component]
pub fn SolusvmPanelPassword(vm: RwSignal<Option<Vm>>) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let send = Action::new_local(move |password: &String| {
        let api = session.api();
        let password = password.clone();
        // The VM's id is its BoxBilling order's id.
        let order = vm.with_untracked(|v| v.as_ref().map(|v| v.id.clone()).unwrap_or_default());
        async move { api.vm_set_panel_password(&order, &password).await }
    });
    let word = move |w: VmWord| Signal::derive(move || prefs.w(w).to_string());
    view! {
        <PanelPasswordForm id="vm-panel-password" title=word(VmWord::PanelPasswordTitle)
            lead=word(VmWord::PanelPasswordLead) label=word(VmWord::NewPanelPassword)
            submit=word(VmWord::SetPanelPassword) done=word(VmWord::PanelPasswordSet) send=send/>
    }
}
