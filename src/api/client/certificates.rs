//! SSL certificates (HostBill seed 002): the list, one certificate, its file, the products on
//! sale with their server software, and ordering one (sent once).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::certificates as wire;
use crate::api::dialect::hostbill::order_placed;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::OrderPlaced;
use crate::model::certificate::{
    Certificate, CertificateDetail, CertificateOrder, CertificateProduct, ServerSoftware,
};

impl<P: Platform> ApiClient<P> {
    /// `GET /certificate`.
    pub async fn certificates(&self) -> Result<Vec<Certificate>, ApiError> {
        self.hostbill_only()?;
        wire::certificates(
            &self
                .transport
                .send(Request::get(calls::CERTIFICATES))
                .await?,
        )
    }

    /// `GET /certificate/@id`.
    pub async fn certificate(&self, id: &str) -> Result<CertificateDetail, ApiError> {
        self.hostbill_only()?;
        let path = calls::CERTIFICATE.fill(&[id]);
        wire::certificate(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /certificate/@id/crt`: the certificate (and any chain the portal adds) as PEM text.
    pub async fn certificate_file(&self, id: &str) -> Result<String, ApiError> {
        self.hostbill_only()?;
        let path = calls::CERTIFICATE_FILE.fill(&[id]);
        let text = self.transport.send_text(Request::get(path)).await?;
        wire::certificate_file(text.as_bytes())
    }

    /// `GET /certificate/order`: the certificates on sale.
    pub async fn certificate_products(&self) -> Result<Vec<CertificateProduct>, ApiError> {
        self.hostbill_only()?;
        wire::certificate_products(
            &self
                .transport
                .send(Request::get(calls::CERTIFICATE_ORDER))
                .await?,
        )
    }

    /// `GET /certificate/order/@product_id/software`.
    pub async fn server_software(&self, product: &str) -> Result<Vec<ServerSoftware>, ApiError> {
        self.hostbill_only()?;
        let path = calls::CERTIFICATE_SOFTWARE.fill(&[product]);
        wire::server_software(&self.transport.send(Request::get(path)).await?)
    }

    /// `POST /certificate/order`: answers like any order (number, invoice, total). Sent once.
    pub async fn order_certificate(
        &self,
        order: &CertificateOrder,
    ) -> Result<OrderPlaced, ApiError> {
        self.hostbill_only()?;
        order_placed(
            &self
                .transport
                .send(Request::with_body(
                    Method::Post,
                    calls::CERTIFICATE_ORDER,
                    wire::order_body(order),
                ))
                .await?,
        )
    }
}
