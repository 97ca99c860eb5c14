//! An API error in the user's language with a way forward: retry, sign in again, or support.

use crate::api::ApiError;
use crate::i18n::Msg;
use crate::state::brand::use_config;
use crate::state::prefs::tr;
use leptos::prelude::*;

/// The message key for an error.
pub fn error_message(error: &ApiError) -> Msg {
    match error {
        ApiError::Network => Msg::ErrNetwork,
        ApiError::Timeout => Msg::ErrTimeout,
        ApiError::Server { .. } => Msg::ErrServer,
        ApiError::RateLimited { .. } => Msg::ErrRateLimited,
        ApiError::Decode(_) => Msg::ErrDecode,
        ApiError::SessionEnded => Msg::ErrSessionEnded,
        ApiError::Portal { .. } => Msg::ErrPortal,
        ApiError::BadCredentials(_) => Msg::WrongCredentials,
        ApiError::Unsupported => Msg::ErrUnsupported,
    }
}

/// The portal's own words, worth showing (plain text, never HTML), in the user's language when
/// Atrium knows the message.
pub fn portal_detail(error: &ApiError, lang: crate::i18n::Lang) -> Option<String> {
    match error {
        ApiError::Portal { messages, .. } if !messages.is_empty() => Some(
            messages
                .iter()
                .map(|m| match crate::i18n::known_portal_message(m) {
                    Some(key) => crate::i18n::t(lang, key).to_string(),
                    None => m.clone(),
                })
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

/// An inline error with actions.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: ApiError,
    /// Called by "Try again"; omitted when retrying makes no sense.
    #[prop(optional, into)]
    on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let support = use_config().support_url;
    let key = error_message(&error);
    let prefs = crate::state::prefs::use_prefs();
    let detail = {
        let error = error.clone();
        move || portal_detail(&error, prefs.lang.get())
    };
    let retry = on_retry.filter(|_| !matches!(error, ApiError::SessionEnded));
    view! {
        <div class="error-panel" role="alert">
            <p class="error-panel__message">{tr(key)}</p>
            {move || detail().map(|d| view! { <p class="error-panel__detail">{d}</p> })}
            <div class="error-panel__actions">
                {retry.map(|cb| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| cb.run(())>
                        {tr(Msg::Retry)}
                    </button>
                })}
                {support.map(|href| view! {
                    <a class="link" href=href>{tr(Msg::ContactSupport)}</a>
                })}
            </div>
        </div>
    }
}
