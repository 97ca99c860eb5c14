//! What a service's module adds to its page beyond the VM console: a server's IP addresses and
//! their reverse DNS, for a service that is not a cloud VM
//! (a dedicated or colocated server: HostBill `/service/@id/ip`, `/service/@id/rdns`). The
//! answers are not in the seeds; HostBill's server modules answer these in the shapes of the VM
//! console's address and reverse-DNS lists, which the same decoders read; and a cPanel account's
//! backups.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::hosting::AccountBackup;
use crate::model::{Dialect, VmIp};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// `GET /service/@id/ip`, with each address's name from `GET /service/@id/rdns` when
    /// `with_rdns` (the service's methods list it); both asked at once.
    pub async fn service_addresses(
        &self,
        id: &str,
        with_rdns: bool,
    ) -> Result<Vec<VmIp>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let names = with_rdns.then(|| calls::SERVICE_RDNS.fill(&[id]));
                self.named_addresses(calls::SERVICE_IPS.fill(&[id]), names)
                    .await
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// HostBill's addresses (`ips`: a VM's or a server's list) with the names of its reverse-DNS
    /// list (`rdns`, when the service lists that method), both asked at once.
    pub(super) async fn named_addresses(
        &self,
        ips: String,
        rdns: Option<String>,
    ) -> Result<Vec<VmIp>, ApiError> {
        let addresses = self.transport.send(Request::get(ips));
        let names = async {
            match rdns {
                Some(path) => hostbill::rdns(&self.transport.send(Request::get(path)).await?),
                None => Ok(Vec::new()),
            }
        };
        let (addresses, names) = futures::join!(addresses, names);
        let mut addresses = hostbill::vm_ips(&addresses?)?;
        hostbill::name_addresses(&mut addresses, names?);
        Ok(addresses)
    }

    /// `POST /service/@id/rdns` with `ipaddress: {ip: name}` (the seed: "Use Ip address as
    /// parameter key and hostname as value"), the changed names only. Sent once.
    pub async fn set_service_rdns(
        &self,
        id: &str,
        entries: &[(String, String)],
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let map: serde_json::Map<String, Value> = entries
                    .iter()
                    .map(|(ip, name)| (ip.clone(), Value::String(name.clone())))
                    .collect();
                let body = json!({ "ipaddress": map });
                self.transport
                    .send(Request::with_body(
                        Method::Post,
                        calls::SERVICE_RDNS.fill(&[id]),
                        body,
                    ))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/cpanel2/@id/backup`: the backups a cPanel account's panel keeps.
    pub async fn panel_backups(&self, id: &str) -> Result<Vec<AccountBackup>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => hostbill::cpanel::cpanel_backups(
                &self
                    .transport
                    .send(Request::get(calls::CPANEL_BACKUPS.fill(&[id])))
                    .await?,
            ),
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }
}
