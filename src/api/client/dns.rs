//! DNS zones of a service and their records (HostBill).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::dns::Record;
use crate::model::{Dialect, Zone, ZoneSummary};

impl<P: Platform> ApiClient<P> {
    /// `GET /dns`: every zone with its service.
    pub async fn dns_zones(&self) -> Result<Vec<ZoneSummary>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                hostbill::zones(&self.transport.send(Request::get(calls::DNS_ZONES)).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@service_id/dns`: the zones of one service; `None` when the portal says the
    /// service has no DNS (its module has no such method), so its page offers none.
    pub async fn service_zones(
        &self,
        service_id: &str,
    ) -> Result<Option<Vec<ZoneSummary>>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request::get(calls::SERVICE_DNS.fill(&[service_id]));
                match self.transport.send(req).await {
                    Ok(v) => hostbill::service_zones(&v, service_id).map(Some),
                    Err(e) if hostbill::has_no_dns(&e) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /service/@service_id/dns/@zone_id`: the zone with its records.
    pub async fn dns_zone(&self, service_id: &str, zone_id: &str) -> Result<Zone, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request::get(calls::DNS_ZONE.fill(&[service_id, zone_id]));
                hostbill::zone_from_text(&self.transport.send_text(req).await?, zone_id)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /service/@service_id/dns` with the zone name (ASCII). Sent once.
    pub async fn create_zone(&self, service_id: &str, name: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::SERVICE_DNS.fill(&[service_id]);
                let body = serde_json::json!({ "name": name });
                self.transport
                    .send(Request::with_body(Method::Post, path, body))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `DELETE /service/@service_id/dns/@zone_id`. Sent once.
    pub async fn delete_zone(&self, service_id: &str, zone_id: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request {
                    method: Method::Delete,
                    ..Request::get(calls::DNS_ZONE.fill(&[service_id, zone_id]))
                };
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST .../records`: adds a record; answers it as stored. Sent once.
    pub async fn add_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record: &Record,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::DNS_RECORDS.fill(&[service_id, zone_id]);
                self.transport
                    .send(Request::with_body(
                        Method::Post,
                        path,
                        hostbill::record_body(record),
                    ))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `PUT .../records/@record_id`. Sent once.
    pub async fn edit_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record: &Record,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let id = record.id.as_deref().unwrap_or_default();
                let path = calls::DNS_RECORD.fill(&[service_id, zone_id, id]);
                self.transport
                    .send(Request::with_body(
                        Method::Put,
                        path,
                        hostbill::record_body(record),
                    ))
                    .await
                    .map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `DELETE .../records/@record_id`. Sent once.
    pub async fn delete_record(
        &self,
        service_id: &str,
        zone_id: &str,
        record_id: &str,
    ) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::DNS_RECORD.fill(&[service_id, zone_id, record_id]);
                let req = Request {
                    method: Method::Delete,
                    ..Request::get(path)
                };
                self.transport.send(req).await.map(|_| ())
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }
}
