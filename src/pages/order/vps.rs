//! `/order` on billing systems without a catalogue (Kdata's WHMCS wrapper): one VPS order form
//! with the package, cycle and OS the reseller configured, extra IPs, hostname, root password and
//! nameserver prefixes. Checked before sending, placed once (never retried), then the new
//! invoice opens with the order number. The wrapper quotes no price, and says so.

use super::cycle_words;
use crate::api::ApiError;
use crate::cart::vps_order::{VpsProblem, problems};
use crate::components::error_panel::ErrorPanel;
use crate::i18n::{Msg, Word};
use crate::model::OrderPlaced;
use crate::model::{MAX_EXTRA_IPS, VpsOrder};
use crate::pages::order::order_words::OrderWord;
use crate::routes::Page;
use crate::state::brand::use_config;
use crate::state::prefs::{tr, tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The text of a problem and of a field's label: from the catalogue or the ordering words.
type Text = Word<OrderWord>;

fn problem_msg(p: VpsProblem) -> Text {
    match p {
        VpsProblem::Package | VpsProblem::Cycle | VpsProblem::Os => {
            Word::Area(OrderWord::PickFromList)
        }
        VpsProblem::ExtraIps => Word::Area(OrderWord::ExtraIpsRange),
        VpsProblem::Hostname => Word::Common(Msg::HostnameInvalid),
        VpsProblem::NsPrefix => Word::Area(OrderWord::NsPrefixInvalid),
        VpsProblem::RootPassword => Word::Common(Msg::RootPasswordLength),
    }
}

/// A drop-down over configured values.
#[component]
fn Choice(
    id: &'static str,
    label: Text,
    values: Vec<String>,
    #[prop(into)] value: Signal<String>,
    on_pick: Callback<String>,
    #[prop(into)] words: Callback<String, String>,
    #[prop(into)] problem: Signal<Option<Text>>,
) -> impl IntoView {
    let prefs = use_prefs();
    let err = format!("{id}-error");
    let described = err.clone();
    view! {
        <div class="field">
            <label for=id>{tw(label)}</label>
            <select id=id prop:value=move || value.get() aria-describedby=described
                aria-invalid=move || problem.get().is_some().to_string()
                on:change=move |ev| on_pick.run(event_target_value(&ev))>
                {values.into_iter().map(|v| {
                    let shown = v.clone();
                    view! { <option value=v>{move || words.run(shown.clone())}</option> }
                }).collect_view()}
            </select>
            <p class="field__error" id=err>{move || problem.get().map(|m| prefs.w(m))}</p>
        </div>
    }
}

/// How an attempt ended.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Placed(OrderPlaced),
    Refused(ApiError),
    /// No answer: it may or may not have been placed.
    Unknown,
}

/// The page.
#[component]
pub fn VpsOrderPage() -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let navigate = use_navigate();
    let config = use_config();
    let choices = config.vps_order.clone();
    let backend = config.backend.product_name();
    let first = |l: &[String]| l.first().cloned().unwrap_or_default();
    let order = RwSignal::new(VpsOrder {
        product: first(&choices.packages),
        billing_cycle: first(&choices.cycles),
        os: first(&choices.os),
        ..VpsOrder::default()
    });
    let shown = RwSignal::new(Vec::<VpsProblem>::new());
    let terms_url = config.terms_url.clone();
    let has_terms = terms_url.is_some();
    let terms_accepted = RwSignal::new(false);
    let terms_missing = RwSignal::new(false);
    let choices = StoredValue::new(choices);
    // Problems shown once are re-checked as the customer fixes them.
    Effect::new(move |_| {
        let o = order.get();
        if !shown.get_untracked().is_empty() {
            shown.set(choices.with_value(|c| problems(&o, c)));
        }
    });
    let problem = move |p: VpsProblem| {
        Signal::derive(move || shown.with(|l| l.contains(&p)).then(|| problem_msg(p)))
    };
    let place = Action::new_local(move |o: &VpsOrder| {
        let api = session.api();
        let o = o.clone();
        async move {
            match api.order_vps(&o).await {
                Ok(placed) => Outcome::Placed(placed),
                Err(e) if e.is_transient() || matches!(e, ApiError::Decode(_)) => Outcome::Unknown,
                Err(e) => Outcome::Refused(e),
            }
        }
    });
    let placing = place.pending();
    Effect::new(move |_| {
        if let Some(Outcome::Placed(o)) = place.value().get()
            && let Some(id) = o.invoice_id
        {
            navigate(
                &Page::invoice_of_order(&id.to_string(), o.order_number.as_deref()),
                Default::default(),
            );
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if placing.get_untracked() {
            return;
        }
        let o = order.get_untracked();
        let found = choices.with_value(|c| problems(&o, c));
        shown.set(found.clone());
        if has_terms && !terms_accepted.get_untracked() {
            terms_missing.set(true);
        }
        if !found.is_empty() || terms_missing.get_untracked() {
            return;
        }
        place.dispatch_local(o);
    };
    let text_field = move |id: &'static str,
                           label: Text,
                           kind: &'static str,
                           get: fn(&VpsOrder) -> String,
                           set: fn(&mut VpsOrder, String),
                           p: Option<VpsProblem>| {
        let err = format!("{id}-error");
        let described = err.clone();
        let problem = p.map(problem);
        view! {
            <div class="field">
                <label for=id>{tw(label)}</label>
                <input id=id type=kind autocomplete=if kind == "password" { "new-password" } else { "off" } spellcheck="false"
                    aria-describedby=described
                    aria-invalid=move || problem.is_some_and(|p| p.get().is_some()).to_string()
                    prop:value=move || order.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); order.update(|o| set(o, v)); }/>
                <p class="field__error" id=err>{move || problem.and_then(|p| p.get()).map(|m| prefs.w(m))}</p>
            </div>
        }
    };
    view! {
        <h1 class="page__title">{tr(Msg::VpsOrderTitle)}</h1>
        <form class="card form" novalidate on:submit=submit aria-labelledby="vps-order-title">
            <h2 id="vps-order-title" class="visually-hidden">{tr(Msg::VpsOrderTitle)}</h2>
            <p class="muted">{move || prefs.w(OrderWord::VpsPriceOnInvoice).replace("{backend}", backend)}</p>
            <Choice id="vps-package" label=Word::Area(OrderWord::Package) values=choices.with_value(|c| c.packages.clone())
                value=Signal::derive(move || order.with(|o| o.product.clone()))
                on_pick=Callback::new(move |v| order.update(|o| o.product = v))
                words=Callback::new(|v: String| v) problem=problem(VpsProblem::Package)/>
            <Choice id="vps-cycle" label=Word::Common(Msg::BillingCycle) values=choices.with_value(|c| c.cycles.clone())
                value=Signal::derive(move || order.with(|o| o.billing_cycle.clone()))
                on_pick=Callback::new(move |v| order.update(|o| o.billing_cycle = v))
                words=Callback::new(move |v: String| cycle_words(prefs, &v)) problem=problem(VpsProblem::Cycle)/>
            <Choice id="vps-os" label=Word::Common(Msg::VmTemplate) values=choices.with_value(|c| c.os.clone())
                value=Signal::derive(move || order.with(|o| o.os.clone()))
                on_pick=Callback::new(move |v| order.update(|o| o.os = v))
                words=Callback::new(|v: String| v) problem=problem(VpsProblem::Os)/>
            <div class="field">
                <label for="vps-extra-ips">{tw(OrderWord::ExtraIps)}</label>
                <input id="vps-extra-ips" type="number" min="0" max=MAX_EXTRA_IPS.to_string() step="1" inputmode="numeric"
                    aria-describedby="vps-extra-ips-error"
                    aria-invalid=move || shown.with(|l| l.contains(&VpsProblem::ExtraIps)).to_string()
                    prop:value=move || order.with(|o| o.extra_ips.to_string())
                    on:input=move |ev| {
                        // Out-of-range numbers are kept (and reported) rather than silently clamped.
                        let n = event_target_value(&ev).trim().parse::<u8>().unwrap_or(u8::MAX);
                        order.update(|o| o.extra_ips = n);
                    }/>
                <p class="field__error" id="vps-extra-ips-error">{move || shown.with(|l| l.contains(&VpsProblem::ExtraIps)).then(|| prefs.w(OrderWord::ExtraIpsRange))}</p>
            </div>
            {text_field("vps-hostname", Word::Area(OrderWord::VpsHostname), "text", |o| o.hostname.clone(), |o, v| o.hostname = v, Some(VpsProblem::Hostname))}
            {text_field("vps-root-password", Word::Area(OrderWord::RootPassword), "password", |o| o.root_password.clone(), |o, v| o.root_password = v, Some(VpsProblem::RootPassword))}
            <fieldset class="field">
                <legend>{tw(OrderWord::NsPrefixes)}</legend>
                {text_field("vps-ns1", Word::Area(OrderWord::FirstNameserver), "text", |o| o.ns1_prefix.clone(), |o, v| o.ns1_prefix = v, Some(VpsProblem::NsPrefix))}
                {text_field("vps-ns2", Word::Area(OrderWord::SecondNameserver), "text", |o| o.ns2_prefix.clone(), |o, v| o.ns2_prefix = v, None)}
            </fieldset>
            {terms_url.map(|url| view! {
                <div class="field">
                    <label class="check">
                        <input type="checkbox" aria-describedby="vps-terms-error" prop:checked=move || terms_accepted.get()
                            aria-invalid=move || terms_missing.get().to_string()
                            on:change=move |ev| { terms_accepted.set(event_target_checked(&ev)); terms_missing.set(false); }/>
                        <span>{tw(OrderWord::AcceptTerms)}" "<a class="link" href=url target="_blank" rel="noopener">{tw(OrderWord::TermsOfService)}</a></span>
                    </label>
                    <p class="field__error" id="vps-terms-error">{move || terms_missing.get().then(|| prefs.w(OrderWord::TermsRequired))}</p>
                </div>
            })}
            <button type="submit" class="button button--primary" disabled=move || placing.get() aria-busy=move || placing.get().to_string()>
                {move || if placing.get() { prefs.w(OrderWord::PlacingOrder) } else { prefs.w(OrderWord::PlaceOrder) }}
            </button>
            {move || match place.value().get() {
                Some(Outcome::Refused(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                Some(Outcome::Unknown) => Some(view! { <p class="banner banner--info" role="status">{tw(OrderWord::VpsOrderLost)}</p> }.into_any()),
                _ => None,
            }}
        </form>
    }
}
