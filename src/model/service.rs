//! Services (hosting, cloud, domains) as listed.

use crate::model::Date;
use rust_decimal::Decimal;

/// Service lifecycle status; unknown values kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServiceStatus {
    /// Ordered, not yet provisioned.
    Pending,
    /// Running.
    Active,
    /// Stopped by the provider (usually unpaid).
    Suspended,
    /// Ended at the customer's request.
    Cancelled,
    /// Removed.
    Terminated,
    /// Anything else.
    Other(String),
}

impl ServiceStatus {
    /// Maps the portal's word (any case).
    pub fn parse(raw: &str) -> ServiceStatus {
        match raw.trim().to_ascii_lowercase().as_str() {
            "pending" => ServiceStatus::Pending,
            "active" => ServiceStatus::Active,
            "suspended" => ServiceStatus::Suspended,
            "cancelled" | "canceled" => ServiceStatus::Cancelled,
            "terminated" => ServiceStatus::Terminated,
            _ => ServiceStatus::Other(raw.to_string()),
        }
    }
}

/// One row of the service list.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceSummary {
    /// Portal id.
    pub id: String,
    /// Product name.
    pub name: String,
    /// Domain or hostname, if any.
    pub domain: Option<String>,
    /// Recurring price, in the account currency (the list does not name it).
    pub price: Decimal,
    /// Billing cycle as the portal words it.
    pub cycle: String,
    /// Next due date.
    pub next_due: Option<Date>,
    /// Status.
    pub status: ServiceStatus,
}

/// One service in full (`GET /service/@id`).
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDetail {
    /// The list row's facts.
    pub summary: ServiceSummary,
    /// The customer's own name for it.
    pub label: Option<String>,
    /// When it was ordered.
    pub created: Option<Date>,
    /// Control-panel user name, if any.
    pub username: Option<String>,
    /// Whether the portal sent a password (shown only on request).
    pub password: Option<String>,
    /// A pending cancellation request ("Immediate", "End of billing period"), if the portal says.
    pub cancel_request: Option<String>,
    /// Its configuration as (label, value), where the portal sends it that way (Kdata: OS, CPU,
    /// RAM, disk, extra IPs).
    pub options: Vec<(String, String)>,
    /// A domain's automatic renewal, where the portal says whether it is on (HostBill).
    pub autorenew: Option<bool>,
    /// A domain's DNSSEC keys, where the portal lists them with the domain (HostBill).
    pub dnssec: Vec<crate::model::domain::DnssecKey>,
}

/// What a service supports, from `GET /service/@id/methods`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceActions {
    /// The label can be changed.
    pub label: bool,
    /// A cancellation can be requested.
    pub cancel: bool,
    /// It has cloud VMs to control.
    pub vms: bool,
    /// What the VM console may offer (meaningful when `vms`).
    pub vm: VmFeatures,
    /// Upgrade or downgrade.
    pub upgrade: bool,
    /// It is a registered domain whose registrar settings (name servers, lock, privacy,
    /// contact, transfer code) the customer manages here.
    pub domain: bool,
    /// It is a hosting account whose password, user name and domain the customer changes here.
    pub hosting: bool,
    /// The order awaits or failed its setup and may be deleted (BoxBilling `order/delete`).
    pub delete: bool,
    /// Its IP addresses can be listed (a server that is not a cloud VM: `GET /service/@id/ip`).
    pub addresses: bool,
    /// Their reverse DNS can be read and changed (`GET`/`POST /service/@id/rdns`).
    pub rdns: bool,
    /// It is a cPanel account whose backups are listed (`GET /service/cpanel2/@id/backup`).
    pub panel_backups: bool,
    /// It is an active software licence whose bindings can be reset (BoxBilling
    /// `servicelicense/reset`).
    pub licence: bool,
    /// It is a domain whose automatic renewal is switched here (`PUT /domain/@id/autorenew`).
    pub autorenew: bool,
    /// It is a domain whose DNSSEC keys can be removed (`DELETE /domain/@id/dnssec/@key`).
    pub dnssec: bool,
}

/// The VM calls a service's backend lists. When a portal lists only the VM list route, the
/// calls every HostBill cloud module has (seed 004: start, stop, reboot, rebuild) are assumed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VmFeatures {
    /// `POST /vms`.
    pub create: bool,
    /// `PUT /vms/@vmid`.
    pub resize: bool,
    /// `DELETE /vms/@vmid`.
    pub destroy: bool,
    /// Power route words offered (`start`, `stop`, `shutdown`, ...).
    pub power: Vec<String>,
    /// `POST .../rebuild`.
    pub rebuild: bool,
    /// `GET .../usage`.
    pub usage: bool,
    /// `GET .../backup`.
    pub backups: bool,
    /// `POST .../resetpwd`.
    pub password: bool,
    /// `GET .../rdns` (and update).
    pub rdns: bool,
    /// `GET .../ips` (assign and remove).
    pub ips: bool,
    /// `GET .../storage` (resize disks).
    pub storage: bool,
    /// `POST .../@vmid/rebuild_network`: the network configuration written again.
    pub rebuild_network: bool,
    /// `GET /service/@id/images` (ISO images).
    pub iso: bool,
    /// The customer sets a root password of their choosing (BoxBilling's SolusVM
    /// `set_root_password`), rather than asking for a generated one.
    pub set_password: bool,
    /// The server's hostname can be changed (SolusVM `set_hostname`).
    pub hostname: bool,
    /// The password of the SolusVM control panel login can be changed (`change_password`).
    pub panel_password: bool,
}

impl ServiceActions {
    /// Reads the method list by route (names are translated by some portals; routes are not).
    pub fn from_routes<'a>(routes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut a = ServiceActions::default();
        let mut vm_routes = 0;
        for (method, route) in routes {
            let route = route.replace("\\/", "/");
            let method = method.to_ascii_uppercase();
            let route = route.trim_end_matches('/');
            match (method.as_str(), route) {
                ("POST", "/service/@id/label") => a.label = true,
                ("POST", "/service/@id/cancel") => a.cancel = true,
                ("POST", "/service/@id/upgrade") => a.upgrade = true,
                ("POST", "/service/@id/vms") => a.vm.create = true,
                ("PUT", "/service/@id/vms/@vmid") => a.vm.resize = true,
                ("DELETE", "/service/@id/vms/@vmid") => a.vm.destroy = true,
                (_, "/service/@id/images") => a.vm.iso = true,
                ("GET", "/service/@id/ip") => a.addresses = true,
                ("POST", "/service/@id/rdns") => a.rdns = true,
                ("GET", "/service/cpanel2/@id/backup") => a.panel_backups = true,
                ("PUT", "/domain/@id/autorenew") => a.autorenew = true,
                ("DELETE", "/domain/@id/dnssec/@key") => a.dnssec = true,
                _ => {}
            }
            if let Some(rest) = route.strip_prefix("/service/@id/vms") {
                a.vms = true;
                vm_routes += 1;
                match rest.strip_prefix("/@vmid/").unwrap_or("") {
                    w @ ("start" | "stop" | "shutdown" | "reboot" | "reset" | "rescue"
                    | "unrescue") => a.vm.power.push(w.to_string()),
                    "rebuild" => a.vm.rebuild = true,
                    "usage" => a.vm.usage = true,
                    "backup" => a.vm.backups = true,
                    "resetpwd" => a.vm.password = true,
                    "rdns" => a.vm.rdns = true,
                    "ips" => a.vm.ips = true,
                    "storage" => a.vm.storage = true,
                    "rebuild_network" => a.vm.rebuild_network = true,
                    _ => {}
                }
            }
        }
        if a.vms && vm_routes == 1 {
            a.vm.power = vec!["start".into(), "stop".into(), "reboot".into()];
            a.vm.rebuild = true;
        }
        a
    }
}
