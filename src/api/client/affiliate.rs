//! The affiliate programme (HostBill seed 002): the account's standing, joining, the referral
//! figures, commissions, payouts, campaigns, commission plans and the discount vouchers made
//! from them (each write sent once).

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::hostbill::affiliate as wire;
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::affiliate::{
    AffiliateStanding, AffiliateSummary, AffiliateVoucher, Campaign, Commission, CommissionPlan,
    NewVoucher, Payout,
};
use serde_json::{Value, json};

impl<P: Platform> ApiClient<P> {
    /// A shared read: the page's sections asking for the same list (the plans are wanted by the
    /// earnings and by the voucher form) send it once; a write forgets it.
    async fn affiliate_get(&self, path: impl Into<String>) -> Result<Value, ApiError> {
        self.hostbill_only()?;
        self.transport.send(Request::get(path).shared()).await
    }

    /// `GET /affiliate`: a member's record, or not joined.
    pub async fn affiliate(&self) -> Result<AffiliateStanding, ApiError> {
        wire::standing(&self.affiliate_get(calls::AFFILIATE).await?)
    }

    /// `POST /affiliate/active`: joins the programme. Sent once.
    pub async fn join_affiliates(&self) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::AFFILIATE_ACTIVATE,
                json!({}),
            ))
            .await
            .map(|_| ())
    }

    /// `GET /affiliates/summary`.
    pub async fn affiliate_summary(&self) -> Result<AffiliateSummary, ApiError> {
        wire::summary(&self.affiliate_get(calls::AFFILIATE_SUMMARY).await?)
    }

    /// `GET /affiliate/commission`.
    pub async fn affiliate_commissions(&self) -> Result<Vec<Commission>, ApiError> {
        wire::commissions(&self.affiliate_get(calls::AFFILIATE_COMMISSIONS).await?)
    }

    /// `GET /affiliate/payouts`.
    pub async fn affiliate_payouts(&self) -> Result<Vec<Payout>, ApiError> {
        wire::payouts(&self.affiliate_get(calls::AFFILIATE_PAYOUTS).await?)
    }

    /// `GET /affiliates/campaigns`.
    pub async fn affiliate_campaigns(&self) -> Result<Vec<Campaign>, ApiError> {
        wire::campaigns(&self.affiliate_get(calls::AFFILIATE_CAMPAIGNS).await?)
    }

    /// `GET /affiliate/plans`.
    pub async fn commission_plans(&self) -> Result<Vec<CommissionPlan>, ApiError> {
        wire::plans(&self.affiliate_get(calls::AFFILIATE_PLANS).await?)
    }

    /// `GET /affiliate/plans/@id`: the plan as it stands now (read again before a voucher is
    /// made from it, so its rate is not a stale one).
    pub async fn commission_plan(&self, id: &str) -> Result<CommissionPlan, ApiError> {
        wire::plan(
            &self
                .affiliate_get(calls::AFFILIATE_PLAN.fill(&[id]))
                .await?,
        )
    }

    /// `GET /affiliate/vouchers`.
    pub async fn affiliate_vouchers(&self) -> Result<Vec<AffiliateVoucher>, ApiError> {
        wire::vouchers(&self.affiliate_get(calls::AFFILIATE_VOUCHERS).await?)
    }

    /// `POST /affiliate/addvoucher`. Sent once.
    pub async fn add_affiliate_voucher(&self, v: &NewVoucher) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::AFFILIATE_ADD_VOUCHER,
                wire::new_voucher_body(v),
            ))
            .await
            .map(|_| ())
    }

    /// `POST /affiliate/removevoucher` with the voucher's id. Sent once.
    pub async fn remove_affiliate_voucher(&self, id: &str) -> Result<(), ApiError> {
        self.hostbill_only()?;
        self.transport
            .send(Request::with_body(
                Method::Post,
                calls::AFFILIATE_REMOVE_VOUCHER,
                json!({ "id": id }),
            ))
            .await
            .map(|_| ())
    }
}
