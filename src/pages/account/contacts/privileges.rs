//! The privileges a contact is given, as a readable checklist: one group of switches per
//! portal group (billing, support, account), and for services and domains a "full control"
//! switch or, without it, the switches of each service or domain by name. Only what the portal
//! offers (`GET /contact/privileges`) is shown; a key this client area has no words for is
//! shown as the portal names it rather than hidden.

use super::contact_words::ContactWord as W;
use crate::model::contact::Privileges;
use crate::state::prefs::{tw, use_prefs};
use leptos::prelude::*;

/// The words of a group.
fn group_word(group: &str) -> Option<W> {
    Some(match group {
        "billing" => W::GroupBilling,
        "support" => W::GroupSupport,
        "misc" => W::GroupMisc,
        "services" => W::GroupServices,
        "domains" => W::GroupDomains,
        _ => return None,
    })
}

/// Where a group comes: money first, then support, the account, services and domains; a
/// group this client area does not know, last.
fn group_rank(group: &str) -> usize {
    ["billing", "support", "misc", "services", "domains"]
        .iter()
        .position(|g| *g == group)
        .unwrap_or(usize::MAX)
}

/// The words of a switch (the seed's own comments, in the customer's words).
fn key_word(group: &str, key: &str) -> Option<W> {
    Some(match (group, key) {
        ("billing", "emails") => W::BillingEmails,
        ("billing", "payinvoice") => W::PayInvoice,
        ("billing", "orders") => W::Orders,
        ("billing", "balance") => W::Balance,
        ("billing", "addfunds") => W::AddFunds,
        ("billing", "creditcard") => W::CreditCard,
        ("support", "newticket") => W::NewTicket,
        ("support", "tickets") => W::Tickets,
        ("support", "closeticket") => W::CloseTicket,
        ("support", "emails") => W::SupportEmails,
        ("misc", "editmain") => W::EditMain,
        ("misc", "emails") => W::EmailHistory,
        ("misc", "editipaccess") => W::EditIpAccess,
        ("misc", "manageprofiles") => W::ManageProfiles,
        ("misc", "affiliates") => W::Affiliates,
        (_, "basic") => W::Basic,
        ("services", "billing") => W::ItemBilling,
        ("services", "cancelation") => W::Cancelation,
        ("services", "upgrade") => W::Upgrade,
        (_, "notify") => W::Notify,
        ("domains", "renew") => W::Renew,
        ("domains", "contactinfo") => W::ContactInfo,
        ("domains", "nameservers") => W::Nameservers,
        _ => return None,
    })
}

/// One checkbox bound to a switch of `chosen`.
#[component]
fn Switch(
    chosen: RwSignal<Privileges>,
    group: String,
    item: Option<String>,
    key: String,
) -> impl IntoView {
    let prefs = use_prefs();
    let id = format!("priv-{group}-{}-{key}", item.as_deref().unwrap_or("all"));
    let label = {
        let (group, key) = (group.clone(), key.clone());
        move || key_word(&group, &key).map_or_else(|| key.clone(), |w| prefs.w(w).to_string())
    };
    let (g1, i1, k1) = (group.clone(), item.clone(), key.clone());
    let for_id = id.clone();
    view! {
        <label class="check" for=for_id>
            <input type="checkbox" id=id
                prop:checked=move || chosen.with(|p| p.has(&g1, i1.as_deref(), &k1))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    chosen.update(|p| p.set(&group, item.as_deref(), &key, on));
                }/>
            {label}
        </label>
    }
}

/// The checklist of `offered`, bound to `chosen`; `item_name` names a service or domain by id.
#[component]
pub fn PrivilegeChecklist(
    offered: Privileges,
    chosen: RwSignal<Privileges>,
    item_name: Callback<(String, String), String>,
) -> impl IntoView {
    let prefs = use_prefs();
    let title = move |group: &str| {
        let group = group.to_string();
        move || group_word(&group).map_or_else(|| group.clone(), |w| prefs.w(w).to_string())
    };
    let mut offered = offered;
    offered.flat.sort_by_key(|(g, _)| group_rank(g));
    offered.per_item.sort_by_key(|g| group_rank(&g.group));
    let flat = offered
        .flat
        .into_iter()
        .filter(|(_, keys)| !keys.is_empty())
        .map(|(group, keys)| {
            view! {
                <fieldset class="field privileges">
                    <legend>{title(&group)}</legend>
                    <div class="privileges__items">
                        {keys.into_iter().map(|key| view! { <Switch chosen=chosen group=group.clone() item=None key=key/> }).collect_view()}
                    </div>
                </fieldset>
            }
        })
        .collect_view();
    let per_item = offered
        .per_item
        .into_iter()
        .map(|g| {
            let group = g.group.clone();
            let full_word = if group == "domains" { W::FullDomains } else { W::FullServices };
            let full_id = format!("priv-{group}-full");
            let (g_full, g_set, g_items) = (group.clone(), group.clone(), group.clone());
            let full_for = full_id.clone();
            let items = g.items;
            view! {
                <fieldset class="field privileges">
                    <legend>{title(&group)}</legend>
                    {g.full.then(|| view! {
                        <label class="check" for=full_for>
                            <input type="checkbox" id=full_id
                                prop:checked=move || chosen.with(|p| p.full(&g_full))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|p| p.set_full(&g_set, on));
                                }/>
                            {tw(full_word)}
                        </label>
                    })}
                    {move || (!chosen.with(|p| p.full(&g_items))).then(|| {
                        items.iter().cloned().map(|(item, keys)| {
                            let name = item_name.run((g_items.clone(), item.clone()));
                            let group = g_items.clone();
                            view! {
                                <div class="privileges__item">
                                    <p class="privileges__name">{name}</p>
                                    <div class="privileges__items">
                                        {keys.into_iter().map(|key| view! { <Switch chosen=chosen group=group.clone() item=Some(item.clone()) key=key/> }).collect_view()}
                                    </div>
                                </div>
                            }
                        }).collect_view()
                    })}
                </fieldset>
            }
        })
        .collect_view();
    view! { {flat}{per_item} }
}
