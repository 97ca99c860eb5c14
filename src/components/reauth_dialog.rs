//! "Your session expired": a modal sign-in over the page, so nothing the customer was doing is
//! lost; reads that failed load again after signing in. "Sign out" gives up instead.

use crate::components::login_form::LoginForm;
use crate::i18n::Msg;
use crate::state::prefs::tr;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The in-place re-authentication dialog.
#[component]
pub fn ReauthDialog() -> impl IntoView {
    let session = use_session();
    // Focus moves into the dialog, to the first field.
    request_animation_frame(|| {
        let field = document().get_element_by_id("reauth-email");
        if let Some(input) =
            field.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            let _ = input.focus();
        }
    });
    view! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="reauth-title" aria-describedby="reauth-lead">
                <h2 id="reauth-title">{tr(Msg::SignInAgain)}</h2>
                <p id="reauth-lead" class="muted">{tr(Msg::SessionExpiredBanner)}</p>
                <LoginForm id="reauth" submit_label=Msg::SignInAgain/>
                <p class="auth-card__footer">
                    <button type="button" class="button button--ghost" on:click=move |_| session.abandon()>
                        {tr(Msg::SignOut)}
                    </button>
                </p>
            </div>
        </div>
    }
}
