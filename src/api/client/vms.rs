//! Cloud servers of a service: power, rebuild, resize, templates, usage, backups, addresses,
//! reverse DNS, disks and ISO images (HostBill), and a BoxBilling order's SolusVM server.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::{boxbilling, hostbill};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{
    Backup, Dialect, Disk, IsoImage, NetInterface, NewVm, Resource, SpareIp, Traffic, UsagePoint,
    Vm, VmIp, VmTemplate,
};
use crate::percent::encode_component;
use crate::vm::PowerAction;
use crate::vm::iso::NewIsoImage;
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// The order's one virtual server: `servicesolusvm/info` and `status`.
    async fn bb_vm(&self, order: &str) -> Result<Vm, ApiError> {
        let params = json!({ "order_id": order });
        let (info, status) = futures::join!(
            self.bb(calls::BB_VM_INFO, params.clone()),
            self.bb(calls::BB_VM_STATUS, params.clone())
        );
        let status = status?;
        Ok(boxbilling::vm(
            order,
            &info?,
            status.as_str().unwrap_or_default(),
        ))
    }

    /// `servicesolusvm/set_hostname`. Sent once.
    pub async fn vm_set_hostname(&self, order: &str, hostname: &str) -> Result<(), ApiError> {
        if self.dialect() != Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            calls::BB_VM_HOSTNAME,
            json!({ "order_id": order, "hostname": hostname }),
        )
        .await
        .map(|_| ())
    }

    /// `servicesolusvm/set_root_password` with the customer's password. Sent once; the
    /// password is in the request body only, never in a URL or a log.
    pub async fn vm_set_root_password(&self, order: &str, password: &str) -> Result<(), ApiError> {
        if self.dialect() != Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            calls::BB_VM_ROOT_PASSWORD,
            json!({ "order_id": order, "password": password }),
        )
        .await
        .map(|_| ())
    }

    /// `client/servicesolusvm/change_password`: the SolusVM control panel login's password.
    /// Sent once.
    pub async fn vm_set_panel_password(&self, order: &str, password: &str) -> Result<(), ApiError> {
        if self.dialect() != Dialect::Boxbilling {
            return Err(ApiError::Unsupported);
        }
        self.bb(
            calls::BB_VM_PANEL_PASSWORD,
            json!({ "order_id": order, "password": password }),
        )
        .await
        .map(|_| ())
    }

    /// `client/servicesolusvm/rebuild` with a SolusVM template identifier. Sent once.
    async fn bb_rebuild(&self, order: &str, template: &str) -> Result<(), ApiError> {
        self.bb(
            calls::BB_VM_REBUILD,
            json!({ "order_id": order, "template": template }),
        )
        .await
        .map(|_| ())
    }

    /// Boot, shutdown or reboot (the actions SolusVM's client module has). Sent once.
    async fn bb_power(&self, order: &str, action: PowerAction) -> Result<(), ApiError> {
        let call = match action {
            PowerAction::Start => calls::BB_VM_BOOT,
            PowerAction::Shutdown | PowerAction::Stop => calls::BB_VM_SHUTDOWN,
            PowerAction::Reboot | PowerAction::Reset => calls::BB_VM_REBOOT,
            PowerAction::Rescue | PowerAction::Unrescue => return Err(ApiError::Unsupported),
        };
        self.bb(call, json!({ "order_id": order }))
            .await
            .map(|_| ())
    }

    async fn get_value(&self, path: String) -> Result<Value, ApiError> {
        self.transport.send(Request::get(path)).await
    }

    async fn change(&self, method: Method, path: String, body: Value) -> Result<Value, ApiError> {
        self.transport
            .send(Request::with_body(method, path, body))
            .await
    }

    /// `GET /service/@id/vms`.
    pub async fn vms(&self, service: &str) -> Result<Vec<Vm>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(vec![self.bb_vm(service).await?]),
            Dialect::Hostbill => {
                let path = calls::SERVICE_VMS.fill(&[service]);
                hostbill::vms(&self.get_value(path).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/vms/@vmid`.
    pub async fn vm(&self, service: &str, vm: &str) -> Result<Vm, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_vm(vm).await,
            Dialect::Hostbill => {
                hostbill::vm(&self.get_value(calls::VM.fill(&[service, vm])).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../@vmid/<action>`: answers the VM as the portal reports it right after, if it
    /// says. Sent once.
    pub async fn vm_power(
        &self,
        service: &str,
        vm: &str,
        action: PowerAction,
    ) -> Result<Option<Vm>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_power(vm, action).await.map(|_| None),
            Dialect::Hostbill => {
                let path = power_call(action).fill(&[service, vm]);
                let v = self
                    .change(Method::Post, path, Value::Object(Default::default()))
                    .await?;
                Ok(hostbill::vm_in_answer(&v))
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../@vmid/rebuild` with `template`. Sent once.
    pub async fn vm_rebuild(
        &self,
        service: &str,
        vm: &str,
        template: &str,
    ) -> Result<Option<Vm>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_rebuild(vm, template).await.map(|()| None),
            Dialect::Hostbill => {
                let path = calls::VM_REBUILD.fill(&[service, vm]);
                let v = self
                    .change(Method::Post, path, json!({ "template": template }))
                    .await?;
                Ok(hostbill::vm_in_answer(&v))
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@id/vms`. Sent once.
    pub async fn vm_create(&self, service: &str, new: &NewVm) -> Result<Option<Vm>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_VMS.fill(&[service]);
                let body = json!({
                    "label": new.label, "template": new.template, "memory": new.memory_mb.to_string(),
                    "cpu": new.cpus.to_string(), "disk": new.disk_gb.to_string(),
                });
                let v = self.change(Method::Post, path, body).await?;
                Ok(hostbill::vm_in_answer(&v))
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `PUT /service/@id/vms/@vmid` with `memory` and `cpu`. Sent once.
    pub async fn vm_resize(
        &self,
        service: &str,
        vm: &str,
        memory_mb: u64,
        cpus: u64,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let body = json!({ "memory": memory_mb.to_string(), "cpu": cpus.to_string() });
                self.change(Method::Put, calls::VM.fill(&[service, vm]), body)
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `DELETE /service/@id/vms/@vmid`. Sent once.
    pub async fn vm_destroy(&self, service: &str, vm: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request {
                    method: Method::Delete,
                    ..Request::get(calls::VM.fill(&[service, vm]))
                };
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/templates`.
    pub async fn vm_templates(&self, service: &str) -> Result<Vec<VmTemplate>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::TEMPLATES.fill(&[service]);
                hostbill::templates(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// Templates a VM can be rebuilt with: `GET /service/@id/templates/@vmid` (seed 002), or the
    /// service's list where a portal lacks the per-VM route.
    pub async fn vm_rebuild_templates(
        &self,
        service: &str,
        vm: &str,
    ) -> Result<Vec<VmTemplate>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => Ok(self.vm_templates.to_vec()),
            Dialect::Hostbill => {
                let path = calls::VM_TEMPLATES.fill(&[service, vm]);
                match self.get_value(path).await {
                    Ok(v) => hostbill::templates(&v),
                    Err(ApiError::Portal { status: 404, .. }) => self.vm_templates(service).await,
                    Err(e) => Err(e),
                }
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/interfaces`.
    pub async fn vm_interfaces(
        &self,
        service: &str,
        vm: &str,
    ) -> Result<Vec<NetInterface>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_INTERFACES.fill(&[service, vm]);
                hostbill::interfaces(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/resources`.
    pub async fn vm_resources(&self, service: &str) -> Result<Vec<Resource>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::RESOURCES.fill(&[service]);
                hostbill::resources(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/usage`.
    pub async fn vm_usage(&self, service: &str, vm: &str) -> Result<Vec<UsagePoint>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_USAGE.fill(&[service, vm]);
                hostbill::usage(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/traffic`.
    pub async fn vm_traffic(&self, service: &str, vm: &str) -> Result<Traffic, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_TRAFFIC.fill(&[service, vm]);
                hostbill::traffic(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/backup`.
    pub async fn vm_backups(&self, service: &str, vm: &str) -> Result<Vec<Backup>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_BACKUPS.fill(&[service, vm]);
                hostbill::backups(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `DELETE .../@vmid/backup/@backupid`. Sent once.
    pub async fn vm_delete_backup(
        &self,
        service: &str,
        vm: &str,
        backup: &str,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_BACKUP.fill(&[service, vm, backup]);
                let req = Request {
                    method: Method::Delete,
                    ..Request::get(path)
                };
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// A console ticket for the VM's screen: `POST` to the portal's console route (`route` from
    /// the config, `@id` and `@vmid` filled in). Answers the WebSocket URL to open, same-origin
    /// (the page's CSP allows no other).
    pub async fn vm_console_ticket(
        &self,
        route: &str,
        service: &str,
        vm: &str,
    ) -> Result<String, ApiError> {
        if self.dialect() != Dialect::Hostbill {
            return Err(ApiError::Unsupported);
        }
        let path = route
            .replace("@vmid", &encode_component(vm))
            .replace("@id", &encode_component(service));
        let v = self
            .change(Method::Post, path, Value::Object(Default::default()))
            .await?;
        hostbill::console_url(&v)
    }

    /// `POST .../@vmid/resetpwd`: the new root password. Sent once.
    pub async fn vm_reset_password(&self, service: &str, vm: &str) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_RESET_PASSWORD.fill(&[service, vm]);
                let v = self
                    .change(Method::Post, path, Value::Object(Default::default()))
                    .await?;
                hostbill::new_password(&v)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/ips`, with each address's name from `GET .../@vmid/rdns` when `with_rdns`
    /// (the VM lists that method): the call the seed documents for the names, since the
    /// addresses' answer is not documented to carry them. Both asked at once.
    pub async fn vm_ips(
        &self,
        service: &str,
        vm: &str,
        with_rdns: bool,
    ) -> Result<Vec<VmIp>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let names = with_rdns.then(|| calls::VM_RDNS.fill(&[service, vm]));
                self.named_addresses(calls::VM_IPS.fill(&[service, vm]), names)
                    .await
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/interfaces/@iface/ips`: addresses that can be assigned.
    pub async fn vm_spare_ips(
        &self,
        service: &str,
        vm: &str,
        iface: &str,
    ) -> Result<Vec<SpareIp>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_INTERFACE_IPS.fill(&[service, vm, iface]);
                hostbill::spare_ips(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../@vmid/ips` with `ipid` and `interfaceid`. Sent once.
    pub async fn vm_assign_ip(
        &self,
        service: &str,
        vm: &str,
        ip: &str,
        iface: &str,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_IPS.fill(&[service, vm]);
                self.change(
                    Method::Post,
                    path,
                    json!({ "ipid": ip, "interfaceid": iface }),
                )
                .await
                .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `DELETE .../@vmid/ips/@ipid`. Sent once.
    pub async fn vm_remove_ip(&self, service: &str, vm: &str, ip: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_IP.fill(&[service, vm, ip]);
                let req = Request {
                    method: Method::Delete,
                    ..Request::get(path)
                };
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../@vmid/rdns` with `ipaddress: {ip: name}`. Sent once.
    pub async fn vm_set_rdns(
        &self,
        service: &str,
        vm: &str,
        entries: &[(String, String)],
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_RDNS.fill(&[service, vm]);
                let map: serde_json::Map<String, Value> = entries
                    .iter()
                    .map(|(ip, name)| (ip.clone(), Value::String(name.clone())))
                    .collect();
                self.change(Method::Post, path, json!({ "ipaddress": map }))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../@vmid/rebuild_network` with the seed's three fields: how the VM is stopped
    /// (`shutdown_type`: `shutdown` asks the system, `poweroff` cuts it; `force` goes with the
    /// latter) and whether it is started again (`startup`). Sent once.
    pub async fn vm_rebuild_network(
        &self,
        service: &str,
        vm: &str,
        power_off: bool,
        start_again: bool,
    ) -> Result<Option<Vm>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_REBUILD_NETWORK.fill(&[service, vm]);
                let flag = |b: bool| if b { "1" } else { "0" };
                let body = json!({
                    "shutdown_type": if power_off { "poweroff" } else { "shutdown" },
                    "force": flag(power_off),
                    "startup": flag(start_again),
                });
                let v = self.change(Method::Post, path, body).await?;
                Ok(hostbill::vm_in_answer(&v))
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/storage`.
    pub async fn vm_disks(&self, service: &str, vm: &str) -> Result<Vec<Disk>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_STORAGE.fill(&[service, vm]);
                hostbill::disks(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `PUT .../@vmid/storage/@diskid` with `size` (GB). Sent once.
    pub async fn vm_resize_disk(
        &self,
        service: &str,
        vm: &str,
        disk: &str,
        size_gb: u64,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::VM_DISK.fill(&[service, vm, disk]);
                self.change(Method::Put, path, json!({ "size": size_gb.to_string() }))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/images`.
    pub async fn iso_images(&self, service: &str) -> Result<Vec<IsoImage>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_IMAGES.fill(&[service]);
                hostbill::images(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@id/images` with `label`, `file_url`, `os` and `min_memory`: the portal
    /// fetches the ISO from the URL and lists it among the service's images. Sent once.
    pub async fn add_iso_image(&self, service: &str, iso: &NewIsoImage) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_IMAGES.fill(&[service]);
                self.change(Method::Post, path, hostbill::iso_image_body(iso))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }
}

/// The route of a power action (`POST /service/@id/vms/@vmid/<action>`).
fn power_call(action: PowerAction) -> calls::Path {
    match action {
        PowerAction::Start => calls::VM_START,
        PowerAction::Shutdown => calls::VM_SHUTDOWN,
        PowerAction::Stop => calls::VM_STOP,
        PowerAction::Reboot => calls::VM_REBOOT,
        PowerAction::Reset => calls::VM_RESET,
        PowerAction::Rescue => calls::VM_RESCUE,
        PowerAction::Unrescue => calls::VM_UNRESCUE,
    }
}
