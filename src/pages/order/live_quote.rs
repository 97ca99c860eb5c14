//! The live quote: whenever the items, the promo code or the payment method change, ask the
//! portal for its price after a short pause (debounced), and drop any answer that is not for the
//! latest question, so a slow old answer never overwrites a newer one. A failed quote keeps the
//! choices and offers a retry.

use crate::api::ApiError;
use crate::cart::CartItem;
use crate::model::Quote;
use crate::state::session::use_session;
use leptos::prelude::*;
use std::time::Duration;

/// Pause after the last change before asking.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// The quote's state.
#[derive(Clone, Copy)]
pub struct LiveQuote {
    /// The portal's latest answer for the latest question.
    pub quote: RwSignal<Option<Quote>>,
    /// A question is waiting for its answer.
    pub pending: RwSignal<bool>,
    /// The latest question failed.
    pub failed: RwSignal<Option<ApiError>>,
    /// Ask again (after a failure).
    pub retry: Callback<()>,
}

/// Starts quoting `items` for the lifetime of the calling component.
pub fn live_quote(
    items: Signal<Vec<CartItem>>,
    promo: Signal<String>,
    pay_method: Signal<Option<String>>,
) -> LiveQuote {
    let session = use_session();
    let quote = RwSignal::new(None::<Quote>);
    let pending = RwSignal::new(false);
    let failed = RwSignal::new(None::<ApiError>);
    let generation = StoredValue::new(0u64);
    let nudge = RwSignal::new(0u32);
    Effect::new(move |_| {
        nudge.track();
        let (list, code, pay) = (items.get(), promo.get(), pay_method.get());
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        if list.is_empty() {
            quote.set(None);
            pending.set(false);
            return;
        }
        pending.set(true);
        set_timeout(
            move || {
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                let api = session.api();
                leptos::task::spawn_local(async move {
                    let answer = api.quote(&list, pay.as_deref(), &code).await;
                    if generation.try_get_value() != Some(mine) {
                        return; // a newer question is under way
                    }
                    match answer {
                        Ok(q) => {
                            quote.try_set(Some(q));
                            failed.try_set(None);
                        }
                        Err(e) => {
                            failed.try_set(Some(e));
                        }
                    }
                    pending.try_set(false);
                });
            },
            DEBOUNCE,
        );
    });
    LiveQuote {
        quote,
        pending,
        failed,
        retry: Callback::new(move |_| nudge.update(|n| *n += 1)),
    }
}
