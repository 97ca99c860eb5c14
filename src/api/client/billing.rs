//! Money: balance, invoices (list, detail, PDF), paying them (gateways, credit, several at once),
//! top-ups, credit history and vouchers, estimates, and BoxBilling's renewal invoices and
//! transactions.

use crate::api::calls;
use crate::api::client::ApiClient;
use crate::api::dialect::{boxbilling, hostbill, kdata};
use crate::api::error::ApiError;
use crate::api::http::{Method, Request};
use crate::api::transport::Platform;
use crate::model::{
    Balance, CreditApplied, CreditLogEntry, Dialect, EstimateDetail, EstimateSummary,
    InvoiceDetail, InvoiceStatus, InvoiceSummary, Money, PaymentMethod, PaymentModule, Transaction,
    VoucherRedeemed,
};
use rust_decimal::Decimal;
use serde_json::json;

/// Unpaid invoices read per page of `GET /invoices/due`, and the most pages read (2,000 unpaid
/// invoices is beyond any real account; the bound keeps a looping portal from looping us).
const DUE_PER_PAGE: usize = 100;
const DUE_PAGES_AT_MOST: usize = 20;

impl<P: Platform> ApiClient<P> {
    /// `GET /balance`.
    pub async fn balance(&self) -> Result<Balance, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_balance(),
            Dialect::Boxbilling => self.bb_balance().await,
            Dialect::Hostbill => hostbill::balance(
                &self
                    .transport
                    .send(Request::get(calls::BALANCE).shared())
                    .await?,
            ),
        }
    }

    /// `GET /invoice`: every invoice of the account.
    pub async fn invoices(&self) -> Result<Vec<InvoiceSummary>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_invoices().await,
            Dialect::Hostbill => hostbill::invoices_from_text(
                &self
                    .transport
                    .send_text(Request::get(calls::INVOICE_LIST).shared())
                    .await?,
            ),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// The unpaid invoices, for the dashboard. HostBill: `GET /invoices/due`, every page of it (a
    /// customer with years of invoices has unpaid ones beyond the first page of `GET /invoice`);
    /// BoxBilling: the list filtered by status. The status is checked again either way, and an
    /// invoice a portal repeats (one that ignores `page`) is counted once.
    pub async fn unpaid_invoices(&self) -> Result<Vec<InvoiceSummary>, ApiError> {
        let list = match self.dialect() {
            Dialect::Kdata => return Err(ApiError::Unsupported),
            Dialect::Boxbilling => self
                .bb_list(calls::BB_INVOICE_LIST, json!({ "status": "unpaid" }))
                .await?
                .iter()
                .map(boxbilling::invoice_summary)
                .collect::<Result<Vec<_>, _>>()?,
            Dialect::Hostbill => {
                let mut all: Vec<InvoiceSummary> = Vec::new();
                let mut seen = std::collections::HashSet::new();
                for page in 0..DUE_PAGES_AT_MOST {
                    let req = Request::get(calls::INVOICES_DUE)
                        .query("page", page.to_string())
                        .query("perpage", DUE_PER_PAGE.to_string())
                        .shared();
                    let rows = hostbill::invoices(&self.transport.send(req).await?)?;
                    let full = rows.len() >= DUE_PER_PAGE;
                    let before = all.len();
                    all.extend(rows.into_iter().filter(|row| seen.insert(row.id.clone())));
                    if !full || all.len() == before {
                        break;
                    }
                }
                all
            }
        };
        Ok(list
            .into_iter()
            .filter(|i| i.status == InvoiceStatus::Unpaid)
            .collect())
    }

    /// `GET /invoice/@id`.
    pub async fn invoice(&self, id: &str) -> Result<InvoiceDetail, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_invoice(id).await,
            Dialect::Boxbilling => self.bb_invoice(id).await,
            Dialect::Hostbill => {
                let path = calls::INVOICE.fill(&[id]);
                hostbill::invoice_detail(&self.transport.send(Request::get(path)).await?)
            }
        }
    }

    /// `POST /invoice/@id/credit`: applies account credit (the whole balance due when `amount` is
    /// `None`). Moves money: sent once, never retried.
    pub async fn apply_credit(
        &self,
        id: &str,
        amount: Option<Decimal>,
    ) -> Result<CreditApplied, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_apply_credit(id).await,
            Dialect::Boxbilling => Err(ApiError::Unsupported),
            Dialect::Hostbill => {
                let path = calls::INVOICE_CREDIT.fill(&[id]);
                let body = match amount {
                    Some(a) => serde_json::json!({ "amount": a.to_string() }),
                    None => serde_json::json!({}),
                };
                hostbill::credit_applied(
                    &self
                        .transport
                        .send(Request::with_body(Method::Post, path, body))
                        .await?,
                )
            }
        }
    }

    /// `GET /payment/fees`: the gateways with their fees.
    pub async fn payment_methods(&self) -> Result<Vec<PaymentMethod>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => hostbill::payment_methods(
                &self
                    .transport
                    .send(Request::get(calls::PAYMENT_FEES).shared())
                    .await?,
            ),
            // BoxBilling's client API lists no gateways: its invoices are paid on its own pages.
            Dialect::Boxbilling => Ok(vec![]),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /payment`: the payment modules an account may start its new invoices with.
    pub async fn payment_modules(&self) -> Result<Vec<PaymentModule>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => hostbill::payment_modules(
                &self
                    .transport
                    .send(Request::get(calls::PAYMENT_MODULES).shared())
                    .await?,
            ),
            Dialect::Boxbilling => Ok(vec![]),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `GET /billing/@invoice_id/pay/@gateway_id`: where to send the customer to pay.
    pub async fn pay_link(&self, invoice_id: &str, gateway_id: &str) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::INVOICE_PAY.fill(&[invoice_id, gateway_id]);
                hostbill::pay_link(&self.transport.send(Request::get(path)).await?)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /billing/addfunds`: creates a top-up invoice; answers its id. Sent once, never retried.
    pub async fn add_funds(&self, amount: Decimal, gateway_id: &str) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self.bb_funds_invoice(amount).await,
            Dialect::Hostbill => {
                let body =
                    serde_json::json!({ "funds": amount.to_string(), "gateway": gateway_id });
                let v = self
                    .transport
                    .send(Request::with_body(Method::Post, calls::ADD_FUNDS, body))
                    .await?;
                hostbill::created_invoice_id(&v)
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `POST /invoices/payall`: gathers unpaid invoices (one currency) into one invoice to pay;
    /// answers its id. Sent once, never retried.
    pub async fn pay_all(&self, ids: &[String]) -> Result<String, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let body = serde_json::json!({ "selected": ids });
                let v = self
                    .transport
                    .send(Request::with_body(Method::Post, calls::PAY_ALL, body))
                    .await?;
                hostbill::created_invoice_id(&v)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /invoice/@id/pdf`: the invoice as a PDF.
    pub async fn invoice_pdf(&self, id: &str) -> Result<Vec<u8>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::INVOICE_PDF.fill(&[id]);
                self.transport.send_document(Request::get(path)).await
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /billing/creditlogs`: credit movements, newest first.
    pub async fn credit_log(&self) -> Result<Vec<CreditLogEntry>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => hostbill::credit_log(
                &self
                    .transport
                    .send(Request::get(calls::CREDIT_LOGS))
                    .await?,
            ),
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `POST /billing/creditvoucher`: redeems a voucher code. Sent once, never retried.
    pub async fn redeem_voucher(&self, code: &str) -> Result<VoucherRedeemed, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let body = serde_json::json!({ "code": code });
                hostbill::voucher_redeemed(
                    &self
                        .transport
                        .send(Request::with_body(
                            Method::Post,
                            calls::CREDIT_VOUCHER,
                            body,
                        ))
                        .await?,
                )
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /estimates`.
    /// Drafts are the provider's unfinished work, not the customer's: they are never listed.
    pub async fn estimates(&self) -> Result<Vec<EstimateSummary>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let req = Request::get(calls::ESTIMATES).query("perpage", "500");
                let mut list = hostbill::estimates(&self.transport.send(req).await?)?;
                list.retain(|e| e.status != crate::model::EstimateStatus::Draft);
                Ok(list)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /estimates/@id`.
    pub async fn estimate(&self, id: &str) -> Result<EstimateDetail, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::ESTIMATE.fill(&[id]);
                let e = hostbill::estimate_detail(&self.transport.send(Request::get(path)).await?)?;
                if e.summary.status == crate::model::EstimateStatus::Draft {
                    // A draft reached by its address is as good as not there for the customer.
                    return Err(ApiError::Portal {
                        status: 404,
                        messages: Vec::new(),
                    });
                }
                Ok(e)
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /estimate/@id/pdf`.
    pub async fn estimate_pdf(&self, id: &str) -> Result<Vec<u8>, ApiError> {
        match self.dialect() {
            Dialect::Hostbill => {
                let path = calls::ESTIMATE_PDF.fill(&[id]);
                self.transport.send_document(Request::get(path)).await
            }
            Dialect::Kdata | Dialect::Boxbilling => Err(ApiError::Unsupported),
        }
    }

    /// `GET /invoices?filter[service]=@id`: the invoices that bill a service (newest first).
    pub async fn service_invoices(&self, id: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
        match self.dialect() {
            Dialect::Kdata => self.kdata_service_invoices(id).await,
            Dialect::Boxbilling => Err(ApiError::Unsupported),
            Dialect::Hostbill => {
                let req = Request::get(calls::INVOICES)
                    .query("perpage", "100")
                    .query("filter[service]", id);
                let mut list = hostbill::invoices(&self.transport.send(req).await?)?;
                list.sort_by_key(|i| std::cmp::Reverse(i.date));
                Ok(list)
            }
        }
    }

    /// Credit: the sum of the balance entries; owed: the unpaid invoices in the account currency.
    async fn bb_balance(&self) -> Result<Balance, ApiError> {
        let currency = self.bb_currency();
        let entries = self.bb_list(calls::BB_BALANCE_LIST, json!({})).await?;
        let credit = boxbilling::credit(&entries)?;
        // Only the unpaid invoices (BoxBilling filters by `status`); the status is checked again
        // in case a billing system ignores the filter.
        let unpaid = self
            .bb_list(calls::BB_INVOICE_LIST, json!({ "status": "unpaid" }))
            .await?;
        let owed = unpaid
            .iter()
            .map(boxbilling::invoice_summary)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|i| i.status == InvoiceStatus::Unpaid && i.total.currency == currency)
            .fold(Decimal::ZERO, |sum, i| sum + i.total.amount);
        Ok(Balance {
            outstanding: Money::new(owed, &currency),
            credit: Money::new(credit, &currency),
        })
    }

    async fn bb_invoices(&self) -> Result<Vec<InvoiceSummary>, ApiError> {
        self.bb_list(calls::BB_INVOICE_LIST, json!({}))
            .await?
            .iter()
            .map(boxbilling::invoice_summary)
            .collect()
    }

    async fn bb_invoice(&self, hash: &str) -> Result<InvoiceDetail, ApiError> {
        boxbilling::invoice_detail(&self.bb(calls::BB_INVOICE, json!({ "hash": hash })).await?)
    }

    /// `invoice/funds_invoice`: a top-up invoice; answers its hash. Sent once.
    async fn bb_funds_invoice(&self, amount: Decimal) -> Result<String, ApiError> {
        let v = self
            .bb(
                calls::BB_FUNDS_INVOICE,
                json!({ "amount": amount.to_string() }),
            )
            .await?;
        v.as_str()
            .filter(|h| !h.is_empty())
            .map(String::from)
            .ok_or_else(|| ApiError::Decode("funds_invoice: no hash".into()))
    }

    /// `invoice/renewal_invoice`: an invoice for an order's next period; answers its hash.
    /// Sent once.
    ///
    /// On HostBill, `POST /service/@id/manualrenew`; its answer is not documented, so the
    /// invoice is named when the answer carries `invoice_id` (or `invoice.id`) and `None` when not.
    pub async fn renewal_invoice(&self, order: &str) -> Result<Option<String>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                let v = self
                    .bb(calls::BB_RENEWAL_INVOICE, json!({ "order_id": order }))
                    .await?;
                v.as_str()
                    .filter(|h| !h.is_empty())
                    .map(|h| Some(h.to_string()))
                    .ok_or_else(|| ApiError::Decode("renewal_invoice: no hash".into()))
            }
            Dialect::Hostbill => {
                let path = calls::SERVICE_RENEW.fill(&[order]);
                let v = self
                    .transport
                    .send(Request::with_body(Method::Post, path, json!({})))
                    .await?;
                Ok(hostbill::renewal_invoice_id(&v))
            }
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// An unpaid invoice deleted: BoxBilling's `invoice/delete` (by hash), HostBill's
    /// `DELETE /invoice/@id`. Sent once.
    pub async fn delete_invoice(&self, id: &str) -> Result<(), ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => self
                .bb(calls::BB_INVOICE_DELETE, json!({ "hash": id }))
                .await
                .map(|_| ()),
            Dialect::Hostbill => self
                .transport
                .send(Request {
                    method: Method::Delete,
                    ..Request::get(calls::INVOICE.fill(&[id]))
                })
                .await
                .map(|_| ()),
            Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// `invoice/transaction_get_list`: the payments received, newest first.
    pub async fn transactions(&self) -> Result<Vec<Transaction>, ApiError> {
        match self.dialect() {
            Dialect::Boxbilling => {
                // A payment names its invoice by id; the invoice list gives the hash to open it.
                let (payments, invoices) = futures::join!(
                    self.bb_list(calls::BB_TRANSACTIONS, json!({})),
                    self.bb_list(calls::BB_INVOICE_LIST, json!({}))
                );
                let hashes = boxbilling::invoice_hashes(&invoices?);
                let mut list = payments?
                    .iter()
                    .map(|t| boxbilling::transaction(t, &hashes))
                    .collect::<Result<Vec<_>, _>>()?;
                list.sort_by_key(|t| std::cmp::Reverse(t.date));
                Ok(list)
            }
            Dialect::Hostbill | Dialect::Kdata => Err(ApiError::Unsupported),
        }
    }

    /// The credit as of sign-in (the wrapper has no balance call).
    fn kdata_balance(&self) -> Result<Balance, ApiError> {
        kdata::balance(&self.kdata_profile()?, &self.currency)
    }

    async fn kdata_invoice(&self, id: &str) -> Result<InvoiceDetail, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_INVOICE,
                json!({ "invoiceid": id }),
            ))
            .await?;
        kdata::invoice_detail(&v, &self.currency, self.kdata_profile().ok().as_ref())
    }

    /// `applycredit` takes no amount: the wrapper applies as much credit as the invoice needs.
    /// Sent once, never retried.
    async fn kdata_apply_credit(&self, id: &str) -> Result<CreditApplied, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_APPLY_CREDIT,
                json!({ "invoiceid": id }),
            ))
            .await?;
        let applied = kdata::credit_applied(&v)?;
        self.kdata_spend_credit(applied.applied);
        Ok(applied)
    }

    /// Keeps the stored credit in step after paying with it, since it cannot be read again.
    fn kdata_spend_credit(&self, amount: rust_decimal::Decimal) {
        let platform = self.transport.platform();
        let Some(mut profile) = platform.load_profile() else {
            return;
        };
        let user = &mut profile.record;
        let credit = kdata::balance(user, &self.currency)
            .map(|b| b.credit.amount)
            .unwrap_or_default();
        user["credit"] = json!(
            (credit - amount)
                .max(rust_decimal::Decimal::ZERO)
                .to_string()
        );
        platform.save_profile(&profile);
    }

    async fn kdata_service_invoices(&self, id: &str) -> Result<Vec<InvoiceSummary>, ApiError> {
        let v = self
            .transport
            .send(Self::kdata_call(
                calls::KDATA_INVOICE_PRODUCTS,
                json!({ "serviceid": id }),
            ))
            .await?;
        kdata::service_invoices(&v, &self.currency)
    }
}
