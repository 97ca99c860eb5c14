//! Cloud VMs of a service and what hangs off them.

use crate::vm::PowerState;
use rust_decimal::Decimal;

/// One virtual server.
#[derive(Clone, Debug, PartialEq)]
pub struct Vm {
    /// Portal id (`@vmid`).
    pub id: String,
    /// Its name (the rebuild and destroy confirmations ask for it typed exactly).
    pub label: String,
    /// Power state as last reported.
    pub state: PowerState,
    /// The portal says a task holds it (no actions until it ends).
    pub locked: bool,
    /// OS template name.
    pub template: String,
    /// CPU cores.
    pub cpus: u64,
    /// Memory in MB.
    pub memory_mb: u64,
    /// Disk in GB.
    pub disk_gb: u64,
    /// IPv4 addresses.
    pub ipv4: Vec<String>,
    /// IPv6 addresses.
    pub ipv6: Vec<String>,
    /// Attached ISO image, if any.
    pub iso: Option<String>,
}

impl Vm {
    /// Whether a task is under way (by state or by lock).
    pub fn busy(&self) -> bool {
        self.locked || self.state.is_busy()
    }
}

/// An OS template to build or rebuild with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VmTemplate {
    /// Portal id to send.
    pub id: String,
    /// Name shown.
    pub name: String,
    /// Smallest disk it installs on, in GB, when the portal says.
    pub min_disk_gb: Option<u64>,
}

/// Which resource a limit is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResourceKind {
    /// Number of VMs.
    Vms,
    /// CPU cores.
    Cpu,
    /// Memory (MB).
    Memory,
    /// Disk (GB).
    Disk,
    /// Something else, named by the portal.
    Other(String),
}

/// Used and total of one resource of a cloud service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    /// What it counts.
    pub kind: ResourceKind,
    /// Unit as the portal names it.
    pub unit: String,
    /// In use.
    pub used: u64,
    /// The limit.
    pub total: u64,
}

impl Resource {
    /// What is left.
    pub fn available(&self) -> u64 {
        self.total.saturating_sub(self.used)
    }
}

/// One sample of a VM's usage.
#[derive(Clone, Debug, PartialEq)]
pub struct UsagePoint {
    /// When, as the portal wrote it (`YYYY-MM-DD hh:mm:ss`).
    pub time: String,
    /// CPU in percent.
    pub cpu: f64,
    /// Network in and out, Mbit/s.
    pub net_in: f64,
    /// Network out.
    pub net_out: f64,
    /// Disk read, MB/s.
    pub disk_read: f64,
    /// Disk write, MB/s.
    pub disk_write: f64,
}

/// This month's transfer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Traffic {
    /// Inbound GB.
    pub in_gb: Decimal,
    /// Outbound GB.
    pub out_gb: Decimal,
    /// Counted GB.
    pub used_gb: Decimal,
    /// Allowance, if limited.
    pub limit_gb: Option<Decimal>,
}

/// A backup of a VM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
    /// When it was taken, as written by the portal.
    pub date: String,
    /// Size in MB.
    pub size_mb: u64,
}

/// An address of a VM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VmIp {
    /// Portal id (to remove it).
    pub id: String,
    /// The address.
    pub address: String,
    /// IPv6 rather than IPv4.
    pub v6: bool,
    /// Its reverse-DNS name, if set.
    pub rdns: Option<String>,
    /// The main address (cannot be removed).
    pub primary: bool,
}

/// An address that can be assigned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpareIp {
    /// Portal id.
    pub id: String,
    /// The address.
    pub address: String,
}

/// A disk of a VM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disk {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Size in GB.
    pub size_gb: u64,
    /// Largest size it can grow to, when the portal says.
    pub max_gb: Option<u64>,
}

/// An ISO image that can be attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IsoImage {
    /// Portal id.
    pub id: String,
    /// Name.
    pub name: String,
}

/// A network interface of a VM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetInterface {
    /// Portal id (to assign addresses on it).
    pub id: String,
    /// Name (`eth0`).
    pub name: String,
    /// MAC address, if given.
    pub mac: Option<String>,
}

/// What a new VM gets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVm {
    /// Its name.
    pub label: String,
    /// Template id.
    pub template: String,
    /// Memory in MB.
    pub memory_mb: u64,
    /// CPU cores.
    pub cpus: u64,
    /// Disk in GB.
    pub disk_gb: u64,
}
