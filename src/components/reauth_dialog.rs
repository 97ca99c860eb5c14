//! "Your session expired": a modal sign-in over the page, so nothing the customer was doing is
//! lost; reads that failed load again after signing in. "Sign out" gives up instead.

use crate::components::focus_trap::keep_tab_inside;
use crate::components::login_form::LoginForm;
use crate::i18n::Msg;
use crate::state::prefs::tr;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The in-place re-authentication dialog.
#[component]
pub fn ReauthDialog() -> impl IntoView {
    let session = use_session();
    let dialog = NodeRef::<leptos::html::Div>::new();
    let account = session.account.get_untracked();
    // Focus moves into the dialog, to the first field to type in (the password when the
    // account is known).
    let first = if account.is_some() {
        "reauth-password"
    } else {
        "reauth-email"
    };
    request_animation_frame(move || {
        let field = document().get_element_by_id(first);
        if let Some(input) =
            field.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = input.focus();
        }
    });
    view! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="reauth-title" aria-describedby="reauth-lead"
                node_ref=dialog on:keydown=move |ev| if let Some(d) = dialog.get_untracked() { keep_tab_inside(&ev, &d) }>
                <h2 id="reauth-title">{tr(Msg::SignInAgain)}</h2>
                <p id="reauth-lead" class="muted">
                    {tr(Msg::SessionExpiredBanner)}
                    {account.clone().map(|a| view! { " " {tr(Msg::SessionOf)} " " <strong>{a}</strong> })}
                </p>
                <LoginForm id="reauth" submit_label=Msg::SignInAgain account=account/>
                <p class="auth-card__footer">
                    <button type="button" class="button button--ghost" on:click=move |_| session.abandon()>
                        {tr(Msg::SignOut)}
                    </button>
                </p>
            </div>
        </div>
    }
}
