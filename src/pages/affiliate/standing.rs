//! A member's standing: balance, commissions awaiting approval, what was earned and paid out,
//! the referral link to copy, and the referral figures (`/affiliates/summary`).

use super::affiliate_words::AffiliateWord as W;
use crate::components::async_view::AsyncView;
use crate::components::money::MoneyText;
use crate::i18n::format_date;
use crate::model::Money;
use crate::model::affiliate::Affiliate;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

#[component]
pub fn Standing(affiliate: Affiliate, currency: String) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let summary = read(move || {
        let api = session.api_for_read();
        async move { api.affiliate_summary().await }
    });
    let copied = RwSignal::new(false);
    let a = affiliate;
    let money = |amount| Money::new(amount, &currency);
    let since = a.since;
    let link = a.referral_url.clone();
    let figure_currency = currency.clone();
    view! {
        <section class="card" aria-labelledby="affiliate-standing-title">
            <h2 id="affiliate-standing-title">{tw(W::Overview)}</h2>
            <dl class="invoice__meta">
                <div><dt>{tw(W::AffiliateNo)}</dt><dd>{a.id.clone()}" "<span class="badge">{a.status.clone()}</span></dd></div>
                <div><dt>{tw(W::Balance)}</dt><dd data-figure="affiliate-balance"><MoneyText value=money(a.balance)/></dd></div>
                <div><dt>{tw(W::Pending)}</dt><dd><MoneyText value=money(a.pending)/></dd></div>
                <div><dt>{tw(W::TotalEarned)}</dt><dd><MoneyText value=money(a.total_commissions)/></dd></div>
                <div><dt>{tw(W::TotalPaid)}</dt><dd><MoneyText value=money(a.total_withdrawn)/></dd></div>
                <div><dt>{tw(W::Visits)}</dt><dd>{a.visits}</dd></div>
                {a.conversion.map(|c| view! { <div><dt>{tw(W::Conversion)}</dt><dd>{format!("{} %", c.normalize())}</dd></div> })}
                {since.map(|d| view! { <div><dt>{tw(W::Since)}</dt><dd>{move || format_date(prefs.lang.get(), d)}</dd></div> })}
                {a.landing_page.clone().map(|l| view! { <div><dt>{tw(W::LandingPage)}</dt><dd>{l}</dd></div> })}
            </dl>
            {link.map(|url| {
                let for_copy = url.clone();
                view! {
                    <div class="form form--inline">
                        <div class="field">
                            <label for="affiliate-link">{tw(W::ReferralLink)}</label>
                            <input id="affiliate-link" type="text" readonly prop:value=url.clone()/>
                        </div>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            let _ = window().navigator().clipboard().write_text(&for_copy);
                            copied.set(true);
                        }>{move || prefs.w(if copied.get() { W::Copied } else { W::CopyLink })}</button>
                    </div>
                }
            })}
        </section>
        <section class="card" aria-labelledby="affiliate-figures-title">
            <h2 id="affiliate-figures-title">{tw(W::Figures)}</h2>
            <AsyncView resource=summary let:s skeleton_lines=2>
                <dl class="invoice__meta">
                    <div><dt>{tw(W::Signups)}</dt><dd data-figure="affiliate-signups">{s.signups}" "<span class="muted">{move || prefs.w_n(W::ThisMonth, s.signups_month as i64)}</span></dd></div>
                    <div><dt>{tw(W::Visits)}</dt><dd>{s.visits}" "<span class="muted">{move || prefs.w_n(W::ThisMonth, s.visits_month as i64)}</span></dd></div>
                    <div><dt>{tw(W::Commission)}</dt><dd><MoneyText value=Money::new(s.commission, &figure_currency)/>" "
                        <span class="muted">{let c = figure_currency.clone(); move || prefs.w(W::CommissionMonth).replace("{amount}", &Money::new(s.commission_month, &c).format(prefs.lang.get().number_style()))}</span></dd></div>
                </dl>
            </AsyncView>
        </section>
    }
}
