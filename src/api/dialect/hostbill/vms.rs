//! HostBill cloud VMs (`/service/@id/vms` and friends, seeds 002 and 004). The seeds document
//! routes and parameters without example answers, so decoding is tolerant: lists may come as
//! arrays or as objects keyed by id (HostBill's usual PHP-array shape), numbers as strings.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{
    Backup, Disk, IsoImage, NetInterface, Resource, ResourceKind, SpareIp, Traffic, UsagePoint, Vm,
    VmIp, VmTemplate,
};
use crate::vm::PowerState;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A list that may be an array or an object of id -> row.
fn rows<T: DeserializeOwned>(v: &Value, name: &str) -> Result<Vec<T>, ApiError> {
    let inner = v
        .get(name)
        .ok_or_else(|| ApiError::Decode(format!("missing \"{name}\"")))?;
    let items: Vec<&Value> = match inner {
        Value::Array(a) => a.iter().collect(),
        Value::Object(o) => o.values().collect(),
        Value::Null => vec![],
        _ => return Err(ApiError::Decode(format!("{name}: not a list"))),
    };
    items
        .into_iter()
        .map(|i| wire::from_tree::<T>(i).map_err(|e| ApiError::Decode(format!("{name}: {e}"))))
        .collect()
}

/// Addresses as an array, one string, or a comma-separated string.
fn addresses<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let v = Value::deserialize(d)?;
    let mut out = Vec::new();
    let mut push = |s: &str| {
        out.extend(
            s.split(',')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from),
        )
    };
    match &v {
        Value::String(s) => push(s),
        Value::Array(a) => a.iter().filter_map(Value::as_str).for_each(&mut push),
        _ => {}
    }
    Ok(out)
}

#[derive(Deserialize)]
struct VmWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(
        default,
        deserialize_with = "wire::text",
        alias = "hostname",
        alias = "name"
    )]
    label: String,
    #[serde(
        default,
        deserialize_with = "wire::text",
        alias = "state",
        alias = "power"
    )]
    status: String,
    #[serde(default, deserialize_with = "wire::flag")]
    locked: bool,
    #[serde(default, deserialize_with = "wire::text", alias = "os")]
    template: String,
    #[serde(default, deserialize_with = "wire::count", alias = "cpu")]
    cpus: u64,
    #[serde(default, deserialize_with = "wire::count", alias = "ram")]
    memory: u64,
    #[serde(default, deserialize_with = "wire::count")]
    disk: u64,
    #[serde(default, deserialize_with = "addresses", alias = "ip")]
    ipv4: Vec<String>,
    #[serde(default, deserialize_with = "addresses")]
    ipv6: Vec<String>,
    #[serde(default, deserialize_with = "wire::opt_text")]
    iso: Option<String>,
}

impl From<VmWire> for Vm {
    fn from(w: VmWire) -> Vm {
        Vm {
            id: w.id,
            label: w.label,
            state: PowerState::parse(&w.status),
            locked: w.locked,
            template: w.template,
            cpus: w.cpus,
            memory_mb: w.memory,
            disk_gb: w.disk,
            ipv4: w.ipv4,
            ipv6: w.ipv6,
            iso: w.iso,
        }
    }
}

/// `GET /service/@id/vms`.
pub fn vms(v: &Value) -> Result<Vec<Vm>, ApiError> {
    Ok(rows::<VmWire>(v, "vms")?
        .into_iter()
        .map(Vm::from)
        .collect())
}

/// `GET /service/@id/vms/@vmid`.
pub fn vm(v: &Value) -> Result<Vm, ApiError> {
    field::<VmWire>(v, "vm").map(Vm::from)
}

/// The VM a power, rebuild or create answer carries, when it carries one.
pub fn vm_in_answer(v: &Value) -> Option<Vm> {
    v.get("vm").and_then(|_| vm(v).ok())
}

#[derive(Deserialize)]
struct TemplateWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text", alias = "label")]
    name: String,
    #[serde(default, deserialize_with = "wire::count")]
    min_disk: u64,
}

/// `GET /service/@id/templates`.
pub fn templates(v: &Value) -> Result<Vec<VmTemplate>, ApiError> {
    Ok(rows::<TemplateWire>(v, "templates")?
        .into_iter()
        .map(|t| VmTemplate {
            name: if t.name.is_empty() {
                t.id.clone()
            } else {
                t.name
            },
            id: t.id,
            min_disk_gb: (t.min_disk > 0).then_some(t.min_disk),
        })
        .collect())
}

#[derive(Deserialize)]
struct ResourceWire {
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text")]
    unit: String,
    #[serde(default, deserialize_with = "wire::count")]
    used: u64,
    #[serde(
        default,
        deserialize_with = "wire::count",
        alias = "limit",
        alias = "max"
    )]
    total: u64,
}

/// `GET /service/@id/resources`.
pub fn resources(v: &Value) -> Result<Vec<Resource>, ApiError> {
    Ok(rows::<ResourceWire>(v, "resources")?
        .into_iter()
        .map(|r| Resource {
            kind: match r.name.to_ascii_lowercase().as_str() {
                "vms" | "vm" | "servers" => ResourceKind::Vms,
                "cpu" | "cpus" | "cores" => ResourceKind::Cpu,
                "memory" | "ram" => ResourceKind::Memory,
                "disk" | "storage" => ResourceKind::Disk,
                _ => ResourceKind::Other(r.name.clone()),
            },
            unit: r.unit,
            used: r.used,
            total: r.total,
        })
        .collect())
}

#[derive(Deserialize)]
struct PointWire {
    #[serde(default, deserialize_with = "wire::text", alias = "date")]
    time: String,
    #[serde(default, deserialize_with = "wire::measure")]
    cpu: f64,
    #[serde(default, deserialize_with = "wire::measure")]
    net_in: f64,
    #[serde(default, deserialize_with = "wire::measure")]
    net_out: f64,
    #[serde(default, deserialize_with = "wire::measure")]
    disk_read: f64,
    #[serde(default, deserialize_with = "wire::measure")]
    disk_write: f64,
}

/// `GET /service/@id/vms/@vmid/usage`: the samples, oldest first.
pub fn usage(v: &Value) -> Result<Vec<UsagePoint>, ApiError> {
    let usage = v
        .get("usage")
        .ok_or_else(|| ApiError::Decode("missing \"usage\"".into()))?;
    let mut points: Vec<UsagePoint> = rows::<PointWire>(usage, "points")?
        .into_iter()
        .map(|p| UsagePoint {
            time: p.time,
            cpu: p.cpu,
            net_in: p.net_in,
            net_out: p.net_out,
            disk_read: p.disk_read,
            disk_write: p.disk_write,
        })
        .collect();
    points.sort_by(|a, b| a.time.cmp(&b.time));
    Ok(points)
}

#[derive(Deserialize)]
struct TrafficWire {
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    in_gb: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    out_gb: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    used_gb: Option<Decimal>,
    #[serde(default, deserialize_with = "wire::opt_decimal")]
    limit_gb: Option<Decimal>,
}

/// `GET /service/@id/vms/@vmid/traffic`.
pub fn traffic(v: &Value) -> Result<Traffic, ApiError> {
    let w: TrafficWire = field(v, "traffic")?;
    let (i, o) = (w.in_gb.unwrap_or_default(), w.out_gb.unwrap_or_default());
    Ok(Traffic {
        in_gb: i,
        out_gb: o,
        used_gb: w.used_gb.unwrap_or(i + o),
        limit_gb: w.limit_gb.filter(|l| !l.is_zero()),
    })
}

#[derive(Deserialize)]
struct BackupWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::text", alias = "created")]
    date: String,
    #[serde(default, deserialize_with = "wire::count")]
    size: u64,
}

/// `GET /service/@id/vms/@vmid/backup`.
pub fn backups(v: &Value) -> Result<Vec<Backup>, ApiError> {
    Ok(rows::<BackupWire>(v, "backups")?
        .into_iter()
        .map(|b| Backup {
            id: b.id,
            name: b.name,
            date: b.date,
            size_mb: b.size,
        })
        .collect())
}

#[derive(Deserialize)]
struct IpWire {
    #[serde(default, deserialize_with = "wire::text")]
    id: String,
    #[serde(deserialize_with = "wire::text", alias = "ip", alias = "address")]
    ipaddress: String,
    #[serde(default, deserialize_with = "wire::text", rename = "type")]
    kind: String,
    #[serde(default, deserialize_with = "wire::opt_text", alias = "hostname")]
    rdns: Option<String>,
    #[serde(default, deserialize_with = "wire::flag")]
    primary: bool,
}

/// `GET /service/@id/vms/@vmid/ips`.
pub fn vm_ips(v: &Value) -> Result<Vec<VmIp>, ApiError> {
    Ok(rows::<IpWire>(v, "ips")?
        .into_iter()
        .map(|i| VmIp {
            v6: i.kind.eq_ignore_ascii_case("ipv6") || i.ipaddress.contains(':'),
            id: if i.id.is_empty() {
                i.ipaddress.clone()
            } else {
                i.id
            },
            address: i.ipaddress,
            rdns: i.rdns,
            primary: i.primary,
        })
        .collect())
}

/// `GET /service/@id/vms/@vmid/interfaces/@iface/ips`.
pub fn spare_ips(v: &Value) -> Result<Vec<SpareIp>, ApiError> {
    Ok(rows::<IpWire>(v, "ips")?
        .into_iter()
        .map(|i| SpareIp {
            id: i.id,
            address: i.ipaddress,
        })
        .collect())
}

/// Gives each address the name a reverse-DNS list has for it (an empty name: none); an
/// address the list does not name keeps what its own answer said.
pub fn name_addresses(ips: &mut [VmIp], names: Vec<(String, String)>) {
    for (address, name) in names {
        if let Some(ip) = ips.iter_mut().find(|ip| ip.address == address) {
            ip.rdns = (!name.is_empty()).then_some(name);
        }
    }
}

/// `GET /service/@id/vms/@vmid/rdns`: address -> name (empty when unset).
pub fn rdns(v: &Value) -> Result<Vec<(String, String)>, ApiError> {
    Ok(rows::<IpWire>(v, "rdns")?
        .into_iter()
        .map(|i| (i.ipaddress, i.rdns.unwrap_or_default()))
        .collect())
}

#[derive(Deserialize)]
struct NamedWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text", alias = "label")]
    name: String,
    #[serde(default, deserialize_with = "wire::count")]
    size: u64,
    #[serde(default, deserialize_with = "wire::count")]
    max_size: u64,
}

/// `GET /service/@id/vms/@vmid/storage`.
pub fn disks(v: &Value) -> Result<Vec<Disk>, ApiError> {
    Ok(rows::<NamedWire>(v, "disks")?
        .into_iter()
        .map(|d| Disk {
            name: if d.name.is_empty() {
                d.id.clone()
            } else {
                d.name
            },
            id: d.id,
            size_gb: d.size,
            max_gb: (d.max_size > 0).then_some(d.max_size),
        })
        .collect())
}

/// `POST /service/@id/images`'s body (seed 002: `label`, `file_url`, `min_memory`, `os`, ...).
pub fn iso_image_body(iso: &crate::vm::iso::NewIsoImage) -> Value {
    let mut body = serde_json::json!({ "label": iso.label, "file_url": iso.url, "os": iso.os });
    if let Some(mb) = iso.min_memory_mb {
        body["min_memory"] = Value::from(mb);
    }
    body
}

/// `GET /service/@id/images`.
pub fn images(v: &Value) -> Result<Vec<IsoImage>, ApiError> {
    Ok(rows::<NamedWire>(v, "images")?
        .into_iter()
        .map(|i| IsoImage {
            name: if i.name.is_empty() {
                i.id.clone()
            } else {
                i.name
            },
            id: i.id,
        })
        .collect())
}

#[derive(Deserialize)]
struct InterfaceWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    name: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    mac: Option<String>,
}

/// `GET /service/@id/vms/@vmid/interfaces`.
pub fn interfaces(v: &Value) -> Result<Vec<NetInterface>, ApiError> {
    Ok(rows::<InterfaceWire>(v, "interfaces")?
        .into_iter()
        .map(|i| NetInterface {
            name: if i.name.is_empty() {
                i.id.clone()
            } else {
                i.name
            },
            id: i.id,
            mac: i.mac,
        })
        .collect())
}

/// `POST /service/@id/vms/@vmid/resetpwd`: the new root password.
pub fn new_password(v: &Value) -> Result<String, ApiError> {
    v.get("password")
        .and_then(Value::as_str)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .ok_or_else(|| ApiError::Decode("missing \"password\"".into()))
}

/// A console ticket's answer: `{"console": {"url": "/console/<ticket>", ...}}`. Only a
/// same-origin path is taken (the page may connect nowhere else, and a ticket URL from another
/// origin would be a way to send the customer's keystrokes elsewhere).
pub fn console_url(v: &Value) -> Result<String, ApiError> {
    let url = v
        .pointer("/console/url")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::Decode("missing \"console.url\"".into()))?;
    if url.starts_with('/') && !url.starts_with("//") {
        Ok(url.to_string())
    } else {
        Err(ApiError::Decode(format!(
            "console URL {url:?} is not on this site"
        )))
    }
}
