//! Cloud servers of a service: power, rebuild, resize, templates, usage, backups, addresses,
//! reverse DNS, disks and ISO images (HostBill), and a BoxBilling order's SolusVM server.

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
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// The order's one virtual server: `servicesolusvm/info` and `status`.
    async fn bb_vm(&self, order: &str) -> Result<Vm, ApiError> {
        let params = json!({ "order_id": order });
        let (info, status) = futures::join!(
            self.bb("/client/servicesolusvm/info", params.clone()),
            self.bb("/client/servicesolusvm/status", params.clone())
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
            "/client/servicesolusvm/set_hostname",
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
            "/client/servicesolusvm/set_root_password",
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
            "/client/servicesolusvm/change_password",
            json!({ "order_id": order, "password": password }),
        )
        .await
        .map(|_| ())
    }

    /// `client/servicesolusvm/rebuild` with a SolusVM template identifier. Sent once.
    async fn bb_rebuild(&self, order: &str, template: &str) -> Result<(), ApiError> {
        self.bb(
            "/client/servicesolusvm/rebuild",
            json!({ "order_id": order, "template": template }),
        )
        .await
        .map(|_| ())
    }

    /// Boot, shutdown or reboot (the actions SolusVM's client module has). Sent once.
    async fn bb_power(&self, order: &str, action: PowerAction) -> Result<(), ApiError> {
        let method = match action {
            PowerAction::Start => "boot",
            PowerAction::Shutdown | PowerAction::Stop => "shutdown",
            PowerAction::Reboot | PowerAction::Reset => "reboot",
            PowerAction::Rescue | PowerAction::Unrescue => return Err(ApiError::Unsupported),
        };
        self.bb(
            &format!("/client/servicesolusvm/{method}"),
            json!({ "order_id": order }),
        )
        .await
        .map(|_| ())
    }

    fn vm_path(service: &str, vm: &str) -> String {
        format!(
            "/service/{}/vms/{}",
            encode_component(service),
            encode_component(vm)
        )
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
                let path = format!("/service/{}/vms", encode_component(service));
                hostbill::vms(&self.get_value(path).await?)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/vms/@vmid`.
    pub async fn vm(&self, service: &str, vm: &str) -> Result<Vm, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_vm(vm).await,
            Dialect::Hostbill => hostbill::vm(&self.get_value(Self::vm_path(service, vm)).await?),
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
                let path = format!("{}/{}", Self::vm_path(service, vm), action.route());
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
                let path = format!("{}/rebuild", Self::vm_path(service, vm));
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
                let path = format!("/service/{}/vms", encode_component(service));
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
                self.change(Method::Put, Self::vm_path(service, vm), body)
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
                    ..Request::get(Self::vm_path(service, vm))
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
                let path = format!("/service/{}/templates", encode_component(service));
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
                let path = format!(
                    "/service/{}/templates/{}",
                    encode_component(service),
                    encode_component(vm)
                );
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
                let path = format!("{}/interfaces", Self::vm_path(service, vm));
                hostbill::interfaces(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@id/resources`.
    pub async fn vm_resources(&self, service: &str) -> Result<Vec<Resource>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("/service/{}/resources", encode_component(service));
                hostbill::resources(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/usage`.
    pub async fn vm_usage(&self, service: &str, vm: &str) -> Result<Vec<UsagePoint>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/usage", Self::vm_path(service, vm));
                hostbill::usage(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/traffic`.
    pub async fn vm_traffic(&self, service: &str, vm: &str) -> Result<Traffic, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/traffic", Self::vm_path(service, vm));
                hostbill::traffic(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/backup`.
    pub async fn vm_backups(&self, service: &str, vm: &str) -> Result<Vec<Backup>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/backup", Self::vm_path(service, vm));
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
                let path = format!(
                    "{}/backup/{}",
                    Self::vm_path(service, vm),
                    encode_component(backup)
                );
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
                let path = format!("{}/resetpwd", Self::vm_path(service, vm));
                let v = self
                    .change(Method::Post, path, Value::Object(Default::default()))
                    .await?;
                hostbill::new_password(&v)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET .../@vmid/ips`.
    pub async fn vm_ips(&self, service: &str, vm: &str) -> Result<Vec<VmIp>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/ips", Self::vm_path(service, vm));
                hostbill::vm_ips(&self.get_value(path).await?)
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
                let path = format!(
                    "{}/interfaces/{}/ips",
                    Self::vm_path(service, vm),
                    encode_component(iface)
                );
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
                let path = format!("{}/ips", Self::vm_path(service, vm));
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
                let path = format!(
                    "{}/ips/{}",
                    Self::vm_path(service, vm),
                    encode_component(ip)
                );
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
                let path = format!("{}/rdns", Self::vm_path(service, vm));
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

    /// `GET .../@vmid/storage`.
    pub async fn vm_disks(&self, service: &str, vm: &str) -> Result<Vec<Disk>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/storage", Self::vm_path(service, vm));
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
                let path = format!(
                    "{}/storage/{}",
                    Self::vm_path(service, vm),
                    encode_component(disk)
                );
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
                let path = format!("/service/{}/images", encode_component(service));
                hostbill::images(&self.get_value(path).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// Attaches (`POST .../@vmid/iso` with `image`) or detaches (`DELETE`) an ISO. Sent once.
    pub async fn vm_set_iso(
        &self,
        service: &str,
        vm: &str,
        image: Option<&str>,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = format!("{}/iso", Self::vm_path(service, vm));
                match image {
                    Some(id) => self
                        .change(Method::Post, path, json!({ "image": id }))
                        .await
                        .map(|_| ()),
                    None => {
                        let req = Request {
                            method: Method::Delete,
                            ..Request::get(path)
                        };
                        self.transport.send(req).await.map(|_| ())
                    }
                }
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }
}
