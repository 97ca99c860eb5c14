//! Account credit (`GET /balance`). What is owed is on the unpaid-invoices card, per currency:
//! the portal's own "outstanding" figure counts only the account currency, and showing it here
//! beside invoices in another currency left those out of the total (a VND amount owed beside USD).

use crate::components::async_view::AsyncView;
use crate::components::card::Card;
use crate::components::money::MoneyText;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::state::prefs::tr;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// Balance card.
#[component]
pub fn BalanceCard() -> impl IntoView {
    let session = use_session();
    let balance = read(move || {
        let api = session.api_for_read();
        async move { api.balance().await }
    });
    let caps = crate::state::brand::use_config().backend.capabilities();
    // Without a balance call (Kdata) only the credit is known, as of sign-in; without top-up
    // invoices there is no "Add funds".
    let body = move || {
        view! {
            <AsyncView resource=balance let:b>
                <dl class="figures">
                    <div class="figure">
                        <dt>{tr(Msg::AccountCredit)}</dt>
                        <dd class="figure__value"><MoneyText value=b.credit.clone()/></dd>
                    </div>
                </dl>
                {(!caps.outstanding).then(|| view! { <p class="muted">{tr(Msg::CreditAsOfSignIn)}</p> })}
            </AsyncView>
        }
    };
    if !caps.funds_invoice {
        return view! { <Card id="balance" title=Msg::BalanceCard>{body()}</Card> }.into_any();
    }
    view! { <Card id="balance" title=Msg::BalanceCard link=(Page::Funds.href(), Msg::AddFunds)>{body()}</Card> }
        .into_any()
}
