//! BoxBilling's hosting orders: `client/order/service` answers the account in
//! `Servicehosting\Service::toApiArray`'s shape (`username`, `sld`, `tld`, `domain`, `ip`,
//! `server` with `ns1`..`ns4` and `cpanel_url`, `hosting_plan` with `quota`, `bandwidth` and
//! `max_*`; real-answers order_service_1), and `servicehosting/hp_get_pairs` the plans as
//! `{id: name}`.

use super::envelope::{opt_text, text};
use crate::api::error::ApiError;
use crate::model::hosting::{HostingAccount, HostingLimit, HostingPlan, HostingServer};
use serde_json::Value;

/// Whether an order is a hosting account (`service_type: hosting`) the customer can manage:
/// FOSSBilling refuses the hosting calls before activation ("Order is not activated").
pub fn is_active_hosting(order: &Value) -> bool {
    text(order, "service_type").eq_ignore_ascii_case("hosting")
        && text(order, "status").eq_ignore_ascii_case("active")
}

/// The control panel's address, when it is a web address (a portal's field is not trusted as a
/// link otherwise).
fn web_address(v: &Value, key: &str) -> Option<String> {
    opt_text(v, key).filter(|u| {
        let lower = u.to_ascii_lowercase();
        lower.starts_with("https://") || lower.starts_with("http://")
    })
}

fn plan(v: &Value) -> Option<HostingPlan> {
    let name = opt_text(v, "name")?;
    let limits = [
        ("quota", HostingLimit::DiskMb),
        ("bandwidth", HostingLimit::BandwidthMb),
        ("max_ftp", HostingLimit::FtpAccounts),
        ("max_sql", HostingLimit::Databases),
        ("max_pop", HostingLimit::Mailboxes),
        ("max_sub", HostingLimit::Subdomains),
        ("max_park", HostingLimit::ParkedDomains),
        ("max_addon", HostingLimit::AddonDomains),
    ]
    .into_iter()
    .filter_map(|(key, limit)| opt_text(v, key).map(|value| (limit, value)))
    .collect();
    Some(HostingPlan {
        id: text(v, "id"),
        name,
        limits,
    })
}

/// The account of a hosting order (`client/order/service`).
pub fn hosting_account(v: &Value) -> Result<HostingAccount, ApiError> {
    if !v.is_object() {
        return Err(ApiError::Decode("hosting account: not an object".into()));
    }
    let domain = opt_text(v, "domain").or_else(|| {
        let (sld, tld) = (text(v, "sld"), text(v, "tld"));
        (!sld.is_empty() && !tld.is_empty())
            .then(|| format!("{sld}.{}", tld.trim_start_matches('.')))
    });
    let server = v
        .get("server")
        .filter(|s| s.is_object())
        .map(|s| HostingServer {
            name: text(s, "name"),
            hostname: opt_text(s, "hostname"),
            nameservers: ["ns1", "ns2", "ns3", "ns4"]
                .into_iter()
                .filter_map(|k| opt_text(s, k))
                .collect(),
            panel_url: web_address(s, "cpanel_url"),
        });
    Ok(HostingAccount {
        username: text(v, "username"),
        domain,
        ip: opt_text(v, "ip"),
        server,
        plan: v.get("hosting_plan").and_then(plan),
    })
}

/// `servicehosting/hp_get_pairs`: the plans as (id, name), ordered by id.
pub fn hosting_plans(v: &Value) -> Vec<(String, String)> {
    let mut plans: Vec<(String, String)> = match v {
        Value::Object(o) => o
            .iter()
            .filter_map(|(id, name)| Some((id.clone(), name.as_str()?.trim().to_string())))
            .collect(),
        _ => vec![],
    };
    plans.sort_by_key(|(id, _)| id.parse::<u64>().unwrap_or(u64::MAX));
    plans
}
