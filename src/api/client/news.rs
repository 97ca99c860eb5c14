//! The provider's news and downloads (HostBill seed 002; the calls need no sign-in, and are
//! sent with the session like any other).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::news as wire;
use crate::api::error::ApiError;
use crate::api::http::Request;
use crate::api::transport::Platform;
use crate::model::news::{DownloadFile, Post};

impl<P: Platform> ApiClient<P> {
    /// `GET /post/recent`, or `GET /post/sale` with `offers`.
    pub async fn posts(&self, offers: bool) -> Result<Vec<Post>, ApiError> {
        self.hostbill_only()?;
        let path = if offers {
            calls::POSTS_SALE
        } else {
            calls::POSTS_RECENT
        };
        wire::posts(&self.transport.send(Request::get(path)).await?)
    }

    /// `GET /downloads`.
    pub async fn downloads(&self) -> Result<Vec<DownloadFile>, ApiError> {
        self.hostbill_only()?;
        wire::downloads(&self.transport.send(Request::get(calls::DOWNLOADS)).await?)
    }

    /// `GET /download/@id`: the file's bytes.
    pub async fn download_file(&self, id: &str) -> Result<Vec<u8>, ApiError> {
        self.hostbill_only()?;
        let path = calls::DOWNLOAD.fill(&[id]);
        self.transport.send_document(Request::get(path)).await
    }
}
